"""events stage: what people are arrested or detained for ("arrested 12 people for attacking buses") is alleged,
not established, as what they are charged with (cues `charge_verbs`); what a court jailed someone for stays
asserted. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text, trigger, status", [
    ("Police said they arrested 12 people on Thursday night for attacking buses.", "attacking", "uncertain"),
    ("The court jailed him for killing a farmer.", "killing", "asserted"),
])
def test_reason_for_an_arrest_is_alleged(pipeline, text, trigger, status):
    events = pipeline.analyse(Article(text=text)).events
    assert [e.status for e in events if e.trigger.text == trigger] == [status], show(events)
