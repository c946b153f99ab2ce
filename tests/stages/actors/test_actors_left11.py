"""actors: leftovers of crowds and trades — a mob named twice is one crowd of rioters, a coalition "of" a plural
group is that group, pilots who fly for a living are civilians. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


def test_a_mob_named_twice_is_one_crowd_of_rioters(run):
    analysis = run("An angry mob overturned buses outside the depot in Tarsevo. The mob scattered when it began to "
                   "rain.")
    first, again = actor_of(analysis, "angry mob"), actor_of(analysis, "The mob")
    assert first is not None and again is not None and first.id == again.id
    assert (first.kind, first.sector) == ("population", "OPP")


@pytest.mark.parametrize("phrase, members, sector", [
    ("A coalition of teachers", "teachers", "EDU"),
    ("A coalition of nurses", "nurses", "MED"),
])
def test_a_coalition_of_a_plural_group_is_that_group(run, phrase, members, sector):
    analysis = run(f"{phrase} blocked the coastal road near Ostrel on Monday.")
    actor = actor_of(analysis, members)
    assert actor is not None and actor.kind != "military"
    assert actor_of(analysis, phrase).id == actor.id
    if sector is not None:
        assert actor.sector == sector


@pytest.mark.parametrize("modifier", ["Airline", "Commercial", "Charter"])
def test_pilots_who_fly_for_a_living_are_civilians(run, modifier):
    analysis = run(f"{modifier} pilots at Gravenholt airport walked out on Thursday over unpaid wages.")
    actor = actor_of(analysis, f"{modifier} pilots")
    assert actor is not None and (actor.kind, actor.sector) == ("population", "CVL")


def test_a_bare_pilot_stays_the_militarys(run):
    analysis = run("The pilot ejected before the jet crashed near the Ostrel airbase.")
    actor = actor_of(analysis, "pilot")
    assert actor is not None and actor.sector == "MIL"


def test_police_in_a_report_from_a_town_of_no_known_state_are_no_reacting_states(run):
    analysis = run("KELVARO (Wire) - Police detained nine miners on Sunday. Officials in Zambia protested, and Zambia "
                   "said it would recall its envoy. Zambia's foreign minister called the detentions unlawful.")
    police = actor_of(analysis, "Police")
    assert police is not None and police.country is None


def test_police_in_a_report_from_a_named_state_are_that_states(run):
    analysis = run("KELVARO, Malawi (Wire) - Police detained nine miners on Sunday. Officials in Zambia protested, "
                   "and Zambia said it would recall its envoy. Zambia's foreign minister called the detentions "
                   "unlawful.")
    assert actor_of(analysis, "Police").country == "MWI"


@pytest.mark.parametrize("role", ["chief financial officer", "chief operating officer"])
def test_a_firms_chief_officer_is_no_police_officer(run, role):
    analysis = run(f"Orvane Textiles' {role} resigned on Monday after the audit.")
    actor = actor_of(analysis, role)
    assert actor is not None and actor.kind == "person" and actor.sector != "COP"
