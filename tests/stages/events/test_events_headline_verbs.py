"""events stage: a telegraphic headline the small tagger reads as one noun phrase still codes its event, with its
subject as the actor (nlp.v1 re-parses a verbless headline with its verb in the past tense). A checklist of
headlines in news style, each above a neutral body line; all invented for this file."""

from __future__ import annotations

import pytest

from eventwire.document import Article

BODY = "\n\nNo further details were given by the authorities."


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# (headline, PLOVER type of its event, a word of the actor, the trigger's first word)
HEADLINES = [
    ("Dockers down tools over unpaid wages", "PROTEST", "Dockers", "down"),
    ("Farmers down tools in row over water quotas", "PROTEST", "Farmers", "down"),
    ("Border guards fire warning shots at smugglers", "ASSAULT", "guards", "fire"),
    ("Riot police fire water cannon at the crowd", "ASSAULT", "police", "fire"),
    ("Soldiers fire rockets at coastal villages", "ASSAULT", "Soldiers", "fire"),
    ("Juntas test-fire a new rocket off the coast", "MOBILIZE", "Juntas", "fire"),
    pytest.param("Juntas test-fire short-range rockets off the coast", "MOBILIZE", "Juntas", "fire",
                 marks=pytest.mark.xfail(strict=True, reason="the re-parse reads 'test-fired' as a modifier of "
                                                             "the hyphenated object, not as the verb")),
    ("Ministers back down on the salt levy", "CONCEDE", "Ministers", "back"),
    ("Councillors back down on the parking charges", "CONCEDE", "Councillors", "back"),
    ("Magistrate jails former harbour master", "COERCE", "Magistrate", "jails"),
    ("Tribunal jails two smugglers for a decade", "COERCE", "Tribunal", "jails"),
    ("Militiamen torch market stalls in Veleno", "ASSAULT", "Militiamen", "torch"),
    ("Strikers block the gates of the cement works", "PROTEST", "Strikers", "block"),
    ("Rebels shell the outskirts of Marrow", "ASSAULT", "Rebels", "shell"),
    ("Coastguards seize a trawler off Caldera", "COERCE", "Coastguards", "seize"),
    ("Bandits kidnap two surveyors near Ostrava", "ASSAULT", "Bandits", "kidnap"),
    ("Unions call off the rail strike", "CONCEDE", "Unions", "call"),
    ("Teachers march on the education ministry", "PROTEST", "Teachers", "march"),
    ("Raiders loot the grain depot at Kessel", "ASSAULT", "Raiders", "loot"),
    ("Commandos storm the hijacked ferry", "ASSAULT", "Commandos", "storm"),
    ("Envoys hold talks with the rebel leadership", "CONSULT", "Envoys", "hold"),
]


def _headline_id(value):
    return value if isinstance(value, str) and " " in value else None


@pytest.mark.parametrize("headline,etype,actor,trigger", HEADLINES, ids=_headline_id)
def test_headline_event_is_coded_with_its_subject(pipeline, headline, etype, actor, trigger):
    analysis = pipeline.analyse(Article(text=headline + BODY))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.type == etype and e.trigger.start < len(headline)]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    event = max(events, key=lambda e: e.confidence)
    assert event.trigger.text.split()[0].split("-")[-1] == trigger, event.trigger.text
    assert any(actor in names[a] for a in event.actors), (event.actors, names)


def test_headline_and_body_report_of_one_event_are_one_event(pipeline):
    text = ("Riot police fire tear gas at dock workers\n\n"
            "Riot police fired tear gas at striking dock workers in the port of Sallen on Tuesday.")
    analysis = pipeline.analyse(Article(text=text))
    assaults = [e for e in analysis.events if e.type == "ASSAULT"]
    assert len(assaults) == 1, [(e.type, e.trigger.text, e.trigger.start) for e in assaults]
