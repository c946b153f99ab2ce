"""times.v1: detection extents, normalisation (calendar arithmetic, tense directions, year boundaries, leap days,
no reference date), datelines and date_for. Inputs are hand-built; spaCy loads once per session."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.document import Analysis, Article
from eventwire.stages.times import date_for, tag
from eventwire.stages.times import normalise as N
from eventwire.stages.times.dateline import context_year, dateline_date


def values(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, published)]


def one(text: str, published: str | None) -> tuple[str, str | None]:
    found = values(text, published)
    assert len(found) == 1, found
    return found[0]


# --- calendar arithmetic (normalise.py) ---------------------------------------------------------------------

WED = date(2019, 6, 12)  # a Wednesday in ISO week 24


@pytest.mark.parametrize(
    ("weekday", "direction", "relation", "expected"),
    [
        (4, "past", None, date(2019, 6, 7)),      # Friday, looking back
        (4, "future", None, date(2019, 6, 14)),   # Friday, looking forward
        (2, "past", None, date(2019, 6, 12)),     # the reference's own weekday is today
        (2, "future", None, date(2019, 6, 12)),
        (0, None, None, date(2019, 6, 10)),       # no cue: most recent
        (2, None, "last", date(2019, 6, 5)),      # "last Wednesday" is never today
        (2, None, "next", date(2019, 6, 19)),
        (4, None, "this", date(2019, 6, 14)),     # "this Friday": the reference's ISO week
        (0, None, "this", date(2019, 6, 10)),
    ],
)
def test_resolve_weekday(weekday, direction, relation, expected):
    assert N.resolve_weekday(WED, weekday, direction, relation=relation) == expected


@pytest.mark.parametrize(
    ("month", "direction", "relation", "expected"),
    [
        (11, None, "last", (2018, 11)),   # "last November" in June 2019
        (4, None, "last", (2019, 4)),
        (5, None, "last", (2018, 5)),     # the month just ended: last year's
        (1, None, "next", (2020, 1)),
        (7, None, "next", (2019, 7)),
        (11, "past", None, (2018, 11)),
        (11, "future", None, (2019, 11)),
        (3, "future", None, (2020, 3)),
        (3, "past", None, (2019, 3)),
        (6, "past", None, (2019, 6)),     # the current month counts both ways
        (6, "future", None, (2019, 6)),
        (11, None, None, (2019, 11)),     # no cue: the reference's year
        (2, None, "this", (2019, 2)),
    ],
)
def test_resolve_month(month, direction, relation, expected):
    assert N.resolve_month(WED, month, direction, relation=relation) == expected


@pytest.mark.parametrize(
    ("ref", "month", "day", "direction", "expected"),
    [
        (date(2019, 1, 2), 12, 28, None, date(2018, 12, 28)),     # across the year boundary, backwards
        (date(2018, 12, 30), 1, 3, None, date(2019, 1, 3)),       # and forwards
        (date(2019, 1, 2), 12, 28, "future", date(2018, 12, 28)), # near dates win over the tense
        (date(2016, 3, 1), 2, 29, None, date(2016, 2, 29)),       # leap day
        (date(2017, 3, 1), 2, 29, None, date(2016, 2, 29)),       # only a leap year has it
        (WED, 11, 1, "past", date(2018, 11, 1)),                  # far dates follow the tense
        (WED, 11, 1, "future", date(2019, 11, 1)),
        (WED, 11, 1, None, date(2019, 11, 1)),                    # else the nearest
        (WED, 8, 6, "past", date(2019, 8, 6)),                    # 55 days ahead: a deadline, not last year
    ],
)
def test_resolve_month_day(ref, month, day, direction, expected):
    assert N.resolve_month_day(ref, month, day, direction) == expected


def test_month_day_that_never_exists():
    assert N.resolve_month_day(WED, 2, 30, None) is None


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2018, 12, 31), "2019-W01"),  # ISO week years differ from calendar years
        (date(2021, 1, 1), "2020-W53"),
        (date(2019, 6, 12), "2019-W24"),
        (date(2016, 2, 29), "2016-W09"),
    ],
)
def test_week_value(d, expected):
    assert N.week_value(d) == expected


@pytest.mark.parametrize(
    ("ref", "unit", "offset", "expected"),
    [
        (date(2019, 1, 2), "week", -1, "2018-W52"),
        (date(2019, 1, 2), "month", -1, "2018-12"),
        (date(2019, 1, 2), "year", -1, "2018"),
        (date(2019, 1, 2), "quarter", -1, "2018-Q4"),
        (date(2019, 1, 2), "day", -1, "2019-01-01"),
        (date(2018, 12, 30), "week", 1, "2019-W01"),
        (date(2018, 12, 30), "month", 1, "2019-01"),
        (date(2019, 6, 12), "decade", 0, "201"),
        (date(2019, 6, 12), "century", 0, "20"),
        (date(2019, 6, 12), "half", 0, "2019-H1"),
        (date(2019, 6, 12), "half", -1, "2018-H2"),
        (date(2016, 3, 1), "day", -1, "2016-02-29"),
    ],
)
def test_relative_value(ref, unit, offset, expected):
    assert N.relative_value(ref, unit, offset) == expected


@pytest.mark.parametrize(
    ("n", "unit", "expected"),
    [
        (2, "month", "2019-04"),
        (10, "year", "2009"),
        (3, "day", "2019-06-09"),
        (2, "week", "2019-W22"),
        (4, "decade", "197"),
        (2, "century", "18"),
        (1, "quarter", "2019-Q1"),
        (7, "month", "2018-11"),   # across the year boundary
    ],
)
def test_ago_value(n, unit, expected):
    assert N.ago_value(WED, n, unit, -1) == expected


def test_ago_value_forward():
    assert N.ago_value(WED, 7, "month", +1) == "2020-01"


@pytest.mark.parametrize(
    ("n", "unit", "expected"),
    [
        (2, "year", "P2Y"),
        (10, "month", "P10M"),
        (None, "year", "PXY"),
        (5, "hour", "PT5H"),
        (30, "minute", "PT30M"),
        (2.5, "year", "P2Y6M"),
        (0.5, "hour", "PT30M"),
        (1.5, "hour", "PT1H30M"),
        (1.5, "day", "P1DT12H"),
        (2, "decade", "P20Y"),
        (3, "quarter", "P9M"),
        (1, "week", "P1W"),
        (None, "decade", "PXDE"),
        (None, "week", "PXW"),
    ],
)
def test_duration_value(n, unit, expected):
    assert N.duration_value(n, unit) == expected


@pytest.mark.parametrize(
    ("ref", "season", "direction", "relation", "expected"),
    [
        (WED, "FA", None, "last", "2018-FA"),
        (WED, "SP", None, "last", "2019-SP"),    # said in June, last spring is this year's
        (WED, "SU", None, "last", "2018-SU"),    # in summer, last summer is last year's
        (WED, "SU", None, "this", "2019-SU"),
        (WED, "WI", None, "next", "2019-WI"),
        (date(2019, 1, 15), "WI", None, "this", "2018-WI"),  # winter belongs to the year it starts in
        (WED, "FA", "past", None, "2018-FA"),
        (WED, "FA", "future", None, "2019-FA"),
    ],
)
def test_resolve_season(ref, season, direction, relation, expected):
    assert N.resolve_season(ref, season, direction, relation=relation) == expected


@pytest.mark.parametrize(
    ("quarter", "direction", "expected"),
    [(4, "past", "2018-Q4"), (4, None, "2019-Q4"), (1, "future", "2020-Q1"), (2, "past", "2019-Q2")],
)
def test_resolve_quarter(quarter, direction, expected):
    assert N.resolve_quarter(WED, quarter, direction) == expected


@pytest.mark.parametrize(
    ("ref", "quarter", "expected"),
    [
        (date(1989, 10, 27), 3, "1989-Q3"),   # "will report third-quarter results" in October: the quarter just ended
        (date(2019, 1, 20), 4, "2018-Q4"),    # ... across the year boundary
        (date(2019, 11, 30), 3, "2019-Q3"),   # second month of the quarter: still the reporting season
        (date(2019, 12, 10), 3, "2020-Q3"),   # third month: a future third quarter is next year's
        (date(1989, 10, 27), 2, "1990-Q2"),   # not the quarter just ended
    ],
)
def test_resolve_quarter_just_ended_in_a_future_clause(ref, quarter, expected):
    assert N.resolve_quarter(ref, quarter, "future") == expected


def test_shift_date_clamps_leap_day():
    assert N.shift_date(date(2016, 2, 29), years=1) == date(2017, 2, 28)
    assert N.shift_date(date(2016, 2, 29), years=4) == date(2020, 2, 29)
    assert N.shift_date(date(2019, 1, 31), months=1) == date(2019, 2, 28)


def test_movable_holidays():
    assert N.movable_holiday("thanksgiving", 2013) == date(2013, 11, 28)
    assert N.movable_holiday("election day", 2016) == date(2016, 11, 8)
    assert N.easter(2019) == date(2019, 4, 21)


def test_parse_reference():
    assert N.parse_reference("1998-12-05T09:42") == date(1998, 12, 5)
    assert N.parse_reference("2016-02-29") == date(2016, 2, 29)
    assert N.parse_reference(None) is None
    assert N.parse_reference("yesterday") is None
    assert N.parse_reference("2015-02-29") is None


# --- tagging: one expression, its extent and value (no parse: no tense cue) --------------------------------

REF = "2019-06-12"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # years, decades, centuries
        ("The talks were held in 1995.", REF, ("1995", "1995")),
        ("Prices rose in the 1990s.", REF, ("the 1990s", "199")),
        ("a hit in the early 1980s.", REF, ("the early 1980s", "198")),
        ("music of the '80s", REF, ("the '80s", "198")),
        ("wars of the 20th century", REF, ("the 20th century", "19")),
        ("art of the nineteenth century", REF, ("the nineteenth century", "18")),
        ("in early 1990 the plan", REF, ("early 1990", "1990")),
        ("in fiscal 1988 the company", REF, ("fiscal 1988", "1988")),
        # explicit dates
        ("It happened on June 3, 2019.", REF, ("June 3, 2019", "2019-06-03")),
        ("It happened on 3 June 2019.", REF, ("3 June 2019", "2019-06-03")),
        ("It happened on Dec. 21, 1988, at night.", REF, ("Dec. 21, 1988", "1988-12-21")),
        ("in June 2018 we", REF, ("June 2018", "2018-06")),
        ("filed on 2019-06-03.", REF, ("2019-06-03", "2019-06-03")),
        ("on 6/3/2019 it", REF, ("6/3/2019", "2019-06-03")),
        ("the summer of 1998 was hot", REF, ("the summer of 1998", "1998-SU")),
        ("Christmas 2020 will", REF, ("Christmas 2020", "2020-12-25")),
        ("Thanksgiving 2013 was", REF, ("Thanksgiving 2013", "2013-11-28")),
        # relative to the reference
        ("last November the army", REF, ("last November", "2018-11")),
        ("next January the army", REF, ("next January", "2020-01")),
        ("It rained last week.", REF, ("last week", "2019-W23")),
        ("It rains this week.", REF, ("this week", "2019-W24")),
        ("It will rain next week.", REF, ("next week", "2019-W25")),
        ("prices last month", REF, ("last month", "2019-05")),
        ("prices this month", REF, ("this month", "2019-06")),
        ("prices next month", REF, ("next month", "2019-07")),
        ("sales last year", REF, ("last year", "2018")),
        ("sales this year", REF, ("this year", "2019")),
        ("sales next year", REF, ("next year", "2020")),
        ("It began two years ago.", REF, ("two years ago", "2017")),
        ("It began three months ago.", REF, ("three months ago", "2019-03")),
        ("It began five days ago.", REF, ("five days ago", "2019-06-07")),
        ("It began a decade ago.", REF, ("a decade ago", "200")),
        ("It began about two weeks ago.", REF, ("about two weeks ago", "2019-W22")),
        ("We met today.", REF, ("today", "2019-06-12")),
        ("We met yesterday.", REF, ("yesterday", "2019-06-11")),
        ("We meet tomorrow.", REF, ("tomorrow", "2019-06-13")),
        ("We meet tonight.", REF, ("tonight", "2019-06-12TNI")),
        ("We met this morning.", REF, ("this morning", "2019-06-12TMO")),
        ("We met last night.", REF, ("last night", "2019-06-11TNI")),
        ("We met yesterday afternoon.", REF, ("yesterday afternoon", "2019-06-11TAF")),
        ("It opened earlier this month.", REF, ("earlier this month", "2019-06")),
        ("It opened earlier this year.", REF, ("earlier this year", "2019")),
        ("It closed late last year.", REF, ("late last year", "2018")),
        ("It opens early next year.", REF, ("early next year", "2020")),
        ("It was built late November.", REF, ("late November", "2019-11")),
        ("in the first quarter profit", REF, ("the first quarter", "2019-Q1")),
        ("in the third quarter of 2018 profit", REF, ("the third quarter of 2018", "2018-Q3")),
        ("a third-quarter loss", REF, ("third-quarter", "2019-Q3")),
        ("We met last spring.", REF, ("last spring", "2019-SP")),
        ("We met last summer.", REF, ("last summer", "2018-SU")),
        ("We meet next winter.", REF, ("next winter", "2019-WI")),
        ("We met last Wednesday.", REF, ("last Wednesday", "2019-06-05")),
        ("We meet next Wednesday.", REF, ("next Wednesday", "2019-06-19")),
        ("He met her on Monday.", REF, ("Monday", "2019-06-10")),
        ("He met her on Friday morning.", REF, ("Friday morning", "2019-06-07TMO")),
        # durations
        ("the eight-year war", REF, ("eight-year", "P8Y")),
        ("a months-long blockade", REF, ("months-long", "PXM")),
        ("It lasted two years.", REF, ("two years", "P2Y")),
        ("after a 16-hour flight", REF, ("16-hour", "PT16H")),
        ("for several weeks.", REF, ("several weeks", "PXW")),
        ("spent about three hours there", REF, ("about three hours", "PT3H")),
        ("For the past two months, he", REF, ("the past two months", "P2M")),
        ("It took a decade.", REF, ("a decade", "P10Y")),
        ("It took 2 1/2 years.", REF, ("2 1/2 years", "P2Y6M")),
        ("It took half an hour.", REF, ("half an hour", "PT30M")),
        ("It took more than four hours.", REF, ("more than four hours", "PT4H")),
        ("Three days later, he left.", REF, ("Three days", "P3D")),
        ("for twenty years, the", REF, ("twenty years", "P20Y")),
        ("up to 180 days in jail", REF, ("up to 180 days", "P180D")),
        # sets
        ("They meet every Friday.", REF, ("every Friday", "XXXX-WXX-5")),
        ("They meet each year.", REF, ("each year", "P1Y")),
        ("They meet twice a week.", REF, ("twice a week", "P1W")),
        ("They meet every two years.", REF, ("every two years", "P2Y")),
        ("They meet on Tuesdays.", REF, ("Tuesdays", "XXXX-WXX-2")),
        ("They meet annually.", REF, ("annually", "P1Y")),
        # references
        ("He is now in Paris.", REF, ("now", "PRESENT_REF")),
        ("He currently lives in Paris.", REF, ("currently", "PRESENT_REF")),
        ("He recently moved.", REF, ("recently", "PAST_REF")),
        ("He will move soon.", REF, ("soon", "FUTURE_REF")),
        ("plans for the future of", REF, ("the future", "FUTURE_REF")),
        ("as in the past.", REF, ("the past", "PAST_REF")),
        # times
        ("The vote closes at 5 p.m.", REF, ("5 p.m.", "2019-06-12T17:00")),
        ("at 9:30 a.m. the", REF, ("9:30 a.m.", "2019-06-12T09:30")),
        ("at noon the", REF, ("noon", "2019-06-12T12:00")),
        ("until 11 a.m. EST Tuesday.", REF, ("11 a.m. EST Tuesday", "2019-06-18T11:00")),
        ("until 5 p.m. Nov. 9, 2019.", REF, ("5 p.m. Nov. 9, 2019", "2019-11-09T17:00")),
    ],
)
def test_tag_one(text, published, expected):
    assert one(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # year boundaries
        ("It rained last week.", "2019-01-02", ("last week", "2018-W52")),
        ("prices last month", "2019-01-02", ("last month", "2018-12")),
        ("sales last year", "2019-01-02", ("last year", "2018")),
        ("It happened Dec. 28 in", "2019-01-02", ("Dec. 28", "2018-12-28")),
        ("He met her on Monday.", "2019-01-02", ("Monday", "2018-12-31")),
        ("profit in the last quarter", "2019-01-02", ("the last quarter", "2018-Q4")),
        ("It will rain next week.", "2018-12-30", ("next week", "2019-W01")),
        ("We meet tomorrow.", "2018-12-30", ("tomorrow", "2018-12-31")),
        ("It happens Jan. 3 in", "2018-12-30", ("Jan. 3", "2019-01-03")),
        ("sales next year", "2018-12-30", ("next year", "2019")),
        ("Over the weekend, they", "2018-12-30", ("the weekend", "2018-W52-WE")),
        ("Over the weekend, they", "2019-06-12", ("the weekend", "2019-W23-WE")),
        ("on New Year's Eve it", "2019-01-02", ("New Year's Eve", "2018-12-31")),
        # leap days
        ("We met yesterday.", "2016-02-29", ("yesterday", "2016-02-28")),
        ("We meet tomorrow.", "2016-02-29", ("tomorrow", "2016-03-01")),
        ("We met yesterday.", "2016-03-01", ("yesterday", "2016-02-29")),
        ("It began a year ago.", "2016-02-29", ("a year ago", "2015")),
        ("It happened Feb. 29 in", "2016-03-10", ("Feb. 29", "2016-02-29")),
        ("It happened on Feb. 29, 2016.", None, ("Feb. 29, 2016", "2016-02-29")),
        ("It began a week ago.", "2016-02-29", ("a week ago", "2016-W08")),
        ("prices last month", "2016-02-29", ("last month", "2016-01")),
        # the weekday names the year of a month-day
        ("on Thursday, April 6, it", "2000-04-06", ("Thursday, April 6", "2000-04-06")),
        # a reference date with a time of day
        ("We met today.", "1998-12-05T09:42", ("today", "1998-12-05")),
    ],
)
def test_tag_boundaries(text, published, expected):
    assert one(text, published) == expected


def test_invalid_calendar_date_has_no_value():
    assert one("It happened on Feb. 29, 2015.", REF) == ("Feb. 29, 2015", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sales last year", ("last year", None)),
        ("He met her on Friday.", ("Friday", None)),
        ("It happened June 3 in", ("June 3", None)),
        ("We met today.", ("today", None)),
        ("It began two years ago.", ("two years ago", None)),
        ("The vote closes at 5 p.m.", ("5 p.m.", None)),
        ("last November the army", ("last November", None)),
        # absolute expressions keep their value without a reference
        ("It happened on June 3, 2019.", ("June 3, 2019", "2019-06-03")),
        ("The talks were held in 1995.", ("1995", "1995")),
        ("It lasted two years.", ("two years", "P2Y")),
        ("He is now in Paris.", ("now", "PRESENT_REF")),
        ("Prices rose in the 1990s.", ("the 1990s", "199")),
        ("They meet every Friday.", ("every Friday", "XXXX-WXX-5")),
    ],
)
def test_no_reference_date(text, expected):
    assert one(text, None) == expected


def test_year_range_gives_two_years():
    assert values("the 1998-2000 drought", REF) == [("1998", "1998"), ("2000", "2000")]


# --- extents ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Police said on Friday.", ["Friday"]),
        ("Friday's meeting was long.", ["Friday"]),
        ("It began about two years ago.", ["about two years ago"]),
        ("They came early this week.", ["early this week"]),
        ("a 13-year-old boy", []),
        ("He is 52 years old.", []),
        ("1,500 troops arrived", []),
        ("May I come in?", []),
        ("He may come in March.", ["March"]),
        ("The march on Washington", []),
        ("It opened in May.", ["May"]),
        ("the average daily volume", ["daily"]),  # without a parse the adjective is kept; see the parse test
        ("Japan imports roughly three-quarters of its oil.", []),
        ("It will fall soon.", ["soon"]),
        ("as soon as possible", []),
        ("The film High Noon won.", []),
        ("Sales of $2 a year.", []),
        ("In the fall of 2012 it rained.", ["the fall of 2012"]),
        ("Prices fall every day.", ["every day"]),
        ("Mar-a-Lago is a club.", []),
    ],
)
def test_extents(text, spans):
    found = tag(text, REF)
    assert [t.text for t in found] == spans
    assert all(text[t.start:t.end] == t.text for t in found)


def test_sorted_and_exact_offsets():
    text = "On June 3, 2019, troops left. Two days later, on Friday, the eight-year war ended; now it is over."
    found = tag(text, REF)
    assert [t.start for t in found] == sorted(t.start for t in found)
    for t in found:
        assert text[t.start:t.end] == t.text
    assert [t.type for t in found] == ["DATE", "DURATION", "DATE", "DURATION", "DATE"]


# --- with the parse: tense directions and hints ------------------------------------------------------------


def analyse(pipeline, text: str, published: str | None = REF) -> Analysis:
    return pipeline.analyse(Article(text=text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister resigned on Friday.", ("Friday", "2019-06-07")),
        ("The minister will resign on Friday.", ("Friday", "2019-06-14")),
        ("Police said Monday that two men were held.", ("Monday", "2019-06-10")),
        ("The talks are scheduled to resume on Monday.", ("Monday", "2019-06-17")),
        ("The delegation planned to leave Lima on Thursday.", ("Thursday", "2019-06-13")),
        ("The election took place in November.", ("November", "2018-11")),
        ("The election will take place in November.", ("November", "2019-11")),
        ("The summit will be held in March.", ("March", "2020-03")),
        ("The company was founded in March.", ("March", "2019-03")),
        ("They criticised Wednesday's ruling.", ("Wednesday", "2019-06-12")),
        ("The deadline was extended until Tuesday.", ("Tuesday", "2019-06-18")),
        ("The rebels were defeated last fall.", ("last fall", "2018-FA")),
        ("Profit fell in the fourth quarter.", ("the fourth quarter", "2018-Q4")),
        ("It is the first rise since December.", ("December", "2018-12")),
        ("The new fiscal year begins Dec. 1.", ("Dec. 1", "2019-12-01")),
        ("The new fiscal year began Dec. 1.", ("Dec. 1", "2018-12-01")),
    ],
)
def test_tense_direction(times_pipeline, text, expected):
    a = analyse(times_pipeline, text)
    assert [(t.text, t.value) for t in a.times] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state stretched up to a weekday by a participle with no finite verb of its own looks ahead...
        ("Heavy snow falls across the region, lasting through to Sunday morning.",
         ("Sunday morning", "2019-06-16TMO")),
        ("Strong winds are forecast for the coast, lasting into Monday.", ("Monday", "2019-06-17")),
        # ...but not in a past clause.
        ("The talks ran through Sunday.", ("Sunday", "2019-06-09")),
    ],
)
def test_weekday_reached_through_a_stretch_looks_ahead_unless_past(times_pipeline, text, expected):
    a = analyse(times_pipeline, text)
    assert [(t.text, t.value) for t in a.times] == [expected]


def test_parse_hints_drop_adjectival_frequency_and_counts(times_pipeline):
    a = analyse(times_pipeline, "The average daily volume rose. In 2018, 1500 troops arrived.")
    assert [(t.text, t.value) for t in a.times] == [("2018", "2018")]


def test_quarter_focus_for_year_ago(times_pipeline):
    a = analyse(times_pipeline, "Third-quarter profit rose 5% from $10 million a year ago.", "1989-10-26")
    assert [(t.text, t.value) for t in a.times] == [("Third-quarter", "1989-Q3"), ("a year ago", "1988-Q3")]


# --- datelines ----------------------------------------------------------------------------------------------


def test_dateline_with_year_from_context():
    text = "KYIV, June 3 (Reuters) - Ukraine said on Monday it had signed the 2019 budget."
    d, span = dateline_date(text)
    assert d == date(2019, 6, 3)
    assert text[span[0]:span[1]] == "June 3"


def test_dateline_with_year():
    d, _ = dateline_date("WASHINGTON, March 12, 2013 (AP) — The Senate voted.")
    assert d == date(2013, 3, 12)


def test_xinhua_dateline():
    d, _ = dateline_date("CAIRO, October 4 (Xinhua) --\n\nEgypt recalled the 1992 earthquake on its anniversary.")
    assert d == date(1992, 10, 4)


def test_dateline_without_any_year_gives_nothing():
    assert dateline_date("KYIV, June 3 (Reuters) - Ukraine said on Monday it had signed.") == (None, None)


def test_no_dateline():
    assert dateline_date("LONDON (Reuters) - Britain said on Monday it would act.") == (None, None)


def test_full_date_at_the_top():
    d, _ = dateline_date("Published March 3, 2013\n\nThe Senate voted on Friday.")
    assert d == date(2013, 3, 3)


def test_context_year_prefers_the_most_mentioned_then_latest():
    assert context_year("In 2018 and 2019, then again in 2019 and 2018.") == 2019
    assert context_year("no years here") is None


def test_stage_takes_published_from_dateline(times_pipeline):
    text = "KYIV, June 3 (Reuters) - Ukraine's parliament approved the 2019 budget on Friday."
    a = analyse(times_pipeline, text, None)
    assert a.article.published == "2019-06-03"
    assert ("Friday", "2019-05-31") in [(t.text, t.value) for t in a.times]


def test_stage_keeps_given_published(times_pipeline):
    text = "KYIV, June 3 (Reuters) - Ukraine's parliament approved the 2019 budget on Friday."
    a = analyse(times_pipeline, text, "2019-06-05")
    assert a.article.published == "2019-06-05"
    assert ("Friday", "2019-05-31") in [(t.text, t.value) for t in a.times]


# --- date_for -----------------------------------------------------------------------------------------------


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return i, i + len(word)


def test_date_for_own_clause(times_pipeline):
    text = "On March 3, the army shelled the city, and rebels said on Friday they had retreated."
    a = analyse(times_pipeline, text)
    assert date_for(a, *_at(text, "shelled")) == "2019-03-03"
    assert date_for(a, *_at(text, "said")) == "2019-06-07"


def test_date_for_inherits_from_the_paragraph(times_pipeline):
    text = "Rebels attacked the town on Tuesday. The army retaliated with artillery.\n\nTroops arrived later."
    a = analyse(times_pipeline, text)
    assert date_for(a, *_at(text, "attacked")) == "2019-06-11"
    assert date_for(a, *_at(text, "retaliated")) == "2019-06-11"
    assert date_for(a, *_at(text, "arrived")) is None  # a new paragraph sets no date


def test_date_for_ignores_durations_and_references(times_pipeline):
    text = "The war lasted eight years and is now over."
    a = analyse(times_pipeline, text)
    assert date_for(a, *_at(text, "lasted")) is None


def test_date_for_skips_a_relative_clause_describing_a_participant(times_pipeline):
    # the time in "which seized the port in 2015" dates the seizure, not the sending the main clause reports
    text = "The militia, which seized the port in 2015, has sent fighters to the border."
    a = analyse(times_pipeline, text)
    assert date_for(a, *_at(text, "sent")) is None
    assert date_for(a, *_at(text, "seized")) == "2015"
    text = "The rebels, who seized the town in March, attacked a convoy on Friday."
    a = analyse(times_pipeline, text)
    assert date_for(a, *_at(text, "attacked")) == "2019-06-07"
    assert date_for(a, *_at(text, "seized")) == "2019-03"


def test_date_for_skips_a_past_participle_describing_a_thing(times_pipeline):
    text = "The army quit the treaty signed in 1987."
    a = analyse(times_pipeline, text)
    assert date_for(a, *_at(text, "quit")) is None
    assert date_for(a, *_at(text, "signed")) == "1987"


def test_date_for_never_defaults_to_publication(times_pipeline):
    text = "Troops withdrew from the town."
    a = analyse(times_pipeline, text)
    assert date_for(a, *_at(text, "withdrew")) is None


def test_date_for_without_the_stage():
    a = Analysis(article=Article(text="Troops withdrew on Friday.", published=REF))
    assert date_for(a, 7, 15) is None


# --- the anchor of relative dates when the article has no publication date ----------------------------------

@pytest.fixture(scope="module")
def times_run(pipeline_factory):
    pipeline = pipeline_factory("times")
    return lambda text, published=None: pipeline.analyse(Article(text=text, published=published))


def test_relative_date_anchors_on_a_full_date_in_the_text_without_published_or_dateline(times_run):
    text = ("Judges heard the appeal in a packed room.\n\n"
            "The court ruled on Thursday, March 5, 2015, after a long hearing. "
            "On Tuesday the governor had appealed the earlier ruling.")
    analysis = times_run(text)
    tuesday = next(t for t in analysis.times if t.text == "Tuesday")
    assert tuesday.value == "2015-03-03"
    anchor = analysis.shared["time_anchor"]
    assert anchor["source"] == "text_date" and anchor["value"] == "2015-03-05"
    assert text[anchor["start"]:anchor["end"]] == "March 5, 2015"
    assert analysis.article.published is None  # a date in the text is an anchor, not the publication date


def test_anchor_records_the_dateline_and_the_publication_date(times_run):
    analysis = times_run("KYIV, June 3, 2021 (Reuters) - Officials said on Tuesday that talks would resume.")
    assert analysis.shared["time_anchor"]["source"] == "dateline"
    assert analysis.shared["time_anchor"]["value"] == "2021-06-03"
    assert next(t for t in analysis.times if t.text == "Tuesday").value == "2021-06-01"
    analysis = times_run("Officials said on Tuesday that talks would resume.", "2021-06-03")
    assert analysis.shared["time_anchor"] == {"value": "2021-06-03", "source": "published"}


def test_no_anchor_leaves_relative_dates_unresolved(times_run):
    analysis = times_run("Officials said on Tuesday that talks would resume.")
    assert analysis.shared["time_anchor"] is None
    assert next(t for t in analysis.times if t.text == "Tuesday").value is None
