"""events stage: status cues that real news prose uses and the status checklist's templates do not (hand-built
cases): a condition whose conjunction the parser hangs on a linking verb, a negation of what an event did rather
than of the event, events named with no particular one in mind, reports that could not be verified, and votes
or campaigns for or against an act."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import status_of


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# "if the canals remained blocked": the parser reads the linking verb as an auxiliary of the participle and hangs
# "if" on it; the condition still holds the participle's event to a hypothesis. A past time clause stays asserted.
@pytest.mark.parametrize("text,trigger,status", [
    ("The ministry warned that shortages could spread to more cities if fuel convoys remained blocked.", "blocked",
     "hypothetical"),
    ("The agency said disease could spread to more camps if aid convoys remained blocked.", "blocked",
     "hypothetical"),
    ("Growers will lose the season if the weir remains destroyed for another month.", "destroyed", "hypothetical"),
    ("Until the harbour was blockaded, fishing boats sailed freely.", "blockaded", "asserted"),
])
def test_condition_on_a_linking_verb(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# An event noun as the subject of a verb or copula that tells what the event did or was: the negation is of that,
# not of the event. A verb that tells whether it happened ("take place", "resume", "happen") still negates it.
@pytest.mark.parametrize("text,trigger,status", [
    ("The truce did not stop the shelling of the eastern districts.", "truce", "asserted"),
    ("The rally did not turn violent.", "rally", "asserted"),
    ("The negotiations were not a success.", "negotiations", "asserted"),
    ("The agreement would not fix a date for the pullout, the governor said.", "agreement", "future"),
    ("The planned strike never happened.", "strike", "negated"),
    ("The summit did not take place.", "summit", "negated"),
    ("Talks did not resume on Thursday.", "Talks", "negated"),
])
def test_negated_deed_of_an_event_subject(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# "any attack": no particular event, one that may or may not come; under a negation it stays negated.
@pytest.mark.parametrize("text,trigger,status", [
    ("Any assault on the harbour would be answered with force, the admiral said.", "assault", "hypothetical"),
    ("The cabinet condemned any attack on relief workers.", "attack", "hypothetical"),
    ("Officers did not report any arrests after the vigil.", "arrests", "negated"),
])
def test_nonspecific_event_noun(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# A report or claim whose verification is denied leaves what it says uncertain; a confirmed one does not.
@pytest.mark.parametrize("text,trigger,status", [
    ("Reports that soldiers had shelled the hamlet could not be verified.", "shelled", "uncertain"),
    ("Claims that the guards had executed inmates have not been independently confirmed.", "executed",
     "uncertain"),
    ("Reports that soldiers had shelled the hamlet were confirmed by the interior ministry.", "shelled",
     "asserted"),
])
def test_unverified_report_as_passive_subject(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# A vote for an act decides it (future); a vote against it, or a campaign for or against it, does not.
@pytest.mark.parametrize("text,trigger,status", [
    ("Deputies voted against sending troops.", "sending troops", "hypothetical"),
    ("The assembly voted to impose sanctions on the refinery.", "impose sanctions", "future"),
    ("Campaigners lobbied for lifting the blockade of the harbour.", "lifting the blockade", "hypothetical"),
])
def test_vote_or_campaign_over_an_act(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# A refusal or a "will not" that is itself only supposed or considered has not been made: the act it refuses and
# the refusal (a derived REJECT) are hypothetical; a refusal that was stated stays negated / asserted.
@pytest.mark.parametrize("text,trigger,status", [
    ("Party elders feared a split if the chairman declared he would not support the treaty.", "support",
     "hypothetical"),
    ("Party elders feared a split if the chairman declared he would not support the treaty.", "would not support",
     "hypothetical"),
    ("The senator has been considering announcing that she will not endorse the mayor.", "endorse", "hypothetical"),
    ("If the rebels say they will not attend the talks, the mediators will leave.", "will not attend",
     "hypothetical"),
    ("The minister said the republic would not send troops.", "send troops", "negated"),
    ("The senator announced that she will not endorse the mayor.", "will not endorse", "asserted"),
])
def test_refusal_under_a_condition_or_consideration(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


def test_classifier_fallback_does_not_turn_a_verb_of_fearing_into_the_feared_event(pipeline, monkeypatch):
    # "Officials fear a possible attack": the lexicon reads the attack as hypothetical; a classifier sure of ASSAULT
    # (it read the same words) must not code the main verb "fear" as an asserted assault. A separate act in a
    # conjoined clause still gets the fallback.
    import zlib

    from eventwire.stages.events.classifier import NONE, TypeClassifier

    labels = ["ASSAULT", "AGREE", NONE]
    weights = {label: {} for label in labels}
    weights["ASSAULT"] = {zlib.crc32(f.encode("utf-8")) % 1024: 20.0 for f in ("w:dread", "w:tiptoed")}
    toy = TypeClassifier(labels, 1024, weights, {label: 0.0 for label in labels}, alpha=0.0,
                         groups=("words", "candidates"), fallback=0.3)
    stage = next(s for s in pipeline.stages if s.name.startswith("events"))
    stage.ensure_ready()
    monkeypatch.setattr(stage, "classifier", toy)
    feared = pipeline.analyse(Article(text="Villagers dread a possible attack on the granary.")).events
    assert [(e.trigger.text, e.status) for e in feared] == [("attack", "hypothetical")]
    conjoined = pipeline.analyse(Article(text="Rebels tiptoed into the village and may attack the depot.")).events
    assert "tiptoed" in [e.trigger.text for e in conjoined if e.status == "asserted"]


# "on the verge of signing": imminent, so not yet happened.
@pytest.mark.parametrize("text,trigger,status", [
    ("The republic is on the verge of signing a border accord with its neighbour.", "signing", "future"),
    ("The coalition was on the brink of expelling the envoy.", "expelling the envoy", "future"),
])
def test_imminent_act(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# "came close to X-ing": a near miss in the past (it did not happen); "are close to X-ing": about to happen.
@pytest.mark.parametrize("text,trigger,status", [
    ("Mediators came close to agreeing a truce in April.", "agreeing", "negated"),
    ("Gendarmes came close to arresting the smuggler.", "arresting", "negated"),
    ("The two delegations are close to signing a deal.", "signing a deal", "future"),
])
def test_near_miss_or_imminent_with_close(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# A question asks about an act: a yes/no question leaves even a future act open, and no question commits anyone
# (no AGREE derived from "will" in "Will the army withdraw?").
@pytest.mark.parametrize("text,trigger,status", [
    ("Will the garrison withdraw from the pass before the thaw?", "withdraw", "uncertain"),
    ("Will the two premiers meet?", "meet", "uncertain"),
    ("When will the garrison withdraw from the pass?", "withdraw", "future"),
])
def test_question_about_a_future_act(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


@pytest.mark.parametrize("text", [
    "Will the garrison withdraw from the pass before the thaw?",
    "When will the garrison withdraw from the pass?",
])
def test_question_derives_no_commitment(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert events and not [e for e in events if e.type == "AGREE"]


# A report followed by "a claim the army denied" is contested: what it reports is uncertain; a confirmed one is not.
@pytest.mark.parametrize("text,trigger,status", [
    ("Farmers said gendarmes burned the granary, a claim the prefecture denied.", "burned", "uncertain"),
    ("Villagers said militiamen looted the bazaar, an allegation the colonel rejected.", "looted", "uncertain"),
    ("Villagers said militiamen looted the bazaar, an allegation the colonel confirmed.", "looted", "asserted"),
])
def test_report_contested_by_an_apposition(pipeline, text, trigger, status):
    assert status_of(pipeline, text, trigger) == status


# "talk of sanctions": hearsay about an event, not a meeting; "there was talk of a truce" carries no event on "was".
def test_talk_of_an_event_is_hearsay_not_a_meeting(pipeline):
    events = pipeline.analyse(Article(text="In Dransk the talk of sanctions on the port authority grew louder.")).events
    assert not [e for e in events if e.type == "CONSULT"]
    assert [e.status for e in events if e.trigger.text == "sanctions"] == ["uncertain"]
    talks = pipeline.analyse(Article(text="Talks between the two delegations resumed on Friday.")).events
    assert [e.type for e in talks] == ["CONSULT"]


def test_existential_be_carries_no_fallback_event(pipeline):
    events = pipeline.analyse(Article(text="There was talk of a ceasefire in the hills on Sunday.")).events
    assert not [e for e in events if e.trigger.text.lower() in ("was", "there was")]
