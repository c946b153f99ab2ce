"""events stage: a personal pronoun that is a party of an event is that party's actor, and becomes a mention of it
(invented sentences)."""

from __future__ import annotations

import pytest

from ..stage_helpers import coded


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def test_object_them_is_the_recipient_it_stands_for(pipeline):
    text = "Rebels seized the hill town of Korvel on Monday. Government troops attacked them on Tuesday."
    event, names = coded(pipeline, text, "ASSAULT")
    assert any("Rebels" in names[r] and "them" in names[r].split() for r in event.recipients), (
        event.recipients, names)


def test_subject_it_is_the_actor_and_a_mention_of_it(pipeline):
    text = "The Dravian army massed tanks near the border. On Monday it shelled the town of Pell."
    event, names = coded(pipeline, text, "ASSAULT")
    assert any("army" in names[a] and "it" in names[a].split() for a in event.actors), (event.actors, names)


def test_reported_it_is_a_mention_of_the_speaker(pipeline):
    text = "The Customs Authority said it arrested two smugglers at the port."
    event, names = coded(pipeline, text, "COERCE")
    assert any("Customs Authority" in names[a] and "it" in names[a].split() for a in event.actors), (
        event.actors, names)


def test_a_gendered_pronoun_is_no_party_of_the_other_gender(pipeline):
    text = "Maria Mendes visited the border town on Monday. On Tuesday he attacked a police post."
    event, names = coded(pipeline, text, "ASSAULT")
    assert not any("Maria" in names[a] for a in event.actors), (event.actors, names)
