"""actors: review of article-level actors — a state's court and officials kept apart, prosecutors' offices and
lawyers coded, a pronoun reported by a speech verb read as its speaker. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


def test_a_states_court_and_its_officials_are_two_actors(run):
    analysis = run("A Norwegian court jailed the fisherman on Friday. Norwegian officials declined to comment.")
    court, officials = actor_of(analysis, "Norwegian court"), actor_of(analysis, "Norwegian officials")
    assert court is not None and officials is not None and court.id != officials.id
    assert court.sector == "JUD" and officials.sector == "GOV"


def test_a_states_forces_named_twice_stay_one_actor(run):
    analysis = run("Chilean troops crossed the river. Chilean soldiers then set up a camp.")
    assert actor_of(analysis, "Chilean troops").id == actor_of(analysis, "Chilean soldiers").id


@pytest.mark.parametrize("phrase, kind, sector", [
    ("the attorney general's office", "government", "JUD"),
    ("the public prosecutor's office", "government", "JUD"),
    ("the sheriff's office", "police", "COP"),
])
def test_the_office_of_a_prosecutor_or_sheriff_is_a_body_of_its_sector(run, phrase, kind, sector):
    analysis = run(f"On Tuesday {phrase} opened an inquiry into the fire at the warehouse.")
    actor = actor_of(analysis, phrase.split(" ", 1)[1])
    assert actor is not None and (actor.kind, actor.sector) == (kind, sector)


def test_the_attorney_general_is_no_military_general(run):
    analysis = run("The attorney general dropped the charges against the two brothers.")
    actor = actor_of(analysis, "attorney general")
    assert actor is not None and actor.sector == "JUD"


def test_a_defendants_lawyers_are_an_actor_and_the_they_they_report(run):
    analysis = run("The tribunal issued a verdict on Monday that her lawyers said they would challenge.")
    lawyers = actor_of(analysis, "lawyers")
    assert lawyers is not None and lawyers.sector == "JUD"
    assert "they" in [m.text for m in lawyers.mentions]


def test_a_broadcaster_named_after_a_possessed_common_noun_is_media(run):
    analysis = run("Belmaria's state TV channel BMT said the president would address the nation.")
    actor = actor_of(analysis, "BMT")
    assert actor is not None and actor.kind == "media"


def test_they_in_a_villagers_quote_is_not_the_villagers(run):
    analysis = run('Farmers gathered in the square on Friday. "We locked the doors. They broke in and took the '
                   'grain," one farmer said.')
    farmers = actor_of(analysis, "Farmers")
    assert "They" not in [m.text for m in farmers.mentions]


def test_they_in_a_quote_still_finds_the_group_named_before(run):
    analysis = run('Residents said the gunmen arrived at noon. "We hid in the cellar. They took our goats," one '
                   'resident said.')
    gunmen = actor_of(analysis, "gunmen")
    assert "They" in [m.text for m in gunmen.mentions]


def test_a_lower_case_ministry_the_tagger_calls_a_name_is_government(run):
    analysis = run("Three sailors were wounded, the fisheries ministry said on Sunday.")
    actor = actor_of(analysis, "fisheries ministry")
    assert actor is not None and (actor.kind, actor.sector) == ("government", "GOV")


@pytest.mark.parametrize("phrase, kind, sector", [
    ("The electoral commission", "government", "GOV"),
    ("The ruling party", "political_party", "PTY"),
    ("The main opposition alliance", "political_party", "PTY"),
])
def test_election_bodies_and_parties_named_by_common_nouns(run, phrase, kind, sector):
    analysis = run(f"{phrase} rejected the count in the northern provinces on Tuesday.")
    actor = actor_of(analysis, phrase)
    assert actor is not None and (actor.kind, actor.sector) == (kind, sector)


def test_a_union_named_for_its_workers_and_its_leader_are_labour(run):
    analysis = run("The Port Workers' Union called a strike. Union leader Tomas Rell said the docks would close.")
    assert actor_of(analysis, "Port Workers' Union").sector == "LAB"
    assert actor_of(analysis, "Tomas Rell").sector == "LAB"


def test_the_official_is_the_one_official_introduced_before(run):
    analysis = run("A Kelvarian official who asked not to be named said the deal was weak. The official added that "
                   "talks would go on.")
    assert actor_of(analysis, "The official").id == actor_of(analysis, "Kelvarian official").id


def test_the_witness_after_two_witnesses_joins_neither(run):
    analysis = run("A witness said the van was grey. A second witness said it was white. The witness added that "
                   "it sped away.")
    later = actor_of(analysis, "The witness")
    assert later is None or later.id != actor_of(analysis, "second witness").id


def test_an_untagged_name_after_a_role_noun_is_that_person(run):
    analysis = run('"The hearing was a farce," defence lawyer Ana Ruiz told reporters outside the courthouse.')
    actor = actor_of(analysis, "Ana Ruiz")
    assert actor is not None and actor.kind == "person" and actor.name == "Ana Ruiz"
