"""actors: leftovers (round 13): a body's name followed by a phrase saying what kind of body it is ("X, a medical
charity,") keeps its whole capitalised name, however much of it the tagger cut."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, name, kind_phrase", [
    ("Hope Without Borders, a medical charity, said it had treated 300 people in the camp.",
     "Hope Without Borders", "a medical charity"),
    ("Open Doors Watch, a rights group, urged an inquiry into the deaths.", "Open Doors Watch", "a rights group"),
    ("Friends of the Valley Trust, a local charity, said 2,000 families needed food.",
     "Friends of the Valley Trust", "a local charity"),
])
def test_a_body_named_before_its_kind_keeps_its_whole_name(run, text, name, kind_phrase):
    actors = run(text)
    body = actor_with(actors, kind_phrase)
    assert body is not None and body.name == name, [(a.name, [m.text for m in a.mentions]) for a in actors]
    assert not any(a is not body and a.name in name.split() for a in actors), [a.name for a in actors]


def test_a_date_before_the_name_stays_out_of_it(run):
    actors = run("On Tuesday Hope Without Borders, an aid group, said its clinic had closed.")
    body = actor_with(actors, "an aid group")
    assert body is not None and body.name == "Hope Without Borders", [a.name for a in actors]
