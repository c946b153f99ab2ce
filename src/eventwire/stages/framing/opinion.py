"""opinion: 0 (neutral report) .. 1 (opinion piece) from author-voice evidence (formula: docs/FRAMING.md).

Only tokens in the author's voice count (quoted speech is someone else's opinion). Per 100 author words:

    E  evaluative words: loaded / name-calling lexicon hits, plus VADER adjectives / adverbs with |valence| >= 1.5
       (valenced nouns and verbs such as "killed" or "attack" count a quarter: they mostly name events)
    P  first-person pronouns (plural "we/us/our" counts double: the author's community voice)
    I  intensifiers and absolutes ("utterly", "never", "everyone")
    Y  irony cues: irony lexicon hits and scare quotes (a quoted stretch of <= 4 tokens in author voice)
per author sentence:
    Q  rhetorical questions (author sentences ending in "?")
    X  exclamations (author sentences with "!")
    A  attribution (sentences with a reporting verb such as "said" / "according to"): neutral-wire evidence
and T, the share of author characters inside predicted technique spans.

Each term saturates to [0, 1] (x / cap, capped at 1) and the score is a squashed weighted sum:

    z = 2.4 E + 1.2 P + 0.8 I + 0.9 Y + 1.1 Q + 0.6 X + 1.0 T - 1.3 A - 1.6
    opinion = 1 / (1 + exp(-2.2 z))

with caps E: 8, P: 4, I: 5, Y: 1.5 per 100 words; Q: 0.25, X: 0.2, A: 0.5 per sentence; T: 0.4.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.stages.framing.features import QUOTE_CHARS, DocFeatures

WEIGHTS = {"E": 2.4, "P": 1.2, "I": 0.8, "Y": 0.9, "Q": 1.1, "X": 0.6, "T": 1.0, "A": -1.3}
CAPS = {"E": 8.0, "P": 4.0, "I": 5.0, "Y": 1.5, "Q": 0.25, "X": 0.2, "T": 0.4, "A": 0.5}
BIAS = -1.6
SLOPE = 2.2
EVALUATIVE_VALENCE = 1.5
# VADER valence counts fully as the author's evaluation on modifiers only: valenced nouns and verbs in wire copy
# mostly name what happened ("killed", "attack", "casualties"), which a neutral report must be free to say, so they
# count at EVENT_WORD_WEIGHT (a quarter: at a half, a short report of an election or of an accusation of torture
# still read as opinion; commentary keeps its loaded lexicon words and evaluative adjectives). Loaded /
# name-calling lexicon words count fully whatever their part of speech.
EVALUATIVE_POS = frozenset({"ADJ", "ADV", "INTJ"})
EVENT_WORD_WEIGHT = 0.25


@dataclass
class Opinion:
    score: float
    terms: dict[str, float] = field(default_factory=dict)  # saturated terms, for explanations and tests


def author_mask(n_chars: int, voices: Sequence[tuple[int, int, str]]) -> bytearray:
    mask = bytearray(n_chars)
    for s, e, v in voices:
        if v == "author":
            mask[max(0, s):min(n_chars, e)] = b"\x01" * (min(n_chars, e) - max(0, s))
    return mask


def is_author(mask: bytearray, start: int, end: int) -> bool:
    """At least half of [start, end) is in the author's voice."""
    if end <= start:
        return bool(mask[start]) if start < len(mask) else False
    return sum(mask[start:end]) * 2 >= end - start


def opinion_score(df: DocFeatures, voices: Sequence[tuple[int, int, str]], techniques: Sequence = ()) -> Opinion:
    n_chars = df.end[-1] if df.end else 0
    mask = author_mask(max(n_chars, max((e for _, e, _ in voices), default=0)), voices)
    words = evaluative = first = intens = irony = 0.0
    sentences = questions = exclaims = attributed = 0
    for s, e in df.sents:
        toks = [i for i in range(s, e) if not df.space[i] and is_author(mask, df.idx[i], df.end[i])]
        if not toks:
            continue
        sentences += 1
        lowers = [df.lower[i] for i in toks]
        if "?" in lowers[-3:] and df.in_quote[toks[-1]] == 0:
            questions += 1
        if "!" in lowers:
            exclaims += 1
        if any(c == "hedges" for i in toks for c in df.cats[i]):
            attributed += 1
        for i in toks:
            if df.pos[i] == "PUNCT":
                continue
            words += 1
            cats = df.cats[i]
            if "loaded" in cats or "name_calling" in cats:
                evaluative += 1
            elif abs(df.valence[i]) >= EVALUATIVE_VALENCE:
                evaluative += 1 if df.pos[i] in EVALUATIVE_POS else EVENT_WORD_WEIGHT
            if "first_plural" in cats:
                first += 2
            elif "first_singular" in cats and df.text[i] != "I'm" and df.pos[i] == "PRON":
                first += 1
            if "intensifiers" in cats:
                intens += 1
            if "irony" in cats:
                irony += 1
        # A scare quote sits inside an author sentence even when the quotes stage calls its words "quoted".
        if 2 * len(toks) >= sum(1 for i in range(s, e) if not df.space[i]):
            irony += _scare_quotes(df, list(range(s, e)))
    if not words:
        return Opinion(score=0.0)
    per100 = 100.0 / words
    author_chars = sum(mask) or 1
    tech_chars = 0
    for t in techniques:
        tech_chars += sum(mask[t.start:t.end])
    raw = {
        "E": evaluative * per100, "P": first * per100, "I": intens * per100, "Y": irony * per100,
        "Q": questions / sentences, "X": exclaims / sentences, "A": attributed / sentences,
        "T": tech_chars / author_chars,
    }
    terms = {k: min(1.0, v / CAPS[k]) for k, v in raw.items()}
    z = BIAS + sum(WEIGHTS[k] * terms[k] for k in WEIGHTS)
    score = 1.0 / (1.0 + math.exp(-SLOPE * z))
    return Opinion(score=round(score, 3), terms={k: round(v, 3) for k, v in terms.items()})


def _scare_quotes(df: DocFeatures, toks: list[int]) -> int:
    """Number of scare-quoted stretches among the author tokens (short quotes: in_quote == 2)."""
    count = 0
    prev = False
    for i in toks:
        cur = df.in_quote[i] == 2 and df.text[i] not in QUOTE_CHARS
        if cur and not prev:
            count += 1
        prev = cur
    return count
