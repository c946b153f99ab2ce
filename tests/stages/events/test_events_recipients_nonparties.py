"""events stage, recipients (invented sentences from wire stories on a maritime standoff, a kidnapping,
an election crackdown and a cross-border raid): the speaker of a trailing "..., X said" that the parser coordinates
with the reported object is no recipient; an amount of money is no party; a verb whose own party or complement
comes before "and" does not share the next verb's object; a border's "with" phrase that only locates a thing
names a landmark, no recipient; a body or court a complaint "against X" is filed at is the forum, no recipient."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.document import Article

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


_events = stage_helpers.coded_events


def _recipients_of(events: list[tuple], etype: str) -> list[str]:
    return [r for t, _, _, _, recipients in events if t == etype for r in recipients]


def _misparsed_report(vocab, *, conjunction: str) -> Doc:
    """"Sailors escort trawlers<conjunction> navy chief Orla Brenn said.", parsed as the parser sometimes does: the
    speaker coordinated with the object of the reported verb, the reporting verb left without a subject."""
    words = ["Sailors", "escort", "trawlers", conjunction, "navy", "chief", "Orla", "Brenn", "said", "."]
    heads = [1, 8, 1, 2, 5, 7, 7, 2, 8, 8]
    deps = ["nsubj", "ccomp", "dobj", "punct" if conjunction == "," else "cc", "compound", "compound", "compound",
            "conj", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "NOUN", "PUNCT" if conjunction == "," else "CCONJ", "NOUN", "NOUN", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    lemmas = ["sailor", "escort", "trawler", conjunction, "navy", "chief", "Orla", "Brenn", "say", "."]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def _coder(pipeline):
    return next(s for s in pipeline.stages if s.name.startswith("events")).coder


def test_the_speaker_of_a_trailing_report_is_no_conjunct_of_the_object(events_pipeline):
    vocab = events_pipeline.analyse(Article(text="Sailors escort trawlers.")).doc.vocab
    doc = _misparsed_report(vocab, conjunction=",")
    coder = _coder(events_pipeline)
    assert coder._speaker_read_as_conjunct(doc[7])
    assert doc[7] not in coder._expand(doc[2])


def test_a_name_joined_by_and_stays_a_conjunct(events_pipeline):
    vocab = events_pipeline.analyse(Article(text="Sailors escort trawlers.")).doc.vocab
    doc = _misparsed_report(vocab, conjunction="and")
    assert not _coder(events_pipeline)._speaker_read_as_conjunct(doc[7])


@pytest.mark.parametrize("text", [
    "The kidnappers demanded a ransom of 300 million naira for the hostages' release.",
    "Gunmen demanded a ransom of 40 million shillings for the two engineers.",
])
def test_an_amount_of_money_is_no_recipient(events_pipeline, text):
    recipients = [r for *_, rs in _events(events_pipeline, text) for r in rs]
    assert not any(word in r for r in recipients for word in ("naira", "shilling"))


def test_a_complete_request_does_not_take_the_next_verbs_object(events_pipeline):
    events = _events(events_pipeline, "The African Union called on the police to show restraint and urged both "
                                      "parties to settle the dispute in court.")
    called = [rs for t, _, _, _, rs in events if t == "REQUEST"]
    assert called and called[0] == ["police"]
    assert any(rs == ["both parties"] for rs in called[1:])


def test_verbs_sharing_one_object_still_share_it(events_pipeline):
    events = _events(events_pipeline, "Militiamen attacked and burned the village of Orsk.")
    assert any("Orsk" in r or "village" in r for r in _recipients_of(events, "ASSAULT"))


@pytest.mark.parametrize("text", [
    "Soldiers attacked a forest hideout near the border with Mali before dawn.",
    "Soldiers raided a forest hideout near the border with Cameroon on Tuesday.",
])
def test_a_border_neighbour_that_only_locates_the_target_is_no_recipient(events_pipeline, text):
    events = _events(events_pipeline, text)
    recipients = _recipients_of(events, "ASSAULT")
    assert events and not any(name in recipients for name in ("Mali", "Cameroon"))


def test_forces_massed_near_a_border_still_face_the_neighbour(events_pipeline):
    events = _events(events_pipeline, "Ruritania massed troops near the border with Estland.")
    assert "Estland" in _recipients_of(events, "MOBILIZE")


@pytest.mark.parametrize(("text", "target", "forum"), [
    ("The union filed a lawsuit against the mining company at the high court in Varsk.", "mining company",
     "high court"),
    ("The European Union filed a complaint against Ruritania at the World Trade Organization on Monday.",
     "Ruritania", "World Trade Organization"),
])
def test_the_body_a_complaint_is_filed_at_is_no_recipient(events_pipeline, text, target, forum):
    recipients = _recipients_of(_events(events_pipeline, text), "ACCUSE")
    assert any(target in r for r in recipients)
    assert not any(forum in r for r in recipients)
