"""A behavioural checklist (CheckList, Ribeiro et al. 2020) for event status: templates x fillers, written by hand,
covering how news prose marks an event as negated, hypothetical, future or uncertain, with asserted controls that
use the same verbs (a rule that marks everything non-asserted fails them). Each template carries its expected
status; the event it is about is the bracketed phrase, found by character offsets.

Fillers vary the event type (attack, arrest, protest, talks, sanction, aid, ceasefire, killing, expulsion);
templates vary tense, voice and position (main clause, complement of a reporting verb, relative clause). Pairs at
the end put two events in one sentence, one asserted and one not."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from eventwire.document import Article

from ..stage_helpers import unbracket


@dataclass(frozen=True)
class Filler:
    """One event, in every form a template asks for. Subjects are plural so that templates need no agreement."""

    kind: str
    subj: str        # "Rebels"
    base: str        # "attack"
    past: str        # "attacked"
    part: str        # "attacked"
    ing: str         # "attacking"
    obj: str         # "the army convoy" ("" for an intransitive event)
    passive: str = ""  # the passive subject, "*" marking a plural ("" when no passive reads well)
    noun: str = ""     # an event noun phrase for the noun templates ("attack on the army convoy")


FILLERS = [
    Filler("attack", "Rebels", "attack", "attacked", "attacked", "attacking", "the army convoy",
           "The army convoy", "attack on the army convoy"),
    Filler("arrest", "Police", "arrest", "arrested", "arrested", "arresting", "the opposition leader",
           "The opposition leader", "arrest of the opposition leader"),
    Filler("protest", "Students", "protest", "protested", "protested", "protesting", "against the new tax",
           "", "protest against the new tax"),
    Filler("talks", "The two foreign ministers", "meet", "met", "met", "meeting", "in Geneva", "",
           "talks between the two foreign ministers"),
    Filler("sanction", "Western governments", "sanction", "sanctioned", "sanctioned", "sanctioning",
           "the central bank", "The central bank", "sanctions against the central bank"),
    Filler("aid", "Donor countries", "send", "sent", "sent", "sending", "food aid to the refugees",
           "Food aid", "aid shipment to the refugees"),
    Filler("ceasefire", "The warring parties", "sign", "signed", "signed", "signing", "a ceasefire agreement",
           "A ceasefire agreement", "ceasefire between the warring parties"),
    Filler("kill", "Gunmen", "kill", "killed", "killed", "killing", "three villagers", "Three villagers*",
           "killing of three villagers"),
    Filler("expel", "The government", "expel", "expelled", "expelled", "expelling", "two foreign diplomats",
           "Two foreign diplomats*", "expulsion of two foreign diplomats"),
]

# Templates: [..] brackets the event phrase (a passive template brackets its subject and its participle). {S} subject, {V}/{Vd}/{Vn}/{Vg} base/past/participle/-ing,
# {O} object, {P} passive subject, {was} its "was/were", {N} event noun phrase. Each list is one cell of the checklist.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "negated": {
        "did not": ["{S} did not [{V} {O}] on Monday.", "{S} didn't [{V} {O}], officials said."],
        "never": ["{S} never [{Vd} {O}]."],
        "have not": ["{S} have not [{Vn} {O}]."],
        "failed to": ["{S} failed to [{V} {O}]."],
        "refused/declined to": ["{S} refused to [{V} {O}].", "{S} declined to [{V} {O}]."],
        "denied": ["{S} denied that they had [{Vn} {O}].", "{S} denied [{Vg} {O}]."],
        "stopped short of": ["{S} stopped short of [{Vg} {O}]."],
        "ruled out": ["{S} ruled out [{Vg} {O}]."],
        "yet to": ["{S} have yet to [{V} {O}].", "{S} are yet to [{V} {O}]."],
        "without": ["The day ended without {S_low} [{Vg} {O}]."],
        "reported negation": ["Officials said {S_low} did not [{V} {O}]."],
        "relative clause": ["Officials praised the {S_rel} who did not [{V} {O}]."],
        "passive": ["[{P}] {was} not [{Vn}] by {S_low}."],
        "no noun": ["No [{N}] took place on Monday."],
        "unable to": ["{S} were unable to [{V} {O}]."],
        "prevented from": ["{S} were prevented from [{Vg} {O}]."],
        "abandoned plans": ["{S} abandoned plans to [{V} {O}]."],
        "rejected claims": ["{S} rejected claims that they had [{Vn} {O}]."],
        "have never": ["{S} have never [{Vn} {O}]."],
        "none of": ["None of the {S_rel} [{Vd} {O}]."],
        "refrained from": ["{S} refrained from [{Vg} {O}]."],
        "not yet": ["{S} have not yet [{Vn} {O}]."],
        "nearly": ["{S} nearly [{Vd} {O}] on Monday.", "{S} almost [{Vd} {O}]."],
        "tried but failed": ["{S} tried but failed to [{V} {O}]."],
        "reported denial": ["{S} said they had not [{Vn} {O}].", "Witnesses said {S_low} never [{Vd} {O}]."],
    },
    "hypothetical": {
        "if clause": ["If {S_low} [{V} {O}], the talks will collapse.",
                      "If {S_low} [{Vd} {O}], the region would erupt."],
        "unless": ["Unless {S_low} [{V} {O}], the crisis will deepen."],
        "had inverted": ["Had {S_low} [{Vn} {O}], the crisis would have ended."],
        "would have": ["{S} would have [{Vn} {O}] if the weather had allowed."],
        "could/might": ["{S} could [{V} {O}].", "{S} might [{V} {O}] if the talks fail."],
        "would": ["{S} would [{V} {O}] if asked."],
        "in case": ["Troops stood ready in case {S_low} [{V} {O}]."],
        "threatened": ["{S} threatened that they would [{V} {O}] if their demands were not met.",
                       "{S} threatened to [{V} {O}]."],
        "warned could": ["Analysts warned that {S_low} could [{V} {O}]."],
        "should": ["{S} should [{V} {O}], the envoy said."],
        "passive": ["[{P}] could be [{Vn}] by {S_low}."],
        "possible noun": ["Officials discussed a possible [{N}]."],
        "considering": ["{S} are considering [{Vg} {O}]."],
        "urged to": ["The envoy urged {S_low} to [{V} {O}]."],
        "were X to": ["Were {S_low} to [{V} {O}], the talks would collapse."],
        "should inverted": ["Should {S_low} [{V} {O}], the region would erupt."],
        "want to": ["{S} want to [{V} {O}]."],
        "relative clause": ["Officials warned of {S_rel} who might [{V} {O}]."],
        "reported conditional": ["Officials said {S_low} would [{V} {O}] if provoked."],
        "risk that": ["There is a risk that {S_low} could [{V} {O}]."],
        "hope to": ["{S} hope to [{V} {O}]."],
        "might not": ["{S} might not [{V} {O}] after all."],
    },
    "future": {
        "will": ["{S} will [{V} {O}] next week."],
        "set to": ["{S} are set to [{V} {O}]."],
        "plan to": ["{S} plan to [{V} {O}] next month."],
        "expected to": ["{S} are expected to [{V} {O}] on Monday."],
        "scheduled to": ["{S} are scheduled to [{V} {O}] on Friday."],
        "going to": ["{S} are going to [{V} {O}]."],
        "due to": ["{S} are due to [{V} {O}] next week."],
        "reported future": ["Officials said {S_low} will [{V} {O}] next week."],
        "passive": ["[{P}] {is} to be [{Vn}] by {S_low} next week."],
        "poised/preparing to": ["{S} are poised to [{V} {O}].", "{S} are preparing to [{V} {O}]."],
        "about to": ["{S} are about to [{V} {O}]."],
        "relative clause": ["Officials named the {S_rel} who will [{V} {O}] next week."],
        "coming days": ["{S} will [{V} {O}] in the coming days, officials said."],
        "are to": ["{S} are to [{V} {O}] on Monday."],
        "vowed/agreed to": ["{S} have vowed to [{V} {O}].", "{S} have agreed to [{V} {O}] next month."],
        "upcoming noun": ["Officials prepared for the upcoming [{N}].", "The planned [{N}] is scheduled for Friday.",
                          "Officials prepared for next week's [{N}]."],
    },
    "uncertain": {
        "reportedly": ["{S} reportedly [{Vd} {O}]."],
        "allegedly": ["{S} allegedly [{Vd} {O}] on Monday."],
        "believed to": ["{S} are believed to have [{Vn} {O}]."],
        "may/might have": ["{S} may have [{Vn} {O}].", "{S} might have [{Vn} {O}]."],
        "unconfirmed reports": ["Unconfirmed reports said {S_low} [{Vd} {O}]."],
        "according to rumours": ["According to rumours, {S_low} [{Vd} {O}]."],
        "suspected of": ["{S} are suspected of [{Vg} {O}]."],
        "said to have": ["{S} are said to have [{Vn} {O}]."],
        "apparently": ["{S} apparently [{Vd} {O}]."],
        "unclear whether": ["It is unclear whether {S_low} [{Vd} {O}]."],
        "passive": ["[{P}] {was} reportedly [{Vn}] by {S_low}."],
        "alleged noun": ["Officials investigated the alleged [{N}]."],
        "appear/seem to have": ["{S} appear to have [{Vn} {O}].", "{S} seem to have [{Vn} {O}]."],
        "accused of": ["{S} are accused of [{Vg} {O}]."],
        "relative clause": ["Officials named the {S_rel} who reportedly [{Vd} {O}]."],
        "suspected noun": ["Police investigated a suspected [{N}]."],
        "rumoured to": ["{S} are rumoured to have [{Vn} {O}]."],
        "asked whether": ["Reporters asked whether {S_low} had [{Vn} {O}]."],
        "question": ["Did {S_low} [{V} {O}]?"],
        "claim to have": ["{S} claim to have [{Vn} {O}]."],
        "may not have": ["{S} may not have [{Vn} {O}]."],
        "possible that": ["It is possible that {S_low} [{Vd} {O}]."],
        "reports suggest": ["Reports suggest that {S_low} [{Vd} {O}]."],
        "there are reports": ["There are unconfirmed reports that {S_low} [{Vd} {O}]."],
    },
    "asserted": {
        "past": ["{S} [{Vd} {O}] on Monday."],
        "perfect": ["{S} have [{Vn} {O}]."],
        "reported": ["{S} [{Vd} {O}] on Monday, officials said.", "Officials said {S_low} [{Vd} {O}]."],
        "confirmed": ["Officials confirmed that {S_low} [{Vd} {O}]."],
        "without control": ["{S} [{Vd} {O}] without warning."],
        "after control": ["{S} [{Vd} {O}] after the talks failed."],
        "despite threats": ["Despite threats, {S_low} [{Vd} {O}]."],
        "denial overruled": ["{S} [{Vd} {O}] although they had denied any such plan."],
        "relative clause": ["Officials praised the {S_rel} who [{Vd} {O}]."],
        "passive": ["[{P}] {was} [{Vn}] by {S_low} on Monday."],
        "noun": ["The [{N}] took place on Monday."],
        "as planned": ["{S} [{Vd} {O}] as planned."],
        "admitted": ["{S} admitted that they had [{Vn} {O}]."],
        "once/until past": ["Once {S_low} had [{Vn} {O}], the crowd dispersed.",
                            "Until {S_low} [{Vd} {O}], the city was calm."],
        "before control": ["{S} [{Vd} {O}] before dawn."],
        "in case control": ["{S} [{Vd} {O}] in case the talks failed."],
        "did emphatic": ["{S} did [{V} {O}], officials conceded."],
        "according to a source": ["According to witnesses, {S_low} [{Vd} {O}].",
                                  "{S} [{Vd} {O}], according to the ministry."],
        "not only": ["{S} not only [{Vd} {O}] but also threatened more action."],
        "managed/forced/continued": ["{S} managed to [{V} {O}].", "{S} were forced to [{V} {O}].",
                                     "{S} continued to [{V} {O}]."],
        "modal elsewhere": ["{S} [{Vd} {O}] so that they could leave early.",
                            "{S} [{Vd} {O}] and say they will do so again."],
    },
}

# Two events in one sentence, one asserted and one not: (sentence with both phrases bracketed, statuses in order).
PAIRS = [
    ("Police [arrested two men] but did not [charge them].", ("asserted", "negated")),
    ("Rebels [attacked the convoy] but did not [kill anyone].", ("asserted", "negated")),
    ("Rebels [attacked the convoy] and will [attack the base] next week.", ("asserted", "future")),
    ("Students [protested against the tax] and plan to [protest again] on Friday.", ("asserted", "future")),
    ("The ministers [met in Geneva] but failed to [sign a ceasefire agreement].", ("asserted", "negated")),
    ("The government [expelled two diplomats] and threatened to [impose sanctions].", ("asserted", "hypothetical")),
    ("Troops [arrested the mayor], who reportedly [attacked a journalist].", ("asserted", "uncertain")),
    ("Gunmen [killed three villagers] before police could [arrest them].", ("asserted", "negated")),
    ("Donors [sent food aid] and may [send troops] if the fighting spreads.", ("asserted", "hypothetical")),
    ("Police [detained the protesters] but refused to [release them].", ("asserted", "negated")),
    ("The army [shelled the town] after rebels allegedly [attacked a checkpoint].", ("asserted", "uncertain")),
    ("The warring parties [signed a ceasefire] that would [end the fighting] if it held.",
     ("asserted", "hypothetical")),
    ("Officials [met the rebels] and are expected to [meet them again] on Monday.", ("asserted", "future")),
    ("Soldiers never [fired on the crowd], but they [arrested dozens of protesters].", ("negated", "asserted")),
    ("The rebels did not [attack the city]; instead they [besieged it].", ("negated", "asserted")),
]


# Wordings the checklist found wrong, each fixed by a general rule, in other words than the templates use:
# (sentence with the event phrase bracketed, expected status).
FIXED_KINDS = [
    # a multiword conjunction of condition opens a condition like "if"
    ("In the event that militants [storm the prison], guards will withdraw.", "hypothetical"),
    ("The embassy stocked food just in case protesters [besieged the compound].", "hypothetical"),
    # an embedded question about the past leaves the act open; about the future it stays a condition
    ("Reporters asked if police had [arrested the mayor].", "uncertain"),
    ("Nobody knows whether the militia [burned the village].", "uncertain"),
    ("The cabinet will decide whether to [expel the ambassador].", "hypothetical"),
    # rumour or an unconfirmed report as the source
    ("According to unconfirmed reports, troops [shelled the village].", "uncertain"),
    ("According to speculation in the capital, the junta [detained the minister].", "uncertain"),
    ("According to the ministry, troops [shelled the village].", "asserted"),
    # a phrasal verb of forgoing: what it forgoes did not happen
    ("The alliance ruled out [deploying ground troops].", "negated"),
    ("The army held off [storming the city] for a week.", "negated"),
    # "before X could Y": Y was forestalled
    ("The hijackers fled before the commandos could [capture them].", "negated"),
    ("The hijackers fled before the commandos [captured them].", "asserted"),
    # a gerund with its own subject under "without"
    ("The week passed without the army [shelling the town].", "negated"),
    # an inverted counterfactual the parser splits into "had" and a clause of its own
    ("Had the envoys [met in Vienna], the war might have been avoided.", "hypothetical"),
    # an event noun as the subject of "be to be" + a light verb or a moved theme
    ("The [peace talks] are to be held in Oslo next month.", "future"),
    ("The [attack on the embassy] is to be investigated by the UN.", "asserted"),
    # "once"/"until" with a past tense tell when, not on what condition; with a present they stay conditions
    ("Once the militia had [seized the airport], the fighting stopped.", "asserted"),
    ("Until troops [stormed the building] on Tuesday, the siege had been calm.", "asserted"),
    ("Once the militia [seizes the airport], the fighting will stop.", "hypothetical"),
    # giving up a plan; denying a claim or a report
    ("The ministry scrapped a plan to [deport the migrants].", "negated"),
    ("The army dismissed reports that its jets had [bombed the hospital].", "negated"),
    ("The army dismissed the proposal to [bomb the bridge].", "hypothetical"),
    ("The militia rejected allegations that it had [abducted the journalists].", "negated"),
    # an inverted "were ... to" condition
    ("Were the army to [shell the city], thousands would flee.", "hypothetical"),
    # an unconfirmed report as the noun a that-clause describes
    ("There were unverified reports that soldiers had [looted the market].", "uncertain"),
    # a gerund as the object of "prevented from"
    ("Delegates were barred from [meeting the president].", "negated"),
    # a near miss on the verb; on a number it only counts
    ("The mob nearly [lynched the driver].", "negated"),
    ("Nearly fifty people were [killed] in the blast.", "asserted"),
    # a negated modal of possibility stays possible; "could not" says it did not happen
    ("The junta may not [release the prisoners] this year.", "hypothetical"),
    ("Soldiers might not have [fired the shots].", "uncertain"),
    ("Soldiers could not [capture the village].", "negated"),
    # verbs of considering; hearsay by a perfect infinitive without "be"
    ("The government is weighing [sanctions against the bank].", "hypothetical"),
    ("Officials pondered [sending troops] to the border.", "hypothetical"),
    ("The commander, said to have [ordered the raid on the village], fled to Kenya.", "uncertain"),
    # what is cancelled or aborted did not take place
    ("The [march against the new tax] was cancelled.", "negated"),
    ("Commandos aborted the [raid on the compound].", "negated"),
    ("The aborted [raid on the compound] cost millions.", "negated"),
    # a clause of occurrence outranks a modifier of plan, not one of doubt
    ("The postponed [summit between the two leaders] took place in May.", "asserted"),
    ("The [summit between the two leaders] will take place in May.", "future"),
    ("The suspected [attack on the convoy] occurred at dawn.", "uncertain"),
    # claims made conditional on their truth, or left unconfirmed
    ("The [bombing of the market], if confirmed, would be the deadliest this year.", "uncertain"),
    ("The militia, if the reports are true, [executed forty prisoners].", "uncertain"),
    ("There was no independent confirmation that the army had [shelled the camp].", "uncertain"),
    ("The ministry would not confirm reports that police had [detained the editor].", "uncertain"),
    ("The ministry confirmed reports that police had [detained the editor].", "asserted"),
    # a lemmatizer's slip ("slated" -> "slat") and occurrence verbs of going ahead
    ("[Peace talks] with the rebels are slated for next month.", "future"),
    ("The [march on parliament] is set to go ahead on Saturday.", "future"),
    # an event that goes on is under way, whatever its clause says of the future; one that resumes is not
    ("The [strike by dock workers] will continue until their demands are met.", "asserted"),
    ("The [clashes in the north] could persist for weeks, analysts said.", "asserted"),
    ("[Talks with the rebels] will resume on Monday.", "future"),
    # what is warned against; what a denied report says; no sign of it; a thwarted plan
    ("The envoy warned against an [assault on the rebel-held city].", "hypothetical"),
    ("The envoy condemned the [assault on the rebel-held city].", "asserted"),
    ("The ministry declined to confirm that police had [detained the editor].", "uncertain"),
    ("There was no sign that troops had [withdrawn from the town].", "uncertain"),
    ("Detectives foiled a plot to [kidnap the mayor].", "negated"),
    # what an effort, a bid or a push is for is striven for, not done
    ("The bishops backed a bid to [free the hostages].", "hypothetical"),
    ("The council endorsed a push to [end the blockade of the port].", "hypothetical"),
    # a report the sentence itself says could not be checked
    ("The militia said it [captured forty soldiers], a claim that could not be independently verified.",
     "uncertain"),
    ("The militia said it [captured forty soldiers], but the claim could not be confirmed.", "uncertain"),
    ("The militia said it [captured forty soldiers], a claim the ministry later confirmed.", "asserted"),
    # a negated determiner phrase as the party
    ("Not a single [shot was fired] at the border.", "negated"),
    ("Not one journalist was [detained].", "negated"),
    # a question word presupposes the act, whatever the clause above says
    ("The ministry did not say why police had [detained the editor].", "asserted"),
    ("It is not clear who [bombed the bridge].", "asserted"),
    ("The ministry did not say whether police had [detained the editor].", "uncertain"),
    # an event noun dated ahead has not happened, whatever the tense around it
    ("Before the [talks with the rebels] next month, the army withdrew from the town.", "future"),
    ("Tomorrow's [strike by dock workers] is expected to close the port.", "future"),
    ("Last week's [strike by dock workers] closed the port.", "asserted"),
    # what an effort or a bid aims at
    ("The envoy flew to Cairo in an effort to [broker a truce].", "hypothetical"),
    # a report the same sentence says is denied
    ("Witnesses say soldiers [looted the shops], which the army denies.", "uncertain"),
    ("Witnesses say soldiers [looted the shops], but the army disputes this.", "uncertain"),
    ("Witnesses say soldiers [looted the shops], and the army does not deny it.", "asserted"),
]

# Headlines (the first line of the text, given as the title too): news marks status there in its own shorthand.
HEADLINES = [
    ("Rebels to [attack] army convoy", "future"),
    ("Police to [arrest] opposition leader", "future"),
    ("Rebels [attack] army convoy", "asserted"),
    ("Rebels deny [attacking] army convoy", "negated"),
    ("Police fail to [arrest] opposition leader", "negated"),
    ("Police won't [arrest] opposition leader", "negated"),
    ("Rebels may have [attacked] convoy, officials say", "uncertain"),
    ("Rebels could [attack] convoy: analysts", "hypothetical"),
    ("Rebels reportedly [attack] army convoy", "uncertain"),
    ("Police said to have [arrested] opposition leader", "uncertain"),
    ("US mulls [sanctions] on central bank", "hypothetical"),
    ("Rebels vow to [attack] army convoy", "future"),
]


def _fill(template: str, f: Filler) -> tuple[str, list[tuple[int, int]]] | None:
    """The sentence and the character spans of its bracketed phrases, or None when the filler lacks a form."""
    if "{P}" in template and not f.passive:
        return None
    if "{N}" in template and not f.noun:
        return None
    obj = f" {f.obj}" if f.obj else ""
    text = (template.replace(" {O}", obj).replace("{S_rel}", f.subj.lower().removeprefix("the "))
            .replace("{S_low}", f.subj[0].lower() + f.subj[1:])
            .replace("{S}", f.subj).replace("{V}", f.base).replace("{Vd}", f.past).replace("{Vn}", f.part)
            .replace("{Vg}", f.ing).replace("{P}", f.passive.rstrip("*")).replace("{N}", f.noun)
            .replace("{was}", "were" if f.passive.endswith("*") else "was")
            .replace("{is}", "are" if f.passive.endswith("*") else "is"))
    return unbracket(text)




def _cases() -> list:
    cases = []
    for status, cells in TEMPLATES.items():
        for cell, templates in cells.items():
            for template in templates:
                for f in FILLERS:
                    filled = _fill(template, f)
                    if filled is None:
                        continue
                    text, spans = filled
                    cases.append(pytest.param(text, tuple(spans), status, id=f"{status}|{cell}|{f.kind}|{text}",
                                              marks=_known_failures.get(text, ())))
    return cases


# Cases the coder still gets wrong: sentence -> xfail mark with the reason. All are events it
# does not find at all (a trigger or emission gap), none a status it reads wrong.
_known_failures: dict[str, pytest.MarkDecorator] = {
    # the parser reads "the two foreign ministers meeting" as one noun phrase (determiner and compound on the
    # gerund), so the bare-gerund repair does not apply
    "The day ended without the two foreign ministers meeting in Geneva.": pytest.mark.xfail(
        strict=True, reason="the gerund 'meeting' with its own subject is read as a noun phrase: no event"),
}

CASES = _cases()


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def statuses_at(pipeline, text: str, spans: tuple[tuple[int, int], ...]) -> set[str]:
    """The statuses of the events whose main trigger lies inside one of the spans. An event whose trigger
    reaches out of them is another event about this one (the asserted threat in "rebels will attack the convoy",
    the rejection in "ruled out attacking"), not it."""
    analysis = pipeline.analyse(Article(text=text))
    return {e.status for e in analysis.events
            if any(start <= e.trigger.start and e.trigger.end <= end for start, end in spans)}


def _holds(found: set[str], expected: str) -> bool:
    if expected == "asserted":
        return found == {"asserted"}
    return expected in found and "asserted" not in found


def test_checklist_size_and_balance():
    by_status: dict[str, int] = {}
    for case in CASES:
        by_status[case.values[2]] = by_status.get(case.values[2], 0) + 1
    assert 300 <= len(CASES) <= 1400, len(CASES)
    assert min(by_status.values()) >= 40, by_status


@pytest.mark.parametrize("text,span,status", CASES)
def test_status_checklist(pipeline, text, span, status):
    found = statuses_at(pipeline, text, span)
    assert found, f"no event at {[text[a:b] for a, b in span]!r}"
    assert _holds(found, status), (status, found)


@pytest.mark.parametrize("text,statuses", PAIRS)
def test_two_events_one_sentence(pipeline, text, statuses):
    text, spans = unbracket(text)
    for span, status in zip(spans, statuses):
        found = statuses_at(pipeline, text, (span,))
        assert found and _holds(found, status), (text[span[0]:span[1]], status, found)


@pytest.mark.parametrize("text,status", FIXED_KINDS)
def test_fixed_kinds(pipeline, text, status):
    text, spans = unbracket(text)
    found = statuses_at(pipeline, text, tuple(spans))
    assert found and _holds(found, status), (text, status, found)


@pytest.mark.parametrize("headline,status", HEADLINES)
def test_headlines(pipeline, headline, status):
    title, spans = unbracket(headline)
    text = title + "\n\nOfficials gave no further details."
    analysis = pipeline.analyse(Article(text=text, title=title))
    (start, end), = spans
    found = {e.status for e in analysis.events if start <= e.trigger.start and e.trigger.end <= end}
    assert found and _holds(found, status), (title, status, found)
