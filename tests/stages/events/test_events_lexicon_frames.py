"""events stage: coding defects on plain sentences about agreements, handovers, permissions and refusals.

- a withheld permission ("will not allow X to ...") is one refusal, not a refusal plus a negated concession;
- a lexicon line that names the object word itself is a narrower frame than one reaching it through a broad
  @group: handing over weapons is a disarming (RETREAT), not a delivery of aid;
- an accord that is the subject of "be" + adjective + passive infinitive ("is unlikely to be signed", "is likely to
  be signed") is the event, with the status the adjective gives, and the light verb adds no SUPPORT of its own;
- a meeting the writer puts on the calendar ("X will host a summit") is a future CONSULT, no commitment (AGREE);
- an accord that "has held" describes how things stand: no event.

Then a checklist of invented sentences. All names, places and sentences are invented for this file."""

from __future__ import annotations

import pytest

from ..stage_helpers import events_of, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def test_withheld_permission_is_one_refusal(pipeline):
    events = events_of(pipeline, "The garrison will not allow the bridge to be blown up.")
    assert any(e.type == "REJECT" and e.status == "asserted" for e in events), show(events)
    assert not any(e.type == "CONCEDE" for e in events), show(events)


def test_reported_withheld_permission_is_one_refusal(pipeline):
    events = events_of(pipeline, "The harbour master said he would not permit the ferry to sail.")
    assert [e.type for e in events if e.status == "asserted"] == ["REJECT"], show(events)
    assert not any(e.type == "CONCEDE" for e in events), show(events)


def test_handing_over_weapons_is_disarming_not_aid(pipeline):
    events = events_of(pipeline, "Militiamen handed over their weapons to the observers in Orlan.")
    assert events and events[0].type == "RETREAT" and events[0].mode == "disarm", show(events)
    assert not any(e.type == "AID" for e in events), show(events)


def test_handing_over_relief_stays_aid(pipeline):
    events = events_of(pipeline, "The volunteers handed over blankets to the flood victims.")
    assert events and events[0].type == "AID", show(events)


@pytest.mark.parametrize("text,status", [
    ("The pact is unlikely to be signed.", "hypothetical"),
    ("The deal is likely to be signed on Friday.", "future"),
])
def test_accord_to_be_signed_is_the_event(pipeline, text, status):
    events = events_of(pipeline, text)
    assert [(e.type, e.status) for e in events] == [("AGREE", status)], show(events)


def test_hosting_a_summit_in_the_writers_voice_is_no_commitment(pipeline):
    events = events_of(pipeline, "Velmar will host a summit on river pollution.")
    assert not any(e.type == "AGREE" for e in events), show(events)
    assert any(e.type == "CONSULT" and e.status == "future" for e in events), show(events)


def test_reported_offer_to_host_stays_a_commitment(pipeline):
    events = events_of(pipeline, "The Velmar premier said his country would host the summit.")
    assert any(e.type == "AGREE" and e.status == "asserted" for e in events), show(events)


def test_accord_that_has_held_is_no_event(pipeline):
    events = events_of(pipeline, "The truce between the two clans has held since the spring.")
    assert not events, show(events)


def _known(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


# (sentence, type of an event the stage must find, its status); None: no asserted event at all
CHECKLIST = [
    ("The two provinces signed a water-sharing agreement on Tuesday.", "AGREE", "asserted"),
    ("The truce is expected to be signed in the capital next month.", "AGREE", "future"),
    ("The accord is unlikely to be ratified before the election.", None, None),
    ("A peace deal is likely to be signed by the end of the week.", "AGREE", "future"),
    ("The rival parties reached a deal on the budget late on Monday.", "AGREE", "asserted"),
    ("The ceasefire in the northern valley has held for six weeks.", None, None),
    ("The trade pact between the neighbours has lasted for a decade.", None, None),
    ("Fighters of the Red Hill militia handed over their rifles to the monitors.", "RETREAT", "asserted"),
    ("Hundreds of former guerrillas turned over their weapons at a collection point.", "RETREAT", "asserted"),
    ("The insurgents handed over ammunition and explosives to army engineers.", "RETREAT", "asserted"),
    ("The charity handed over food parcels to families in the camp.", "AID", "asserted"),
    ("The governor handed over control of the port to the coast guard.", "RETREAT", "asserted"),
    ("Kidnappers handed over the two engineers to tribal elders.", "RETREAT", "asserted"),
    ("The ministry will not allow the opposition march to go ahead.", "REJECT", "asserted"),
    ("The mayor said she would not allow the square to be cleared.", "REJECT", "asserted"),
    ("The junta refused to allow aid workers into the flooded district.", "REJECT", "asserted"),
    ("The border guards allowed the refugees to cross into the town.", "CONCEDE", "asserted"),
    ("The court permitted the families to visit the detainees.", "CONCEDE", "asserted"),
    ("The council rejected the proposal to close the harbour.", "REJECT", "asserted"),
    ("The rebels refused to hand over their weapons.", "REJECT", "asserted"),
    ("The government agreed to free fifty prisoners.", "AGREE", "asserted"),
    ("Norway will host talks between the two factions next month.", "CONSULT", "future"),
    ("The foreign ministers will meet in Vienna on Thursday.", "CONSULT", "future"),
    ("The president promised to host a summit on water security.", "AGREE", "asserted"),
    ("The prime minister said his country would host the peace conference.", "AGREE", "asserted"),
    ("Donors pledged to send medical supplies to the stricken region.", "AGREE", "asserted"),
    ("The army withdrew from the hilltop village on Sunday.", "RETREAT", "asserted"),
    ("The rebels laid down their arms after a week of talks.", "RETREAT", "asserted"),
    ("The two leaders agreed to resume talks in the spring.", "AGREE", "asserted"),
    ("The union accepted the government's offer and called off the strike.", "CONCEDE", "asserted"),
]

# sentences whose checklist type must not also be read asserted under another frame
NOT_ASSERTED = {
    "Norway will host talks between the two factions next month.": "AGREE",
    "The foreign ministers will meet in Vienna on Thursday.": "AGREE",
    "Fighters of the Red Hill militia handed over their rifles to the monitors.": "AID",
    "The insurgents handed over ammunition and explosives to army engineers.": "AID",
    "The ministry will not allow the opposition march to go ahead.": "CONCEDE",
    "A peace deal is likely to be signed by the end of the week.": "SUPPORT",
}


@pytest.mark.parametrize("text,etype,status", CHECKLIST)
def test_agreements_handovers_permissions_checklist(pipeline, text, etype, status):
    events = events_of(pipeline, text)
    if etype is None:
        assert not any(e.status == "asserted" for e in events), show(events)
    else:
        assert any(e.type == etype and e.status == status for e in events), show(events)
    unwanted = NOT_ASSERTED.get(text)
    if unwanted:
        assert not any(e.type == unwanted and e.status == "asserted" for e in events), show(events)
