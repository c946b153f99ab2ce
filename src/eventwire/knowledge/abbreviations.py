"""Abbreviated titles the tokenizer must keep whole (`eventwire.stages.nlp`).

The list lives in `data/name_abbreviations.txt`, one abbreviation a line as written, `#` comments allowed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "name_abbreviations.txt"


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    """The abbreviations ("Lt.", "Supt.") a name may open with."""
    words = (line.split("#", 1)[0].strip() for line in DATA.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w)
