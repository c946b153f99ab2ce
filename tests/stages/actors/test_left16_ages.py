"""actors: invented articles (round 16): people named by their age ("a 17-year-old", "two 16-year-olds", which the
tagger reads as a date) are a population of civilians, and the party an event befalls."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with, coded, named


@pytest.fixture(scope="module")
def pipe(pipeline_factory):
    return pipeline_factory("actors", "places", "events")


def test_singular_age_noun_is_a_person_beaten(run, pipe):
    text = "A 17-year-old was beaten by police in Vilnius on Tuesday."
    teen = actor_with(run(text), "A 17-year-old")
    assert teen is not None and teen.kind == "population" and teen.sector == "CVL", teen
    event, names = coded(pipe, text, "ASSAULT")
    assert named(names, event.recipients, "17-year-old"), (event.recipients, names)


def test_plural_age_noun_is_people_detained(run, pipe):
    text = "Two 16-year-olds were detained by police in Riga."
    teens = actor_with(run(text), "Two 16-year-olds")
    assert teens is not None and teens.kind == "population", teens
    event, names = coded(pipe, text, "COERCE")
    assert named(names, event.recipients, "16-year-olds"), (event.recipients, names)


def test_age_of_a_thing_is_no_one(run):
    actors = run("The 40-year-old law was repealed on Monday.")
    assert not any("year-old" in m.text for a in actors for m in a.mentions), [a.name for a in actors]
