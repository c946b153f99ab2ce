"""The quality ratchet: every pinned dev-set figure still holds, and a degraded stage is caught.

Pins live in tests/quality/baseline.json; raise them deliberately with `eventwire ratchet --update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import eventwire.registry as registry
from eventwire.document import Analysis
from eventwire.evaluate.benchmarks import default_benchmarks_dir
from eventwire.evaluate.ratchet import Pin, Verdict, load_pins, measure
from eventwire.models import Framing
from eventwire.stages.base import Stage

BASELINE = Path(__file__).with_name("baseline.json")
PINS = load_pins(BASELINE)
HAVE_BENCHMARKS = (default_benchmarks_dir() / "re3d" / "dev.jsonl").is_file()
needs_benchmarks = pytest.mark.skipif(not HAVE_BENCHMARKS, reason="../shared/benchmarks not present")


@needs_benchmarks
@pytest.mark.parametrize("pin", PINS, ids=[f"{p.task}-{p.dataset}-{p.metric}" for p in PINS])
def test_pinned_figure_holds(pin: Pin):
    verdict = measure(pin)
    assert verdict.ok, verdict.line()


class BrokenStage(Stage):
    """Stands in for a real stage and finds nothing: what a regression to zero looks like."""

    needs = ("nlp",)

    def predict(self, analysis: Analysis) -> None:
        return None

    def write(self, analysis: Analysis, result: None) -> None:
        part = self.part
        setattr(analysis, part, Framing() if part == "framing" else [])
        analysis.shared.setdefault("actor_spans", [])
        analysis.shared.setdefault("metonymic_spans", [])
        analysis.shared.setdefault("voices", [])


@needs_benchmarks
@pytest.mark.parametrize("task", sorted({p.task for p in PINS}))
def test_ratchet_fails_when_a_stage_is_degraded(monkeypatch, task):
    """Swap the task's stage for one that finds nothing: at least one of the task's pins must drop."""
    broken = type(f"Broken{task.title()}", (BrokenStage,), {"name": f"{task}.v1", "adds": (task,)})
    monkeypatch.setattr(registry, "resolve", _resolver_with(task, broken, registry.resolve))
    verdicts = [measure(Pin(**{**pin.__dict__, "limit": min(pin.limit or 10, 10)}), cached=False)
                for pin in PINS if pin.task == task]
    assert any(not v.ok for v in verdicts), "a broken stage still passed: " + "; ".join(v.line() for v in verdicts)


def _resolver_with(part, broken, real):
    def resolve(name: str):
        return broken if name.split(".")[0] == part else real(name)

    return resolve


def test_verdict_tolerance_arithmetic():
    pin = Pin(task="t", dataset="d", subset="s", metric="m", value=0.80, limit=5, tolerance=0.02)
    assert Verdict(pin, 0.781).ok
    assert not Verdict(pin, 0.779).ok
    assert Verdict(pin, 0.95).ok
