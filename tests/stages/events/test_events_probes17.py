"""events stage: probes of round 17 (leftovers of the recipient round), invented wire-news sentences.

- an attack fought off ("repelled a rebel attack on the town", "beat back an attack by militants on the base") is
  fought against its attackers: they are the recipient, not the place they aimed at, which the defender holds;
- forces put on alert "along the border with X" face X: X is the recipient of the build-up (the word of the cue,
  "alert", is no party), and a navy or fleet put on standby is the doer's own forces, no recipient;
- people carried somewhere ("the wounded were flown to the capital") pay no visit; a minister flown to talks still
  does;
- forces put on alert or deployed in the passive with no "by" agent ("Indian troops were deployed ...", "the army
  was placed on alert") stand for the side that moved them: they are the actor; raising forces' readiness is a
  build-up like raising their alert;
- prisoners who protest ("prisoners in Ruritanian jails began a hunger strike") protest against the jailer named on
  the jail;
- a note of protest handed, delivered or sent to envoys is an official complaint (ACCUSE), the envoys its recipient;
- "the minister said the plan was wrong and urged X to ...": the urging is the minister's, not the plan's (a past verb
  of speaking or urging joined to a reported copular or passive clause about a thing);
- a state's forces firing weapons during drills or as part of exercises show military power (MOBILIZE), they attack
  no one; armed groups firing "during the drills" still attack;
- "launched large-scale military drills": a word the parser hung on the drills as an adjective ("military") is no
  party to them;
- forces sent to ground the doer owns ("to its western Kessa region") face no party there; a place phrase inside it
  ("its territory near the X border") still names one;
- a state's missiles fired into the open sea ("off its east coast", "into the sea") hit no party: a weapons show
  (MOBILIZE weapons), not an attack; missiles fired at a city still attack;
- weapon systems deployed ("deployed air defence batteries") are what is moved, not a recipient, nor is a system's
  name the tagger took for a person ("Patriot batteries"), nor the escort moved with a ship ("a survey ship escorted
  by warships");
- an act that is the topic of a deliberation ("a referendum on annexing the territory", "a bill on deploying
  troops") is weighed, not done: hypothetical.
"""

from __future__ import annotations

import pytest

from ..stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text, attacker, target", [
    ("The garrison repelled a rebel attack on the village late on Friday.", "rebel", "village"),
    ("Police fought off a militant raid on the checkpoint.", "militant", "checkpoint"),
    ("Soldiers beat back an attack by separatist fighters on the airbase.", "fighters", "airbase"),
])
def test_an_attack_fought_off_is_fought_against_its_attackers(pipeline, text, attacker, target):
    events, names = events_and_names(pipeline, text)
    fights = [e for e in events if e.type == "ASSAULT"]
    assert fights, show(events)
    recipients = " ".join(lowered_names(names, fights[0].recipients))
    assert attacker in recipients, show(events)
    assert target not in recipients, show(events)


@pytest.mark.parametrize("text, faced, own", [
    ("Norvania put its army on alert along the border with Estland.", "estland", "army"),
    ("The government put troops on high alert along the frontier with Ruritania.", "ruritania", "troops"),
    ("Greece placed its navy on standby near the Turkish coast.", "turk", "navy"),
])
def test_forces_put_on_alert_face_the_side_named_in_their_place(pipeline, text, faced, own):
    events, names = events_and_names(pipeline, text)
    build_ups = [e for e in events if e.type == "MOBILIZE"]
    assert build_ups, show(events)
    recipients = " ".join(lowered_names(names, build_ups[0].recipients))
    assert faced in recipients, show(events)
    assert own not in recipients, show(events)


