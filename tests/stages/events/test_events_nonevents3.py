"""events stage: what a place of holding holds ("the prisons held 31,000 people") is its occupancy, no detention;
people held by a force are still detained. Sentences invented here."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _asserted(pipeline, text: str) -> list[str]:
    analysis = pipeline.analyse(Article(text=text, published="2026-11-20"))
    return [e.type for e in analysis.events or [] if e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "The monitor said Peru's jails held about 90,000 inmates in cells built for 40,000.",
    "The camp near Goma houses 60,000 displaced people.",
    "The detention centre holds more than 700 migrants, the charity said.",
    "Its three shelters accommodate 1,200 families.",
    "The group said Chile's prisons held about 60,000 people in facilities built for 41,000.",
])
def test_what_a_place_holds_is_no_detention(pipeline, text):
    assert "COERCE" not in _asserted(pipeline, text)


def test_camps_hosting_refugees_tell_no_aid_given_now(pipeline):
    assert "AID" not in _asserted(pipeline, "Kenya's camps host 800,000 refugees from four countries.")


@pytest.mark.parametrize("text", [
    "Police held the two students for three days without charge.",
    "Militiamen held the aid workers at a checkpoint outside Bunia.",
])
def test_people_held_by_a_force_are_detained(pipeline, text):
    assert "COERCE" in _asserted(pipeline, text)


@pytest.mark.parametrize("text", [
    "Factory owners shut more than 80 plants in the industrial zone on Sunday, citing security concerns.",
    "Mine owners closed three pits after the flooding.",
])
def test_owners_shutting_their_own_plants_is_no_obstruction(pipeline, text):
    assert "PROTEST" not in _asserted(pipeline, text)


def test_protesters_shutting_a_port_still_obstruct(pipeline):
    assert "PROTEST" in _asserted(pipeline, "Protesters shut the port of Mombasa for a day.")
