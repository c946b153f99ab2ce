"""actors: the lead's probes (round 13): bare national bodies of the report's own state, public offices, news
agencies, bodies named by their weapons or fighters, described groups and titled envoys."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_bare_congress_in_a_report_from_another_capital_is_that_states(run):
    actors = run("QUITO, March 3 (Reuters) - Farmers marched on Congress in Quito on Tuesday to protest a fuel "
                 "price rise, organisers said.")
    congress = actor_with(actors, "Congress")
    assert congress is not None and congress.kind == "government"
    assert congress.country == "ECU" and congress.name != "US Congress"


def test_bare_congress_in_a_report_from_washington_stays_the_us_congress(run):
    actors = run("WASHINGTON, March 3 (Reuters) - Congress passed a spending bill on Tuesday after weeks of talks.")
    congress = actor_with(actors, "Congress")
    assert congress is not None and congress.country == "USA"


def test_congress_in_a_sentence_naming_the_united_states_stays_the_us_congress(run):
    actors = run("QUITO, March 3 (Reuters) - Ecuador's trade minister said Congress in the United States was "
                 "weighing a tariff cut.")
    congress = actor_with(actors, "Congress")
    assert congress is not None and congress.country == "USA"


def test_the_ombudsmans_office_is_a_state_body_of_the_report(run):
    actors = run("ACCRA, May 2 (Reuters) - Nine traders were hurt when the stalls were cleared, the ombudsperson's "
                 "office said on Friday.")
    office = actor_with(actors, "the ombudsperson's office")
    assert office is not None and office.kind == "government" and office.sector == "GOV"
    assert office.country == "GHA"


def test_a_comptrollers_office_is_a_government_body(run):
    actors = run("The comptroller's office said the ministry had overspent its budget by a third.")
    office = actor_with(actors, "The comptroller's office")
    assert office is not None and office.kind == "government"
