"""actors: a body named again by a bare noun ("the group", "the militia") keeps the people who speak for it and the
forces it owns; donors in a datelined report are not the dateline state's. Invented sentences."""

from __future__ import annotations


def _by_mention(actors) -> dict[str, object]:
    return {m.text: a for a in actors for m in a.mentions}


def test_spokesperson_for_a_body_named_again_takes_its_sector(run):
    actors = _by_mention(run("The Kordofan Brigade denied the report. A spokeswoman for the militia said the "
                             "village had been calm."))
    assert actors["A spokeswoman"].sector == "REB"
    assert actors["the militia"].name == "Kordofan Brigade"


def test_spokesperson_takes_the_state_of_the_body_named_again(run):
    actors = _by_mention(run("The Rapid Support Forces denied attacking civilians. A spokesman for the group said "
                             "the claims were false."))
    assert (actors["A spokesman"].sector, actors["A spokesman"].country) == ("REB", "SDN")


def test_its_fighters_after_a_spokesperson_for_the_group_are_the_group(run):
    actors = _by_mention(run("The Kordofan Brigade denied the report. A spokesman for the group said its gunmen "
                             "had not entered the village."))
    assert actors["its gunmen"].id == actors["The Kordofan Brigade"].id


def test_spokesperson_for_a_ministry_stays_government(run):
    actors = _by_mention(run("The ministry denied the report. A spokesman for the ministry said the talks would "
                             "go on."))
    assert actors["A spokesman"].sector == "GOV"


def test_donors_in_a_datelined_report_are_not_the_dateline_states(run):
    actors = _by_mention(run("N'DJAMENA, Chad (AP) — Chad closed its eastern border on Tuesday.\n\nAid groups "
                             "warned that food could run out if donors do not provide more funding."))
    assert actors["donors"].country is None
    assert actors["Chad"].country == "TCD"


def test_the_government_is_not_a_commission_on_something(run):
    # the head of "National Commission on Human Rights" is "Commission", a body of its own, not "the government"
    actors = _by_mention(run("NAIROBI, Kenya (Reuters) - Police fired tear gas on Thursday. The Kenya National "
                             "Commission on Human Rights said 37 people had been arrested.\n\nPresident William Ruto "
                             "said the government was ready to talk to the protesters."))
    assert actors["the government"].id != actors["The Kenya National Commission on Human Rights"].id
    assert actors["the government"].country == "KEN"


def test_a_state_named_only_for_the_weapons_leaves_officials_at_the_dateline(run):
    actors = _by_mention(run("MOSCOW (Reuters) - Air defences destroyed 30 Ukrainian drones overnight, the defence "
                             "ministry said on Sunday."))
    assert actors["the defence ministry"].country == "RUS"


def test_a_state_named_for_its_officials_still_blocks_the_dateline_guess(run):
    actors = _by_mention(run("MOSCOW (Reuters) - The defence ministry said on Sunday that Ukrainian officials had "
                             "met in Warsaw."))
    assert actors["The defence ministry"].country is None


def test_a_saboteur_is_an_armed_partys_man(run):
    actors = _by_mention(run("Guards said a Ukrainian saboteur had been detained near the border."))
    assert actors["a Ukrainian saboteur"].sector == "REB"


def test_a_two_word_dateline_town_before_the_agency_gives_the_home_state(run):
    # the agency's capitals are not part of the town's name: "GAZA CITY (AP)" is Gaza City, not "gaza city ap"
    actors = _by_mention(run("GAZA CITY (AP) — The Health Ministry said 22 people were killed on Tuesday."))
    assert actors["The Health Ministry"].country == "PSE"


def test_a_states_military_named_by_a_phrase_is_the_force_the_kb_knows(run):
    actors = _by_mention(run("Myanmar junta air strikes kill 40 in village\n\nBANGKOK (Reuters) - Myanmar's military "
                             "carried out air strikes on a village on Wednesday."))
    assert actors["Myanmar's military"].id == actors["Myanmar junta"].id


ELECTION = ("TBILISI, Georgia (Reuters) - Georgia's pro-Western opposition on Sunday refused to recognise the ruling "
            "Silver Dawn party as winner of the election. The election commission said Silver Dawn won 54% of "
            "the vote. The prime minister accused the opposition of trying to stage a revolution.")


def test_the_opposition_is_not_the_ruling_party(run):
    actors = _by_mention(run(ELECTION))
    assert actors["the opposition"].id == actors["Georgia's pro-Western opposition"].id


def test_a_partys_name_without_its_kind_noun_is_the_party(run):
    actors = _by_mention(run(ELECTION))
    assert actors["Silver Dawn"].id == actors["the ruling Silver Dawn party"].id


def test_the_agency_after_a_federal_police_body_is_that_body(run):
    actors = _by_mention(run("WASHINGTON (Reuters) - The FBI on Wednesday blamed North Korean hackers for the theft. "
                             "The agency said the hackers had converted the assets."))
    assert actors["The agency"].id == actors["The FBI"].id
    assert actors["North Korean hackers"].country == "PRK"
