"""The document date from the text itself: a dateline ("KYIV, June 3 (Reuters) -") or a full date at the top."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from eventwire.stages.times.grammar import pieces
from eventwire.stages.times.lexicon import lexicon

_TOP_CHARS = 300


def _month(word: str) -> int:
    return lexicon()["months"][word.lower().rstrip(".")]


def _dateline_rx() -> re.Pattern:
    p = pieces()
    return re.compile(
        r"^\s*(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'’\- ]{1,30}){0,2}),?[ \t]+"
        rf"(?:(?P<wd>{p['WD']}),?[ \t]+)?(?P<mon>{p['MON']})[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?"
        r"[ \t]*(?:\((?P<agency>[^)\n]{1,40})\))?[ \t]*(?:-{1,2}|—|–|_|:)",
        re.IGNORECASE,
    )


def _top_date_rx() -> re.Pattern:
    p = pieces()
    return re.compile(
        rf"(?:(?P<mon>{p['MON']})[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<year>(?:19|20)\d\d)"
        rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<mon2>{p['MON']}),?[ \t]+(?P<year2>(?:19|20)\d\d)"
        r"|(?<![\d-])(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d-]))",
        re.IGNORECASE,
    )


def context_year(text: str) -> int | None:
    """The year the text speaks of most (ties: the latest), from explicit four-digit years."""
    years = [int(y) for y in re.findall(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d%])", text)]
    if not years:
        return None
    counts = Counter(years)
    best = max(counts.values())
    return max(y for y, n in counts.items() if n == best)


def _full_date(t: re.Match) -> date | None:
    try:
        if t.group("iso"):
            y, mo, d = map(int, t.group("iso").split("-"))
            return date(y, mo, d)
        if t.group("mon"):
            return date(int(t.group("year")), _month(t.group("mon")), int(t.group("day")))
        return date(int(t.group("year2")), _month(t.group("mon2")), int(t.group("day2")))
    except (ValueError, KeyError):
        return None


def text_date(text: str) -> tuple[date | None, tuple[int, int] | None]:
    """The first full calendar date (day, month and year) anywhere in the text, with its span; (None, None) if
    none. The anchor of last resort for relative dates when neither a publication date nor a dateline gives one:
    a news text's first full date is most often the day of its story."""
    for t in _top_date_rx().finditer(text):
        found = _full_date(t)
        if found is not None:
            return found, t.span()
    return None, None


# A headline line above the dateline is at most this long ("Peru police fire tear gas at protesters\n\nLIMA, Nov 24
# (Reuters) - ..."): the dateline opens the body's first paragraph.
_HEADLINE_MAX_CHARS = 200


def _dateline_match(text: str) -> tuple[re.Match, int] | None:
    """The dateline match and the offset of the text it was matched in: at the very top, or at the top of the
    paragraph after a headline line."""
    m = _dateline_rx().match(text)
    if m:
        return m, 0
    brk = text.find("\n\n", 0, _HEADLINE_MAX_CHARS + 2)
    if brk <= 0 or not text[:brk].strip():
        return None
    offset = brk + 2
    m = _dateline_rx().match(text[offset:offset + _TOP_CHARS])
    return (m, offset) if m else None


def dateline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the month and day of a dateline ("LISBON, Jan 31 (Reuters) -"), None without one."""
    found = _dateline_match(text)
    if found is None:
        return None
    m, offset = found
    return offset + m.start("mon"), offset + m.end("day")


def dateline_parts(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) as the dateline writes them, None without a dateline."""
    found = _dateline_match(text)
    if found is None:
        return None
    m = found[0]
    try:
        month = _month(m.group("mon"))
    except KeyError:
        return None
    return month, int(m.group("day")), int(m.group("year")) if m.group("year") else None


def dateline_date(text: str) -> tuple[date | None, tuple[int, int] | None]:
    """(date, (start, end) of the date words) from a dateline or a full date near the top; (None, None) if none.

    A dateline without a year takes the year the text mentions most; without any year there is no date.
    """
    found_line = _dateline_match(text)
    if found_line is not None:
        m, offset = found_line
        try:
            month, day = _month(m.group("mon")), int(m.group("day"))
        except KeyError:
            month = day = 0
        year = int(m.group("year")) if m.group("year") else context_year(text)
        if year and month:
            try:
                return date(year, month, day), (offset + m.start("mon"),
                                                offset + (m.end("year") if m.group("year") else m.end("day")))
            except ValueError:
                pass
    head = text[:_TOP_CHARS]
    first_break = head.find("\n\n")
    if first_break > 0:
        head = head[:first_break]
    t = _top_date_rx().search(head)
    found = _full_date(t) if t else None
    return (found, t.span()) if found is not None else (None, None)
