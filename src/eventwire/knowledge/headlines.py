"""Word lists for headlines (`eventwire.headlines`): closed-class words for re-casing Title-Case headlines, and
irregular past tenses for re-parsing a headline whose verb the tagger missed.

The closed-class list lives in `data/headline_function_words.txt`, one lower-case word a line; the past tenses in
`data/headline_irregular_pasts.tsv`, base and past a line; nouns plural without -s in
`data/headline_plural_nouns.txt`; `#` comments allowed in both.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "headline_function_words.txt"
PLURAL_NOUNS = Path(__file__).parent / "data" / "headline_plural_nouns.txt"
IRREGULAR_PASTS = Path(__file__).parent / "data" / "headline_irregular_pasts.tsv"


def _word_list(path: Path) -> frozenset[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The lower-case closed-class words a headline capitalises only for its style."""
    return _word_list(DATA)


@lru_cache(maxsize=1)
def plural_nouns() -> frozenset[str]:
    """Lower-case nouns that are plural without a final -s ("police", "people")."""
    return _word_list(PLURAL_NOUNS)


@lru_cache(maxsize=1)
def irregular_pasts() -> dict[str, str]:
    """Base form -> past tense of the event verbs whose past is not the regular -ed (or doubles its consonant)."""
    pasts = {}
    for line in IRREGULAR_PASTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            base, past = line.split("\t")
            pasts[base.strip().lower()] = past.strip()
    return pasts
