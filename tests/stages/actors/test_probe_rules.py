"""actors: kinds and links that general rules give phrases the tagger and the lexicon left untyped or unlinked —
a name after a phrase for a body ("state radio X", "the rebel alliance X"), a description of a kind of state ("the
kingdom"), a bare "the junta" or "the government", a possessive state before one of its places, and common nouns
for police officers, critics, analysts and transparency groups."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, name", [
    ("Floods cut the main road on Monday. State radio RTNB said the bridge at Tessoul had reopened.", "RTNB"),
    ("Floods cut the main road on Monday. State radio OTRV said the bridge at Tessoul had reopened.", "OTRV"),
])
def test_an_acronym_after_state_radio_opening_a_sentence_is_a_broadcaster(run, text, name):
    # the parser hangs "State" and "radio" on the acronym as two compounds of their own
    actor = actor_with(run(text), name)
    assert actor is not None and actor.kind == "media" and actor.sector == "JRN"


def test_initials_read_as_a_person_after_a_rebel_alliance_are_that_alliance(run):
    actors = run("Fighting resumed near the border. The rebel coalition PLU said it had taken two hills.")
    plu = actor_with(actors, "PLU")
    assert plu is not None and plu.kind == "armed_group" and plu.sector == "REB"


@pytest.mark.parametrize("text, phrase, iso", [
    ("Jordan signed a water deal with its neighbour on Monday. The kingdom will receive extra supplies in summer.",
     "The kingdom", "JOR"),
    ("Kuwait hosted the talks on Sunday. The emirate has long mediated between the two sides.", "The emirate", "KWT"),
])
def test_a_kind_of_state_stands_for_the_one_state_of_that_kind_named(run, text, phrase, iso):
    actor = actor_with(run(text), phrase)
    assert actor is not None and actor.country == iso and actor.kind == "government"


def test_the_kingdom_after_two_kingdoms_is_the_one_that_acted(run):
    actors = run("Norway signed a fishing accord with Denmark on Friday. The kingdom will patrol the northern zone.")
    actor = actor_with(actors, "The kingdom")
    assert actor is not None and actor.country == "NOR"


def test_every_bare_junta_is_one_military_government_of_the_state_in_focus(run):
    actors = run("Burkina Faso's rulers dissolved the electoral body on Tuesday. The junta said a vote would come "
                 "later. Opposition figures said the junta was tightening its grip on Burkina Faso.")
    first, second = actor_with(actors, "The junta"), actor_with(actors, "the junta")
    assert first is not None and first is second
    assert first.kind == "government" and first.country == "BFA"


def test_a_bare_government_is_the_state_that_last_acted_as_its_own_government(run):
    actors = run("Portugal said on Monday it would send aid to Angola. The government was weighing whether to add "
                 "medical teams.")
    actor = actor_with(actors, "The government")
    assert actor is not None and actor.country == "PRT"


def test_a_place_after_a_state_s_possessive_is_no_person(run):
    actors = run("Insurgents shelled Mali's Menaka at dawn.")
    assert not any(a.kind == "person" and "Menaka" in a.name for a in actors)


def test_a_leader_after_a_state_s_possessive_stays_a_person(run):
    # no place of Gabon is called so: the name stays the person the tagger read
    actor = actor_with(run("Gabon's Nguema promised a referendum."), "Nguema")
    assert actor is not None and actor.kind == "person"


@pytest.mark.parametrize("text, phrase, kind, sector", [
    ("A police chief said the market road would stay closed.", "A police chief", "police", "COP"),
    ("A police commander told reporters the crowd had dispersed.", "A police commander", "police", "COP"),
    ("Critics said the budget plan was rushed.", "Critics", "population", "OPP"),
    ("Analysts expect food prices to rise again in spring.", "Analysts", "population", None),
    ("Transparency groups urged an audit of the port deal.", "Transparency groups", "ngo", "NGO"),
    ("Anti-corruption groups urged an audit of the port deal.", "Anti-corruption groups", "ngo", "NGO"),
])
def test_common_nouns_for_people_and_groups_take_their_kind(run, text, phrase, kind, sector):
    actor = actor_with(run(text), phrase)
    assert actor is not None and (actor.kind, actor.sector) == (kind, sector)


def test_a_bare_regime_is_not_the_state_in_focus(run):
    # the regime a state's sanctions are aimed at is another state's government, not the one that spoke
    actors = run("Canadian officials said lifting the trade curbs on Eritrea would reward the regime.")
    actor = actor_with(actors, "the regime")
    assert actor is None or actor.country != "CAN"


def test_a_military_junta_in_a_capital_is_that_state_s_government(run):
    actors = run("The military junta in Niamey expelled the envoy. Later the junta closed the border with Benin.")
    first, second = actor_with(actors, "The military junta"), actor_with(actors, "the junta")
    assert first is not None and first is second and first.country == "NER" and first.kind == "government"


def test_a_state_s_military_rulers_are_its_government_and_the_junta_after_them(run):
    actors = run("Gabon's military rulers suspended two newspapers. Later the junta lifted the curfew.")
    rulers, junta = actor_with(actors, "Gabon's military rulers"), actor_with(actors, "the junta")
    assert rulers is not None and rulers is junta and rulers.kind == "government" and rulers.country == "GAB"


def test_a_former_government_is_not_the_sitting_one(run):
    actors = run("Peru said on Monday it would repay the loan. The former government had signed it in 2019.")
    actor = actor_with(actors, "The former government")
    assert actor is None or actor.country != "PER"


def test_a_name_after_a_state_s_possessive_that_speaks_stays_a_person(run):
    # a town of Mali shares the name, but places do not tell reporters anything
    actor = actor_with(run("Mali's Menaka told reporters the count was fair."), "Menaka")
    assert actor is not None and actor.kind == "person"
