"""actors: the lead's probes (round 13): bare national bodies of the report's own state, public offices, news
agencies, bodies named by their weapons or fighters, described groups and titled envoys."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_bare_congress_in_a_report_from_another_capital_is_that_states(run):
    actors = run("QUITO, March 3 (Reuters) - Farmers marched on Congress in Quito on Tuesday to protest a fuel "
                 "price rise, organisers said.")
    congress = actor_with(actors, "Congress")
    assert congress is not None and congress.kind == "government"
    assert congress.country == "ECU" and congress.name != "US Congress"


def test_bare_congress_in_a_report_from_washington_stays_the_us_congress(run):
    actors = run("WASHINGTON, March 3 (Reuters) - Congress passed a spending bill on Tuesday after weeks of talks.")
    congress = actor_with(actors, "Congress")
    assert congress is not None and congress.country == "USA"


def test_congress_in_a_sentence_naming_the_united_states_stays_the_us_congress(run):
    actors = run("QUITO, March 3 (Reuters) - Ecuador's trade minister said Congress in the United States was "
                 "weighing a tariff cut.")
    congress = actor_with(actors, "Congress")
    assert congress is not None and congress.country == "USA"


def test_the_ombudsmans_office_is_a_state_body_of_the_report(run):
    actors = run("ACCRA, May 2 (Reuters) - Nine traders were hurt when the stalls were cleared, the ombudsperson's "
                 "office said on Friday.")
    office = actor_with(actors, "the ombudsperson's office")
    assert office is not None and office.kind == "government" and office.sector == "GOV"
    assert office.country == "GHA"


def test_a_comptrollers_office_is_a_government_body(run):
    actors = run("The comptroller's office said the ministry had overspent its budget by a third.")
    office = actor_with(actors, "The comptroller's office")
    assert office is not None and office.kind == "government"


def test_a_name_after_a_demonym_and_news_agency_is_that_states_media(run):
    actors = run("Laotian state news agency KPL said the bridge had opened.")
    agency = actor_with(actors, "KPL")
    assert agency is not None and agency.kind == "media" and agency.country == "LAO"


def test_a_broadcaster_after_a_demonym_and_another_adjective_is_that_states(run):
    actors = run("Armenian public broadcaster Lurer said the vote was delayed.")
    broadcaster = actor_with(actors, "Lurer")
    assert broadcaster is not None and broadcaster.kind == "media" and broadcaster.country == "ARM"


def test_his_country_is_the_state_of_the_person_it_refers_to(run):
    actors = run("Chilean President Rosa Vidal said the new tariffs would hurt her country more than anyone.")
    country = actor_with(actors, "her country")
    assert country is not None and country.kind == "government" and country.country == "CHL"


def test_his_country_of_a_person_of_no_known_state_is_no_actor(run):
    actors = run("A spokesman for the carrier said his country would not accept the ruling.")
    assert actor_with(actors, "his country") is None


def test_a_known_armed_groups_artillery_is_that_group(run):
    actors = run("Hezbollah artillery hit an army post near the border on Sunday, killing two soldiers.")
    group = actor_with(actors, "Hezbollah artillery")
    assert group is not None and group.kind == "armed_group"
    assert group.name == "Hezbollah"


def test_a_nationalitys_artillery_is_that_states_military(run):
    actors = run("Turkish artillery shelled the villages overnight, residents said.")
    force = actor_with(actors, "Turkish artillery")
    assert force is not None and force.kind == "military" and force.country == "TUR"


def test_bare_artillery_as_an_object_is_a_weapon_no_actor(run):
    actors = run("The rebels used artillery to drive the troops from the ridge.")
    assert actor_with(actors, "artillery") is None


def test_fighters_and_drones_named_by_a_defined_acronym_are_that_group(run):
    actors = run("The Marra Hills Defence Brigades (MHDB) said on Monday its fighters had taken the town. MHDB "
                 "fighters then shelled the market, and MHDB drones hit a fuel depot, residents said.")
    group = actor_with(actors, "The Marra Hills Defence Brigades")
    assert group is not None and group.kind == "armed_group"
    texts = {m.text for m in group.mentions}
    assert {"its fighters", "MHDB fighters", "MHDB drones"} <= texts


def test_a_groups_commander_is_no_mention_of_the_group(run):
    actors = run("The Marra Hills Defence Brigades (MHDB) took the town. An MHDB commander said the road was open.")
    group = actor_with(actors, "The Marra Hills Defence Brigades")
    assert group is not None and "An MHDB commander" not in {m.text for m in group.mentions}


def test_a_name_an_apposition_calls_a_group_is_that_bodys_name(run):
    actors = run("The Night Watchers, a group that tracks arrests, said 40 people were held.")
    body = actor_with(actors, "The Night Watchers")
    assert body is not None and body.kind not in ("person", "population")
    assert "a group" in {m.text for m in body.mentions}


def test_an_untagged_name_in_apposition_to_a_titled_envoy_is_that_person(run):
    actors = run("The United Nations envoy for Sudan, Ramtane Lokarra, urged a ceasefire.")
    envoy = actor_with(actors, "Ramtane Lokarra")
    assert envoy is not None and envoy.kind == "person" and envoy.name == "Ramtane Lokarra"
    assert "The United Nations envoy" in {m.text for m in envoy.mentions}


def test_an_untagged_name_after_a_title_with_a_capitalised_complement_is_a_person(run):
    actors = run("The raids were condemned by UN High Commissioner for Human Rights Anselm Korbach on Tuesday.")
    person = actor_with(actors, "UN High Commissioner for Human Rights Anselm Korbach")
    assert person is not None and person.kind == "person" and person.name == "Anselm Korbach"
    assert person.sector == "IGO"


def test_a_militias_other_name_after_its_description_is_that_militia(run):
    actors = run("The Sable Brigade, a militia also known as the Black Hands, attacked the convoy. The Black Hands "
                 "later withdrew.")
    militia = actor_with(actors, "The Sable Brigade")
    assert militia is not None and militia.kind == "armed_group"
    assert {"the Black Hands", "The Black Hands"} <= {m.text for m in militia.mentions}


def test_a_bodys_other_name_with_a_particle_is_that_body(run):
    actors = run("The Sable Brigade, also known as Kataib al-Sawad, seized the bridge.")
    militia = actor_with(actors, "The Sable Brigade")
    assert militia is not None and "Kataib al-Sawad" in {m.text for m in militia.mentions}


def test_bare_police_in_a_report_from_a_town_are_that_towns_states(run):
    actors = run("MOMBASA (Reuters) - Police fired tear gas on Tuesday at dock workers protesting against a port "
                 "deal with Somalia. The workers accused Somalia of dumping cheap goods, and Somalia rejected the "
                 "claim. Somalia's trade minister said the deal was fair.")
    police = actor_with(actors, "Police")
    assert police is not None and police.country == "KEN"


def test_a_dateline_town_with_large_namesakes_in_several_states_places_nothing(run):
    actors = run("SPRINGFIELD (Reuters) - Police fired tear gas at protesters outside the plant on Tuesday.")
    police = actor_with(actors, "Police")
    assert police is not None and police.country != "GBR"


def test_congress_in_a_report_from_london_naming_washington_stays_the_us_congress(run):
    actors = run("LONDON (Reuters) - British exporters are watching Washington closely. Congress is expected to "
                 "vote on the tariff bill next week.")
    congress = actor_with(actors, "Congress")
    assert congress is not None and congress.country == "USA"


def test_plural_unions_are_labour(run):
    actors = run("Unions have called a general strike for Friday over the fuel tax.")
    unions = actor_with(actors, "Unions")
    assert unions is not None and unions.sector == "LAB"


def test_a_name_after_a_noun_for_a_firm_is_that_firm(run):
    actors = run("The sanctions also ban flights by the state carrier Belmavia to European airports.")
    carrier = actor_with(actors, "Belmavia")
    assert carrier is not None and carrier.kind == "business" and carrier.sector == "BUS"


def test_a_special_rapporteur_is_a_title_before_a_name(run):
    actors = run("Special Rapporteur Ana Lindqvist said the new law breached the treaty.")
    person = actor_with(actors, "Special Rapporteur Ana Lindqvist")
    assert person is not None and person.kind == "person" and person.name == "Ana Lindqvist"


def test_a_prime_ministers_office_is_a_government_body(run):
    actors = run("The prime minister's office said the state visit had been postponed.")
    office = actor_with(actors, "The prime minister's office")
    assert office is not None and office.kind == "government" and office.sector == "GOV"


def test_the_foreign_office_in_a_report_from_berlin_is_germanys(run):
    actors = run("BERLIN, Jan 9 (Reuters) - The Foreign Office summoned the ambassador on Tuesday after two "
                 "citizens were detained abroad.")
    office = actor_with(actors, "The Foreign Office")
    assert office is not None and office.country == "DEU"


def test_his_country_after_two_leaders_of_different_states_is_no_actor(run):
    actors = run("Portuguese President Rui Brito met Norwegian Prime Minister Tomas Berg in Lisbon. He said the "
                 "talks would help his country.")
    assert actor_with(actors, "his country") is None


def test_his_country_after_one_leader_in_the_sentence_before_is_that_leaders_state(run):
    actors = run("Polish President Jan Brzeski spoke to reporters on Monday. He said the new sanctions would "
                 "protect his country.")
    country = actor_with(actors, "his country")
    assert country is not None and country.country == "POL"


def test_a_volunteer_group_is_an_ngo(run):
    actors = run("Nine people died in the fire, according to a local volunteer group.")
    group = actor_with(actors, "a local volunteer group")
    assert group is not None and group.kind == "ngo"


def test_counted_bodies_are_corpses_not_organisations(run):
    actors = run("Divers said 14 bodies had been pulled from the lake, and the bodies of three fishermen were "
                 "still missing.")
    assert actor_with(actors, "14 bodies") is None
    assert actor_with(actors, "the bodies of three fishermen") is None


def test_the_two_bodies_named_before_stay_bodies(run):
    actors = run("The two bodies agreed on Monday to share flood data.")
    assert actor_with(actors, "The two bodies") is not None


def test_a_two_word_agent_noun_read_as_a_name_in_a_headline_stays_the_noun(run):
    actors = run("Riot police clash with farmers in Ghent\n\nGHENT, Nov 24 - Riot police clashed with farmers "
                 "outside the town hall on Tuesday, organisers said.")
    police = actor_with(actors, "Riot police")
    assert police is not None and police.kind == "police"
    assert len([m for m in police.mentions if m.text == "Riot police"]) == 2
