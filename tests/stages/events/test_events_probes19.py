"""events stage, probes of round 19 (invented sentences): a business closing its own place of work is no PLOVER
event, while a state's closure stays a restriction and a workforce's closure a strike; an arson before a second act
keeps both acts; a party named by what a vetoed text says is no recipient of the veto."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "The company shut the plant in Ohio on Monday, citing falling demand.",
    "The steelmaker shut down its mill in Wales on Tuesday.",
    "The drugmaker shut two factories near the coast last month.",
    "The firm shut its refinery after the price slump.",
])
def test_a_business_closing_its_own_site_is_no_event(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert not any(e.type == "COERCE" for e in events), stage_helpers.show(events)


@pytest.mark.parametrize("text,etype,mode", [
    # guards: a state's closure restricts, a workforce's closure is a strike
    ("The government shut the border with the north on Monday.", "COERCE", "restrict"),
    ("Striking workers shut the factory on Monday.", "PROTEST", "strike"),
])
def test_other_closures_keep_their_event(events_pipeline, text, etype, mode):
    events = stage_helpers.events_of(events_pipeline, text)
    assert any(e.type == etype and e.mode == mode for e in events), stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    # the parser hangs the result adjective on the second verb's object ("ablaze ... shops") ...
    "Rioters set cars ablaze and looted shops.",
    # ... or the second verb, with its own object, as a conjunct of the adjective
    "Rioters set cars ablaze and looted shops in the capital on Sunday.",
    "Youths set two buses ablaze and looted stores.",
])
def test_an_arson_before_a_second_act_keeps_both_acts_and_their_doer(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert any(s.text == "set" for e in events for s in e.triggers), stage_helpers.show(events)
    looted = [e for e in events if any(s.text == "looted" for s in e.triggers)]
    assert looted and looted[0].actors, stage_helpers.show(events)


@pytest.mark.parametrize("text,outsider", [
    # what the rejected text says is done to a party is no party of the rejection itself
    ("Russia vetoed a resolution condemning Syria on Friday.", "Syria"),
    ("China vetoed a draft that would sanction North Korea.", "Korea"),
    ("The United States vetoed a resolution condemning Israel.", "Israel"),
])
def test_a_party_of_the_vetoed_text_is_no_recipient_of_the_veto(events_pipeline, text, outsider):
    analysis = events_pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    vetoes = [e for e in analysis.events if e.type == "REJECT"]
    assert vetoes, stage_helpers.show(analysis.events)
    assert not any(outsider in names.get(r, "") for r in vetoes[0].recipients), stage_helpers.show(analysis.events)


def test_the_partner_of_a_turned_down_invitation_stays_the_recipient(events_pipeline):
    # guard: an infinitive's doer is the one who rejects; the talks' partner is the party turned down
    analysis = events_pipeline.analyse(Article(text="The rebel movement rejected an invitation to attend talks "
                                                    "with the Sudanese government next week."))
    rejects = [e for e in analysis.events if e.type == "REJECT"]
    assert rejects and rejects[0].recipients, stage_helpers.show(analysis.events)
