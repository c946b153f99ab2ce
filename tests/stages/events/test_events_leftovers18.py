"""events stage, leftovers of round 18 (invented sentences): relief craft sent to help, crews fighting fires and
floods, the supporters of a leader, mine clearance, lethal fire on a crowd, a stormed prison, descriptions of a
history, outcomes that permit, raiders arriving and charges blown."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _events(pipeline, text):
    return pipeline.analyse(Article(text=text, published="2026-11-20")).events


@pytest.mark.parametrize("text", [
    "Chile and Uruguay offered to send firefighting aircraft to help Bolivia.",
    "Norway sent rescue helicopters to the flooded province of Telmark.",
])
def test_relief_craft_sent_to_help_are_aid(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert [e for e in events if e.type == "AID"], stage_helpers.show(events)
    assert not [e for e in events if e.type == "MOBILIZE"], stage_helpers.show(events)


def test_warplanes_sent_stay_a_deployment(events_pipeline):
    events = _events(events_pipeline, "Varnesia sent fighter aircraft to the border on Monday.")
    assert [e for e in events if e.type == "MOBILIZE"], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "Emergency crews fought floodwaters in the river delta.",
    # a headline the parser reads as one noun phrase, then the story
    "Crews battle flames as heat grips south\n\nThe fire spread on Monday.",
])
def test_crews_fighting_fires_and_floods_is_no_violence(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert not [e for e in events if e.type == "ASSAULT"], stage_helpers.show(events)


def test_the_leader_of_supporters_who_clash_is_no_party(events_pipeline):
    text = "Supporters of the Lirran Party clashed with riot police outside the parliament."
    event, names = stage_helpers.coded(events_pipeline, text, "ASSAULT")
    assert stage_helpers.named(names, event.actors, "Supporters"), (event.actors, names)
    assert not any(names[i].startswith("Lirran Party") for i in event.actors), (event.actors, names)


@pytest.mark.parametrize("text", [
    "Demining teams cleared hundreds of landmines from farmland near Kostar.",
    "UN teams are clearing mines from roads around the port of Ardel.",
])
def test_mine_clearance_seizes_nothing(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert not [e for e in events if e.type == "COERCE"], stage_helpers.show(events)


def test_a_force_clearing_mines_still_seizes_them(events_pipeline):
    events = _events(events_pipeline, "The army cleared mines from the road to Kostar.")
    assert [e for e in events if (e.type, e.mode) == ("COERCE", "seize")], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "Police opened fire on crowds in Dorvan, killing five.",
    "Troops opened fire on the crowd in Marbek, wounding 30 people.",
])
def test_lethal_fire_on_a_crowd_is_shooting(events_pipeline, text):
    event, _ = stage_helpers.coded(events_pipeline, text, "ASSAULT")
    assert event.mode == "firearms", stage_helpers.show(_events(events_pipeline, text))


@pytest.mark.parametrize("text", [
    "Soldiers fired on protesters in Marbek.",
    # force against a protest, lethal or not, is what crowd-control codes (ACLED's excessive force against protesters)
    "Soldiers opened fire on marchers in Marbek, killing 12 people.",
])
def test_fire_on_protesters_stays_crowd_control(events_pipeline, text):
    event, _ = stage_helpers.coded(events_pipeline, text, "ASSAULT")
    assert event.mode == "crowd-control", stage_helpers.show(_events(events_pipeline, text))


@pytest.mark.parametrize("text, town", [
    ("Gunmen stormed the prison in Kessa on Sunday.", "Kessa"),
    ("Armed men stormed the central jail in Dorvik and freed 200 inmates.", "Dorvik"),
])
def test_a_town_where_a_stormed_prison_stands_is_no_recipient(events_pipeline, text, town):
    event, names = stage_helpers.coded(events_pipeline, text, "ASSAULT")
    assert not stage_helpers.named(names, event.recipients, town), (event.recipients, names)


@pytest.mark.parametrize("text", [
    "The country's history is marked by coups.",
    "The decade was scarred by civil war.",
])
def test_a_history_marked_by_acts_is_no_event(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert not [e for e in events if e.status == "asserted"], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "The clearance work has allowed a primary school to reopen.",
    "Engineers cleared the rubble from the road, allowing families to return home.",
])
def test_what_an_outcome_permits_is_no_concession(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert not [e for e in events if e.type == "CONCEDE" and e.status == "asserted"], stage_helpers.show(events)


def test_a_government_permitting_stays_a_concession(events_pipeline):
    text = "The government allowed opposition parties to hold rallies."
    event, names = stage_helpers.coded(events_pipeline, text, "CONCEDE")
    assert stage_helpers.named(names, event.actors, "government"), (event.actors, names)


@pytest.mark.parametrize("text", [
    "The attackers arrived in Morsk in pickup trucks.",
    "Gunmen arrived in the village at dawn.",
])
def test_raiders_arriving_pay_no_visit(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert not [e for e in events if e.type == "CONSULT"], stage_helpers.show(events)


def test_a_minister_arriving_still_visits(events_pipeline):
    events = _events(events_pipeline, "The foreign minister arrived in Morsk for talks.")
    assert [e for e in events if (e.type, e.mode) == ("CONSULT", "visit")], stage_helpers.show(events)


def test_a_gate_blown_open_with_explosives_is_no_criticism(events_pipeline):
    text = "The attackers blasted open the main gate with explosives."
    events = _events(events_pipeline, text)
    assert not [e for e in events if e.type == "ACCUSE"], stage_helpers.show(events)
    assert [e for e in events if (e.type, e.mode) == ("ASSAULT", "explosives")], stage_helpers.show(events)


@pytest.mark.parametrize("text, doer", [
    ("Police tear-gas striking teachers\n\nThe march began on Monday.", "Police"),
    ("Riot officers baton-charge students in Morvan\n\nThe march began on Monday.", "officers"),
])
def test_a_bare_hyphenated_verb_of_force_in_a_headline(events_pipeline, text, doer):
    event, names = stage_helpers.coded(events_pipeline, text, "ASSAULT")
    assert event.mode == "crowd-control", stage_helpers.show(_events(events_pipeline, text))
    assert event.trigger.text in ("tear-gas", "baton-charge"), event.trigger
    assert stage_helpers.named(names, event.actors, doer), (event.actors, names)


def test_tear_gas_fired_stays_what_is_fired(events_pipeline):
    text = "Police fired tear-gas at striking teachers in Morvan."
    events = _events(events_pipeline, text)
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["fired"], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "Much of the old city was destroyed in the war.",
    "The stone bridge at Orvel was damaged during the war.",
])
def test_a_place_ruined_in_a_past_war_is_its_history(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "asserted"], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "Hundreds of homes were destroyed in the fighting.",
    "Rebels destroyed the bridge during the war.",
])
def test_a_destruction_with_a_doer_or_a_battle_stays_an_attack(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert [e for e in events if e.type == "ASSAULT"], stage_helpers.show(events)
