"""actors stage: bare counts of people harmed, held or rescued are population actors (hand-built sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actors_of


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors")


# (sentence, the count's mention, the actor's name)
COUNTS = [
    ("The two men set off a bomb at the fair, killing one woman and injuring 57.", "57", "57 people"),
    ("By the end of the year, 312 had been killed in the fighting.", "312", "312 people"),
    ("The storm of gunfire left four guards dead and more than 40 injured.", "more than 40", "more than 40 people"),
    ("A roadside bomb left two soldiers dead and another 9 wounded.", "another 9", "9 people"),
    ("The grenade went off early, killing the two inside the car.", "the two", "two people"),
    ("Agents rounded up 30 farmers and detained at least 11 of them.", "at least 11 of them", "at least 11 of them"),
    ("A guard was shot and three more were wounded at the gate.", "three more", "three more people"),
    ("The militia has abducted hundreds in the valley.", "hundreds", "hundreds of people"),
    ("An estimated 800 to 900 were killed in the flood of violence.", "800 to 900", "800 to 900 people"),
]


@pytest.mark.parametrize("text,mention,name", COUNTS)
def test_bare_count_of_victims_is_a_population_actor(pipeline, text, mention, name):
    actors = actors_of(pipeline, text)
    assert name in actors, actors
    kind, mentions = actors[name]
    assert kind == "population" and mentions == [mention], actors[name]


NOT_COUNTS = [
    "The home side won 3 and lost 2 of their last five games.",
    "The ministry bought 40 from a supplier in March.",
    "Prices rose 5 percent in the quarter.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_other_counts_are_no_actors(pipeline, text):
    actors = actors_of(pipeline, text)
    assert not any(kind == "population" and name[0].isdigit() for name, (kind, _) in actors.items()), actors


def test_two_equal_counts_stay_two_actors(pipeline):
    actors = pipeline.analyse(Article(text="Gunmen killed three in the north. Police arrested three in the south."))
    counts = [a for a in actors.actors if a.name == "three people"]
    assert len(counts) == 2, [(a.name, [m.text for m in a.mentions]) for a in actors.actors]
