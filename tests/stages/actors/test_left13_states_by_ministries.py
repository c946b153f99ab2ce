"""actors: invented articles (round 13): a one-word name that owns a state's ministry elsewhere is that state, not a
person; a role owned through "its" before a name is a post of the body named last ("Its trade representative,
X")."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_a_name_owning_a_foreign_ministry_is_a_state_not_a_person(run):
    actors = run("Ondara's interior minister blamed neighbouring Lisora for arming the brigade. Lisora's foreign "
                 "ministry rejected the charge as baseless.")
    lisora = actor_with(actors, "Lisora")
    assert lisora is not None and lisora.kind != "person", (lisora and lisora.kind)


def test_a_person_owning_a_ministry_by_surname_stays_a_person(run):
    actors = run("Finance Minister Irena Kos said the plan would fail. Kos's ministry published a report.")
    kos = actor_with(actors, "Finance Minister Irena Kos")
    assert kos is not None and kos.kind == "person"


def test_a_role_owned_through_its_takes_the_sector_of_the_body_named_before(run):
    actors = run("Belvoria's government said it was open to talks. Its trade representative, Jan Osk, said the two "
                 "sides could meet in Geneva.")
    person = next((a for a in actors if a.name == "Jan Osk"), None)
    assert person is not None and person.sector == "GOV", (person and person.sector)
