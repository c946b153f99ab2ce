"""actors: leftovers of the probes (round 8): a state's generic officials or commanders are not a named branch of
the same state (its ministry, its air force)."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_generic_authorities_do_not_absorb_the_states_ministry(run):
    actors = run("Harbour closed\n\n"
                 "Chilean authorities on Tuesday closed the harbour at Arica. Chile's interior ministry said the "
                 "closure would last a week.")
    authorities = actor_with(actors, "Chilean authorities")
    ministry = actor_with(actors, "Chile's interior ministry")
    assert authorities is not None and ministry is not None and authorities is not ministry


def test_commanders_do_not_absorb_the_states_air_force(run):
    actors = run("Georgia's air force said it grounded its jets on Friday. Georgian commanders said the "
                 "exercise would resume next week.")
    air_force = actor_with(actors, "Georgia's air force")
    commanders = actor_with(actors, "Georgian commanders")
    assert air_force is not None and commanders is not None and air_force is not commanders
    assert air_force.name == "Georgia's air force"


def test_the_states_troops_still_join_its_army(run):
    actors = run("Georgia's army said it moved tanks to the border. Georgian troops dug trenches near the river.")
    army = actor_with(actors, "Georgia's army")
    troops = actor_with(actors, "Georgian troops")
    assert army is not None and army is troops


def test_a_sentence_opening_adverb_is_not_part_of_the_phrase_after_it(run):
    actors = run("Farmers blocked the highway on Monday. Later a force of 40 riot police cleared the road.")
    police = [a for a in actors if any("40 riot police" in m.text for m in a.mentions)]
    assert police and all(not m.text.startswith("Later") for a in police for m in a.mentions)


def test_a_government_named_of_its_state_joins_a_leaders_government(run):
    actors = run("Budget passed\n\n"
                 "LISBON, Portugal (AP) — Prime Minister Ana Brito's government passed the budget on Friday. The Government of Portugal "
                 "said spending on schools would rise.")
    leaders = actor_with(actors, "Prime Minister Ana Brito's government")
    named = actor_with(actors, "The Government of Portugal")
    assert leaders is not None and leaders is named and leaders.country == "PRT"


def test_a_government_office_named_with_government_is_not_the_government(run):
    actors = run("The Portuguese government passed the budget on Friday. The Government Audit Office said "
                 "spending on schools would rise.")
    government = actor_with(actors, "The Portuguese government")
    office = actor_with(actors, "The Government Audit Office")
    assert government is not None and government is not office


def test_the_main_opposition_party_is_the_one_party_named(run):
    actors = run("The main opposition party called a general strike on Monday. The Harbour Workers Party said "
                 "its leaders had been detained.")
    party = actor_with(actors, "The main opposition party")
    named = actor_with(actors, "The Harbour Workers Party")
    assert party is not None and party is named


def test_the_main_opposition_party_is_the_one_named_the_opposition(run):
    actors = run("The ruling Unity Party won the vote. The main opposition party called a general strike on "
                 "Monday. The opposition Harbour Workers Party said its leaders had been detained.")
    party = actor_with(actors, "The main opposition party")
    ruling = actor_with(actors, "The ruling Unity Party") or actor_with(actors, "Unity Party")
    assert party is not None and (ruling is None or party is not ruling)
    assert any(m.text.endswith("Harbour Workers Party") for m in party.mentions)


def test_the_main_opposition_party_stays_apart_when_two_parties_are_named(run):
    actors = run("The Unity Party won the vote. The main opposition party called a general strike on Monday. "
                 "The Harbour Workers Party said its leaders had been detained.")
    party = actor_with(actors, "The main opposition party")
    assert party is not None and len(party.mentions) == 1


def test_a_name_tagged_as_a_place_that_no_place_list_knows_is_a_body(run):
    actors = run("Canada on Tuesday announced sanctions on Gazprom, the gas exporter, and three banks.")
    assert actor_with(actors, "Gazprom") is not None


def test_a_known_town_after_a_locative_stays_a_place(run):
    actors = run("Canada on Tuesday announced sanctions on firms in Aleppo and three banks.")
    assert actor_with(actors, "Aleppo") is None


def test_an_untagged_name_that_speaks_is_an_actor(run):
    actors = run("Instagram said it deleted the posts on Monday after a complaint by the ministry.")
    assert actor_with(actors, "Instagram") is not None


def test_an_untagged_name_after_a_role_noun_stays_a_person(run):
    actors = run("Defence lawyer Ana Ruiz said the trial was unfair.")
    lawyer = actor_with(actors, "Ana Ruiz")
    assert lawyer is None or lawyer.kind == "person"
