"""events stage: leftovers of the fourteenth probing round, checked with invented wire-news sentences.

- a criticism whose object is a bare definite noun for an act told before ("the envoy criticised the detentions")
  takes that act as done (cues.yaml `presupposing_verbs`, as "condemn" does) and is aimed at its doers, also when
  the criticism is told on a later day than the act.
"""

from __future__ import annotations

import pytest

from .stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "Border guards detained 40 miners on Thursday. The Freedonian ombudsman criticised the detentions on Friday.",
    "Riot police arrested nine students on Monday. The university criticized the arrests.",
])
def test_criticised_act_told_before_is_aimed_at_its_doers(pipeline, text):
    events, names = events_and_names(pipeline, text, published="2024-03-09")
    criticisms = [e for e in events if e.type == "ACCUSE"]
    assert criticisms, show(events)
    recipients = lowered_names(names, criticisms[0].recipients)
    assert any("police" in n or "guards" in n for n in recipients), (show(events), recipients)
