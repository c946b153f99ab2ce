"""events stage, leftovers of round 21 (invented sentences): the act a pretext or an excuse is said to be for."""

from __future__ import annotations

import pytest

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "Officials called the raid a pretext to arrest opponents.",
    "Dissidents called the census an excuse to arrest critics of the regime.",
])
def test_the_act_a_pretext_is_for_is_not_done(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.status != "asserted", stage_helpers.show(events)


def test_an_arrest_told_plainly_stays_done(events_pipeline):
    events = stage_helpers.events_of(events_pipeline, "Police arrested twelve critics of the regime in Vellmora.")
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.status == "asserted", stage_helpers.show(events)


@pytest.mark.parametrize("text, wronged", [
    ("Jordan condemned the air raids as a violation of Syrian sovereignty.", "syrian"),
    ("Ardistan condemned the drone strikes as a violation of Molvania's sovereignty.", "molvania"),
])
def test_whom_a_condemned_act_wronged_is_no_party_to_the_condemnation(events_pipeline, text, wronged):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    condemnation = next(e for e in events if e.type == "ACCUSE")
    assert wronged not in stage_helpers.lowered_names(names, condemnation.recipients), stage_helpers.show(events)


def test_the_doer_of_a_condemned_act_stays_its_recipient(events_pipeline):
    text = "Ardistan condemned the drone strikes by Molvania as a violation of its sovereignty."
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    condemnation = next(e for e in events if e.type == "ACCUSE")
    assert "molvania" in stage_helpers.lowered_names(names, condemnation.recipients), stage_helpers.show(events)
