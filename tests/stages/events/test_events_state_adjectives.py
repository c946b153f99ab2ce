"""events stage: a nationality adjective standing for the doer of an act ("Russian missiles pounded ...") is that
state, coded with its country and joined to the state's actor where the article has one; a plural people noun
("Syrians") stays a population (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def doers(pipeline, text: str, trigger: str):
    analysis = pipeline.analyse(Article(text=text))
    by_id = {a.id: a for a in analysis.actors or []}
    events = [e for e in analysis.events if e.trigger.text.split()[0] == trigger]
    assert events, show(analysis.events)
    return [by_id[i] for e in events for i in e.actors if i in by_id], analysis


@pytest.mark.parametrize("text, trigger, country", [
    ("Ruritanian missiles pounded the port city overnight, killing four dockworkers.", "pounded", None),
    ("Russian missiles pounded the port city overnight, killing four dockworkers.", "pounded", "RUS"),
    ("Israeli airstrikes destroyed a water plant near the border on Tuesday.", "destroyed", "ISR"),
    ("Turkish drones struck a convoy of trucks north of the town.", "struck", "TUR"),
])
def test_nationality_adjective_doer_is_its_state(pipeline, text, trigger, country):
    actors, _ = doers(pipeline, text, trigger)
    if country is None:  # an adjective of no known state makes no state
        assert all(a.kind != "country" for a in actors)
        return
    states = [a for a in actors if a.country == country]
    assert states and all(a.kind in ("country", "government", "military") for a in states), \
        [(a.name, a.kind, a.country) for a in actors]


def test_nationality_adjective_joins_the_states_actor(pipeline):
    text = ("Russia denied targeting civilians. Russian missiles hit a school in the city on Monday, "
            "local officials said.")
    actors, analysis = doers(pipeline, text, "hit")
    russia = [a for a in analysis.actors if a.country == "RUS" and a.kind in ("country", "government")]
    assert len(russia) == 1 and any(a.id == russia[0].id for a in actors), \
        [(a.name, a.kind, a.country) for a in analysis.actors]
