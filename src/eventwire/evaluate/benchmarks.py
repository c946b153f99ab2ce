"""Reading the shared benchmark sets (JSON Lines with character offsets). Benchmark text is never copied here."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

SPLITS = ("dev", "test")


def default_benchmarks_dir() -> Path:
    """$EVENTWIRE_BENCHMARKS, else ../shared/benchmarks beside the checkout or the working directory."""
    env = os.environ.get("EVENTWIRE_BENCHMARKS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for base in [Path.cwd(), *here.parents]:
        candidate = base.parent / "shared" / "benchmarks"
        if candidate.is_dir():
            return candidate
    return Path("../shared/benchmarks")


def read_split(data: Path | str, split: str, *, limit: int | None = None) -> Iterator[dict]:
    """Records of `data/<split>.jsonl` in file order; `limit` stops early (the CI ratchet uses a subset)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    path = Path(data) / f"{split}.jsonl"
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)
