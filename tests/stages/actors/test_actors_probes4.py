"""actors (probe round 4): a bare "the group" joins the one armed party a common noun described before ("Rebels
attacked ... The group said"); a bare "the officials" joins the one earlier state-coded "Xian officials"; a bare
"the army" / "the military" answering no force named before is the dateline state's forces."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_the_group_joins_rebels_described_by_a_common_noun(run):
    actors = run("Rebels ambushed a supply convoy on the main road on Tuesday. The group said it had seized "
                 "three trucks.")
    group = actor_with(actors, "The group")
    assert group is not None and any(m.text == "Rebels" for m in group.mentions)
    assert group.kind == "armed_group"


def test_the_group_joins_modified_militants(run):
    actors = run("Separatist militants blew up a railway bridge overnight. The group later posted photos online.")
    group = actor_with(actors, "The group")
    assert group is not None and any(m.text == "Separatist militants" for m in group.mentions)


def test_the_group_joins_neither_of_two_armed_parties(run):
    actors = run("Rebels and gunmen clashed near the mines on Friday. The group said it had lost two men.")
    group = actor_with(actors, "The group")
    assert group is None or not any(m.text in ("Rebels", "gunmen") for m in group.mentions)


def test_the_officials_join_the_state_coded_officials(run):
    actors = run("Tunisian officials said on Friday they would close two border crossings. The officials cited "
                 "smuggling.")
    officials = actor_with(actors, "The officials")
    assert officials is not None and officials.country == "TUN"
    assert any(m.text == "Tunisian officials" for m in officials.mentions)


def test_the_officials_join_no_one_of_two_states_officials(run):
    actors = run("Tunisian officials and Algerian officials met on Friday. The officials agreed to meet again.")
    officials = actor_with(actors, "The officials")
    assert officials is None or officials.country is None


def test_bare_army_after_a_wire_dateline_is_the_dateline_state_army(run):
    actors = run("OUAGADOUGOU, Burkina Faso (AP) — The army said Sunday it had repelled an attack on a convoy.")
    army = actor_with(actors, "The army")
    assert army is not None and army.country == "BFA" and army.kind == "military"


def test_bare_military_after_a_capital_dateline_is_that_state_military(run):
    actors = run("KHARTOUM (Reuters) - The military said on Monday its units had retaken a bridge.")
    military = actor_with(actors, "The military")
    assert military is not None and military.country == "SDN"


def test_bare_army_prefers_a_force_named_before_over_the_dateline(run):
    actors = run("NAIROBI, Kenya (AP) — Ugandan troops crossed into the border district on Monday. The army said "
                 "it was pursuing rebels.")
    army = actor_with(actors, "The army")
    assert army is not None and army.country == "UGA"


def test_bare_army_without_a_dateline_takes_no_state(run):
    actors = run("The army said it had repelled an attack on a convoy near the hills.")
    army = actor_with(actors, "The army")
    assert army is None or army.country is None


def test_former_president_keeps_the_rank_word_and_is_a_person(run):
    actors = run("Former president Marek Novotny said on Monday he would run again.")
    person = actor_with(actors, "Former president Marek Novotny")
    assert person is not None and person.kind == "person"
    assert person.description.lower() == "former president"


def test_ex_president_keeps_ex_in_the_description(run):
    actors = run("Ex-president Mira Halloran, her party's candidate, called the result unfair.")
    person = actor_with(actors, "Ex-president Mira Halloran")
    assert person is not None and person.description == "Ex-president"


def test_a_plural_noun_before_of_is_no_part_of_a_title(run):
    actors = run("Supporters of ex-president Mira Halloran marched on Friday.")
    person = actor_with(actors, "ex-president Mira Halloran")
    assert person is not None and person.kind == "person"


def test_king_with_one_name_of_a_state_is_a_person_of_that_state(run):
    actors = run("King Otto of Sweden opened the new session of parliament on Friday.")
    king = next((a for a in actors if a.name in ("Otto", "King Otto")), None)
    assert king is not None and king.kind == "person" and king.country == "SWE"


def test_titled_person_of_a_state_takes_the_state(run):
    actors = run("President Ilse Varnholt of Austria opened the summit.")
    person = actor_with(actors, "President Ilse Varnholt")
    assert person is not None and person.country == "AUT"


def test_person_of_a_state_possessive_keeps_no_state(run):
    actors = run("Senator Ilse Varnholt of Austria's ruling party opened the summit.")
    person = actor_with(actors, "Senator Ilse Varnholt")
    assert person is not None and person.country is None


def test_army_chief_role_before_a_name_gives_the_state_and_military_sector(run):
    actors = run("The Estonian army chief, Gen. Karl Tamm, said the brigade was ready.")
    person = actor_with(actors, "Gen. Karl Tamm")
    assert person is not None and person.country == "EST" and person.sector == "MIL"


def test_intelligence_chief_role_before_a_name_gives_the_state(run):
    actors = run("The Latvian intelligence chief, Janis Ozols, warned of sabotage on Monday.")
    person = actor_with(actors, "Janis Ozols")
    assert person is not None and person.country == "LVA"


def test_state_news_agency_after_a_capital_dateline_is_that_state_agency(run):
    actors = run("BEIJING (AP) — China will close two ports for a week, the state news agency said. Xinhua said "
                 "the closure was for maintenance.")
    agency = actor_with(actors, "the state news agency")
    assert agency is not None and agency.country == "CHN"
    assert any(m.text == "Xinhua" for m in agency.mentions)


def test_official_news_agency_owned_by_a_named_state_is_that_agency(run):
    actors = run("DUBAI (AP) — Iran's official news agency said Sunday that a tanker had been seized.")
    agency = actor_with(actors, "Iran's official news agency")
    assert agency is not None and agency.name == "IRNA" and agency.kind == "media"


def test_state_news_agency_without_a_known_state_stays_a_plain_agency(run):
    actors = run("Two ports will close for a week, the state news agency said.")
    agency = actor_with(actors, "the state news agency")
    assert agency is not None and agency.country is None


def test_western_allies_are_governments_not_a_military(run):
    actors = run("Western allies pledged more air defences on Thursday.")
    allies = actor_with(actors, "Western allies")
    assert allies is not None and allies.kind == "government"


def test_a_state_possessive_on_allies_is_not_their_state(run):
    actors = run("Moldova's allies pledged more aid on Thursday.")
    allies = actor_with(actors, "Moldova's allies")
    assert allies is not None and allies.country != "MDA"


def test_a_demonym_on_a_counterpart_stays_their_state(run):
    actors = run("The minister met his Omani counterpart on Monday.")
    counterpart = actor_with(actors, "his Omani counterpart")
    assert counterpart is not None and counterpart.country == "OMN"


def test_an_attacked_power_station_is_no_actor(run):
    actors = run("Drones struck a power station and a police station overnight.")
    assert actor_with(actors, "a power station") is None
    assert actor_with(actors, "a police station") is not None


def test_the_militant_group_refers_back_to_the_named_group(run):
    actors = run("Hamas fired rockets at a border crossing on Friday, the militant group said.")
    group = actor_with(actors, "the militant group")
    assert group is not None and any(m.text == "Hamas" for m in group.mentions)


def test_latin_american_governments_are_of_no_one_state(run):
    actors = run("Several Latin American governments called for an audit of the vote.")
    governments = actor_with(actors, "Several Latin American governments")
    assert governments is not None and governments.country is None


def test_a_two_word_nationality_gives_the_state(run):
    actors = run("South Korean officials said the talks would resume on Monday.")
    officials = actor_with(actors, "South Korean officials")
    assert officials is not None and officials.country == "KOR"


def test_two_coordinated_states_give_a_party_no_one_state(run):
    actors = run("Malawi and Zambia leaders met at the border on Friday. Malawi's foreign ministry said the talks "
                 "went well.")
    leaders = actor_with(actors, "Malawi and Zambia leaders")
    assert leaders is not None and leaders.country is None
    assert not any(m.text == "Malawi's foreign ministry" for m in leaders.mentions)


def test_armed_gangs_are_a_criminal_armed_group(run):
    actors = run("Armed gangs attacked a police station overnight. The gang coalition said it had lost no men.")
    gangs = actor_with(actors, "Armed gangs")
    assert gangs is not None and gangs.kind == "armed_group" and gangs.sector == "CRM"
    coalition = actor_with(actors, "The gang coalition")
    assert coalition is not None and coalition.kind == "armed_group"


def test_congolese_is_the_democratic_republic_in_wire_style(run):
    actors = run("GOMA, Congo (AP) — The Congolese military said it had pulled back from two villages.")
    military = actor_with(actors, "The Congolese military")
    assert military is not None and military.country == "COD"


def test_states_urging_the_authorities_are_not_the_authorities(run):
    actors = run("YEREVAN, Armenia (AP) — Police detained a blogger on Friday. The European Union and the United "
                 "States urged the authorities to free him.")
    authorities = actor_with(actors, "the authorities")
    assert authorities is not None and authorities.country == "ARM"


def test_a_state_that_urges_the_government_does_not_become_it(run):
    actors = run("Canada urged the government to lift the curfew, the foreign ministry in Ottawa said.")
    government = actor_with(actors, "the government")
    assert government is None or government.country != "CAN"


def test_the_ex_president_refers_back_to_the_former_president(run):
    actors = run("A court sentenced former President Rafael Quispe on Monday. Prosecutors said the ex-president had "
                 "taken bribes.")
    person = actor_with(actors, "former President Rafael Quispe")
    assert person is not None and any(m.text == "ex-president" for m in person.mentions)


def test_a_cargo_ship_is_no_military_platform(run):
    actors = run("Rebels fired a missile at a cargo ship near the strait. A Russian warship docked nearby.")
    ship = actor_with(actors, "a cargo ship")
    assert ship is not None and ship.kind != "military"
    warship = actor_with(actors, "A Russian warship")
    assert warship is not None and warship.kind == "military"


def test_a_church_official_is_of_the_religious_sector(run):
    actors = run("Gunmen killed six worshippers at a chapel on Sunday, a church official said.")
    official = actor_with(actors, "a church official")
    assert official is not None and official.sector == "REL"


def test_a_headline_state_possessive_title_joins_the_person_named_below(run):
    actors = run("Latvia's president warns of cyberattacks\n\nRIGA, Latvia (AP) — Latvian President Edgars "
                 "Kalnins said on Monday that hackers had targeted state websites.")
    person = actor_with(actors, "Latvian President Edgars Kalnins")
    assert person is not None and any(m.text == "Latvia's president" for m in person.mentions)


def test_a_headline_former_national_title_joins_the_person_and_gives_the_state(run):
    actors = run("Former Bolivian president jailed\n\nLA PAZ (AP) — A court jailed former President Ramiro "
                 "Quispe on Monday for graft. Quispe denied the charges.")
    person = actor_with(actors, "former President Ramiro Quispe")
    assert person is not None and any(m.text == "Former Bolivian president" for m in person.mentions)
    assert person.country == "BOL"


def test_a_body_title_before_a_later_person_outside_a_headline_joins_nobody(run):
    actors = run("The Latvian president spoke first. Later, Latvian President Edgars Kalnins arrived.")
    person = actor_with(actors, "Latvian President Edgars Kalnins")
    assert person is not None and not any(m.text == "The Latvian president" for m in person.mentions)


def test_student_leaders_are_of_the_students_not_a_government(run):
    actors = run("Student leaders said they would keep up the strike until fees were cut.")
    leaders = actor_with(actors, "Student leaders")
    assert leaders is not None and leaders.kind != "government" and leaders.sector == "EDU"


def test_a_lower_case_force_the_tagger_took_for_a_name_is_the_owner_state_force(run):
    actors = run("COLOMBO, Sri Lanka (AP) — Sri Lanka's navy arrested 22 Indian fishermen on Sunday.")
    navy = actor_with(actors, "Sri Lanka's navy")
    assert navy is not None and navy.kind == "military" and navy.country == "LKA"


def test_a_headline_nationality_force_and_the_body_possessive_force_are_one(run):
    actors = run("Greek coast guard rescues migrants\n\nATHENS, Greece (AP) — Greece's coast guard rescued 80 "
                 "migrants from a sinking boat on Wednesday.")
    guard = actor_with(actors, "Greece's coast guard")
    assert guard is not None and any(m.text == "Greek coast guard" for m in guard.mentions)


def test_a_name_with_a_lower_case_party_head_is_a_political_party(run):
    actors = run("The ruling TKP-AL party did not comment on the arrests.")
    party = next((a for a in actors if "party" in a.name), None)
    assert party is not None and party.kind == "political_party"


def test_party_officials_are_of_the_party(run):
    actors = run("Party officials said the vote would go ahead on Sunday.")
    officials = actor_with(actors, "Party officials")
    assert officials is not None and officials.kind == "political_party"


def test_his_party_is_a_political_party(run):
    actors = run("Police detained the opposition leader on Friday, his party said.")
    party = actor_with(actors, "his party")
    assert party is not None and party.kind == "political_party"


def test_a_state_ambassador_to_an_igo_stays_of_the_state_government(run):
    actors = run("Bolivia's UN ambassador said the vote was unfair.")
    ambassador = next((a for a in actors if "ambassador" in a.name), None)
    assert ambassador is not None and ambassador.sector == "GOV"


def test_a_headline_two_word_nationality_title_joins_the_person(run):
    actors = run("South African president faces inquiry\n\nJOHANNESBURG (AP) — Parliament opened an inquiry into "
                 "President Thabo Ndlovu on Tuesday. Ndlovu denied wrongdoing.")
    person = actor_with(actors, "President Thabo Ndlovu")
    assert person is not None and any(m.text == "South African president" for m in person.mentions)


def test_a_headline_target_and_the_body_target_with_an_article_are_one(run):
    actors = run("Insurgents attack town\n\nMAPUTO (AP) — Insurgents attacked a town in the north on Wednesday, "
                 "officials said.")
    town = actor_with(actors, "a town")
    assert town is not None and any(m.text == "town" for m in town.mentions)


def test_bare_military_after_a_dateline_joins_the_state_armed_forces_named_before(run):
    actors = run("BEIRUT (AP) — The Lebanese army began deploying troops in the south on Monday. Later the military "
                 "said two roads had reopened.")
    military = actor_with(actors, "the military")
    assert military is not None and any(m.text == "The Lebanese army" for m in military.mentions)


def test_bare_air_force_after_a_dateline_is_that_state_force(run):
    actors = run("ABUJA, Nigeria (AP) — Bandits were killed in an airstrike in the northwest, the air force said.")
    air_force = actor_with(actors, "the air force")
    assert air_force is not None and air_force.country == "NGA"


def test_a_role_given_by_as_is_no_actor(run):
    actors = run("Gen. Amadou Kone was sworn in as president on Saturday. His deputy once worked as a nurse.")
    assert actor_with(actors, "president") is None
    assert actor_with(actors, "a nurse") is None


def test_parties_listed_after_such_as_stay_actors(run):
    actors = run("Armed groups such as rebels and militias have fled the town.")
    assert actor_with(actors, "rebels") is not None


def test_a_backed_force_of_two_coordinated_states_keeps_its_sponsor_and_no_state(run):
    actors = run("Wagner-linked fighters and Chadian and Sudanese troops clashed near the border.")
    fighters = actor_with(actors, "Wagner-linked fighters")
    assert fighters is not None and fighters.country == "RUS"
