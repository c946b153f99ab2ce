"""`eventwire evaluate`: every stage scored on public benchmarks next to its peers (../shared/benchmarks)."""

from __future__ import annotations

import importlib
from pathlib import Path

from eventwire.errors import EventwireError

# task -> the datasets it is scored on (METRICS.md); each task module lives in eventwire.evaluate.tasks.
TASKS: dict[str, tuple[str, ...]] = {
    "actors": ("re3d",),
    "places": ("geowebnews", "lgl", "trnews", "geovirus"),
    "times": ("tempeval3_timeml",),
    "quotes": ("polnear_attribution",),
    "framing": ("ptc_semeval2020",),
    "events": ("plover_gsr", "petrarch2_gsr", "case2021_task2_events"),
}


def run_task(task: str, data: Path | str, split: str, *, limit: int | None = None, peers: bool = True) -> dict:
    """Score one task on one dataset folder; returns the task's result dict (see docs/HELPERS.md)."""
    if task not in TASKS:
        raise EventwireError(f"unknown task {task!r}; known: {', '.join(TASKS)}", code="usage")
    data = Path(data)
    if not (data / f"{split}.jsonl").is_file():
        raise EventwireError(f"{data / (split + '.jsonl')} not found", code="usage")
    if data.name not in TASKS[task]:
        raise EventwireError(
            f"task {task} is scored on {', '.join(TASKS[task])}, not {data.name!r}", code="usage"
        )
    module = importlib.import_module(f"eventwire.evaluate.tasks.{task}")
    return module.evaluate(data, split, limit=limit, peers=peers)
