"""times.v1: TIMEX3 expressions (DATE, TIME, DURATION, SET) resolved against the publication date.

Detection is our own grammar (grammar.py, words in knowledge/data/times_lexicon.yaml); values are resolved
against `article.published` (or the dateline's date when there is none, or else the first full date written in the
text) and the tense of the clause (tense.py); `analysis.shared["time_anchor"]` records which anchor was used.
`date_for(analysis, start, end)` gives other stages the date governing an event's clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.document import Analysis
from eventwire.models import TimeExpression
from eventwire.stages.base import Stage
from eventwire.stages.scope import in_phrase_of, own_subject_conjunct, shares_scope
from eventwire.stages.times.dateline import dateline_date, dateline_parts, dateline_span, text_date
from eventwire.stages.times.grammar import Candidate, find_candidates, rules, select, triggers
from eventwire.stages.times.lexicon import alternation, lexicon
from eventwire.stages.times.normalise import iso_date, parse_reference, valid_day
from eventwire.stages.times.resolve import resolve
from eventwire.stages.times.tense import (
    REPORTING_VERBS,
    direction_at,
    governing_verb,
    is_adverb,
    is_verb,
    lemmas,
    time_verb,
    verb_direction,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["TimesStage", "TimesResult", "clause_of_its_own_time", "date_for", "goes_on_in_story_time",
           "reporters_own_act", "tag"]


@dataclass
class TimesResult:
    times: list[TimeExpression]
    published: str | None  # the reference date found in the text when the article had none
    # the date relative expressions were resolved against: value, where it came from ("published", "dateline" or
    # "text_date": the first full date in the text), and the span of the date words for the last two
    anchor: dict | None = None


_CLOCK_RULES = {"clock", "clock24", "clock_word", "oclock"}
_DAY_RULES = {"weekday", "date_md", "date_dm", "day_ordinal", "relday", "date_iso", "date_us", "holiday"}
_EXPLICIT_YEAR_RULES = {"date_md", "date_dm", "month_year", "year", "year_noun", "quarter", "season", "date_iso"}


def tag(text: str, published: str | date | None = None, doc: Doc | None = None) -> list[TimeExpression]:
    """TIMEX3 expressions of `text`; `published` is the reference date; `doc` (spaCy) gives tense and hints."""
    ref = published if isinstance(published, date) else parse_reference(published)
    cands = select(find_candidates(text))
    if doc is not None:
        cands = [c for c in cands if _parse_agrees(c, doc)]
    cands = _anchor_month_years(text, cands, ref)
    cands = _merge_clock_dates(text, cands, ref, doc)
    out: list[TimeExpression] = []
    ctx: dict = {"year": None, "quarter": None, "day": None}
    dateline = dateline_span(text)
    dateline_value: str | None = None
    for c in cands:
        direction = _direction(text, c, doc)
        if c.rule in _CLOCK_RULES and not c.extra.get("date_value") and ctx["day"] and direction == "past":
            # a past clock time with no day of its own is on the day the story is at ("late on Saturday ...
            # they came at midnight"), not on the publication date
            c.extra["date_value"] = ctx["day"]
        ttype, value = resolve(c, ref, direction, ctx)
        if dateline and c.start == dateline[0] and ref is not None:
            value = _filed_on_or_before(value, ref)
            dateline_value = value
        elif ref is not None and direction == "past" and doc is not None and _day_of_an_act(text, c, doc) \
                and value and value > iso_date(ref + timedelta(days=PAST_ACT_SLACK_DAYS)):
            value = _filed_on_or_before(value, ref)
        elif ref is not None and direction == "future" and doc is not None and _day_of_an_act(text, c, doc) \
                and value and value < iso_date(ref - timedelta(days=PAST_ACT_SLACK_DAYS)):
            value = _next_on_or_after(value, ref)
        elif dateline_value and c.rule in ("date_md", "date_dm") and "year" not in c.sem and value \
                and value[4:10] == dateline_value[4:10]:
            # the dateline's month and day said again in the story ("on Jan 31") is the dateline's day
            value = dateline_value
        if c.rule in _EXPLICIT_YEAR_RULES and value and re.match(r"^\d{4}", value) and _has_explicit_year(c):
            ctx["year"] = int(value[:4])
        if value and re.fullmatch(r"\d{4}-Q[1-4]", value) and c.rule in ("quarter", "quarter_det") and not re.search(
            r"year-ago|year-earlier|comparable|latest", c.sem.get("det", ""), re.I
        ):
            ctx["quarter"] = (value, c.end)
        if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
            # the day the story is at: "the next day", "the day before" count from it
            ctx["day"] = value[:10]
        elif ctx["day"] and ttype == "DURATION":
            # "Two days later, she arrived in X ... that afternoon": the story has moved on by the measure
            ctx["day"] = _day_moved_by(text, c, value, ctx["day"])
        if c.rule == "year_range":
            out.append(TimeExpression(start=c.start, end=c.start + 4, text=text[c.start:c.start + 4], type="DATE",
                                      value=c.sem["year"]))
            y2 = c.sem["year2"]
            y2v = y2 if len(y2) == 4 else c.sem["year"][:2] + y2
            s2 = c.end - len(y2)
            out.append(TimeExpression(start=s2, end=c.end, text=text[s2:c.end], type="DATE", value=y2v))
            continue
        out.append(TimeExpression(start=c.start, end=c.end, text=text[c.start:c.end], type=ttype, value=value))
    return sorted(out, key=lambda t: (t.start, t.end))


_DAYS_OR_WEEKS = re.compile(r"^P(\d+)([DW])$")
_LATER_OR_EARLIER = re.compile(r"[ \t]+(later|earlier)\b", re.I)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*)$")


def _day_moved_by(text: str, c: Candidate, value: str | None, day: str) -> str:
    """The story's day after a measure of whole days or weeks with "later" or "earlier" (in the expression or
    right after it: "Two days later"), else `day` unchanged."""
    measure = _DAYS_OR_WEEKS.match(value or "")
    if measure is None:
        return day
    post = _LATER_OR_EARLIER.match(text, c.end) or re.search(r"\s(later|earlier)$", text[c.start:c.end], re.I)
    if post is None and _SENTENCE_OPENS.search(text[max(0, c.start - 4):c.start]):
        # "Two days after the air strikes, the rebels ...": a measure from the act told before, opening a sentence
        post = _BACK_REFERENCE_AFTER.match(text, c.end)
    if post is None:
        return day
    days = int(measure.group(1)) * (7 if measure.group(2) == "W" else 1)
    sign = 1 if post.group(1).lower() in ("later", "after") else -1
    return iso_date(date.fromisoformat(day) + timedelta(days=sign * days))


_ON_BEFORE = re.compile(r"\bon\s+$", re.I)
# A past act dated a few weeks after the report is more likely a slip in the publication date (or a story filed
# late) than an act of the year before; beyond this many days ahead, the day is read as behind the report.
PAST_ACT_SLACK_DAYS = 31


def _host_of_preposition(c: Candidate, doc: Doc, word: str) -> Token | None:
    """The word the preposition `word` hangs on when the expression is that preposition's object ("lifted" of
    "lifted on March 3", "strike" of "a strike for Thursday"), else None."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    prep = span.root.head
    if prep.lower_ != word or prep.i == span.root.i:
        return None
    return prep.head


def _day_of_an_act(text: str, c: Candidate, doc: Doc) -> bool:
    """A yearless month-day given with "on" to a verb, or set bare beside it as an adverb ("the ban was lifted on
    March 3", "the strike began January 9", "will visit on October 3"): the day the act happens, on the side of
    the story's date the verb's tense puts it, however near the other one is. Deadlines and schedules ("the offer
    runs to May 4", "due Aug. 9", "fixed June 2 as the last day") take neither and keep the nearest reading."""
    if c.rule not in ("date_md", "date_dm") or _has_explicit_year(c):
        return False
    if not _ON_BEFORE.search(text[max(0, c.start - 4):c.start]):
        # a bare day only when it closes the clause: the parser reads "fixed June 2 as the last day" alike
        if not re.match(r"\s*[,.;:!?]", text[c.end:c.end + 3]):
            return False
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ in ("npadvmod", "tmod") \
            and span.root.head.i != span.root.i and is_verb(span.root.head)
    host = _host_of_preposition(c, doc, "on")
    return host is not None and is_verb(host)


