"""events stage: leftovers of the twelfth probing round, checked with invented wire-news sentences.

- "strike" first read as a stoppage of work and then found to be an attack ("killed in a Tarvos strike", headline
  "Four dead in Tarvos strike") keeps the town that names it as what was hit, never as the strikers; a casualty
  adjective before the "in" phrase ("dead", "wounded") tells an attack as a casualty verb does;
- a state's post abroad before a word for people ("embassy officials", "consular staff") makes them diplomats for an
  expulsion (cues.yaml `diplomatic_post_words`): a diplomatic expulsion, not a deportation;
- a condemnation whose object is a bare definite noun for the act told before ("Freedonia condemned the
  expulsions") is aimed at that act's doers;
- people freed "from" a place of confinement ("freed 30 prisoners from its jails") are released (lexicon.yaml
  "free +from ~prison|jail|..."), not a town seized from an enemy; the place they were held is no party;
- arson by protesters is a riot (PLOVER PROTEST:riot, CAMEO 145) however it is worded ("torched", "set fire to"),
  also when a capitalised "Protesters" opening the sentence keeps its plural lemma (cues.yaml `protester_nouns`);
- a threat read from a word of paying back ("vowed to retaliate", "vowed a firm response") threatens no violence in
  particular unless force is named in its sentence or the one before (nonevents.yaml `retaliation_words`).
"""

from __future__ import annotations

import pytest

from ..stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text, town", [
    ("At least four people were killed in a Tarvos strike on Monday, medics said.", "tarvos"),
    ("Four dead in Tarvos strike\n\nMedics said two children were among the dead.", "tarvos"),
    ("Two children among those killed overnight in Tarvos strike\n\nThe house was hit before dawn.", "tarvos"),
])
def test_town_naming_a_strike_is_hit_not_the_striker(pipeline, text, town):
    events, names = events_and_names(pipeline, text)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and not [e for e in events if e.type == "PROTEST"], show(events)
    assert not any(town in n for n in lowered_names(names, attacks[0].actors)), (
        show(events), lowered_names(names, attacks[0].actors))


def test_strike_over_pay_with_deaths_stays_a_stoppage(pipeline):
    events, _ = events_and_names(pipeline, "Two dead in general strike over fuel prices\n\nUnions blamed the police.")
    assert [e for e in events if e.type == "PROTEST" and e.mode == "strike"], show(events)


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian embassy officials on Friday.",
    "Ruritania expelled three consular staff of Freedonia on Tuesday.",
    "The government expelled four embassy employees on Monday.",
])
def test_embassy_people_expelled_are_diplomats(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert [e for e in events if e.type == "SANCTION" and e.mode == "expel"], show(events)
    assert not [e for e in events if e.type == "COERCE"], show(events)


def test_officials_expelled_from_a_party_stay_no_diplomats(pipeline):
    events, _ = events_and_names(pipeline, "The ruling party expelled two senior officials on Monday.")
    assert not [e for e in events if e.type == "SANCTION" and e.mode == "expel"], show(events)


@pytest.mark.parametrize("text", [
    "Freedonia vowed to retaliate against Ruritania for the new tariffs.",
    "Ruritania expelled four Freedonian diplomats on Monday. Freedonia vowed a firm response.",
    "Japan vows to retaliate\n\nJapan's trade minister said the duties were unfair.",
])
def test_bare_retaliation_threat_has_no_violence_mode(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and all(t.mode != "violence" for t in threats), show(events)


@pytest.mark.parametrize("text", [
    "Gunmen killed five soldiers on Sunday. The army vowed to retaliate.",
    "The minister vowed to retaliate with air strikes.",
    "Freedonia threatened military retaliation against Ruritania on Monday.",
])
def test_retaliation_threat_with_force_named_stays_violent(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert [e for e in events if e.type == "THREATEN" and e.mode == "violence"], show(events)


@pytest.mark.parametrize("text", [
    "Protesters torch ruling party offices in Tarvos\n\nProtesters set fire to the offices of the ruling party in "
    "Tarvos on Monday after police shot dead a student.",
    "Protesters torched the mayor's office in Tarvos on Monday after police shot dead a student.",
    "Demonstrators set fire to two buses on Friday after the verdict was read.",
])
def test_arson_by_protesters_is_a_riot(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    fires = [e for e in events if any(w in e.trigger.text for w in ("fire", "torch"))]
    assert fires and all((e.type, e.mode) == ("PROTEST", "riot") for e in fires), show(events)


@pytest.mark.parametrize("text, doer", [
    ("Ruritania expelled two Freedonian embassy officials on Friday. Freedonia condemned the expulsions and said it "
     "would respond.", "ruritania"),
    ("Ruritania expelled four Freedonian diplomats on Monday. Freedonia denounced the expulsions.", "ruritania"),
])
def test_condemning_the_act_told_before_accuses_its_doer(pipeline, text, doer):
    events, names = events_and_names(pipeline, text)
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations, show(events)
    got = lowered_names(names, accusations[0].recipients)
    assert got and all(doer in n for n in got), (show(events), got)


@pytest.mark.parametrize("text", [
    "The rebels released three hostages on Sunday, and Ruritania freed 30 prisoners from its jails.",
    "The junta freed 200 political prisoners from jail on Thursday.",
])
def test_freed_from_confinement_is_a_release(pipeline, text):
    events, names = events_and_names(pipeline, text)
    freed = [e for e in events if e.trigger.text == "freed"]
    assert freed and freed[0].type == "RETREAT" and freed[0].mode == "release", show(events)
    got = lowered_names(names, freed[0].recipients)
    assert got and all("prisoners" in n for n in got), (show(events), got)


def test_town_freed_from_rebels_stays_a_seizure(pipeline):
    events, _ = events_and_names(pipeline, "Government troops freed the town from the rebels on Tuesday.")
    assert [e for e in events if e.type == "COERCE" and e.mode == "seize"], show(events)
