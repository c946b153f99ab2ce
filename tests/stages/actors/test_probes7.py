"""actors: in a report filed under a wire dateline, a state's officer or body that no state is named for in the
sentence introducing it ("Interior Minister X", "health officials", "government troops", "Prime Minister X's
government") is the dateline state's; one named with another state keeps that state or none."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_titled_minister_after_a_dateline_is_of_the_dateline_state(run):
    actors = run("Ferry sinks in storm\n\n"
                 "ZAGREB, Croatia (AP) — Transport Minister Goran Mlinar said on Monday that divers had found the "
                 "wreck.")
    minister = actor_with(actors, "Transport Minister Goran Mlinar")
    assert minister is not None and minister.country == "HRV"


def test_generic_state_bodies_after_a_dateline_are_of_the_dateline_state(run):
    actors = run("Cholera spreads in camps\n\n"
                 "DHAKA, Bangladesh (AP) — Health officials reported new cases on Sunday. Government troops "
                 "escorted aid trucks to the camps.")
    officials = actor_with(actors, "Health officials")
    troops = actor_with(actors, "Government troops")
    assert officials is not None and officials.country == "BGD"
    assert troops is not None and troops.country == "BGD"


def test_a_prime_ministers_government_after_a_dateline_is_of_the_dateline_state(run):
    actors = run("LIMA, Peru (AP) — Prime Minister Rosa Quispe's government approved the budget on Friday.")
    government = actor_with(actors, "Prime Minister Rosa Quispe's government")
    assert government is not None and government.country == "PER"


def test_an_official_introduced_with_another_state_keeps_no_dateline_state(run):
    actors = run("DHAKA, Bangladesh (AP) — Foreign Minister Omar Haddad of Jordan arrived on Sunday to discuss "
                 "aid.")
    minister = actor_with(actors, "Foreign Minister Omar Haddad")
    assert minister is not None and minister.country != "BGD"


def test_officials_after_a_sentence_about_other_states_take_no_dateline_state(run):
    actors = run("AMMAN, Jordan (AP) — Iraqi and Syrian negotiators met on Tuesday. Officials said a deal was near.")
    officials = actor_with(actors, "Officials")
    assert officials is None or officials.country != "JOR"


def test_a_minister_after_a_headline_about_another_state_still_takes_the_dateline_state(run):
    actors = run("Russian strikes damage power grid\n\n"
                 "KYIV, Ukraine (AP) — Energy Minister Olena Marchuk said repairs would take weeks.")
    minister = actor_with(actors, "Energy Minister Olena Marchuk")
    assert minister is not None and minister.country == "UKR"


def test_a_headline_force_takes_no_dateline_state(run):
    actors = run("Drones strike port\n\n"
                 "ODESA, Ukraine (AP) — Russian drones struck the port overnight, officials said.")
    drones = [a for a in actors if any(m.text == "Drones" for m in a.mentions)]
    assert all(a.country != "UKR" for a in drones)


def _holders_of(actors, word):
    return [a for a in actors if any(m.text == word for m in a.mentions)]


def test_a_quoted_they_is_not_the_people_killed_before_the_quote(run):
    actors = run("TORVIK, Norland (AP) — Shelling struck a bus stop on Tuesday, killing four civilians and injuring "
                 "nine others. \"They want to frighten us,\" the mayor said.")
    for holder in _holders_of(actors, "They"):
        assert not any(m.text in ("nine others", "four civilians") for m in holder.mentions)


def test_a_quoted_they_is_not_a_place_struck_before_the_quote(run):
    actors = run("A rocket hit a school in the town on Friday, killing two and wounding 30. \"They are aiming at "
                 "children,\" the governor wrote.")
    for holder in _holders_of(actors, "They"):
        assert not any(m.text in ("30", "a school", "two") for m in holder.mentions)



def test_a_platform_a_message_went_out_on_is_no_actor(run):
    for text in ("The governor wrote on Telegram that two bridges had been repaired.",
                 "The mayor said in a video on YouTube that the curfew would end.",
                 "The ministry posted on WhatsApp that the border crossing was shut."):
        actors = run(text)
        assert not any(m.text in ("Telegram", "YouTube", "WhatsApp") for a in actors for m in a.mentions), text


def test_a_body_after_on_that_is_no_channel_stays_an_actor(run):
    actors = run("Brussels imposed sanctions on Rosneft, the oil firm, on Monday.")
    assert any(m.text == "Rosneft" for a in actors for m in a.mentions)


def test_a_headline_count_of_victims_is_the_leads_same_count(run):
    actors = run("Landslide kills seven in hill district\n\n"
                 "KATHMANDU, Nepal (AP) — A landslide buried homes on Tuesday, killing seven people and injuring "
                 "dozens, police said.")
    seven = [a for a in actors if any(m.text in ("seven", "seven people") for m in a.mentions)]
    assert len(seven) == 1 and {m.text for m in seven[0].mentions} >= {"seven", "seven people"}


def test_a_headline_count_joins_no_report_count_of_another_number(run):
    actors = run("Blast wounds 14 at bus station\n\n"
                 "QUETTA, Pakistan (AP) — A bomb exploded at a bus station, killing three people and wounding 11 "
                 "others.")
    fourteen = [a for a in actors if any(m.text == "14" for m in a.mentions)]
    assert all(len(a.mentions) == 1 for a in fourteen)


def test_a_force_of_counted_soldiers_is_one_actor(run):
    actors = run("A force of 400 soldiers reached the valley on Thursday. The next day, a force of 60 police "
                 "officers arrived from the coast.")
    soldiers = [a for a in actors if any("400 soldiers" in m.text for m in a.mentions)]
    assert len(soldiers) == 1 and [m.text for m in soldiers[0].mentions] == ["A force of 400 soldiers"]
    assert not any(a.name == "force" for a in actors)
    officers = actor_with(actors, "a force of 60 police officers")
    assert officers is not None and officers is not soldiers[0] and officers.kind == "police"


def test_a_known_acronym_after_the_full_name_is_the_armed_group_and_the_group_refers_back(run):
    actors = run("KHARTOUM, Sudan (Reuters) - The Rapid Support Forces said on Monday they had taken a town. RSF "
                 "said its fighters held the bridge. The paramilitary group denied looting.")
    rsf = actor_with(actors, "RSF")
    assert rsf is not None and rsf.kind == "armed_group"
    assert any(m.text == "The paramilitary group" for m in rsf.mentions)


def test_a_dateline_opening_with_a_two_letter_word_gives_no_actors(run):
    actors = run("Roads blocked in capital\n\n"
                 "LA PAZ, Bolivia (AP) — Striking miners blocked roads on Monday, police said.")
    assert not any(m.text in ("LA PAZ", "AP") for a in actors for m in a.mentions)


def test_well_known_parties_and_leaders_are_known_to_the_kb(run):
    actors = run("The African National Congress met on Sunday. Aung San Suu Kyi sent a letter, and the BJP "
                 "welcomed it.")
    anc = actor_with(actors, "The African National Congress")
    suu_kyi = actor_with(actors, "Aung San Suu Kyi")
    bjp = actor_with(actors, "the BJP")
    assert anc is not None and anc.kind == "political_party" and anc.country == "ZAF"
    assert suu_kyi is not None and suu_kyi.kind == "person" and suu_kyi.country == "MMR"
    assert bjp is not None and bjp.kind == "political_party" and bjp.country == "IND"


def test_an_official_after_a_foreign_attack_still_takes_the_dateline_state(run):
    actors = run("KHERSON, Ukraine (AP) — Russian shells hit a hospital overnight. The governor said the wards had "
                 "been emptied in time.")
    governor = actor_with(actors, "The governor")
    assert governor is not None and governor.country == "UKR"



def test_a_bare_plural_in_the_headline_is_the_leads_fuller_party(run):
    actors = run("Drones strike fuel depot\n\n"
                 "ODESA, Ukraine (AP) — Russian drones struck a fuel depot overnight, officials said.")
    drones = _holders_of(actors, "Drones")
    assert len(drones) == 1 and any(m.text == "Russian drones" for m in drones[0].mentions)


def test_a_headline_plural_joins_no_lead_party_of_another_noun(run):
    actors = run("Miners rally in capital\n\n"
                 "LIMA, Peru (AP) — Striking teachers marched through the capital on Monday.")
    miners = _holders_of(actors, "Miners")
    assert all(len(a.mentions) == 1 for a in miners)
