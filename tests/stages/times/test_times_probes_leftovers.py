"""times stage, leftover probes (invented mini-articles, published on Friday 2026-11-27): an infinitive under a
bare gerund adjunct of a past clause looks back ("were shot while seeking to climb the wall on Tuesday"); "from" a
weekday on a booking verb or its object is the coming day ("called a strike from Monday"); a dateline's month and
day are never after the publication date."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .. import stage_helpers

PUBLISHED = "2026-11-27"


def time_values(pipeline, text: str) -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text,expr,value", [
    # a gerund adjunct of a past clause goes on with it, and so does its infinitive
    ("Four climbers were hurt while seeking to scale the north wall on Tuesday.", "Tuesday", "2026-11-24"),
    ("A courier was robbed while waiting to cross the bridge on Wednesday.", "Wednesday", "2026-11-25"),
    ("Two medics were wounded while rushing to help the injured on Monday.", "Monday", "2026-11-23"),
    # guards: a forward gerund keeps the infinitive ahead; a plan still looks forward
    ("Two sailors were detained while preparing to board a tanker on Tuesday.", "Tuesday", "2026-12-01"),
    ("The minister plans to visit the port on Tuesday.", "Tuesday", "2026-12-01"),
])
def test_infinitive_under_past_gerund_adjunct(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    ("The teachers' federation called a national walkout from Monday.", "Monday", "2026-11-30"),
    ("The council announced a night curfew from Sunday, officials said.", "Sunday", "2026-11-29"),
    ("The ferry company set a fare freeze from Thursday.", "Thursday", "2026-12-03"),
    ("The new speed limit will apply from Wednesday.", "Wednesday", "2026-12-02"),
    # guards: no booking verb, or a verb moving the act off its old day
    ("Readings from Monday showed the river rising.", "Monday", "2026-11-23"),
    ("Shelling went on from Monday to Wednesday.", "Monday", "2026-11-23"),
    ("The hearing was moved from Tuesday to Thursday.", "Tuesday", "2026-11-24"),
])
def test_from_weekday_of_a_booking(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    ("OSLO, Jan 31 (Reuters) - Fishermen blocked the harbour, their union said.", "Jan 31", "2026-01-31"),
    ("OSLO, Feb. 3 (AP) - Fishermen blocked the harbour, their union said.", "Feb. 3", "2026-02-03"),
    # a dateline on or before the publication day stays as it is
    ("OSLO, Nov 26 (Reuters) - Fishermen blocked the harbour, their union said.", "Nov 26", "2026-11-26"),
    ("OSLO, Nov 27 (Reuters) - Fishermen blocked the harbour, their union said.", "Nov 27", "2026-11-27"),
])
def test_dateline_never_after_publication(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


def test_dateline_day_dates_its_event_in_the_past_year(full_pipeline):
    text = "OSLO, Jan 31 (Reuters) - Fishermen blocked the harbour, their union said."
    assert stage_helpers.event_dates(full_pipeline, text, "blocked", PUBLISHED) == ["2026-01-31"]


def test_dateline_day_said_again_in_the_story_is_the_dateline_day(times_pipeline):
    text = "OSLO, Jan 31 (Reuters) - Fishermen blocked the harbour on Jan 31, their union said."
    assert [t.value for t in times_pipeline.analyse(Article(text=text, published=PUBLISHED)).times
            if t.text == "Jan 31"] == ["2026-01-31", "2026-01-31"]


def test_dateline_day_said_again_dates_its_event(full_pipeline):
    text = "OSLO, Jan 31 (Reuters) - Fishermen blocked the harbour on Jan 31, their union said."
    assert stage_helpers.event_dates(full_pipeline, text, "blocked", PUBLISHED) == ["2026-01-31"]
