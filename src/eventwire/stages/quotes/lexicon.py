"""Entries of the quotes lexicon (`knowledge/data/quotes_cues.yaml`) that `QuoteCues` does not carry yet.

They live in the same data file as the other cues; this loader reads them until the shared loader
(`eventwire.knowledge.cues`) grows the fields.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.knowledge import load_yaml
from eventwire.knowledge.cues import DATA


@lru_cache(maxsize=1)
def continuation_connectives() -> frozenset[str]:
    """Words that may open the sentence of a quote continuing the one before ("But '...'")."""
    raw = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in raw.get("continuation_connectives") or [])


@lru_cache(maxsize=1)
def work_nouns() -> frozenset[str]:
    """Nouns (lemmas) naming a creative or published work whose quoted title is not speech ("the memoir 'X'")."""
    raw = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in raw.get("work_nouns") or [])


@lru_cache(maxsize=1)
def naming_words() -> frozenset[str]:
    """Words that introduce a name or title ("a show called 'X'")."""
    raw = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in raw.get("naming_words") or [])


@lru_cache(maxsize=1)
def no_preposed_content_verbs() -> frozenset[str]:
    """Cue verbs (lemmas) that never report a clause placed before them ("..., she asked" is a question)."""
    raw = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in raw.get("no_preposed_content_verbs") or [])
