"""actors: invented articles (round 13): a story filed from a state no list knows ("VELMAR, Delvara (AP) -") guesses
no known state for its bare "the government"; a capital's name used as a person's given name names no state."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_a_dateline_naming_an_unknown_state_gives_the_government_no_known_state(run):
    actors = run("VELMAR, Delvara (AP) - Aid agencies said on Friday that 200,000 people could face famine. The Red "
                 "Crescent called on the government to open a second route. Bright Water Alliance, an aid group "
                 "based in Oslo, said it had installed 60 pumps. Norway and Japan have pledged to attend a donors' "
                 "conference.")
    government = actor_with(actors, "the government")
    assert government is not None and government.country is None, government.country


def test_a_known_dateline_state_still_gives_the_government_its_state(run):
    actors = run("GOMA, Congo (Reuters) - Aid agencies called on the government to open a second route. Norway "
                 "pledged aid.")
    government = actor_with(actors, "the government")
    assert government is not None and government.country == "COD", (government and government.country)


def test_a_capitals_name_as_a_given_name_names_no_state(run):
    actors = run("The opposition alliance's leader, Sofia Brandt, welcomed the fall of the government but called on "
                 "the officers to hand power to civilians.")
    government = actor_with(actors, "the government")
    assert government is None or government.country != "BGR", government.country
