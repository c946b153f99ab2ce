"""actors: a title and a two- or three-word personal name the tagger left untagged ("Mayor Ana Ruiz") is a person."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.mark.parametrize("text", [
    "Mayor Ana Ruiz opened the meeting. She called the plan reckless.",
    "Mayor Ines Varela opened the hearing on Tuesday. She called the budget a disgrace.",
])
def test_titled_name_opening_a_sentence_is_a_person_and_the_speaker(run, text):
    analysis = run(text)
    name = " ".join(text.split()[1:3])
    person = next((a for a in analysis.actors if a.name == name), None)
    assert person is not None and person.kind == "person", [(a.name, a.kind) for a in analysis.actors]
    assert [q.speaker for q in analysis.quotes] == [person.id]


def test_title_before_a_capitalised_body_name_is_no_person(run):
    analysis = run("Governor Street Bridge reopened on Monday after repairs.")
    assert not any(a.kind == "person" for a in analysis.actors)
