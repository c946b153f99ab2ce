"""Datelines ("KYIV, March 3 (Reuters) -"): the patterns every stage shares, in one place.

A dateline names where the report was filed, not a party to what it reports, so the actors, quotes and events
stages keep its words out of mentions, quotes and arguments, and the places stage reads it as the fallback
location of events. The times stage parses the date in it with its own lexicon-driven pattern
(stages/times/dateline.py).
"""

from __future__ import annotations

import re
from pathlib import Path

# The first word of an upper-case place: three letters or more, or two opening a longer name ("LA PAZ, Bolivia",
# "EL FASHER, Sudan"); a two-letter word alone ("AP", "UN") is no place.
_PLACE_CAPS = r"(?:[A-Z][A-Z'’.\-]{2,}|[A-Z][A-Z](?=[ ][A-Z][A-Z'’.\-]{2,}))"
# More upper-case places after a slash: a story filed from two cities at once ("GAZA/JERUSALEM, ...",
# "BEIJING/MANILA (Reuters) -"); the first is where it is filed from.
_MORE_PLACES = r"(?:/" + _PLACE_CAPS + r"(?:[ ][A-Z][A-Z'’.\-]+){0,3})*"


def _month_pattern() -> str:
    """The month names and abbreviations of the times lexicon (times_lexicon.yaml `months`), capitalised, as one
    alternation ("January|Jan|...")."""
    from eventwire.knowledge import load_yaml

    raw = load_yaml((Path(__file__).parent / "knowledge" / "data" / "times_lexicon.yaml").read_text(encoding="utf-8"))
    names = sorted(raw["months"], key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n.capitalize()) for n in names) + r")\.?"


_MONTH = _month_pattern()
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?[ ]\d{4})?"
# A dateline's date: month and day either way round, with an optional year ("March 3", "Nov. 3, 2024", "25 November").
# After a place in capitals any capitalised word before the day counts as the month (as before); a day first, or a
# date after a place in mixed case, needs a month's name ("CEN 7 High -" is no dateline).
_DATE = r"(?:[A-Z][a-z]{2,8}\.?[ ]" + _ORDINAL + r"|" + _ORDINAL + r"[ ]" + _MONTH + r")" + _YEAR
_NAMED_DATE = r"(?:" + _MONTH + r"[ ]" + _ORDINAL + r"|" + _ORDINAL + r"[ ]" + _MONTH + r")" + _YEAR

# A dateline at the start of the text or of a paragraph: an upper-case place, an optional region or country, an
# optional date and agency, then a dash ("MARIB, Yemen - ...", "BEIRUT (Reuters) - ...", "KYIV, March 3 -- ..."). After
# an agency the dash may be the wire's underscore ("NAIROBI, Kenya (AP) _ ...") or a dash lost to a bad encoding
# (U+FFFD, "BEIRUT (AP) \ufffd ..."). A place in mixed case counts only with the agency ("Hanoi (VNA) - ...").
DATELINE = re.compile(
    r"^[ \t]*" + _PLACE_CAPS + r"(?:[ ][A-Z][A-Z'’.\-]+){0,3}" + _MORE_PLACES +
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3}){0,2}"
    r"(?:[ \t]*,?[ \t]*" + _DATE + r")?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"[ \t]*(?:-{1,2}|[–—]|(?<=\))[ \t]*[_\ufffd])[ \t]+"
    # or a place written in mixed case, then the agency in brackets and a dash ("Hanoi (VNA) - ...")
    r"|^[ \t]*[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3}){0,2}"
    r"[ \t]*\([^()\n]{1,40}\)[ \t]*(?:-{1,2}|[–—_\ufffd])[ \t]+"
    # or a place in mixed case with a date and no agency ("Kyiv, 25 November — ...", "Khartoum, Sudan, Nov. 3 - ..."):
    # the date after the comma marks a dateline as surely as an agency does
    r"|^[ \t]*[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3}){0,2}"
    r"[ \t]*,[ \t]*" + _NAMED_DATE + r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:-{1,2}|[–—])[ \t]+", re.M)

# A dateline reduced to an upper-case place, at the start of a paragraph or after a sentence's end, followed by
# a dash or directly by the capitalised first word of the report ("DETROIT The ...", "... . DANIELSVILLE - ...").
# Group "place" is the name; without group "dash", callers check that it names a known town before trusting it.
BARE_DATELINE = re.compile(
    r"(?:^|(?<=[.!?][ ]))[ \t]*(?P<place>[A-Z]{3,}(?:[ ][A-Z]{2,}){0,2})"
    r"(?:[ \t]*(?P<dash>-{1,2}|[–—])[ \t]+|[ ](?=[A-Z][a-z]))", re.M)

# An upper-case place and the agency in brackets with no dash before the report ("LAGOS (AP) The ..."): the
# brackets after a capitals-only place mark it as a dateline as surely as a dash does.
AGENCY_DATELINE = re.compile(
    r"^[ \t]*" + _PLACE_CAPS + r"(?:[ ][A-Z][A-Z'’.\-]+){0,3}" + _MORE_PLACES +
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3}){0,2}"
    r"[ \t]*\([^()\n]{1,40}\)[ \t]+(?=[A-Z\"“'‘])", re.M)

# The places stage's reading: a dateline opening the text, whose place (group 1) may be mixed case
# ("Kyiv, Ukraine (Reuters) -"), with or without a date ("Kyiv, 25 November -"); it stands for the article's
# filing place.
LEAD_DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}?)?)" + _MORE_PLACES +
    r"(?:\s*,?\s*" + _NAMED_DATE + r")?"
    r"\s*(?:\([^)]{1,40}\))?\s*"
    r"(?:—|–|-{1,2}|:)\s")
