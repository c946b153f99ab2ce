"""events stage: things and people given back to a state, captives set free, states recognised by name, and an
object pronoun standing for the state the sentence before was about (hand-built cases)."""

from __future__ import annotations

import pytest

from ..stage_helpers import coded, named


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# "returned the seized X to Y": a craft, a find or a captive given back; Y receives it.
RETURNS = [
    ("The coast guard returned the impounded fishing boat to Vietnam.", "Vietnam"),
    ("Thailand returned the seized ancient statues to Cambodia.", "Cambodia"),
]


@pytest.mark.parametrize("text,party", RETURNS)
def test_party_something_is_returned_to_is_the_recipient(pipeline, text, party):
    event, names = coded(pipeline, text, "RETREAT")
    assert named(names, event.recipients, party), (event, names)


# "set free X" / "set X free": a release; those freed are its recipients.
SET_FREE = [
    ("The military council set free 60 detainees on Friday.", "detainees"),
    ("The rebels set four journalists free on Tuesday.", "journalists"),
]


@pytest.mark.parametrize("text,party", SET_FREE)
def test_captives_set_free_are_the_recipients(pipeline, text, party):
    event, names = coded(pipeline, text, "RETREAT")
    assert event.mode == "release", event
    assert named(names, event.recipients, party), (event, names)


# "recognised X" with a state's name as the object is diplomatic recognition of X.
RECOGNITIONS = [
    ("Tuvalu formally recognized Palestine.", "Palestine"),
    ("Fiji recognised Kosovo in 2012.", "Kosovo"),
]


@pytest.mark.parametrize("text,party", RECOGNITIONS)
def test_state_recognised_by_name_is_the_recipient(pipeline, text, party):
    event, names = coded(pipeline, text, "SUPPORT")
    assert named(names, event.recipients, party), (event, names)


# "X held a vote. Y congratulated it": the object pronoun stands for the state the sentence before was about.
def test_object_pronoun_stands_for_the_previous_subject(pipeline):
    event, names = coded(pipeline, "Senegal held a peaceful runoff on Sunday. France congratulated it on the result.",
                         "SUPPORT")
    assert named(names, event.actors, "France"), (event, names)
    assert named(names, event.recipients, "Senegal"), (event, names)


# "turned over suspected militants to X": handed to another state's justice, as in an extradition; X receives them.
def test_suspects_turned_over_to_a_state_name_it_as_recipient(pipeline):
    event, names = coded(pipeline, "Djibouti turned over five suspected militants to Ethiopia.", "COOPERATE")
    assert named(names, event.recipients, "Ethiopia"), (event, names)


# "quit the coalition/alliance" is leaving it, as "left the coalition" is.
def test_party_quitting_a_coalition_withdraws_from_it(pipeline):
    event, names = coded(pipeline, "The Greens quit the ruling coalition, leaving it without a majority.", "SANCTION")
    assert event.mode == "withdraw", event
    assert named(names, event.recipients, "coalition"), (event, names)
