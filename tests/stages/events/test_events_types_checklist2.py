"""events stage: a second checklist of PLOVER types on plain one-sentence news items (issue #8, event type errors),
plus the type and status readings the issue names: a strike launched by states is an attack, a dismissal from
office is no event, what officials say a group "was behind" is that group's attack, an accord that "has held" or
is "unlikely to be signed" is not asserted, and a country hosting talks between others is their go-between.

Each checklist item is an invented sentence with the type (and, where the wording makes it clear, the mode) of the
news event the stage should rank first. All names, places and sentences are invented for this file."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event

from ..stage_helpers import events_of, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _parser(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


# (sentence, expected type, expected mode or None when the wording leaves the mode open)
CHECKLIST = [
    # AGREE
    ("The two rival parties agreed on Sunday to form a coalition government in Velmar.", "AGREE", None),
    ("The rebels promised to free all child soldiers by the end of the year.", "AGREE", None),
    ("Negotiators reached a deal on fishing rights after three days of talks.", "AGREE", None),
    # CONSULT
    ("The Orvanian foreign minister met his Tesland counterpart in Dravik on Monday.", "CONSULT", None),
    ("The Tesland president flew to Orvania on Tuesday for a two-day state visit.", "CONSULT", "visit"),
    ("The prime minister spoke by telephone with the Velmar president on Friday.", "CONSULT", "phone"),
    ("Kardia hosted talks between the government and the Selvan rebels on Wednesday.", "CONSULT", "third-party"),
    # a participle's own noun is what it acts on
    ("The talks, hosted by Kardia, ended without a deal.", "CONSULT", "third-party"),
    ("The Kardian envoy mediated between the two clans in the disputed valley.", "CONSULT", "third-party"),
    # SUPPORT
    ("The Velmar government praised the election commission for a fair vote.", "SUPPORT", None),
    ("Orvania voiced strong support for the peace plan on Monday.", "SUPPORT", None),
    ("The opposition leader endorsed the governor's bid for a second term.", "SUPPORT", None),
    # signing a formal treaty is CAMEO 057, which PLOVER codes as SUPPORT
    ("Orvania and Tesland signed a border treaty in the capital on Thursday.", "SUPPORT", None),
    # CONCEDE
    ("The government lifted the curfew in the northern province on Monday.", "CONCEDE", None),
    ("The government bowed to the protesters' demands and scrapped the fuel tax.", "CONCEDE", None),
    # COOPERATE
    ("Orvania and Tesland held joint naval exercises off the coast on Monday.", "COOPERATE", None),
    # an apology and restored relations are diplomatic support (CAMEO 055, 054)
    ("The ruling party apologised on Tuesday for the mistreatment of detainees.", "SUPPORT", None),
    ("Velmar restored diplomatic relations with Kardia after a decade.", "SUPPORT", None),
    ("The two police forces agreed to share intelligence on smuggling gangs.", "AGREE", None),
    # AID
    ("Tesland sent 200 tonnes of food aid to the flood victims in Orvania on Tuesday.", "AID", None),
    ("The World Bank granted Velmar a loan of 300 million dollars.", "AID", None),
    ("Kardia delivered rifles and ammunition to the government army last month.", "AID", None),
    ("Relief agencies provided shelter and medicine to thousands of displaced families.", "AID", None),
    # RETREAT
    ("Tesland troops withdrew from the border town of Orvik on Sunday.", "RETREAT", None),
    ("The warring factions declared a ceasefire in the capital on Monday.", "RETREAT", "ceasefire"),
    ("Rebel fighters laid down their arms in Dravik on Sunday.", "RETREAT", "disarm"),
    # freeing captives is a release (CAMEO 0841); a minister's resignation yields office (the lexicon's CAMEO 080)
    ("The junta released forty political prisoners on Saturday.", "RETREAT", "release"),
    ("The defence minister resigned on Friday after the scandal over arms contracts.", "RETREAT", None),
    ("The army pulled back from the ridge after a week of fighting.", "RETREAT", None),
    # REQUEST
    ("The Velmar president called on Kardia to release the detained fishermen.", "REQUEST", None),
    ("Flood-hit Orvania appealed for international aid on Tuesday.", "REQUEST", None),
    ("The opposition demanded the resignation of the interior minister.", "REQUEST", None),
    ("The mayor asked the army to help evacuate the flooded district.", "REQUEST", None),
    # ACCUSE
    ("The government accused the rebels of shelling a school in Orvik.", "ACCUSE", None),
    ("Velmar condemned the bombing of its embassy in the Kardian capital.", "ACCUSE", None),
    # a criminal charge is legal action against a person (CAMEO 173), not a verbal accusation
    ("Prosecutors charged the former governor with embezzlement on Monday.", "COERCE", "arrest"),
    ("Police launched an investigation into the death of the journalist.", "ACCUSE", "investigate"),
    # REJECT
    ("The rebels rejected the government's peace proposal on Thursday.", "REJECT", None),
    ("Kardia refused to extradite the former general to Velmar.", "REJECT", None),
    ("The president vetoed the bill passed by parliament last week.", "REJECT", None),
    ("The militia denied any involvement in the killing of the aid workers.", "REJECT", None),
    # THREATEN
    ("The Kestrel Front threatened to attack government offices if the vote went ahead.", "THREATEN", None),
    ("Tesland warned Orvania of sanctions over the disputed dam.", "THREATEN", None),
    ("The union threatened a nationwide strike over the pension reform.", "THREATEN", None),
    # PROTEST
    ("Thousands of students marched through Velden on Saturday to protest tuition fees.", "PROTEST", "demo"),
    ("Dock workers went on strike on Monday over unpaid wages.", "PROTEST", "strike"),
    ("Nurses walked out of the city hospital over staffing levels.", "PROTEST", "strike"),
    ("Nurses at the city hospital walked out over staffing levels.", "PROTEST", "strike"),
    ("Hundreds of detainees went on hunger strike at the Dravik prison.", "PROTEST", "hunger"),
    ("Farmers blocked the main highway with tractors in protest at fuel prices.", "PROTEST", None),
    ("Rioters torched cars and looted shops in the capital after the verdict.", "PROTEST", "riot"),
    # SANCTION
    ("Velmar expelled two Kardian diplomats on Wednesday.", "SANCTION", "expel"),
    ("Orvania recalled its ambassador from Tesland in protest at the border incursion.", "SANCTION", None),
    ("Tesland broke off diplomatic relations with Orvania on Friday.", "SANCTION", None),
    # MOBILIZE
    ("Orvania deployed thousands of troops to its border with Tesland.", "MOBILIZE", "troops"),
    ("The government put the army on high alert after the border clash.", "MOBILIZE", None),
    ("Riot police were deployed across the capital ahead of the verdict.", "MOBILIZE", "police"),
    # COERCE
    ("Police arrested twelve opposition activists in Velden on Tuesday.", "COERCE", "arrest"),
    ("The authorities imposed a curfew on the town of Orvik after the clashes.", "COERCE", "curfew"),
    ("Soldiers seized control of the state broadcaster on Monday.", "COERCE", "seize"),
    ("The government banned all public gatherings in the capital.", "COERCE", None),
    # ASSAULT
    ("The US and Britain launched strikes against rebel targets on Friday.", "ASSAULT", None),
    ("Orvania carried out air strikes on militant hideouts in the mountains.", "ASSAULT", "aerial"),
    ("Gunmen opened fire on a bus near Dravik, killing six passengers.", "ASSAULT", "firearms"),
    ("A car bomb exploded outside a police station in Orvik, killing four officers.", "ASSAULT", "explosives"),
    ("Militants abducted three engineers from a construction site on Sunday.", "ASSAULT", "abduct"),
    ("Rebels shelled the outskirts of the capital overnight.", "ASSAULT", "heavy-weapons"),
    ("Officials said the Kestrel militia was behind Monday's attack on the convoy.", "ASSAULT", None),
    ("A suicide bomber blew himself up at a checkpoint in Velden.", "ASSAULT", "suicide-attack"),
]


@pytest.mark.parametrize("text,etype,mode", CHECKLIST)
def test_news_item_type(pipeline, text, etype, mode):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top is not None, show(events)
    assert top.type == etype, show(events)
    if mode is not None:
        assert top.mode == mode, show(events)


# ----------------------------------------------------------------------------------------- readings of issue #8

@pytest.mark.parametrize("text", [
    "Tesland and Kardia launched strikes against insurgent targets in the north on Friday.",
    "Orvania launched strikes on Tuesday.",
])
def test_strikes_launched_by_states_are_attacks(pipeline, text):
    events = events_of(pipeline, text)
    assert any(e.type == "ASSAULT" for e in events), show(events)
    assert not any(e.type == "PROTEST" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Bus drivers launched a strike over pay on Monday.",
    "Teachers staged a strike against the pension reform.",
])
def test_strikes_by_workers_stay_labour_action(pipeline, text):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top is not None and (top.type, top.mode) == ("PROTEST", "strike"), show(events)


@pytest.mark.parametrize("text", [
    "The finance minister was sacked by the prime minister on Monday.",
    "The president sacked his chief of staff on Tuesday.",
    "The governor fired the police chief after the riots.",
])
def test_dismissal_from_office_is_no_consultation(pipeline, text):
    events = events_of(pipeline, text)
    assert not any(e.type == "CONSULT" for e in events), show(events)


def test_sacking_a_town_is_plunder(pipeline):
    events = events_of(pipeline, "Raiders sacked the town of Orvik and burned its granaries.")
    assert any(e.type == "ASSAULT" and "sacked" in e.trigger.text for e in events), show(events)


@pytest.mark.parametrize("text,status", [
    ("Officials said the Kestrel militia was behind Sunday's attack.", "asserted"),
    ("Officials believe the Kestrel militia was behind Sunday's attack.", "uncertain"),
])
def test_group_said_to_be_behind_an_attack_is_its_doer(pipeline, text, status):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    attacks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].trigger.text == "attack", show(analysis.events)
    assert attacks[0].status == status, show(analysis.events)
    assert any("Kestrel" in names.get(i, "") for i in attacks[0].actors), (show(analysis.events), names)
    assert not any(e.trigger.text in ("believe", "said") for e in analysis.events), show(analysis.events)


def test_a_date_that_owns_an_attack_is_no_doer(pipeline):
    analysis = pipeline.analyse(Article(
        text="The Kestrel militia was behind Tuesday's attack on the convoy."))
    names = {a.id: a.name for a in analysis.actors or []}
    attack = next(e for e in analysis.events if e.type == "ASSAULT")
    assert [names.get(i, "") for i in attack.actors] and all("Kestrel" in names.get(i, "") for i in attack.actors)


@pytest.mark.parametrize("text,etype", [
    ("The truce has held.", "RETREAT"),
    ("The ceasefire between the two clans has largely held since March.", "RETREAT"),
    ("The agreement is unlikely to be signed.", "AGREE"),
])
def test_standing_or_unlikely_accords_are_not_asserted(pipeline, text, etype):
    events = events_of(pipeline, text)
    assert not any(e.type == etype and e.status == "asserted" for e in events), show(events)


def test_a_protest_that_lasted_took_place(pipeline):
    events = events_of(pipeline, "The protest lasted three hours.")
    assert any(e.type == "PROTEST" and e.status == "asserted" for e in events), show(events)


def test_host_of_talks_between_others_is_their_go_between(pipeline):
    analysis = pipeline.analyse(Article(
        text="Kardia hosted talks between the rival factions on Monday."))
    names = {a.id: a.name for a in analysis.actors or []}
    consult = [e for e in analysis.events if e.type == "CONSULT"]
    assert consult and consult[0].mode == "third-party", show(analysis.events)
    assert any("Kardia" in names.get(i, "") for i in consult[0].actors), (show(analysis.events), names)


def test_host_of_a_guest_for_talks_receives_a_visit(pipeline):
    # the talks named by a "for" phrase after a guest as object are the guest's visit, no go-between's work
    events = events_of(pipeline, "The Velmar president hosted the Kardian premier in the capital for talks on Monday.")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and consult[0].mode == "visit", show(events)


@pytest.mark.parametrize("text,etype", [
    ("Bus drivers walked out on Monday in a dispute over pay.", "PROTEST"),
    ("The opposition delegation walked out of the talks on Monday.", "REJECT"),
    ("Opposition members walked out during the president's speech.", "REJECT"),
])
def test_a_workforce_walking_out_is_on_strike(pipeline, text, etype):
    events = events_of(pipeline, text)
    walkouts = [e for e in events if "walked" in e.trigger.text]
    assert walkouts and walkouts[0].type == etype, show(events)
