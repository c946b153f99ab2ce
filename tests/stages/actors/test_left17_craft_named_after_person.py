"""actors: invented articles (round 17): a craft named after a person ("the fishing boat Maria Lourdes") is the
craft, not a person, here and when its name comes back alone."""

from __future__ import annotations


def test_boat_named_after_a_woman_is_no_person(run):
    text = ("A Chinese coast guard vessel rammed the fishing boat Maria Lourdes near the shoal on Sunday. "
            "The Maria Lourdes returned to port in Palawan with two injured crew.")
    named = [a for a in run(text) if "Maria Lourdes" in a.name]
    assert len(named) == 1, [(a.name, a.kind) for a in named]
    assert named[0].kind != "person", named[0]


def test_person_named_beside_a_role_stays_a_person(run):
    text = "The ship's captain, Maria Lourdes Ocampo, said the crew were safe."
    named = [a for a in run(text) if "Ocampo" in a.name]
    assert named and named[0].kind == "person", [(a.name, a.kind) for a in run(text)]
