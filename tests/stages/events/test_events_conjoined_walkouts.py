"""events stage (invented sentences): conjoined verbs sharing an object, pledges with no partner,
walkouts from talks."""

from __future__ import annotations

import pytest

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text, doer", [
    ("Navy patrol boats rammed and boarded a cargo ship off the coast.", "navy"),
    ("Militia speedboats rammed and seized a tanker in the strait.", "militia"),
])
def test_first_of_two_conjoined_verbs_codes_with_the_shared_object(events_pipeline, text, doer):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    ramming = [e for e in events if e.type == "ASSAULT"]
    assert ramming, stage_helpers.show(events)
    assert any(doer in name for name in stage_helpers.lowered_names(names, ramming[0].actors)), \
        stage_helpers.show(events)


def test_a_verb_without_the_constraint_object_still_does_not_code(events_pipeline):
    # "rammed" codes only with a vessel (or people) for object: a gate is not one
    events = stage_helpers.events_of(events_pipeline, "The truck rammed and broke the gate of the depot.")
    assert not [e for e in events if e.type == "ASSAULT" and e.mode is None], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "Ardistan said it would send a plane to evacuate its citizens.",
    "The ministry said it would charter ships to bring home its nationals.",
])
def test_a_pledged_act_with_no_other_party_is_no_agreement(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert not [e for e in events if e.type == "AGREE"], stage_helpers.show(events)


def test_a_pledge_of_aid_to_another_party_stays_an_agreement(events_pipeline):
    events = stage_helpers.events_of(events_pipeline, "Molvania said it would send food aid to Ardistan.")
    assert [e for e in events if e.type == "AGREE"], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "The opposition staged a walkout from the talks.",
    "Rebel delegates staged a walkout from the peace negotiations in Vellmora.",
    "Opposition lawmakers staged a walkout of parliament on Tuesday.",
])
def test_a_walkout_from_a_meeting_is_no_labour_strike(events_pipeline, text):
    events = stage_helpers.events_of(events_pipeline, text)
    assert not [e for e in events if e.mode == "strike"], stage_helpers.show(events)
    assert [(e.type, e.mode) for e in events if e.type == "REJECT"] == [("REJECT", "meet")], \
        stage_helpers.show(events)


def test_a_walkout_of_workers_over_pay_stays_a_strike(events_pipeline):
    events = stage_helpers.events_of(events_pipeline, "Dock workers staged a walkout over pay.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "strike")], stage_helpers.show(events)


@pytest.mark.parametrize("text, doer", [
    ("Brandt warned that Egypt was prepared to launch air strikes.", "egypt"),
    ("The envoy warned that Peru could invade Bolivia.", "peru"),
])
def test_the_doer_a_warning_is_about_is_not_the_one_warned(events_pipeline, text, doer):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    warning = next(e for e in events if e.type == "THREATEN" and e.trigger.text == "warned")
    assert not any(doer in n for n in stage_helpers.lowered_names(names, warning.recipients)), \
        stage_helpers.show(events)


def test_the_target_of_the_warned_of_act_may_be_the_one_warned(events_pipeline):
    events, names = stage_helpers.events_and_names(events_pipeline, "The envoy warned that Peru could invade Bolivia.")
    warning = next(e for e in events if e.type == "THREATEN" and e.trigger.text == "warned")
    assert any("bolivia" in n for n in stage_helpers.lowered_names(names, warning.recipients)), \
        stage_helpers.show(events)


def test_a_party_warned_outright_stays_the_recipient(events_pipeline):
    events, names = stage_helpers.events_and_names(
        events_pipeline, "Egypt warned Sudan that it was prepared to launch air strikes.")
    warning = next(e for e in events if e.type == "THREATEN" and e.trigger.text == "warned")
    assert any("sudan" in n for n in stage_helpers.lowered_names(names, warning.recipients)), \
        stage_helpers.show(events)


@pytest.mark.parametrize("text, etype", [
    ("Norway has expelled dozens of Russian diplomats since 2019.", "SANCTION"),
    ("Police have arrested scores of Afghan migrants since 2020.", "COERCE"),
])
def test_a_tally_of_acts_on_another_named_party_is_still_coded(events_pipeline, text, etype):
    # (dated: a span from an earlier year than the article's is what makes a present perfect a running total)
    events, _ = stage_helpers.events_and_names(events_pipeline, text, published="2026-11-20")
    assert [e for e in events if e.type == etype and e.status == "asserted"], stage_helpers.show(events)


def test_a_running_total_on_no_named_party_stays_uncoded(events_pipeline):
    events, _ = stage_helpers.events_and_names(
        events_pipeline, "Security forces have detained thousands since 2011.", published="2026-11-20")
    assert not [e for e in events if e.type == "COERCE"], stage_helpers.show(events)


@pytest.mark.parametrize("text", [
    "The army foiled a coup attempt.",
    "Loyal troops thwarted an attempted coup in the capital.",
    "The coup attempt was foiled by loyal troops.",
])
def test_a_foiled_attempt_took_place(events_pipeline, text):
    # PLOVER codes the attempted act itself (asserted); what was averted is its success, not the attempt
    events = stage_helpers.events_of(events_pipeline, text)
    assert [e for e in events if e.type == "ASSAULT" and e.status == "asserted"], stage_helpers.show(events)
    assert not [e for e in events if e.status == "negated"], stage_helpers.show(events)


def test_the_act_a_foiled_plot_was_for_stays_undone(events_pipeline):
    events = stage_helpers.events_of(events_pipeline, "Police foiled a plot to bomb the cathedral.")
    bombing = [e for e in events if e.type == "ASSAULT"]
    assert bombing and all(e.status == "negated" for e in bombing), stage_helpers.show(events)


@pytest.mark.parametrize("text, doer", [
    ("Molvania's main opposition candidate called on Saturday for nationwide protests.\n", "candidate"),
    ("The exiled opposition leader appealed on Monday to foreign donors.", "leader"),
])
def test_a_main_verb_read_as_a_participle_keeps_its_subject_as_doer(events_pipeline, text, doer):
    events, names = stage_helpers.events_and_names(events_pipeline, text, published="2026-11-20")
    request = next(e for e in events if e.type == "REQUEST")
    assert any(doer in n for n in stage_helpers.lowered_names(names, request.actors)), stage_helpers.show(events)
    assert not any(doer in n for n in stage_helpers.lowered_names(names, request.recipients)), \
        stage_helpers.show(events)


@pytest.mark.parametrize("text, launcher, target", [
    ("Egypt intercepted missiles fired by Libya.", "libya", "egypt"),
    ("Chile shot down drones launched by Peru.", "peru", "chile"),
])
def test_weapons_fired_at_an_interceptor_are_an_attack_on_it(events_pipeline, text, launcher, target):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    launch = [e for e in events if e.type == "ASSAULT"
              and any(launcher in n for n in stage_helpers.lowered_names(names, e.actors))]
    assert launch, stage_helpers.show(events)
    assert any(target in n for n in stage_helpers.lowered_names(names, launch[0].recipients)), \
        stage_helpers.show(events)


def test_intercepting_missiles_is_no_event_of_the_interceptor(events_pipeline):
    events, names = stage_helpers.events_and_names(events_pipeline, "Egypt intercepted missiles fired by Libya.")
    assert not [e for e in events if any("egypt" in n for n in stage_helpers.lowered_names(names, e.actors))], \
        stage_helpers.show(events)
