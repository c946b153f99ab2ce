"""actors: a bare "the government" is never the state of what it acts on or where it acts; a generic description
that is also another state's body's name ("security service") is the body of the state its possessive names; a
bare count that marches or rallies is a crowd of protesters of the place's state."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, wrong", [
    ("The government expelled three Belgian aid workers on Friday.", "BEL"),
    ("The government signed a truce in Cairo with the insurgents.", "EGY"),
    ("The government declared the Swedish attache persona non grata.", "SWE"),
])
def test_a_bare_government_is_not_the_state_of_its_object_or_venue(run, text, wrong):
    government = actor_with(run(text), "The government")
    assert government is not None and government.country != wrong


def test_a_bare_government_keeps_the_state_of_a_subject_before_it(run):
    actors = run("Chilean officials said the government would recall its envoy.")
    assert actor_with(actors, "the government").country == "CHL"


@pytest.mark.parametrize("text, mention, country", [
    ("Ukraine's security service said it had arrested a courier.", "Ukraine's security service", "UKR"),
    ("The Ukrainian security service arrested a courier in Odesa.", "The Ukrainian security service", "UKR"),
])
def test_a_security_service_is_that_of_the_state_that_owns_it(run, text, mention, country):
    service = actor_with(run(text), mention)
    assert service is not None and service.country == country and service.name != "MI5"


def test_a_named_security_service_of_its_own_state_stays_the_known_body(run):
    service = actor_with(run("Britain's Security Service warned of a rising threat."), "Security Service")
    assert service is not None and service.name == "MI5"


@pytest.mark.parametrize("text, mention, country", [
    ("Thousands marched in Paris on Sunday against the new tax.", "Thousands", "FRA"),
    ("Hundreds rallied outside parliament in Nairobi.", "Hundreds", "KEN"),
])
def test_a_count_that_marches_is_a_crowd_of_protesters(run, text, mention, country):
    crowd = actor_with(run(text), mention)
    assert crowd is not None and crowd.kind == "population" and crowd.country == country
    assert "protesters" in crowd.name


def test_a_bare_government_takes_the_state_of_the_reporting_subject_after_it(run):
    actors = run("The government deported two Sudanese activists, Kenyan officials said.")
    assert actor_with(actors, "The government").country == "KEN"


def test_a_bare_government_is_not_the_state_named_in_its_complement_clause(run):
    actors = run("The government said Norway would host the next round.")
    assert actor_with(actors, "The government").country != "NOR"


def test_a_headline_read_as_one_phrase_is_its_subject_and_its_object(run):
    # the parser runs this headline into one noun phrase with the verb inside it
    actors = run("Pakistan deports Afghan workers")
    assert actor_with(actors, "Pakistan deports Afghan workers") is None
    assert actor_with(actors, "Afghan workers").country == "AFG"
    assert actor_with(actors, "Pakistan").country == "PAK"


@pytest.mark.parametrize("text, mention", [
    ("Ghanaian police held four men. The security service said they had planned a raid.", "The security service"),
    ("Peruvian troops reached the valley. The ministry of defence said the patrol would stay.",
     "The ministry of defence"),
])
def test_a_lower_case_description_is_no_body_of_a_state_the_article_never_names(run, text, mention):
    body = actor_with(run(text), mention)
    assert body is not None and body.country != "GBR"


def test_a_lower_case_description_stays_the_body_of_the_state_the_article_names(run):
    body = actor_with(run("British police held a man. The security service had watched him."), "The security service")
    assert body is not None and body.name == "MI5"


def test_a_state_named_by_capital_letters_keeps_its_lower_case_body(run):
    # "US" is no title-case word, but it names the state all the same
    body = actor_with(run("US troops left the base. The defense department said the move was planned."),
                      "The defense department")
    assert body is not None and body.country == "USA"
