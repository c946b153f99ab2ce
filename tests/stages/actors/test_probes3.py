"""actors: one actor per real actor however the text names it — a name the tagger took for a body or a place
beside a title noun, a title opening before the tagged name, a repeated title after a description with a
complement ("prime minister of X"), a singular military or police post that a later "he"/"she" refers to, a bare
noun of a calling, a known name without its accents, the heads of bodies, officials "in" a state, forces a state
sends, trade unions "of" a trade and "the king"."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, role, name, later", [
    ("The defence minister, Pal Hedlund, said the purchase would go ahead. Hedlund told parliament the jets were "
     "needed.", "The defence minister", "Pal Hedlund", "Hedlund"),
    ("The mayor of Lyon, Gregoire Duval, said the city would shut the bridge. Duval said repairs would take three "
     "months.", "The mayor", "Gregoire Duval", "Duval"),
])
def test_a_name_beside_a_title_noun_is_that_person(run, text, role, name, later):
    # the tagger read the names as a place and a body; an office is held by a person
    actors = run(text)
    person = actor_with(actors, name)
    assert person is not None and person.kind == "person"
    assert actor_with(actors, role) is person and actor_with(actors, later) is person


def test_a_title_opening_before_the_tagged_name_is_no_part_of_it(run):
    actors = run("Secretary of State Daniel Price arrived in Seoul on Monday. Price said the alliance was strong.")
    person = actor_with(actors, "Secretary of State Daniel Price")
    assert person is not None and person.kind == "person" and person.name == "Daniel Price"
    assert actor_with(actors, "Price") is person


def test_a_repeated_title_joins_the_person_described_with_its_complement(run):
    actors = run("The prime minister of Portugal, Luis Montenegro, said on Friday that taxes would not rise. "
                 "The prime minister added that spending would be reviewed.")
    person = actor_with(actors, "Luis Montenegro")
    assert person is not None and sum(m.text == "The prime minister" for m in person.mentions) == 2


@pytest.mark.parametrize("text, noun, pronoun", [
    ("The general said the offensive would go on until the border was secure. He warned that any attack on his "
     "troops would be answered.", "The general", "He"),
    ("A police spokeswoman said officers were called to the scene at 3 am. She said no arrests had been made.",
     "A police spokeswoman", "She"),
])
def test_a_singular_military_or_police_post_is_one_person_a_pronoun_refers_to(run, text, noun, pronoun):
    # the post keeps its force's kind; only a person is "he" or "she"
    actors = run(text)
    holder = actor_with(actors, noun)
    assert holder is not None and actor_with(actors, pronoun) is holder


def test_a_known_name_written_without_its_accents_is_the_known_person(run):
    # the KB spells the name "Luiz Inácio Lula da Silva"; wire copy often drops the accent
    actors = run("President Luiz Inacio Lula da Silva opened the fair on Tuesday. Lula said exports would grow.")
    person = actor_with(actors, "Lula")
    assert person is not None and actor_with(actors, "President Luiz Inacio Lula da Silva") is person


@pytest.mark.parametrize("text, noun, pronoun", [
    ("The chairwoman of the board said the insurer would cut 300 jobs. She said the choice had been hard.",
     "The chairwoman", "She"),
    ("The chief executive of the bank said profits had doubled. He said the lender would open new branches.",
     "The chief executive", "He"),
])
def test_one_who_heads_a_body_is_a_person(run, text, noun, pronoun):
    actors = run(text)
    person = actor_with(actors, noun)
    assert person is not None and person.kind == "person" and actor_with(actors, pronoun) is person


def test_the_heads_of_several_bodies_are_no_one_person(run):
    actor = actor_with(run("The chairmen of the two firms signed the merger on Friday."), "The chairmen")
    assert actor is not None and actor.kind != "person"


@pytest.mark.parametrize("text, phrase, iso", [
    ("Officials in Kabul said the border crossing had reopened on Saturday.", "Officials", "AFG"),
    ("Authorities in Peru said on Monday that the mountain road was open again.", "Authorities", "PER"),
])
def test_officials_in_a_state_or_its_capital_are_that_states(run, text, phrase, iso):
    actor = actor_with(run(text), phrase)
    assert actor is not None and actor.country == iso


def test_diplomats_in_a_capital_are_not_made_that_states(run):
    actor = actor_with(run("Diplomats in Kabul said the talks had stalled."), "Diplomats")
    assert actor is not None and actor.country != "AFG"


@pytest.mark.parametrize("text, name, noun", [
    ("Imam Yusuf Mansour urged calm after the clashes. The cleric said in a sermon that revenge would bring more "
     "deaths.", "Imam Yusuf Mansour", "The cleric"),
    ("Gen. Tomas Okafor said his men had cleared the road. The commander said the rebels had fled north.",
     "Gen. Tomas Okafor", "The commander"),
])
def test_a_bare_noun_of_a_calling_joins_the_one_person_named_in_it(run, text, name, noun):
    actors = run(text)
    person = actor_with(actors, name)
    assert person is not None and actor_with(actors, noun) is person


def test_a_bare_noun_of_a_calling_after_two_such_people_joins_neither(run):
    actors = run("Imam Yusuf Mansour met Bishop Karel Novak on Monday. The cleric said the talks had gone well.")
    cleric = actor_with(actors, "The cleric")
    assert cleric is not None and cleric is not actor_with(actors, "Imam Yusuf Mansour") \
        and cleric is not actor_with(actors, "Bishop Karel Novak")


def test_a_union_of_a_trades_workers_is_a_trade_union_not_a_party(run):
    actor = actor_with(run("The Ruritania National Union of Teachers said on Monday that pay talks had collapsed."),
                       "The Ruritania National Union of Teachers")
    assert actor is not None and actor.sector == "LAB"


@pytest.mark.parametrize("text, phrase, iso", [
    ("French troops left the base on Friday. France had kept soldiers there for a decade.", "soldiers", "FRA"),
    ("Kenya deployed police officers to the camp on Sunday.", "police officers", "KEN"),
])
def test_forces_a_state_sends_or_keeps_are_that_states(run, text, phrase, iso):
    actor = actor_with(run(text), phrase)
    assert actor is not None and actor.country == iso


def test_forces_a_state_captures_are_not_made_that_states(run):
    actor = actor_with(run("Ukraine captured soldiers near the border on Monday."), "soldiers")
    assert actor is not None and actor.country != "UKR"


@pytest.mark.parametrize("text, name", [
    ("Ruritania's King Otto Brandt opened parliament on Monday. The king said the economy was sound.",
     "King Otto Brandt"),
    ("The king of Ruritania, Otto Brandt, opened parliament on Monday. The king said the economy was sound.",
     "Otto Brandt"),
])
def test_the_king_is_the_one_king_named_before(run, text, name):
    actors = run(text)
    king = actor_with(actors, name)
    assert king is not None and king.kind == "person" and actor_with(actors, "The king") is king


def test_letters_an_article_defines_for_a_body_stay_that_body(run):
    # the tagger reads the letters as a body, but some town in the gazetteer has them for a code
    actors = run("Rebels of the Popular Liberation Front (PLF) attacked an army post. The PLF later freed three "
                 "soldiers.")
    front = actor_with(actors, "the Popular Liberation Front")
    assert front is not None and actor_with(actors, "The PLF") is front


def test_a_one_word_name_after_each_of_two_states_possessives_is_that_states_person(run):
    actors = run("Kenya's Ruto and Uganda's Museveni met in Kampala on Monday.")
    museveni = actor_with(actors, "Museveni")
    assert museveni is not None and museveni.kind == "person" and museveni.country == "UGA"


def test_the_agency_after_a_un_agency_is_that_agency(run):
    actors = run("The World Health Organization said on Friday the outbreak had peaked. The agency urged states to "
                 "keep testing.")
    who = actor_with(actors, "The World Health Organization")
    assert who is not None and actor_with(actors, "The agency") is who


@pytest.mark.parametrize("text, body, members", [
    ("The Nordic Rail Workers Union (NRWU) called a strike on Monday. NRWU members walked out at dawn.",
     "The Nordic Rail Workers Union", "NRWU members"),
    ("Hamas said on Monday it would attend the talks. Hamas members later marched in Gaza.", "Hamas",
     "Hamas members"),
])
def test_a_bodys_members_named_by_it_are_that_body(run, text, body, members):
    actors = run(text)
    named = actor_with(actors, body)
    assert named is not None and actor_with(actors, members) is named


def test_the_army_is_no_one_person_of_the_military_sector(run):
    # "Army" opens ranks ("Army Sgt."), but the army itself is the force, not the general named before
    actors = run("Gen. Asim Rahman visited the border on Friday. The general said the army was ready.")
    general = actor_with(actors, "Gen. Asim Rahman")
    assert general is not None and actor_with(actors, "The general") is general
    assert actor_with(actors, "the army") is not general


def test_a_name_after_a_states_possessive_acting_as_a_person_is_no_town(run):
    # a Brazilian port shares the name, and the tagger reads the first use as that place
    actors = run("Brazil's Santos urged rich nations on Tuesday to pay for forest protection. Santos said the fund "
                 "was overdue.")
    santos = actor_with(actors, "Santos")
    assert santos is not None and santos.kind == "person" and santos.country == "BRA"
    assert sum(m.text == "Santos" for m in santos.mentions) == 2


def test_an_apposition_holding_another_actors_phrase_stops_before_it(run):
    actors = run("Lt. Col. Ana Diaz, a spokeswoman for the army, said the convoy had been ambushed. Diaz said two "
                 "soldiers were hurt.")
    diaz = actor_with(actors, "Lt. Col. Ana Diaz")
    assert diaz is not None and actor_with(actors, "a spokeswoman") is diaz
    army = actor_with(actors, "the army")
    assert army is not None and army is not diaz


def test_an_untagged_name_described_as_one_person_is_that_person(run):
    actors = run("Ana Ruiz, a three-term House member, lost her seat on Tuesday.")
    ruiz = actor_with(actors, "Ana Ruiz")
    assert ruiz is not None and ruiz.kind == "person" and actor_with(actors, "a three-term House member") is ruiz


@pytest.mark.parametrize("text, members", [
    ("The Security Council members met on Friday to discuss the truce.", "The Security Council members"),
    ("Ana Ruiz, a three-term House member, lost her seat on Tuesday.", "a three-term House member"),
])
def test_members_of_a_state_body_or_one_member_are_not_the_body(run, text, members):
    actor = actor_with(run(text), members)
    assert actor is not None and actor.kind in ("person", "population")


def test_a_pronoun_after_a_post_named_outside_the_subject_is_not_that_post(run):
    # "the son of a village priest ... He": the one the story follows is the subject, not the priest
    actors = run("Karel Brandt, a former army officer, was the son of a village priest. He was arrested in 2004.")
    assert actor_with(actors, "He") is actor_with(actors, "Karel Brandt")


@pytest.mark.parametrize("text, name, nickname", [
    ("Zambian opposition leader Hakainde Hichilema was sworn in on Tuesday. Hichilema, known as HH, promised to "
     "fight graft. HH later met the outgoing president.", "Hichilema", "HH"),
    ("Rebel commander Joseph Kanu, known as Black Lion, was captured on Monday. Black Lion had led raids since "
     "2019.", "Rebel commander Joseph Kanu", "Black Lion"),
])
def test_the_name_a_person_is_known_by_is_that_person(run, text, name, nickname):
    actors = run(text)
    person = actor_with(actors, name)
    assert person is not None and sum(m.text == nickname for m in person.mentions) == 2


def test_a_list_after_a_name_is_no_apposition_of_it(run):
    actors = run("Worse for Omar Haddad, his loyal fighters and the farmers of the valley, the blockade could soon "
                 "tighten.")
    fighters = actor_with(actors, "his loyal fighters")
    assert fighters is not None and fighters is not actor_with(actors, "Omar Haddad")


def test_a_name_beside_a_two_word_role_of_one_person_is_that_person(run):
    actors = run("The company's chief executive, Lars Eklund, said the plant would close. Eklund said 300 jobs "
                 "would go.")
    eklund = actor_with(actors, "Lars Eklund")
    assert eklund is not None and eklund.kind == "person"
    assert actor_with(actors, "The company's chief executive") is eklund and actor_with(actors, "Eklund") is eklund


@pytest.mark.parametrize("text, phrase, kind, sector", [
    ("The envoy met rebel leaders in the hills on Sunday.", "rebel leaders", "armed_group", "REB"),
    ("The president met the opposition leader on Monday.", "the opposition leader", "person", "OPP"),
])
def test_a_sides_leaders_are_of_that_side_not_a_government(run, text, phrase, kind, sector):
    actor = actor_with(run(text), phrase)
    assert actor is not None and (actor.kind, actor.sector) == (kind, sector)


def test_two_person_entities_written_together_are_one_name(run):
    # the tagger splits the name at a word it also knows as a title
    actors = run("Somali President Hassan Sheikh Mohamud arrived in Nairobi. Mohamud, who took office in 2022, will "
                 "meet the envoy.")
    person = actor_with(actors, "Somali President Hassan Sheikh Mohamud")
    assert person is not None and person.name.endswith("Mohamud") and actor_with(actors, "Mohamud") is person


def test_a_name_after_a_rank_tagged_apart_is_a_person(run):
    actors = run("Army spokesman Brig. Felix Kulayigye said the rebels had attacked a school.")
    person = next((a for a in actors if "Kulayigye" in a.name), None)
    assert person is not None and person.kind == "person" and person.sector == "MIL"


def test_his_counterpart_is_a_person(run):
    actor = actor_with(run("Iran's foreign minister met his Omani counterpart in Muscat."), "his Omani counterpart")
    assert actor is not None and actor.kind == "person" and actor.country == "OMN"


def test_a_numbered_brigade_is_an_army_unit_not_a_militia(run):
    actors = run("The commander of the 5th Brigade said his soldiers had retaken the town. The militants had fled "
                 "into the forest.")
    brigade = actor_with(actors, "the 5th Brigade")
    assert brigade is not None and brigade.kind == "military"
    assert actor_with(actors, "The militants") is not brigade


@pytest.mark.parametrize("text, full, short", [
    ("Former Colombian president Alvaro Uribe Velez was convicted on Monday. Uribe Velez, 73, plans to appeal.",
     "Former Colombian president Alvaro Uribe Velez", "Uribe Velez"),
    ("Mayor Lucia Herrera Campos opened the market on Monday. Herrera said rents would be frozen.",
     "Mayor Lucia Herrera Campos", "Herrera"),
])
def test_the_surnames_of_a_spanish_name_alone_are_that_person(run, text, full, short):
    actors = run(text)
    person = actor_with(actors, full)
    assert person is not None and actor_with(actors, short) is person


def test_two_full_names_written_together_stay_apart(run):
    actors = run("Senator Ana Ruiz Ana RuizTV posted a video on Monday.")
    assert not any(a.name.count("Ruiz") > 1 for a in actors)


def test_the_former_title_joins_the_one_introduced_as_former(run):
    actors = run("Former president Omar Dibba returned from exile on Friday. The former president told supporters he "
                 "would run again.")
    dibba = actor_with(actors, "Former president Omar Dibba")
    assert dibba is not None and actor_with(actors, "The former president") is dibba


def test_the_title_skips_a_former_holder_whose_rank_word_stands_outside_the_name(run):
    actors = run("President Ana Costa met former president Omar Dibba. The president said the meeting was useful.")
    costa = actor_with(actors, "President Ana Costa")
    assert costa is not None and actor_with(actors, "The president") is costa


def test_the_former_title_joins_no_current_holder(run):
    actors = run("President Ana Costa met the envoy on Friday. The former president was not invited.")
    assert actor_with(actors, "The former president") is not actor_with(actors, "President Ana Costa")


def test_a_body_noun_whose_words_give_its_kind_refers_back_to_the_one_body_of_that_kind(run):
    actors = run("Amnesty International accused the police of torture on Monday. The rights group said detainees "
                 "were beaten.")
    amnesty = actor_with(actors, "Amnesty International")
    assert amnesty is not None and actor_with(actors, "The rights group") is amnesty
