"""actors: leftovers of the probes (round 11): letters defined after a hyphenated name, a union's head and its
letters."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_letters_after_a_hyphenated_name_are_defined_there(run):
    # "PTI" is also a news agency's letters in the index; the article defines them for the party it names
    actors = run("Imran Malik of Pakistan Tehreek-e-Insaf (PTI) said the vote was rigged. "
                 "The PTI said it would protest.")
    party = actor_with(actors, "PTI")
    assert party is not None and party.kind != "media" and party.name != "Press Trust of India"
    assert "The PTI" in [m.text for m in party.mentions]


def test_letters_defined_after_a_person_of_a_body_are_the_body_s(run):
    # the walk back from the brackets passes "of" and the person's name: the body's words alone give the letters,
    # which then are no longer the news agency the index knows by them
    actors = run("Tom Hale of the Atlantic Patrol (AP) said the boats were seized. The AP later freed the crews.")
    body = actor_with(actors, "AP")
    assert body is not None and body.kind != "media"
    assert {"the Atlantic Patrol", "The AP"} <= {m.text for m in body.mentions}


def test_head_of_a_body_after_a_name_is_a_mention_of_the_person(run):
    actors = run("Omar Haddad, head of the Harbour Workers Union (HWU), said the strike would go on.")
    person = actor_with(actors, "Omar Haddad")
    assert person is not None and "head" in [m.text for m in person.mentions]
    assert person.sector == "LAB"
    # the union's name and its letters stay the union's
    union = actor_with(actors, "HWU")
    assert union is not None and union is not person
    assert "the Harbour Workers Union" in [m.text for m in union.mentions]


def test_head_of_an_unnamed_body_is_the_whole_role_phrase(run):
    actors = run("Omar Haddad, head of the city's main hospital, said beds were short.")
    person = actor_with(actors, "Omar Haddad")
    assert person is not None and "head of the city's main hospital" in [m.text for m in person.mentions]


def test_a_bare_head_after_a_name_is_no_mention(run):
    actors = run("Omar Haddad, head, said the strike would go on.")
    person = actor_with(actors, "Omar Haddad")
    assert person is None or all(m.text != "head" for m in person.mentions)


def test_the_union_refers_back_to_the_one_trade_union_named(run):
    actors = run("Omar Haddad, head of the Harbour Workers Union (HWU), said the strike would go on. "
                 "The union told its members to stay at home.")
    union = actor_with(actors, "HWU")
    assert union is not None and "The union" in [m.text for m in union.mentions]
    assert union.name.lower() != "union"  # a phrase that refers back names no body


def test_the_union_after_an_igo_and_a_trade_union_is_the_igo_s(run):
    actors = run("The Harbour Workers Union and the African Union met in Lagos. The union said talks had been useful.")
    igo = actor_with(actors, "the African Union")
    assert igo is not None and "The union" in [m.text for m in igo.mentions]
