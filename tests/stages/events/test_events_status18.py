"""events stage: status of acts that are bidden, wanted, charged, held back from, voted on, not ruled out or only
within a party's reach -- invented wire sentences (new names, places and wordings), each with a control of the same
shape whose act did take place."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def statuses(pipeline, text: str, trigger: str) -> set[str]:
    """The statuses of the events with `trigger` as a word of one of their trigger spans (asserting there is one)."""
    events = pipeline.analyse(Article(text=text)).events
    own = {e.status for e in events if any(trigger in s.text.split() for s in e.triggers)}
    assert own, show(events)
    return own


def types_of(pipeline, text: str) -> set[str]:
    return {e.type for e in pipeline.analyse(Article(text=text)).events}


# "told X to do it": what is bidden has not been done yet; what one is told happened is reported speech.
@pytest.mark.parametrize("text,trigger,status", [
    ("The colonel told his gunners to withdraw from the Brevik ridge.", "withdraw", "future"),
    ("The gendarmes of Sallow Bay were told to free the two students.", "free", "future"),
    ("The magistrate told the gendarmes to release the two students.", "release", "future"),
    ("The colonel told reporters that his gunners had withdrawn from the Brevik ridge.", "withdrawn", "asserted"),
])
def test_bidden_act_is_ahead(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# A that-clause in the subjunctive after a speech verb ("insisted that X free ...") is a demand, not a report.
@pytest.mark.parametrize("text,trigger,status", [
    ("Pelmora insisted that Ostavia free the seized trawler crews.", "free", "hypothetical"),
    ("The envoy insisted that the junta release the detained monks.", "release", "hypothetical"),
    ("Pelmora insisted that Ostavia had freed the seized trawler crews.", "freed", "asserted"),
])
def test_subjunctive_after_speech_verb_is_wanted(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


def test_subjunctive_demand_is_a_request(pipeline):
    assert "REQUEST" in types_of(pipeline, "Pelmora insisted that Ostavia free the seized trawler crews.")


# A charge brought "with" or "for" a crime alleges it, as "accused of" does; a conviction finds it.
@pytest.mark.parametrize("text,trigger,status", [
    ("Four wardens were charged with beating an inmate at the Corvell jail.", "beating", "uncertain"),
    ("Two deputies were charged with torturing a farmhand near Ashgrove.", "torturing", "uncertain"),
    ("The sergeant was convicted of assaulting a picket in Lowmere.", "assaulting", "asserted"),
])
def test_charged_crime_is_alleged(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# "held back from doing it" (the parser may hang "from" on "back"): it was not done; "pretended to" neither.
@pytest.mark.parametrize("text,trigger,status", [
    ("Tessaly held back from recognising the new government in Marrow.", "recognising", "negated"),
    ("The garrison held back from attacking the port of Vell.", "attacking", "negated"),
    ("The garrison pretended to withdraw from the port of Vell.", "withdraw", "negated"),
    ("The garrison withdrew from the port of Vell.", "withdrew", "asserted"),
])
def test_held_back_or_feigned_act_is_not_done(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# A measure a vote, bill or motion is "on" is weighed, not imposed.
@pytest.mark.parametrize("text,trigger,status", [
    ("Senators in Marrow held a vote on sanctions against Ostavia.", "sanctions", "hypothetical"),
    ("The assembly postponed a vote on an arms embargo against Pelmora.", "embargo", "hypothetical"),
    ("Marrow imposed sanctions on Ostavia's shipping firms.", "sanctions", "asserted"),
])
def test_measure_put_to_a_vote_is_not_imposed(pipeline, text, trigger, status):
    assert status in statuses(pipeline, text, trigger)
    if status != "asserted":
        assert "asserted" not in statuses(pipeline, text, trigger)


# Not ruling an act out, or not refusing it, leaves it open: hypothetical (not denied, not merely doubted);
# not denying a claim leaves it uncertain.
@pytest.mark.parametrize("text,trigger,status", [
    ("The premier of Tessaly did not rule out new sanctions on Ostavia.", "sanctions", "hypothetical"),
    ("The premier did not rule out sending gunboats to Sallow Bay.", "sending", "hypothetical"),
    ("Ostavia did not refuse to hold talks with the dock unions.", "talks", "hypothetical"),
    ("Ostavia did not deny attacking the ferry near Corvell.", "attacking", "uncertain"),
    ("The premier of Tessaly ruled out new sanctions on Ostavia.", "sanctions", "negated"),
])
def test_forgoing_withheld_leaves_the_act_open(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# What a party has the capacity or ability to do it has not done by that.
@pytest.mark.parametrize("text,trigger,status", [
    ("Marrow has the capacity to strike Ostavia's airfields.", "strike", "hypothetical"),
    ("The rebels have the ability to shell the port of Vell.", "shell", "hypothetical"),
    ("Tessaly is in a position to send gunboats to Sallow Bay.", "send", "hypothetical"),
    ("Tessaly is in no position to send gunboats to Sallow Bay.", "send", "negated"),
    ("The rebels shelled the port of Vell.", "shelled", "asserted"),
])
def test_capacity_is_no_act(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# A belief or rumour told with an infinitive carries the rumoured act, no attack of its own.
def test_rumoured_infinitive_is_no_attack(pipeline):
    events = pipeline.analyse(Article(text="Two admirals are rumoured to have defected to Pelmora.")).events
    assert not [e for e in events if e.status == "asserted" and e.type == "ASSAULT"], show(events)


# A readiness, a standby or what an accord provides for is prepared, not done.
@pytest.mark.parametrize("text,trigger,status", [
    ("Ostavia signalled its readiness to resume talks with Marrow.", "talks", "hypothetical"),
    ("Two frigates are on standby to evacuate the consulate in Vell.", "evacuate", "hypothetical"),
    ("The Lowmere accord envisages a withdrawal of troops from the Brevik ridge.", "withdrawal", "future"),
    ("Ostavia resumed talks with Marrow on Tuesday.", "talks", "asserted"),
])
def test_prepared_or_provided_for_act_is_not_done(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# Calling off, cancelling or foiling what was planned: it did not take place (as in the passive "a planned march was
# cancelled"); one that could not be prevented did.
@pytest.mark.parametrize("text,trigger,status", [
    ("The chancellery called off a planned visit by its envoy to Pelmora.", "visit", "negated"),
    ("Organisers in Ashgrove cancelled the proposed march on the town hall.", "march", "negated"),
    ("Gendarmes could not prevent a planned attack on the Lowmere depot.", "attack", "future"),
])
def test_planned_act_called_off_is_negated(pipeline, text, trigger, status):
    assert status in statuses(pipeline, text, trigger)


# Talks "on" a truce weigh it; the truce is not signed by them.
def test_truce_under_talks_is_not_asserted(pipeline):
    text = "Talks on Brevik truce put back\n\nMediators in Lowmere spoke on Monday."
    assert statuses(pipeline, text, "truce") == {"hypothetical"}


# The act a promised or threatened answer answers took place; the answer itself is ahead.
@pytest.mark.parametrize("text,trigger,status", [
    ("Pelmora promised to respond to the attack on its consulate in Vell.", "attack", "asserted"),
    ("Marrow vowed to retaliate after the shelling of its customs posts.", "shelling", "asserted"),
    ("Marrow vowed to retaliate after the shelling of its customs posts.", "retaliate", "future"),
    # a bare plural is a kind of act the answer is ready for, not one that took place
    ("The Vell garrison will respond to attacks with force.", "attacks", "future"),
])
def test_act_answered_took_place(pipeline, text, trigger, status):
    assert status in statuses(pipeline, text, trigger)


# A claim made without evidence, an act there is no proof of, or what doubted footage shows is not established.
@pytest.mark.parametrize("text,trigger,status", [
    ("Ostavia said without evidence that Marrow had attacked its trawlers.", "attacked", "uncertain"),
    ("Ostavia said, without evidence, that Marrow had attacked its trawlers.", "attacked", "uncertain"),
    ("Wardens say there is no proof the convicts shot the guard.", "shot", "uncertain"),
    ("Video purportedly showing gendarmes beating a cyclist in Ashgrove spread online.", "beating", "uncertain"),
    ("Ostavia said that Marrow had attacked its trawlers.", "attacked", "asserted"),
    ("Video showing gendarmes beating a cyclist in Ashgrove spread online.", "beating", "asserted"),
])
def test_unsupported_claim_is_uncertain(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# A present (simple or progressive) dated ahead tells an arrangement: future. Dated in the past, or with no time, it
# stays a report; so does a headline's present.
@pytest.mark.parametrize("text,trigger,status", [
    ("The trade envoy of Pelmora is visiting Lowmere on Friday.", "visiting", "future"),
    ("The chancellor of Marrow travels to Vell next week for talks.", "travels", "future"),
    ("The chancellor leaves for Ashgrove on Monday to meet the Ostavian premier.", "meet", "future"),
    ("The two premiers meet in Corvell tomorrow.", "meet", "future"),
    ("The trade envoy of Pelmora visited Lowmere on Friday.", "visited", "asserted"),
])
def test_present_dated_ahead_is_future(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


def test_headline_present_stays_the_news(pipeline):
    text = "Pelmora envoy visits Lowmere on Friday\n\nThe visit was announced by the chancellery."
    assert "asserted" in statuses(pipeline, text, "visits")


# Declared untrue or false, the act did not happen; declared true, it did.
@pytest.mark.parametrize("text,trigger,status", [
    ("It is untrue that gendarmes beat the students in Ashgrove.", "beat", "negated"),
    ("It is false that the Vell militia kidnapped the surveyors.", "kidnapped", "negated"),
    ("It is true that the Vell militia kidnapped the surveyors.", "kidnapped", "asserted"),
])
def test_declared_false_is_negated(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# A main-clause "would" with "later" narrates what followed; reported, conditioned or alone it stays open.
@pytest.mark.parametrize("text,trigger,status", [
    ("The Vell garrison would later withdraw from the Brevik ridge.", "withdraw", "asserted"),
    ("Gendarmes would arrest the smuggler three days later.", "arrest", "asserted"),
    ("Marrow said it would send gunboats later.", "send", "future"),
    ("The Vell garrison would withdraw later if the rebels disarmed.", "withdraw", "hypothetical"),
    ("The Vell garrison would withdraw from the Brevik ridge.", "withdraw", "hypothetical"),
])
def test_narrated_later_would_is_asserted(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# Impersonal hearsay ("it is understood that", "it was reported that"), a doubt and a whether-clause leave the act
# uncertain; a report with its source named does not.
@pytest.mark.parametrize("text,trigger,status", [
    ("It is understood that the Pelmoran envoy met militia chiefs in Vell.", "met", "uncertain"),
    ("It was reported that gunboats shelled the quay at Sallow Bay.", "shelled", "uncertain"),
    ("It is doubtful that the Vell militia shelled the quay.", "shelled", "uncertain"),
    ("Whether the Vell militia shelled the quay remains unclear.", "shelled", "uncertain"),
    ("The coastguard reported that gunboats shelled the quay at Sallow Bay.", "shelled", "asserted"),
])
def test_impersonal_hearsay_and_open_questions(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# A threat, pledge or promise made good was carried out; one broken or reneged on was not; one only renewed is
# still a threat.
@pytest.mark.parametrize("text,trigger,status", [
    ("The Vell militia carried out its threat to execute a captured pilot.", "execute", "asserted"),
    ("Ostavia made good on its threat to cut power supplies to Marrow.", "cut", "asserted"),
    ("Pelmora followed through on its pledge to withdraw from the Brevik ridge.", "withdraw", "asserted"),
    ("Tessaly kept its promise to send aid to the flooded delta.", "send", "asserted"),
    ("Ostavia broke its promise to withdraw its gunboats.", "withdraw", "negated"),
    ("The junta reneged on its commitment to free the monks.", "free", "negated"),
    ("The Vell militia renewed its threat to execute a captured pilot.", "execute", "hypothetical"),
])
def test_plan_made_good_or_broken(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# "zero" as a number of acts or of victims is none.
@pytest.mark.parametrize("text,trigger,status", [
    ("Zero arrests were made during the vigil in Ashgrove.", "arrests", "negated"),
    ("Zero fishermen were killed in the shelling of the quay, the coastguard said.", "killed", "negated"),
    ("Three arrests were made during the vigil in Ashgrove.", "arrests", "asserted"),
])
def test_zero_is_none(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}


# A denial denied ("it is not true that X did not ...") asserts the act; either negation alone denies it.
@pytest.mark.parametrize("text,trigger,status", [
    ("It is not true that the Vell garrison did not shell the quay.", "shell", "asserted"),
    ("It is not true that the Vell garrison shelled the quay.", "shelled", "negated"),
    ("It is true that the Vell garrison did not shell the quay.", "shell", "negated"),
])
def test_double_negation(pipeline, text, trigger, status):
    assert statuses(pipeline, text, trigger) == {status}