@pytest.mark.parametrize("text", [
    "Four soldiers hurt in the blast were flown to the capital on Sunday.",
    "The injured miners were flown to a hospital in Lusaka.",
])
def test_people_carried_somewhere_pay_no_visit(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not [e for e in events if e.type == "CONSULT"], show(events)


def test_a_minister_flown_somewhere_still_visits(pipeline):
    events, _ = events_and_names(pipeline, "The foreign minister was flown to Cairo for talks on Tuesday.")
    assert [e for e in events if e.type == "CONSULT"], show(events)


@pytest.mark.parametrize("text, doer", [
    ("Estlandic troops were deployed along the border with Norvania.", "troops"),
    ("The army was placed on high alert on Thursday.", "army"),
])
def test_forces_moved_with_no_agent_are_the_actor(pipeline, text, doer):
    events, names = events_and_names(pipeline, text)
    build_ups = [e for e in events if e.type == "MOBILIZE"]
    assert build_ups, show(events)
    assert doer in " ".join(lowered_names(names, build_ups[0].actors)), show(events)


@pytest.mark.parametrize("text", [
    "Norvania raised its combat readiness on Monday.",
    "The navy increased its readiness near the strait.",
])
def test_raising_readiness_is_a_build_up(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert [e for e in events if e.type == "MOBILIZE"], show(events)


@pytest.mark.parametrize("text, jailer", [
    ("Kurdish prisoners in Ruritanian jails began a hunger strike on Monday.", "ruritan"),
    ("Inmates in Estlandic prisons launched a hunger strike over conditions.", "estland"),
])
def test_prisoners_protest_against_their_jailer(pipeline, text, jailer):
    events, names = events_and_names(pipeline, text)
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests, show(events)
    assert jailer in " ".join(lowered_names(names, protests[0].recipients)), show(events)


@pytest.mark.parametrize("text", [
    "Norvania handed Estlandic diplomats a note of protest on Friday.",
    "The foreign ministry delivered a protest note to the Ruritanian ambassador.",
])
def test_a_protest_note_handed_over_is_an_official_complaint(pipeline, text):
    events, names = events_and_names(pipeline, text)
    complaints = [e for e in events if e.type == "ACCUSE"]
    assert complaints, show(events)
    assert any(w in " ".join(lowered_names(names, complaints[0].recipients)) for w in ("diplomat", "ambassador")), \
        show(events)


@pytest.mark.parametrize("text, verb", [
    ("The foreign minister said the decision was a mistake and urged Norvania to reconsider.", "urged"),
    ("The spokesman said the raid was a crime and accused the militia of carrying it out.", "accused"),
    ("The defence minister said the flight was clearly intended as a show of force and expressed grave concern to "
     "Norvania.", "expressed grave concern"),
])
def test_a_speech_act_after_a_reported_copula_is_the_reporters(pipeline, text, verb):
    events, names = events_and_names(pipeline, text)
    acts = [e for e in events if e.trigger.text == verb]
    assert acts, show(events)
    assert any(w in " ".join(lowered_names(names, acts[0].actors)) for w in ("minister", "spokesman")), show(events)


@pytest.mark.parametrize("text", [
    "The navy fired four missiles at a decommissioned ship as part of naval exercises on Monday.",
    "Ruritania fired dozens of artillery shells into the sea during live-fire drills near the border.",
])
def test_weapons_fired_in_drills_show_power(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    fired = [e for e in events if "fired" in e.trigger.text]
    assert fired and fired[0].type == "MOBILIZE", show(events)


def test_armed_group_firing_during_drills_still_attacks(pipeline):
    events, _ = events_and_names(pipeline, "Rebels fired rockets at the army base during the drills.")
    assert [e for e in events if e.type == "ASSAULT"], show(events)


def test_a_modifier_of_the_drills_is_no_party(pipeline):
    events, names = events_and_names(pipeline, "Norvania launched large-scale military drills around the island.")
    assert events, show(events)
    assert "military" not in lowered_names(names, events[0].recipients), show(events)


def test_forces_sent_to_own_ground_face_no_one(pipeline):
    events, names = events_and_names(pipeline, "Russia has deployed troops to its western Kaliningrad region.")
    build_ups = [e for e in events if e.type == "MOBILIZE"]
    assert build_ups and not build_ups[0].recipients, show(events)


@pytest.mark.parametrize("text", [
    "Norvania fired two short-range ballistic missiles off its east coast on Monday.",
    "The army launched a cruise missile into the sea on Friday, the defence ministry said.",
])
def test_missiles_fired_into_the_open_sea_are_a_weapons_show(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    fired = [e for e in events if e.trigger.text.startswith(("fired", "launched"))]
    assert fired and fired[0].type == "MOBILIZE", show(events)


def test_missiles_fired_at_a_city_still_attack(pipeline):
    events, _ = events_and_names(pipeline, "Norvania fired missiles at Kessa, killing four people.")
    assert [e for e in events if e.type == "ASSAULT"], show(events)


def test_deployed_weapon_systems_are_no_recipient(pipeline):
    events, names = events_and_names(
        pipeline, "The army deployed additional Patriot air defence batteries in the south of the country.")
    build_ups = [e for e in events if e.type == "MOBILIZE"]
    assert build_ups, show(events)
    assert "patriot" not in " ".join(lowered_names(names, build_ups[0].recipients)), show(events)


def test_the_escort_sent_with_a_ship_is_no_recipient(pipeline):
    events, names = events_and_names(
        pipeline, "Norvania sent a seismic survey ship escorted by warships into disputed waters.")
    build_ups = [e for e in events if e.type == "MOBILIZE"]
    assert build_ups, show(events)
    assert "warships" not in " ".join(lowered_names(names, build_ups[0].recipients)), show(events)



@pytest.mark.parametrize("text, trigger", [
    ("Norvania held a referendum on annexing the disputed province on Sunday.", "annexing"),
    ("Parliament will debate a bill on deploying troops abroad.", "deploying"),
])
def test_an_act_put_to_a_vote_or_debate_is_not_done(pipeline, text, trigger):
    events, _ = events_and_names(pipeline, text)
    acts = [e for e in events if e.trigger.text.startswith(trigger)]
    assert acts and acts[0].status != "asserted", show(events)
