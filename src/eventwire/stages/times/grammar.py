"""TIMEX3 detection: a grammar of regular expressions over the raw text, built from the lexicon.

Each rule finds candidate extents and a small semantic record (`sem`) that `resolve.py` turns into a TIMEX3
type and value. Extents follow the TimeML/TempEval-3 conventions seen in TimeBank: determiners and modifiers
belong to the expression ("the past two months", "last week", "early this week", "about two years ago",
"late November"), prepositions and possessive 's do not ("on [Friday]'s"), and a weekday keeps its
part of day ("Friday morning").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventwire.stages.times.lexicon import abbreviations, alternation, lexicon


@dataclass
class Candidate:
    start: int
    end: int
    sem: dict[str, Any]
    rule: str
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


S = r"(?:[ \t]|\n(?![ \t]*\n))+"  # whitespace within a paragraph
NB = r"(?<![A-Za-z0-9])"  # no word character before
NA = r"(?![A-Za-z0-9])"  # no word character after


@lru_cache(maxsize=1)
def pieces() -> dict[str, str]:
    lx = lexicon()
    p: dict[str, str] = {}
    p["MON"] = NB + alternation(lx["months"], dotted=abbreviations(lx["months"])) + r"(?![A-Za-z])"
    wd_full = [w for w in lx["weekdays"] if len(w) > 4]
    wd_abbr = [w for w in lx["weekdays"] if len(w) <= 4]
    p["WD"] = NB + "(?:" + alternation(wd_full) + "|" + alternation(wd_abbr) + r"\.)" + r"(?![A-Za-z])"
    p["WDS"] = NB + alternation(wd_full) + r"s(?![A-Za-z])"
    p["DAY"] = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
    p["YEAR"] = r"(?:1[0-9]{3}|20[0-9]{2})(?![0-9])"
    numwords = [w for w in lx["number_words"] if w not in ("a", "an", "half", "couple", "dozen", "hundred")]
    nw = alternation(numwords)
    p["NUMW"] = nw
    p["NUM"] = (
        r"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|\d+(?:,\d{3})+"
        + r"|" + nw + r"(?:[- ]" + nw + r")?(?:\s+and\s+(?:a\s+)?half)?"
        + r"|a\s+half|half\s+an?|an?(?:\s+and\s+a\s+half)?|a\s+few|few|several|some|many|a\s+couple\s+of|couple\s+of"
        + r"|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of|a\s+number\s+of|countless|numerous)"
    )
    p["UNIT"] = (
        r"(?:(?:trading|business|working|calendar|school)\s+)?"
        r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?"
        r"|decades?|centur(?:y|ies)|millenni(?:um|a|ums))(?![A-Za-z])"
    )
    p["UNITSG"] = r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century)(?![A-Za-z])"
    p["SEASON"] = NB + alternation(lx["seasons"]) + r"(?![A-Za-z])"
    pod = [w for w in lx["parts_of_day"]]
    p["POD"] = NB + alternation(pod) + r"(?![A-Za-z])"
    p["ORD"] = alternation([w for w in lx["ordinals"] if w != "last"])
    p["TZ"] = alternation(lx["time_zones"])
    p["APPROX"] = (
        r"(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|up\s+to"
        r"|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|well\s+over|just\s+over"
        r"|just\s+under|close\s+to|upwards\s+of|over|under|within)"
    )
    p["EDGE"] = (
        r"(?:(?:very\s+)?early|(?:very\s+)?late|earlier|later|mid-?|middle|"
        r"the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|rest|remainder)\s+of"
        r"|(?:earlier|later)\s+in|(?:early|late)\s+in)"
    )
    p["HOL"] = alternation(list(lx["holidays_fixed"]) + list(lx["holidays_movable"]))
    p["SETADV"] = NB + alternation(lx["set_adverbs"]) + NA
    return p


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(pattern, flags)


@lru_cache(maxsize=1)
def rules() -> list[tuple[str, re.Pattern, int]]:
    p = pieces()
    MON, WD, DAY, YEAR, NUM, UNIT, SEASON, POD, ORD, TZ = (
        p["MON"], p["WD"], p["DAY"], p["YEAR"], p["NUM"], p["UNIT"], p["SEASON"], p["POD"], p["ORD"], p["TZ"],
    )
    EDGE, APPROX = p["EDGE"], p["APPROX"]
    REL = r"(?:this\s+past|this\s+coming|this|last|next|coming|past|previous|following)"
    out = [
        # Month day [year], optionally after a weekday: "Thursday, April 6", "Dec. 21, 1988", "March 12".
        ("date_md", rf"(?:(?P<approx>around|about|approximately){S})?(?:(?P<wd>{WD}),?{S})?(?:(?P<edge>{EDGE}){S})?(?P<mon>{MON}){S}?(?P<day>{DAY})"
                    rf"(?:(?:,{S}?|{S})(?P<year>{YEAR}))?(?![0-9%]|:[0-9]|\.[0-9]|,[0-9])", 9),
        # Day month [year]: "3 June 2019", "the 4th of July", "the first of January".
        ("date_dm", rf"(?:(?P<wd>{WD}),?{S})?(?:the{S})?(?P<day>{DAY}|{NB}{ORD})(?:{S}of)?{S}(?P<mon>{MON})"
                    rf"(?:,?{S}(?P<year>{YEAR}))?", 8),
        # A day of a month by its ordinal alone: "on the 15th", "until the 3rd of next month".
        ("day_ordinal", rf"{NB}the{S}(?P<day>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th))"
                        rf"(?:{S}of{S}(?P<rel>this|next|last|the){S}month)?(?![A-Za-z0-9])", 7),
        # ISO and numeric dates.
        ("date_iso", r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])", 9),
        ("date_us", r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])", 9),
        # Month and year: "June 1998", "early 1990"'s month-less sibling is the year rule.
        ("month_year", rf"(?:(?P<edge>{EDGE})[ \t]*)?(?P<mon>{MON}),?{S}(?:of{S})?(?P<year>{YEAR})", 8),
        # A month alone, possibly with a relation or edge: "last November", "late-November", "in April".
        ("month", rf"(?:(?P<edge>{EDGE})[ \t]*)?(?:(?P<rel>{REL}){S})?(?P<mon>{MON})", 5),
        # Years: "1995", "early 1990", "fiscal 1988", "the 1988 period".
        # "mid-2021" joins its edge with a hyphen; any other hyphen before a year makes it part of a code or range
        ("year", rf"(?:(?P<edge>{EDGE})(?:{S}|(?<=mid-)))?(?:(?P<fiscal>fiscal(?:{S}year)?){S})?"
                 rf"(?:(?<=mid-)|(?<![\w$£€#./:,-]))(?P<year>{YEAR})"
                 rf"(?![\w%/:-]|[.,]\d)", 4),
        ("year_noun", rf"the{S}(?P<year>{YEAR}){S}(?P<noun>period|quarter|season|fiscal\s+year|year)(?![A-Za-z])", 9),
        ("year_range", rf"(?<![\w$£€#./:,-])(?P<year>{YEAR})[-–](?P<year2>{YEAR}|\d\d)(?![\w%/:-])", 9),
        # Decades: "the 1990s", "the early 1980s", "the '90s", "the nineties".
        ("decade", rf"(?:the{S})?(?:(?P<edge>early|late|mid)[- ]?)?(?:(?P<dec>1\d\d0|20\d0)'?s|'(?P<dec2>\d0)s|(?P<decw>(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))(?![A-Za-z])", 7),
        # Centuries: "the 20th century", "the nineteenth century", "this century", "the last century".
        ("century", rf"(?:the{S})?(?:(?P<edge>early|late|mid)[- ]?)?(?P<ord>{ORD}|\d{{1,2}}(?:st|nd|rd|th))[- ]century", 7),
        # Seasons: "last fall", "this past spring", "the summer of 1998", "early summer".
        ("season", rf"(?:(?P<edge>{EDGE}){S})?(?:(?P<det>the|this|that|last|next|past|coming|this\s+past|this\s+coming|early|late|mid-?){S})?"
                   rf"(?P<season>{SEASON})(?:,?{S}(?:of{S})?(?P<year>{YEAR}))?", 5),
        # Quarters and halves with an ordinal: "third-quarter", "the fourth quarter of 1990", "the 1988 second quarter".
        ("quarter", rf"(?:(?P<det>the|this|that|last|next|the\s+same|the\s+year-ago|the\s+year-earlier|the\s+comparable|the\s+latest|the\s+current){S})?"
                    rf"(?:(?P<fiscal>fiscal){S})?(?:(?P<year1>{YEAR}){S})?(?:(?P<fiscal2>fiscal){S})?"
                    rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?P<hyph>[- ])(?P<unit>quarter|half)(?![A-Za-z])"
                    rf"(?:{S}of{S}(?:(?:fiscal|the\s+year|the\s+fiscal\s+year){S})?(?P<year2>{YEAR}))?", 8),
        ("quarter_det", rf"(?P<det>the(?:{S}(?:latest|current|previous|same|last|comparable|most\s+recent|first|year-ago|year-earlier|comparable\s+year-ago|comparable\s+year-earlier|fiscal))*"
                        rf"|this|that|last|next|its|year-ago|year-earlier){S}(?:(?P<fiscal>fiscal){S})?(?P<unit>quarter|period)(?![A-Za-z-])", 6),
        # Weekdays: "Friday", "last Wednesday", "Friday morning", "this coming Sunday".
        # "a week ago Tuesday", "a week from Friday": one date, the weekday shifted by a week
        ("weekday", rf"(?:(?P<shift>a{S}week{S}(?:ago|from)){S})?(?:(?P<rel>{REL}){S})?(?P<wd>{WD})"
                    rf"(?:{S}(?P<pod>{POD}))?", 6),
        ("weekdays", rf"(?P<wd>{p['WDS']})", 6),
        ("weekday_pods", rf"(?P<wd>{WD}){S}(?P<pod>mornings|afternoons|evenings|nights)(?![A-Za-z])", 7),
        # Today, yesterday, tonight (with a part of day), and "mid-afternoon yesterday".
        ("relday", rf"(?:(?P<edge>earlier|later|late|early){S})?(?P<word>today|tonight|yesterday|tomorrow)(?:{S}(?P<pod>{POD}))?(?![A-Za-z])(?!'(?!s\b))", 7),
        ("pod_relday", rf"(?P<pod>{POD}){S}(?P<word>today|yesterday|tomorrow)(?![A-Za-z])", 7),
        ("relday2", rf"(?:the{S})?day{S}(?P<which>before{S}yesterday|after{S}tomorrow)", 8),
        ("pod_rel", rf"(?P<rel>this|last|that|tomorrow|yesterday|the{S}(?:following|next|previous|same)"
                    rf"|(?:early|late|later|earlier){S}this){S}"
                    rf"(?P<pod>morning|afternoon|evening|night)(?![A-Za-z])", 7),
        ("pod_edge", rf"{NB}(?P<edge>early|late|mid)[- ]?(?P<pod>morning|afternoon|evening)(?![A-Za-z])", 5),
        # Clock times: "6 a.m.", "5 p.m. EST", "10:30", "noon".
        ("clock", rf"(?<![\d.:$])(?P<h>\d{{1,2}})(?:[:.](?P<m>[0-5]\d))?{S}?(?P<ampm>[ap]\.m\.?|[ap]m(?![A-Za-z]))(?:{S}(?P<tz>{TZ})(?![A-Za-z]))?", 8),
        ("clock24", rf"(?<![\d.:$])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])(?:{S}(?P<tz>{TZ})(?![A-Za-z]))?", 7),
        ("clock_word", rf"{NB}(?P<word>noon|midnight|midday)(?![A-Za-z])", 5),
        ("oclock", rf"(?P<h>\d{{1,2}}|{p['NUMW']}){S}o'clock", 7),
        # Durations and "ago" dates: "two years", "the past 20 years", "about two years ago", "a year earlier".
        ("duration", rf"(?:(?P<approx>{APPROX}){S})?(?:(?P<dir>the|(?:the{S})?(?:past|last|next|coming|previous|following|first|final|latest|initial|remaining|ensuing|preceding|other|same|recent|last\s+few|past\s+few|next\s+few)){S})?"
                     rf"(?P<num>{NUM})(?P<sep>{S}|-|{S}or{S}so{S})(?P<unit>{UNIT})"
                     rf"(?P<post>{S}(?:ago|earlier|later|from{S}now|hence|or{S}so|before|after|back|old|of{S}age)(?![A-Za-z]))?", 6),
        ("duration_range", rf"(?:(?P<dir>(?:the{S})?(?:past|last|next|coming|first)){S})?(?P<num>{NUM})(?:{S}to{S}|{S}or{S}|-|–)(?P<num2>{NUM}){S}(?P<unit>{UNIT})"
                           rf"(?P<post>{S}(?:ago|earlier|later)(?![A-Za-z]))?", 7),
        ("duration_long", r"(?P<unit>days?|weeks?|months?|years?|decades?|hours?)-long(?![A-Za-z])", 6),
        ("bare_units", rf"(?:(?P<dir>(?:the{S})?(?:past|last|next|coming|previous|following|recent)|recent|coming|future|past){S})?(?P<unit>days|weeks|months|years|decades|hours|minutes|quarters|centuries)(?P<post>{S}ago)?(?![A-Za-z-])", 3),
        # Relative units: "last week", "this month", "next year", "earlier this year", "the following year".
        ("rel_unit", rf"(?:(?P<edge>{EDGE}){S})?(?P<det>this(?:{S}past|{S}coming)?|last|next|coming|current|past|previous|that|those|the(?:{S}(?:same|following|previous|next|past|last|coming|current|latest|prior|full|entire|whole|fiscal|calendar|preceding))*)"
                     rf"{S}(?P<unit>day|week|weekend|month|quarter|year|decade|century|fiscal\s+year|calendar\s+year|half)(?![A-Za-z-])", 5),
        ("edge_unit", r"(?P<edge>year|month|quarter|week)[- ](?P<which>end|ago|earlier|long)(?![A-Za-z])", 5),
        ("midyear", r"(?P<edge>mid)-?(?P<unit>year|month|week)(?![A-Za-z])", 5),
        # Holidays.
        ("holiday", rf"(?:(?P<rel>last|next|this){S})?(?P<hol>{p['HOL']})(?:,?{S}(?P<year>{YEAR}))?(?![A-Za-z])", 6),
        # Sets: "every Friday", "each year", "twice a week", "daily".
        ("set", rf"(?:(?P<freq>once|twice|thrice|\w+{S}times){S}(?:a|an|per|each|every){S}|(?P<q>every|each|per){S}(?:(?P<n>{NUM}|other){S})?)"
                rf"(?P<what>{WD}|{MON}|{SEASON}|{POD}|{UNIT})", 7),
        ("set_adv", p["SETADV"], 4),
        # References to the present, past, future.
        ("ref", NB + alternation(lexicon()["references"]) + NA, 2),
    ]
    return [(name, _rx(pattern), prio) for name, pattern, prio in out]


_TEMPORAL_PREP = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|through|throughout|from|to|before|after|of|early|late|mid|last|next|this|"
    r"between|and|or|on|around|about|as\s+of|starting|beginning|ending|end|into|that|each|every|since\s+early|"
    r"since\s+late|as\s+early\s+as|as\s+late\s+as|as\s+recently\s+as|of\s+early|of\s+late)[ \t]+|-)$",
    re.IGNORECASE,
)


# Characters before and after a trigger word within which a rule's match must lie. The longest matches reach
# about 45 characters before their trigger ("the comparable year-ago fiscal 1990 fourth quarter") and 25 after
# it ("third quarter of the fiscal year 1990"); wider windows only cost time (each rule runs in every window).
_WINDOW_BEFORE = 60
_WINDOW_AFTER = 40


@lru_cache(maxsize=2)
def triggers(lowered: bool = False) -> dict[str, re.Pattern | None]:
    """For each rule, a cheap pattern every match of it contains; rules run only in windows around its hits
    (a full scan with ~35 patterns, each opening with optional groups, costs ~17 ms per 2,000 characters).

    `lowered`: patterns for the lower-cased text, compiled case-sensitively (Python's case-insensitive matching
    costs about three times as much) unless a pattern spells an upper-case letter itself."""
    p = pieces()
    units = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)"
    table = {
        "MON": p["MON"], "DIGIT": r"\d", "YEAR4": r"\d{4}", "DECADE": r"\d0'?s|'\d0s|ties\b",
        "CENTURY": r"century", "SEASON": p["SEASON"], "QUARTER": r"quarter|half|period", "WD": p["WD"] + "|" + p["WDS"],
        "RELDAY": r"today|tonight|yesterday|tomorrow", "DAY": r"\bday\b", "POD": r"morning|afternoon|evening|night",
        "CLOCKW": r"noon|midnight|midday", "UNIT": units, "LONG": r"-long", "HOL": p["HOL"],
        "SET": r"\b(?:every|each|per|once|twice|thrice|times)\b",
        "CLOCK": r"\d\s?[ap]\.?m\b|\d:\d\d", "OCLOCK": r"o'clock", "SLASH": r"\d/\d",
        "ORDDAY": r"\d(?:st|nd|rd|th)\b",
    }
    by_rule = {
        "date_md": "MON", "date_dm": "MON", "day_ordinal": "ORDDAY",
        "month_year": "MON", "month": "MON", "date_iso": "YEAR4", "date_us": "SLASH",
        "year": "YEAR4", "year_noun": "YEAR4", "year_range": "YEAR4", "decade": "DECADE", "century": "CENTURY",
        "season": "SEASON", "quarter": "QUARTER", "quarter_det": "QUARTER", "weekday": "WD", "weekdays": "WD",
        "weekday_pods": "WD", "relday": "RELDAY", "pod_relday": "RELDAY", "relday2": "DAY", "pod_rel": "POD", "pod_edge": "POD",
        "clock": "CLOCK", "clock24": "CLOCK", "clock_word": "CLOCKW", "oclock": "OCLOCK", "duration": "UNIT",
        "duration_range": "UNIT", "duration_long": "LONG", "bare_units": "UNIT", "rel_unit": "UNIT",
        "edge_unit": "UNIT", "midyear": "UNIT", "holiday": "HOL", "set": "SET",
    }
    compiled = {k: re.compile(v) if lowered and _case_free(v) else re.compile(v, re.IGNORECASE) for k, v in table.items()}
    return {name: compiled.get(by_rule.get(name, "")) for name, _, _ in rules()}


def _case_free(pattern: str) -> bool:
    """No upper-case letter outside escapes (\\d, \\b) and the A-Z of a class: the pattern reads lower-cased text."""
    return not re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|A-Z", "", pattern))


def _windows(text: str, trigger: re.Pattern, cache: dict) -> list[tuple[int, int]]:
    if trigger.pattern in cache:
        return cache[trigger.pattern]
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in trigger.finditer(cache.get("_search", text)):
        s, e = max(0, m.start() - _WINDOW_BEFORE), min(n, m.end() + _WINDOW_AFTER)
        while s > 0 and not text[s - 1].isspace():  # start on a word boundary
            s -= 1
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    cache[trigger.pattern] = spans
    return spans


def _scan(rx: re.Pattern, text: str, trigger: re.Pattern | None, cache: dict):
    if trigger is None:
        yield from rx.finditer(text)
        return
    last_end = -1
    for s, e in _windows(text, trigger, cache):
        for m in rx.finditer(text, s, e):
            if m.start() >= last_end:
                last_end = m.end()
                yield m


def find_candidates(text: str) -> list[Candidate]:
    """Every rule match, checked and annotated; overlaps are resolved by `select`."""
    found: list[Candidate] = []
    lowered = text.lower()
    # triggers read the lower-cased text when lower-casing keeps every offset (it does not for a few letters: İ)
    same_offsets = len(lowered) == len(text)
    trig = triggers(lowered=same_offsets)
    cache: dict = {"_search": lowered} if same_offsets else {}
    for name, rx, prio in rules():
        check = _CHECKS.get(name)
        for m in _scan(rx, text, trig.get(name), cache):
            if m.end() == m.start():
                continue
            sem = {k: v for k, v in m.groupdict().items() if v is not None}
            start, end = m.start(), m.end()
            if check is not None:
                res = check(text, m, sem)
                if res is None:
                    continue
                if isinstance(res, tuple):
                    start, end, sem = res
            if end <= start:
                continue
            sem["_text"] = text[start:end]
            found.append(Candidate(start, end, sem, name, prio))
    return found


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then rule priority, then leftmost."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-c.length, -c.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


# --- rule checks -------------------------------------------------------------------------------------------


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _before(text: str, start: int, n: int = 40) -> str:
    return text[max(0, start - n):start]


def _ambiguous_month(word: str) -> bool:
    return word.lower().rstrip(".") in lexicon()["ambiguous_months"]


def _month_ok(text: str, m: re.Match, sem: dict, *, day_beside: bool = False) -> bool:
    """Whether the month word of a match reads as a month: capitalised, and a bare abbreviation ("Mar", "Jan",
    "Nov", no full stop) only with `day_beside`, a day number written beside it ("Nov 3", "3 Nov 2023")."""
    word = sem["mon"]
    if not _is_cap(word):
        return False
    if word.isupper() and len(word) > 3 and not text[max(0, m.start() - 30):m.start()].isupper():
        pass
    if len(word.rstrip(".")) <= 4 and not word.endswith(".") and word.lower() not in ("may", "june", "july", "sept"):
        # bare abbreviations ("Mar", "Jan") only beside a day number: a dateline's "GAZA CITY, Nov 3 (Reuters) -"
        return day_beside
    return True


def _check_date_md(text, m, sem):
    # a bare abbreviation must be spaced from its day ("Nov 3"; "Nov3" is no date)
    if not _month_ok(text, m, sem, day_beside=bool(re.match(r"[A-Za-z]+[ \t]+\d", text[m.start("mon"):]))):
        return None
    if "wd" in sem and not _is_cap(sem["wd"]):
        sem.pop("wd")
        return (m.start("mon") if "edge" not in sem else m.start("edge"), m.end(), sem)
    after = text[m.end():m.end() + 16].lower()
    if re.match(r"\s*(?:%|-\d|(?:percent|cents?|points?|billion|million|per)\b)", after) and "year" not in sem:
        return None
    return True


def _check_date_dm(text, m, sem):
    if sem["day"][:1].isalpha() and not (re.search(r"\bthe\s+$", text[max(0, m.start("day") - 6):m.start("day")], re.I)
                                         and re.match(r"\s+of\s", text[m.end("day"):m.end("day") + 5])):
        # a day in words only as "the first of January": "the first March of the war" counts Marches
        return None
    # a bare abbreviation after a day only with a year after it ("3 Nov 2023"; "5 Jan" may open a name)
    if not _month_ok(text, m, sem, day_beside="year" in sem):
        return None
    if "wd" in sem and not _is_cap(sem["wd"]):
        return None
    before = _before(text, m.start(), 12)
    if re.search(r"[\d$£€.,]\s*$", before) and not before.rstrip().endswith(","):
        return None
    return True


# What may follow a bare ordinal day ("on the 15th, officials said", "by the 30th and"): the end of a clause or a
# conjunction; any other word makes the ordinal a noun's ("the 15th anniversary", "the 3rd battalion").
_DAY_ORDINAL_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”]|$|(?:and|or|to|through|until|when|after|before|at|in)\b)")
# ...and what must lead to it: a preposition of time ("on the 15th", "until the 21st", "from the 2nd").
_DAY_ORDINAL_BEFORE = re.compile(r"\b(?:on|by|until|till|since|from|before|after|to|through)\s+$", re.I)


def _check_day_ordinal(text, m, sem):
    if not _DAY_ORDINAL_BEFORE.search(_before(text, m.start(), 12)):
        return None
    if "rel" not in sem and not _DAY_ORDINAL_AFTER.match(text[m.end():m.end() + 8]):
        return None
    return True


def _check_month_year(text, m, sem):
    return True if _month_ok(text, m, sem) else None


def _check_month(text, m, sem):
    if not _month_ok(text, m, sem):
        return None
    word = sem["mon"]
    after = text[m.end():m.end() + 3]
    if after.startswith("'") or after.startswith("-"):
        # a possessive month dates what it modifies ("December's figures"); other quote/hyphen joins do not
        if not re.match(r"-(?:\d|end|long)|['’]s\b", after):
            return None
    if _ambiguous_month(word) or word.lower() in ("august",):
        if "rel" in sem or "edge" in sem:
            return True
        if not _TEMPORAL_PREP.search(_before(text, m.start())):
            return None
    return True


def _check_year(text, m, sem):
    year = int(sem["year"])
    if "fiscal" in sem or "edge" in sem:
        return True
    before = _before(text, m.start("year"), 30)
    if re.search(r"(?:No|no|Nos|number|#|Room|room|Flight|flight|Route|route|Highway|Act|act|model|Model|page|Page)\.?\s*$", before):
        return None
    if year < 1800 and not _TEMPORAL_PREP.search(before):
        return None
    after = text[m.end():m.end() + 20]
    if re.match(r"\s*(?:percent|pct|people|men|women|troops|soldiers|feet|ft|meters|metres|miles|km|kilometers|tons|tonnes|shares|points|units|acres|pounds|dollars|euros|yen|votes|cases|deaths|jobs|[a-z]+s\b(?<!was)(?<!has)(?<!is))", after) and not _TEMPORAL_PREP.search(before):
        if re.match(r"\s*(?:was|has|is|as|saw|levels?|elections?|campaign|budget|results?|figures?|season|census|earnings)", after):
            return True
        return None
    return True


def _check_year_range(text, m, sem):
    return True


def _check_season(text, m, sem):
    word = sem["season"].lower()
    det = sem.get("det", "").lower()
    if "year" in sem or "edge" in sem:
        return True
    if det in ("the", "early", "late", "mid", "mid-"):
        if word == "fall" and det == "the":
            before = _before(text, m.start(), 20)
            if not re.search(r"\b(?:in|by|during|until|since|through|over|this|last|next)\s+$", before, re.I):
                return None
        return True
    if det:
        return True
    if word == "fall":
        return None
    before = _before(text, m.start(), 20)
    if re.search(r"\b(?:in|by|during|until|since|through|over)\s+$", before, re.I):
        return True
    return None


def _check_quarter(text, m, sem):
    # "the third-quarter loss": an adjective keeps its determiner outside.
    if sem.get("hyph") == "-" and "det" in sem:
        sem.pop("det")
        for g in ("fiscal", "year1", "fiscal2", "ord"):
            if m.group(g):
                return (m.start(g), m.end(), sem)
    return True


def _check_weekday(text, m, sem):
    if not _is_cap(sem["wd"]):
        return None
    # "Friday's" keeps only the weekday; the regex already stops before the apostrophe.
    return True


def _check_weekdays(text, m, sem):
    return True if _is_cap(sem["wd"]) else None


def _check_relday(text, m, sem):
    if text.startswith("'s", m.end()) and sem["word"].lower() != "yesterday":
        # "yesterday's announcement" dates an event; "today's youth", "tomorrow's leaders" are often generic
        return None
    edge = sem.get("edge")
    if edge and edge.lower() in ("late", "early"):
        # TimeBank leaves "late"/"early" outside a day name.
        sem.pop("edge")
        return (m.start("word"), m.end(), sem)
    return True


def _check_clock(text, m, sem):
    h = int(sem["h"])
    if h > 12 or h == 0 and sem.get("ampm"):
        return None
    return True


def _check_clock24(text, m, sem):
    before = _before(text, m.start(), 12).lower()
    after = text[m.end():m.end() + 12].lower()
    if not re.search(r"\b(?:at|by|from|until|before|after|around|about)\s+$", before) and "tz" not in sem:
        return None
    if re.match(r"\s*(?:to|-)\s*\d", after) and "score" in before:
        return None
    return True


def _check_clock_word(text, m, sem):
    if re.search(r"\bhigh\s+$", _before(text, m.start(), 8), re.I):
        return None
    return True


def _check_oclock(text, m, sem):
    return True


_AGE_AFTER = re.compile(r"(?:-|\s+)old\b|\s+of\s+age\b", re.IGNORECASE)


def _check_duration(text, m, sem):
    unit = sem["unit"].lower()
    num = sem["num"].lower()
    post = (sem.get("post") or "").strip().lower()
    sep = sem.get("sep", " ")
    # Ages are not time expressions ("52 years old", "a 13-year-old").
    if post in ("old", "of age") or re.match(r"-old\b", text[m.end():m.end() + 5]):
        return None
    if re.match(r"\s*-?\s*old\b", text[m.end():m.end() + 6]):
        return None
    # "before"/"after"/"back" only as adverbs ("two days later" yes, "two days before the vote" no)
    start, end = m.start(), m.end()
    if post in ("before", "after", "back"):
        nxt = text[m.end():m.end() + 3]
        if not re.match(r"\s*(?:[.,;:!?)'\"]|$)", nxt):
            end = m.start("post")
            sem.pop("post")
    # Numbers that are amounts ("$5 a year", "3.5 years" fine) - a bare number before "day"/"night" is rarely time.
    if re.match(r"\d", num) and re.search(r"[$£€#]\s*$", _before(text, m.start(), 3)):
        return None
    if num in ("some", "many", "countless", "numerous", "a number of") and unit.startswith(("second",)):
        return None
    if num in ("a", "an") and not post and re.search(
        r"(?:\b(?:once|twice|thrice|times|per|a|an|cents?|percent|dollars?|[a-z]+s)|[%\d]|[$£€]\s*[\d.,]+(?:\s*(?:million|billion))?)\s*$",
        _before(text, m.start(), 30), re.I):
        return None
    if unit.startswith("quarter") and sep == "-" and re.match(r"\s+of\b", text[m.end():m.end() + 5]):
        return None
    if post == "later":
        # TimeBank leaves "later" outside: "[Three days] later" is a duration.
        end = m.start("post")
        sem.pop("post")
        sem["later"] = True
    if num in ("one",) and unit.startswith("day") and not post and sep != "-":
        # "one day" alone is usually an indefinite date, not a duration
        pass
    if sep == "-" and sem.get("dir", "").lower() == "the":
        # "the eight-year war": the determiner belongs to the noun, not to the adjectival duration
        start = m.start("num")
        sem.pop("dir")
    approx = sem.get("approx", "").lower()
    if approx in ("over", "under", "within", "some") and not post:
        # prepositions, not modifiers, unless the phrase is "ago"-like
        start = m.start("dir") if "dir" in sem else m.start("num")
        sem.pop("approx")
    if approx == "some" and num in ("a", "an"):
        return None
    if num in ("a", "an") and "dir" in sem and "approx" not in sem:
        # a modifier ("last", "next") never comes before "a"/"an": in "will last a week" the word is a verb
        start = m.start("num")
        sem.pop("dir")
    return (start, end, sem)


def _check_duration_range(text, m, sem):
    return _check_duration(text, m, sem)


def _check_bare_units(text, m, sem):
    if "dir" in sem or "post" in sem:
        d = sem.get("dir", "").lower()
        if d in ("past", "future"):
            return None
        return True
    before = _before(text, m.start(), 12)
    if re.search(r"\b(?:for|within|in|after|than)\s+$", before, re.I):
        after = text[m.end():m.end() + 12]
        if re.match(r"\s+(?:of|to\s+come)\b", after):
            return None
        return True
    return None


def _check_rel_unit(text, m, sem):
    det = re.sub(r"\s+", " ", sem["det"].lower())
    unit = sem["unit"].lower()
    edge = sem.get("edge")
    if det == "the" and unit in ("day", "week", "month"):
        # "the day before," / "the week after.": a story-relative date when the word closes the phrase (before a
        # noun, "the day before the vote", it is a preposition and "the day" alone names nothing)
        post = re.match(r"\s+(before|after)(?=\s*[,.;:!?)]|\s*$)", text[m.end():m.end() + 12], re.I)
        if post:
            sem["post"] = post.group(1)
            return (m.start(), m.end() + post.end(), sem)
    if det in ("the",) and unit in ("day", "weekend", "century", "decade", "half"):
        if unit == "weekend":
            return True
        return None
    if det == "those":
        return None
    if det == "that" and unit in ("day", "week", "month", "half"):
        return None
    if det == "the" and unit in ("year", "quarter", "month", "week", "fiscal year"):
        after = text[m.end():m.end() + 8]
        if re.match(r"\s+(?:before|after|in|of|that|when|which|to|and|as|since|from|or|he|she|it|they|is|was|ahead|under|'s|’s)\b", after):
            return None
        before = _before(text, m.start(), 20)
        if re.search(r"\b(?:of|for|during|in|through|throughout|this|over)\s+$", before, re.I) is None and not edge:
            return None
    return True


def _check_edge_unit(text, m, sem):
    return True


def _check_holiday(text, m, sem):
    if not _is_cap(sem["hol"]):
        return None
    # "a Christmas market", "Easter eggs": the name of a kind of thing, not a day
    after = re.match(r"\s+([a-z]+)", text[m.end():m.end() + 30])
    return None if after and after.group(1) in lexicon()["holiday_attributive_nouns"] else True


def _check_set(text, m, sem):
    what = sem["what"]
    lw = what.lower().rstrip(".")
    lx = lexicon()
    if lw in lx["months"] or lw in lx["weekdays"]:
        if not _is_cap(what):
            return None
    if sem.get("q", "").lower() == "per" and lw not in ("day", "week", "month", "year", "hour", "minute", "quarter"):
        return None
    return True


def _check_set_adv(text, m, sem):
    return True


def _check_ref(text, m, sem):
    word = re.sub(r"\s+", " ", m.group(0).lower())
    after = text[m.end():m.end() + 20]
    before = _before(text, m.start(), 20)
    if word == "current":
        # the adjective of time ("current market conditions"), not the noun or "current account"
        if not re.match(r"\s+[a-z]", after) or re.match(r"\s+(?:accounts?|affairs|events|issue|flow)\b", after):
            return None
        return True
    if word == "soon" and re.search(r"\bas\s+$", before, re.I) and re.match(r"\s+as\b", after):
        return None
    if word == "now":
        if re.match(r"\s*(?:-|–)", after):
            return None
    if word == "the past" and re.match(r"\s+(?:few|several|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|year|month|week|decade|day|quarter|century|weekend|fiscal)", after, re.I):
        return None
    if word == "the present" and re.match(r"\s+[a-z]", after):
        return None
    if word in ("the past",) and re.match(r"\s+(?:tense)\b", after):
        return None
    return True


_CHECKS = {
    "date_md": _check_date_md,
    "date_dm": _check_date_dm,
    "day_ordinal": _check_day_ordinal,
    "month_year": _check_month_year,
    "month": _check_month,
    "year": _check_year,
    "year_range": _check_year_range,
    "season": _check_season,
    "quarter": _check_quarter,
    "weekday": _check_weekday,
    "weekdays": _check_weekdays,
    "relday": _check_relday,
    "clock": _check_clock,
    "clock24": _check_clock24,
    "clock_word": _check_clock_word,
    "oclock": _check_oclock,
    "duration": _check_duration,
    "duration_range": _check_duration_range,
    "bare_units": _check_bare_units,
    "rel_unit": _check_rel_unit,
    "edge_unit": _check_edge_unit,
    "holiday": _check_holiday,
    "set": _check_set,
    "set_adv": _check_set_adv,
    "ref": _check_ref,
}
