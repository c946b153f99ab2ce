"""events stage: probes (session 15), invented wire-news sentences.

- "A freed X on Saturday and B released Y": the parser hangs B on the date phrase of the first clause; B is the
  subject of the second clause (it does the releasing), and says where neither release happened;
- a headline naming the doers or the target shorter than the report does ("Mob torches mosque" over "A rampaging
  mob set fire to a mosque"), or with the same word the actors stage typed apart, tells the same event;
- a truce or peace bid is a go-between's attempt to broker an accord, coded as brokering is (CONSULT, third-party
  when a mediator makes it); the bid made is told as done (as "is trying to broker a truce" is), not as the truce;
  the sides named by the bid's "between" phrase are whom the go-between acts on, not its fellow actors;
- a headline's bare plural before a past form of attack with no object ("Peacekeepers attacked in X") is who was
  attacked (headlines tell attackers' acts in the present);
- a headline telling the act with its own verb ("Teachers strike over pay") and the report telling it with a light
  verb ("went on strike", "staged a protest") tell one act when the act's word is the same;
- a patrol that is attacked ("ambushed a patrol of peacekeepers") is the unit hit, no deployment of its own;
- state bodies that block a convoy or a road ("the authorities blocked an aid convoy") restrict (COERCE), as
  security forces do; they do not protest;
- a headline's act joins the report's act told with the same doer before an earlier act of the story that names no
  doer ("Court sentences X" with "a court sentenced X on Tuesday", not with "X was arrested in March");
- a headline the parser left without its object ("Bandits free 20 abducted worshippers") tells the report's act of
  the same doers told with the same verb;
- the parties of an event told as an act's background ("closed after clashes between rival militias") are no
  recipients of the act;
- a headline's reduced passive keeps its reading when the parser takes a span of time for an object ("Ceasefire
  violated hours after taking effect"): the accord is what was violated, not a party that violated something;
- sides that trade or exchange accusations, threats or fire ("A and B traded accusations") are each other's
  recipients.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.fixture(scope="module")
def placed(pipeline_factory):
    return pipeline_factory("actors", "places", "events")


@pytest.fixture(scope="module")
def timed(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


_SECOND_SUBJECT_ON_DATE = [
    ("The militia freed six hostages on Sunday and Peru released 30 prisoners.", "peru"),
    ("Rebels released two pilots on Friday and Chile freed 15 detainees.", "chile"),
    ("The gunmen freed a priest on Tuesday and Kenya released nine suspects.", "kenya"),
]


@pytest.mark.parametrize("text, state", _SECOND_SUBJECT_ON_DATE)
def test_second_clause_subject_hung_on_a_date_does_the_second_act(pipeline, text, state):
    events, names = events_and_names(pipeline, text)
    second = [e for e in events if e.trigger.start > text.index(" and ")]
    assert second, show(events)
    assert any(state in n for n in lowered_names(names, second[0].actors)), show(events)


@pytest.mark.parametrize("text, state", _SECOND_SUBJECT_ON_DATE)
def test_second_clause_subject_is_no_place_of_the_first(placed, text, state):
    analysis = placed.analyse(Article(text=text))
    first = [e for e in analysis.events if e.trigger.start < text.index(" and ")]
    assert first, show(analysis.events)
    place = next((p for p in analysis.places if p.id == first[0].place), None)
    assert first[0].place_rule not in ("clause", "sentence"), (place, first[0].place_rule)


@pytest.mark.parametrize("text", [
    "Mob torches mosque in Kaduna\n\nA rampaging mob set fire to a mosque in Kaduna on Saturday, residents said.",
    "Mob torches church in Jos\n\nAn angry mob set ablaze a church in Jos on Sunday, residents said.",
    "Rioters burn bank in Lahore\n\nRioters set fire to a bank branch in Lahore on Tuesday after a court ruling, "
    "witnesses said.",
])
def test_headline_naming_the_parties_shorter_tells_the_same_event(placed, text):
    analysis = placed.analyse(Article(text=text))
    riots = [e for e in analysis.events if e.type == "PROTEST"]
    assert len(riots) == 1, show(analysis.events)


@pytest.mark.parametrize("text", [
    "Ruritanian mediators made a fresh truce bid on Monday.",
    "Freedonian mediators launched a new peace bid on Friday.",
])
def test_a_mediators_truce_bid_is_mediation(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    bids = [e for e in events if "bid" in e.trigger.text]
    assert bids and bids[0].type == "CONSULT" and bids[0].mode == "third-party", show(events)
    assert bids[0].status == "asserted", show(events)
    assert not any(e.type in ("RETREAT", "AGREE") and e.status == "asserted" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Ghana launched a fresh peace bid between the rival clans on Monday.",
    "Norway made a new truce bid between the army and the rebels on Tuesday.",
])
def test_the_sides_of_a_go_betweens_bid_are_its_recipients(pipeline, text):
    events, names = events_and_names(pipeline, text)
    bids = [e for e in events if "bid" in e.trigger.text]
    assert bids, show(events)
    actors = lowered_names(names, bids[0].actors)
    assert actors and not any(w in " ".join(actors) for w in ("clans", "army", "rebels")), show(events)
    assert any(w in " ".join(lowered_names(names, bids[0].recipients)) for w in ("clans", "rebels")), show(events)


@pytest.mark.parametrize("text", [
    "Peacekeepers attacked in northern province\n\nThe mission gave no details.",
    "Aid workers ambushed near border town\n\nThe agency gave no details.",
    "Nurses assaulted at city hospital\n\nThe union gave no details.",
])
def test_headline_bare_plural_before_past_attack_is_attacked(pipeline, text):
    events, names = events_and_names(pipeline, text)
    first = [e for e in events if e.type == "ASSAULT" and e.trigger.start < text.index("\n")]
    assert first, show(events)
    subject = text.split()[0].lower()
    assert not any(subject in n for n in lowered_names(names, first[0].actors)), show(events)
    assert any(subject in n for n in lowered_names(names, first[0].recipients)), show(events)


@pytest.mark.parametrize("text, etype", [
    ("Ruritania and Freedonia traded accusations on Sunday.", "ACCUSE"),
    ("Police and protesters traded blame for the violence.", "ACCUSE"),
    ("The two rival militias and the army exchanged threats after the vote.", "THREATEN"),
    ("Government troops and rebels traded fire on Monday.", "ASSAULT"),
])
def test_sides_trading_an_act_are_each_others_recipients(pipeline, text, etype):
    events, _ = events_and_names(pipeline, text)
    found = [e for e in events if e.type == etype]
    assert found and len(found[0].actors) >= 2, show(events)
    assert set(found[0].recipients) == set(found[0].actors), show(events)


@pytest.mark.parametrize("text", [
    "Teachers strike over unpaid wages\n\nTeachers in Bulawayo went on strike on Monday over months of unpaid "
    "wages, their union said.",
    "Farmers protest in Lahore\n\nFarmers in Lahore staged a protest on Friday against low wheat prices.",
    "Miners strike in Potosi\n\nMiners in Potosi went on strike on Wednesday, a union leader said.",
])
def test_headline_verb_and_light_verb_report_tell_one_act(placed, text):
    analysis = placed.analyse(Article(text=text))
    protests = [e for e in analysis.events if e.type == "PROTEST"]
    assert len(protests) == 1, show(analysis.events)


@pytest.mark.parametrize("text", [
    "Militiamen ambushed a patrol of Ruritanian peacekeepers near the river on Saturday.",
    "Gunmen attacked a patrol of border guards at dawn.",
])
def test_an_attacked_patrol_is_no_deployment(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert any(e.type == "ASSAULT" for e in events), show(events)
    assert not any(e.type == "MOBILIZE" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Ruritanian authorities blocked a convoy of 30 aid trucks at the crossing on Wednesday.",
    "The authorities blocked a fuel convoy bound for the northern region.",
])
def test_state_bodies_blocking_a_convoy_restrict(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    blocked = [e for e in events if e.trigger.text.startswith("blocked")]
    assert blocked and blocked[0].type == "COERCE" and blocked[0].mode == "restrict", show(events)


@pytest.mark.parametrize("text", [
    "Court sentences opposition leader to five years\n\nA court in Minsk sentenced opposition leader Ivan Petrov to "
    "five years in prison on Tuesday for organising mass protests, his lawyer said. Petrov was arrested in March.",
    "Court sentences union leader to four years\n\nA court in Minsk sentenced union leader Oleg Marin to four years "
    "in prison on Friday for organising strikes, his wife said. Marin was arrested in May.",
])
def test_headline_joins_the_act_with_the_same_doer(timed, text):
    analysis = timed.analyse(Article(text=text, published="2024-01-01"))
    headline_end = text.index("\n")
    first = [e for e in analysis.events if e.trigger.start < headline_end]
    assert first, show(analysis.events)
    assert not any(s.text in ("arrested", "detained") for s in first[0].triggers), show(analysis.events)


@pytest.mark.parametrize("text", [
    "Bandits free 20 abducted worshippers\n\nBandits on Monday freed 20 worshippers abducted from a church in "
    "Kaduna state last week, a church official said.",
    "UN convoy delivers aid to besieged city\n\nA UN convoy delivered food and medical supplies to the besieged "
    "city of Sumy on Tuesday, the agency said.",
])
def test_headline_without_its_object_tells_the_reports_act(placed, text):
    analysis = placed.analyse(Article(text=text))
    headline_end = text.index("\n")
    told_in_headline = [e for e in analysis.events if any(s.start < headline_end for s in e.triggers)]
    assert len(told_in_headline) == 1, show(analysis.events)
    assert any(s.start > headline_end for s in told_in_headline[0].triggers), show(analysis.events)


@pytest.mark.parametrize("text", [
    "The border was closed last month after clashes between rival militias.",
    "The crossing was shut last week following clashes between rival clans.",
])
def test_parties_of_a_background_event_are_no_recipients(pipeline, text):
    events, names = events_and_names(pipeline, text)
    closed = [e for e in events if e.type == "COERCE"]
    assert closed, show(events)
    got = " ".join(lowered_names(names, closed[0].recipients))
    assert "militias" not in got and "clans" not in got, show(events)


@pytest.mark.parametrize("text", [
    "Ceasefire violated hours after taking effect\n\nThe monitors gave no details.",
    "Truce violated days after coming into force\n\nThe monitors gave no details.",
])
def test_headline_passive_with_a_time_span_read_as_object(pipeline, text):
    events, names = events_and_names(pipeline, text)
    violated = [e for e in events if e.trigger.text == "violated"]
    assert violated and violated[0].type == "ASSAULT", show(events)
    assert not any(n in ("ceasefire", "truce") for n in lowered_names(names, violated[0].actors)), show(events)
