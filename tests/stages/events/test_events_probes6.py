"""events stage: slips found by a sixth round of probing with invented wire-news sentences.

- "neither A nor B" as the subject of an act says that neither did it: the act is negated;
- an act named in a denied or missing claim of responsibility ("nobody claimed responsibility for the blast") took
  place: it is reported (asserted, with no doer), not dropped as a kind of act;
- a body of water ("the Gulf of Aden", "the Baltic Sea") and the land a border is named after ("near the Latvian
  border") say where an act happened, not whom it was done to;
- drones launched or fired at a land are an air attack on that land, and the drones themselves are no party;
- a hyphenated verb of force ("tear-gassed") is read as the clause's verb, so its act is coded.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import coded, named, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text: str):
    return pipeline.analyse(Article(text=text)).events


@pytest.mark.parametrize("text,etype", [
    ("Neither Serbia nor Kosovo signed the trade accord on Tuesday.", "AGREE"),
    ("Neither the navy nor the coast guard attacked the fishing fleet.", "ASSAULT"),
])
def test_neither_nor_subject_negates_the_act(pipeline, text, etype):
    event, _ = coded(pipeline, text, etype)
    assert event.status == "negated", show(events_of(pipeline, text))


def test_either_or_subject_does_not_negate(pipeline):
    event, _ = coded(pipeline, "Either the navy or the coast guard attacked the fishing fleet.", "ASSAULT")
    assert event.status != "negated"


@pytest.mark.parametrize("text,trigger", [
    ("Nobody claimed responsibility for the explosion at the bus depot on Thursday.", "explosion"),
    ("No group has claimed responsibility for Saturday's ambush on the highway.", "ambush"),
])
def test_act_of_an_unclaimed_responsibility_is_reported(pipeline, text, trigger):
    events = events_of(pipeline, text)
    assert any(e.type == "ASSAULT" and e.status == "asserted" and trigger in e.trigger.text for e in events), \
        show(events)


@pytest.mark.parametrize("text,etype,place", [
    ("The coast guard seized a cargo ship in the Gulf of Aden on Friday.", "COERCE", "Gulf"),
    ("Pirates seized a yacht in the Baltic Sea.", "COERCE", "Baltic"),
    # (drills one party holds alone show force: MOBILIZE, test_events_types_evH.py)
    ("Lithuania held naval drills near the Latvian border on Monday.", "MOBILIZE", "Latvian"),
])
def test_water_bodies_and_borders_are_no_recipients(pipeline, text, etype, place):
    event, names = coded(pipeline, text, etype)
    assert not named(names, event.recipients, place), (event.recipients, names)


def test_land_named_in_a_place_phrase_still_a_recipient(pipeline):
    # a land (not a sea) in the place phrase of a seizure is still the party it bears on
    event, names = coded(pipeline, "Customs officers seized weapons in Peru.", "COERCE")
    assert named(names, event.recipients, "Peru"), (event.recipients, names)


def test_drones_launched_at_a_land_are_an_attack_on_it(pipeline):
    event, names = coded(pipeline, "Belarus launched drones at Lithuania on Sunday night.", "ASSAULT")
    assert named(names, event.recipients, "Lithuania"), (event.recipients, names)
    assert not named(names, event.recipients, "drones"), (event.recipients, names)


@pytest.mark.parametrize("text", [
    "Troopers tear-gassed farmers outside the ministry on Friday.",
    "Gendarmes were tear-gassing students outside the faculty.",
])
def test_hyphenated_verb_of_force_is_an_assault(pipeline, text):
    events = events_of(pipeline, text)
    assert any(e.type == "ASSAULT" and e.status == "asserted" and "tear-gass" in e.trigger.text for e in events), \
        show(events)
