"""actors: leftovers of the probes (round 10): a party's letters in brackets after an apposition that names it,
office titles ending in "general", a bare "his party"."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("role, party, letters", [
    ("secretary general", "the Harbour Renewal Party", "HRP"),
    ("chairman of", "the United Farmers Party", "UFP"),
    ("a spokeswoman for", "the Northern Unity Party", "NUP"),
])
def test_letters_after_an_apposition_stay_the_party(run, role, party, letters):
    text = (f"Tavi Ondrejko, {role} {party} ({letters}), was detained on Monday. "
            f"The {letters} said it would appeal.")
    actors = run(text)
    person = actor_with(actors, "Tavi Ondrejko")
    assert person is not None and not any("(" in m.text for m in person.mentions)
    party_actor = actor_with(actors, f"The {letters}")
    assert party_actor is not None and party_actor.kind == "political_party"
    assert letters in [m.text for m in party_actor.mentions]


def test_a_general_after_an_office_noun_is_no_soldier(run):
    actors = run("Tavi Ondrejko, secretary general of the Harbour Renewal Party, said the vote was fair.")
    person = actor_with(actors, "Tavi Ondrejko")
    assert person is not None and person.sector == "PTY"


@pytest.mark.parametrize("bare", ["His party", "The party"])
def test_a_bare_party_is_the_one_named_party(run, bare):
    actors = run("Police detained Tavi Ondrejko, a leader of the Harbour Renewal Party (HRP), on Monday. "
                 f"{bare} called the arrest illegal.")
    party = actor_with(actors, bare)
    assert party is not None and "HRP" in [m.text for m in party.mentions]


def test_a_bare_party_with_two_named_parties_stays_apart(run):
    actors = run("The Harbour Renewal Party and the United Farmers Party met on Monday. "
                 "His party called the meeting useful, Tavi Ondrejko said.")
    party = actor_with(actors, "His party")
    assert party is not None and len(party.mentions) == 1


@pytest.mark.parametrize("text, phrase", [
    ("Valdoria ordered the Tarsian ambassador to leave the country on Tuesday.", "the country"),
    ("Hundreds of families fled the country after the vote.", "the country"),
    ("The singer was barred from entering the nation for five years.", "the nation"),
    ("The exiled cleric returned to the country on Friday.", "the country"),
    ("Fighting in the country has displaced thousands, aid workers said.", "the country"),
    ("The dissident was smuggled out of the country in a lorry.", "the country"),
    ("The migrants were deported to their country on Friday.", "their country"),
    ("The poet fled his country in 2015.", "his country"),
])
def test_a_country_someone_goes_to_or_leaves_is_a_place(run, text, phrase):
    assert actor_with(run(text), phrase) is None


@pytest.mark.parametrize("text, phrase", [
    ("The country protested the decision on Monday.", "The country"),
    ("Troops invaded the country in March.", "the country"),
])
def test_a_country_acting_or_attacked_stays_an_actor(run, text, phrase):
    assert actor_with(run(text), phrase) is not None


@pytest.mark.parametrize("text, phrase, country", [
    ("A government spokeswoman in Kigali said the decision was final.", "A government spokeswoman", "RWA"),
    ("A government spokesman in Nairobi denied the report.", "A government spokesman", "KEN"),
])
def test_a_government_spokesperson_in_a_capital_speaks_for_its_state(run, text, phrase, country):
    actor = actor_with(run(text), phrase)
    assert actor is not None and actor.country == country


def test_a_body_spokesperson_in_a_capital_is_not_the_states(run):
    actor = actor_with(run("A UN spokesman in Geneva said talks would continue."), "A UN spokesman")
    assert actor is not None and actor.country is None


@pytest.mark.parametrize("phrase, sector", [
    ("His lawyer", "JUD"),
    ("Her lawyer", "JUD"),
])
def test_a_singular_someone_has_is_one_person(run, phrase, sector):
    actors = run(f"Tavi Ondrejko was detained in the port on Monday. {phrase} said the charges were false.")
    actor = actor_with(actors, phrase)
    assert actor is not None and actor.kind == "person" and actor.sector == sector


@pytest.mark.parametrize("phrase", ["A lawyer", "His family", "Their lawyers"])
def test_an_unowned_or_collective_or_plural_role_stays_a_population(run, phrase):
    actors = run(f"Tavi Ondrejko was detained in the port on Monday. {phrase} said the charges were false.")
    actor = actor_with(actors, phrase)
    assert actor is not None and actor.kind == "population"


@pytest.mark.parametrize("text, word", [
    ("Turnout was low in the capital, officials said.", "Turnout"),
    ("Turnout reached 40 percent by noon.", "Turnout"),
    ("Inflation climbed to 30 percent in May, officials said.", "Inflation"),
])
def test_a_noun_for_an_amount_opening_a_sentence_is_no_actor(run, text, word):
    assert actor_with(run(text), word) is None


@pytest.mark.parametrize("text, phrase, name", [
    ("A woman who identified herself only as Mariam said the shelling lasted hours.", "A woman", "Mariam"),
    ("A man who identified himself as Karim said the market had burned.", "A man", "Karim"),
])
def test_a_name_someone_gave_themself_before_a_reporting_verb_is_theirs(run, text, phrase, name):
    actor = actor_with(run(text), phrase)
    assert actor is not None and actor.kind == "person" and name in [m.text for m in actor.mentions]


@pytest.mark.parametrize("phrase", ["A 20-year veteran", "A soldier"])
def test_one_member_of_a_force_is_the_he_that_follows(run, phrase):
    actors = run(f"Mayor Tomas Brell toured the base on Friday. {phrase} of the garrison said he was tired.")
    actor = actor_with(actors, phrase)
    assert actor is not None and "he" in [m.text for m in actor.mentions]


@pytest.mark.parametrize("full, short", [
    ("Hualong Semiconductor", "Hualong"),
    ("Brightwater Logistics", "Brightwater"),
    ("Torvane Shipping", "Torvane"),
])
def test_a_firm_s_first_word_alone_is_the_firm(run, full, short):
    actors = run(f"Shares of {full} fell 5 percent on Tuesday. {short} said it would cut 300 jobs.")
    actor = actor_with(actors, full)
    assert actor is not None and short in [m.text for m in actor.mentions]


def test_a_first_word_two_firms_share_joins_neither(run):
    actors = run("Shares of Brightwater Logistics and Brightwater Foods fell on Tuesday. "
                 "Brightwater said it would cut 300 jobs.")
    for full in ("Brightwater Logistics", "Brightwater Foods"):
        actor = actor_with(actors, full)
        assert actor is not None and "Brightwater" not in [m.text for m in actor.mentions]


@pytest.mark.parametrize("plural", ["The firms", "The companies"])
def test_the_plural_of_a_word_for_a_body_is_not_one_named_body(run, plural):
    actors = run(f"Regulators fined Kestrel Mining Ltd on Monday. {plural} said they would appeal.")
    firm = actor_with(actors, "Kestrel Mining Ltd")
    assert firm is not None and plural not in [m.text for m in firm.mentions]


def test_a_plural_for_a_group_s_members_still_joins_the_group(run):
    actors = run("Al-Shabaab attacked the base on Monday. The militants said they had killed ten soldiers.")
    group = actor_with(actors, "Al-Shabaab")
    assert group is not None and "The militants" in [m.text for m in group.mentions]
