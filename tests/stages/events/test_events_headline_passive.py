"""events stage: headline-style reduced passives ("Pastor detained after sermon") (hand-built cases)."""

from __future__ import annotations

import pytest

from ..stage_helpers import coded


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# A bare singular noun opening a headline before a participle is the one the action is done to.
REDUCED_PASSIVES = [
    ("Pastor detained after sermon criticising governor", "COERCE", "Pastor"),
    ("Mother arrested after taking knife from daughter's bag at school, reports say", "COERCE", "Mother"),
]


@pytest.mark.parametrize("text,etype,party", REDUCED_PASSIVES)
def test_bare_headline_subject_undergoes_the_action(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)
    assert not any(party in names[a] for a in event.actors), (event.actors, names)


# A plural or determined subject of an active verb without an object stays the actor.
ACTIVE = [
    ("Rebels attacked at dawn, killing two.", "ASSAULT", "Rebels"),
    ("Police arrested after the protest a dozen students.", "COERCE", "Police"),
    ("Battalion withdrew from the town after heavy fighting", "RETREAT", "Battalion"),
    ("Minister resigned after protests", "RETREAT", "Minister"),
]


@pytest.mark.parametrize("text,etype,party", ACTIVE)
def test_active_subject_stays_the_actor(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[a] for a in event.actors), (event.actors, names)
