"""Shared helpers of the stage tests that run hand-built sentences through a pipeline."""

from __future__ import annotations

import re

from eventwire.document import Article


def coded(pipeline, text, etype):
    """The most confident event of `etype` in `text` (asserting there is one) and each actor id's name + mentions."""
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    return max(events, key=lambda e: e.confidence), names


def named(names, ids, word):
    """Whether one of the actor ids names `word` (in its name or a mention)."""
    return any(word in names[i] for i in ids)


def actors_of(pipeline, text):
    """Actor name -> (kind, mention texts) for `text`."""
    analysis = pipeline.analyse(Article(text=text))
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in analysis.actors or []}


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    """Character spans of the names, each searched after the start of the one before (gold spans by hand)."""
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append((start, start + len(name)))
        pos = start + 1
    return out


def events_of(pipeline, text):
    """The events the pipeline finds in `text`."""
    return pipeline.analyse(Article(text=text)).events


def show(events):
    """A compact view of events for assertion messages."""
    return [(e.type, e.mode, e.trigger.text, e.status, e.confidence) for e in events]


def unbracket(text: str) -> tuple[str, list[tuple[int, int]]]:
    """A checklist sentence without its brackets, and the character span of each bracketed phrase."""
    spans: list[tuple[int, int]] = []
    out = ""
    for piece in re.split(r"(\[[^\]]*\])", text):
        if piece.startswith("["):
            spans.append((len(out), len(out) + len(piece) - 2))
            out += piece[1:-1]
        else:
            out += piece
    return out, spans


def actor_of(analysis, phrase: str, nth: int = 0):
    """The actor with a mention covering the nth occurrence of `phrase`, or None."""
    start = -1
    for _ in range(nth + 1):
        start = analysis.text.index(phrase, start + 1)
    end = start + len(phrase)
    return next((a for a in analysis.actors for m in a.mentions if m.start <= start and end <= m.end), None)


def status_of(pipeline, text: str, trigger: str) -> str:
    """The status of the first event with a trigger span reading exactly `trigger` (asserting there is one)."""
    analysis = pipeline.analyse(Article(text=text))
    found = [e.status for e in analysis.events if any(s.text == trigger for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r} in {text!r}"
    return found[0]


def events_and_names(pipeline, text: str, *, published: str | None = None):
    """The events of `text` and each actor id's name."""
    analysis = pipeline.analyse(Article(text=text, published=published))
    return analysis.events, {a.id: a.name for a in analysis.actors or []}


def lowered_names(names: dict, ids: list[str]) -> list[str]:
    """The lower-case names of actor ids (an unknown id stands for itself)."""
    return [names.get(i, i).lower() for i in ids]


def actor_with(actors, mention_text: str):
    """The actor one of whose mentions is exactly `mention_text` (None when there is none)."""
    return next((a for a in actors if any(m.text == mention_text for m in a.mentions)), None)


def quote_speaker_name(analysis, quote):
    """The name of the actor a quote's speaker id points to (None when the quote has no speaker actor)."""
    return next((a.name for a in analysis.actors if a.id == quote.speaker), None)


def time_values(pipeline, text: str, published: str) -> dict[str, str | None]:
    """Each time expression's text -> its value, for an article published on `published`."""
    return {t.text: t.value for t in pipeline.analyse(Article(text=text, published=published)).times}


def event_dates(pipeline, text: str, trigger: str, published: str) -> list[str | None]:
    """The date of each event one of whose trigger spans contains `trigger` (at least one must)."""
    analysis = pipeline.analyse(Article(text=text, published=published))
    found = [e.date for e in analysis.events if any(trigger in s.text for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r}"
    return found


def speaker_names(analysis) -> list[str]:
    """The speaker name of each quote, in order ("" for a quote whose speaker is no actor)."""
    return [quote_speaker_name(analysis, q) or "" for q in analysis.quotes]


def quotes_runner(pipeline_factory):
    """text -> the analysis of a pipeline with the actors and quotes stages."""
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


def place_ids_by_text(analysis) -> dict[str, str]:
    """Each place mention's text -> the id of its place."""
    return {m.text: p.id for p in analysis.places for m in p.mentions}


def event_place_at(analysis, text: str, word: str) -> tuple[str | None, str | None]:
    """(place id, rule) `place_for` gives an event whose trigger is the first `word` in `text`."""
    from eventwire.stages.places import place_for

    i = text.index(word)
    return place_for(analysis, i, i + len(word))


def quote_contents(analysis) -> list[tuple[str, str]]:
    """(cue text, quoted text) of each quote the analysis holds."""
    return [(q.cue.text if q.cue else "", analysis.text[q.start:q.end]) for q in analysis.quotes]


def place_at(analysis, text: str, word: str, nth: int = 0):
    """The place of the `nth` mention of `word` (by its position in `text`), else None."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((p for p in analysis.places for m in p.mentions if m.start == start), None)


def coded_events(pipeline, text: str, *, published: str = "2026-11-20") -> list[tuple]:
    """(type, mode, status, actor names, recipient names) of each event the pipeline codes in `text`."""
    analysis = pipeline.analyse(Article(text=text, published=published))
    names = {a.id: a.name for a in analysis.actors}
    return [(e.type, e.mode, e.status, [names[i] for i in e.actors], [names[i] for i in e.recipients])
            for e in analysis.events]
