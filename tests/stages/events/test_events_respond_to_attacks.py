"""events stage: "would respond to any further attacks" is a retaliation threatened; a response told as done with
force ("responded to the attacks with air strikes") an attack; a response with no force ("police responded to the
attack within minutes") or to a request is no attack (lexicon "respond +to", nonevents `answer_verbs`). Invented
sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def types(pipeline, text: str) -> set[str]:
    events = pipeline.analyse(Article(text=text)).events
    return {e.type for e in events}


def test_a_response_promised_to_attacks_is_a_threat(pipeline):
    assert "THREATEN" in types(pipeline, "Peskov said Moscow would respond decisively to any further attacks.")


def test_a_response_with_force_is_an_attack(pipeline):
    assert "ASSAULT" in types(pipeline, "The army responded to the attacks with air strikes on rebel positions.")


@pytest.mark.parametrize("text", [
    "Police responded to the attack within minutes.",
    "The ministry did not respond to a request for comment.",
])
def test_a_response_with_no_force_is_no_attack(pipeline, text):
    assert "ASSAULT" not in types(pipeline, text)
