"""actors: invented articles (round 16): a bare plural body noun ("Guards", "Soldiers") right after a fuller phrase
with that noun is the same group; "them" in an infinitive whose doer is that group is someone else (the people the
sentence before acted on, even when the tagger took their count for a quantity)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_with, coded, named


@pytest.fixture(scope="module")
def pipe(pipeline_factory):
    return pipeline_factory("actors", "places", "events")


TEXT = "Polish border guards said they had stopped 300 migrants near the fence. Guards used tear gas to push them back."


def test_bare_plural_joins_the_fuller_group(run):
    actors = run(TEXT)
    guards = actor_with(actors, "Guards")
    assert guards is not None and guards.name == "Polish border guards" and guards.kind == "police", guards


def test_them_after_the_groups_infinitive_is_the_other_group(pipe):
    event, names = coded(pipe, TEXT, "COERCE")
    assert named(names, event.recipients, "migrants"), (event.recipients, names)
    assert named(names, event.actors, "guards"), (event.actors, names)


def test_bare_plural_with_a_phrase_after_stays_apart(run):
    actors = run("Russian soldiers shelled the village. Ukrainian soldiers returned fire. "
                 "Soldiers from both sides were killed.")
    soldiers = actor_with(actors, "Soldiers")
    assert soldiers is None or soldiers.name not in ("Ukrainian soldiers", "Russian soldiers"), soldiers


def test_them_is_not_its_own_clauses_subject(pipe):
    text = "Police in Tarvik said they had arrested 14 strikers. Police used batons to disperse them."
    analysis = pipe.analyse(Article(text=text))
    police = actor_with(analysis.actors, "Police in Tarvik") or actor_with(analysis.actors, "Police")
    assert police is not None
    assert not any(m.text == "them" for m in police.mentions), [m.text for m in police.mentions]
