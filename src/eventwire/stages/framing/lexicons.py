"""Loading the framing lexicons (src/eventwire/knowledge/data/framing/*.txt, documented in its README.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "framing"

CATEGORIES = (
    "loaded", "name_calling", "intensifiers", "minimisers", "doubt", "irony", "fear", "flag", "authority",
    "bandwagon", "black_white", "causal", "whatabout", "cliches", "slogans", "first_plural", "first_singular",
    "hedges",
)


@dataclass
class Lexicon:
    """Single words by category, and multi-word phrases (as token tuples) by category."""

    words: dict[str, frozenset[str]] = field(default_factory=dict)
    phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    max_phrase: int = 1

    def categories_of(self, word: str) -> list[str]:
        return [cat for cat, words in self.words.items() if word in words]


def read_list(path: Path) -> list[str]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            entries.append(line.replace("’", "'"))
    return entries


@lru_cache(maxsize=2)
def load_lexicon(data_dir: Path = DATA_DIR) -> Lexicon:
    lex = Lexicon()
    for cat in CATEGORIES:
        path = data_dir / f"{cat}.txt"
        entries = read_list(path) if path.exists() else []
        lex.words[cat] = frozenset(e for e in entries if " " not in e)
        lex.phrases[cat] = tuple(tuple(e.split()) for e in entries if " " in e)
        for phrase in lex.phrases[cat]:
            lex.max_phrase = max(lex.max_phrase, len(phrase))
    return lex


def word_index(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """word -> the categories that list it (one dict lookup per token at run time)."""
    index: dict[str, list[str]] = {}
    for cat, words in lex.words.items():
        for w in words:
            index.setdefault(w, []).append(cat)
    return {w: tuple(cats) for w, cats in index.items()}


def phrase_index(lex: Lexicon) -> dict[tuple[str, ...], tuple[str, ...]]:
    index: dict[tuple[str, ...], list[str]] = {}
    for cat, phrases in lex.phrases.items():
        for p in phrases:
            index.setdefault(p, []).append(cat)
    return {p: tuple(cats) for p, cats in index.items()}
