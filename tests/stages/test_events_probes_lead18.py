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
