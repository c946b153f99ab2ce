"""events stage: phrases giving an event's setting, charge or instrument are not parties to it (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import coded


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# Once the object or passive subject names the party acted on, "at X" is where and "with X" the charge or tool.
SETTING = [
    ("The activist was arrested at a school in Lagos.", "COERCE", "activist", ["school", "Lagos"]),
    ("The suspects are being tried at a military court in Bangkok.", "ACCUSE", "suspects", ["court", "Bangkok"]),
    ("Prosecutors charged the editor with abuse of authority and tax evasion.", "COERCE", "editor",
     ["authority", "evasion"]),
]


@pytest.mark.parametrize("text,etype,party,not_parties", SETTING)
def test_setting_or_charge_is_not_a_recipient(pipeline, text, etype, party, not_parties):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)
    for word in not_parties:
        assert not any(word in names[r] for r in event.recipients), (word, event.recipients, names)


# A party in the "with" phrase still joins; without a party object, "at X" still names the target.
PARTIES = [
    ("The journalist was detained with his wife.", "COERCE", "wife"),
    ("Police fired tear gas at protesters.", "ASSAULT", "protesters"),
]


@pytest.mark.parametrize("text,etype,party", PARTIES)
def test_party_in_with_or_at_phrase_still_joins(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


# A place as the subject of an intransitive "burn"/"sink" is what burns, never the one burning things; with no
# one named as doing it there is no attack at all (a figure of speech for unrest; tests/stages/test_events_nonevents.py).
PLACE_UNDERGOES = [
    ("Darfur is burning again.", "Darfur"),
    ("The Balkans are burning, and Europe is looking away.", "Balkans"),
]


@pytest.mark.parametrize("text,place", PLACE_UNDERGOES)
def test_burning_place_is_not_the_actor(pipeline, text, place):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    assert not any(e.type == "ASSAULT" for e in analysis.events), analysis.events
    assert not any(place in names[a] for e in analysis.events for a in e.actors), analysis.events


def test_transitive_burning_keeps_its_doer(pipeline):
    event, names = coded(pipeline, "Militants burned the village of Tora.", "ASSAULT")
    assert any("Militants" in names[a] for a in event.actors), (event.actors, names)
