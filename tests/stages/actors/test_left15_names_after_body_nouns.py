"""actors: invented articles (round 15): a name right after "the <noun for a body>" that the parser made the
subject of a clause which is the sentence's only predicate is the body's name; a person's name opening a relative
clause written without "that" ("the movement Ana Ruiz leads has called") is that person, not the body."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_charity_name_read_as_a_clause_subject_is_the_charity(run):
    actors = run("The charity Clear Harbour called for a ceasefire.")
    charity = next((a for a in actors if a.name == "Clear Harbour"), None)
    assert charity is not None and charity.kind == "ngo", [(a.name, a.kind) for a in actors]
    assert not any(a.kind == "person" for a in actors), [(a.name, a.kind) for a in actors]


def test_leader_in_a_clause_without_that_is_a_person(run):
    actors = run("The movement Ana Ruiz leads has called for a strike.")
    person = actor_with(actors, "Ana Ruiz")
    assert person is not None and person.kind == "person", [(a.name, a.kind) for a in actors]
    movement = actor_with(actors, "The movement")
    assert movement is not None and movement is not person, movement


def test_founder_in_a_clause_without_that_is_not_the_party(run):
    actors = run("The party Tomas Brek founded won the vote.")
    party = actor_with(actors, "The party")
    person = actor_with(actors, "Tomas Brek")
    assert party is not None and person is not None and party is not person, [(a.name, a.kind) for a in actors]
    assert party.kind == "political_party" and person.kind == "person", [(a.name, a.kind) for a in actors]