def _next_on_or_after(value: str, ref: date) -> str:
    """The same month and day on or after `ref`: an act still to come ("will visit on October 3" in November)
    is on the coming one, though the last one is nearer."""
    for year in (ref.year, ref.year + 1):
        try:
            later = date(year, int(value[5:7]), int(value[8:10]))
        except ValueError:  # Feb 29 outside a leap year
            continue
        if later >= ref:
            return iso_date(later)
    return value


# A dateline this many days or more before the publication date is the day the story was written, and the
# publication date a later re-issue, the next morning's edition or the day a collector stored it: "on Tuesday" in
# a story filed on Friday Nov 20 and published on Tuesday Nov 24 is Nov 17, the Tuesday the writer meant.
FILED_BEFORE_DAYS = 1


def _filed_well_before(text: str, ref: date) -> tuple[str, tuple[int, int]] | None:
    """The dateline's day and its span when it lies FILED_BEFORE_DAYS or more before `ref` (a yearless dateline
    is the latest such month and day on or before `ref`; one after `ref` is a slip and is ignored)."""
    parts, span = dateline_parts(text), dateline_span(text)
    if parts is None or span is None:
        return None
    month, day, year = parts
    if year is not None:
        value = iso_date(date(year, month, day)) if valid_day(year, month, day) else None
    else:
        value = _filed_on_or_before(f"{ref.year:04d}-{month:02d}-{day:02d}", ref)
    try:
        filed = date.fromisoformat(value or "")
    except ValueError:  # Feb 29 outside a leap year
        return None
    if filed > ref or (ref - filed).days < FILED_BEFORE_DAYS:
        return None
    return value, span


def _filed_on_or_before(value: str | None, ref: date) -> str | None:
    """A dateline gives the day the story was filed, never after its publication: "Jan 31" in a November article
    is the past January, though the coming one is nearer."""
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or value <= iso_date(ref):
        return value
    for year in (ref.year, ref.year - 1):
        try:
            earlier = date(year, int(value[5:7]), int(value[8:10]))
        except ValueError:  # Feb 29 outside a leap year
            continue
        if earlier <= ref:
            return iso_date(earlier)
    return value


_FUTURE_PREP = re.compile(r"\b(?:until|till|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than|by)\s+(?:next\s+|this\s+)?$", re.I)
_PAST_PREP = re.compile(r"\b(?:since|ever\s+since)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_CALENDAR_RULES = {"weekday", "month", "date_md", "date_dm", "day_ordinal", "holiday", "season"}


def _direction(text: str, c: Candidate, doc: Doc | None) -> str | None:
    """The clause's direction, with two lexical cues first: a deadline preposition ("until Tuesday") points
    forward, a possessive day ("Wednesday's ruling") names an event already reported."""
    parsed = direction_at(doc, c.start, c.end) if doc is not None else None
    if c.rule in _CALENDAR_RULES:
        if _PAST_PREP.search(text[max(0, c.start - 25):c.start]):
            return "past"
        prep = _FUTURE_PREP.search(text[max(0, c.start - 25):c.start])
        if prep and not (prep.group(0).lower().startswith("by") and parsed == "past"):
            return "future"
        if c.rule == "weekday" and text[c.end:c.end + 2] in ("'s", "’s"):
            if parsed == "future" and _lead_up().search(text[max(0, c.start - 30):c.start]):
                return "future"
            return "past"
        if c.rule in ("date_md", "date_dm") and parsed in ("future", "present") and doc is not None \
                and _standing_booking(c, doc):
            return "booked"
        if c.rule in _APPOINTED_DAY_RULES and doc is not None and _appointed_day(text, c, doc):
            return "future"
        if c.rule == "weekday" and parsed == "future" and doc is not None and _day_of_a_past_order(text, c, doc):
            return "past"
        if c.rule == "weekday" and doc is not None and _onset_day(text, c, doc, parsed):
            return "future"
        if c.rule == "weekday" and doc is not None and _period_from_now(text, c, doc):
            return "future"
        # Only a weekday: a season or month reached "into" ("well into the summer") is as often behind as ahead.
        if c.rule == "weekday" and parsed != "past" and _extent_prep().search(text[max(0, c.start - 25):c.start]):
            return "future"
    return parsed


@lru_cache(maxsize=1)
def _directive_verbs() -> frozenset[str]:
    return frozenset(lexicon()["directive_verbs"])


def _complement_of_past_order(verb: Token) -> bool:
    """Whether `verb` is the infinitive an order told in the past tense gives ("ordered three diplomats to leave",
    "were instructed to withdraw"; times_lexicon.yaml `directive_verbs`)."""
    order = verb.head
    return verb.dep_ == "xcomp" and verb.tag_ == "VB" and order.i != verb.i \
        and bool(lemmas(order) & _directive_verbs()) and verb_direction(order) == "past"


_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|till|no\s+later\s+than)\s+(?:next\s+|this\s+)?$", re.I)


def _day_of_a_past_order(text: str, c: Candidate, doc: Doc) -> bool:
    """A weekday on the infinitive a past order gives ("ordered three diplomats to leave the country on Thursday"):
    wire copy tells the day the order was given, not the day it is to be obeyed, unless it is a deadline ("to leave
    by Thursday")."""
    if _DEADLINE_BEFORE.search(text[max(0, c.start - 25):c.start]):
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = time_verb(span)
    return verb is not None and _complement_of_past_order(verb)


@lru_cache(maxsize=1)
def _onset_adjective() -> re.Pattern[str]:
    return re.compile(r"\b" + alternation(lexicon()["onset_adjectives"]) + r"\s+(?:from\s+|on\s+)?$", re.I)


def _onset_day(text: str, c: Candidate, doc: Doc, parsed: str | None) -> bool:
    """The day a measure starts or stops, told as a schedule (lexicon onset_verbs, onset_adjectives): "a curfew
    effective Saturday", "the new tariffs take effect Friday" (present tense only: "the talks began Monday" is
    behind)."""
    if _onset_adjective().search(text[max(0, c.start - 20):c.start]):
        return True
    if parsed != "present":
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None:
        return False
    after = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
    for entry in lexicon()["onset_verbs"]:
        head, _, rest = entry.partition(" ")
        if head in lemmas(verb) and (not rest or rest.split()[0] == after):
            return True
    return False


@lru_cache(maxsize=1)
def _onset_participle() -> re.Pattern[str]:
    return re.compile(r"\b(" + alternation(lexicon()["onset_participles"]) + r")\s+(?:on\s+|from\s+)?(?:next\s+)?$",
                      re.I)


def _period_from_now(text: str, c: Candidate, doc: Doc) -> bool:
    """A weekday a period starts on, after "starting" or "beginning" (lexicon onset_participles), in a clause that
    looks ahead ("will hold a congress starting Tuesday") or declares the period from the day it is told (lexicon
    measure_verbs and booking_verbs: "declared two days of mourning starting Monday"): the coming one. After
    another past verb ("went on strike starting Monday") the strike may have begun already: the tense decides."""
    base = max(0, c.start - 25)
    m = _onset_participle().search(text[base:c.start])
    if m is None:
        return False
    span = doc.char_span(base + m.start(1), base + m.end(1))
    if span is None or len(span) != 1 or span[0].head.i == span[0].i:
        return False
    verb = governing_verb(span[0].head)
    if verb is None:
        return False
    if verb_direction(verb) in ("future", "present"):
        return True
    declaring = _declaring_verbs()
    if lemmas(verb) & declaring:
        return True
    # "ordered markets shut starting Tuesday": the order declares the closure
    return verb.dep_ in ("ccomp", "xcomp") and is_verb(verb.head) and bool(lemmas(verb.head) & declaring)


@lru_cache(maxsize=1)
def _declaring_verbs() -> frozenset[str]:
    lx = lexicon()
    return frozenset(set(lx["measure_verbs"]) | (set(lx["booking_verbs"]) - set(lx["rescheduling_verbs"])))


