"""The times stage's word lists, read once from knowledge/data/times_lexicon.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "times_lexicon.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    data["holidays_fixed"] = {k: tuple(v) for k, v in data["holidays_fixed"].items()}
    return data


def alternation(words, *, dotted: bool = False) -> str:
    """A regex alternation of `words`, longest first; with `dotted`, abbreviations (<= 4 letters) may end in '.'."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = _escape(w)
        if dotted and len(w) <= 4:
            esc += r"\.?"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def _escape(word: str) -> str:
    import re

    return re.escape(word).replace(r"\ ", r"\s+")
