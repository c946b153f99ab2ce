"""actors: lead probes (session 14): a state addressed by blame is no government acting in the story, and bare
police in a datelined report are the dateline state's; a weapon's noun the tagger calls a name ("Drones") is no
actor; a state's possessive before a lower-case title places the person named after it; the party called the
ruling one is never the opposition party, and an unnamed "ruling party" is it; a bare "the authorities" after a foreign
state acted further back is the dateline state's."""

from __future__ import annotations

from ..stage_helpers import actor_with

RULERS_ACCUSE_A_CAPITAL = (
    "Envoy ordered out\n\n"
    "BAMAKO, Mali (AP) — Mali's military rulers on Monday ordered the Belgian envoy to leave, accusing Brussels of "
    "meddling. The junta gave him three days. Belgium said the junta had no grounds.")


def test_the_junta_is_not_the_state_it_accused(run):
    actors = run(RULERS_ACCUSE_A_CAPITAL)
    rulers = actor_with(actors, "Mali's military rulers")
    junta = actor_with(actors, "The junta")
    assert rulers is not None and junta is rulers
    assert junta.country == "MLI"


def test_bare_police_in_a_datelined_report_are_the_dateline_states(run):
    actors = run("Rally at embassy\n\n"
                 "LOME, Togo (AP) — Hundreds rallied outside the Belgian embassy, chanting against Belgium and the "
                 "Belgian king and waving Belgian flags upside down. Police fired tear gas at the crowd.")
    police = actor_with(actors, "Police")
    assert police is not None and police.country == "TGO"


def test_a_weapons_noun_the_tagger_calls_a_name_is_no_actor(run):
    actors = run("Missiles hit Kyiv on Monday.\n\nRussia attacked Kharkiv again.\n\nDrones struck Odesa overnight.")
    assert actor_with(actors, "Drones") is None, [a.name for a in actors]


def test_a_state_possessive_before_a_lower_case_title_places_the_person(run):
    actors = run("Chile's foreign ministry spokesman Tomas Halvik condemned the decision.")
    person = next((a for a in actors if a.name == "Tomas Halvik"), None)
    assert person is not None and person.country == "CHL", [(a.name, a.country) for a in actors]


def test_the_opposition_is_not_the_ruling_party(run):
    actors = run("Opposition wins vote\n\nTBILISI, Georgia (Reuters) - Georgia's main opposition alliance won the "
                 "election, but the ruling Popular Renewal Party refused to concede. The ruling party said it would "
                 "appeal.")
    opposition = actor_with(actors, "Georgia's main opposition alliance")
    ruling = next((a for a in actors if "Popular Renewal Party" in a.name), None)
    assert opposition is not None and ruling is not None and opposition is not ruling, [a.name for a in actors]
    assert actor_with(actors, "The ruling party") is ruling, [(a.name, [m.text for m in a.mentions]) for a in actors]


def test_a_firm_named_like_a_singular_weapon_stays_an_actor(run):
    actors = run("Nigeria held talks with Shell on Monday.")
    assert actor_with(actors, "Shell") is not None, [a.name for a in actors]


def test_a_foreign_state_acting_further_back_yields_to_the_dateline_state(run):
    actors = run("Leader held\n\nDHAKA, Bangladesh (Reuters) - Police arrested an opposition leader on Sunday.\n\n"
                 "The United States urged the government to release him. The European Union said it was concerned.\n\n"
                 "A rights group said thousands had been detained, and accused the authorities of silencing critics.")
    authorities = actor_with(actors, "the authorities")
    assert authorities is not None and authorities.country == "BGD", [(a.name, a.country) for a in actors]
