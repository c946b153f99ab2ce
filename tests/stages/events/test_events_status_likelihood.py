"""events stage: an event noun said to be likely or unlikely through a linking verb ("a direct clash remained
unlikely", "an attack on the capital seems likely") is only as likely as that, not an act that took place.
Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text, trigger, status", [
    ("A direct clash remained unlikely, analysts said.", "clash", "hypothetical"),
    ("An attack on the capital seems likely.", "attack", "future"),
])
def test_likelihood_adjective_sets_the_status(pipeline, text, trigger, status):
    events = pipeline.analyse(Article(text=text)).events
    own = [e.status for e in events if e.trigger.text == trigger]
    assert own == [status], show(events)


def test_likely_to_be_investigated_judges_the_inquiry_not_the_ambush(pipeline):
    events = pipeline.analyse(Article(text="The ambush is likely to be investigated by a special commission.")).events
    assert [e.status for e in events if e.trigger.text == "ambush"] == ["asserted"], show(events)
