"""events stage: which event of a text is "the" event when one act answers or aims at another (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.stages.events import top_event

from ..stage_helpers import events_of, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# A deployment made after violence or unrest its own sentence tells is the response to it: the act is the news.
@pytest.mark.parametrize("text,etype,trigger", [
    ("Riot units stepped up patrols across the district after gangs looted dozens of stores.", "ASSAULT", "looted"),
    ("Troops were deployed in the town after protesters clashed with police.", "PROTEST", "clashed"),
    ("The army sent reinforcements to the region after rebels attacked a checkpoint.", "ASSAULT", "attacked"),
])
def test_deployment_after_an_act_ranks_below_it(pipeline, text, etype, trigger):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top.type == etype and trigger in top.trigger.text, show(events)
    deployment = next(e for e in events if e.type == "MOBILIZE")
    assert deployment.confidence < top.confidence, show(events)


def test_deployment_alone_stays_the_event(pipeline):
    events = events_of(pipeline, "Riot units stepped up patrols across the district on Friday.")
    assert top_event(events).type == "MOBILIZE", show(events)


# An infinitive describing an act names what the act was for, not what it achieved.
@pytest.mark.parametrize("text,trigger", [
    ("The militants' attack to capture the hill was repelled by the army.", "capture"),
    ("Rebels mounted a raid to seize the depot before dawn.", "seize"),
])
def test_purpose_of_an_act_noun_is_hypothetical(pipeline, text, trigger):
    events = events_of(pipeline, text)
    aim = next(e for e in events if e.trigger.text == trigger)
    assert aim.status == "hypothetical", show(events)


@pytest.mark.parametrize("text,trigger", [
    # after a ranking modifier the infinitive tells what the act did
    ("It was the first attack to hit the capital this year.", "hit"),
    # a noun with a status of its own says what became of the act
    ("An attempt to kill the governor was made on Monday.", "kill"),
])
def test_infinitive_of_a_ranked_or_attempted_act_stays_asserted(pipeline, text, trigger):
    events = events_of(pipeline, text)
    act = next(e for e in events if e.trigger.text == trigger)
    assert act.status == "asserted", show(events)


# A call for an inquiry, justice or calm after an event the article has reported is a follow-up to it.
@pytest.mark.parametrize("text,etype,trigger", [
    (("At least 12 people were killed when warplanes bombed a market in the town. The opposition called for an "
      "international investigation."), "ASSAULT", "bombed"),
    ("Hundreds of students marched through the city centre. The mayor appealed for calm.", "PROTEST", "marched"),
])
def test_call_for_a_follow_up_ranks_below_the_event(pipeline, text, etype, trigger):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top.type == etype and trigger in top.trigger.text, show(events)


def test_call_for_an_inquiry_alone_stays_the_event(pipeline):
    events = events_of(pipeline, "The opposition called for an international investigation into the election.")
    assert top_event(events).type == "REQUEST", show(events)


# A present perfect with a habitual adverb sums up a pattern of acts: the background of the act the article reports.
def test_repeated_acts_rank_as_background(pipeline):
    once = events_of(pipeline, "Their group has staged protests outside parliament in recent years.")
    again = events_of(pipeline, "Their group has repeatedly staged protests outside parliament in recent years.")
    assert again[0].confidence <= 0.9 * once[0].confidence, (show(once), show(again))



# What the authorities do in answer to violence reported earlier (an investigation, a cordon, a deployment) follows the
# news and ranks below it.
@pytest.mark.parametrize("text,trigger", [
    (("Two civilians were injured when a grenade exploded near a mosque in the town on Friday. Police have launched an "
      "investigation."), "exploded"),
    (("A bomb hidden in a motorcycle went off near a police station, injuring three people. Police cordoned off the "
      "area."), "went off"),
    (("A bomb hidden in a car went off near the army base, injuring three people. The army deployed troops to the "
      "area."), "went off"),
])
def test_response_to_an_earlier_act_ranks_below_it(pipeline, text, trigger):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top.type == "ASSAULT" and trigger in top.trigger.text, show(events)


def test_response_with_no_earlier_act_stays_the_event(pipeline):
    events = events_of(pipeline, "Police cordoned off the area around the parliament on Monday.")
    assert top_event(events).type == "COERCE", show(events)


# A reaction or a response keeps a margin below the event it follows that the classifier's re-weighting (at most
# 10%) cannot undo.
@pytest.mark.parametrize("text,reaction,event", [
    (("Police found a bag of grenades near the school. A dozen people were evacuated from nearby buildings."),
     "AID", "COERCE"),
    ("The tenants' union expressed concern after a store was looted in the town.", "ACCUSE", "ASSAULT"),
    (("A bomb hidden in a motorcycle went off near a police station, injuring three people. Police cordoned off the "
      "area."), "COERCE", "ASSAULT"),
])
def test_reaction_stays_below_its_event_by_the_rerank_margin(pipeline, text, reaction, event):
    events = events_of(pipeline, text)
    top = max(e.confidence for e in events if e.type == event)
    assert all(e.confidence <= 0.9 * top for e in events if e.type == reaction), show(events)
