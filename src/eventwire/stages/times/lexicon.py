"""The times stage's word lists, read once from knowledge/data/times_lexicon.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.knowledge import load_yaml

DATA = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "times_lexicon.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as handle:
        data = load_yaml(handle)
    data["holidays_fixed"] = {k: tuple(v) for k, v in data["holidays_fixed"].items()}
    return data


def alternation(words, *, dotted=()) -> str:
    """A regex alternation of `words`, longest first; words in `dotted` (abbreviations) may end in '.'."""
    parts = []
    dotted = set(dotted)
    for w in sorted(set(words), key=len, reverse=True):
        esc = _escape(w)
        if w in dotted:
            esc += r"\.?"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def abbreviations(table: dict) -> set[str]:
    """Keys of a name -> number table that are not the longest name of their number ("sept", not "june")."""
    longest: dict = {}
    for k, v in table.items():
        if v not in longest or len(k) > len(longest[v]):
            longest[v] = k
    return {k for k in table if k != longest[table[k]]}


def _escape(word: str) -> str:
    import re

    return re.escape(word).replace(r"\ ", r"\s+")