def _starts_declared_period(text: str, time: TimeExpression, verb: Token) -> bool:
    """A day a period starts on ("starting Monday", "effective Friday") in the clause of the act declaring it
    ("declared a curfew starting Monday"): the period's day, not the declaring's."""
    before = text[max(0, time.start - 25):time.start]
    if _onset_participle().search(before) is None and _onset_adjective().search(before) is None:
        return False
    return bool(lemmas(verb) & _declaring_verbs())


def _lead_up() -> re.Pattern[str]:
    """A preposition looking ahead to a named event ("ahead of", "before"; lexicon lead_up_prepositions), right
    before the expression."""
    return re.compile(r"\b" + alternation(lexicon()["lead_up_prepositions"]) + r"\s+(?:next\s+|this\s+)?$", re.I)


_PRESENT_AUX = {"is", "are", "am", "'s", "'re", "’s", "’re"}


def _standing_booking(c: Candidate, doc: Doc) -> bool:
    """A month-day an act is booked for, told in the present tense (lexicon standing_booking_words): "the talks
    are scheduled for Oct. 3", "the verdict is due on Sept. 12". "Were scheduled for" is left out: that booking
    may have lapsed."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None:
        return False
    booking = set(lexicon()["standing_booking_words"])
    if verb.tag_ == "VBN":
        present = any(a.dep_ in ("aux", "auxpass") and a.lower_ in _PRESENT_AUX for a in verb.children)
        return present and bool(lemmas(verb) & booking)
    if verb.tag_ in ("VBZ", "VBP") and verb.lower_ in _PRESENT_AUX:
        # "is due on", "are set for": the copula with the booking word as its complement
        return any(ch.dep_ in ("acomp", "attr", "oprd") and lemmas(ch) & booking for ch in verb.children)
    return False


_APPOINTED_DAY_RULES = {"weekday", "date_md", "date_dm", "day_ordinal"}
_FOR_BEFORE = re.compile(r"\bfor\s+(?:next\s+|this\s+|the\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:next\s+|this\s+)?$", re.I)


def _appointed_day(text: str, c: Candidate, doc: Doc) -> bool:
    """A day something is booked for: "called a national strike for Thursday", "a vote set for March 3". The
    "for" must hang on a noun (the booked act) or on a booking verb; "jailed for Thursday's attack" is a
    possessive and never reaches here."""
    if _FROM_BEFORE.search(text[max(0, c.start - 12):c.start]):
        return _booked_from(c, doc)
    if not _FOR_BEFORE.search(text[max(0, c.start - 12):c.start]):
        return False
    host = _host_of_preposition(c, doc, "for")
    if host is None:
        return False
    if host.pos_ in ("NOUN", "PROPN") or (not host.pos_ and host.tag_.startswith("NN")):
        return True
    return bool(lemmas(host) & set(lexicon()["booking_verbs"]))


def _booked_from(c: Candidate, doc: Doc) -> bool:
    """The day a booked act starts: "from" hanging on a booking verb ("called a strike from Monday") or on the
    object of one ("announced a walkout from Thursday"), other than a verb that moves the act off its old day
    ("moved from Monday"; lexicon rescheduling_verbs). "Figures from Monday showed ..." has no booking verb."""
    host = _host_of_preposition(c, doc, "from")
    if host is None:
        return False
    if host.dep_ in ("dobj", "nsubjpass") and host.head.i != host.i:
        host = host.head
    booking = set(lexicon()["booking_verbs"]) - set(lexicon()["rescheduling_verbs"])
    return is_verb(host) and bool(lemmas(host) & booking)


@lru_cache(maxsize=1)
def _extent_prep() -> re.Pattern[str]:
    """A preposition stretching a state up to the expression ("lasting through to Sunday"), right before it."""
    return re.compile(r"\b" + alternation(lexicon()["extent_prepositions"]) + r"\s+(?:next\s+|this\s+)?$", re.I)


def _has_explicit_year(c: Candidate) -> bool:
    return any(k in c.sem for k in ("year", "year1", "year2"))


def _parse_agrees(c: Candidate, doc: Doc) -> bool:
    """spaCy as a hint: drop bare years that the parse reads as counts ("1500 troops"), frequency words used as
    adjectives or nouns ("the average daily volume", "its quarterly dividend", "the party daily") and an ordinal
    'second' before a noun ("a second week")."""
    if c.rule == "set_adv":
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        return span is None or not len(span) or is_adverb(span[0])
    if re.search(r"\bsecond$", doc.text[c.start:c.end], re.I):
        # "as protests entered a second week", "for a second time": the ordinal before a noun, no duration
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and len(span) and span[-1].tag_ in ("JJ", "RB") and span[-1].i + 1 < len(doc) \
                and doc[span[-1].i + 1].tag_.startswith("NN"):
            return False
    if c.rule != "year" or "fiscal" in c.sem or "edge" in c.sem:
        return True
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    tok = span[-1]
    if tok.ent_type_ in ("DATE", "EVENT"):
        return True
    if tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.lower_ not in _year_modified_nouns():
        return False
    if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") :
        return False
    return True


@lru_cache(maxsize=1)
def _year_modified_nouns() -> frozenset[str]:
    return frozenset(lexicon()["year_modified_nouns"])


_YEAR_SHIFT = {"this": 0, "next": 1, "last": -1}
_MONTH_RULES = ("month", "date_md", "date_dm")


def _anchor_month_years(text: str, cands: list[Candidate], ref: date | None) -> list[Candidate]:
    """"in April next year", "early October this year", "the fourth quarter of last year": the month or quarter
    takes its year from the relative year right after it. Of a month only the month is reported (TimeBank-style
    annotation marks the month; an annotation of the whole phrase still overlaps it), so "this year" is not a
    second expression; a quarter's "of last year" stays one."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        shift = _YEAR_SHIFT.get(re.sub(r"\s+", " ", nxt.sem.get("det", "")).lower()) if nxt is not None else None
        if (shift is not None and c.rule in _MONTH_RULES and "year" not in c.sem and not c.sem.get("rel")
                and nxt.rule == "rel_unit" and nxt.sem.get("unit", "").lower() == "year" and not nxt.sem.get("edge")
                and re.fullmatch(r"[ \t]+", text[c.end:nxt.start])):
            if ref is not None:
                rule = "month_year" if c.rule == "month" else c.rule
                c = Candidate(c.start, c.end, {**c.sem, "year": str(ref.year + shift)}, rule, c.priority, dict(c.extra))
            out.append(c)
            i += 2
            continue
        if (shift is not None and ref is not None and c.rule == "quarter" and not _has_explicit_year(c)
                and nxt.rule == "rel_unit" and nxt.sem.get("unit", "").lower() == "year" and not nxt.sem.get("edge")
                and re.fullmatch(r"[ \t]+of[ \t]+", text[c.end:nxt.start])):
            # "the fourth quarter of last year": the quarter is of that year, whatever the tense; both expressions
            # stay, as each names a time
            c = Candidate(c.start, c.end, {**c.sem, "year1": str(ref.year + shift)}, c.rule, c.priority, dict(c.extra))
        out.append(c)
        i += 1
    return out


