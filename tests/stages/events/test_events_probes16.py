"""events stage: lead probes (session 16), invented wire-news sentences.

- approving, agreeing, adopting or backing sanctions ("approved a fresh package of sanctions", "agreed a new round
  of sanctions") imposes them (COERCE restrict, CAMEO 163) with the approver as actor, one event: no aid package
  and no accord;
- a purpose infinitive on a participle that describes the object of crowd control ("dispersed students marching on
  parliament to demand X") is the marchers' purpose: they demand X, not the police;
- go-betweens named together ("A and B, which mediated the talks") mediate between others: they are not each
  other's recipients;
- what a party "could" do "if ..." as unnamed diplomats or analysts report it is their reading of a prospect, not
  the party's offer (no AGREE); with a nationality on the speakers they speak for a side (an offer);
- a participle describing the thing seized ("a bridge linking X and Y") names no party (what is in it or whose it
  is, "a convoy carrying aid workers", stays one);
- "after days of fighting with X": the stretch of fighting is the clause subject's, as "after fighting with X" is;
- headline "A retakes bridge as B shells market", with "B shells" read as a noun: B is no party to the retaking;
- a violent verb set alone in quotation marks ("said the West was 'strangling' his country") is the speaker's
  figure of speech, no assault; with violence words in the sentence ("soldiers had 'executed' prisoners") it stays;
- a reaction to "the decision" / "the verdict" with no owner named is aimed at whoever made the decision told
  just before;
- burning tyres ("set tyres alight", "burned tyres on the highway") blocks a road (PROTEST obstruct), no riot, so a
  march told just before stays a demonstration; setting cars alight stays a riot;
- blocking sanctions or an embargo is vetoing them (REJECT), no road blockade.
"""

from __future__ import annotations

import pytest

from ..stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "Ruritanian lawmakers on Tuesday approved a fresh package of sanctions against Borduria.",
    "Ruritania agreed a new round of sanctions on Borduria over the border dispute.",
    "The Ruritanian cabinet agreed on tougher sanctions against Borduria.",
    "Ruritanian senators backed new sanctions on Borduria's oil exports.",
])
def test_approving_sanctions_imposes_them(pipeline, text):
    events, names = events_and_names(pipeline, text)
    assert not [e for e in events if e.type in ("AID", "AGREE", "SUPPORT")], show(events)
    sanctions = [e for e in events if e.type == "COERCE" and e.mode == "restrict"]
    assert len(sanctions) == 1, show(events)
    assert sanctions[0].cameo == "163", show(events)
    assert "ruritan" in " ".join(lowered_names(names, sanctions[0].actors)), show(events)
    assert "borduria" in " ".join(lowered_names(names, sanctions[0].recipients)), show(events)


def test_an_approved_aid_package_stays_aid(pipeline):
    events, _ = events_and_names(pipeline, "Ruritanian lawmakers approved an aid package for Borduria.")
    assert [e for e in events if e.type == "AID"], show(events)


@pytest.mark.parametrize("text", [
    "Riot police used water cannon to disperse students marching on the parliament to demand the release of "
    "their leader.",
    "Ruritanian police fired tear gas on Friday to disperse hundreds of farmers marching on the capital to demand "
    "higher grain prices.",
])
def test_purpose_of_a_participle_on_the_dispersed_crowd_is_the_crowds(pipeline, text):
    events, names = events_and_names(pipeline, text)
    demands = [e for e in events if e.type == "REQUEST" and e.trigger.text == "demand"]
    assert demands, show(events)
    actors = " ".join(lowered_names(names, demands[0].actors))
    assert "police" not in actors, show(events)
    assert "students" in actors or "farmers" in actors, show(events)


