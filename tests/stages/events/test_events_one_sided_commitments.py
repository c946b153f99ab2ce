"""events stage: a commitment is one-sided: "A and B offered to send rescue teams" makes neither the other's
recipient, while "A and B agreed to hold talks" is mutual (cues `commitment_verbs`). Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def agree_recipients(pipeline, text: str) -> list[list[str]]:
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    agree = [e for e in analysis.events if e.type == "AGREE"]
    assert agree, show(analysis.events)
    return [sorted(names[i] for i in e.recipients) for e in agree]


@pytest.mark.parametrize("text", [
    "Argentina and Uruguay offered to send rescue teams.",
    "France and Germany pledged to send aid.",
])
def test_a_joint_offer_or_pledge_has_no_mutual_recipients(pipeline, text):
    assert agree_recipients(pipeline, text) == [[]]


def test_a_joint_agreement_stays_mutual(pipeline):
    assert agree_recipients(pipeline, "France and Germany agreed to hold talks.") == [
        ["Government of France", "Government of Germany"]]


def test_a_headline_agreement_of_two_names_set_apart_by_a_comma_is_mutual(pipeline):
    title = "Sudan army, RSF agree to 72-hour truce"
    analysis = pipeline.analyse(Article(text=title + "\n\nThe report came on Monday.", title=title))
    names = {a.id: a.name for a in analysis.actors}
    agree = [e for e in analysis.events if e.type == "AGREE"]
    assert agree and sorted(names[i] for i in agree[0].recipients) == sorted(names[i] for i in agree[0].actors) \
        and len(agree[0].actors) == 2, show(analysis.events)
