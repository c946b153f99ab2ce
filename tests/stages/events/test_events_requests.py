"""events stage: REQUEST only for real requests, never for a reported question, a phone call or a dated phrase
(hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def types_of(pipeline, text: str) -> list[str]:
    analysis = pipeline.analyse(Article(text=text))
    return [e.type for e in analysis.events]


NOT_REQUESTS = [
    '"Where did the money go?" the councillor asked.',
    "The senator asked whether the troops would stay.",
    "Journalists asked the spokesman about the delays.",
    "The premier called the governor on Friday to discuss the floods.",
    "The mayor called the chief on Thursday.",
]

REQUESTS = [
    "The police asked residents to stay indoors.",
    "The opposition asked that the vote be postponed.",
    "The farmers asked the government for help.",
    "The union called on the government to raise wages.",
    "The council called for an inquiry into the fire.",
]


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_speech_and_calls_are_not_requests(pipeline, text):
    assert "REQUEST" not in types_of(pipeline, text)


@pytest.mark.parametrize("text", REQUESTS)
def test_real_requests_stay_requests(pipeline, text):
    assert "REQUEST" in types_of(pipeline, text)


# "insist" requests only what it insists be done; insisting on a fact is a claim
def test_insisting_on_a_fact_is_not_a_request(pipeline):
    assert "REQUEST" not in types_of(pipeline, "The minister insisted that he was innocent.")


def test_insisting_that_something_be_done_is_a_request(pipeline):
    assert "REQUEST" in types_of(pipeline, "The workers insisted that the company should restore their pay.")
