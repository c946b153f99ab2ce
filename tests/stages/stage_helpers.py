"""Shared helpers of the events- and actors-stage tests that run hand-built sentences through a pipeline."""

from __future__ import annotations

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
