"""events stage: lead probes (session 14), invented wire-news sentences.

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
