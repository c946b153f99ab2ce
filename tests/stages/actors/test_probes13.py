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
