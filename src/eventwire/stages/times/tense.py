"""The tense direction of the clause a time expression sits in, read from the spaCy parse.

"past": the clause reports something that happened (said, was killed, has arrived) -> a bare weekday or month
is the most recent one on or before the reference date. "future": will/would/shall, "going to", an infinitive
("planned to leave Thursday"), or a scheduling verb ("is expected to", "scheduled for") -> the next one.
"present": a present-tense non-reporting verb ("the trial begins Oct. 1"). None: no cue (nominal clauses).
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


_SCHEDULING = {"schedule", "slate", "reschedule", "postpone", "delay", "adjourn"}
_MODALS = {"could", "might", "may", "should", "must", "can", "ca"}
_CUE_ADJ = {"likely", "due", "set", "ready", "poised", "about", "able", "sure", "certain", "expected", "scheduled"}


def verb_direction(verb: Token, depth: int = 0) -> str | None:
    cues = set(lexicon()["future_cues"])
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in aux}
    lemma = verb.lemma_.lower()
    if aux_words & _FUTURE_AUX:
        return "future"
    if aux_words & _MODALS and "have" not in aux_words:
        return "future"
    if verb.tag_ == "VBG" and verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    infinitive = verb.tag_ == "VB" and "to" in aux_words
    if infinitive:
        # "planned to leave Thursday", "is expected to resume": future; "gathered to mark Friday's entry": the
        # governor's tense.
        gov = verb.head
        if gov.i == verb.i or verb.dep_ == "xcomp":
            # a complement ("agreed to acquire", "plans to leave") looks forward from its governor
            return "future"
        if gov.lemma_.lower() in cues or gov.lemma_.lower() in _CUE_ADJ:
            return "future"
        if gov.pos_ in ("VERB", "AUX") and depth < 3:
            return verb_direction(gov, depth + 1)
        return None
    if lemma in _SCHEDULING:
        return "future"
    if verb.tag_ == "VBN":
        if "to" in aux_words:
            return "future"
        if aux_words & {"is", "are", "am", "be", "'s", "'re", "being"}:
            return "future" if lemma in cues else None
        return "past"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBG":
        if aux_words & {"was", "were"}:
            return "past"
        if aux_words & {"is", "are", "am", "'s", "'re"}:
            return "future"
        if verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
            return verb_direction(verb.head, depth + 1)
        return None
    if verb.tag_ in ("VBZ", "VBP"):
        if lemma in _REPORTING:
            return "past"
        if lemma in cues:
            return "future"
        return "present"
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
