"""actors: leftovers (round 13): a bare "the government" is not guessed to be a state the story names only in
passing (a donor acting in its own name later), nor taken over by such a state acting in between."""

from __future__ import annotations

from ..stage_helpers import actor_with


def _governments(actors):
    return [a for a in actors if any(m.text == "The government" for m in a.mentions)]


def test_a_donor_named_later_is_not_the_governments_state(run):
    actors = run("The government said on Monday it would hold talks with the rebels in the north. Sweden pledged "
                 "5 million dollars in aid for displaced families. The government also said it had released 40 "
                 "prisoners.")
    governments = _governments(actors)
    assert len(governments) == 1 and governments[0].country is None, [(a.name, a.country) for a in governments]
    assert actor_with(actors, "Sweden") is not governments[0]


def test_the_government_of_an_unknown_state_is_not_a_donors(run):
    actors = run("The government of Dorvania said on Monday it would hold talks with the rebels. Sweden pledged "
                 "5 million dollars in aid. The government also said it had released 40 prisoners.")
    governments = _governments(actors)
    assert len(governments) == 1 and governments[0].country is None, [(a.name, a.country) for a in governments]


def test_a_state_acting_in_between_does_not_take_over_the_government(run):
    actors = run("The government of Kenya said on Monday it would hold talks with the rebels. Sweden pledged aid. "
                 "The government also said it had released 40 prisoners.")
    governments = _governments(actors)
    assert len(governments) == 1 and governments[0].country == "KEN", [(a.name, a.country) for a in governments]


def test_a_state_acting_in_the_governments_own_sentence_still_is_it(run):
    actors = run("Portugal said on Monday it would send doctors. The government was weighing further aid, "
                 "officials said.")
    government = actor_with(actors, "The government")
    assert government is not None and government.country == "PRT", (government and government.country)
