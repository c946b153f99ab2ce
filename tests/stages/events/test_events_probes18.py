"""events stage, probes of round 18 (invented sentences): a second act the parser hangs on the first act's object
is coded on its own; a body approving or adopting a ban imposes it."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text,trigger,doer", [
    # the tagger reads the second past form as an adjective on its object ("looted shops")
    ("Rioters set cars alight and looted shops in the old town.", "looted", "Rioters"),
    ("Rioters set buses alight and looted shops.", "looted", "Rioters"),
    ("Rioters set cars alight and burned shops.", "burned", "Rioters"),
    # ... or the object as one more conjunct of the first verb
    ("Soldiers burned the crops and seized cattle.", "seized", "Soldiers"),
])
def test_a_second_act_read_as_a_modifier_is_its_own_event(events_pipeline, text, trigger, doer):
    analysis = events_pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    found = [e for e in analysis.events if any(s.text == trigger for s in e.triggers)]
    assert found, stage_helpers.show(analysis.events)
    assert len(analysis.events) == 2, stage_helpers.show(analysis.events)
    assert any(doer in names.get(a, "") for a in found[0].actors)


def test_coordinated_modifiers_of_one_object_stay_a_description(events_pipeline):
    # guard: a noun the two participles describe is the one object, no second act of the subject's
    events = stage_helpers.events_of(events_pipeline, "Rioters attacked burned and abandoned cars.")
    assert not any(s.text == "abandoned" for e in events for s in e.triggers), stage_helpers.show(events)


@pytest.mark.parametrize("text,doer", [
    ("The parliament approved a ban on imports of foreign cheese.", "parliament"),
    ("The city council adopted a moratorium on evictions.", "council"),
    ("Lawmakers passed a ban on the sale of fireworks.", "Lawmakers"),
])
def test_approving_a_ban_is_a_restriction_by_the_approver(events_pipeline, text, doer):
    event, names = stage_helpers.coded(events_pipeline, text, "COERCE")
    assert event.mode == "restrict"
    assert stage_helpers.named(names, event.actors, doer)


@pytest.mark.parametrize("text", [
    "Police fired into the air to scatter the farmers blocking the road.",
    "Riot police scattered the crowd outside the ministry.",
])
def test_scattering_people_is_crowd_control(events_pipeline, text):
    event, _ = stage_helpers.coded(events_pipeline, text, "ASSAULT")
    assert event.mode == "crowd-control"


def test_scattering_things_is_no_event(events_pipeline):
    # guard: what is scattered is no crowd
    events = stage_helpers.events_of(events_pipeline, "Volunteers scattered seeds across the burned hillside.")
    assert not any(e.type == "ASSAULT" for e in events), stage_helpers.show(events)


@pytest.mark.parametrize("text,doer,other", [
    ("The army retook the village after weeks of clashes with the insurgents.", "army", "insurgents"),
    ("Troops pulled out of the valley after clashes with militants.", "Troops", "militants"),
])
def test_a_clash_with_a_side_takes_the_clause_subject_as_the_other_side(events_pipeline, text, doer, other):
    analysis = events_pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    clashes = [e for e in analysis.events if any(s.text == "clashes" for s in e.triggers)]
    assert clashes, stage_helpers.show(analysis.events)
    assert any(doer in names.get(a, "") for a in clashes[0].actors), clashes[0]
    assert any(other in names.get(r, "") for r in clashes[0].recipients), clashes[0]


def test_a_subject_that_is_no_fighting_side_is_not_a_party_to_the_clash(events_pipeline):
    # guard: the one who resigns after the clashes took no part in them
    analysis = events_pipeline.analyse(Article(text="The mayor resigned after clashes with police in the old town."))
    names = {a.id: a.name for a in analysis.actors or []}
    clashes = [e for e in analysis.events if any(s.text == "clashes" for s in e.triggers)]
    assert not any("mayor" in names.get(a, "") for e in clashes for a in e.actors)


@pytest.mark.parametrize("text,proposer,hit", [
    ("Slovakia blocked sanctions against Iran on Friday.", None, "Iran"),
    ("Slovakia vetoed new EU sanctions against Iran.", "European", "Iran"),
    ("Austria blocked an EU ban on Brazilian beef.", "European", "Brazil"),
])
def test_the_party_a_blocked_measure_targets_is_no_party_to_the_veto(events_pipeline, text, proposer, hit):
    event, names = stage_helpers.coded(events_pipeline, text, "REJECT")
    assert not stage_helpers.named(names, event.recipients, hit), names
    if proposer:
        assert stage_helpers.named(names, event.recipients, proposer), names


@pytest.mark.parametrize("text,mode", [
    # a workforce shutting its place of work strikes; other people shutting a place obstruct it
    ("Striking dockers shut the port on Thursday.", "strike"),
    ("Angry farmers closed the road with their tractors.", "obstruct"),
])
def test_people_shutting_a_place_protest(events_pipeline, text, mode):
    event, _ = stage_helpers.coded(events_pipeline, text, "PROTEST")
    assert event.mode == mode


def test_a_state_shutting_a_place_restricts(events_pipeline):
    # guard: the authorities' closure stays a restriction
    event, _ = stage_helpers.coded(events_pipeline, "The authorities shut the port to foreign ships.", "COERCE")
    assert event.mode == "restrict"


def test_strikers_shutting_a_mine_in_a_headline_is_a_strike(events_pipeline):
    events = stage_helpers.events_of(events_pipeline, "Strikers shut Peru zinc mine as pay talks collapse")
    assert any(e.type == "PROTEST" and e.mode == "strike" for e in events), stage_helpers.show(events)
