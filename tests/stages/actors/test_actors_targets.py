"""actors stage: a place or building an attack is aimed at stands for its people or institution (hand-built)."""

from __future__ import annotations

import pytest

from ..stage_helpers import actors_of


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors")


# (sentence, mention, name, kind)
TARGETS = [
    ("Artillery units shelled the hamlet's school overnight.", "the hamlet's school", "hamlet's school", "population"),
    ("Rebel fighters shelled the village for a second day.", "the village", "village", "population"),
    ("Masked men attacked a police station near the border.", "a police station", "police", "police"),
    ("A crowd stormed the consulate after the verdict.", "the consulate", "consulate", "government"),
    ("Two men were charged over the bombing of the tax office.", "the tax office", "tax office", "other"),
    ("The group claimed the ambush on a military convoy.", "a military convoy", "military", "military"),
    # a weapon as the object makes any verb an attack on what its phrase names
    ("Warplanes dropped bombs on the village at dawn.", "the village", "village", "population"),
    ("Gunmen hurled grenades into a crowded market.", "a crowded market", "crowded market", "population"),
    # the object of the last of two coordinated verbs is also the object of the attack verb before it
    ("Rebels raided and looted the village overnight.", "the village", "village", "population"),
]


@pytest.mark.parametrize("text,mention,name,kind", TARGETS)
def test_attacked_place_is_an_actor(pipeline, text, mention, name, kind):
    actors = actors_of(pipeline, text)
    assert name in actors, actors
    assert actors[name] == (kind, [mention]), actors[name]


NOT_TARGETS = [
    "The family moved to a new house in the village.",
    "The ministers met at the embassy on Tuesday.",
    "Jets destroyed a warehouse and a training building.",
    "Helicopters dropped food parcels on the village.",
]


@pytest.mark.parametrize("text", NOT_TARGETS)
def test_places_not_attacked_are_no_actors(pipeline, text):
    actors = actors_of(pipeline, text)
    assert not any(word in name for name in actors for word in ("house", "village", "embassy", "building")), actors
