"""events stage, leftovers of round 21 (invented sentences): the act a pretext or an excuse is said to be for."""

from __future__ import annotations

import pytest

from . import stage_helpers


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
