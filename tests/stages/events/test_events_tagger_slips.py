"""events stage: events the coder missed entirely because the tagger or a lexicon constraint misread them, each
fixed by a general rule (hand-built sentences):

- a verb the tagger read as a noun, told by a direct object or a modal / "to" / "do" auxiliary ("are poised to
  sanction the firm", "should the allies sanction the regime");
- a bare gerund read as a noun ("denied meeting in Oslo", "refrained from meeting"), coded as its verb;
- an event noun whose modifier tells its status or date ("an alleged protest", "next month's protest") is one
  event, reported with that status, even with no party named;
- a content clause on a noun ("rejected claims that they had shelled the village") is not a relative clause:
  the noun is not the verb's object;
- a personal pronoun object of "charge" is a person charged ("did not charge him");
- a passive infinitive under "be" ("medicine is to be sent by the army") acts on the copula's subject.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_at(pipeline, text: str, word: str) -> list:
    """The events whose trigger contains `word`."""
    analysis = pipeline.analyse(Article(text=text))
    return [e for e in analysis.events if word in e.trigger.text.split()]


def actor_names(pipeline, text: str, word: str) -> list[str]:
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    return [names.get(a, a) for e in analysis.events if word in e.trigger.text.split() for a in e.actors]


# (sentence, trigger word, type, status)
VERB_READ_AS_NOUN = [
    ("The allies are poised to sanction the shipping firm.", "sanction", "COERCE", "future"),
    ("The allies are due to sanction the shipping firm in March.", "sanction", "COERCE", "future"),
    ("Should the allies sanction the shipping firm, prices would rise.", "sanction", "COERCE", "hypothetical"),
    ("The allies did sanction the shipping firm, a spokesman admitted.", "sanction", "COERCE", "asserted"),
]

GERUND_READ_AS_NOUN = [
    ("The two envoys denied meeting in Oslo.", "meeting", "CONSULT", "negated"),
    ("The two envoys refrained from meeting in Oslo.", "meeting", "CONSULT", "negated"),
    ("The two envoys are suspected of meeting in Oslo.", "meeting", "CONSULT", "uncertain"),
    ("The two envoys are considering meeting in Oslo.", "meeting", "CONSULT", "hypothetical"),
]

STATUS_MARKED_NOUN = [
    ("Officials discussed a possible strike at the port.", "strike", "hypothetical"),
    ("The council braced for the planned protest outside city hall.", "protest", "future"),
    ("Police braced for next month's rally outside city hall.", "rally", "future"),
    ("Police looked into the alleged protest outside city hall.", "protest", "uncertain"),
]

CONTENT_CLAUSE = [
    ("The militia rejected claims that it had shelled the village.", "shelled", "ASSAULT", "negated"),
    ("The army dismissed claims that it had attacked the clinic.", "attacked", "ASSAULT", "negated"),
]

PRONOUN_OBJECT = [
    ("Prosecutors questioned the driver but did not charge him.", "charge", "COERCE", "negated"),
    ("Prosecutors charged her on Friday.", "charged", "COERCE", "asserted"),
]

PASSIVE_INFINITIVE = [
    ("Medical supplies are to be sent by the army to the flooded towns.", "sent", "AID", "future"),
]


@pytest.mark.parametrize("text,word,etype,status", VERB_READ_AS_NOUN + GERUND_READ_AS_NOUN + CONTENT_CLAUSE
                         + PRONOUN_OBJECT + PASSIVE_INFINITIVE)
def test_event_is_coded_with_its_status(pipeline, text, word, etype, status):
    found = events_at(pipeline, text, word)
    assert found, f"no event at {word!r} in {text!r}"
    assert {(e.type, e.status) for e in found} == {(etype, status)}


@pytest.mark.parametrize("text,word,status", STATUS_MARKED_NOUN)
def test_status_marked_event_noun_without_party_is_kept(pipeline, text, word, status):
    found = events_at(pipeline, text, word)
    assert found, f"no event at {word!r} in {text!r}"
    assert {e.status for e in found} == {status}


def test_generic_bare_noun_without_status_cue_still_dropped(pipeline):
    # no modifier singles the protest out: a mention of a kind of event, as before
    assert not events_at(pipeline, "The mayor spoke about a protest against taxes.", "protest")


def test_gerund_shares_its_governing_subject(pipeline):
    assert any("envoys" in n for n in actor_names(pipeline, "The two envoys denied meeting in Oslo.", "meeting"))


def test_passive_infinitive_agent_is_actor(pipeline):
    names = actor_names(pipeline, "Medical supplies are to be sent by the army to the flooded towns.", "sent")
    assert any("army" in n for n in names) and not any("supplies" in n for n in names)


def test_noun_with_determiner_stays_noun(pipeline):
    # "the sanction" is a noun: no verb repair
    found = events_at(pipeline, "The sanction on the firm was lifted.", "sanction")
    assert all(e.type != "COERCE" or e.status != "future" for e in found)


def test_ing_noun_object_of_a_plain_verb_stays_a_thing(pipeline):
    # "cut funding": the object of a verb that embeds no clause is a thing, not a gerund of "fund"
    found = events_at(pipeline, "The council cut funding for the clinics.", "funding")
    assert all(e.type != "AID" for e in found)
