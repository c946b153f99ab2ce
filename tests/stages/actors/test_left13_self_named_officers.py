"""actors: leftovers (round 13): officers who give themselves a name are mutineers of an army, not police; a named
police force stays police."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_a_group_of_officers_calling_itself_a_name_is_military(run):
    actors = run("A group of officers calling itself the Patriotic Front for Order announced a curfew in Tarsa on "
                 "Sunday.")
    junta = next((a for a in actors if a.name == "Patriotic Front for Order"), None)
    assert junta is not None and junta.kind == "military" and junta.sector == "MIL", (junta and junta.kind)
    officers = actor_with(actors, "officers")
    assert officers is None or officers.kind != "police"


def test_officers_calling_themselves_a_council_are_military(run):
    actors = run("Mutinous soldiers seized the palace in Tarsa on Sunday. The officers, calling themselves the "
                 "Council for Renewal, said they had dissolved parliament.")
    junta = next((a for a in actors if a.name == "Council for Renewal"), None)
    assert junta is not None and junta.kind == "military", (junta and junta.kind)


def test_police_officers_naming_themselves_stay_police(run):
    actors = run("Police officers calling themselves the Blue Shield Council blocked the road in Tarsa on Monday.")
    council = next((a for a in actors if a.name == "Blue Shield Council"), None)
    assert council is not None and council.kind == "police", (council and council.kind)
