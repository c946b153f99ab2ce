"""events stage: the act people flee or escape ("refugees fled fighting in the region") is done by others, never by
those getting away from it (cues `flight_verbs`). Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def actor_names(pipeline, text: str, trigger: str) -> list[list[str]]:
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    own = [e for e in analysis.events if trigger in e.trigger.text.split()]
    assert own, show(analysis.events)
    return [sorted(names[i] for i in e.actors) for e in own]


@pytest.mark.parametrize("text", [
    "Refugees fled fighting in the eastern province.",
    "Chad closed its border as refugees fled fighting in Darfur.",
])
def test_those_fleeing_do_not_fight(pipeline, text):
    assert actor_names(pipeline, text, "fighting") == [[]]


def test_fighting_between_named_sides_keeps_them(pipeline):
    text = "Thousands of families have fled fighting between the army and rebels."
    assert actor_names(pipeline, text, "fighting") == [["army", "rebels"]]


def test_those_who_fought_before_fleeing_still_fought(pipeline):
    assert actor_names(pipeline, "Rebels fled after fighting with troops.", "fighting") == [["Rebels"]]


def test_coordinated_trailing_speakers_are_no_recipients(pipeline):
    text = ("Rebels seized the town of Ravel on Tuesday after two days of heavy fighting with troops and allied "
            "militias, residents and a rebel spokesman said.")
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    fighting = [e for e in analysis.events if e.trigger.text == "fighting"]
    assert fighting and not any("spokesman" in names[i] for i in fighting[0].recipients), show(analysis.events)
