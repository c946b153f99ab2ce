"""events stage: a town named as a party is its people, not a state (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "events")


def test_a_town_named_as_a_party_is_a_population_of_its_country_not_a_state(pipeline):
    record = pipeline.run(Article(text="Gunmen stormed a bakery in Misrata on Monday, a local official said."))
    towns = [a for a in record.actors if a.name == "Misrata"]
    assert towns, "the town is a party of the raid"
    assert towns[0].kind == "population" and towns[0].country == "LBY"
    # ... while a state named as a party stays a state
    record2 = pipeline.run(Article(text="Israeli jets struck targets in Syria on Monday."))
    assert [a.kind for a in record2.actors if a.name == "Syria"] == ["country"]


def test_without_the_places_stage_a_named_place_keeps_the_taggers_kind(pipeline_factory):
    record = pipeline_factory("actors", "events").run(Article(text="Gunmen stormed a bakery in Misrata on Monday."))
    assert all(a.kind in ("country", "other", "population", "armed_group", "business") for a in record.actors)
