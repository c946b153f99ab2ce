"""actors: a name the article "the" opens is a body's, not a person's, however much of it the tagger took for a
person ("the Rashtriya Kisan Manch"); a name modifying a noun, a title before it or a "who" clause after it keep a
person (invented sentences)."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_a_name_the_article_opens_is_a_bodys_whole_name(run):
    actors = run("Members of the Rashtriya Kisan Manch blocked the road on Monday.")
    body = actor_with(actors, "the Rashtriya Kisan Manch")
    assert body is not None and body.kind != "person" and body.name == "Rashtriya Kisan Manch"


def test_a_title_after_the_article_keeps_a_person(run):
    person = actor_with(run("The Rev. Jesse Jackson spoke at the rally."), "The Rev. Jesse Jackson")
    assert person is not None and person.kind == "person"


def test_a_who_clause_after_the_name_keeps_a_person(run):
    person = actor_with(run("We met the John Smith who wrote the report."), "John Smith")
    assert person is not None and person.kind == "person"


def test_a_name_modifying_a_noun_is_not_taken_for_a_body(run):
    actors = run("The Obama administration said it would respond.")
    assert actor_with(actors, "The Obama administration").kind == "government"
