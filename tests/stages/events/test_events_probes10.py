"""events stage: leftovers of the ninth probing round, checked with invented wire-news sentences.

- a relief shipment counted by weight or load ("delivered 200 tonnes of flour") gives aid when what is counted is a
  staple food or medication;
- a measure aimed at an economic quantity ("the tax targeted revenue", "the levy targets profits") attacks no one;
- building an outpost is as often a settlement's as an army's: no troop mobilisation;
- revoking a treaty or ties ends a relation (SANCTION, as terminating one does), it restricts no one;
- an act named as the object of any verb that says what it is with an "as" phrase ("painted the strike as an
  attempt to ...", "portrayed the raid as an effort to ...") was done: it is reported, as under "described", and
  the verb itself (which the lexicon lacks) is no event for the classifier's fallback to type;
- a region of a state (the places stage's region or first-level division) named as the party an act befalls ("Iraq's
  Anbar has witnessed fierce clashes") is no state actor of its own: it stands for its people, in its state;
- a bare gerund after a preposition with a "by" phrase and no object ("withdrew after shelling by the army",
  "fled after bombing by government jets", tagged a verb or a noun) is the act's noun: the "by" phrase names its
  doer, and the clause's subject did not do it;
- a finite verb the parser joined to a clause with no "and", comma, subject or conjunction of its own ("apologised
  after shelling of the market killed 12 people", "apologised after a strike on the depot killed ...") is another
  clause's act: its victims are no fallback recipients of the main act;
- two sides named together as the subject of an agreement or a meeting with no one else it bears on ("A and B
  agreed to a truce") are each other's recipients, as with "each other" (cues.yaml `mutual_types`).
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


@pytest.mark.parametrize("text", [
    "The food agency delivered 300 tonnes of flour to the refugee camp.",
    "Charities shipped grain and rice to the flooded province.",
    "The ministry delivered two truckloads of medication to the clinic.",
])
def test_staple_food_or_medication_shipment_is_aid(pipeline, text):
    events, names = events_and_names(pipeline, text)
    assert any(e.type == "AID" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The new customs move targeted revenue from fuel imports.",
    "The windfall levy targets the profits of mining firms.",
    "The reform targeted wages in the public sector.",
])
def test_measure_aimed_at_an_economic_quantity_is_no_attack(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not any(e.type == "ASSAULT" for e in events), show(events)


def test_targeting_a_party_is_still_an_attack(pipeline):
    events, _ = events_and_names(pipeline, "Gunmen targeted a police patrol near the market.")
    assert any(e.type == "ASSAULT" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Settlers built a new outpost on the ridge overnight.",
    "The ministry will build an outpost near the northern lake.",
])
def test_building_an_outpost_is_no_troop_mobilisation(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not any(e.type == "MOBILIZE" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Ruritania revoked a defence pact with Freedonia.",
    "The government revoked its security treaty with its northern neighbour.",
])
def test_revoking_a_treaty_is_a_sanction_not_a_restriction(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert any(e.type == "SANCTION" and e.trigger.text.startswith("revoked") for e in events), show(events)
    assert not any(e.type == "COERCE" for e in events), show(events)


@pytest.mark.parametrize("text,etype,trigger", [
    ("Pro-government outlets painted the stoppage as an attempt to wreck the harvest.", "PROTEST", "stoppage"),
    ("The ministry portrayed the raid as an effort to rescue the kidnapped engineers.", "ASSAULT", "raid"),
    ("The governor cast the protests as the work of outside agitators.", "PROTEST", "protests"),
])
def test_act_characterised_with_as_is_reported(pipeline, text, etype, trigger):
    events, _ = events_and_names(pipeline, text)
    assert any(e.type == etype and e.trigger.text == trigger and e.status == "asserted" for e in events), show(events)
    assert not any(e.trigger.text in ("painted", "portrayed", "cast") for e in events), show(events)


def test_act_planned_with_as_stays_ahead(pipeline):
    events, _ = events_and_names(pipeline, "The insurgents planned the ambush as a diversion.")
    assert not any(e.type == "ASSAULT" and e.status == "asserted" for e in events), show(events)


@pytest.mark.parametrize("text,iso", [
    ("Iraq's Anbar has witnessed fierce clashes since the weekend.", "IRQ"),
    ("Sudan's Darfur has seen heavy fighting in recent days.", "SDN"),
])
def test_region_that_undergoes_an_act_stands_for_its_people(placed, text, iso):
    analysis = placed.analyse(Article(text=text))
    actors = {a.id: a for a in analysis.actors or []}
    hits = [e for e in analysis.events if e.type == "ASSAULT" and e.recipients]
    assert hits, show(analysis.events)
    party = actors[hits[0].recipients[0]]
    assert party.kind == "population" and party.country == iso, party


@pytest.mark.parametrize("text,doer,subject", [
    ("Insurgents pulled back after shelling by the navy.", "navy", "insurgents"),
    ("Farmers fled after bombing by government jets.", "jets", "farmers"),
])
def test_bare_gerund_with_by_phrase_is_done_by_that_party(pipeline, text, doer, subject):
    events, names = events_and_names(pipeline, text)
    hits = [e for e in events if e.type == "ASSAULT"]
    assert hits, show(events)
    assert any(doer in n for n in lowered_names(names, hits[0].actors)), (show(events), names)
    assert not any(subject in n for n in lowered_names(names, hits[0].actors)), (show(events), names)
    assert not any(doer in n for n in lowered_names(names, hits[0].recipients)), (show(events), names)


@pytest.mark.parametrize("text", [
    "The ministry apologised after shelling of the bazaar killed nine traders.",
    "The ministry apologised after a strike on the bazaar killed nine traders.",
])
def test_victims_of_a_misjoined_clause_are_no_recipients_of_the_main_act(pipeline, text):
    events, names = events_and_names(pipeline, text)
    hits = [e for e in events if e.trigger.text == "apologised"]
    assert hits, show(events)
    assert not any("traders" in n for n in lowered_names(names, hits[0].recipients)), (show(events), names)


def test_apology_to_a_named_party_keeps_it(pipeline):
    events, names = events_and_names(pipeline, "The ministry apologised to the traders after the raid.")
    hits = [e for e in events if e.trigger.text == "apologised"]
    assert hits and any("traders" in n for n in lowered_names(names, hits[0].recipients)), (show(events), names)


@pytest.mark.parametrize("text,etype", [
    ("Ruritania and Freedonia agreed to a truce on Sunday.", "AGREE"),
    ("The Velmora Front and the Kestonian army held talks in the capital.", "CONSULT"),
])
def test_joint_subject_of_a_mutual_act_are_each_others_recipients(pipeline, text, etype):
    events, names = events_and_names(pipeline, text)
    hits = [e for e in events if e.type == etype]
    assert hits, show(events)
    assert len(hits[0].actors) >= 2 and set(hits[0].recipients) == set(hits[0].actors), (show(events), names)


def test_single_side_of_a_mutual_act_keeps_its_partner(pipeline):
    events, names = events_and_names(pipeline, "Ruritania agreed to a truce with Freedonia.")
    hits = [e for e in events if e.type == "AGREE"]
    assert hits, show(events)
    assert not set(hits[0].recipients) & set(hits[0].actors), (show(events), names)