def _merge_clock_dates(text: str, cands: list[Candidate], ref: date | None, doc: Doc | None) -> list[Candidate]:
    """"9 a.m. EST Tuesday", "5 p.m. Nov. 9": a clock time directly followed by a day becomes one TIME."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if c.rule in _CLOCK_RULES and i + 1 < len(cands):
            nxt = cands[i + 1]
            gap = text[c.end:nxt.start]
            if nxt.rule in _DAY_RULES and re.fullmatch(r",?[ \t]*", gap) and "pod" not in nxt.sem:
                direction = _direction(text, nxt, doc)
                if _FUTURE_PREP.search(text[max(0, c.start - 25):c.start]):
                    direction = "future"
                _, day_value = resolve(nxt, ref, direction)
                merged = Candidate(c.start, nxt.end, dict(c.sem), c.rule, c.priority, {"date_value": day_value})
                merged.sem["_text"] = text[c.start:nxt.end]
                out.append(merged)
                i += 2
                continue
            if nxt.rule in _DAY_RULES and re.fullmatch(r"\s+on\s+", gap) and "pod" not in nxt.sem:
                # "at 6 a.m. on Wednesday": two expressions, the clock time on that day
                _, day_value = resolve(nxt, ref, _direction(text, nxt, doc))
                c = Candidate(c.start, c.end, c.sem, c.rule, c.priority, {**c.extra, "date_value": day_value})
        out.append(c)
        i += 1
    return out


class TimesStage(Stage):
    name = "times.v1"
    needs = ("nlp",)
    adds = ("times",)
    # The spaCy annotations the stage reads (spaCy's own `assigns` names): tags, heads and labels for the tense of
    # a clause, sentences for `date_for`. Run alone, the nlp stage skips the rest (NER, attribute ruler,
    # lemmatizer: over half of the parse's CPU); in a full pipeline the stage reads the shared full parse.
    spacy_needs = ("token.tag", "token.dep", "token.head", "doc.sents")

    def setup(self) -> None:
        # compile the grammar and read the lexicon now, not on the first document
        lexicon()
        rules()
        triggers(lowered=True)
        triggers(lowered=False)

    def predict(self, analysis: Analysis) -> TimesResult:
        article = analysis.article
        published = article.published
        found = None
        anchor = None
        if parse_reference(published) is not None:
            anchor = {"value": published[:10], "source": "published"}
            filed = _filed_well_before(article.text, parse_reference(published))
            if filed is not None:
                # the story was filed on its dateline's day and published (or collected) later: "on
                # Tuesday" and "last week" count from the day it was written
                published = filed[0]
                anchor = {"value": filed[0], "source": "dateline", "start": filed[1][0], "end": filed[1][1]}
        else:
            d, span = dateline_date(article.text)
            if d is not None:
                found = iso_date(d)
                published = found
                anchor = {"value": found, "source": "dateline", "start": span[0], "end": span[1]}
            else:
                # no publication date, no dateline: a full date written elsewhere anchors "on Tuesday", "last week"
                d, span = text_date(article.text)
                if d is not None:
                    published = iso_date(d)
                    anchor = {"value": published, "source": "text_date", "start": span[0], "end": span[1]}
        times = tag(article.text, published, analysis.doc)
        return TimesResult(times=times, published=found, anchor=anchor)

    def write(self, analysis: Analysis, result: TimesResult | list[TimeExpression]) -> None:
        if isinstance(result, list):
            analysis.times = result
            return
        analysis.times = result.times
        analysis.shared["time_anchor"] = result.anchor
        if result.published and analysis.article.published is None:
            analysis.article.published = result.published
            analysis.shared["published_from_text"] = result.published


# --- the date governing an event ---------------------------------------------------------------------------

_CALENDAR = re.compile(r"^\d{2,4}(?:$|-)")


def _calendar_times(analysis: Analysis) -> list[TimeExpression]:
    # (the events stage asks once per event: the answer is kept until the analysis has other times or anchor)
    anchor = analysis.shared.get("time_anchor")
    cached = analysis.shared.get("times_calendar")
    if cached is not None and cached[0] is analysis.times and cached[1] is anchor:
        return cached[2]
    times = [t for t in analysis.times or [] if t.type in ("DATE", "TIME") and t.value and _CALENDAR.match(t.value)]
    times = times + _story_relative_dates(analysis, times)
    found = sorted(times + _publication_day_adverbs(analysis, times), key=lambda t: (t.start, t.end))
    analysis.shared["times_calendar"] = (analysis.times, anchor, found)
    return found


def _publication_day_adverbs(analysis: Analysis, calendar: list[TimeExpression]) -> list[TimeExpression]:
    """The publication date at each "overnight" / "at dawn" (times_lexicon.yaml `publication_day_adverbs`) in a
    sentence that names no calendar time ("Militias killed 12 villagers overnight, the army said"); "at dawn on
    Monday" keeps Monday; after a sentence that named another day the story goes on in that day's time, and the
    adverb dates nothing. Used for event dates only; the stage's time expressions are unchanged."""
    anchor = (analysis.shared.get("time_anchor") or {}).get("value")
    if not anchor or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", anchor):
        return []
    text = analysis.text
    out = []
    for m in re.finditer(r"(?<![\w-])(?:" + alternation(lexicon().get("publication_day_adverbs") or []) + r")(?![\w-])",
                         text, re.I):
        s_start, s_end = _sentence_bounds(analysis, m.start(), m.end())
        named = [t for t in calendar if s_start <= t.start and t.end <= s_end]
        # "at dawn on Monday" dates the act by Monday; a day named elsewhere in the sentence is the report's
        # ("pounded the city overnight, the governor said Friday"): when it is the publication day itself, the
        # night it reports is that day's too; another day leaves the adverb undated
        if any(_adjacent(text, m, t) or t.value != anchor for t in named):
            continue
        # a story already told on another day ("attacked the post on Sunday ... The assault began at dawn") goes
        # on with that day's night or dawn, not the report's
        if any(t.end <= s_start and len(t.value) == 10 and t.value != anchor for t in calendar):
            continue
        out.append(TimeExpression(start=m.start(), end=m.end(), text=m.group(0), type="DATE", value=anchor))
    return out


def _adjacent(text: str, match: re.Match, time: TimeExpression) -> bool:
    """Whether a time expression sits right next to an adverb match ("overnight on Tuesday", "Tuesday at dawn")."""
    gap = text[match.end():time.start] if time.start >= match.end() else text[time.end:match.start()]
    return re.fullmatch(r"[\s,]*(?:on|of|into|to)?[\s,]*", gap) is not None


# a duration of whole days, weeks, months or years ("P2D", "P1W", "P3M")
_WHOLE_DURATION = re.compile(r"^P(\d+)([DWMY])$")


def _story_relative_dates(analysis: Analysis, calendar: list[TimeExpression]) -> list[TimeExpression]:
    """Calendar dates of "two days later", "a week earlier", "three days after," counted from the last day the
    text named before them ("Troops struck the base on Tuesday. Two days later, ..."): TimeML tags only the
    duration ("Two days", P2D), which dates no event by itself. The word after the duration is one of
    times_lexicon.yaml `story_relative_posts`; "after" or "before" count only when they end the phrase ("three days
    after the vote" counts from the vote). Used for event dates only; the stage's time expressions are unchanged."""
    from datetime import timedelta

    posts = lexicon()["story_relative_posts"]
    text = analysis.text
    out = []
    for t in analysis.times or []:
        m = _WHOLE_DURATION.match(t.value or "") if t.type == "DURATION" else None
        if m is None:
            continue
        # the word may close the expression ("A week earlier", as the grammar may take it) or follow it
        inside = re.search(r"\s([a-z]+)$", t.text)
        after = re.match(r"[ \t]+([a-z]+)\b(\s*[,.;:]?)", text[t.end:t.end + 20])
        told_before = None
        if inside is not None and inside.group(1) in posts and (
                inside.group(1) not in ("after", "before") or re.match(r"\s*[,.;:]", text[t.end:t.end + 3])):
            post, end = inside.group(1), t.end
        elif after is not None and after.group(1) in posts and (
                after.group(1) not in ("after", "before") or after.group(2).strip()):
            post, end = after.group(1), t.end + after.end(1)
        else:
            told_before = _BACK_REFERENCE_AFTER.match(text, t.end)
            if told_before is None or not _fronted_measure(analysis, calendar, t.start, t.end):
                continue
            post, end = told_before.group(1).lower(), told_before.end(1)
        value = _shifted(calendar, t.start, int(m.group(1)), m.group(2), posts[post])
        if value is not None:
            out.append(TimeExpression(start=t.start, end=end, text=text[t.start:end], type="DATE", value=value))
    for day in _DAY_AFTER_BACK_REFERENCE.finditer(text):
        # "The day after the shooting, police arrested six guards": no time expression, one day from the last day
        if _fronted_measure(analysis, calendar, day.start(), day.end()):
            value = _shifted(calendar, day.start(), 1, "D", posts[day.group(1).lower()])
            if value is not None:
                out.append(TimeExpression(start=day.start(), end=day.end(), text=day.group(0), type="DATE",
                                          value=value))
    return out


