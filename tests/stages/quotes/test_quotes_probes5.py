"""quotes: probes of relayed reports, round 5 — the relaying source of a closing reporting clause ("..., the state
news agency NAME reported") is never an actor or a recipient of the event it reports, however the parser hangs it
(after a dateline paragraph it reads the agency as a second object of the event's verb, or its name as a subject).
Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes", "events")
    return lambda text: pipeline.analyse(Article(text=text))


def _names(analysis):
    return {a.id: a.name for a in analysis.actors}


@pytest.mark.parametrize("text, trigger, source_words", [
    ("OSLO, May 2 (Reuters) - Storms flooded three towns in the north overnight, the fire service said on Tuesday."
     "\n\nNorway's army said its soldiers had shot down two drones over the Finnmark region, the state news agency "
     "NTB reported. Oslo did not comment further.", "shot down", {"NTB", "agency"}),
    ("CAIRO, Jan 5 (Reuters) - A bus crash killed nine people on the desert road, officials said.\n\n"
     "The interior ministry said its officers had arrested four smugglers near the border, the state news agency "
     "MENA reported. No further details were given.", "arrested", {"MENA", "agency"}),
    ("MINSK, April 7 (Reuters) - A fire destroyed a warehouse near the capital overnight, the emergencies ministry "
     "said on Sunday.\n\nBelarus's defence ministry said its units had shot down 8 drones over the Gomel region, "
     "the state news agency BelTA reported. Kyiv did not respond.", "shot down", {"BelTA", "agency"}),
    ("ALMATY, Aug 8 (Reuters) - Wildfires burned forests in the east, the emergencies ministry said on Friday.\n\n"
     "Kazakhstan's border service said its guards had detained 14 armed men over the weekend, the state news "
     "agency Kazinform reported. The men were not named.", "detained", {"Kazinform", "agency"}),
])
def test_closing_reporter_is_no_party_to_the_event(run, text, trigger, source_words):
    analysis = run(text)
    names = _names(analysis)
    events = [e for e in analysis.events if e.trigger.text == trigger]
    assert events, [e.trigger.text for e in analysis.events]
    for e in events:
        parties = [names.get(x) or "" for x in e.actors + e.recipients]
        assert not any(w in p.split() for p in parties for w in source_words), parties
