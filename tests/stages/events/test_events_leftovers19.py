"""events stage, leftovers of round 19 (invented sentences): a town where a clash or a shooting happened, a group
pronoun after a closing reporting clause, a weapon used, an infinitive the tagger took for an adjective."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _events(pipeline, text):
    return pipeline.analyse(Article(text=text, published="2026-11-20")).events


@pytest.mark.parametrize("text, etype, party, town", [
    ("Students clashed with police in Oristan on Tuesday.", "ASSAULT", "police", "Oristan"),
    ("Demonstrators clashed with police in Valdoria town on Tuesday.", "PROTEST", "police", "Valdoria"),
    ("Gunmen opened fire on protesters in Marbek on Sunday.", "ASSAULT", "protesters", "Marbek"),
])
def test_the_town_of_a_clash_is_no_party(events_pipeline, text, etype, party, town):
    events, names = stage_helpers.events_and_names(events_pipeline, text, published="2026-11-20")
    event = next(e for e in events if e.type == etype)
    recipients = stage_helpers.lowered_names(names, event.recipients)
    assert party in recipients, (recipients, stage_helpers.show(events))
    assert town.lower() not in recipients, (recipients, stage_helpers.show(events))


def test_a_peacekeeping_force_in_a_state_keeps_its_state(events_pipeline):
    text = "A peace-keeping force in Liberia was attacked by rebels."
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    event = next(e for e in events if e.type == "ASSAULT")
    assert "liberia" in stage_helpers.lowered_names(names, event.recipients), stage_helpers.show(events)


@pytest.mark.parametrize("text, doers, reporters", [
    ("Armed men stormed a checkpoint near Dunmore, residents said. They exchanged fire with soldiers for an hour.",
     "armed men", "residents"),
    ("Masked gunmen raided a farm outside Pellton, villagers said. They abducted two herders.",
     "masked gunmen", "villagers"),
])
def test_a_pronoun_after_a_closing_reporting_clause_is_the_doers(events_pipeline, text, doers, reporters):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    second = [e for e in events if e.sentence.start > 0]
    assert second, stage_helpers.show(events)
    actors = stage_helpers.lowered_names(names, second[0].actors)
    assert doers in actors and reporters not in actors, (actors, stage_helpers.show(events))


@pytest.mark.parametrize("text, weapon, target", [
    ("The rebels accused the army of using drones supplied by Norland against civilians.", "drones", "civilians"),
    ("Villagers accused the militia of using rockets against farmers.", "rockets", "farmers"),
])
def test_a_weapon_used_is_no_party(events_pipeline, text, weapon, target):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    event = next(e for e in events if e.type == "ASSAULT")
    recipients = stage_helpers.lowered_names(names, event.recipients)
    assert weapon not in recipients and target in recipients, (recipients, stage_helpers.show(events))


@pytest.mark.parametrize("text, party", [
    ("Riot police used water cannon to clear demonstrators who tried to block the bridge.", "demonstrators"),
    ("Soldiers used tear gas to clear farmers who tried to occupy the square.", "farmers"),
])
def test_a_misread_infinitive_is_no_part_of_the_party(events_pipeline, text, party):
    events, names = stage_helpers.events_and_names(events_pipeline, text)
    event = next(e for e in events if e.type == "ASSAULT")
    assert stage_helpers.lowered_names(names, event.recipients) == [party], stage_helpers.show(events)
