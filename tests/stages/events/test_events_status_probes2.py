"""events stage: a second battery of invented wire-news sentences probing events that did not happen or are not
established -- acts put off or called off (also in the passive), ruled out, averted, feared or threatened, likened
("what sounded like shelling"), set as a condition ("in the event of an attack"), left unconfirmed or claimed --
with asserted controls of the same shapes."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import show

# events a speech act derives from the act it announces: the probe looks at the announced act
SPEECH_ACT_TYPES = ("THREATEN", "REJECT", "REQUEST")


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def own_events(pipeline, text: str, trigger: str):
    """The events whose main trigger holds the word `trigger` (acts before speech acts, the word alone before a
    phrase holding it: "will evacuate" is the commitment, "evacuate" the act), and all events."""
    events = pipeline.analyse(Article(text=text)).events
    own = [e for e in events if trigger in e.trigger.text.split()]
    return sorted(own, key=lambda e: (e.type in SPEECH_ACT_TYPES, e.trigger.text != trigger)), events


def probed_status(pipeline, text: str, trigger: str) -> str:
    own, events = own_events(pipeline, text, trigger)
    assert own, show(events)
    return own[0].status


# What is put back has not happened yet, also as the passive subject ("the march was postponed") or when the tagger
# reads the lowercase event word as a name ("postponed the march on parliament"); what is called off, averted or
# foiled did not happen, also after a light verb with a particle ("called off its offensive").
@pytest.mark.parametrize("text,trigger,status", [
    ("The march on the governor's office was postponed.", "march", "future"),
    ("A summit of regional leaders has been postponed indefinitely.", "summit", "future"),
    ("The rally outside the court was put off until after the holidays.", "rally", "future"),
    ("Police delayed the raid on the warehouse.", "raid", "future"),
    ("Nurses postponed the march on parliament by a week.", "march", "future"),
    ("Students postponed the march on parliament.", "march", "future"),
    ("The militia called off its offensive in the hills.", "offensive", "negated"),
    ("Guerrillas called off the attack on the garrison.", "attack", "negated"),
    ("Swift work by stewards averted a riot outside the arena.", "riot", "negated"),
    ("Customs officers thwarted a bombing at the harbour.", "bombing", "negated"),
    ("The strike by dockers was called on Monday.", "strike", "asserted"),
    ("Thousands joined the march on parliament on Friday.", "march", "asserted"),
    ("The militia carried out its offensive in the hills.", "offensive", "asserted"),
])
def test_put_off_called_off_averted(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# An act ruled out is coded as not having happened, beside the refusal (as "ruled out sending troops" is); what is
# rejected as a proposal stays folded into the refusal.
@pytest.mark.parametrize("text,trigger,status", [
    ("The prime minister ruled out negotiations with the hijackers.", "negotiations", "negated"),
    ("Army chiefs ruled out a truce before the harvest.", "truce", "negated"),
])
def test_ruled_out_act(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status
    events = pipeline.analyse(Article(text=text)).events
    assert any(e.type == "REJECT" and e.status == "asserted" for e in events), show(events)


# An act a threat, fear, plan or rumour names ("the threat of an invasion", "plans for a strike", "rumours of a
# coup") is one event reported as not (yet) done, not a kind of event to drop.
@pytest.mark.parametrize("text,trigger,status", [
    ("The threat of an invasion has emptied the frontier villages.", "invasion", "hypothetical"),
    ("Rumours of a coup swept the port city on Saturday.", "coup", "uncertain"),
    ("Dockers abandoned plans for a strike after the new pay offer.", "strike", "negated"),
])
def test_act_a_modal_noun_names(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# What something sounded, looked or appeared like is how it struck a witness: uncertain, and negated when the
# seeming is denied.
@pytest.mark.parametrize("text,trigger,status", [
    ("Farmers said they heard what sounded like shelling beyond the river.", "shelling", "uncertain"),
    ("Villagers described what appeared to be an airstrike on the grain store.", "airstrike", "uncertain"),
    ("Neighbours heard what sounded like gunfire after midnight.", "gunfire", "uncertain"),
    ("It looked like an ambush, a driver said.", "ambush", "uncertain"),
    ("The explosion did not look like a bombing, investigators said.", "bombing", "negated"),
    ("Farmers said they heard shelling beyond the river.", "shelling", "asserted"),
])
def test_likened_act(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# "in the event of an attack", "in case of an invasion": a condition, and what will happen on it only may.
@pytest.mark.parametrize("text,trigger,status", [
    ("In the event of an attack, staff will leave the consulate.", "attack", "hypothetical"),
    ("In case of an invasion, the reserves would be called up.", "invasion", "hypothetical"),
    ("In the event of an attack, guards will evacuate the consulate.", "evacuate", "hypothetical"),
    ("Guards will evacuate the consulate on Monday.", "evacuate", "future"),
])
def test_conditional_phrase(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# An act an inquiry, a condemnation or a claim takes as its object took place, whatever becomes of the inquiry or
# the claim ("no group has claimed the attack", "detectives will investigate the bombing of the bus").
@pytest.mark.parametrize("text,trigger,status", [
    ("Detectives will investigate the bombing of the bus depot.", "bombing", "asserted"),
    ("No group has claimed the attack on the gas pipeline.", "attack", "asserted"),
    ("Neither faction has claimed the attack on the checkpoint.", "attack", "asserted"),
    ("A shadowy cell claimed responsibility for the bombing of the bus depot.", "bombing", "asserted"),
])
def test_presupposed_act(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# An act someone declined or was unable to confirm is left open (uncertain), not denied; one confirmed stands.
@pytest.mark.parametrize("text,trigger,status", [
    ("A police spokeswoman declined to confirm the arrests.", "arrests", "uncertain"),
    ("Officials would not confirm the detentions, citing the inquiry.", "detentions", "uncertain"),
    ("A police spokeswoman confirmed the arrests.", "arrests", "asserted"),
])
def test_unconfirmed_act(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# Shapes the battery reads right already (kept so they stay so): hedges, denials, vows, threats and forestalled acts.
@pytest.mark.parametrize("text,trigger,status", [
    ("The army denied carrying out the raid on the village.", "carrying", "negated"),
    ("Gunmen allegedly looted shops in the old market.", "looted", "uncertain"),
    ("Army to withdraw from border town\n\nThe move follows weeks of talks.", "withdraw", "future"),
    ("The militia threatened to shell the hill town.", "shell", "hypothetical"),
    ("The navy refrained from firing on the trawler.", "firing", "negated"),
    ("Engineers defused the device before it could explode.", "explode", "negated"),
    ("The junta threatened to expel foreign reporters.", "expel", "hypothetical"),
])
def test_controls(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# An event that "failed to materialise" or "failed to take place" did not happen; one that failed to achieve
# something did.
@pytest.mark.parametrize("text,trigger,status", [
    ("The promised rally failed to materialise on Sunday.", "rally", "negated"),
    ("The summit failed to take place after the border incident.", "summit", "negated"),
    ("The summit failed to produce a deal on water rights.", "summit", "asserted"),
])
def test_failed_to_occur(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# Naming an act ("calling the killings genocide") takes one already done: a naming forgone leaves the act asserted.
@pytest.mark.parametrize("text,trigger,status", [
    ("The envoy stopped short of calling the killings genocide.", "killings", "asserted"),
    ("The union will not call a strike this winter.", "strike", "negated"),
])
def test_named_act(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# What reports or claims tell of is uncertain -- one reported act kept, not dropped as a kind of act -- and denied
# when the reports or claims are dismissed; the denial keeps its own REJECT.
@pytest.mark.parametrize("text,trigger,status", [
    ("There were unconfirmed reports of clashes near the dam.", "clashes", "uncertain"),
    ("Police dismissed reports of an ambush on the bus.", "ambush", "negated"),
    ("The governor rejected claims of torture at the jail.", "torture", "negated"),
    ("Palace aides denied rumours of a coup.", "coup", "negated"),
])
def test_reported_or_denied_report(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# A report under inquiry ("is investigating reports that soldiers beat detainees") is not established: uncertain;
# a plan that is scrapped in the passive ("plans for a march were scrapped") leaves its act negated, kept beside
# the scrapping.
@pytest.mark.parametrize("text,trigger,status", [
    ("The navy is investigating reports that sailors had beaten two fishermen.", "beaten", "uncertain"),
    ("Auditors are checking claims that guards looted the depot.", "looted", "uncertain"),
    ("Plans for a march on the refinery were scrapped after the storm.", "march", "negated"),
])
def test_report_under_inquiry_and_plan_scrapped(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# A headline's reduced passive of calling off or putting off ("Summit postponed amid fears", "Talks cancelled after
# raid") is read as the passive it is; a headline that the talks failed still tells talks that took place.
@pytest.mark.parametrize("text,trigger,status", [
    ("Peace talks cancelled after border raid\n\nNegotiators flew home.", "talks", "negated"),
    ("Summit called off amid security fears\n\nNo new date was given.", "Summit", "negated"),
    ("Rally postponed after clashes\n\nOrganisers gave no new date.", "Rally", "future"),
    ("Peace talks failed after border raid\n\nNegotiators flew home.", "talks", "asserted"),
])
def test_headline_reduced_passive(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# An act that could not be verified or has not been confirmed is left open: uncertain, not denied.
@pytest.mark.parametrize("text,trigger,status", [
    ("The reported ambush could not be independently verified.", "ambush", "uncertain"),
    ("The killings have not been confirmed by the provincial police.", "killings", "uncertain"),
    ("The arrests were confirmed by the provincial police.", "arrests", "asserted"),
])
def test_unverified_passive_subject(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# A denial withheld ("did not deny the raid", "would neither confirm nor deny") or an admission withheld ("has never
# admitted torturing prisoners") leaves the act open: uncertain; an admission made or a denial made stand.
@pytest.mark.parametrize("text,trigger,status", [
    ("The junta has never admitted torturing detained students.", "torturing", "uncertain"),
    ("The junta admitted torturing detained students.", "torturing", "asserted"),
    ("The navy would neither confirm nor deny the airstrike.", "airstrike", "uncertain"),
    ("The navy did not deny the airstrike on the jetty.", "airstrike", "uncertain"),
    ("The police did not admit the killing of the two herders.", "killing", "uncertain"),
    ("The navy denied the airstrike on the jetty.", "airstrike", "negated"),
])
def test_withheld_denial_or_admission(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# "not" on a universal quantifier ("not all of the hostages were released") says the act did not reach all, not that
# it did not happen; "not one" still denies it.
@pytest.mark.parametrize("text,trigger,status", [
    ("Not all of the kidnapped miners were released.", "released", "asserted"),
    ("Not every stall was looted, traders said.", "looted", "asserted"),
    ("Not one stall was looted, traders said.", "looted", "negated"),
])
def test_not_all(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# An event a phrase of anticipation looks ahead to ("ahead of Sunday's protest", "on the eve of the summit") had not
# happened yet: future, kept rather than dropped as a bare noun; the act done ahead of it is asserted.
@pytest.mark.parametrize("text,trigger,status", [
    ("Patrols were doubled ahead of Sunday's protest.", "protest", "future"),
    ("Roads were closed on the eve of the summit.", "summit", "future"),
    ("Ahead of the talks, both sides swapped prisoners.", "talks", "future"),
    ("Patrols were doubled after a protest by dockers.", "protest", "asserted"),
])
def test_anticipated_event(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# A motion proposes its act ("rejected a motion to impeach the governor"): not asserted; an event that "never came"
# did not happen, one that "came" after something did.
@pytest.mark.parametrize("text,trigger,status", [
    ("The assembly rejected a motion to impeach the governor.", "impeach", "hypothetical"),
    ("The feared offensive on the delta never came.", "offensive", "negated"),
    ("The offensive on the delta came after weeks of shelling.", "offensive", "asserted"),
])
def test_motion_and_never_came(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# No confirmation of an act leaves it open (uncertain), where no sign of it denies it; a scheme ("plotting to bomb",
# "suspected of planning attacks") holds its act to the future.
@pytest.mark.parametrize("text,trigger,status", [
    ("There was no independent confirmation of fighting near the dam.", "fighting", "uncertain"),
    ("Observers saw no sign of fighting near the dam.", "fighting", "negated"),
    ("The cell had been plotting to bomb two mosques.", "bomb", "future"),
    ("Two brothers conspired to kill the magistrate.", "kill", "future"),
    ("Police detained nine men suspected of planning attacks on markets.", "attacks", "future"),
])
def test_unconfirmed_and_plotted(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


# An act ordered as a noun object ("ordered the release of the journalist") is ahead, as one ordered as an infinitive
# is; refusing to order it leaves it negated.
@pytest.mark.parametrize("text,trigger,status", [
    ("A court ordered the release of the detained reporter.", "release", "future"),
    ("The governor ordered the withdrawal of riot police.", "withdrawal", "future"),
    ("The court did not order the release of the detained reporter.", "release", "negated"),
])
def test_ordered_act(pipeline, text, trigger, status):
    assert probed_status(pipeline, text, trigger) == status


def test_ordering_by_infinitive_adds_no_commitment(pipeline):
    events = pipeline.analyse(Article(text="The governor ordered riot police to withdraw from the square.")).events
    assert not [e for e in events if e.type == "AGREE"], show(events)
