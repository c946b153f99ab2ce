"""times stage, second leftover round (invented mini-articles, published on Friday 2026-11-27 unless a case says
otherwise): a year after a hyphenated "mid-" ("since mid-2021"); the half of a relative year ("the first half of
next year" is 2027-H1); a yearless month-day of an act told in the future lies ahead of the report, and one told
bare beside a past verb ("the strike began January 9.") behind it, however near the other one is."""

from __future__ import annotations

import pytest

from .. import stage_helpers

PUBLISHED = "2026-11-27"


def time_values(pipeline, text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, published)


@pytest.mark.parametrize("text,expr,value", [
    ("Since mid-2021, the Harrow tannery has cut 400 jobs.", "mid-2021", "2021"),
    ("The Osk ferry line opened in mid-2019 and shut a year later.", "mid-2019", "2019"),
])
def test_a_year_after_a_hyphenated_mid(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    ("The Pelling viaduct is expected to open in the first half of next year.", "the first half of next year",
     "2027-H1"),
    ("The glassworks at Rume closed in the second half of last year.", "the second half of last year", "2025-H2"),
    ("The jury in Tolna sat for most of the first half of the year.", "the first half of the year", "2026-H1"),
    # guard: the end of a year is still the year
    ("The lease on the Ambry depot runs out at the end of next year.", "the end of next year", "2027"),
])
def test_the_half_of_a_relative_year(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,expr,value,published", [
    # an act still to come is on the coming day, though the last one is nearer
    ("The health minister will visit Corvenna on October 3, aides said.", "October 3", "2027-10-03", PUBLISHED),
    ("The Lisk rebels will free the 12 hostages on 20 December, the Red Cross said.", "20 December", "2026-12-20",
     "2026-02-10"),
    # a past act told with its day bare before the clause ends is behind the report
    ("The dockers' strike began January 9, the union said.", "January 9", "2026-01-09", PUBLISHED),
    # guards: a day within a month either way keeps the nearest reading; a deadline keeps it too
    ("The envoy will visit Corvenna on December 3, aides said.", "December 3", "2026-12-03", PUBLISHED),
    ("The tender offer for Brannock Mills runs to January 4.", "January 4", "2027-01-04", PUBLISHED),
    ("The board fixed January 2 as the last day of trading.", "January 2", "2027-01-02", PUBLISHED),
])
def test_a_month_day_of_an_act_lies_on_the_side_its_tense_says(times_pipeline, text, expr, value, published):
    assert time_values(times_pipeline, text, published)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    # a day named by its ordinal alone is in the month the tense points to
    ("The Tarrow referendum was held on the 3rd, officials said.", "the 3rd", "2026-11-03"),
    ("The dockers of Wexmouth will strike on the 15th, their leader said.", "the 15th", "2026-12-15"),
    ("The truce in the Olm valley has held since the 4th.", "the 4th", "2026-11-04"),
    ("The tribunal adjourned the Berin case until the 21st.", "the 21st", "2026-12-21"),
    ("Officials in Skarn will announce the results by the 30th.", "the 30th", "2026-11-30"),
    ("Ferry fares will rise on the 15th of next month.", "the 15th of next month", "2026-12-15"),
])
def test_a_day_named_by_its_ordinal_alone(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text", [
    # guards: an ordinal before a noun, or not after a preposition of time, is no day
    "The rebels of Ostra marked the 15th anniversary of the uprising.",
    "The 3rd Battalion moved north.",
    "The Dunmore club finished the season in the 5th place.",
])
def test_an_ordinal_of_a_noun_is_no_day(times_pipeline, text):
    assert not [v for v in time_values(times_pipeline, text).values() if v and v.startswith("2026")]


@pytest.mark.parametrize("text,expr,value", [
    # a day right after a reporting verb, before the reported clause's subject, is the day of the report
    ("The Marrow dockers said on Monday they would strike.", "Monday", "2026-11-23"),
    ("The mayor of Quell told reporters on Tuesday the ferry would run again.", "Tuesday", "2026-11-24"),
    # guards: a day inside the reported clause is the reported act's
    ("The Marrow dockers said they would strike on Monday.", "Monday", "2026-11-30"),
    ("The Marrow dockers said on Monday they would strike on Friday.", "Friday", "2026-11-27"),
])
def test_a_day_before_the_reported_subject_is_the_reports(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text, "2026-11-25")[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    # "last" as a verb before "a"/"an" is no part of the duration
    ("The Grell walkout will start on Monday and last a week.", "a week", "P1W"),
    ("The hearing in Ossery could last an hour, a clerk said.", "an hour", "PT1H"),
])
def test_the_verb_last_before_a_duration_stays_outside_it(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    ("The Tarn water levy will go into force on the first of January.", "the first of January", "2027-01-01"),
    ("The Vell garrison withdrew on the twenty-first of October.", "the twenty-first of October", "2026-10-21"),
])
def test_a_day_in_ordinal_words_of_a_month(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


def test_an_ordinal_word_before_a_month_without_of_is_no_day(times_pipeline):
    # guard: "the first March of the siege" counts Marches
    values = time_values(times_pipeline, "The first March of the siege of Coll was bitterly cold.")
    assert not any(v and v.endswith("-01") for v in values.values())


@pytest.mark.parametrize("text,expr,value", [
    # a quarter "of last/next year" is that year's, whatever the tense
    ("Analysts said the fourth quarter of last year was weak for the Borra mills.", "the fourth quarter",
     "2025-Q4"),
    ("The first quarter of next year looks bleak for the Borra mills.", "The first quarter", "2027-Q1"),
    # guard: the year itself stays tagged
    ("Analysts said the fourth quarter of last year was weak for the Borra mills.", "last year", "2025"),
])
def test_a_quarter_of_a_relative_year(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value
