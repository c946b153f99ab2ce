"""events stage: lead probes (session 14), invented wire-news sentences.

- a go-between brokering an accord ("trying to broker a ceasefire", "brokered a truce") mediates (CONSULT
  third-party): it is no party to the accord, and an attempt to broker one is no accord;
- a reported clause the parser reads as a noun with a participle ("Israeli air strikes killed 12 people, the
  ministry said" with "strikes" hung on "said" as a second subject): the participle with an object of its own is
  the active verb, and the noun's owner did it (not a reduced passive whose noun undergoes it).
"""

from __future__ import annotations

import pytest

from .stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "Ruritanian air strikes killed at least 14 people in the border area on Monday, the health ministry said.",
    "Ruritanian drone strikes destroyed two bridges near the river overnight, local officials said.",
])
def test_reported_clause_read_as_noun_keeps_its_active_verb(pipeline, text):
    events, names = events_and_names(pipeline, text)
    attacks = [e for e in events if e.type == "ASSAULT" and e.trigger.text in ("killed", "destroyed")]
    assert attacks, show(events)
    assert "ruritanian" not in " ".join(lowered_names(names, attacks[0].recipients)), show(events)
    assert "ruritan" in " ".join(lowered_names(names, attacks[0].actors)), show(events)


@pytest.mark.parametrize("text", [
    "Norway and Egypt have been trying to broker a ceasefire between the army and the rebels.",
    "Oman brokered a truce between the two factions last month.",
])
def test_a_go_between_brokering_an_accord_mediates(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    brokered = [e for e in events if e.trigger.text.startswith("broker")]
    assert brokered and all(e.type == "CONSULT" for e in brokered), show(events)
    assert not any(e.type == "AGREE" and e.status == "asserted" for e in events), show(events)
