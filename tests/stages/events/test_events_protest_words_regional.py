"""events stage (invented sentences): regional protest wordings -- "struck work", a dharna "staged", police who
"lathi-charged" a crowd, a toyi-toyi, a cacerolazo, a chakka jam -- code as the protest or the crowd control
they tell."""

from __future__ import annotations

import pytest

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def top_type_and_mode(pipeline, text: str) -> tuple[str | None, str | None]:
    """Type and mode of the most confident asserted event of `text` (None, None when there is none)."""
    events = [e for e in stage_helpers.events_of(pipeline, text) if e.status == "asserted"]
    if not events:
        return None, None
    top = max(events, key=lambda e: e.confidence)
    return top.type, top.mode


@pytest.mark.parametrize("text, expected", [
    # stopping work is a strike, not a blow ("struck" alone is an attack)
    ("Bus drivers struck work across the province over unpaid salaries.", ("PROTEST", "strike")),
    ("Advocates struck work on Monday after a colleague was beaten.", ("PROTEST", "strike")),
    # a dharna (sit-in) staged or held is a demonstration, not the demand it makes
    ("Tenant farmers staged a dharna outside the revenue office demanding relief.", ("PROTEST", "demo")),
    ("Nurses held a dharna at the hospital gate.", ("PROTEST", "demo")),
    # the cane charge of South Asian police is crowd control like a baton charge
    ("Police lathi-charged the villagers who had gathered at the dam site.", ("ASSAULT", "crowd-control")),
])
def test_south_asian_protest_wordings_code_as_protest_or_crowd_control(events_pipeline, text, expected):
    assert top_type_and_mode(events_pipeline, text) == expected, \
        stage_helpers.show(stage_helpers.events_of(events_pipeline, text))


@pytest.mark.parametrize("text, wrong_type", [
    # an armed group that struck a post attacked it: no labour strike
    ("Insurgents struck an army post near the border, killing four soldiers.", "PROTEST"),
])
def test_an_armed_strike_is_no_labour_strike(events_pipeline, text, wrong_type):
    assert top_type_and_mode(events_pipeline, text)[0] != wrong_type, \
        stage_helpers.show(stage_helpers.events_of(events_pipeline, text))


@pytest.mark.parametrize("text, expected", [
    # turning to a protest is staging it; the mode is the protest's own
    ("Tea estate workers resorted to a strike over the closure of the crèche.", ("PROTEST", "strike")),
    ("The villagers resorted to a road blockade to press for a bridge.", ("PROTEST", "obstruct")),
    # a protest fast is a hunger strike
    ("Retired railwaymen went on a fast on Monday outside the divisional office.", ("PROTEST", "hunger")),
    ("The activist sat on a fast at the town square.", ("PROTEST", "hunger")),
    # a chakka jam is a road blockade
    ("Truck owners held a chakka jam on the bypass road.", ("PROTEST", "obstruct")),
])
def test_turning_to_a_protest_fasts_and_road_blockades_code_as_protest(events_pipeline, text, expected):
    assert top_type_and_mode(events_pipeline, text) == expected, \
        stage_helpers.show(stage_helpers.events_of(events_pipeline, text))


@pytest.mark.parametrize("text", [
    "The company resorted to layoffs to cut costs.",
    "Commuters were stuck in a traffic jam for two hours.",
])
def test_other_resorts_and_jams_are_no_protest(events_pipeline, text):
    assert top_type_and_mode(events_pipeline, text)[0] != "PROTEST", \
        stage_helpers.show(stage_helpers.events_of(events_pipeline, text))


@pytest.mark.parametrize("text, expected", [
    # the Southern African protest dance-march and the Latin American pot-banging protest are demonstrations
    ("Shack dwellers toyi-toyied outside the council chambers.", ("PROTEST", "demo")),
    ("Pensioners held a cacerolazo in front of the ministry.", ("PROTEST", "demo")),
    # setting out on a protest is staging it
    ("Bus conductors embarked on a strike over late salaries.", ("PROTEST", "strike")),
    ("Library staff embarked on a sit-in over job cuts.", ("PROTEST", "demo")),
])
def test_regional_protest_words_and_embarking_on_a_protest_code_as_protest(events_pipeline, text, expected):
    assert top_type_and_mode(events_pipeline, text) == expected, \
        stage_helpers.show(stage_helpers.events_of(events_pipeline, text))


def test_embarking_on_a_programme_is_no_protest(events_pipeline):
    text = "The ministry embarked on a building programme for rural clinics."
    assert top_type_and_mode(events_pipeline, text)[0] != "PROTEST", \
        stage_helpers.show(stage_helpers.events_of(events_pipeline, text))


def test_repressing_a_protest_is_crowd_control(events_pipeline):
    # repressing a rally is controlling a crowd, as suppressing it is (repressing dissent in general is not)
    events = stage_helpers.events_of(events_pipeline, "Riot police repressed the rally in the old town.")
    assert any(e.type == "ASSAULT" and e.mode == "crowd-control" for e in events), stage_helpers.show(events)


def test_calling_for_a_strike_stays_a_request(events_pipeline):
    # calling a bandh is the strike; calling FOR one asks others to strike
    text = "The farmers' federation called for a bandh in the district next week."
    assert top_type_and_mode(events_pipeline, text)[0] == "REQUEST", \
        stage_helpers.show(stage_helpers.events_of(events_pipeline, text))
