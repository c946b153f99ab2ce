"""events stage, lead probes of session 19 (invented sentences): a sequel is told of a happened event of its own
kind, not of a plan told just before; "rebel" before a noun is no uprising; a place noun hit near a named town
keeps the place noun as the recipient."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(full_pipeline):
    return full_pipeline


def _events(pipeline, text: str, published: str = "2026-11-20"):
    return pipeline.analyse(Article(text=text, published=published)).events or []


@pytest.mark.parametrize("text", [
    "Negotiators had hoped to announce a prisoner swap by Friday. Officials in Dervan said nine people were killed "
    "in the shelling.",
    "The two sides plan to sign a truce on Saturday. Medics said four villagers died in the bombardment.",
])
def test_a_sequel_takes_no_date_from_a_plan_told_before(pipeline, text):
    deaths = [e for e in _events(pipeline, text) if e.type == "ASSAULT" and e.status == "asserted"]
    assert deaths
    assert all(e.date is None for e in deaths)


def test_a_sequel_still_takes_the_date_of_the_attack_it_names(pipeline):
    text = "Militiamen shelled a market in Dervan on Tuesday. Nine people were killed in the shelling."
    deaths = [e for e in _events(pipeline, text) if e.trigger.text == "killed"]
    assert deaths and deaths[0].date == "2026-11-17"


@pytest.mark.parametrize("text", [
    "State radio said the army had only responded to rebel fire.",
    "The ministry said soldiers were answering to rebel attacks on their posts.",
])
def test_rebel_before_a_noun_is_no_uprising(pipeline, text):
    assert not any(e.type == "PROTEST" for e in _events(pipeline, text))


def test_rebelling_is_still_a_protest(pipeline):
    text = "Conscripts at the northern garrison rebelled on Sunday."
    assert any(e.type == "PROTEST" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, hit", [
    ("The rebels accused the army of shelling three villages near the town of Dervan overnight.", "three villages"),
    ("Insurgents attacked two checkpoints outside the city of Kolmar on Monday.", "two checkpoints"),
])
def test_a_place_hit_near_a_named_town_is_the_recipient(pipeline, text, hit):
    record = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors or []}
    assaults = [e for e in record.events or [] if e.type == "ASSAULT"]
    assert assaults
    assert any(hit in names[r] for e in assaults for r in e.recipients)
    assert not any(names[r] in ("Dervan", "Kolmar") for e in assaults for r in e.recipients)


@pytest.mark.parametrize("text, trigger", [
    ("The cabinet plans to sign a truce if the militia frees the hostages.", "sign"),
    ("The junta is ready to withdraw its troops if the rebels lay down their arms.", "withdraw"),
    ("Varenia is willing to release the prisoners unless the talks collapse.", "release"),
    ("The minister called the boycott a stunt and said the cabinet remained ready to sign a truce if the militia "
     "freed the hostages it seized last month.", "sign"),
])
def test_an_intended_act_under_a_condition_is_hypothetical(pipeline, text, trigger):
    acts = [e for e in _events(pipeline, text) if e.trigger.text.startswith(trigger)]
    assert acts and all(e.status == "hypothetical" for e in acts)


def test_an_intended_act_without_a_condition_stays_future(pipeline):
    acts = [e for e in _events(pipeline, "The junta plans to withdraw its troops from the valley next month.")
            if e.trigger.text == "withdraw"]
    assert acts and acts[0].status == "future"


@pytest.mark.parametrize("text", [
    "The cabinet withdrew the fuel tax hike after two days of riots.",
    "Strikers said they would return to work once the decree was withdrawn.",
])
def test_a_withdrawn_measure_is_a_concession(pipeline, text):
    types = {e.type for e in _events(pipeline, text) if e.trigger.text.startswith("withdr")}
    assert types == {"CONCEDE"}


def test_withdrawn_troops_still_retreat(pipeline):
    types = {e.type for e in _events(pipeline, "The army withdrew its troops from the border town.")}
    assert "RETREAT" in types


@pytest.mark.parametrize("text", [
    "Police said 12 people were detained in Lecce and the southern city of Bari. Farmers blocked the main road to "
    "the port with tractors on Monday.",
    "Police said 12 people were detained in Lecce and the southern city of Bari. Farmers blocked the road from the "
    "town with tractors on Monday.",
])
def test_a_port_or_town_a_road_leads_to_is_no_anaphor(pipeline, text):
    record = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {p.id: p.name for p in record.places or []}
    later = [e for e in record.events or [] if e.sentence.start > 60]
    assert later
    assert all(names.get(e.place) != "Bari" for e in later)


def test_the_town_acted_in_still_refers_back(pipeline):
    record = pipeline.analyse(Article(text="Rebels shelled Kharkiv on Monday. They also shelled the town on Tuesday.",
                                      published="2026-11-20"))
    names = {p.id: p.name for p in record.places or []}
    assert [names.get(e.place) for e in record.events or []] == ["Kharkiv", "Kharkiv"]


@pytest.mark.parametrize("text", [
    "Kestavia denied the accusation.",
    "Orvania accused Kestavia of sending gunmen across the border. Kestavia rejected the allegations as lies.",
    "The allegations were dismissed by the interior ministry.",
])
def test_an_accusation_denied_is_no_new_accusation(pipeline, text):
    events = _events(pipeline, text)
    assert any(e.type == "REJECT" for e in events)
    assert not any(e.type == "ACCUSE" and e.status != "asserted" for e in events)
    assert sum(e.type == "ACCUSE" for e in events) == text.count("accused")


def test_a_modal_act_hung_on_a_condition_is_the_main_clause_subjects(pipeline):
    text = ("Marek Vell said Orvania would shut three more crossings if the pressure continued and would ask the "
            "European Union for help.")
    record = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors or []}
    asks = [e for e in record.events or [] if e.trigger.text == "ask"]
    assert asks and [names[a] for a in asks[0].actors] and "Orvania" in names[asks[0].actors[0]]
    shut = [e for e in record.events or [] if e.trigger.text.startswith("shut")]
    assert shut and not any("European Union" in names[r] for e in shut for r in e.recipients)


@pytest.mark.parametrize("text", [
    "A Dutch spokesman said The Hague supported further sanctions against Kestavia.",
    "Orvania supports tougher sanctions against Kestavia.",
])
def test_further_measures_backed_are_not_taken(pipeline, text):
    sanctions = [e for e in _events(pipeline, text) if e.trigger.text == "sanctions"]
    assert sanctions and all(e.status == "hypothetical" for e in sanctions)


def test_sanctions_imposed_stay_asserted(pipeline):
    text = "Orvania imposed new sanctions on Kestavia's oil exports on Monday."
    assert any(e.type in ("SANCTION", "COERCE") and e.status == "asserted" for e in _events(pipeline, text))


def test_a_schedule_told_by_outside_observers_commits_no_one(pipeline):
    text = ("Union foreign ministers will discuss fresh sanctions against Kestavia at a meeting in Vienna on Monday, "
            "diplomats said on Friday.")
    events = _events(pipeline, text)
    assert any(e.type == "CONSULT" and e.status == "future" for e in events)
    assert not any(e.type == "AGREE" for e in events)


def test_a_commitment_told_by_its_maker_still_counts(pipeline):
    events = _events(pipeline, "Orvania will close two more crossings, its prime minister said.")
    assert any(e.status == "asserted" and e.type in ("THREATEN", "AGREE") for e in events)


def test_a_relative_clause_misread_by_the_tagger_does_not_place_the_event(pipeline):
    text = "Estonia and Latvia, which also border Belarus, declared states of emergency on Monday."
    record = pipeline.analyse(Article(text=text, published="2026-11-20"))
    declared = [e for e in record.events or [] if e.trigger.text.startswith("declared")]
    assert declared and declared[0].place_rule not in ("clause", "sentence")


def test_migrants_pushed_back_are_expelled(pipeline):
    events = _events(pipeline, "Coastguards pushed back migrants towards Kestavian waters, the charity said.")
    assert any(e.type == "COERCE" and e.mode == "deport" for e in events)


def test_rebels_pushed_back_lose_ground(pipeline):
    events = _events(pipeline, "Troops pushed back the rebels from the town of Dervan.")
    assert any(e.type == "COERCE" and e.mode == "seize" for e in events)


def test_a_past_act_joined_to_a_reported_future_is_not_dated_by_it(pipeline):
    text = ("Ilse Marrow said on state radio that the strikes would resume on Monday and urged workers to block the "
            "roads to the port.")
    urged = [e for e in _events(pipeline, text) if e.trigger.text == "urged"]
    assert urged and urged[0].date != "2026-11-23"
    resumed = [e for e in _events(pipeline, text) if e.trigger.text == "strikes"]
    assert not resumed or resumed[0].date == "2026-11-23"


def test_whom_an_act_is_done_on_behalf_of_is_no_recipient(pipeline):
    text = ("Police arrested three men suspected of planning arson attacks on trams in Brno on behalf of a foreign "
            "intelligence service.")
    record = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors or []}
    attacks = [e for e in record.events or [] if e.trigger.text.endswith("attacks")]
    assert attacks and not any("intelligence" in names[r] for r in attacks[0].recipients)


@pytest.mark.parametrize("text, party", [
    ("Riot police clashed with cattle ranchers in Trinidad on Monday.", "ranchers"),
    ("Soldiers clashed with peasants near the town of Dervan on Monday.", "peasants"),
])
def test_people_named_by_a_rural_trade_are_a_party(pipeline, text, party):
    record = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors or []}
    clashes = [e for e in record.events or [] if e.trigger.text == "clashed"]
    assert clashes and any(party in names[r] for r in clashes[0].recipients)


def test_a_day_on_an_act_asked_for_does_not_date_a_verb_joined_to_the_asking(pipeline):
    text = ("The opposition Unity Front called for a general strike on Wednesday and said it would hold a march to "
            "parliament unless the decree was withdrawn.")
    assert not any(e.date == "2026-11-18" for e in _events(pipeline, text) if e.trigger.text != "strike")


def test_a_day_on_the_subject_act_still_dates_both_verbs(pipeline):
    dates = [e.date for e in _events(pipeline, "The ambush on Monday killed five soldiers and wounded 12 others.")]
    assert dates and all(d == "2026-11-16" for d in dates)


def test_stopping_short_of_an_act_is_not_doing_it(pipeline):
    events = _events(pipeline, "The premier stopped short of calling for sanctions against Kestavia.")
    calls = [e for e in events if e.trigger.text == "calling"]
    assert calls and calls[0].status == "negated"


@pytest.mark.parametrize("text, trigger", [
    ("Border guards were ordered not to open fire on the migrants.", "open fire"),
    ("The commander instructed his troops not to shell the villages.", "shell"),
])
def test_an_act_ordered_not_to_be_done_is_open(pipeline, text, trigger):
    acts = [e for e in _events(pipeline, text) if e.trigger.text.startswith(trigger)]
    assert acts and acts[0].status == "hypothetical"


def test_a_promise_not_to_attack_is_no_threat(pipeline):
    events = _events(pipeline, "The militia promised not to attack the aid convoy.")
    assert not any(e.type == "THREATEN" for e in events)
    assert any(e.type == "THREATEN" for e in _events(pipeline, "The militia promised to attack the aid convoy."))


@pytest.mark.parametrize("text, launcher", [
    ("Moldova shot down 17 drones launched by Kestavia overnight.", "Kestavia"),
    ("Air defence units shot down three missiles fired by the Houthis on Tuesday.", "Houthis"),
])
def test_weapons_brought_down_name_their_launcher_as_recipient(pipeline, text, launcher):
    record = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in record.actors or []}
    downs = [e for e in record.events or [] if e.trigger.text.startswith("shot")]
    assert downs and [names[r] for r in downs[0].recipients] and all(
        launcher in names[r] for r in downs[0].recipients)


def test_in_protest_on_another_act_makes_no_demonstration(pipeline):
    types = [e.type for e in _events(pipeline, "Kestavia recalled its ambassador from Orvania in protest.")]
    assert "SANCTION" in types and "PROTEST" not in types
    assert "PROTEST" in [e.type for e in _events(pipeline, "Traders shut their shops in protest at the new tax.")]


@pytest.mark.parametrize("text", [
    "Norway said it would provide an additional $40 million in humanitarian assistance.",
    "Japan will give 25 million dollars in aid to the flood victims.",
])
def test_an_amount_given_as_aid_is_aid(pipeline, text):
    assert any(e.type == "AID" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, trigger", [
    ("The charity had enough grain in Kenya to feed 80,000 people for a month.", "feed"),
    ("The militia is strong enough to seize the provincial capital.", "seize"),
    ("The army has enough troops to retake the port.", "retake"),
])
def test_having_enough_for_an_act_is_no_act(pipeline, text, trigger):
    acts = [e for e in _events(pipeline, text) if e.trigger.text.startswith(trigger)]
    assert acts and all(e.status == "hypothetical" for e in acts)
