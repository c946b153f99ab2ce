"""events stage, probes of round 19 (invented sentences, from whole articles on a mining strike, a court ruling
between two states and a hostage exchange): a mine named by what is dug from it is a work site, no landmine; an
access road blocked is a road blocked, no censorship; a firm halting its own output is no sanction; what a court
ruled had been done is asserted, what it ruled must be done stays a prospect; the party pressed or called on does
the act asked for, also when the parser hangs the infinitive as a purpose clause."""

from __future__ import annotations

import pytest

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


_events = stage_helpers.coded_events


@pytest.mark.parametrize("text", [
    "Riot police clashed with strikers outside the Berrow gold mine on Monday.",
    "Police clash with striking miners at Halden coal mine",
    "Guards fired rubber bullets at workers near the Tessin copper mine.",
])
def test_a_mine_named_by_its_mineral_is_a_work_site_no_explosives(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert events and not any(mode == "explosives" for _, mode, *_ in events)


def test_a_landmine_still_tells_explosives(events_pipeline):
    events = _events(events_pipeline, "A roadside mine killed two soldiers near Varsk.")
    assert ("ASSAULT", "explosives") in [(t, m) for t, m, *_ in events]


@pytest.mark.parametrize("text", [
    "Farmers blocked the access road to the Loden factory with tractors.",
    "Hundreds of villagers blocked the main access road to the quarry on Friday.",
])
def test_an_access_road_blocked_is_obstruction(events_pipeline, text):
    events = _events(events_pipeline, text)
    assert ("PROTEST", "obstruct") in [(t, m) for t, m, *_ in events]
    assert not any(t == "COERCE" for t, *_ in events)


def test_access_to_a_website_blocked_is_still_censorship(events_pipeline):
    events = _events(events_pipeline, "The government blocked access to the news website.")
    assert ("COERCE", "censor") in [(t, m) for t, m, *_ in events]


@pytest.mark.parametrize("text", [
    "Output at the Lassen plant has been suspended since March, the firm said.",
    "The company suspended production at its Orrin smelter after the accident.",
])
def test_a_firm_halting_its_own_output_is_no_sanction(events_pipeline, text):
    assert not any(t == "SANCTION" for t, *_ in _events(events_pipeline, text))


def test_suspended_aid_is_still_a_sanction(events_pipeline):
    events = _events(events_pipeline, "The government suspended aid to Dravia on Monday.")
    assert any(t == "SANCTION" for t, *_ in events)


@pytest.mark.parametrize("text, etype, actor", [
    ("A tribunal ruled that Ostrava had unlawfully seized the ship.", "COERCE", "Ostrava"),
    ("The judge ruled that police had unlawfully detained the two reporters.", "COERCE", "police"),
])
def test_what_a_court_ruled_had_been_done_is_asserted(events_pipeline, text, etype, actor):
    events = _events(events_pipeline, text)
    assert any(t == etype and status == "asserted" and actor in actors for t, _, status, actors, _ in events)


def test_what_a_court_ruled_must_be_done_stays_a_prospect(events_pipeline):
    events = _events(events_pipeline, "The court ruled that the army must release the detainees.")
    assert any(t == "RETREAT" and status != "asserted" for t, _, status, *_ in events)
    assert not any(t == "RETREAT" and status == "asserted" for t, _, status, *_ in events)


@pytest.mark.parametrize("text, etype, actor", [
    ("Turkish and Jordanian mediators pressed the two factions to end the fighting.", "RETREAT", "two factions"),
    ("Several member states have previously called on Corvania to release the crews.", "RETREAT", "Corvania"),
    ("The envoy pressed Dravia to free the sailors.", "RETREAT", "Dravia"),
])
def test_the_party_pressed_or_called_on_does_the_act_asked_for(events_pipeline, text, etype, actor):
    events = _events(events_pipeline, text)
    assert any(t == etype and status == "hypothetical" and actors == [actor] for t, _, status, actors, _ in events)


def test_a_meeting_called_to_discuss_is_the_caller_s(events_pipeline):
    events = _events(events_pipeline, "The minister called a meeting to discuss the crisis.")
    assert all(actors == ["minister"] for t, _, _, actors, _ in events if t == "CONSULT")
