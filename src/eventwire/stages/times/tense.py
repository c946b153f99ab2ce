"""The tense direction of the clause a time expression sits in, read from the spaCy parse.

"past": the clause reports something that happened (said, was killed, has arrived) -> a bare weekday or month
is the most recent one on or before the reference date. "future": will/would/shall, "going to", an infinitive
("planned to leave Thursday"), or a scheduling verb ("is expected to", "scheduled for") -> the next one.
"present": a present-tense non-reporting verb ("the trial begins Oct. 1"). None: no cue (nominal clauses).

The parse needed is tags, heads and dependency labels only. Coarse POS and lemmas are read when spaCy's
attribute ruler and lemmatizer ran (the full pipeline); without them (the times-only configuration, which skips
those components for speed) `is_verb` reads the Penn tag and `lemmas` strips regular English inflections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.times.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "’ll"}
REPORTING_VERBS = {"say", "tell", "report", "announce", "state", "claim", "add", "note", "confirm", "write", "insist"}


def is_verb(tok: Token) -> bool:
    """A verb or auxiliary: the coarse POS when the attribute ruler set it, else the Penn tag (VB*, MD)."""
    if tok.pos_:
        return tok.pos_ in ("VERB", "AUX")
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def is_adverb(tok: Token) -> bool:
    """An adverb: the coarse POS when set, else the Penn adverb tags (RB, RBR, RBS)."""
    if tok.pos_:
        return tok.pos_ == "ADV"
    return tok.tag_ in ("RB", "RBR", "RBS")


# Regular English verb inflections (suffix, replacement): "expects" -> expect, "scheduled" -> schedule,
# "planned" -> plan, "hoping" -> hope. Irregular forms that matter here (said, told, wrote) are past tense and
# their tag decides the direction without the lemma.
_INFLECTIONS = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
                ("ing", "e"), ("ing", ""))


def lemmas(tok: Token) -> set[str]:
    """The token's lemma when the lemmatizer ran; else the candidate lemmas of its lower-cased form."""
    if tok.lemma_:
        return {tok.lemma_.lower()}
    form = tok.lower_
    out = {form}
    for suffix, repl in _INFLECTIONS:
        if form.endswith(suffix) and len(form) - len(suffix) >= 2:
            stem = form[: len(form) - len(suffix)]
            out.add(stem + repl)
            if not repl and len(stem) >= 3 and stem[-1] == stem[-2]:  # doubled consonant: planned, setting
                out.add(stem[:-1])
    return out


def governing_verb(tok: Token) -> Token | None:
    seen = 0
    while not is_verb(tok) and tok.head.i != tok.i and seen < 12:
        tok = tok.head
        seen += 1
    return tok if is_verb(tok) else None


_SCHEDULING = {"schedule", "slate", "reschedule", "postpone", "delay", "adjourn"}
_MODALS = {"could", "might", "may", "should", "must", "can", "ca"}
_CUE_ADJ = {"likely", "due", "set", "ready", "poised", "about", "able", "sure", "certain", "expected", "scheduled"}


def _gerund_adjunct_of_past(gov: Token, depth: int) -> bool:
    """A bare gerund (no auxiliary) hanging as an adverbial or noun-modifying clause on a past clause ("shot while
    seeking to ...", "fired on crowds rushing to ..."), its own lemma no forward cue ("while preparing to ...")."""
    if gov.tag_ != "VBG" or gov.dep_ not in ("advcl", "acl") or depth >= 3:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in gov.children):
        return False
    if lemmas(gov) & set(lexicon()["future_cues"]):
        return False
    return is_verb(gov.head) and verb_direction(gov.head, depth + 1) == "past"


def _condition_of_prospect(verb: Token, aux_words: set[str], depth: int) -> bool:
    """A conditional clause ("if", "unless"), not a past perfect one ("if they had crossed on Monday"), hung on a
    clause whose direction is forward."""
    if verb.dep_ != "advcl" or depth >= 3 or aux_words & {"had", "'d"} or not is_verb(verb.head):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    return verb_direction(verb.head, depth + 1) == "future"


