"""events stage, probes of round 21 (invented sentences, from whole articles on coups, regional blocs and migrant
boats): acts counted over a span since an earlier year are background; a craft setting out is no retreat; a trend
spoken of is no act; taking measures is no seizure."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _asserted(pipeline, text, etype):
    analysis = pipeline.analyse(Article(text=text, published="2026-11-20"))
    return [(e.type, e.trigger.text) for e in analysis.events if e.type == etype and e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "Tarnland has seen three military coups since independence in 1962.",
    "The archipelago has witnessed at least two coups since independence in 1979.",
    "Since independence in 1960, Kestonia has seen four attempted coups.",
])
def test_acts_counted_since_an_earlier_year_are_no_asserted_act(events_pipeline, text):
    assert not _asserted(events_pipeline, text, "ASSAULT")


def test_a_perfect_of_this_week_still_tells_the_news(events_pipeline):
    assert _asserted(events_pipeline, "Gunmen have attacked two villages near Orvel since Monday.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "The ferry had left the Tunisian port of Sfax on Sunday.",
    "The rescue ship left the harbour of Corvel at dawn.",
])
def test_a_craft_setting_out_is_no_retreat(events_pipeline, text):
    assert not _asserted(events_pipeline, text, "RETREAT")


def test_troops_leaving_a_town_still_withdraw(events_pipeline):
    assert _asserted(events_pipeline, "Troops left the town of Harrow on Monday.", "RETREAT")


@pytest.mark.parametrize("text", [
    "Aid groups warned of growing violence at Asia's borders.",
    "Monitors voiced concern about escalating attacks on schools in Drelin.",
])
def test_a_trend_spoken_of_is_no_assault(events_pipeline, text):
    assert not _asserted(events_pipeline, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    'Officials in Mardel had taken "necessary control measures" after the outbreak.',
    "The health ministry took urgent steps to contain the outbreak.",
])
def test_taking_measures_is_no_seizure(events_pipeline, text):
    assert not _asserted(events_pipeline, text, "COERCE")


def test_taking_control_of_a_town_is_still_a_seizure(events_pipeline):
    assert _asserted(events_pipeline, "Rebels took control of the town of Vessin on Friday.", "COERCE")


def _recipient_names(pipeline, text, etype):
    event, names = stage_helpers.coded(pipeline, text, etype)
    return [names[i] for i in event.recipients]


@pytest.mark.parametrize("text,etype,sent", [
    ("The Ostrian government said it would send envoys and warned that it might cut aid.", "CONSULT", "envoys"),
    ("The Pelric government said it would send a team of experts to help with the investigation.", "ACCUSE",
     "experts"),
])
def test_who_is_sent_is_not_the_recipient(events_pipeline, text, etype, sent):
    assert not any(sent in name for name in _recipient_names(events_pipeline, text, etype))


@pytest.mark.parametrize("text,etype,host", [
    ("The TRELCO bloc said it would send a delegation to Velmora.", "CONSULT", "Velmora"),
    ("Marlovia will send a team of investigators to Trosk next week.", "ACCUSE", "Trosk"),
])
def test_the_destination_stays_the_recipient(events_pipeline, text, etype, host):
    assert any(host in name for name in _recipient_names(events_pipeline, text, etype))


def test_the_press_a_denial_went_to_is_no_party(events_pipeline):
    text = "The rebel commander denied involvement in a message to a local newspaper."
    assert not any("newspaper" in name for name in _recipient_names(events_pipeline, text, "REJECT"))


def test_the_person_a_letter_went_to_stays_the_recipient(events_pipeline):
    text = "The governor rejected the offer in a letter to the union leader."
    assert any("leader" in name for name in _recipient_names(events_pipeline, text, "REJECT"))


@pytest.mark.parametrize("text", [
    "The teachers' union warned that it would strike next month.",
    "The nurses' union said it would strike on Friday.",
])
def test_a_union_saying_it_will_strike_stops_work(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert not [e for e in events if e.type == "ASSAULT"], stage_helpers.show(events)
    assert [e for e in events if e.type == "PROTEST" and e.mode == "strike"], stage_helpers.show(events)


def test_a_militia_saying_it_will_strike_still_threatens_force(events_pipeline):
    events = stage_helpers.events_of(events_pipeline, "The militia warned that it would strike the capital.")
    assert not [e for e in events if e.type == "PROTEST"], stage_helpers.show(events)
