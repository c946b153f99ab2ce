"""actors: leftovers of the probes (round 9): role nouns for captors, raiders and the people of business and
daily life; firms known only by what they own or report ("X's shares", "X posted a profit")."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("phrase, kind, sector", [
    ("their captors", "armed_group", "REB"),
    ("The abductors", "armed_group", "REB"),
    ("The bandits", "armed_group", "CRM"),
    ("Executives", "business", "BUS"),
    ("The shareholders", "business", "BUS"),
    ("The voters", "population", "CVL"),
    ("The mourners", "population", "CVL"),
])
def test_role_nouns_name_actors(run, phrase, kind, sector):
    actors = run(f"Villagers gathered near the river on Sunday. {phrase} left before dawn, a witness said.")
    actor = actor_with(actors, phrase)
    assert actor is not None and actor.kind == kind and actor.sector == sector


def test_a_trade_before_a_word_for_a_firm_makes_a_business(run):
    actors = run("Regulators fined Kestrova, the state-owned shipping group, on Friday.")
    actor = actor_with(actors, "Kestrova")
    assert actor is not None and actor.kind == "business" and actor.sector == "BUS"


def test_an_untagged_name_that_posts_a_profit_is_a_business(run):
    actors = run("Talvora posted a record profit on Thursday as fuel prices climbed.")
    actor = actor_with(actors, "Talvora")
    assert actor is not None and actor.kind == "business"


def test_a_name_whose_shares_fell_is_a_business(run):
    actors = run("Norvik's shares fell 6 percent in Oslo after the ruling.")
    actor = actor_with(actors, "Norvik")
    assert actor is not None and actor.kind == "business"


def test_a_persons_shares_keep_the_person(run):
    actors = run("John Harlow's shares in the club were sold on Monday.")
    actor = actor_with(actors, "John Harlow")
    assert actor is not None and actor.kind == "person"


def test_one_member_of_a_population_is_a_person_a_later_she_means(run):
    actors = run("Bread prices doubled in the port on Monday. One baker, who asked not to be named, said she had "
                 "closed her shop. \"There is no flour left,\" she said.")
    baker = actor_with(actors, "One baker")
    assert baker is not None and baker.sector == "CVL"
    assert sum(m.text == "she" for m in baker.mentions) == 2


def test_a_mother_of_four_is_the_she_after_her(run):
    actors = run("Families queued outside the clinic for hours. A mother of four said she had never seen such a line.")
    mother = actor_with(actors, "A mother")
    assert mother is not None and any(m.text == "she" for m in mother.mentions)


def test_a_crowd_is_no_she(run):
    actors = run("Kemi Obi said she was afraid. A crowd gathered outside the court on Tuesday. Later she left.")
    crowd = actor_with(actors, "A crowd")
    assert crowd is not None and not any(m.text == "she" for m in crowd.mentions)


def test_a_town_entered_by_troops_is_no_person(run):
    actors = run("Rebels said on Tuesday they had seized the mining town. Troops entered Rubaya on Monday. "
                 "Soldiers marched into Kalehe and fighters withdrew from Minova.")
    assert actor_with(actors, "Rubaya") is None
    assert actor_with(actors, "Troops") is not None


def test_towns_overran_are_no_actors(run):
    actors = run("Rebels overran Kalungu and Bweremana last week, residents said.")
    assert actor_with(actors, "Kalungu") is None and actor_with(actors, "Bweremana") is None


def test_a_person_met_stays_a_person(run):
    actors = run("General Mark Tembo met Alain Kabila on Friday in the capital.")
    person = actor_with(actors, "Alain Kabila")
    assert person is not None and person.kind == "person"


def test_a_firm_the_tagger_read_as_a_nationality_is_the_firm_its_phrase_names(run):
    actors = run("The bloc on Monday blacklisted four tankers and the shipping firm Kardotrans, saying they had "
                 "broken the embargo. Kardotrans said it would appeal.")
    firms = [a for a in actors if any(m.text == "Kardotrans" for m in a.mentions)]
    assert firms and all(a.kind == "business" for a in firms)


def test_a_capitalised_agent_noun_after_a_dateline_is_that_party(run):
    actors = run("Traders freed in Nigeria\n\nKANO, Nigeria (Reuters) - Gunmen freed six traders kidnapped last month "
                 "from a market in the north, police said on Tuesday.")
    gunmen = actor_with(actors, "Gunmen")
    assert gunmen is not None and gunmen.kind == "armed_group"


@pytest.mark.parametrize("sentence, name", [
    ("Shares in Halvard Marine rose 3 percent in Oslo on Tuesday.", "Halvard Marine"),
    ("Marvella posted a 9 percent rise in quarterly profit on Wednesday.", "Marvella"),
])
def test_a_name_with_shares_in_it_or_a_rise_in_profit_is_a_business(run, sentence, name):
    actor = actor_with(run(sentence), name)
    assert actor is not None and actor.kind == "business"


@pytest.mark.parametrize("phrase, kind", [
    ("Economists", "population"), ("the regulator", "government"), ("Greek insurers", "business"),
])
def test_more_role_nouns(run, phrase, kind):
    actors = run(f"Markets fell sharply on Monday. {phrase} said the outlook had worsened.")
    actor = actor_with(actors, phrase)
    assert actor is not None and actor.kind == kind


def test_a_federal_state_where_something_happened_is_no_government(run):
    actors = run("Gunmen killed nine farmers in Tarawa state on Sunday, police said.")
    assert actor_with(actors, "Tarawa state") is None


def test_a_description_in_apposition_to_one_person_is_that_person(run):
    actors = run("One migrant, a 29-year-old mechanic from Kassala, said he had paid for the crossing. \"We had no "
                 "choice,\" he said.")
    migrant = actor_with(actors, "One migrant")
    assert migrant is not None and actor_with(actors, "a 29-year-old mechanic") is migrant


def test_the_name_a_speaker_gave_is_that_speakers(run):
    actors = run("Fuel ran short across the city on Friday. A taxi driver, who gave his name as Kofi, said he had "
                 "queued since dawn.")
    driver = actor_with(actors, "A taxi driver")
    assert driver is not None and actor_with(actors, "Kofi") is driver
    assert driver.kind == "person"


def test_a_name_after_a_noun_for_a_kind_of_firm_is_that_firm(run):
    actors = run("Washington on Tuesday blacklisted a dozen firms, including chipmaker Hualong Semiconductor, saying "
                 "they supplied the navy.")
    firm = actor_with(actors, "Hualong Semiconductor")
    assert firm is not None and firm.kind == "business"


def test_a_state_firm_the_kb_knows_is_a_business_of_its_state(run):
    actors = run("Rosatom said on Tuesday it would delay the reactor's launch by a year.")
    firm = actor_with(actors, "Rosatom")
    assert firm is not None and firm.kind == "business" and firm.country == "RUS"


@pytest.mark.parametrize("bloc", ["ECCAS", "COMESA", "CARICOM", "Mercosur", "APEC", "SAARC", "CEMAC", "ICGLR"])
def test_regional_blocs_are_igos(run, bloc):
    actors = run(f"The {bloc} said on Monday it would send a mission to the border.")
    actor = actor_with(actors, f"The {bloc}")
    assert actor is not None and actor.kind == "igo"


def test_a_town_a_force_withdrew_from_is_no_actor(run):
    actors = run("Rebels said on Tuesday they had seized the mining town. Troops entered Rubaya on Monday. "
                 "Soldiers marched into Kalehe and fighters withdrew from Minova.")
    assert actor_with(actors, "Minova") is None


def test_a_body_a_state_withdrew_from_stays_an_actor(run):
    actors = run("Burundi withdrew from Interpol last year, the foreign ministry said.")
    assert actor_with(actors, "Interpol") is not None


def test_a_firms_name_read_later_as_a_persons_is_the_firm(run):
    actors = run("The bloc froze the assets of the shipping company Keldmar on Thursday. Keldmar, which operates "
                 "tankers in the Baltic, did not respond. Lawyers for Keldmar said they would appeal.")
    firm = actor_with(actors, "Keldmar")
    assert firm is not None and firm.kind == "business"
    assert not any(a.kind == "person" for a in actors if any(m.text == "Keldmar" for m in a.mentions))


def test_a_partys_name_inside_its_noun_phrase_is_that_party_later(run):
    actors = run("Thousands rallied against the ruling Bright Harbour party on Monday. The Electoral Board said Bright "
                 "Harbour won 54 percent.")
    party = actor_with(actors, "the ruling Bright Harbour party")
    assert party is not None and party.kind == "political_party"
    assert all(a.kind != "person" for a in actors if any(m.text == "Bright Harbour" for m in a.mentions))


def test_caught_off_guard_names_no_guard(run):
    actors = run("Bondholders said they had been caught off guard by the ruling on Friday.")
    assert actor_with(actors, "guard") is None


def test_tycoons_are_business(run):
    actors = run("The ministry said on Friday the tycoons had profited from the war.")
    tycoons = actor_with(actors, "the tycoons")
    assert tycoons is not None and tycoons.kind == "business"
