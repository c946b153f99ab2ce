"""Hyphenated verbs of force the tokenizer must keep whole (`eventwire.stages.nlp`).

The table lives in `data/hyphenated_verbs.tsv`: one verb form a line, tab-separated as form, norm (the unhyphenated
spelling the parser reads it as) and lemma; `#` comments allowed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).parent / "data" / "hyphenated_verbs.tsv"


class HyphenatedVerb(NamedTuple):
    form: str
    norm: str
    lemma: str


@lru_cache(maxsize=1)
def hyphenated_verbs() -> dict[str, HyphenatedVerb]:
    """Lower-cased form -> its entry ("tear-gassed" -> norm "teargassed", lemma "tear-gas")."""
    out: dict[str, HyphenatedVerb] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        form, norm, lemma = (part.strip() for part in line.split("\t"))
        out[form.lower()] = HyphenatedVerb(form.lower(), norm, lemma)
    return out
