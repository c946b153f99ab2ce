"""events stage: recipients of broken lists, of seats of bodies, of forces sent and of craft fired at
(hand-built sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def parties(pipeline, text: str, etype: str) -> tuple[list[str], list[str]]:
    """(actor names, recipient names) of the first event of the type, each actor by its name and mentions."""
    analysis = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: " / ".join([a.name, *(m.text for m in a.mentions)]) for a in analysis.actors or []}
    event = next(e for e in analysis.events if e.type == etype)
    return [names[i] for i in event.actors], [names[i] for i in event.recipients]


@pytest.mark.parametrize("text", [
    "Troops raided the bandits, the herders and the poachers, the ministry said.",
    "Troops raided the bandits, the herders, and the poachers.",
    "Troops raided the bandits, the herders and the poachers, officials said on Tuesday.",
])
def test_every_member_of_a_comma_list_is_a_recipient(pipeline, text):
    _, recipients = parties(pipeline, text, "ASSAULT")
    for word in ("bandits", "herders", "poachers"):
        assert any(word in r for r in recipients), (word, recipients)


def test_a_list_whose_last_names_start_a_clause_adds_nobody(pipeline):
    _, recipients = parties(pipeline, "Troops raided the bandits, the herders and the poachers escaped.", "ASSAULT")
    assert not any("poachers" in r for r in recipients), recipients


def test_an_apposition_is_no_list(pipeline):
    _, recipients = parties(pipeline, "Police detained the driver, a retired teacher, on Friday.", "COERCE")
    assert not any("teacher" in r and "driver" not in r for r in recipients), recipients


def test_seat_of_a_body_acting_is_that_body(pipeline):
    actors, _ = parties(pipeline, "Brussels imposed new tariffs on imported steel.", "COERCE")
    assert any("European Union" in a for a in actors), actors
    assert not any("Belgium" in a for a in actors), actors


def test_seat_of_a_body_as_a_place_is_no_party(pipeline):
    analysis = pipeline.analyse(Article(text="The ministers met in Brussels on Monday.", published="2026-11-20"))
    assert not any(a.name == "European Union" for a in analysis.actors or []), [a.name for a in analysis.actors]


def test_forces_sent_are_no_recipient(pipeline):
    _, recipients = parties(pipeline, "Norway sent three navy frigates carrying food to Iceland.", "MOBILIZE")
    assert not any("frigates" in r for r in recipients), recipients
    assert any("Iceland" in r for r in recipients), recipients


@pytest.mark.parametrize("text,word", [
    ("The coast guard fired water cannon at fishing boats near the reef.", "boats"),
    ("Sailors fired warning shots at a fishing vessel on Sunday.", "vessel"),
])
def test_craft_fired_at_is_the_recipient(pipeline, text, word):
    _, recipients = parties(pipeline, text, "ASSAULT")
    assert any(word in r for r in recipients), recipients


@pytest.mark.parametrize("text", [
    "Four sailors remained in custody on Tavira island.",
    "The two reporters are still in detention at Lisbon.",
])
def test_where_a_person_is_held_is_no_recipient(pipeline, text):
    _, recipients = parties(pipeline, text, "COERCE")
    assert not any("Tavira" in r or "Lisbon" in r or "Portugal" in r for r in recipients), recipients
    assert recipients, recipients
