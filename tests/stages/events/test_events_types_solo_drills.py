"""events stage: military drills one party holds alone show force (MOBILIZE); drills held with a partner are military
cooperation (COOPERATE). Sentences invented here."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _asserted(pipeline, text: str) -> list[str]:
    events = pipeline.analyse(Article(text=text, published="2026-11-20")).events or []
    return [e.type for e in events if e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "Japanese destroyers held naval exercises near the disputed islands.",
    "Turkey staged military drills close to the Syrian frontier.",
])
def test_drills_held_alone_show_force(pipeline, text):
    types = _asserted(pipeline, text)
    assert "MOBILIZE" in types and "COOPERATE" not in types


@pytest.mark.parametrize("text", [
    "Japan and India held joint naval exercises in the Bay of Bengal.",
    "The Turkish navy held exercises with the Greek navy.",
    "Brazil and Argentina held military exercises.",
])
def test_drills_with_a_partner_are_cooperation(pipeline, text):
    assert "COOPERATE" in _asserted(pipeline, text)
