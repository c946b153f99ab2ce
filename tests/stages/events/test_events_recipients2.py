"""events stage: recipients of attacks told with their toll or only their place, and of accusations followed by
the accused's denial (hand-built cases)."""

from __future__ import annotations

import pytest

from ..stage_helpers import coded


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# "..., a charge X denies": the denial is a relative clause on "a charge"; the accusation is still asserted. The
# parser fuses "a charge" with the name ("a charge Kigali") or takes the name for the noun's apposition.
DENIED_CHARGES = [
    ("Uganda accused Rwanda of backing rebels in eastern Congo, a charge Kigali denies.", "Rwanda"),
    ("Ethiopian Prime Minister Meles Zenawi on Monday accused Eritrea of arming rebels in the south, a charge "
     "Asmara denied.", "Eritrea"),
]


@pytest.mark.parametrize("text,party", DENIED_CHARGES)
def test_accusation_followed_by_a_denied_charge_stays_asserted(pipeline, text, party):
    event, names = coded(pipeline, text, "ACCUSE")
    assert event.status == "asserted", event
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


# ", killing/wounding N people": those the attack killed or wounded are among its recipients.
TOLLS = [
    ("Insurgents ambushed a patrol in Helmand, killing two British soldiers.", "soldiers"),
    ("A car bomb went off near a market in Mosul, wounding eleven shoppers.", "shoppers"),
    ("A suicide bomber blew himself up at a checkpoint in the capital, killing 15 people.", "people"),
]


@pytest.mark.parametrize("text,party", TOLLS)
def test_people_killed_or_wounded_by_an_attack_are_its_recipients(pipeline, text, party):
    event, names = coded(pipeline, text, "ASSAULT")
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


# An attack that names no target struck the place it happened in.
STRUCK_PLACES = [
    ("Shells landed in Kiev overnight, officials said.", "Kiev"),
    ("Two bombs exploded in Lahore on Monday.", "Lahore"),
]


@pytest.mark.parametrize("text,party", STRUCK_PLACES)
def test_place_of_an_attack_without_target_is_its_recipient(pipeline, text, party):
    event, names = coded(pipeline, text, "ASSAULT")
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


# A person's title before the name stands for the object a verb's lexicon frame asks for ("received the foreign
# minister" and "received Foreign Minister X" are the same visit).
TITLED_GUESTS = [
    ("The Kenyan president received Tanzanian Foreign Minister Amos Mwakilema at State House.", "Mwakilema",
     "Kenyan president"),
    ("King Faisal received U.S. envoy Daniel Oberholt on Monday.", "Oberholt", "Faisal"),
]


@pytest.mark.parametrize("text,guest,host", TITLED_GUESTS)
def test_titled_guest_received_is_a_visit(pipeline, text, guest, host):
    event, names = coded(pipeline, text, "CONSULT")
    assert any(guest in names[a] for a in event.actors), (event.actors, names)
    assert any(host in names[r] for r in event.recipients), (event.recipients, names)


# A party gives in to, or pulls back from, the one whose act its "after" clause tells.
YIELDED_TO = [
    ("Copper miners ended their strike after the government met their demands.", "CONCEDE", "government"),
    ("The militia lifted the siege of the port after the army agreed to a truce.", "RETREAT", "army"),
    ("Students withdrew from the campus after police fired tear gas.", "RETREAT", "police"),
]


@pytest.mark.parametrize("text,etype,party", YIELDED_TO)
def test_party_of_the_cause_clause_is_the_one_yielded_to(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


def test_relative_in_the_cause_clause_is_no_party(pipeline):
    event, names = coded(pipeline, "The minister resigned after his wife fell ill.", "RETREAT")
    assert not any("wife" in names[r] for r in event.recipients), (event.recipients, names)
