"""events stage: event arguments and types found wrong by probing the coder with invented news sentences.

- an accord noun that is the subject of a verb telling its state ("the truce stayed shaky", "the armistice seems to
  be holding") is an accord already in force: no new event; one that is signed or agreed to is still coded;
- declaring an envoy "persona non grata" is an expulsion of the envoy whether the parser reads the envoy as the
  object or as the subject of a small clause ("declared [two envoys persona non grata]");
- captives handed over or released "to" someone (elders, a council, the Red Cross) are the party released; the one
  who takes them in is no recipient;
- who is, remains or stays in custody or detention is the one held, and the "by" agent of a participle beside it
  ("held by the secret police") is the holder.
"""

from __future__ import annotations

import pytest

from ..stage_helpers import events_and_names, lowered_names

PUBLISHED = "2024-03-06"


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "times", "quotes", "events")


def analyse(pipeline, text: str):
    return events_and_names(pipeline, text, published=PUBLISHED)


named = lowered_names


def described(events) -> list[tuple]:
    return [(e.type, e.mode, e.trigger.text, e.status) for e in events]


# --- the state of an accord in force ------------------------------------------------------------------------------
ACCORD_STATES = [
    "The truce stayed shaky through the week.",
    "The armistice seems to be holding.",
    "The cease-fire looked fragile on Thursday.",
    "The new pact remains in force.",
]


@pytest.mark.parametrize("text", ACCORD_STATES)
def test_an_accord_in_a_state_is_no_new_event(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert not [e for e in events if e.type in ("RETREAT", "AGREE")], described(events)


ACCORDS_MADE = [
    "The militia agreed to a truce with the army on Friday.",
    "The two factions signed an armistice in the capital.",
]


@pytest.mark.parametrize("text", ACCORDS_MADE)
def test_an_accord_made_is_still_coded(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert [e for e in events if e.type in ("RETREAT", "AGREE")], described(events)


# --- persona non grata ------------------------------------------------------------------------------------------
PERSONA_NON_GRATA = [
    ("The cabinet declared four diplomats persona non grata on Friday.", "cabinet", "diplomats"),
    ("Peru declared the ambassador persona non grata.", "peru", "ambassador"),
    ("Three envoys were declared persona non grata by the ministry.", "ministry", "envoys"),
]


@pytest.mark.parametrize("text,actor,envoy", PERSONA_NON_GRATA)
def test_declaring_an_envoy_persona_non_grata_expels_the_envoy(pipeline, text, actor, envoy):
    events, names = analyse(pipeline, text)
    expel = [e for e in events if (e.type, e.mode) == ("SANCTION", "expel")]
    assert expel, described(events)
    assert any(envoy in r for r in named(names, expel[0].recipients)), named(names, expel[0].recipients)
    assert any(actor in a for a in named(names, expel[0].actors)), named(names, expel[0].actors)


def test_declaring_a_vote_a_fraud_expels_no_one(pipeline):
    events, _ = analyse(pipeline, "The opposition leader declared the vote a fraud.")
    assert not [e for e in events if e.type == "SANCTION"], described(events)


# --- captives handed over to a go-between -----------------------------------------------------------------------
HANDED_OVER = [
    ("The sailors were handed over by the pirates to a village council.", "sailors", "council"),
    ("The kidnappers handed the hostages over to church leaders.", "hostages", "leaders"),
]


@pytest.mark.parametrize("text,freed,taker", HANDED_OVER)
def test_captives_handed_over_are_the_party_released_not_who_takes_them(pipeline, text, freed, taker):
    events, names = analyse(pipeline, text)
    release = [e for e in events if (e.type, e.mode) == ("RETREAT", "release")]
    assert release, described(events)
    recipients = named(names, release[0].recipients)
    assert any(freed in r for r in recipients), recipients
    assert not any(taker in r for r in recipients), recipients


# --- held in custody ---------------------------------------------------------------------------------------------
def test_one_who_remains_in_detention_held_by_a_force_is_held_by_it(pipeline):
    events, names = analyse(pipeline, "The blogger remains in detention, held by the secret police.")
    held = [e for e in events if e.type == "COERCE"]
    assert held, described(events)
    assert any("police" in a for a in named(names, held[0].actors)), named(names, held[0].actors)
    assert any("blogger" in r for r in named(names, held[0].recipients)), named(names, held[0].recipients)


def test_one_who_is_in_detention_is_the_one_held(pipeline):
    events, names = analyse(pipeline, "The opposition mayor is still in detention.")
    held = [e for e in events if e.type == "COERCE"]
    assert held, described(events)
    assert any("mayor" in r for r in named(names, held[0].recipients)), named(names, held[0].recipients)
