"""events stage: who has a plan or an order to act is who would act ("Serbia has no plans to deploy troops", "the
army has orders to seize the bridge"; cues `plan_nouns`, `mandate_nouns`). Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text, trigger, actor, status", [
    ("Vardania has no plans to deploy troops along its border.", "deploy", "Vardania", "negated"),
    ("The army has orders to seize the bridge.", "seize", "army", "future"),
])
def test_holder_of_a_plan_or_order_would_act(pipeline, text, trigger, actor, status):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    own = [e for e in analysis.events if trigger in e.trigger.text.split()]
    assert own, show(analysis.events)
    assert [([names[i] for i in e.actors], e.status) for e in own] == [([actor], status)], show(analysis.events)
