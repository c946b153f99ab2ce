"""actors: invented articles (round 15): "the government in <a seat no list knows>" is no government of the
dateline's state, and its seat is no person; an indefinite "a state" is no particular state."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_government_in_unknown_seat_is_not_the_datelines_state(run):
    actors = run("BORVANA, Bolivia (Reuters) - The government in Marenna said it would hold elections.")
    government = actor_with(actors, "The government")
    assert government is not None and government.country != "BOL", government
    assert actor_with(actors, "Marenna") is None, [(a.name, a.kind) for a in actors]


def test_government_in_known_capital_is_that_state(run):
    actors = run("BORVANA, Bolivia (Reuters) - The government in La Paz said it would hold elections.")
    government = actor_with(actors, "The government")
    assert government is not None and government.country == "BOL", government


def test_indefinite_state_is_no_particular_state(run):
    actors = run("BORVANA, Bolivia (Reuters) - Police said a state had sponsored the attack on the ministry.")
    state = actor_with(actors, "a state")
    assert state is None or state.country is None, state


def test_definite_state_in_datelined_report_is_the_home_state(run):
    actors = run("BORVANA, Bolivia (Reuters) - Police said the state had failed the victims.")
    state = actor_with(actors, "the state")
    assert state is not None and state.country == "BOL", state
