"""actors and events: a state the text names acting is one actor however it is referred to afterwards ("his
country", a capital it is dealt with through, "it"); the second city of a two-city dateline is no actor (invented
sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_with


def test_his_country_is_the_state_named_before(run):
    actors = run("China warned the Philippines on Thursday. Philippine President Ferdinand Marcos Jr. said his "
                 "country would not be intimidated.")
    state = actor_with(actors, "the Philippines")
    assert state is not None and actor_with(actors, "his country") is state
    assert sum(a.name == state.name for a in actors) == 1


@pytest.fixture(scope="module")
def full(pipeline_factory):
    pipeline = pipeline_factory("actors", "places", "times", "events")
    return lambda text: pipeline.analyse(Article(text=text))


def test_a_capital_a_party_deals_with_is_the_state_already_acting(full):
    analysis = full("BEIJING/MANILA, Nov 20 (Reuters) - Manila summoned China's envoy to protest against what it "
                    "called aggressive actions. The United States said it stood with Manila.")
    named = [a for a in analysis.actors if a.country == "PHL" and a.kind in ("government", "country")]
    assert len(named) == 1, [(a.name, [m.text for m in a.mentions]) for a in analysis.actors]
    assert not [m for m in named[0].mentions if m.text == "MANILA"]  # the dateline's second city
