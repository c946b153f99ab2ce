"""events stage: a common noun set beside a named party in apposition ("Boko Haram and its rival, the Islamic State
West Africa Province,") is that party, not a party of its own, also when the parser hangs the apposition on the
first conjunct. Invented sentences."""

from __future__ import annotations

from eventwire.document import Article
from ..stage_helpers import show


def test_rival_in_apposition_is_the_named_group(pipeline_factory):
    pipeline = pipeline_factory("actors", "events")
    text = ("The Kordofan Brigade and its rival, the Popular Defence Front, have carried out similar attacks "
            "in the region.")
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.type == "ASSAULT"]
    assert events, show(analysis.events)
    assert not any("rival" in names[i] for e in events for i in e.actors), show(analysis.events)
    assert any(names[i] == "Popular Defence Front" for e in events for i in e.actors), show(analysis.events)
