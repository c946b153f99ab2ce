"""actors: invented articles (round 13): a president's surname that owns "government" elsewhere ("Corvo's
government") stays the president's in its other uses."""

from __future__ import annotations


def test_a_surname_owning_a_government_is_still_the_person(run):
    actors = run("Soldiers detained President Ilan Corvo on Wednesday. Corvo, 71, was elected to a third term in "
                 "March. The African Union demanded the release of Corvo and his ministers. The officers accused "
                 "Corvo's government of corruption.")
    corvo = next((a for a in actors if a.name == "Ilan Corvo"), None)
    assert corvo is not None and corvo.kind == "person"
    assert sum(m.text == "Corvo" for m in corvo.mentions) == 2, [(a.name, [m.text for m in a.mentions])
                                                                 for a in actors]
