"""events stage: slips found by an eighth round of probing with invented wire-news articles.

- "baton-charged" is kept one verb token, so "Police baton-charged protesters" is a crowd-control assault and not a
  noun phrase with no verb;
- a blocker line's object word that only modifies the object ("struck an oil depot") is no idiom ("struck oil");
- talks that collapse or break down report no new meeting, as an accord that collapses reports no new accord;
- a drone named with no owner ("Dozens of drones hit the port") is the weapon, not the attack's doer;
- doers given as alternatives ("either the army or the rebels attacked") leave the act uncertain;
- "risk jail" parsed as one noun phrase still makes the jailing one that looms, not one done;
- a time that dates only a detail of its sentence ("last month's riots", "a pact signed in 2019") sets no date for
  the sentences after it.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article
from .stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text: str):
    return pipeline.analyse(Article(text=text)).events


@pytest.mark.parametrize("text,doer,crowd", [
    ("Police baton-charged protesters outside the court.", "police", "protesters"),
    ("Riot police baton-charged hundreds of students near the ministry.", "police", "students"),
    ("The marchers were baton-charged by police in the old town.", "police", "marchers"),
])
def test_baton_charged_is_a_crowd_control_assault(pipeline, text, doer, crowd):
    events, names = events_and_names(pipeline, text)
    hits = [e for e in events if e.type == "ASSAULT" and e.mode == "crowd-control"]
    assert hits, show(events)
    assert any(doer in n for n in lowered_names(names, hits[0].actors)), show(events)
    assert any(crowd in n for n in lowered_names(names, hits[0].recipients)), show(events)


@pytest.mark.parametrize("text", [
    "Two drones struck an oil depot near the river.",
    "Artillery shells hit a gas station on the ring road.",
])
def test_a_modifier_of_the_object_makes_no_idiom(pipeline, text):
    events = events_of(pipeline, text)
    assert any(e.type == "ASSAULT" and e.status == "asserted" for e in events), show(events)


def test_the_idiom_itself_stays_no_event(pipeline):
    events = events_of(pipeline, "The mining firm struck oil in the northern basin.")
    assert not any(e.type == "ASSAULT" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The talks collapsed on Thursday.",
    "Negotiations between the two parties broke down over the water dispute.",
    "Peace talks in the capital fell apart after a week.",
])
def test_talks_that_break_down_are_no_new_meeting(pipeline, text):
    events = events_of(pipeline, text)
    assert not any(e.type == "CONSULT" and e.status == "asserted" for e in events), show(events)


def test_talks_that_lasted_took_place(pipeline):
    events = events_of(pipeline, "The talks lasted four days.")
    assert any(e.type == "CONSULT" and e.status == "asserted" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Dozens of drones hit the harbour overnight.",
    "A drone struck a fuel depot outside the town.",
])
def test_a_drone_with_no_owner_is_no_doer(pipeline, text):
    events, names = events_and_names(pipeline, text)
    hits = [e for e in events if e.type == "ASSAULT"]
    assert hits, show(events)
    assert not any("drone" in n for e in hits for n in lowered_names(names, e.actors)), show(events)


def test_a_drone_named_with_its_owner_stands_for_it(pipeline):
    events, names = events_and_names(pipeline, "Rebel drones struck an army depot.")
    hits = [e for e in events if e.type == "ASSAULT"]
    assert hits and any("rebel" in n for e in hits for n in lowered_names(names, e.actors)), show(events)


@pytest.mark.parametrize("text", [
    "Either the army or the rebels attacked the aid convoy.",
    "The bus was ambushed by either bandits or militiamen.",
    "Soldiers or police officers shot two students.",
])
def test_alternative_doers_leave_the_act_uncertain(pipeline, text):
    events = events_of(pipeline, text)
    hits = [e for e in events if e.type == "ASSAULT"]
    assert hits and all(e.status == "uncertain" for e in hits), show(events)
    assert len(hits[0].actors) == 2, show(events)


def test_joint_doers_still_assert_the_act(pipeline):
    events = events_of(pipeline, "Soldiers and police officers shot two students.")
    hits = [e for e in events if e.type == "ASSAULT"]
    assert hits and all(e.status == "asserted" for e in hits), show(events)


@pytest.mark.parametrize("text", [
    "Activists risk jail for the march.",
    "Bloggers risk jail if they criticise the governor.",
])
def test_risked_jail_is_not_done(pipeline, text):
    events = events_of(pipeline, text)
    hits = [e for e in events if e.type == "COERCE"]
    assert all(e.status != "asserted" for e in hits), show(events)


@pytest.fixture(scope="module")
def full_pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def date_of(pipeline, text: str, trigger: str, published: str = "2026-11-25") -> str | None:
    analysis = pipeline.analyse(Article(text=text, published=published))
    found = [e.date for e in analysis.events if any(trigger in s.text for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r}"
    return found[0]


@pytest.mark.parametrize("text,trigger,day", [
    ("Troops detained the mayor of Lonvik on Saturday. Prosecutors accused him of planning last month's riots. "
     "Hundreds of residents marched to the town hall to demand his release.", "marched", "2026-11-21"),
    ("The two parties signed a truce on Friday. A similar pact signed in 2019 fell apart within days. "
     "Militia leaders said they would not hand over their weapons.", "hand over", "2026-11-20"),
])
def test_a_time_of_a_detail_sets_no_date_for_the_next_sentence(full_pipeline, text, trigger, day):
    assert date_of(full_pipeline, text, trigger) == day


def test_a_time_of_the_main_act_still_dates_the_next_sentence(full_pipeline):
    text = "Rebels shelled the airport in 2019. Dozens of passengers were wounded."
    assert date_of(full_pipeline, text, "wounded") == "2019"
