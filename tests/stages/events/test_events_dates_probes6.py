"""times and events stages, seventh date probe round (invented mini-articles, published on Tuesday 2026-11-24 unless
a case says otherwise): the day a running toll started ("since Thursday") dates none of its acts; an act on a day a
week off ("met a week ago Friday") takes that one day; an event noun confirmed or condemned on a day told before the
verb takes the second day told after it ("On Tuesday, officials confirmed an attack ... over the weekend")."""

from __future__ import annotations

import pytest

from .. import stage_helpers


def dates_of(pipeline, text: str, trigger: str, published: str = "2026-11-24") -> list[str | None]:
    return stage_helpers.event_dates(pipeline, text, trigger, published)


@pytest.mark.parametrize("text,trigger", [
    ("Since Thursday, at least 40 soldiers have been killed in clashes near Dornveld.", "killed"),
    ("Since Monday, rebels have killed at least 25 villagers around Dornveld, officials said.", "killed"),
    ("At least 18 protesters have been arrested in Velmora since Saturday.", "arrested"),
])
def test_a_since_day_does_not_date_the_running_toll(full_pipeline, text, trigger):
    dates = dates_of(full_pipeline, text, trigger)
    assert dates and all(d is None for d in dates), dates


def test_the_act_before_since_then_keeps_its_day(full_pipeline):
    text = "Rebels attacked Dornveld on Sunday. Since then, troops have arrested 30 people."
    assert dates_of(full_pipeline, text, "attacked") == ["2026-11-22"]


@pytest.mark.parametrize("text,trigger,value", [
    ("The Maravian and Tulessan envoys met a week ago Friday in Lisbon, a spokesman said.", "met", "2026-11-13"),
    ("The envoys of Maravia and Tulessa met in Lisbon a week ago Tuesday.", "met", "2026-11-17"),
])
def test_an_act_a_week_ago_weekday(full_pipeline, text, trigger, value):
    dates = dates_of(full_pipeline, text, trigger)
    assert dates and all(d == value for d in dates), dates


@pytest.mark.parametrize("text,trigger,value", [
    ("On Tuesday, officials confirmed a cyber attack on the Kestrel energy ministry over the weekend.", "attack",
     "2026-W47-WE"),
    ("On Monday, the Tarrow council condemned the shelling of Merrow on Saturday.", "shelling", "2026-11-21"),
])
def test_an_object_event_takes_the_day_after_it_when_the_verb_has_its_own(full_pipeline, text, trigger, value):
    assert dates_of(full_pipeline, text, trigger) == [value]


def test_the_verb_keeps_its_own_day(full_pipeline):
    text = "On Monday, the Tarrow council condemned the shelling of Merrow on Saturday."
    assert dates_of(full_pipeline, text, "condemned") == ["2026-11-23"]
