"""actors stage, lead probes of session 18 (invented sentences): a name written right after "the <noun for a kind
of body>" is that body's name — whether the tagger missed it ("the charity Sea-Watch") or took it for a person
("the militant group Ansar Kelmar")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, kind", [
    ("The charity Sea-Watch said its ship had been barred from leaving port.", "Sea-Watch", "ngo"),
    ("The aid group Kelmar Relief said two of its staff were kidnapped.", "Kelmar Relief", "ngo"),
    ("The militant group Ansar Kelmar claimed the attack on the convoy.", "Ansar Kelmar", "armed_group"),
])
def test_a_name_after_a_noun_for_a_body_is_that_body(run, text, name, kind):
    actors = run(text)
    body = next(a for a in actors if a.name == name)
    assert body.kind == kind
    # one actor for the phrase and the name
    assert not [a for a in actors if a is not body and a.kind == kind]


@pytest.mark.parametrize("text, person", [
    ("The group's leader Ansar Kelmar spoke to reporters on Monday.", "Ansar Kelmar"),
    ("Party spokesman Tomas Reyes said the vote was rigged.", "Tomas Reyes"),
])
def test_a_person_after_a_role_stays_a_person(run, text, person):
    assert any(a.name == person and a.kind == "person" for a in run(text))


@pytest.mark.parametrize("text, country", [
    ("Italy's coast guard rescued 43 migrants on Thursday. The coast guard said it was still searching.", "ITA"),
    ("Greece's border guard detained two smugglers near Evros. The border guard said they carried pistols.", "GRC"),
])
def test_the_coast_guard_refers_back_to_the_states_force(run, text, country):
    guards = [a for a in run(text) if a.kind == "police"]
    assert len(guards) == 1 and guards[0].country == country
    assert len(guards[0].mentions) >= 2


def test_two_states_coast_guards_leave_the_bare_noun_unresolved_to_neither_wrongly(run):
    text = ("Italy's coast guard rescued 43 migrants. Tunisia's coast guard intercepted two boats near Sfax. "
            "The coast guard said it was searching for more.")
    italy = next(a for a in run(text) if a.country == "ITA" and a.kind == "police")
    assert [m.text for m in italy.mentions] == ["Italy's coast guard"]


@pytest.mark.parametrize("text, body", [
    ("The European Union imposed tariffs on steel. EU diplomats said the bloc could go further.", "European Union"),
    ("ECOWAS suspended Ruritania on Friday. The bloc said elections must be held within a year.", "ECOWAS"),
])
def test_the_bloc_refers_back_to_the_bloc_named_before(run, text, body):
    named = next(a for a in run(text) if a.name == body)
    assert any(m.text.lower() == "the bloc" for m in named.mentions)


@pytest.mark.parametrize("text", [
    "Rebel artillery struck a camp for displaced people near the town of Kelmar.",
    "On Monday, militia artillery shelled the market in Darvel.",
])
def test_an_armed_partys_artillery_is_that_party(run, text):
    assert any(a.kind in ("armed_group", "military") and "artillery" in a.name.lower() for a in run(text))


def test_the_use_of_military_force_is_no_party(run):
    assert not any("force" in a.name.lower() for a in run("The minister warned against the use of military force."))