@pytest.mark.parametrize("text", [
    "Norway and Oman, which mediated the previous round, said they were ready to help again.",
    "Qatar and Egypt, which brokered the last truce, offered to host the talks.",
])
def test_joint_go_betweens_are_not_each_others_recipients(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    brokers = [e for e in events if e.type == "CONSULT" and e.mode == "third-party"]
    assert brokers, show(events)
    assert not set(brokers[0].actors) & set(brokers[0].recipients), show(events)


@pytest.mark.parametrize("text", [
    "Norway and Oman could host a new round of talks in the spring if both sides agree, diplomats said.",
    "Ruritania could resume talks with Borduria next week if the truce holds, analysts said.",
])
def test_a_conditional_prospect_told_by_outsiders_is_no_offer(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not [e for e in events if e.type == "AGREE" and e.status == "asserted"], show(events)


def test_a_conditional_offer_told_by_the_partys_own_diplomats_stays_an_offer(pipeline):
    events, _ = events_and_names(
        pipeline, "Norway could host a new round of talks in the spring if both sides agree, Norwegian diplomats said.")
    assert [e for e in events if e.type == "AGREE" and e.status == "asserted"], show(events)


@pytest.mark.parametrize("text", [
    "Ruritanian troops recaptured a strategic bridge linking Abbotsford and Glenrock on Sunday.",
    "The rebels seized a highway connecting the capital with the northern town of Glenrock.",
])
def test_a_participle_describing_the_thing_seized_names_no_party(pipeline, text):
    events, names = events_and_names(pipeline, text)
    seizures = [e for e in events if e.type == "COERCE" and e.mode == "seize"]
    assert seizures, show(events)
    assert not seizures[0].recipients, (show(events), lowered_names(names, seizures[0].recipients))


def test_who_is_in_the_thing_attacked_stays_a_party(pipeline):
    events, names = events_and_names(pipeline, "The militia seized a convoy carrying aid workers near Glenrock.")
    attacks = [e for e in events if e.type == "COERCE"]
    assert attacks and "aid workers" in " ".join(lowered_names(names, attacks[0].recipients)), show(events)


@pytest.mark.parametrize("text", [
    "The army said it had retaken the airport after days of fighting with the rebels.",
    "Ruritanian troops withdrew from the town after weeks of fighting with the militia.",
])
def test_a_stretch_of_fighting_after_the_act_is_the_subjects(pipeline, text):
    events, names = events_and_names(pipeline, text)
    fights = [e for e in events if e.trigger.text == "fighting"]
    assert fights, show(events)
    actors = " ".join(lowered_names(names, fights[0].actors))
    assert "army" in actors or "troops" in actors, show(events)


def test_a_headline_as_clause_read_as_a_noun_is_no_party(pipeline):
    events, names = events_and_names(pipeline, "Army retakes key bridge as KLF shells Glenrock market")
    seizures = [e for e in events if e.type == "COERCE" and e.trigger.text == "retakes"]
    assert seizures, show(events)
    assert "klf" not in lowered_names(names, seizures[0].recipients), show(events)


@pytest.mark.parametrize("text", [
    'State television quoted the president as saying that Europe was "strangling" his country.',
    "The prime minister said Brussels was 'choking' the economy.",
])
def test_a_scare_quoted_violent_verb_is_a_figure_of_speech(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not [e for e in events if e.type in ("ASSAULT", "COERCE")], show(events)


def test_a_scare_quoted_verb_among_violence_words_stays_an_act(pipeline):
    events, _ = events_and_names(
        pipeline, 'The group said soldiers had "executed" three prisoners and left the dead in a ditch.')
    assert [e for e in events if e.type == "ASSAULT"], show(events)


@pytest.mark.parametrize("text", [
    "Ruritanian ministers on Monday approved new sanctions against Borduria. Borduria denied any wrongdoing. "
    "The opposition leader Anna Kovacs welcomed the decision.",
    "The court jailed the opposition leader for five years. Western embassies condemned the verdict.",
])
def test_a_reaction_to_the_decision_is_aimed_at_its_maker(pipeline, text):
    events, names = events_and_names(pipeline, text)
    reactions = [e for e in events if e.trigger.text in ("welcomed", "condemned")]
    assert reactions, show(events)
    recipients = " ".join(lowered_names(names, reactions[0].recipients))
    assert "ruritan" in recipients or "court" in recipients, show(events)


def test_a_reaction_to_an_owned_decision_keeps_its_owner(pipeline):
    text = ("The court jailed the opposition leader for five years. "
            "Western embassies condemned Borduria's decision to expel their envoys.")
    events, names = events_and_names(pipeline, text)
    reactions = [e for e in events if e.trigger.text == "condemned"]
    assert reactions and "court" not in " ".join(lowered_names(names, reactions[0].recipients)), show(events)


def test_burning_tyres_blocks_a_road_and_leaves_the_march_a_demonstration(pipeline):
    text = ("Thousands of farmers marched on the ministry in Glenrock on Tuesday to demand lower fuel prices. "
            "Some of them set tyres alight on the ring road near the stadium.")
    events, _ = events_and_names(pipeline, text)
    assert not [e for e in events if e.type == "PROTEST" and e.mode == "riot"], show(events)
    assert [e for e in events if e.type == "PROTEST" and e.mode == "obstruct"], show(events)
    assert not [e for e in events if e.type == "ASSAULT"], show(events)


def test_setting_cars_alight_stays_a_riot(pipeline):
    events, _ = events_and_names(pipeline, "Protesters set cars alight and smashed shop windows in Glenrock.")
    assert [e for e in events if e.type == "PROTEST" and e.mode == "riot"], show(events)


@pytest.mark.parametrize("text", [
    "Ruritania blocked a new round of sanctions against Borduria on Monday.",
    "Ruritania, which has repeatedly blocked the embargo, abstained in the vote.",
])
def test_blocking_sanctions_is_a_veto(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    blocks = [e for e in events if e.trigger.text.startswith("blocked")]
    assert blocks and blocks[0].type == "REJECT", show(events)
