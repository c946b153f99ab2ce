"""The tense direction of the clause a time expression sits in, read from the spaCy parse.

"past": the clause reports something that happened (said, was killed, has arrived) -> a bare weekday or month
is the most recent one on or before the reference date. "future": will/would/shall, "going to", an infinitive
("planned to leave Thursday"), or a scheduling verb ("is expected to", "scheduled for") -> the next one.
None: no cue (present tense without a scheduling verb, nominal clauses).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.times.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "’ll"}
_REPORTING = {"say", "tell", "report", "announce", "state", "claim", "add", "note", "confirm", "write", "insist"}


def governing_verb(tok: Token) -> Token | None:
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 12:
        tok = tok.head
        seen += 1
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _future_cue(tok: Token, cues: set[str]) -> bool:
    if tok.lemma_.lower() in cues:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in tok.children)


def verb_direction(verb: Token) -> str | None:
    cues = set(lexicon()["future_cues"])
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in aux}
    if aux_words & _FUTURE_AUX:
        return "future"
    # Infinitives and their governors: "planned to leave", "is expected to resume", "is scheduled to close".
    head = verb
    for _ in range(3):
        if _future_cue(head, cues) and head.lemma_.lower() != "say":
            if head.lemma_.lower() in cues and head.tag_ in ("VBD",) and not any(
                c.dep_ == "xcomp" for c in head.children
            ) and head.lemma_.lower() in ("set", "plan", "expect"):
                break
            return "future"
        if head.dep_ in ("xcomp",) or (head.tag_ == "VB" and any(c.lower_ == "to" for c in head.children)):
            head = head.head
            continue
        break
    if verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return "future"
    if verb.tag_ == "VBG" and verb.lower_ == "going":
        return "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        if aux_words & {"is", "are", "am", "be", "'s", "'re"} and verb.lemma_.lower() in cues:
            return "future"
        return "past"
    if verb.tag_ == "VBG":
        if aux_words & {"was", "were"}:
            return "past"
        if aux_words & {"is", "are", "am", "'s", "'re"}:
            return "future"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lemma_.lower() in _REPORTING:
            return "past"
        return None
    if verb.tag_ == "MD":
        return "future" if verb.lower_ in _FUTURE_AUX else None
    return None


def direction_at(doc: Doc | None, start: int, end: int) -> str | None:
    """The direction of the clause governing the characters [start, end), or None without a parse."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span.root)
    if verb is None:
        return None
    return verb_direction(verb)
