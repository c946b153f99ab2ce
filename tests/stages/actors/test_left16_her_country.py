"""actors: invented articles (round 16): "her country" / "his country" after a minister of a named state is that
state's government, named as such (and one actor with the government where a phrase names it)."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_her_country_after_a_states_minister_is_its_government(run):
    actors = run("Lithuanian Interior Minister Rasa Venclove said her country had turned back 1,200 migrants.")
    state = actor_with(actors, "her country")
    assert state is not None and state.country == "LTU" and state.kind == "government", state
    assert state.name == "Government of Lithuania", state.name


def test_his_country_joins_the_government_named_before(run):
    actors = run("Estonia's government said on Friday it would expel two diplomats. Foreign Minister Karl Tamm "
                 "of Estonia said his country would not be threatened.")
    state = actor_with(actors, "his country")
    assert state is not None and state.name == "Estonia's government", state
