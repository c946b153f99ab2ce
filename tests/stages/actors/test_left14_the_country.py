"""actors: invented articles (round 14): a bare "the country" is the one state the story named before it (not the
state addressing it); with two states named before, it stays unknown."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_the_country_addressed_by_another_state_is_the_one_named_before(run):
    actors = run("Floods killed 40 people in Malawi on Sunday. France congratulated the country on its rescue "
                 "effort.")
    country = actor_with(actors, "the country")
    assert country is not None and country.country == "MWI", country and country.country


def test_the_country_as_a_subject_is_the_one_named_before(run):
    actors = run("Floods killed 40 people in Malawi on Sunday. The country appealed for help.")
    country = actor_with(actors, "The country")
    assert country is not None and country.country == "MWI", country and country.country


def test_the_country_after_two_states_stays_unknown(run):
    actors = run("Floods killed 40 people in Malawi and Zambia on Sunday. France congratulated the country on its "
                 "rescue effort.")
    country = actor_with(actors, "the country")
    assert country is None or country.country is None, country.country