# "two days after the blast", "a week after that raid": a measure from an act the story told before, by a definite
# noun phrase; and "the day after the shooting", which TimeML tags nothing of
_BACK_REFERENCE_AFTER = re.compile(r"[ \t]+(after|before)[ \t]+(?:the|that|this|these|those)\b", re.I)
_DAY_AFTER_BACK_REFERENCE = re.compile(r"(?<![\w-])the[ \t]+day[ \t]+(after|before)(?=[ \t]+(?:the|that|this)\b)",
                                       re.I)


def _fronted_measure(analysis: Analysis, calendar: list[TimeExpression], start: int, end: int) -> bool:
    """Whether a measure from an act told before opens a sentence that names no calendar time of its own ("Two
    days after the air strikes, the rebels ambushed a convoy"): the day the story last named is that act's (in
    "arrested him on Tuesday, two days after the bombing" Tuesday is the arrest's)."""
    s_start, s_end = _sentence_bounds(analysis, start, end)
    if analysis.text[s_start:start].strip(" \t\n\"'“‘("):
        return False
    return not any(s_start <= c.start and c.end <= s_end for c in calendar)


def _shifted(calendar: list[TimeExpression], before: int, n: int, unit: str, sign: int) -> str | None:
    """The last calendar time named before offset `before`, as fine as `unit` needs (a day for days and weeks, a
    month for months, a year for years), moved by `n` units in the direction `sign`; else None."""
    need = {"D": r"\d{4}-\d{2}-\d{2}", "W": r"\d{4}-\d{2}-\d{2}", "M": r"\d{4}-\d{2}(?!\d)", "Y": r"\d{4}(?!\d)"}[unit]
    named = [c for c in calendar if c.end <= before and re.match(need, c.value)]
    if not named:
        return None
    value = named[-1].value
    year = int(value[:4])
    if unit in "DW":
        try:
            anchor = date.fromisoformat(value[:10])
        except ValueError:
            return None
        return (anchor + timedelta(days=sign * n * (7 if unit == "W" else 1))).isoformat()
    if unit == "M":
        months = year * 12 + int(value[5:7]) - 1 + sign * n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{year + sign * n:04d}"


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos)
    start = 0 if start < 0 else start + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def _sentence_bounds(analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    doc = analysis.doc
    if doc is not None:
        span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is not None and len(span):
            sent = span[0].sent
            return sent.start_char, sent.end_char
    text = analysis.text
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    e_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return (0 if s < 0 else s + 2), (min(e_candidates) + 1 if e_candidates else len(text))


# dependency labels of clauses that describe a noun ("X, which fought Y in 2006", "the treaty signed in 1987")
# rather than report the act of the clause they sit in. A present participle on a noun ("forces blocking a road
# on Sunday") is left out: the parser often hangs the main clause's trailing time on it.
_DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})


# Dependencies that open a clause with a time of its own: a reported or complement clause, a parenthetical, a
# relative clause.
_OWN_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "relcl"})
# Of those, the ones a reported clause hangs by: the time of what is reported ("said they had retreated on Friday"
# as the parser may attach it) can still be the report's own, never the reverse.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def _in_describing_clause(doc: Doc, time: TimeExpression, verb: Token) -> bool:
    """Whether a time expression sits in a relative or participial clause on a noun that does not contain the
    event's verb: that clause has its own time, which is not the event's."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    if tspan is None or not len(tspan):
        return False
    above_verb = {verb.i} | {a.i for a in verb.ancestors}
    tok = tspan.root
    for _ in range(40):
        if tok.i in above_verb:
            return False  # reached a clause that contains the event's verb
        # tags, not coarse parts of speech: the times stage may run without the components that set those
        if tok.dep_ in _DESCRIBING_CLAUSES and tok.tag_.startswith("VB") and tok.tag_ != "VBG" \
                and tok.head.tag_.startswith(("NN", "PRP", "CD", "WP")):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _possessive_of_object(doc: Doc, time: TimeExpression, verb: Token) -> bool:
    """Whether a time expression is the possessive of a noun in the clause of `verb` that is not its subject
    ("rejected the results of last month's election", "jailed for Thursday's attack"): it dates that noun."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    if tspan is None or not len(tspan) or tspan.root.dep_ != "poss":
        return False
    # only in the phrase of the direct object: "at Monday's meeting", "in Sunday's debate" set the scene of the
    # act itself, and "jailed for Thursday's attack" names a reason close in time
    x, in_object = tspan.root.head, False
    for _ in range(40):
        if x.i == verb.i:
            return in_object
        if x.dep_ in ("nsubj", "nsubjpass", "csubj") or x.head.i == x.i or is_verb(x):
            return False
        in_object = in_object or (x.dep_ == "dobj" and x.head.i == verb.i)
        x = x.head
    return False


def _possessive_of_own_object(doc: Doc, time: TimeExpression) -> bool:
    """Whether a possessive day dates the object of the verb it hangs on ("annulled the result of September's
    election and ordered a new vote"): it dates that noun, not a verb joined to that one."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    if tspan is None or not len(tspan):
        return False
    verb = time_verb(tspan)
    return verb is not None and _possessive_of_object(doc, time, verb)


def _in_phrase_of_clause(doc: Doc, time: TimeExpression, clause: Token) -> bool:
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    return tspan is not None and len(tspan) > 0 and in_phrase_of(tspan.root, clause)


def _lends_time(doc: Doc, time: TimeExpression, verb: Token) -> bool:
    """Whether a time expression outside the event's clause still dates it: it hangs on no verb (a verbless
    headline), or on a verb above the event's that the event's clause is part of, reached without crossing into
    a clause of its own (a reported that-clause, a parenthetical "officials said", an "after/because" clause, a
    relative clause)."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    if tspan is None or not len(tspan):
        return True
    anchor = _anchor_verb(tspan)
    if anchor is None:
        return True
    holder = tspan.root.head.head if tspan.root.head.dep_ == "prep" else None
    if holder is not None and holder.pos_ == "NOUN" and holder.dep_ in ("pobj", "dobj") and anchor.i != verb.i:
        # "called for a general strike on Wednesday and said it would march": a day on the object's noun dates
        # that noun, not another verb joined to the one it hangs on
        return False
    # nor across a clause that keeps its own time (a conjunct with its own subject, a relative or past-participle
    # clause: `eventwire.stages.scope`), unless the time is fronted over the coordination ("On Monday, talks
    # collapsed and ...")
    # nor from a conjunct that looks the other way in time ("said protests would resume on Monday and urged ...":
    # the parser hangs the past "urged" on the future "resume")
    return _within_clause(verb, anchor, conjuncts_end=False) and shares_scope(verb, tspan.root) \
        and not _conjunct_of_other_tense(verb, anchor)


def _reports_at(doc: Doc, time: TimeExpression, verb: Token) -> bool:
    """Whether a time expression dates a verb of saying whose reported clause holds the event's verb ("said on
    Sunday they were investigating")."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    anchor = _anchor_verb(tspan) if tspan is not None and len(tspan) else None
    return anchor is not None and anchor.i != verb.i and bool(lemmas(anchor) & REPORTING_VERBS) \
        and _within_clause(verb, anchor, reported_ends=False)


def _not_before_report(verb: Token) -> bool:
    """Whether a reported verb is told as going on at the report or after it: progressive ("were investigating"),
    under a modal ("would strike"), or in the present ("are holding")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return True
    if verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux) and not any(c.lemma_ == "have" for c in aux):
        return True
    return not aux and verb.tag_ in ("VBZ", "VBP")


