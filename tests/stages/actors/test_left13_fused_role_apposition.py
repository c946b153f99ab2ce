"""actors: invented articles (round 13): "A spokeswoman for the collective, Irene Marsh, said": a name set off by a
comma after a role's "for" phrase is the role's person, however the parser joined the body and the name."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_a_name_after_a_roles_for_phrase_and_a_comma_is_that_role(run):
    actors = run("Open Hands Collective, a rights group, said families had been turned away. A spokeswoman for the "
                 "collective, Irene Marsh, said soldiers had told them the camp was full.")
    person = actor_with(actors, "Irene Marsh")
    assert person is not None and actor_with(actors, "A spokeswoman") is person, \
        [(a.name, [m.text for m in a.mentions]) for a in actors]
