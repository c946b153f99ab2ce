"""events stage: slips found by a seventh round of probing with invented wire-news articles.

- an infinitive whose doer is a negative subject of the verb it hangs on ("no one came to rescue them", "none of the
  agencies tried to deliver food") is an act not done: negated, not asserted;
- the object of a purpose infinitive of avoidance ("withdrew to avoid civilian deaths", "pulled back to spare the
  villagers") is an outcome kept off, not a recipient of the main act;
- a "would" clause coordinated with a reported clause ("said its forces had regrouped and would recapture the
  village") is a reported "will": future, not hypothetical.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text: str):
    return pipeline.analyse(Article(text=text)).events


@pytest.mark.parametrize("text,word", [
    ('"No one came to rescue the farmers," a villager said.', "rescue"),
    ("None of the aid agencies tried to deliver food to the valley.", "deliver"),
    ("Nobody was sent to evacuate the stranded families.", "evacuate"),
])
def test_act_of_a_negative_subject_is_not_done(pipeline, text, word):
    events = events_of(pipeline, text)
    hits = [e for e in events if word in e.trigger.text.split()]
    assert hits and all(e.status == "negated" for e in hits), show(events)


def test_act_of_a_named_subject_stays_asserted(pipeline):
    events = events_of(pipeline, "Red Cross workers came to rescue the farmers on Monday.")
    hits = [e for e in events if "rescue" in e.trigger.text.split()]
    assert hits and all(e.status == "asserted" for e in hits), show(events)


@pytest.mark.parametrize("text,trigger,kept_off", [
    ("The militia said it had withdrawn from the ridge to avoid civilian deaths.", "withdrawn", "deaths"),
    ("Police pulled back to spare the villagers.", "pulled", "villagers"),
    ("The garrison retreated to avert a massacre of residents.", "retreated", "residents"),
])
def test_what_a_retreat_was_to_avoid_is_no_recipient(pipeline, text, trigger, kept_off):
    events, names = events_and_names(pipeline, text)
    hits = [e for e in events if trigger in e.trigger.text.split()]
    assert hits, show(events)
    assert not any(kept_off in n for e in hits for n in lowered_names(names, e.recipients)), show(events)


def test_what_an_agreement_spares_stays_its_recipient(pipeline):
    events, names = events_and_names(pipeline, "The rebels agreed to spare the prisoners.")
    hits = [e for e in events if e.type == "AGREE"]
    assert any("prisoners" in n for e in hits for n in lowered_names(names, e.recipients)), show(events)


@pytest.mark.parametrize("text,word", [
    ("The ministry said its forces had regrouped near the border and would recapture the village soon.", "recapture"),
    ("The governor announced that the curfew had ended and police would release the detained students.", "release"),
])
def test_would_coordinated_with_a_reported_clause_is_future(pipeline, text, word):
    events = events_of(pipeline, text)
    hits = [e for e in events if word in e.trigger.text.split()]
    assert hits and all(e.status == "future" for e in hits), show(events)


def test_conditioned_would_coordinated_with_a_reported_clause_stays_hypothetical(pipeline):
    text = "The ministry said its forces had regrouped and would recapture the village if the rains stopped."
    events = events_of(pipeline, text)
    hits = [e for e in events if "recapture" in e.trigger.text.split()]
    assert hits and all(e.status == "hypothetical" for e in hits), show(events)
