"""The quality ratchet: each stage's dev-set headline figure pinned in tests/quality/baseline.json.

A figure may not fall more than `tolerance` below its pin. Pins only move up, and only by the deliberate
command `eventwire ratchet --update`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate import run_task
from eventwire.evaluate.benchmarks import default_benchmarks_dir

DEFAULT_TOLERANCE = 0.01


@dataclass
class Pin:
    task: str
    dataset: str
    subset: str
    metric: str
    value: float
    limit: int | None  # documents of dev.jsonl scored (a subset keeps CI fast)
    tolerance: float = DEFAULT_TOLERANCE
    note: str = ""  # why a pin was ever set by hand (lowered deliberately), kept across updates


@dataclass
class Verdict:
    pin: Pin
    measured: float

    @property
    def ok(self) -> bool:
        return self.measured >= self.pin.value - self.pin.tolerance

    def line(self) -> str:
        mark = "ok  " if self.ok else "DROP"
        return (f"{mark} {self.pin.task}/{self.pin.dataset} {self.pin.subset} {self.pin.metric}: "
                f"{self.measured:.4f} (pinned {self.pin.value:.4f}, tolerance {self.pin.tolerance})")


def load_pins(path: Path) -> list[Pin]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Pin(**entry) for entry in data["pins"]]


def save_pins(path: Path, pins: list[Pin]) -> None:
    payload = {
        "about": "Dev-split headline figures pinned by `eventwire ratchet --update`; CI fails when one drops "
                 "more than its tolerance (tests/quality/test_ratchet.py).",
        "pins": [{k: v for k, v in pin.__dict__.items() if k != "note" or v} for pin in pins],
    }
    path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def headline_value(result: dict, subset: str, metric: str) -> float:
    for row in result["results"]:
        if row["system"] == "eventwire" and row["subset"] == subset:
            return float(row["metrics"][metric])
    raise KeyError(f"no eventwire row for subset {subset!r} in {result['task']}/{result['dataset']}")


_results: dict[tuple, dict] = {}


def measure(pin: Pin, *, benchmarks: Path | None = None, cached: bool = True) -> Verdict:
    """Score the pin's task on the first `limit` dev documents. Pins sharing a task run share one evaluation."""
    base = benchmarks or default_benchmarks_dir()
    key = (pin.task, str(base / pin.dataset), pin.limit)
    if not cached or key not in _results:
        _results[key] = run_task(pin.task, base / pin.dataset, "dev", limit=pin.limit, peers=False)
    return Verdict(pin=pin, measured=headline_value(_results[key], pin.subset, pin.metric))


def update(path: Path, *, benchmarks: Path | None = None, only_up: bool = True) -> list[Verdict]:
    """Re-measure every pin; raise pins that improved (or set all when `only_up` is False)."""
    pins = load_pins(path)
    verdicts = [measure(pin, benchmarks=benchmarks) for pin in pins]
    for verdict in verdicts:
        if not only_up or verdict.measured > verdict.pin.value:
            verdict.pin.value = round(verdict.measured, 4)
    save_pins(path, pins)
    return verdicts
