"""events stage: lead probes (session 14), invented wire-news sentences.

- a go-between brokering an accord ("trying to broker a ceasefire", "brokered a truce") mediates (CONSULT
  third-party): it is no party to the accord, and an attempt to broker one is no accord;
- a reported clause the parser reads as a noun with a participle ("Israeli air strikes killed 12 people, the
  ministry said" with "strikes" hung on "said" as a second subject): the participle with an object of its own is
  the active verb, and the noun's owner did it (not a reduced passive whose noun undergoes it);
- a capitalised adjective opening a sentence that the tagger took for a name ("Fierce clashes ...") is no party;
- a gerund opening a sentence names its doer with "by" ("Shelling by X damaged ..."), also when the parser hangs it
  on an opening adjective ("Heavy shelling by X killed ...", with "Heavy" as the subject): X did it, for the gerund
  and for the verb;
- the party a protest opposes ("chanting slogans against France") and a helper ("with the help of X") are no places
  where the event happened;
- a warning whose that-clause tells the past ("warned that X had not withdrawn its troops", "that rebels were
  regrouping") reports, it threatens nothing;
- "its"/"their" on troops or goods the doer moves ("had not withdrawn its troops") is the doer's own: no other party
  of the sentence (the speaker) becomes a recipient;
- a relative clause inside a reported one ("firms that it says have helped X"), hung by the parser on an earlier
  noun ("sanctions on firms that ..."), describes the party right before its pronoun;
- a capital named as a party of anything but an attack ("sending weapons to Moscow", "sanctions on Minsk") is its
  state, as a capital that acts is; a capital attacked stays its people;
- a measure aimed at people ("the sanctions target six officials", "They target ..." after "new measures") is no
  attack;
- rescue teams sent to a disaster are aid, not an inquiry's team;
- a body named by an event noun ("the opposition alliance won", "the governing coalition approved") that acts is no
  event of allying;
- "at dawn" / "overnight" date an event to the report's day only until the story has named another day.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import event_place_at, events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "Ruritanian air strikes killed at least 14 people in the border area on Monday, the health ministry said.",
    "Ruritanian drone strikes destroyed two bridges near the river overnight, local officials said.",
])
def test_reported_clause_read_as_noun_keeps_its_active_verb(pipeline, text):
    events, names = events_and_names(pipeline, text)
    attacks = [e for e in events if e.type == "ASSAULT" and e.trigger.text in ("killed", "destroyed")]
    assert attacks, show(events)
    assert "ruritanian" not in " ".join(lowered_names(names, attacks[0].recipients)), show(events)
    assert "ruritan" in " ".join(lowered_names(names, attacks[0].actors)), show(events)


@pytest.mark.parametrize("text", [
    "Norway and Egypt have been trying to broker a ceasefire between the army and the rebels.",
    "Oman brokered a truce between the two factions last month.",
])
def test_a_go_between_brokering_an_accord_mediates(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    brokered = [e for e in events if e.trigger.text.startswith("broker")]
    assert brokered and all(e.type == "CONSULT" for e in brokered), show(events)
    assert not any(e.type == "AGREE" and e.status == "asserted" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Fierce clashes between police and farmers left three dead.",
    "Deadly riots broke out in the port after the vote.",
])
def test_a_capitalised_adjective_opening_a_sentence_is_no_party(pipeline, text):
    events, names = events_and_names(pipeline, text)
    assert events, show(events)
    opening = text.split()[0].lower()
    assert all(opening not in lowered_names(names, e.actors + e.recipients) for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Shelling by rebel forces damaged the clinic.",
    "Heavy shelling by rebel forces killed four villagers.",
    "Intense shelling by rebel forces destroyed the clinic.",
])
def test_an_opening_gerunds_by_phrase_is_its_doer(pipeline, text):
    events, names = events_and_names(pipeline, text)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks, show(events)
    for e in attacks:
        assert lowered_names(names, e.actors) == ["rebel forces"], show(events)
        assert "rebel forces" not in lowered_names(names, e.recipients), show(events)


@pytest.fixture(scope="module")
def placed(pipeline_factory):
    return pipeline_factory("actors", "places")


@pytest.mark.parametrize("text, word", [
    ("Embassy rally\n\nBAMAKO, Mali (AP) — Hundreds rallied outside the embassy on Friday, chanting slogans against "
     "France.", "rallied"),
    ("Campus march\n\nACCRA, Ghana (AP) — Students marched to the embassy to protest against Nigeria.", "marched"),
    ("Truce signed\n\nNAIROBI, Kenya (AP) — The truce was signed on Monday with the help of Ethiopia.", "signed"),
])
def test_the_party_opposed_or_helping_is_no_event_place(placed, text, word):
    analysis = placed.analyse(Article(text=text))
    pid, _ = event_place_at(analysis, text, word)
    names = {p.id: p.name for p in analysis.places}
    assert pid is not None and names[pid] in ("Bamako", "Accra", "Nairobi"), (pid, names)


@pytest.mark.parametrize("text", [
    "The foreign minister warned that the neighbouring state had not withdrawn its troops.",
    "The governor warned that the militias were regrouping near the border.",
    "The agency warned that cholera was spreading in the camps.",
])
def test_a_warning_that_reports_the_past_is_no_threat(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not any(e.type == "THREATEN" for e in events), show(events)


def test_a_warning_of_what_will_come_stays_a_threat(pipeline):
    events, _ = events_and_names(pipeline, "The army warned that it would strike the rebel camps.")
    assert any(e.type == "THREATEN" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The minister warned that Ruritania had not withdrawn its troops.",
    "The envoy said Ruritania had sent its troops to the border.",
])
def test_a_possessive_on_the_doers_own_troops_adds_no_recipient(pipeline, text):
    events, names = events_and_names(pipeline, text)
    moved = [e for e in events if e.type in ("RETREAT", "MOBILIZE")]
    assert moved, show(events)
    speaker = text.split()[1]
    assert all(speaker not in lowered_names(names, e.recipients) for e in moved), show(events)


def test_the_party_right_before_a_relative_pronoun_is_the_one_described(pipeline):
    events, names = events_and_names(
        pipeline, "Ruritania is weighing sanctions on foreign firms that it says have helped the rebels.")
    helped = [e for e in events if e.trigger.text == "helped"]
    assert helped and lowered_names(names, helped[0].actors) == ["foreign firms"], show(events)


@pytest.fixture(scope="module")
def everything(pipeline_factory):
    return pipeline_factory("actors", "places", "events")


@pytest.mark.parametrize("text, capital, state", [
    ("Iran has denied sending weapons to Moscow.", "Moscow", "RUS"),
    ("The bloc imposed new sanctions on Minsk.", "Minsk", "BLR"),
])
def test_a_capital_a_party_deals_with_is_its_state(everything, text, capital, state):
    analysis = everything.analyse(Article(text=text))
    actor = next(a for a in analysis.actors if any(m.text == capital for m in a.mentions))
    assert actor.kind in ("government", "country") and actor.country == state, actor
    assert any(actor.id in e.recipients for e in analysis.events), show(analysis.events)


def test_a_capital_attacked_stands_for_its_people(everything):
    analysis = everything.analyse(Article(text="Missiles struck Kyiv overnight, killing three people."))
    actor = next(a for a in analysis.actors if any(m.text == "Kyiv" for m in a.mentions))
    assert actor.kind == "population", actor


@pytest.mark.parametrize("text", [
    "The new sanctions target six officials of the ruling party.",
    "The bloc adopted new measures on Monday. They target, among others, the head of the national guard.",
])
def test_a_measure_aimed_at_people_is_no_attack(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not any(e.type == "ASSAULT" for e in events), show(events)


def test_an_armed_group_targeting_people_still_attacks(pipeline):
    events, _ = events_and_names(pipeline, "Gunmen targeted six officials of the ruling party.")
    assert any(e.type == "ASSAULT" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Ruritania offered to send rescue teams to the flooded valley.",
    "The neighbouring state sent rescue teams after the earthquake.",
])
def test_rescue_teams_sent_are_aid(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    sent = [e for e in events if e.trigger.text.startswith("sen")]
    assert sent and all(e.type == "AID" for e in sent), show(events)


@pytest.mark.parametrize("text", [
    "Ruritania's main opposition alliance won the parliamentary election.",
    "The governing coalition approved the budget on Monday.",
])
def test_a_body_named_by_an_event_noun_acting_is_no_event(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not any(e.type == "COOPERATE" for e in events), show(events)


def test_forming_an_alliance_stays_an_event(pipeline):
    events, _ = events_and_names(pipeline, "The two parties formed an alliance before the vote.")
    assert any(e.type == "COOPERATE" for e in events), show(events)


@pytest.fixture(scope="module")
def dated(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def test_dawn_in_a_story_told_on_another_day_is_not_the_reports_day(dated):
    text = ("Post attacked\n\nOUAGADOUGOU, Burkina Faso (AP) — Gunmen attacked an army post in the north on Sunday, "
            "killing 12 soldiers, officials said on Monday.\n\nThe assault began at dawn and lasted several hours.")
    analysis = dated.analyse(Article(text=text, published="2026-11-27"))
    assert not any(e.date == "2026-11-27" for e in analysis.events), show(analysis.events)


def test_overnight_in_a_lead_is_still_the_reports_day(dated):
    text = "Village raided\n\nGOMA, Congo (AP) — Militias killed 12 villagers overnight, the army said."
    analysis = dated.analyse(Article(text=text, published="2026-11-27"))
    killed = [e for e in analysis.events if e.trigger.text == "killed"]
    assert killed and killed[0].date == "2026-11-27", show(analysis.events)
