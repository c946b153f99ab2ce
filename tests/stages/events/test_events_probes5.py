"""events stage: type and status slips found by a fifth round of probing with invented wire-news sentences.

- an accord as the subject of a verb of breaking down ("the truce collapsed", "the deal fell apart", "the pact broke
  down") is one made before whose end is told: no accord reached in this report;
- a verb of naming whose name the parser reads as a second object ("branded the rally a riot") names an act that
  took place: the act stays an asserted event, and the name is no second event;
- foreign troops ordered out of a country are expelled (SANCTION), a force ordered out of a town is not.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text: str):
    return pipeline.analyse(Article(text=text)).events


@pytest.mark.parametrize("text,noun", [
    ("The peace agreement between the two clans collapsed on Sunday.", "agreement"),
    ("The border accord broke down in the spring.", "accord"),
    ("The border pact fell apart within a month.", "pact"),
    ("The coalition pact fell through after the budget vote.", "pact"),
    ("The ceasefire broke down in the spring.", "ceasefire"),
])
def test_accord_breaking_down_is_no_new_agreement(pipeline, text, noun):
    events = events_of(pipeline, text)
    assert not any(e.status == "asserted" and noun in e.trigger.text.split() for e in events), show(events)


def test_accord_reached_is_still_an_agreement(pipeline):
    events = events_of(pipeline, "The two clans signed a truce on Sunday.")
    assert any(e.type == "AGREE" and e.status == "asserted" for e in events), show(events)


@pytest.mark.parametrize("text,trigger,etype", [
    ("The governor branded the rally a riot.", "rally", "PROTEST"),
    ("The ministry labelled the strikes a danger to the harvest.", "strikes", "PROTEST"),
])
def test_named_act_stays_an_event(pipeline, text, trigger, etype):
    events = events_of(pipeline, text)
    own = [e for e in events if e.type == etype and trigger in e.trigger.text.split()]
    assert own and all(e.status == "asserted" for e in own), show(events)
    assert not any(e.type == etype and e.trigger.text.split()[0] in ("riot", "danger") for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The council ordered Belgian soldiers to leave the country.",
    "The new rulers ordered foreign troops to leave Niger.",
    "Chad's military council ordered French soldiers to leave Chad.",
])
def test_foreign_troops_ordered_out_are_expelled(pipeline, text):
    events = events_of(pipeline, text)
    assert any(e.type == "SANCTION" and e.mode == "expel" and e.status == "asserted" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The commander ordered his soldiers to leave the village.",
    "The defence minister ordered Ukrainian troops to leave the town.",
])
def test_force_ordered_out_of_a_town_is_not_expelled(pipeline, text):
    events = events_of(pipeline, text)
    assert "SANCTION" not in {e.type for e in events}, show(events)


@pytest.mark.parametrize("text", [
    "The Kremlin ordered Russian troops to leave Moldova.",
    "President Petrov ordered Russian troops to leave Georgia.",
])
def test_a_named_orderer_other_than_the_state_left_expels_no_one(pipeline, text):
    # lead regression test: the orderer sends its own troops home, it does not expel another country's
    events = events_of(pipeline, text)
    assert not any(e.type == "SANCTION" and e.mode == "expel" for e in events), show(events)
