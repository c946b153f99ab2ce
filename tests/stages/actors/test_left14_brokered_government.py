"""actors: invented articles (round 14): the state that brokers a truce "between the government and" rebels is a
third party; "the government" is the state the story is about, not the broker."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_the_government_between_two_sides_is_not_the_broker(run):
    actors = run("Fighting resumed in Peru on Monday. Switzerland brokered a truce between the government and the "
                 "rebels.")
    government = actor_with(actors, "the government")
    assert government is not None and government.country == "PER", government and government.country


def test_a_broker_with_no_other_state_leaves_the_government_unknown(run):
    actors = run("Switzerland brokered a truce between the government and the Ngoro rebels in Kavala province.")
    government = actor_with(actors, "the government")
    assert government is not None and government.country != "CHE", government.country
