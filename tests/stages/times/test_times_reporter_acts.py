"""times and events stages (invented mini-articles, published Friday 2026-11-20): a reporter
telling of its own act under a report with a day of its own is not dated by an earlier sentence's time."""

from __future__ import annotations

import pytest

from .. import stage_helpers

PUBLISHED = "2026-11-20"


def dates_of(pipeline, text: str, trigger: str) -> list[str | None]:
    return stage_helpers.event_dates(pipeline, text, trigger, PUBLISHED)


@pytest.mark.parametrize("text,trigger", [
    ("In March, bandits kidnapped 30 farmers near Kelvara. Police said on Friday they had arrested a local "
     "militia commander.", "arrested"),
    ("Last year, smugglers burned a border post in Dorvane. Customs officers said on Tuesday they had seized "
     "two tonnes of fuel.", "seized"),
])
def test_a_reporters_own_act_is_not_dated_by_an_earlier_sentence(full_pipeline, text, trigger):
    dates = dates_of(full_pipeline, text, trigger)
    assert dates and all(d is None or not d.startswith(("2026-03", "2025")) for d in dates), dates


@pytest.mark.parametrize("text,trigger,value", [
    # guards: a past done to others in such a report, and a pronoun taking up the doers told before, keep the day
    ("Rebels shelled the port of Tarvik on Monday. Officials said on Tuesday that nine people had been killed.",
     "killed", "2026-11-16"),
    ("Gunmen attacked a convoy near Selmar on Monday. They set fire to three trucks.", "fire", "2026-11-16"),
])
def test_the_earlier_day_still_dates_the_same_story(full_pipeline, text, trigger, value):
    assert dates_of(full_pipeline, text, trigger) == [value]


@pytest.mark.parametrize("text,trigger", [
    ("Velmora pledged to defend Tessaly under a 1962 treaty.", "defend"),
    ("Ostrava said it would no longer honour the 2009 border accord with Maravia.", "honour"),
    ("Veterans marched through Dorvik to mark the end of the 1988 war.", "marched"),
    ("Maravia accused Ostrava of violating the 1979 Kelvara Border Treaty.", "accused"),
])
def test_a_year_naming_a_treaty_or_war_dates_no_act_told_with_it(full_pipeline, text, trigger):
    dates = dates_of(full_pipeline, text, trigger)
    assert dates and all(d is None or not d.startswith(("1962", "2009", "1988", "1979")) for d in dates), dates


@pytest.mark.parametrize("text,trigger,value", [
    # guards: the named noun as the subject tells the act itself
    ("The 1972 accord was signed in Kelvara.", "signed", "1972"),
    ("The 1988 war killed thousands of people in Dorvane.", "killed", "1988"),
])
def test_a_named_noun_as_subject_still_dates_its_act(full_pipeline, text, trigger, value):
    assert dates_of(full_pipeline, text, trigger) == [value]


def time_values(pipeline, text: str) -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text,expr,value", [
    ("Velmora ordered two Ostravan envoys to leave the country on Wednesday, its foreign ministry said.",
     "Wednesday", "2026-11-18"),
    ("Four journalists were instructed to quit the region on Tuesday.", "Tuesday", "2026-11-17"),
    # guards: a deadline, an order still to come, and a plan agreed on look ahead
    ("Velmora ordered two Ostravan envoys to leave the country by Wednesday.", "Wednesday", "2026-11-25"),
    ("The council will order the traders to close their stalls on Wednesday.", "Wednesday", "2026-11-25"),
    ("The two parties agreed to resume talks on Wednesday.", "Wednesday", "2026-11-25"),
])
def test_a_weekday_on_what_a_past_order_gives_is_the_orders_day(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


def test_the_order_is_dated_by_that_weekday(full_pipeline):
    text = "Velmora ordered two Ostravan diplomats to leave the country on Wednesday, officials said."
    assert dates_of(full_pipeline, text, "ordered") == ["2026-11-18"]


def test_a_pronoun_before_its_reporter_takes_up_the_doers_told_before(full_pipeline):
    text = "Raiders attacked a market in Selmar on Monday. They burned 20 stalls, traders said on Tuesday."
    assert dates_of(full_pipeline, text, "burned") == ["2026-11-16"]