def reporters_own_act(verb: Token) -> bool:
    """Whether a clause reported by a verb of saying has a personal pronoun for subject, the reporter telling of
    its own act ("Police said they had arrested ...", "The ministers said they had expelled ..."), and is active (a
    passive "they had been shelled" is done to them). "it" is left out: as often the thing told of before."""
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.i == verb.i or not lemmas(reporter) & REPORTING_VERBS:
        return False
    reporter_subjects = [c for c in reporter.children if c.dep_ == "nsubj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # the pronoun follows its reporter ("Police said they ..."); one before it ("They burned 30 homes, residents
    # said") takes up someone told earlier
    return bool(reporter_subjects) and bool(subjects) and reporter_subjects[0].i < subjects[0].i \
        and subjects[0].tag_ == "PRP" and subjects[0].lower_ in _REPORTER_PRONOUNS


# Pronouns that can take up the reporter of a clause (not "I"/"you", which are quoted speech's own persons).
_REPORTER_PRONOUNS = frozenset({"they", "we", "he", "she"})


def _anchor_verb(span: Span) -> Token | None:
    """The verb a time expression dates: its governing verb, or, when that is only a participle phrase with no
    subject or conjunction of its own ("for a week starting on 3 May 2019, activists were held"),
    the verb that phrase hangs on."""
    verb = time_verb(span)
    for _ in range(4):
        if verb is None or verb.dep_ not in ("acl", "advcl") or verb.tag_ not in ("VBG", "VBN") \
                or verb.head.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            return verb
        verb = governing_verb(verb.head) if verb.dep_ == "acl" else verb.head
    return verb


def _within_clause(lower: Token, upper: Token, *, reported_ends: bool = True, conjuncts_end: bool = True) -> bool:
    """Whether `upper` is `lower` or a verb above it reached without leaving a clause of its own (a relative
    clause, an "after/because" clause, with `conjuncts_end` a conjunct with a subject of its own and, with
    `reported_ends`, a reported that-clause or a parenthetical)."""
    ends = _OWN_CLAUSE_DEPS if reported_ends else _OWN_CLAUSE_DEPS - _REPORTED_DEPS
    x = lower
    for _ in range(40):
        if x.i == upper.i:
            return True
        if x.head.i == x.i or x.dep_ in ends or (x.dep_ == "advcl" and clause_of_its_own_time(x)) \
                or (conjuncts_end and own_subject_conjunct(x)):
            # (a conjunct with a subject of its own: "talks collapsed last year, and Washington threatened ...")
            return False
        x = x.head
    return False


def _conjunct_of_other_tense(lower: Token, upper: Token) -> bool:
    """Whether `lower` is a verb coordinated under `upper` that looks the other way in time ("had been detained
    for inciting violence and would appear in court on Wednesday"): the conjunct's day is not the act's."""
    x = lower
    for _ in range(40):
        if x.i == upper.i or x.head.i == x.i:
            return False
        if x.dep_ == "conj" and x.head.i == upper.i:
            directions = {verb_direction(x), verb_direction(upper)}
            return directions == {"past", "future"}
        x = x.head
    return False


def _reported_by_conjunct(lower: Token, upper: Token) -> bool:
    """Whether the way up from `lower` to `upper` leaves a reported clause and then a verb coordinated with
    `upper` ("accused the board of lying and said staff would strike next week"): that clause's time is the
    report's content, not the time of the act it is coordinated with."""
    x, reported = lower, False
    for _ in range(40):
        if x.i == upper.i or x.head.i == x.i:
            return False
        reported = reported or x.dep_ in _REPORTED_DEPS
        if reported and x.dep_ == "conj" and x.head.i == upper.i:
            return True
        x = x.head
    return False


def clause_of_its_own_time(clause: Token) -> bool:
    """Whether an adverbial clause opened by a conjunction has a time of its own ("after rebels shelled a base on
    Sunday", "because ..."), not one shared with the clause it hangs on ("when police fired", "as troops advanced";
    times_lexicon.yaml `simultaneity_conjunctions`)."""
    shared = set(lexicon()["simultaneity_conjunctions"])
    openers = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i
               and c.tag_ in ("IN", "WRB")]
    return bool(openers) and not any(c.lower_ in shared for c in openers)


