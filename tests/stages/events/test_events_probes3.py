"""events stage: readings found wrong by a third round of probing with invented news sentences.

- a place in an "in/at" phrase on an agreement's own verb ("was signed in Oslo") is where the accord was made,
  not a party it binds; a place on the accord noun ("a truce in X") may still be its recipient;
- one who "remains" or "is" in custody is held (COERCE:arrest recipient), as with "in detention"; the noun
  "custody" elsewhere ("a custody dispute") names no detention;
- kidnappers handing over schoolchildren they hold release them (RETREAT:release), like any other captives;
- "state security" is a police body of the state (actor kind police), not a bare "security" of no kind.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import events_and_names

PUBLISHED = "2024-03-06"


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "times", "quotes", "events")


def analyse(pipeline, text: str):
    return events_and_names(pipeline, text, published=PUBLISHED)


@pytest.mark.parametrize("text, venue", [
    ("The peace accord was signed in Oslo on Tuesday by the two guerrilla movements.", "Oslo"),
    ("The two parties signed the pact in Nairobi last week.", "Nairobi"),
])
def test_venue_of_signing_is_no_recipient(pipeline, text, venue):
    events, names = analyse(pipeline, text)
    agree = [e for e in events if e.type == "AGREE"]
    assert agree, [(e.type, e.trigger) for e in events]
    assert all(venue not in [names.get(r, r) for r in e.recipients] for e in agree)


@pytest.mark.parametrize("text, held", [
    ("The blogger remains in custody, his lawyer told reporters.", "blogger"),
    ("The former minister is still in custody, according to his party.", "former minister"),
])
def test_remaining_in_custody_is_detention(pipeline, text, held):
    events, names = analyse(pipeline, text)
    coerce = [e for e in events if e.type == "COERCE" and e.mode == "arrest"]
    assert coerce, [(e.type, e.trigger) for e in events]
    assert held in [names.get(r, r) for r in coerce[0].recipients]


def test_custody_dispute_is_no_detention(pipeline):
    events, _ = analyse(pipeline, "The singer lost a custody dispute over her two sons.")
    assert not [e for e in events if e.type == "COERCE"]


@pytest.mark.parametrize("text, freed", [
    ("The kidnappers handed the pupils over to community leaders on Friday.", "pupils"),
    ("Gunmen handed over the seminarians to church officials late on Monday.", "seminarians"),
])
def test_captors_handing_over_schoolchildren_release_them(pipeline, text, freed):
    events, names = analyse(pipeline, text)
    release = [e for e in events if e.type == "RETREAT" and e.mode == "release"]
    assert release, [(e.type, e.mode, e.trigger) for e in events]
    assert freed in [names.get(r, r) for r in release[0].recipients]


def test_state_security_is_a_police_body(pipeline):
    analysis = pipeline.analyse(Article(text="State security said on Monday that the two engineers had "
                                        "confessed.", published=PUBLISHED))
    kinds = {a.name.lower(): a.kind for a in analysis.actors or []}
    assert any(name.startswith("state security") and kind == "police" for name, kind in kinds.items()), kinds
