"""events stage: aid deliveries, deployments, vetoes and weapons shows (hand-built sentences).

- an act the text turned down would have done ("vetoed a resolution condemning X", "blocked a bill that would
  sanction Y") is no event of its own: the rejecter only rejects; a blocked statement or draft is a REJECT, and
  what the text is about ("a resolution on X") is no party to it, where its drafter is;
- a medical or relief team, or firefighters, sent to a country bring aid (no inquiry); an aircraft carrier group
  sent somewhere is a deployment;
- where aid money comes from ("from its emergency fund") is no recipient; a sum released in a currency is aid;
- missiles fired into the open sea at no party show weapons (MOBILIZE), whoever fires them;
- a vow to go on attacking ("vowed to keep fighting") threatens, as "vowed to retaliate" does.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def coded(pipeline, text):
    analysis = pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in analysis.actors or []}
    return [(e.type, e.mode, [names[i] for i in e.actors], [names[i] for i in e.recipients])
            for e in analysis.events]


@pytest.mark.parametrize("text, vetoer, spared", [
    ("Belarus vetoed a draft resolution condemning Armenia on Tuesday.", "Belarus", "Armenia"),
    ("Venezuela vetoed a resolution that would have sanctioned Nicaragua.", "Venezuela", "Nicaragua"),
    ("China blocked a Security Council statement criticising Myanmar.", "China", "Myanmar"),
])
def test_a_vetoed_text_is_rejected_and_its_own_act_is_no_event(pipeline, text, vetoer, spared):
    events = coded(pipeline, text)
    assert any(t == "REJECT" and any(vetoer in a for a in actors) for t, _, actors, _ in events), events
    assert not any(t in ("ACCUSE", "COERCE", "SANCTION") for t, _, _, _ in events), events
    assert not any(spared in r for _, _, _, recips in events for r in recips), events


def test_an_adopted_resolution_still_condemns(pipeline):
    events = coded(pipeline, "The assembly adopted a resolution condemning Armenia.")
    assert any(t == "ACCUSE" for t, _, _, _ in events), events


@pytest.mark.parametrize("text, giver, stricken", [
    ("Ottawa sends firefighters to Peru", "Canada", "Peru"),
    ("Finland, Iceland and Estonia sent medical teams to Morocco after the earthquake.", "Finland", "Morocco"),
    ("Spain sent a medical team to Tunisia.", "Spain", "Tunisia"),
    ("Switzerland sent a team of doctors to Ukraine.", "Switzerland", "Ukraine"),
    ("Italy sent a field hospital to Libya.", "Italy", "Libya"),
])
def test_teams_sent_to_help_bring_aid(pipeline, text, giver, stricken):
    events = coded(pipeline, text)
    assert any(t == "AID" and any(giver in a for a in actors) and any(stricken in r for r in recips)
               for t, _, actors, recips in events), events
    assert not any(t == "ACCUSE" for t, _, _, _ in events), events


def test_an_investigating_team_is_still_an_inquiry(pipeline):
    events = coded(pipeline, "The ministry sent a team of investigators to the mine.")
    assert any((t, m) == ("ACCUSE", "investigate") for t, m, _, _ in events), events


def test_a_carrier_group_sent_is_a_deployment(pipeline):
    events = coded(pipeline, "Washington sent an aircraft carrier group to the region on Monday.")
    assert any(t == "MOBILIZE" and any("United States" in a for a in actors) for t, _, actors, _ in events), events


@pytest.mark.parametrize("text, recipient", [
    ("The United Nations released $4 million from its emergency fund to help flood victims in Malawi.", None),
    ("The European Union released 2 million euros from its reserve for Chad.", "Chad"),
])
def test_aid_money_has_no_fund_as_recipient(pipeline, text, recipient):
    events = coded(pipeline, text)
    aid = [e for e in events if e[0] == "AID"]
    assert aid and not any(t == "RETREAT" for t, _, _, _ in events), events
    assert not any("fund" in r or "reserve" in r for _, _, _, recips in aid for r in recips), events
    if recipient:
        assert any(recipient in r for _, _, _, recips in aid for r in recips), events


@pytest.mark.parametrize("text", [
    "Hezbollah fired missiles into the sea on Sunday.",
    "Houthi rebels fired a missile into the Red Sea.",
    "Coast guards said militants fired three rockets into the sea.",
])
def test_missiles_fired_into_the_open_sea_show_weapons(pipeline, text):
    events = coded(pipeline, text)
    assert any((t, m) == ("MOBILIZE", "weapons") for t, m, _, _ in events), events
    assert not any(t == "ASSAULT" for t, _, _, _ in events), events


def test_rockets_aimed_at_a_town_are_still_an_attack(pipeline):
    events = coded(pipeline, "Militants fired two rockets into the sea off Ashdod on Sunday.")
    assert any(t == "ASSAULT" for t, _, _, _ in events), events


@pytest.mark.parametrize("text, vetoer, topic", [
    ("Hungary blocked a joint statement on Ukraine.", "Hungary", "Ukraine"),
    ("China vetoed a draft resolution on Myanmar.", "China", "Myanmar"),
])
def test_what_a_vetoed_text_is_about_is_no_recipient(pipeline, text, vetoer, topic):
    events = coded(pipeline, text)
    assert any(t == "REJECT" and any(vetoer in a for a in actors) for t, _, actors, _ in events), events
    assert not any(topic in r for _, _, _, recips in events for r in recips), events


def test_the_drafter_of_a_vetoed_text_stays_its_recipient(pipeline):
    events = coded(pipeline, "Malta vetoed a resolution on Libya drafted by Italy.")
    assert any(t == "REJECT" and any("Italy" in r for r in recips) for t, _, _, recips in events), events


@pytest.mark.parametrize("text, threatener", [
    ("The rebels vowed to keep fighting.", "rebels"),
    ("The militia swore to continue attacking the convoys.", "militia"),
])
def test_a_vow_to_go_on_attacking_is_a_threat(pipeline, text, threatener):
    events = coded(pipeline, text)
    assert any((t, m) == ("THREATEN", "violence") and any(threatener in a for a in actors)
               for t, m, actors, _ in events), events


def test_doctors_sent_are_no_recipients(pipeline):
    events = coded(pipeline, "Cuba sends doctors to Italy to fight virus")
    aid = [e for e in events if e[0] == "AID"]
    assert aid and all(not any("doctors" in r for r in recips) for _, _, _, recips in aid), events
    assert any(any("Italy" in r for r in recips) for _, _, _, recips in aid), events
