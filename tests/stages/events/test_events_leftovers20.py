"""events stage, leftovers of round 20 (invented sentences): hazards fought, a measure being weighed, a bare
"X to <verb>" line, the parties of things sent, supplied or invited, and the accused of a relative clause."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "Firefighters fought a blaze threatening farms near Kellridge on Monday.",
    "Firefighters fight bushfire threatening homes near Pellham",
    "A wildfire threatening homes in Pellham forced hundreds to flee.",
])
def test_a_hazard_fought_is_no_attack_or_threat(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert not [e for e in events if e.type in ("ASSAULT", "THREATEN")], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "Crews battling the wildfire near Orvale were forced to pull back.",
    "Crews fighting the blaze were forced to retreat from the ridge.",
])
def test_people_fighting_a_hazard_who_pull_back_make_no_retreat(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert not [e for e in events if e.type == "RETREAT"], stage_helpers.show(events)


def test_soldiers_fighting_rebels_who_pull_back_still_retreat(events_pipeline):
    text = "Troops battling the rebels were forced to retreat from the ridge."
    events = stage_helpers.events_of(events_pipeline, text)
    assert [e for e in events if e.type == "RETREAT"], stage_helpers.show(events)


@pytest.mark.parametrize("text, weigher, target", [
    ("The ministry is considering sanctions against Molvania.", "ministry", "molvania"),
    ("The Senate is mulling sanctions against Ardistan.", "senate", "ardistan"),
])
def test_a_measure_being_weighed_is_the_weighers_and_not_yet_taken(events_pipeline, text, weigher, target):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    assert not [e for e in events if e.type == "CONSULT"], stage_helpers.show(events)
    event = next(e for e in events if e.type == "COERCE")
    assert event.status == "hypothetical", stage_helpers.show(events)
    assert weigher in stage_helpers.lowered_names(names, event.actors), stage_helpers.show(events)
    assert target in stage_helpers.lowered_names(names, event.recipients), stage_helpers.show(events)


@pytest.mark.parametrize("text, etype", [
    ("Rebels to free twenty hostages", "RETREAT"),
    ("Zelbar to withdraw troops from border", "RETREAT"),
])
def test_a_bare_subject_to_verb_line_is_ahead(events_pipeline, text, etype):
    events = events_pipeline.analyse(Article(text=text, published="2026-11-20")).events
    event = next(e for e in events if e.type == etype)
    assert event.status == "future", stage_helpers.show(events)


def test_the_planes_offered_are_no_party_to_the_offer(events_pipeline):
    events, names = stage_helpers.events_and_names(events_pipeline,
                                                   "Brenland offered to send firefighting planes to Quorvia.")
    event = next(e for e in events if e.type == "AGREE")
    recipients = stage_helpers.lowered_names(names, event.recipients)
    assert not any("planes" in r for r in recipients), (recipients, stage_helpers.show(events))


@pytest.mark.parametrize("text, target", [
    ("The rebels accused the army of using drones supplied by Norland against civilians.", "civilians"),
    ("Villagers accused the militia of firing rockets supplied by Gostania at farmers.", "farmers"),
])
def test_whom_supplied_weapons_are_used_against_is_not_supplied(events_pipeline, text, target):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    event = next(e for e in events if e.type == "AID")
    assert target not in stage_helpers.lowered_names(names, event.recipients), stage_helpers.show(events)


@pytest.mark.parametrize("text, invited, town", [
    ("Haldane invited the two leaders to Ostrava.", "two leaders", "ostrava"),
    ("The mediator invited the rival commanders to Kelton for a new round of talks.", "rival commanders", "kelton"),
])
def test_the_town_invited_to_is_no_party(events_pipeline, text, invited, town):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    event = next(e for e in events if e.type == "REQUEST")
    recipients = stage_helpers.lowered_names(names, event.recipients)
    assert invited in recipients and town not in recipients, (recipients, stage_helpers.show(events))


def test_invited_to_talks_keeps_the_invited_state(events_pipeline):
    events, names = stage_helpers.events_and_names(events_pipeline, "Ostria invited Valdoria to talks.")
    event = next(e for e in events if e.type == "REQUEST")
    assert "valdoria" in stage_helpers.lowered_names(names, event.recipients), stage_helpers.show(events)


@pytest.mark.parametrize("text, accused, backed, act", [
    ("The K45 militia, which Brovnik and U.N. experts accuse Tessaly of backing, captured Ruvo.", "tessaly",
     "k45 militia", "SUPPORT"),
    ("The Dorvan Front, which Ostria accuses Valdoria of arming, seized a bridge.", "valdoria", "dorvan front",
     "AID"),
])
def test_a_relative_clause_accuses_the_other_object(events_pipeline, text, accused, backed, act):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert stage_helpers.lowered_names(names, accusation.recipients) == [accused], stage_helpers.show(events)
    charged = next(e for e in events if e.type == act)
    assert backed in stage_helpers.lowered_names(names, charged.recipients), stage_helpers.show(events)