def date_for(analysis: Analysis, start: int, end: int, *, noun_event: bool = False,
             period_noun: bool = False) -> str | None:
    """The TIMEX3 value governing the clause [start, end), inherited from sentence/paragraph, else None.

    1. A calendar time expression in the event's own clause (its governing verb is the clause's verb, or it
       sits in that verb's dependency subtree, not inside a clause of its own such as "after rebels shelled a
       base on Sunday").
    2. Else the nearest one in the same sentence on a verb the event's clause belongs to ("on Monday began to
       arrest"); never the time of the verb reporting the event ("said on Tuesday that troops had attacked") or
       of another event's clause, nor across a clause that keeps its own time (a conjunct with its own subject,
       a relative or past-participle clause: `eventwire.stages.scope`). A relative or participle clause takes
       the time of the noun phrase it describes ("a car bomb on Friday that killed nine people").
    3. Else the latest one earlier in the same paragraph (the text set the date and goes on).
    Before these, a clause a measured "after"/"before" ties to its main clause ("on Tuesday, a day after rebels
    fired rockets") is dated by the main clause's day and the measure (`_measured_from_main_clause`).
    Never the publication date by default; only DATE/TIME values with a calendar value count. `noun_event`: the
    event is a noun other than the clause's object ("The rise in prices shows ..."), whose time the clause's
    tense does not tell. `period_noun`: the event is a noun that may name a period a verb declares ("called a
    strike starting Monday"), which the day it starts dates, unlike the declaring.
    """
    times = _calendar_times(analysis)
    doc = analysis.doc
    if doc is not None:
        # "pledged to defend the islands under a 1951 treaty": the year names the treaty, and dates no act told
        # with it (only the noun itself, when that is the event)
        times = [t for t in times if not _names_a_document_or_era(doc, t, start, end)]
    if not times:
        return None
    s_start, s_end = _sentence_bounds(analysis, start, end)
    in_sentence = [t for t in times if t.start >= s_start and t.end <= s_end]
    dateline = dateline_span(analysis.text)
    # a sentence that names a day of its own has moved on from the day the story was filed
    names_own_time = any(dateline is None or t.start != dateline[0] for t in in_sentence)
    if doc is not None:
        span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        measured = _measured_from_main_clause(analysis, verb, times) if verb is not None else None
        if measured is not None:
            return measured
    if doc is not None and in_sentence:
        span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is not None and len(span):
            verb = governing_verb(span.root)
            if verb is not None:
                # "the militia, which seized the port in 2011, has sent troops": a time inside a clause that only
                # describes a participant dates that clause, not the event
                in_sentence = [t for t in in_sentence if not _in_describing_clause(doc, t, verb)]
                # "has rejected the results of last month's election": a possessive day dates the noun it is on,
                # not the act done to that noun (unlike "Sunday's attack killed 12", where the noun is the doer)
                in_sentence = [t for t in in_sentence if not _possessive_of_object(doc, t, verb)
                               and not _possessive_of_own_object(doc, t)]
                own = []
                subtree = {tok.i for tok in verb.subtree}
                if not period_noun:
                    in_sentence = [t for t in in_sentence if not _starts_declared_period(analysis.text, t, verb)]
                for t in in_sentence:
                    tspan = doc.char_span(t.start, t.end, alignment_mode="expand")
                    if tspan is None or not len(tspan):
                        continue
                    tverb = time_verb(tspan)
                    if tverb is not None and tverb.i == verb.i and _names_a_noun(tspan.root):
                        # "The 2019 election was annulled the following year": the year names the election; any
                        # other time in the clause, even in a nested clause of its own, is nearer the act
                        own.append((2, abs(t.start - start), t))
                    elif tverb is not None and tverb.i == verb.i:
                        own.append((0, abs(t.start - start), t))
                    elif tspan.root.i in subtree and (tverb is None or tverb.i in subtree) and (
                            tverb is None or (_within_clause(tverb, verb, reported_ends=False)
                                              and not _reported_by_conjunct(tverb, verb)
                                              and not _conjunct_of_other_tense(tverb, verb)
                                              and not (_ahead_of_past_act(tverb, verb)
                                                       and not _day_of_order_given(tverb, t, analysis)))):
                        # inside the clause, but in a nested clause of its own verb: weaker
                        own.append((1, abs(t.start - start), t))
                if own:
                    best = min(own, key=lambda x: (x[0], x[1]))[2]
                    if _since_bound(doc, best):
                        # "Since Thursday, 30 people have been killed": the day a running toll started dates none
                        # of its acts
                        return None
                    return best.value
                going_on = _time_of_describing_participle(doc, verb, in_sentence)
                if going_on is not None:
                    return going_on
                clause = _first_of_shared_clause(verb)
                if clause.dep_ in ("relcl", "acl", "advcl"):
                    # "in April 2007, when he was accused of ...": a clause on a time expression happened then, and
                    # so did its conjuncts and bare participles ("on Nov. 15, when columns crossed the border and
                    # overran a post, killing eleven gendarmes")
                    at = clause.head.idx
                    on_time = [t for t in in_sentence if t.start <= at < t.end]
                    if on_time:
                        return on_time[0].value
                if verb.dep_ in ("relcl", "acl"):
                    # "a car bomb in the capital on Friday that killed nine people": the time of the noun the
                    # clause describes is the clause's
                    of_noun = [t for t in in_sentence if _in_phrase_of_clause(doc, t, verb)]
                    if of_noun:
                        return min(of_noun, key=lambda t: abs(t.start - start)).value
                # a time of another clause is not the event's: not that of the verb reporting it ("said on
                # Tuesday that troops had attacked"), nor of another event ("after rebels shelled a base on
                # Sunday"); only a clause the event's own belongs to lends its time ("on Monday began to arrest")
                reported_at = [t for t in in_sentence if _reports_at(doc, t, verb)]
                in_sentence = [t for t in in_sentence if _lends_time(doc, t, verb)
                               and not (names_own_time and dateline is not None and t.start == dateline[0])]
                if not in_sentence and reported_at and (_not_before_report(verb) or reporters_own_act(verb)):
                    # "Last year, fires killed 26. Prosecutors said on Sunday they were investigating ...": a
                    # report told at a time of its own of what goes on then or is to come has moved the story
                    # there; an earlier sentence's time no longer dates it (and the report's own time never does).
                    # A past told in it ("said on Tuesday that 14 people had been killed") may be the earlier day,
                    # unless the reporter tells of an act of its own ("Police said on Friday they had arrested a
                    # suspect"): that is the reporter's news, not the story the earlier day dated.
                    return None
                if not in_sentence and _sequenced_clause(verb):
                    # "The blockades began on Sunday after a court barred him": the act is dated only relative
                    # to the sentence's day, and an earlier sentence's day is further off still
                    return None
    if in_sentence:
        return min(in_sentence, key=lambda t: abs(t.start - start)).value
    p_start, _ = _paragraph_bounds(analysis.text, start)
    earlier = [t for t in times if p_start <= t.start and t.end <= s_start
               and (doc is None or not _detail_time(doc, t))]
    if names_own_time and dateline is not None:
        # "LIMA, Nov 24 - Police fired tear gas on Monday, and 40 people were injured": the injuries are not
        # dated by the filing day when the sentence told its own day and the clause did not take it
        earlier = [t for t in earlier if t.start != dateline[0]]
    if earlier and doc is not None and _told_as_past(doc, start, end):
        # "... said they would call a strike next week. Smaller protests took place in other cities.": a time ahead
        # dates what was planned, not a past act told after it
        earlier = [t for t in earlier if not _ahead_time(doc, t)]
    if earlier and doc is not None and not noun_event and _told_as_present_or_future(doc, start, end):
        # "The minister was detained in March. He rejects the accusations and will fight them in court.": a day
        # before the publication day dates what was told of the past, not what is told as going on now or still
        # to come
        published = (analysis.shared.get("time_anchor") or {}).get("value")
        earlier = [t for t in earlier if not _before_day(t.value, published)]
    if earlier and doc is not None and _present_perfect_at(doc, start, end):
        # "Police arrested 12 activists on Monday. The government has long accused the party of ...": a present
        # perfect names no past moment, and English never gives it one ("has accused on Monday")
        earlier = []
    if earlier and doc is not None and not _flashback_at(doc, start, end):
        # "The envoy had criticised the arrests last week. The UN said it regretted the decision.": a past perfect
        # steps back before the story's time, and what is told after it is back in the story's own time
        earlier = [t for t in earlier if not _flashback_at(doc, t.start, t.end)]
    if earlier:
        return earlier[-1].value
    return None


def _ahead_of_past_act(lower: Token, upper: Token) -> bool:
    """A nested clause looking ahead under a past act ("agreed to hold talks next month", "promised to rebuild the
    bridge by June"): its time is the planned act's, never the agreeing's, which is told as done. (A reported
    clause, "will visit on Oct. 3, aides said", is left alone: a commitment read off it takes its time.)"""
    return lower.dep_ == "xcomp" and verb_direction(lower) == "future" and verb_direction(upper) == "past"


@lru_cache(maxsize=1)
def _time_named_nouns() -> frozenset[str]:
    return frozenset(lexicon()["time_named_nouns"])


def _names_a_document_or_era(doc: Doc, time: TimeExpression, start: int, end: int) -> bool:
    """Whether a time set before a noun names it as a document or an era of its own ("a 1951 treaty", "the 2015
    accord", "the 1991 war"; times_lexicon.yaml `time_named_nouns`) and that noun is not the head of the event
    [start, end)."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    if tspan is None or not len(tspan):
        return False
    root, noun = tspan.root, tspan.root.head
    # a proper name's head too ("the 1951 Mutual Defense Treaty")
    if root.dep_ not in ("compound", "amod", "nummod") or noun.i <= root.i or not noun.tag_.startswith("NN") \
            or noun.lower_ not in _time_named_nouns():
        return False
    event = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if event is None or not len(event):
        return True
    # "The 1994 genocide killed ...", "the 2015 accord was signed in Vienna": the noun as the subject of the act
    # tells the act itself
    told_by_noun = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == event.root.i
    return event.root.i != noun.i and not told_by_noun


def _day_of_order_given(lower: Token, time: TimeExpression, analysis: Analysis) -> bool:
    """A day not after the publication day on the infinitive a past order gives ("ordered three diplomats to
    leave the country on Thursday"): the times stage read it as the day the order was given, which it dates."""
    published = (analysis.shared.get("time_anchor") or {}).get("value")
    return _complement_of_past_order(lower) and bool(published) and not _before_day(published, time.value)


def _names_a_noun(root: Token) -> bool:
    """A time set before a noun as its modifier ("the 2019 election", "the Monday meeting")."""
    head = root.head
    return root.dep_ in ("compound", "amod", "nummod") and head.i > root.i and head.tag_ in ("NN", "NNS")


def _first_of_shared_clause(verb: Token, *, depth: int = 3) -> Token:
    """The verb a conjunct with no subject of its own ("crossed the border and overran a post"), or a bare present
    participle adjunct ("..., killing eleven"), goes back to; other verbs are their own."""
    while depth and verb.head.i != verb.i and is_verb(verb.head):
        shared_conjunct = verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        bare_participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children)
        if not (shared_conjunct or bare_participle):
            break
        verb, depth = verb.head, depth - 1
    return verb


def _time_of_describing_participle(doc: Doc, verb: Token, times: list[TimeExpression]) -> str | None:
    """A bare present participle describing a noun ("fired tear gas on Monday at protesters marching on parliament")
    goes on while the act done to or by that noun does: the time of the clause the noun is in (its own verb or a
    verb above it in the same clause), the nearest such one; None when the clause names none."""
    if verb.tag_ == "VB" and verb.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" for c in verb.children) \
            and verb.head.tag_ == "VBG":
        # its purpose ("protesters marching on parliament to demand his resignation") goes on with it
        verb = verb.head
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.dep_ == "acl":
        host = governing_verb(verb.head)
    elif verb.dep_ == "ccomp" and is_verb(verb.head) and not lemmas(verb.head) & REPORTING_VERBS:
        # the parser's small clause: "to disperse [protesters marching on parliament]", "saw [troops looting]"
        host = verb.head
    else:
        return None
    if host is None or host.i == verb.i:
        return None
    found = []
    for t in times:
        tspan = doc.char_span(t.start, t.end, alignment_mode="expand")
        tverb = governing_verb(tspan.root) if tspan is not None and len(tspan) else None
        if tverb is not None and tverb.i != verb.i and _within_clause(host, tverb, conjuncts_end=False):
            found.append(t)
    return min(found, key=lambda t: abs(t.start - verb.idx)).value if found else None


