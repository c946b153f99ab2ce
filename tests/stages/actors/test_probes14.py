"""actors: probes (round 14): a phrase naming a kind of body types the name it stands beside; roles and bodies of a
datelined national story take its country."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_name_beside_a_rebel_group_phrase_is_that_group_not_a_person(run):
    actors = run("Police detained the leader on Sunday. Kazimba, a rebel group, said he was beaten.")
    group = actor_with(actors, "Kazimba")
    assert group is not None and group.kind == "armed_group" and group.sector == "REB"
    # the pronoun is the detained leader's, not the group's
    he = actor_with(actors, "he")
    assert he is None or he is not group


def test_his_party_joins_the_party_an_apposition_names_and_both_take_the_dateline_state(run):
    actors = run("LUSAKA, Feb 2 (Reuters) - Police arrested opposition leader Amos Keter on Sunday, his party said. "
                 "Sikota, the main opposition party, said Keter was beaten.")
    party = actor_with(actors, "Sikota")
    assert party is not None and party.kind == "political_party"
    assert actor_with(actors, "his party") is party
    assert party.country == "ZMB"
    leader = actor_with(actors, "opposition leader Amos Keter")
    assert leader is not None and leader.country == "ZMB"


def test_a_big_city_dateline_without_its_country_gives_the_state_of_police_court_and_opposition(run):
    actors = run("LAGOS, June 9 (AP) - Police arrested opposition leader Femi Adeyemo at a rally on Saturday. A "
                 "court ordered his release on bail.")
    for mention in ("Police", "opposition leader Femi Adeyemo", "A court"):
        actor = actor_with(actors, mention)
        assert actor is not None and actor.country == "NGA", mention


def test_police_spokesman_is_of_the_state_whose_police_the_story_named(run):
    actors = run("Kenyan police detained the activist on Tuesday. Police spokesman Peter Wanjiru said she would be "
                 "charged.")
    spokesman = actor_with(actors, "Police spokesman Peter Wanjiru")
    assert spokesman is not None and spokesman.country == "KEN"


def test_state_miner_before_a_name_makes_a_business_of_the_dateline_state(run):
    actors = run("SANTIAGO, Aug 4 (Reuters) - Dock workers stopped loading ore on Friday after pay talks with state "
                 "miner Velcor stalled. Velcor said it would not raise its offer.")
    firm = actor_with(actors, "Velcor")
    assert firm is not None and firm.kind == "business" and firm.sector == "BUS" and firm.country == "CHL"


def test_state_owned_carrier_and_state_broadcaster_are_the_states_business_and_media(run):
    actors = run("JAKARTA, May 3 (Reuters) - State-owned carrier Aerolink cancelled 40 flights on Tuesday. The state "
                 "broadcaster RTV said pilots had walked out.")
    carrier = actor_with(actors, "Aerolink")
    assert carrier is not None and carrier.kind == "business" and carrier.country == "IDN"
    broadcaster = actor_with(actors, "RTV")
    assert broadcaster is not None and broadcaster.kind == "media" and broadcaster.country == "IDN"


def test_a_state_word_before_a_firm_noun_keeps_the_state_the_words_name(run):
    actors = run("Peru's state oil company Petrandes said output fell after the pipeline was shut.")
    firm = actor_with(actors, "Petrandes")
    assert firm is not None and firm.kind == "business" and firm.country == "PER"


def test_a_bare_court_in_a_story_about_one_state_is_that_states_judiciary(run):
    actors = run("Ghanaian police held the journalist for two days. Her lawyer said she would appear in court on "
                 "Thursday to answer the charges.")
    court = actor_with(actors, "court")
    assert court is not None and court.kind == "government" and court.sector == "JUD" and court.country == "GHA"


def test_state_owned_right_before_a_name_makes_a_firm_that_the_firm_and_the_company_refer_back_to(run):
    actors = run("ACCRA, Feb 20 (Reuters) - Workers at state-owned Volta Railways began a strike on Thursday after "
                 "the firm failed to raise wages. Volta Railways said it was working to settle the dispute.")
    firm = actor_with(actors, "Volta Railways")
    assert firm is not None and firm.kind == "business" and firm.sector == "BUS" and firm.country == "GHA"
    assert actor_with(actors, "the firm") is firm


def test_candidates_named_with_their_title_are_of_party_politics_and_the_opposition_ones_opposition(run):
    actors = run("HARARE, Aug 10 (Reuters) - Police detained opposition presidential candidate Tendai Moyo at a "
                 "roadblock. Presidential candidate Ruth Sibanda said the vote should go ahead.")
    rival = actor_with(actors, "opposition presidential candidate Tendai Moyo")
    assert rival is not None and rival.sector == "OPP" and rival.country == "ZWE"
    other = actor_with(actors, "Presidential candidate Ruth Sibanda")
    assert other is not None and other.sector == "PTY" and other.country == "ZWE"


def test_his_lawyer_before_his_lawyer_named_in_apposition_is_that_one_lawyer(run):
    actors = run("A court charged the activist Joel Kamau with sedition on Friday, his lawyer said. Kamau denied the "
                 "charges. His lawyer, Irene Wambui, said the case was an attack on free speech.")
    lawyer = actor_with(actors, "Irene Wambui")
    assert lawyer is not None and lawyer.kind == "person"
    assert actor_with(actors, "his lawyer") is lawyer


def test_a_name_the_tagger_missed_before_a_body_phrase_in_apposition_is_that_body(run):
    actors = run("BOGOTA, March 4 (Reuters) - The Unity Compact, the main opposition coalition, said on Monday the "
                 "vote count had been rigged.")
    coalition = actor_with(actors, "The Unity Compact")
    assert coalition is not None and coalition.kind == "political_party"
    assert actor_with(actors, "the main opposition coalition") is coalition


def test_a_bare_union_in_a_datelined_strike_story_is_labour_of_the_dateline_state(run):
    actors = run("LIMA, May 12 (Reuters) - Workers at a copper smelter walked out on Monday after pay talks failed, "
                 "the union said. Union leader Hugo Quispe said the strike would last a week.")
    union = actor_with(actors, "the union")
    assert union is not None and union.sector == "LAB" and union.country == "PER"
    leader = actor_with(actors, "Union leader Hugo Quispe")
    assert leader is not None and leader.sector == "LAB" and leader.country == "PER"


def test_a_name_after_a_spokesmans_role_is_a_person_even_when_tagged_as_a_body(run):
    actors = run("The opposition leader was taken to a police station. Government spokesman Eysan said she would be "
                 "charged.")
    spokesman = actor_with(actors, "Eysan")
    assert spokesman is not None and spokesman.kind == "person" and spokesman.sector == "GOV"


def test_their_union_is_the_one_union_named_and_the_teachers_are_not_that_union(run):
    actors = run("ACCRA, Jan 5 (Reuters) - Public school teachers went on strike on Monday over unpaid wages, their "
                 "union said. The Ghana National Union of Teachers (GNUT) said most schools were shut. The education "
                 "minister told the teachers to return to work.")
    union = actor_with(actors, "The Ghana National Union of Teachers")
    assert union is not None and union.kind == "other" and union.sector == "LAB"
    assert actor_with(actors, "their union") is union
    teachers = actor_with(actors, "the teachers")
    assert teachers is not None and teachers is not union
