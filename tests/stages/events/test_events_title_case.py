"""events stage: a Title-Case headline gets the events, actors and recipients of its sentence-case version
(hand-built headlines with bodies that name the parties)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

# (Title-Case headline, the same headline in sentence case, body, event type, an actor word, a recipient word)
CASES = [
    ("Police Arrest Three Men After Depot Blast", "Police arrest three men after depot blast",
     "Police arrested three men on Tuesday after a blast at a fuel depot in the port city.",
     "COERCE", "police", "men"),
    ("Militants Kidnap Aid Workers In Northern Province", "Militants kidnap aid workers in northern province",
     "Militants kidnapped four aid workers in the northern province on Saturday, officials said.",
     "ASSAULT", "militants", "workers"),
    ("Army Recaptures Border Town From Insurgents", "Army recaptures border town from insurgents",
     "The army recaptured the border town from insurgents after two days of fighting.",
     "COERCE", "army", "insurgents"),
    ("Varga Meets Brenn In Ostrava", "Varga meets Brenn in Ostrava",
     "Foreign minister Tomas Varga met his counterpart Alma Brenn in Ostrava on Tuesday; the meeting lasted an hour.",
     "CONSULT", "varga", "brenn"),
]


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _headline_events(pipeline, headline: str, body: str) -> list[tuple]:
    text = headline + "\n" + body
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name.lower() for a in analysis.actors or []}
    return sorted((e.type, e.trigger.start, tuple(sorted(names[i] for i in e.actors)),
                   tuple(sorted(names[i] for i in e.recipients)))
                  for e in analysis.events if e.trigger.end <= len(headline))


@pytest.mark.parametrize("title,sentence,body,etype,actor,recipient", CASES)
def test_title_case_headline_is_coded_like_its_sentence_case_version(pipeline, title, sentence, body, etype,
                                                                     actor, recipient):
    found = _headline_events(pipeline, title, body)
    assert found == _headline_events(pipeline, sentence, body)
    event = next(e for e in found if e[0] == etype)
    assert any(actor in name for name in event[2]), found
    assert any(recipient in name for name in event[3]), found


def test_headline_event_offsets_point_into_the_original_text(pipeline):
    title, _, body, *_ = CASES[0]
    text = title + "\n" + body
    analysis = pipeline.analyse(Article(text=text))
    trigger = next(e.trigger for e in analysis.events if e.trigger.end <= len(title))
    assert text[trigger.start:trigger.end] == trigger.text == "Arrest"
    for actor in analysis.actors:
        for mention in actor.mentions:
            assert text[mention.start:mention.end] == mention.text


def test_title_given_apart_in_title_case_names_its_event_type(pipeline):
    # the title is not part of the text; its event type still counts for the article ("events_title")
    body = "Fighting ended after two days in the border town, residents said."
    analysis = pipeline.analyse(Article(text=body, title="Army Recaptures Border Town From Insurgents"))
    assert "COERCE" in analysis.shared["events_title"]
