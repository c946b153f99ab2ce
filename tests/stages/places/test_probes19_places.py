"""places for events, probes of round 19 (invented sentences, from a whole article on ceasefire talks): "the city"
goes back to the town the story is about, not to one named only as where a speaker spoke ("said in Washington",
"told reporters in Geneva")."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "events")


def _event_places(pipeline, text):
    analysis = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {p.id: p.name for p in analysis.places}
    return {e.trigger.text: names.get(e.place) for e in analysis.events}


@pytest.mark.parametrize("text, trigger, place", [
    ('Rebels shelled Mosul on Monday. "We call on the parties to respect the truce," a spokeswoman said in '
     'Washington. Forty trucks carrying food entered the city on Sunday.', "entered", "Mosul"),
    ('Fighting raged in Aleppo. "The situation is dire," the envoy told reporters in Geneva. Militants attacked the '
     'city again on Tuesday.', "attacked", "Aleppo"),
])
def test_the_city_is_not_where_a_speaker_spoke(pipeline, text, trigger, place):
    assert _event_places(pipeline, text).get(trigger) == place


def test_the_city_still_goes_back_to_the_town_named_last(pipeline):
    text = "Rebels shelled Mosul on Monday. Forty trucks carrying food entered the city on Sunday."
    assert _event_places(pipeline, text).get("entered") == "Mosul"
