"""events stage: a bare mention of an act with no party (the "attack" of "..., in the latest attack blamed on
militants") beside a fuller mention of its kind in its sentence is the same event, one record with both triggers.
Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def test_bare_attack_noun_joins_the_killing_of_its_sentence(pipeline):
    text = ("A gunman killed at least nine people at a bus station in Ravel on Saturday, police said, in the latest "
            "attack in the region.")
    events = [e for e in pipeline.analyse(Article(text=text, published="2026-11-29")).events if e.type == "ASSAULT"]
    assert len(events) == 1, show(events)
    assert {t.text for t in events[0].triggers} >= {"killed", "attack"}, show(events)