def noun_phrase_date(analysis: Analysis, start: int, end: int) -> str | None:
    """The calendar time inside the phrase of the event noun at [start, end), on the noun itself rather than in a
    clause of its own ("protested on Monday against the deployment of a ship last week": last week; "the attack
    that left 5 dead on Monday" names the clause's time, not the noun's), the nearest to the noun; else None."""
    doc = analysis.doc
    if doc is None:
        return None
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    noun = span.root
    inside = {t.i for t in noun.subtree}
    found = []
    before_verb, after_object = [], []
    for t in _calendar_times(analysis):
        tspan = doc.char_span(t.start, t.end, alignment_mode="expand")
        if tspan is None or not len(tspan) or tspan.root.i == noun.i:
            continue
        verb = governing_verb(tspan.root)
        if tspan.root.i not in inside:
            if noun.dep_ == "dobj" and verb is not None and verb.i == noun.head.i:
                if tspan.start < verb.i:
                    before_verb.append(t)
                elif tspan.start > noun.right_edge.i:
                    after_object.append(t)
            continue
        if verb is not None and verb.i in inside:
            continue
        found.append((abs(t.start - start), t.value))
    if not found and before_verb and after_object:
        # "On Tuesday, officials confirmed an attack on the ministry over the weekend": the verb took its own time
        # before it, so a second one after its object is the object's
        return after_object[0].value
    return min(found)[1] if found else None


def _measured_from_main_clause(analysis: Analysis, verb: Token, times: list[TimeExpression]) -> str | None:
    """The day of a clause that a measured "after"/"before" ties to its main clause ("struck the port on Tuesday,
    a day after rebels fired rockets", "The strikes came two days after ..."): the main clause's day less (after)
    or plus (before) the measure. TimeML tags only the measure ("a day", P1D). Days and weeks only, and only when
    the main clause has a whole day and the clause names no calendar time of its own; else None."""
    from datetime import timedelta

    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    first, last = verb.left_edge, verb.right_edge
    if any(first.idx <= t.start and t.end <= last.idx + len(last.text) for t in times):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    measure = None
    for t in analysis.times or []:
        m = _WHOLE_DURATION.match(t.value or "") if t.type == "DURATION" else None
        if m is None or m.group(2) not in "DW":
            continue
        tspan = analysis.doc.char_span(t.start, t.end, alignment_mode="expand")
        # "a day after": the measure modifies the 'after' clause's verb or its mark, right before the mark
        if tspan is not None and len(tspan) and tspan.end == mark.i and tspan.root.head.i in (verb.i, mark.i):
            measure = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            break
    if measure is None:
        return None
    head = verb.head
    main = date_for(analysis, head.idx, head.idx + len(head.text))
    if not main or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", main[:10]) or (len(main) > 10 and main[10] != "T"):
        return None
    try:
        anchor = date.fromisoformat(main[:10])
    except ValueError:
        return None
    return (anchor - timedelta(days=lexicon()["story_relative_posts"][mark.lower_] * measure)).isoformat()


def goes_on_in_story_time(clause: Token) -> bool:
    """Whether a clause can take the day of the story told just before it ("Rebels shelled the town on Tuesday.
    They set fire to the church."): one told in the past and not ordered against a main clause of its own. A
    present or future one ("She denies the charges and will appeal") is the time of the report, and one opened by
    "after"/"before" ("was arrested in May after she criticised ...") is dated against its own main clause."""
    verb = governing_verb(clause)
    if verb is None:
        return True
    return verb_direction(verb) == "past" and not _sequenced_clause(verb)


def _told_as_past(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    return verb is not None and verb_direction(verb) == "past"


# auxiliaries that make a clause a present or a future seen from now ("is considering", "will appeal"); "would"
# and "could" look ahead from a past report ("said they would not disarm") and are not among them
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "will", "shall", "'ll", "wo", "do", "does"})


def _told_as_present_or_future(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb governing a span is told in the present tense or as a future seen from now ("denies",
    "will appeal", "is considering"; "is threatening to push"): an infinitive complement takes the tense of the
    finite verb it hangs on ("had threatened to revoke" is past). A reporting verb ("says") is not counted."""
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    for _ in range(4):
        if verb is None or verb.dep_ != "xcomp" or verb.tag_ != "VB" or not is_verb(verb.head):
            break
        verb = verb.head
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux:
        return aux[0].lower_ in _PRESENT_AUX
    return verb.tag_ in ("VBZ", "VBP") and not lemmas(verb) & {"say", "tell", "report", "claim", "add"}


def _before_day(value: str | None, day: str | None) -> bool:
    """Whether a calendar value ("2026-05", "2025", "2026-11-24") ends before the day `day` ("2026-11-27");
    False when either is unknown or the value holds that day (the same month or year)."""
    if not value or not day or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value[:10]):
        return False
    value = value[:10]
    return value < day[:len(value)]


def _flashback_at(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb governing a span is a past perfect told in the text's own voice ("the envoy had criticised
    the arrests last week", "the workers had been abducted in June"); in a reported clause ("the army said it had
    suspended operations") the past perfect is only the report's shift of tense."""
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None or verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                     for c in verb.children):
        return False
    return not any(x.dep_ in ("ccomp", "parataxis") for x in [verb, *verb.ancestors])


def _present_perfect_at(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb governing a span is a present perfect ("has long accused", "have been detained")."""
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    return verb is not None and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)


def _sequenced_clause(verb: Token) -> bool:
    """Whether a verb heads an adverbial clause ordered against its main clause ("after a court barred him",
    "before troops arrived")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in verb.children)


# Subordinators that put a clause's act before or after the main clause's time, not at it
_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "till"})


def _ahead_time(doc: Doc, time: TimeExpression) -> bool:
    """Whether a time expression hangs on a verb that looks ahead ("would organise a strike next week", "talks will
    resume on Monday")."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    verb = governing_verb(tspan.root) if tspan is not None and len(tspan) else None
    return verb is not None and verb_direction(verb) == "future"


# Prepositions that make a time the bound of a period ("since Sunday", "until March") rather than the time of an act
_SPAN_BOUNDARY_PREPS = frozenset({"since", "until", "till"})


def _since_bound(doc: Doc, time: TimeExpression) -> bool:
    """Whether a time expression is the start of a period running up to now ("since Sunday")."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    return tspan is not None and len(tspan) > 0 and tspan.root.dep_ == "pobj" \
        and tspan.root.head.lower_ == "since"


def _detail_time(doc: Doc, time: TimeExpression) -> bool:
    """Whether a time expression dates only a detail of its sentence, not the act the sentence tells, so that it sets
    no time for the sentences after it: a possessive on a noun ("accused him of inciting last month's protests"), the
    bound of a period ("since Sunday"), a time of a prepositional gerund ("jailed for organising a protest last
    year") or a time in a relative or participle clause on a noun ("a similar deal signed in 2020 collapsed")."""
    tspan = doc.char_span(time.start, time.end, alignment_mode="expand")
    if tspan is None or not len(tspan):
        return False
    if tspan.root.dep_ == "poss":
        return True
    if tspan.root.dep_ == "pobj" and tspan.root.head.lower_ in _SPAN_BOUNDARY_PREPS:
        return True  # "17 civilians had been killed since Sunday": a period's bound, the day of no one act
    verb = governing_verb(tspan.root)
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "pcomp":
        # "sentenced five activists on Monday for organising a protest last year": the gerund of a preposition
        # tells a backdrop act (a reason, a charge), not the story's own time
        return True
    root = tspan.root
    for _ in range(40):
        if root.head.i == root.i:
            break
        root = root.head
    return _in_describing_clause(doc, time, root)
