"""events stage: recipients named through a relative pronoun, protests held in a town with no target, and an envoy
summoned who names the state he serves (hand-built cases)."""

from __future__ import annotations

import pytest

from ..stage_helpers import coded, named


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# "X, which/whom/that Y <verb>ed": the relative pronoun is the verb's object and stands for X; Y does it (the parser
# may read "whom police arrested" as police who were arrested).
RELATIVE_OBJECTS = [
    ("Residents fled the town of Belvora, which militiamen shelled on Monday.", "ASSAULT", "militiamen", "Belvora"),
    ("Aid reached Kesh, which rebels attacked last week.", "ASSAULT", "rebels", "Kesh"),
    ("The editor, whom police arrested on Sunday, was released on bail.", "COERCE", "police", "editor"),
]


@pytest.mark.parametrize("text,etype,actor,party", RELATIVE_OBJECTS)
def test_relative_pronoun_object_is_the_recipient(pipeline, text, etype, actor, party):
    event, names = coded(pipeline, text, etype)
    assert named(names, event.actors, actor), (event, names)
    assert named(names, event.recipients, party), (event, names)


# A protest that names no target has no recipient: a town it was held in or marched through is only where.
TOWN_PROTESTS = [
    "Rallies were also held in Tarnovo and Pleven.",
    "Similar demonstrations were held in Kisangani.",
    "Hundreds of nurses marched through Kumasi on Friday.",
]


@pytest.mark.parametrize("text", TOWN_PROTESTS)
def test_protest_held_in_a_town_has_no_recipient(pipeline, text):
    event, names = coded(pipeline, text, "PROTEST")
    assert not event.recipients, (event, names)


# "summoned X's ambassador in <capital>": the envoy names the state he serves; the town is where he is posted.
def test_summoned_envoy_of_a_named_state_is_the_recipient(pipeline):
    event, names = coded(pipeline, "The foreign ministry summoned Peru's ambassador in Quito on Tuesday.", "ACCUSE")
    assert named(names, event.recipients, "Peru"), (event, names)
    assert not named(names, event.recipients, "Quito"), (event, names)


# Arrests made, or tear gas fired, in a town: the town is the scene, no party (a state still stands in).
TOWN_SCENES = [
    ("Police made 14 arrests in Kumasi on Saturday.", "COERCE"),
    ("Officers made several arrests in Leeds.", "COERCE"),
    ("Police fired tear gas in Kisumu.", "ASSAULT"),
    ("Police fire tear gas in Lilongwe", "ASSAULT"),
]


@pytest.mark.parametrize("text,etype", TOWN_SCENES)
def test_town_where_arrests_or_tear_gas_happen_is_no_recipient(pipeline, text, etype):
    event, names = coded(pipeline, text, etype)
    assert named(names, event.actors, "olice") or named(names, event.actors, "Officers"), (event, names)
    assert not event.recipients, (event, names)
