"""events stage: a sentence the parser read as one noun phrase ("An airstrike on a school sheltering families in
Ravel killed 22 people", with "families killed ...") keeps its active verb's victims and doer; a building a
participle says shelters people ("a school sheltering displaced families") tells what it holds, no aid event, while
a body that sheltered people still gave aid. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def coded(pipeline, text: str):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    return analysis.events, [(e.type, e.trigger.text, [names[i] for i in e.actors], [names[i] for i in e.recipients])
                             for e in analysis.events]


TEXT = "A Varnesian airstrike on a school sheltering displaced families in Ravel killed at least 22 people on Tuesday."


def test_the_killing_is_done_to_the_counted_people_not_the_sheltered_families(pipeline):
    events, rows = coded(pipeline, TEXT)
    killed = [r for r in rows if r[1] == "killed"]
    assert killed and killed[0][3] == ["at least 22 people"], show(events)
    assert "displaced families" not in killed[0][3], show(events)


def test_a_school_sheltering_families_is_no_aid(pipeline):
    events, rows = coded(pipeline, TEXT)
    assert not [r for r in rows if r[0] == "AID"], show(events)


def test_a_body_that_sheltered_families_gave_aid(pipeline):
    events, rows = coded(pipeline, "The charity sheltered 300 families in its school after the flood.")
    assert [r[0] for r in rows] == ["AID"], show(events)
