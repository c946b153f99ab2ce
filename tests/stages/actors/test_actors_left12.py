"""actors: leftovers of groups named by whom they back, self-named councils, subnational governments, UN office
holders, appositions and coordinations. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.mark.parametrize("first, second", [
    ("Supporters of Ortun", "supporters of Velis"),
    ("Loyalists of Hedda Strom", "loyalists of Ivo Brack"),
])
def test_supporters_of_two_named_parties_are_two_groups(run, first, second):
    analysis = run(f"{first} clashed with {second} outside the stadium in Pell on Tuesday, witnesses said.")
    one, other = actor_of(analysis, first.split()[0]), actor_of(analysis, second.split()[0])
    assert one is not None and other is not None and one.id != other.id
    assert one.kind == "population" and one.name.lower() == first.lower()


@pytest.mark.parametrize("phrase, name", [
    ("The state of Quenara", "state of Quenara"),
    ("The county of Marlow", "county of Marlow"),
    ("The province of Manitoba", "province of Manitoba"),
])
def test_a_named_division_acting_is_one_government_actor(run, phrase, name):
    analysis = run(f"{phrase} sued the federal government on Monday over the new pipeline.")
    actor = actor_of(analysis, phrase)
    assert actor is not None and (actor.name, actor.kind, actor.sector) == (name, "government", "GOV")
    assert all(actor_of(analysis, word) is actor for word in phrase.split()[1:])


def test_a_division_the_gazetteer_knows_is_of_its_state(run):
    analysis = run("The province of Manitoba filed a complaint against the rail operator on Friday.")
    assert actor_of(analysis, "Manitoba").country == "CAN"


def test_the_state_of_a_state_is_that_states_government(run):
    analysis = run("The state of Israel rejected the findings on Monday. A state of emergency was declared in Orvel.")
    actor = actor_of(analysis, "Israel")
    assert actor is not None and actor_of(analysis, "The state") is actor and actor.country == "ISR"


@pytest.mark.parametrize("sentence, name", [
    ("Dag Renner, the UN humanitarian coordinator for Sudan, warned of famine on Monday.", "Dag Renner"),
    ("Olu Benga, the U.N. independent expert on Haiti, criticised the police on Friday.", "Olu Benga"),
    ("Special Rapporteur Lena Vask urged restraint in the northern provinces.", "Lena Vask"),
])
def test_holders_of_un_offices_are_igo_people(run, sentence, name):
    actor = actor_of(run(sentence), name)
    assert actor is not None and (actor.kind, actor.sector) == ("person", "IGO")


@pytest.mark.parametrize("name, was, now", [
    ("Kelmar Unity", "the former rebel group", "political party"),
    ("The Saru Front", "an armed movement", "ruling party"),
])
def test_a_body_described_as_what_it_turned_into_is_one_actor_of_its_later_kind(run, name, was, now):
    analysis = run(f"{name}, {was} turned {now}, accused the electoral commission of fraud on Sunday.")
    actor = actor_of(analysis, name)
    assert actor is not None and actor_of(analysis, was) is actor and actor_of(analysis, now) is actor
    assert (actor.kind, actor.sector) == ("political_party", "PTY")


def test_a_group_calling_itself_a_council_is_that_council_and_what_it_did(run):
    analysis = run("A group of army officers calling itself the Council for National Renewal said on state radio on "
                   "Thursday that it had seized power in Orvel. The council also closed the borders.")
    council = actor_of(analysis, "Council for National Renewal")
    assert council is not None and (council.kind, council.sector) == ("military", "MIL")
    assert actor_of(analysis, "A group") is council and actor_of(analysis, "The council") is council
    it = analysis.text.index("it had")
    assert council.id in {actor_id for s, e, actor_id in analysis.shared["pronoun_spans"] if s == it} | {
        council.id for m in council.mentions if m.start == it}


@pytest.mark.parametrize("before", ["", "The association said the demand was too high.\n\n"])
def test_a_bare_party_noun_before_or_is_a_party_of_its_own(run, before):
    analysis = run(f"{before}Police or union leaders will chair the talks in Tarsevo on the strike at the port.")
    police, leaders = actor_of(analysis, "Police"), actor_of(analysis, "union leaders")
    assert police is not None and leaders is not None and police.id != leaders.id
    assert (police.kind, leaders.sector) == ("police", "LAB")


def test_a_trade_association_named_with_and_is_one_business_body(run):
    name = "Ruritanian Garment Makers and Exporters Association"
    analysis = run(f"The {name} criticised the walkout on Friday.")
    actor = actor_of(analysis, name)
    assert actor is not None and (actor.kind, actor.sector) == ("business", "BUS")


def test_the_group_is_the_fitting_body_named_last_in_the_sentence_before(run):
    analysis = run("Fighters of the Dulmo Defence Front shelled the camp on Friday. Medical charity Lifeline Relief "
                   "said its clinic was hit. The group said it would suspend its work.")
    charity = actor_of(analysis, "Lifeline Relief")
    assert charity is not None and charity.kind == "ngo" and actor_of(analysis, "The group") is charity


def test_the_group_after_two_fitting_bodies_in_one_sentence_stays_unresolved(run):
    analysis = run("Gunmen from the Kasara Liberation Front attacked a convoy of the aid group Hope Without Borders "
                   "near Dulmo on Friday. The group said two of its staff were wounded.")
    assert actor_of(analysis, "Hope Without Borders").kind == "ngo"
    assert actor_of(analysis, "The group") not in (actor_of(analysis, "Kasara Liberation Front"),
                                                   actor_of(analysis, "Hope Without Borders"))


def test_the_noun_after_a_body_introduced_with_a_is_that_body(run):
    analysis = run("The Northern Union said it would convene its Peace and Security Council on Thursday. Late on "
                   "Tuesday, the officers announced that Colonel Sava Orin would head a new interim council. The "
                   "council said it would respect the mining deal.")
    council = actor_of(analysis, "a new interim council")
    assert council is not None and actor_of(analysis, "The council") is council


def test_supporters_of_a_titled_person_are_that_persons_supporters(run):
    analysis = run("Supporters of the opposition leader Petra Valk celebrated in Harn, while supporters of Anselm "
                   "Dorra gathered outside the broadcaster.")
    valk, dorra = actor_of(analysis, "Supporters"), actor_of(analysis, "supporters")
    assert valk is not None and dorra is not None and valk.id != dorra.id
    assert "Petra Valk" in valk.name


def test_the_international_labour_organization_is_an_igo(run):
    analysis = run("The International Labour Organization said it was concerned about the arrests in Tarsevo.")
    actor = actor_of(analysis, "International Labour Organization")
    assert actor is not None and (actor.kind, actor.sector) == ("igo", "IGO")


def test_a_description_in_apposition_outweighs_a_word_of_an_unknown_name(run):
    analysis = run("The Harbour Front, a small leftist party, joined the picket lines outside the mill on Monday.")
    actor = actor_of(analysis, "Harbour Front")
    assert actor is not None and (actor.kind, actor.sector) == ("political_party", "PTY")


def test_a_name_with_a_possessive_the_tagger_left_out_is_typed_by_its_cue_words(run):
    analysis = run("Fighters of the Varn People's Liberation Movement abducted three aid workers near Oskel on Monday. "
                   "The movement's spokesman said the group had never targeted civilians.")
    movement = actor_of(analysis, "Varn People's Liberation Movement")
    assert movement is not None and (movement.kind, movement.sector) == ("armed_group", "REB")
    assert actor_of(analysis, "Fighters") is movement and actor_of(analysis, "the group") is movement


def test_a_name_described_as_a_retailer_is_that_business(run):
    analysis = run("A spokeswoman for Kessler Vann, a Danish retailer, said the retailer would review its suppliers.")
    firm = actor_of(analysis, "Kessler Vann")
    assert firm is not None and (firm.kind, firm.sector) == ("business", "BUS")
    assert actor_of(analysis, "the retailer") is firm
