"""actors: one actor per real person however the text names them — a name the tagger took for a body or a place
beside a title noun, a title opening before the tagged name, a repeated title after a description with a
complement ("prime minister of X"), and a singular military or police post that a later "he"/"she" refers to."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text)).actors


def actor_with(actors, mention_text):
    """The actor one of whose mentions is exactly `mention_text` (None when there is none)."""
    return next((a for a in actors if any(m.text == mention_text for m in a.mentions)), None)


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
    actors = run(text)
    person = actor_with(actors, noun)
    assert person is not None and person.kind == "person" and actor_with(actors, pronoun) is person


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
