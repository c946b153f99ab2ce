"""events stage: leftovers of the fourteenth probing round, checked with invented wire-news sentences.

- a criticism whose object is a bare definite noun for an act told before ("the envoy criticised the detentions")
  takes that act as done (cues.yaml `presupposing_verbs`, as "condemn" does) and is aimed at its doers, also when
  the criticism is told on a later day than the act;
- a headline's reduced passive with an accord noun as its bare subject ("Border pact signed") is the signing of
  that accord, one AGREE with the noun, not a SUPPORT read from "signed" alone;
- a headline bid for a truce or a deal ("Ceasefire bid", cues.yaml `consent_outcomes` after a `purpose_nouns` word)
  seeks it: the truce is not asserted; a coup bid still tells an attempted act.
"""

from __future__ import annotations

import pytest

from ..stage_helpers import events_and_names, lowered_names, show


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


@pytest.mark.parametrize("text", [
    "Border pact signed\n\nDelegates from both countries gathered in the lakeside town on Thursday.",
    "Trade accord signed\n\nDelegates from both countries gathered in the lakeside town on Thursday.",
])
def test_headline_accord_signed_is_the_agreement(pipeline, text):
    events, _ = events_and_names(pipeline, text, published="2024-03-09")
    title = [e for e in events if e.sentence.start == 0]
    assert [e.type for e in title] == ["AGREE"], show(events)


@pytest.mark.parametrize("text", [
    "Ceasefire bid\n\nEnvoys from three neighbouring states arrived in the port city on Thursday.",
    "Truce bid\n\nEnvoys from three neighbouring states arrived in the port city on Thursday.",
])
def test_headline_truce_bid_is_not_an_asserted_truce(pipeline, text):
    events, _ = events_and_names(pipeline, text, published="2024-03-09")
    truces = [e for e in events if e.type == "RETREAT" and e.sentence.start == 0]
    assert truces and all(e.status != "asserted" for e in truces), show(events)
