"""Closed-class words for re-casing Title-Case headlines (`eventwire.headlines`).

The list lives in `data/headline_function_words.txt`, one lower-case word a line, `#` comments allowed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "headline_function_words.txt"


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The lower-case closed-class words a headline capitalises only for its style."""
    words = set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)
