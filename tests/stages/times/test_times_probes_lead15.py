"""times stage, lead probes of session 15 (invented sentences, published on Wednesday 2026-11-25): a yearless
month-day given with "on" to an act told in the past lies behind the report even when the coming one is nearer;
a weekday a measure starts or stops on, told as a schedule ("take effect Friday", "effective Saturday"), lies
ahead."""

from __future__ import annotations

import pytest

from .. import stage_helpers

PUBLISHED = "2026-11-25"


def time_values(pipeline, text: str) -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text,expr,value", [
    ("The export ban was lifted on March 3, the trade ministry said.", "March 3", "2026-03-03"),
    ("Rebels seized the dam on Feb. 14 and have held it since.", "Feb. 14", "2026-02-14"),
    ("The two sides signed the accord on 10 January in Doha.", "10 January", "2026-01-10"),
    # guards: a deadline or schedule with no "on" keeps the nearest reading, and so does a future clause
    ("The offer was extended to Jan. 5, the company said.", "Jan. 5", "2027-01-05"),
    ("The dividend is payable Feb. 2 to holders of record.", "Feb. 2", "2027-02-02"),
    ("The court will rule on March 3.", "March 3", "2027-03-03"),
    ("The strike began on Nov. 2.", "Nov. 2", "2026-11-02"),
])
def test_a_past_act_on_a_yearless_day_lies_behind_the_report(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    ("The new tariffs take effect Friday, officials said.", "Friday", "2026-11-27"),
    ("The curfew, effective Saturday, bans all gatherings.", "Saturday", "2026-11-28"),
    ("The ceasefire begins Monday under the deal.", "Monday", "2026-11-30"),
    ("The border crossing reopens Thursday for trucks.", "Thursday", "2026-11-26"),
    ("The rules come into force Sunday across the province.", "Sunday", "2026-11-29"),
    # guards: the same acts told in the past lie behind
    ("The ceasefire began Monday under the deal.", "Monday", "2026-11-23"),
    ("The new tariffs took effect Friday, officials said.", "Friday", "2026-11-20"),
])
def test_a_day_a_measure_starts_told_as_a_schedule_lies_ahead(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    # filed on the dateline's day, collected in November: days and weeks count from the dateline
    ("ODESA, March 3 (Reuters) - Drones struck the port on Monday, the governor said.", "Monday", "2026-03-02"),
    ("ODESA, March 3 (Reuters) - Talks are due to resume next week, officials said.", "next week", "2026-W11"),
    ("LAGOS, June 9, 2025 (AFP) - Gunmen seized 20 passengers on Saturday.", "Saturday", "2025-06-07"),
    # a dateline two days before publication is the day the story was written too (evwhen18: was a guard)
    ("ODESA, Nov 23 (Reuters) - Drones struck the port on Tuesday, the governor said.", "Tuesday", "2026-11-17"),
    # guard: a dateline on the publication day
    ("ODESA, Nov 25 (Reuters) - Drones struck the port on Tuesday, the governor said.", "Tuesday", "2026-11-24"),
    ("Drones struck the port on Monday, the governor said.", "Monday", "2026-11-23"),
])
def test_relative_days_count_from_a_dateline_well_before_publication(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,trigger,value", [
    # a bare present participle on a noun goes on while that noun's clause does, and so does its purpose
    ("HUARAZ, Nov 24 (AP) - Police fired tear gas on Monday to disperse students marching on the town hall to "
     "demand the mayor's resignation.", "marching", "2026-11-23"),
    ("HUARAZ, Nov 24 (AP) - Police fired tear gas on Monday to disperse students marching on the town hall to "
     "demand the mayor's resignation.", "demand", "2026-11-23"),
    ("Riot police fired water cannon on Sunday at farmers marching towards parliament.", "marching", "2026-11-22"),
])
def test_a_participle_describing_a_noun_takes_the_time_of_its_clause(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, PUBLISHED) == [value]


@pytest.mark.parametrize("text,trigger,value", [
    # a sentence with a day of its own: a clause that does not take that day is not dated by the filing day
    ("TACNA, Nov 24 (AP) - Riot police fired tear gas on Monday, and at least 30 people were injured.", "injured",
     None),
    ("TACNA, Nov 24 (AP) - Riot police fired tear gas on Monday to clear miners blocking the highway, and at least "
     "30 people were injured, the regional health office said.", "injured", None),
    # guards: with no day of its own the lead is dated by the dateline; the clause with the day keeps it
    ("TACNA, Nov 24 (AP) - Riot police fired tear gas at marchers, injuring 30.", "injuring", "2026-11-24"),
    ("TACNA, Nov 24 (AP) - Riot police fired tear gas on Monday, and at least 30 people were injured.", "fired",
     "2026-11-23"),
])
def test_the_dateline_day_does_not_date_a_clause_of_a_sentence_with_its_own_day(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, PUBLISHED) == [value]


@pytest.mark.parametrize("text,trigger,value", [
    # a coordinated verb looking the other way in time keeps its day to itself
    ("A spokesman said the editor had been detained for sedition and would appear in court on Friday.", "detained",
     None),
    ("Police arrested the editor and will charge him on Friday.", "arrested", None),
    # guard: a coordinated verb told in the same past shares the day
    ("Police arrested the editor and charged him on Friday.", "arrested", "2026-11-20"),
])
def test_a_conjunct_of_the_other_tense_does_not_lend_its_day(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, PUBLISHED) == [value]


def test_a_dateline_under_a_headline_line_is_the_dateline(times_pipeline):
    # filed on the dateline's day under a headline, collected in November: "on Monday" counts from March 3
    text = "Drones hit Odesa port\n\nODESA, March 3 (Reuters) - Drones struck the port on Monday, the governor said."
    assert time_values(times_pipeline, text)["Monday"] == "2026-03-02"


def test_the_dateline_under_a_headline_does_not_date_a_clause_of_a_sentence_with_its_own_day(full_pipeline):
    text = ("Police fire tear gas at marchers\n\n"
            "TACNA, Nov 24 (AP) - Riot police fired tear gas on Monday at farmers marching on the assembly, and at "
            "least 30 people were injured, the health office said.")
    assert stage_helpers.event_dates(full_pipeline, text, "injured", PUBLISHED) == [None]
