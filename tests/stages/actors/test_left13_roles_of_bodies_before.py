"""actors: invented articles (round 13): a role owned through "the <noun>'s" before a person's name is a post of
the body that noun refers back to ("The group's country director, X", "The brigade's commander, X")."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


def _person(actors, name):
    return next((a for a in actors if a.name == name), None)


@pytest.mark.parametrize("text, name, sector", [
    ("Hope Without Borders, a medical charity, said its clinics were full. The group's country director, Elena "
     "Voss, said supplies were running low.", "Elena Voss", "NGO"),
    ("Bright Water Alliance, an aid group, said it had installed 60 pumps. The alliance's regional coordinator "
     "Jonas Berg said the floods were the worst in 40 years.", "Jonas Berg", "NGO"),
    ("The Northern Liberation Front attacked a convoy on Friday. The front's spokesman, Idris Kalo, said the rebels "
     "would not negotiate.", "Idris Kalo", "REB"),
])
def test_a_role_of_the_body_named_before_takes_its_sector(run, text, name, sector):
    person = _person(run(text), name)
    assert person is not None and person.sector == sector, (person and person.sector)


def test_a_commander_of_a_militia_named_before_leads_rebels_not_an_army(run):
    actors = run("The Black Hills Brigade burned homes in Meru Falls on Thursday. The brigade's commander, Abel "
                 "Tunde, said his fighters were responding to raids.")
    commander = _person(actors, "Abel Tunde")
    assert commander is not None and commander.sector == "REB", (commander and commander.sector)
    fighters = actor_with(actors, "his fighters")
    assert fighters is not None and fighters.kind != "military", fighters.kind


def test_a_role_of_a_body_not_named_before_keeps_its_titles_sector(run):
    actors = run("Heavy rain fell on Monday. The council's chairman, Omar Diallo, said roads were closed.")
    person = _person(actors, "Omar Diallo")
    assert person is not None and person.sector in (None, "GOV"), (person and person.sector)
