"""events stage: leftovers of the eleventh probing round, checked with invented wire-news sentences.

- a deployment's forces (the moved theme: "deployed two frigates", "mobilised 10,000 reservists", "its army
  reservists") are the doer's own, never its recipient, also when no other party is named; a word that opens a
  partitive ("units", "contingent") with no "of" phrase after it is such a force itself ("moved armoured units");
- a bare retaliation verb ("vowed to retaliate" after an expulsion) is no assault unless force is named in its
  sentence or the one before ("retaliate with air strikes", rockets fired just before);
- a bare definite event noun the lexicon reads in several ways ("the expulsions": of migrants or of diplomats)
  refers back to an earlier event coded as one of its readings ("expelled three diplomats"), not a new deportation;
- hostages handed or turned over with no giver named are freed (only captors hold hostages: cues.yaml
  `captor_held_nouns`), unlike suspects passed between authorities;
- "A released X and B freed Y" parsed with B as one more object of "released": B is the subject of "freed", and no
  party to the first release;
- the time a state gives an envoy to go ("gave the ambassador 72 hours to leave the country") is no party: the
  envoy stays the expulsion's recipient, and "the country" left does not stand in for one;
- a part of a country where an attack's named victims were hit ("killed 12 people in southern Ruritania", cues.yaml
  `region_modifiers`) is the scene, not a second recipient;
- a common noun before an act noun in a compound ("a prisoner swap deal") is that act's object: what the deal is
  about, no party to brokering it;
- a time inside the noun phrase of an act asked for ("called for a general strike from Monday") dates that act, not
  the call; a time on the call itself ("on Sunday called for ...") still dates it.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "Ruritania deployed two frigates to the Narrow Sea on Tuesday.",
    "The government mobilised 20,000 reservists after the border incident.",
    "Freedonia mobilized its army reservists on Friday.",
    "The navy dispatched four destroyers on Sunday.",
])
def test_forces_moved_are_no_recipient_of_a_deployment(pipeline, text):
    events, names = events_and_names(pipeline, text)
    moves = [e for e in events if e.type == "MOBILIZE"]
    assert moves and moves[0].actors, show(events)
    assert not moves[0].recipients, (show(events), lowered_names(names, moves[0].recipients))


@pytest.mark.parametrize("text, party", [
    ("Ruritania moved armoured units toward the Freedonian border.", "freedonia"),
    ("Ruritania sent a contingent to Freedonia on Monday.", "freedonia"),
])
def test_partitive_force_word_with_no_of_phrase_is_what_is_moved(pipeline, text, party):
    events, names = events_and_names(pipeline, text)
    moves = [e for e in events if e.type == "MOBILIZE"]
    assert moves, show(events)
    got = lowered_names(names, moves[0].recipients)
    assert got and all(party in n for n in got), (show(events), got)


def test_deployment_towards_a_named_party_keeps_that_party(pipeline):
    events, names = events_and_names(pipeline, "China deployed fighter jets near Taiwan on Monday.")
    moves = [e for e in events if e.type == "MOBILIZE"]
    assert moves and any("taiwan" in n for n in lowered_names(names, moves[0].recipients)), show(events)


@pytest.mark.parametrize("text", [
    "Ruritania expelled four Freedonian diplomats on Monday. Freedonia vowed to retaliate.",
    "The council imposed new duties on imported cars. The trade ministry said it would retaliate.",
    "Lithuania expelled three diplomats. Moscow promised to retaliate against the decision.",
])
def test_bare_retaliation_is_no_assault(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not [e for e in events if e.type == "ASSAULT"], show(events)


@pytest.mark.parametrize("text", [
    "Gunmen fired rockets at the border town on Sunday. The army vowed to retaliate.",
    "The minister vowed to retaliate with air strikes after the bombing.",
])
def test_retaliation_with_force_named_stays_an_assault(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert [e for e in events if e.type == "ASSAULT" and any("retaliat" in t.text for t in e.triggers)], show(events)


@pytest.mark.parametrize("text", [
    "Ruritania expelled three Freedonian diplomats on Friday. Freedonia condemned the expulsions.",
    "The ministry expelled the Freedonian ambassador last week. The expulsion was widely criticised.",
])
def test_the_expulsions_refer_back_to_a_diplomatic_expulsion(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not [e for e in events if e.type == "COERCE"], show(events)
    expel = [e for e in events if (e.type, e.mode) == ("SANCTION", "expel")]
    assert len(expel) == 1 and any("expulsion" in t.text for t in expel[0].triggers), show(events)


@pytest.mark.parametrize("text", [
    "Hostages were handed over to the Red Crescent on Sunday.",
    "Four hostages were turned over to tribal elders late on Thursday.",
])
def test_hostages_handed_over_with_no_giver_are_released(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert [e for e in events if (e.type, e.mode) == ("RETREAT", "release")], show(events)
    assert not [e for e in events if e.type == "COOPERATE"], show(events)


def test_suspects_handed_over_with_no_giver_stay_a_handover(pipeline):
    events, _ = events_and_names(pipeline, "Two suspects were handed over to police on Sunday.")
    assert not [e for e in events if e.type == "RETREAT"], show(events)


@pytest.mark.parametrize("text, first, second, subject", [
    ("Hamas released four Thai workers and Israel freed 30 Palestinian prisoners.", "released", "freed", "israel"),
    ("The rebels released two soldiers and the army freed five fighters.", "released", "freed", "army"),
])
def test_second_subject_read_as_object_acts_in_its_own_clause(pipeline, text, first, second, subject):
    events, names = events_and_names(pipeline, text)
    one = [e for e in events if any(t.text == first for t in e.triggers)]
    two = [e for e in events if any(t.text == second for t in e.triggers)]
    assert one and two, show(events)
    assert not any(subject in n for n in lowered_names(names, one[0].recipients)), show(events)
    actors = lowered_names(names, two[0].actors)
    assert actors and all(subject in n for n in actors), (show(events), actors)


@pytest.mark.parametrize("text", [
    "The interim government on Monday gave Freedonia's ambassador 72 hours to leave the country, after Freedonian"
    " ministers criticised the army.",
])
def test_time_given_to_leave_is_no_party_to_an_expulsion(pipeline, text):
    events, names = events_and_names(pipeline, text)
    expel = [e for e in events if (e.type, e.mode) == ("SANCTION", "expel")]
    assert expel, show(events)
    got = lowered_names(names, expel[0].recipients)
    assert any("ambassador" in n for n in got) and not any("country" in n for n in got), (show(events), got)


@pytest.mark.parametrize("text, victims, region", [
    ("Ruritanian air strikes killed 12 people in southern Lebanon on Sunday.", "people", "lebanon"),
    ("Government air strikes killed nine villagers in northern Syria on Friday.", "villagers", "syria"),
])
def test_region_where_victims_were_hit_is_no_recipient(pipeline, text, victims, region):
    events, names = events_and_names(pipeline, text)
    hits = [e for e in events if e.type == "ASSAULT"]
    assert hits, show(events)
    got = lowered_names(names, hits[0].recipients)
    assert any(victims in n for n in got) and not any(region in n for n in got), (show(events), got)


@pytest.mark.parametrize("text", [
    "Ruritania brokered a prisoner swap deal.",
    "Freedonia brokered a detainee exchange accord on Tuesday.",
])
def test_object_of_an_act_noun_in_a_compound_is_no_recipient(pipeline, text):
    events, names = events_and_names(pipeline, text)
    brokered = [e for e in events if any(t.text == "brokered" for t in e.triggers)]
    assert brokered and brokered[0].actors, show(events)
    got = lowered_names(names, brokered[0].recipients)
    assert not any("prisoner" in n or "detainee" in n for n in got), (show(events), got)


@pytest.fixture(scope="module")
def dated_pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def _date_of(pipeline, text: str, trigger: str) -> str | None:
    analysis = pipeline.analyse(Article(text=text, published="2021-03-04"))
    found = [e for e in analysis.events if any(t.text == trigger for t in e.triggers)]
    assert found, [(e.type, [t.text for t in e.triggers]) for e in analysis.events]
    return found[0].date


@pytest.mark.parametrize("text", [
    "The Workers League has called for a general strike from Monday.",
    "The dockers' union called for a national strike from 15 March.",
])
def test_a_time_inside_the_act_asked_for_does_not_date_the_call(dated_pipeline, text):
    assert _date_of(dated_pipeline, text, "called") is None


def test_a_time_on_the_call_itself_still_dates_it(dated_pipeline):
    text = "The Workers League on Tuesday called for a general strike from Monday."
    assert _date_of(dated_pipeline, text, "called") == "2021-03-02"
