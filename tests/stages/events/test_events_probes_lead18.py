"""events stage, lead probes of session 18 (invented sentences): a team sent to help is relief, not an inquiry; an
open question ("has not said whether it will expel ...") commits no one to the act."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _events(pipeline, text: str):
    return pipeline.analyse(Article(text=text, published="2026-11-20")).events or []


@pytest.mark.parametrize("text", [
    "Norvalia sent a team of engineers to help repair the flooded dam.",
    "Estonia and Finland sent cyber-security teams to help restore the port's systems.",
    "The Red Crescent dispatched two teams to assist villagers cut off by the landslide.",
    "Ostria sent a mission to help rebuild the bridge at Kelmar.",
])
def test_a_body_sent_to_help_is_aid(pipeline, text):
    types = [e.type for e in _events(pipeline, text)]
    assert "AID" in types
    assert not any(e.type == "ACCUSE" and e.mode == "investigate" for e in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    "The UN sent a team to investigate the killings in Darvel.",
    "The league dispatched a mission to the border town of Kelmar.",
])
def test_a_body_sent_with_no_purpose_of_help_stays_an_inquiry(pipeline, text):
    assert any(e.type == "ACCUSE" and e.mode == "investigate" for e in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    "Valdoria has not said whether it will expel the Ostrian envoy.",
    "The minister did not say if Norvalia would send troops to the border.",
    "Officials would not say whether the government will impose a curfew.",
])
def test_an_open_question_commits_no_one(pipeline, text):
    events = _events(pipeline, text)
    assert not [e for e in events if e.type in ("THREATEN", "AGREE")]
    assert not [e for e in events if e.status == "asserted"]


def test_a_stated_plan_still_commits(pipeline):
    events = _events(pipeline, "Valdoria said it will expel the Ostrian envoy.")
    assert any(e.type == "THREATEN" and e.status == "asserted" for e in events)


@pytest.mark.parametrize("text, party, place", [
    ("Police arrested three suspected smugglers on the island of Kalymnos.", "smugglers", "Kalymnos"),
    ("Police detained two men on the outskirts of Thessaloniki on Sunday.", "men", "Thessaloniki"),
    ("Troops attacked rebels on the island of Basilan.", "rebels", "Basilan"),
])
def test_on_a_place_after_the_party_acted_on_is_the_setting(pipeline_factory, text, party, place):
    record = pipeline_factory("actors", "places", "events").analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors}
    event = next(e for e in record.events if e.type in ("COERCE", "ASSAULT"))
    recipients = [names[r] for r in event.recipients]
    assert any(party in r for r in recipients) and not any(place in r for r in recipients)


def test_on_a_party_is_still_the_recipient(pipeline):
    event = next(e for e in _events(pipeline, "Ostria imposed sanctions on Valdoria.") if e.type == "COERCE")
    assert event.recipients


@pytest.mark.parametrize("text", [
    "Norvalia sent a team of engineers to help repair the flooded dam.",
    "The coast guard sent crews to help on the Merrow River.",
    "Ostria dispatched experts to assist with the clean-up in Kelmar.",
])
def test_who_is_sent_to_help_receives_no_aid(pipeline_factory, text):
    record = pipeline_factory("actors", "events").analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors}
    aid = next(e for e in record.events if e.type == "AID")
    assert not [names[r] for r in aid.recipients if any(w in names[r] for w in ("engineer", "crew", "expert"))]


def test_people_flown_out_are_helped(pipeline):
    aid = next(e for e in _events(pipeline, "The army airlifted 200 refugees to safety.") if e.type == "AID")
    assert aid.recipients


@pytest.mark.parametrize("text, state", [
    ("ECOWAS suspended Mali.", "MLI"),
    ("ECOWAS suspended Niger and Mali on Friday.", "NER"),
])
def test_a_states_name_tagged_as_a_person_is_the_state(pipeline_factory, text, state):
    record = pipeline_factory("actors", "events").analyse(Article(text=text, published="2026-11-20"))
    actors = {a.id: a for a in record.actors}
    event = next(e for e in record.events if e.type == "SANCTION")
    kinds = {actors[r].country: actors[r].kind for r in event.recipients}
    assert kinds.get(state) in ("country", "government")


def test_a_second_regular_past_after_had_shares_the_reported_subject(pipeline_factory):
    text = "Army spokesman Ilan Verko said government forces had killed 40 rebels and seized a cache of weapons."
    record = pipeline_factory("actors", "events").analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors}
    seized = next(e for e in record.events if e.type == "COERCE")
    assert [names[a] for a in seized.actors] == ["government forces"]


def test_a_speech_act_after_a_reported_perfect_stays_the_reporters(pipeline_factory):
    text = "The minister said the army had withdrawn from the town and urged residents to stay calm."
    record = pipeline_factory("actors", "events").analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors}
    urged = next(e for e in record.events if e.type == "REQUEST")
    assert [names[a] for a in urged.actors] == ["minister"]


@pytest.mark.parametrize("text", [
    "Norvalian President Ilse Marr invited both governments to talks in Nairobi next week.",
    "The envoy invited the rebel commanders to a meeting in Kampala on Friday.",
])
def test_the_venue_of_talks_one_is_invited_to_is_no_party(pipeline_factory, text):
    record = pipeline_factory("actors", "places", "events").analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors}
    invite = next(e for e in record.events if e.type == "REQUEST")
    recipients = [names[r] for r in invite.recipients]
    assert recipients and not any(town in r for r in recipients for town in ("Nairobi", "Kampala"))


@pytest.mark.parametrize("text", [
    "The European Union warned that the law could derail Valdoria's bid to join the bloc.",
    "The Chamber of Commerce warned that exporters could lose $3 billion.",
    "Ostria warned that the move could trigger a regional crisis.",
])
def test_a_warning_that_forecasts_a_consequence_threatens_nothing(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The ministry warned that it could respond in kind.",
    "Ostria warned that its missiles could hit Valdorian bases.",
])
def test_a_warning_of_the_warners_own_act_stays_a_threat(pipeline, text):
    assert [e for e in _events(pipeline, text) if e.type == "THREATEN"]