def verb_direction(verb: Token, depth: int = 0) -> str | None:
    cues = set(lexicon()["future_cues"])
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in aux}
    lemma = lemmas(verb)
    if aux_words & _FUTURE_AUX:
        return "future"
    if aux_words & _MODALS and "have" not in aux_words:
        return "future"
    if _condition_of_prospect(verb, aux_words, depth):
        # "would march unless the decree was withdrawn by Tuesday": a condition told in the past tense under a
        # clause that looks ahead is backshifted, and looks ahead with it
        return "future"
    if verb.tag_ == "VBG" and verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    infinitive = verb.tag_ == "VB" and "to" in aux_words
    if infinitive:
        # "planned to leave Thursday", "is expected to resume": future; "gathered to mark Friday's entry": the
        # governor's tense.
        gov = verb.head
        if verb.dep_ == "xcomp" and gov.i != verb.i and lemmas(gov) & set(lexicon()["implicative_verbs"]) \
                and depth < 3:
            # "failed to agree in August": the complement of an implicative verb is at the governor's time
            return verb_direction(gov, depth + 1)
        if verb.dep_ == "xcomp" and _gerund_adjunct_of_past(gov, depth):
            # "were shot while seeking to scale the fence on Tuesday": a gerund adjunct with no auxiliary of its
            # own goes on while its past clause does, and its infinitive does too
            return "past"
        if gov.i == verb.i or verb.dep_ == "xcomp":
            # a complement ("agreed to acquire", "plans to leave") looks forward from its governor
            return "future"
        if lemmas(gov) & (cues | _CUE_ADJ):
            return "future"
        if is_verb(gov) and depth < 3:
            return verb_direction(gov, depth + 1)
        return None
    if lemma & _SCHEDULING:
        return "future"
    if verb.tag_ == "VB" and not aux and verb.head.i != verb.i and is_verb(verb.head) and depth < 3:
        # a bare form with no auxiliary of its own shares its governor's: the second verb of "will meet and sign
        # on Friday", or a noun the tagger read as a verb ("will vote on the deal on Thursday", 'deal' VB)
        return verb_direction(verb.head, depth + 1)
    if verb.tag_ == "VBN":
        if "to" in aux_words:
            return "future"
        if aux_words & {"is", "are", "am", "be", "'s", "'re", "being"}:
            return "future" if lemma & cues else None
        return "past"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBG":
        if aux_words & {"was", "were"}:
            return "past"
        if aux_words & {"is", "are", "am", "'s", "'re"}:
            return "future"
        if verb.head.i != verb.i and is_verb(verb.head) and depth < 3:
            return verb_direction(verb.head, depth + 1)
        return None
    if verb.tag_ in ("VBZ", "VBP"):
        if lemma & REPORTING_VERBS:
            return "past"
        if lemma & cues:
            return "future"
        return "present"
    if verb.tag_ == "MD":
        return "future" if verb.lower_ in _FUTURE_AUX else None
    return None


def time_verb(span: Span) -> Token | None:
    """The verb a time expression's span dates: its governing verb, except that a time the parser hangs on a
    complement clause with no "that" although it stands before that clause's subject, after the verb the clause
    hangs on ("said on Monday they would strike", "warned Friday the town would fall"), is that verb's: the
    clause starts at its subject. (Structure only: the times-only parse has no lemmas for "said", "told".)"""
    verb = governing_verb(span.root)
    if verb is None or verb.dep_ != "ccomp" or not is_verb(verb.head) or not verb.head.i < span.start < verb.i:
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < span.start]
    if subjects and all(s.i >= span.end for s in subjects) and not marks:
        return verb.head
    return verb


def direction_at(doc: Doc | None, start: int, end: int) -> str | None:
    """The direction of the clause governing the characters [start, end), or None without a parse."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = time_verb(span)
    if verb is None:
        return None
    return verb_direction(verb)
