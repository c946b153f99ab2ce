"""events stage: actor and recipient spans of invented wire-style sentences (every name invented,
countries are general knowledge)."""

from __future__ import annotations

import pytest

from ..stage_helpers import coded, named


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# "held 12 villagers hostage": the parser compounds the people on the predicate noun the trigger takes as its own
HOSTAGE_HOLDINGS = [
    ("Varnesian rebels held 12 villagers hostage in the forest.", "villagers"),
    ("Gunmen took several Canadian tourists hostage near the border.", "tourists"),
]


@pytest.mark.parametrize("text,held", HOSTAGE_HOLDINGS)
def test_people_held_hostage_are_the_recipients(pipeline, text, held):
    event, names = coded(pipeline, text, "ASSAULT")
    assert event.mode == "abduct"
    assert named(names, event.recipients, held), (event.recipients, names)
    assert not named(names, event.actors, held), (event.actors, names)


# "Moscow's invasion of Georgia": a capital owning an act that names its object with "of" is the doer (metonymy
# for its government), not the place the act hit ("the Boston bombing")
@pytest.mark.parametrize("text,doer", [
    ("Moscow's invasion of Georgia drew condemnation from NATO.", "Moscow"),
    ("Tehran's execution of a Varnesian engineer drew protests from London.", "Tehran"),
])
def test_capital_owning_an_act_on_someone_is_its_doer(pipeline, text, doer):
    event, names = coded(pipeline, text, "ACCUSE")
    assert named(names, event.recipients, doer), (event.recipients, names)
    assert not named(names, event.actors, doer), (event.actors, names)


def test_place_an_attack_is_named_after_is_no_doer(pipeline):
    event, names = coded(pipeline, "The Boston bombing killed three people.", "ASSAULT")
    assert not named(names, event.actors, "Boston"), (event.actors, names)


@pytest.fixture(scope="module")
def placed_pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "events")


# "fired missiles at Kyiv": "at" on a projectile (or a verb whose object is one) says where it was aimed, so the
# town hit is the recipient; "met at Goma" keeps "at" a scene
@pytest.mark.parametrize("text,hit", [
    ("Varnesian rebels fired rockets at Goma on Sunday.", "Goma"),
    ("Russia launched drones at Odesa.", "Odesa"),
])
def test_town_a_weapon_is_aimed_at_is_the_recipient(placed_pipeline, text, hit):
    event, names = coded(placed_pipeline, text, "ASSAULT")
    assert named(names, event.recipients, hit), (event.recipients, names)


def test_town_a_meeting_happens_at_is_no_party(placed_pipeline):
    event, names = coded(placed_pipeline, "Varnesian rebel leaders met government envoys at Goma.", "CONSULT")
    assert not named(names, event.recipients, "Goma"), (event.recipients, names)


def test_giver_hung_on_the_gift_received_is_the_actor(pipeline):
    # "received a shipment of vaccines from Japan": the parser hangs "from Japan" on the gift, not on the verb
    event, names = coded(pipeline, "Mongolia received a shipment of vaccines from Japan.", "AID")
    assert named(names, event.actors, "Japan"), (event.actors, names)
    assert named(names, event.recipients, "Mongolia"), (event.recipients, names)
