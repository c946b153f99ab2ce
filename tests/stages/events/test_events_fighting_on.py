"""events stage: pressing or pushing an offensive is fighting on (ASSAULT), while pressing someone to act stays a
request (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text, trigger, etype", [
    ("Government forces pressed their offensive in the hills on Sunday.", "pressed", "ASSAULT"),
    ("The militia pushed its advance along the river road.", "pushed", "ASSAULT"),
    ("Ruritanian troops pressed the assault on the airport despite heavy losses.", "pressed", "ASSAULT"),
    ("The envoy pressed the junta to free the detained ministers.", "pressed", "REQUEST"),
])
def test_pressing_an_offensive_is_fighting(pipeline, text, trigger, etype):
    events = pipeline.analyse(Article(text=text)).events
    types = [e.type for e in events if e.trigger.text.split()[0] == trigger]
    assert types and types[0] == etype, show(events)


def test_force_used_is_no_recipient(pipeline):
    analysis = pipeline.analyse(Article(text="Rights groups said the riot police used excessive force."))
    names = {a.id: a.name for a in analysis.actors or []}
    recipients = [names.get(r, r) for e in analysis.events for r in e.recipients]
    assert not any("force" in name for name in recipients), show(analysis.events)
