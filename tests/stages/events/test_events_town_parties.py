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


def test_a_part_of_a_town_attacked_is_the_recipient_not_the_town_it_lies_in(pipeline_factory):
    # "of Dornveld" says where the districts lie: what was shelled is the districts (their people)
    from ..stage_helpers import coded

    event, names = coded(pipeline_factory("actors", "places", "events"),
                         "Militia fighters shelled residential districts of Dornveld on Tuesday, medics said.",
                         "ASSAULT")
    assert any("residential districts" in names[r] for r in event.recipients), (event.recipients, names)


def test_a_state_a_part_lies_in_stays_a_recipient(pipeline_factory):
    from ..stage_helpers import coded

    event, names = coded(pipeline_factory("actors", "places", "events"),
                         "Rebels shelled the border villages of Chad on Monday.", "ASSAULT")
    assert any("Chad" in names[r] for r in event.recipients), (event.recipients, names)


def test_a_town_the_tagger_took_for_a_body_named_near_an_event_is_a_place_not_a_party(pipeline_factory):
    # the headline's town says where the fighting is: it is the event's place, no actor and no recipient
    from ..stage_helpers import coded

    text = "Fighting flares near Misrata\n\nClashes between rival militias erupted on Monday."
    event, names = coded(pipeline_factory("actors", "places", "events"), text, "ASSAULT")
    assert not any("Misrata" in names[r] for r in event.recipients), (event.recipients, names)
    record = pipeline_factory("actors", "places", "events").run(Article(text=text))
    assert not [a for a in record.actors if a.name == "Misrata" and a.kind == "other"]
    assert any(p.name.startswith("Misrat") for p in record.places)


def test_a_town_the_tagger_took_for_a_site_named_as_the_one_hit_is_its_people(pipeline_factory):
    # a resolved town the tagger did not read as a place, named as a party, stands for its people (as a GPE does)
    record = pipeline_factory("actors", "places", "events").run(
        Article(text="Rebel artillery hit Sirte on Monday."))
    towns = [a for a in record.actors if a.name == "Sirte"]
    assert towns and towns[0].kind == "population" and towns[0].country == "LBY"
