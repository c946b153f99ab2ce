"""actors: invented articles (round 14): a body is not the object of its own verb ("quit the ruling coalition");
a known name inside a longer capitalised name before a body noun is only a word of it ("the Red Dawn militia");
a one-word plural name the tagger cuts before "of" runs on over the capitalised words after it."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_a_party_quitting_the_coalition_is_not_the_coalition(run):
    actors = run("The Green Farmers Party quit the ruling coalition on Tuesday, leaving the prime minister without "
                 "a majority.")
    party = actor_with(actors, "The Green Farmers Party")
    assert party is not None and [m.text for m in party.mentions] == ["The Green Farmers Party"], party.mentions


def test_a_known_name_inside_a_longer_militia_name_is_the_militia(run):
    actors = run("Fighters of the Red Dawn militia attacked a convoy near the border.")
    militia = actor_with(actors, "the Red Dawn militia")
    assert militia is not None and militia.name == "Red Dawn militia" and militia.kind == "armed_group", \
        (militia and (militia.name, militia.kind))


def test_a_plural_name_runs_on_over_of(run):
    actors = run("The Daughters of the Lake denied the accusation on Friday.")
    assert [a.name for a in actors] == ["Daughters of the Lake"], [a.name for a in actors]
