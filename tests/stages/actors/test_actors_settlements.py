"""actors: a settlement named with a settlement noun ("the town of X", "X district") is a place, not an actor,
even when the tagger takes it for a person or a body and the gazetteer is too coarse to know it; and words for
the news media as a whole ("media outlets") are media actors."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.mark.parametrize(("text", "place"), [
    ("Clashes broke out near the town of Tal Hamdan on Sunday, a monitor said.", "Tal Hamdan"),
    ("Fighters shelled the village of Kafr Barsin overnight, residents said.", "Kafr Barsin"),
    ("Aid convoys reached Tal Hamdan town overnight, a monitor said.", "Tal Hamdan"),
])
def test_a_name_with_a_settlement_noun_is_no_actor(run, text, place):
    analysis = run(text)
    assert actor_of(analysis, place) is None, [(a.name, a.kind) for a in analysis.actors]


def test_a_person_before_a_lower_case_noun_stays_a_person(run):
    # only a settlement noun makes the name a place: "Omar Haddad" before "aides" is still a person
    analysis = run("Rebel commander Omar Haddad told his aides the offensive would go on.")
    haddad = actor_of(analysis, "Omar Haddad")
    assert haddad is not None and haddad.kind == "person"


def test_a_person_heading_a_camp_stays_a_person(run):
    # "camp" is a settlement only for refugees; a politician's camp is their following
    analysis = run("Rivals mocked the Omar Haddad camp on Monday.")
    haddad = actor_of(analysis, "Omar Haddad")
    assert haddad is not None and haddad.kind == "person"


def test_a_capital_used_as_a_party_stays_an_actor(run):
    analysis = run("Moscow said the strikes near the town of Tal Hamdan would continue.")
    assert actor_of(analysis, "Moscow") is not None
    assert actor_of(analysis, "Tal Hamdan") is None


def test_media_outlets_are_a_media_actor(run):
    analysis = run("Several media outlets reported that the talks had collapsed.")
    outlets = actor_of(analysis, "media outlets")
    assert outlets is not None and outlets.kind == "media"
