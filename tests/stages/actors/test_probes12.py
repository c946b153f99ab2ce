"""actors: leftovers of the probes (round 12): one person picked out of a group ("one of them", "one of the
soldiers")."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_one_of_them_is_a_person_of_the_group_they_refer_to(run):
    actors = run("Gunmen from the Red Ridge militia raided the depot at dawn. One of them told reporters the "
                 "guards had fled.")
    one = actor_with(actors, "One of them")
    assert one is not None and one.kind == "person"
    assert one.name.lower() != "one" and "of" in one.name
    militia = actor_with(actors, "Gunmen from the Red Ridge militia") or actor_with(actors, "Gunmen")
    assert militia is not None and militia is not one
    assert one.sector == militia.sector


def test_one_of_the_soldiers_is_one_soldier_not_the_unit(run):
    actors = run("Four Lorvanian soldiers were hurt when the truck hit a mine. One of the soldiers said the road "
                 "had been cleared the day before.")
    one = actor_with(actors, "One of the soldiers")
    assert one is not None and one.kind == "person" and one.sector == "MIL"
    assert [m.text for m in one.mentions] == ["One of the soldiers"]
    group = actor_with(actors, "Four Lorvanian soldiers")
    assert group is not None and group is not one


def test_she_after_one_of_the_protesters_is_that_protester(run):
    actors = run("One of the protesters told reporters that riot police had charged. She said she was struck twice.")
    one = actor_with(actors, "One of the protesters")
    assert one is not None and one.kind == "person"
    assert {"She", "she"} <= {m.text for m in one.mentions}


def test_one_of_the_officials_as_a_predicate_is_no_new_person(run):
    actors = run("Ana Ruiz was one of the officials at the talks.")
    assert actor_with(actors, "one of the officials") is None


def test_a_role_of_an_unnamed_body_names_the_person_with_the_body(run):
    actors = run("The leader of the party said the vote would go ahead.")
    leader = actor_with(actors, "The leader")
    assert leader is not None and leader.kind == "person"
    assert leader.name == "leader of the party" and leader.sector == "PTY"
    party = actor_with(actors, "the party")
    assert party is not None and party is not leader and party.kind == "political_party"


def test_a_role_of_an_unnamed_body_joins_the_party_leader_named_before(run):
    actors = run("Party leader Ana Ruiz rejected the claim. The leader of the party said the vote would go ahead.")
    ruiz = actor_with(actors, "Party leader Ana Ruiz")
    assert ruiz is not None and ruiz.name == "Ana Ruiz" and "The leader" in [m.text for m in ruiz.mentions]


def test_an_untagged_name_before_a_role_with_of_and_no_article_is_a_person(run):
    # wire style: ", leader of the X Party," with no article; the tagger may leave the name itself out
    actors = run("Ana Ruiz, leader of the Green Renewal Party, said the vote would go ahead.")
    ruiz = actor_with(actors, "Ana Ruiz")
    assert ruiz is not None and ruiz.kind == "person" and ruiz.name == "Ana Ruiz" and ruiz.sector == "PTY"


def test_a_union_named_for_its_members_trade_is_a_trade_union_not_a_party(run):
    actors = run("The Coastal Dockers Union and the Bus Drivers' Union called a strike, while the Patriotic Union "
                 "stayed away.")
    for name in ("The Coastal Dockers Union", "the Bus Drivers' Union"):
        union = actor_with(actors, name)
        assert union is not None and union.kind != "political_party" and union.sector == "LAB", name
    party = actor_with(actors, "the Patriotic Union")
    assert party is not None and party.kind == "political_party"


def test_the_opposition_is_a_party_like_body_of_the_opposition_side(run):
    actors = run("Opposition rejects poll results\n\nLORVAN (Reuters) - The opposition said on Monday the count had "
                 "been rigged.")
    opposition = actor_with(actors, "Opposition")
    assert opposition is not None and opposition.kind == "political_party" and opposition.sector == "OPP"
    assert "The opposition" in [m.text for m in opposition.mentions]


def test_a_capitalised_plural_noun_for_armed_men_is_no_name(run):
    actors = run("Jihadists kill 12 in northern Lorvan\n\nIslamist militants attacked a village on Sunday, killing "
                 "12 people, officials said.")
    fighters = actor_with(actors, "Jihadists")
    assert fighters is not None and fighters.kind == "armed_group" and fighters.sector == "REB"
    # the headline's bare plural is the one armed party the lead describes
    assert "Islamist militants" in [m.text for m in fighters.mentions]


def test_a_plural_noun_opening_a_sentence_is_the_party_it_names(run):
    actors = run("Rebels attacked the village on Monday. One of them said the army had fled.")
    rebels = actor_with(actors, "Rebels")
    assert rebels is not None and rebels.kind == "armed_group" and rebels.sector == "REB"
    one = actor_with(actors, "One of them")
    assert one is not None and one.name == "one of rebels" and one.sector == "REB"


def test_a_named_union_with_a_lower_case_union_head_is_a_trade_union(run):
    actors = run("The Tarven Metall union said it would fight the job cuts.")
    union = next((a for a in actors if "union" in a.name), None)
    assert union is not None and union.sector == "LAB"


def test_a_singular_calling_a_named_person_has_is_one_person(run):
    actors = run("Maria Lund was taken to hospital on Monday. Lund's doctor said she was recovering.")
    doctor = actor_with(actors, "Lund's doctor")
    assert doctor is not None and doctor.kind == "person" and doctor.sector == "MED"


def test_an_apposition_to_one_of_the_protesters_describes_that_person(run):
    actors = run("Police fired tear gas at the crowd. One of the protesters, a 23-year-old engineering student, said "
                 "officers had beaten her.")
    one = actor_with(actors, "One of the protesters")
    assert one is not None and one.kind == "person"
    assert "a 23-year-old engineering student" in [m.text for m in one.mentions]


def test_a_capitalised_plural_for_party_members_is_the_party(run):
    actors = run("The Social Democrats said the budget would stand, but Republicans in the assembly voted against it.")
    for text in ("The Social Democrats", "Republicans"):
        party = actor_with(actors, text)
        assert party is not None and party.kind == "political_party" and party.sector == "PTY", text


def test_a_headline_body_noun_is_the_body_the_lead_introduces_with_it(run):
    actors = run("Carmaker cuts 3,000 jobs\n\nBERLIN (Reuters) - German carmaker Tarvik AG said on Wednesday it would "
                 "cut 3,000 jobs at two plants.")
    firm = actor_with(actors, "Tarvik AG")
    assert firm is not None and "Carmaker" in [m.text for m in firm.mentions]


def test_a_headline_body_noun_is_the_named_body_it_ends(run):
    actors = run("Court jails former minister\n\nSORENNE, Valdoria (AP) — Valdoria's Supreme Court on Monday "
                 "sentenced a former minister to eight years in prison.")
    court = actor_with(actors, "Court")
    assert court is not None and court.name == "Supreme Court"


def test_a_role_of_a_body_introduced_by_its_kind_noun_takes_that_kind_s_sector(run):
    actors = run("A spokesman for Swiss lender Hartmann Privatbank said the bank would cooperate.")
    spokesman = actor_with(actors, "A spokesman")
    assert spokesman is not None and spokesman.sector == "BUS"


def test_a_post_of_a_body_named_by_its_possessive_takes_the_body_s_sector(run):
    actors = run("The union's general secretary, Piet Marais, called the killing an assassination.")
    person = actor_with(actors, "Piet Marais")
    assert person is not None and person.sector == "LAB"


def test_a_union_of_a_trade_s_people_anywhere_in_its_name_is_a_trade_union(run):
    actors = run("The Association of Mineworkers and Construction Union denied any role.")
    union = next((a for a in actors if "Union" in a.name), None)
    assert union is not None and union.kind != "political_party" and union.sector == "LAB"


def test_people_of_a_named_body_of_their_kind_are_that_body(run):
    actors = run("Fighters of the Black River Brigades seized the town on Thursday. Members of the Harbour Party "
                 "marched in the capital.")
    brigades = actor_with(actors, "the Black River Brigades")
    assert brigades is not None and "Fighters" in [m.text for m in brigades.mentions]
    party = actor_with(actors, "the Harbour Party")
    assert party is not None and "Members" in [m.text for m in party.mentions]


def test_a_counted_band_of_a_named_body_stays_its_own(run):
    actors = run("Twelve fighters of the Black River Brigades surrendered on Monday.")
    band = actor_with(actors, "Twelve fighters")
    assert band is not None and band is not actor_with(actors, "the Black River Brigades")


def test_its_role_before_a_name_is_a_post_of_the_body_named_before(run):
    actors = run("The opposition Civic Renewal Party said it would call a no-confidence vote. Its chairman, Milan "
                 "Hroz, said the coalition had lost its majority.")
    chairman = actor_with(actors, "Milan Hroz")
    assert chairman is not None and chairman.sector == "PTY"


def test_its_commander_of_a_rebel_force_is_of_the_force_s_state_and_side(run):
    actors = run("DOHA (Reuters) - Delegates of the Sudanese government and the Rapid Support Forces met in Doha on "
                 "Sunday. The RSF delegation was led by its deputy commander, Abdelrahim Dagalo.")
    commander = actor_with(actors, "Abdelrahim Dagalo")
    assert commander is not None and commander.sector == "REB" and commander.country == "SDN"


def test_the_last_word_of_one_body_s_name_refers_back_to_it(run):
    actors = run("The Black River Brigades seized the town on Thursday. An army spokesman said the brigades had used "
                 "drones bought abroad.")
    brigades = actor_with(actors, "The Black River Brigades")
    assert brigades is not None and "the brigades" in [m.text for m in brigades.mentions]


def test_a_headline_noun_is_the_body_the_lead_describes_with_it_in_apposition(run):
    actors = run("Militia seizes border town\n\nGARAVA (AP) — The Black River Brigades, a militia from the hills, "
                 "seized the border town of Tesh on Thursday.")
    brigades = actor_with(actors, "The Black River Brigades")
    assert brigades is not None and "Militia" in [m.text for m in brigades.mentions]


def test_one_union_leader_is_a_person_of_the_union_side(run):
    actors = run("A union leader said the strike would go on. A trade unionist said the pay offer was too low.")
    for text in ("A union leader", "A trade unionist"):
        person = actor_with(actors, text)
        assert person is not None and person.kind == "person" and person.sector == "LAB", text


def test_a_creed_s_movement_is_a_party_and_a_liberation_movement_an_armed_group(run):
    actors = run("The Liberal Movement said it would join the coalition. The Popular Liberation Movement attacked a "
                 "convoy.")
    party = actor_with(actors, "The Liberal Movement")
    assert party is not None and party.kind == "political_party"
    rebels = actor_with(actors, "The Popular Liberation Movement")
    assert rebels is not None and rebels.kind == "armed_group"


def test_a_title_right_after_a_named_body_is_a_post_of_that_body(run):
    actors = run("GENEVA (Reuters) - The World Health Organization said two of its clinics had been shelled. WHO "
                 "chief Tedros Adhanom Ghebreyesus called for the protection of health workers.")
    chief = actor_with(actors, "chief Tedros Adhanom Ghebreyesus")
    assert chief is not None and chief.sector == "IGO"


def test_unionists_of_a_named_union_are_that_union(run):
    actors = run("Rival unionists of the Association of Mineworkers and Construction Union denied any role.")
    union = actor_with(actors, "the Association of Mineworkers and Construction Union")
    assert union is not None and "Rival unionists" in [m.text for m in union.mentions]
