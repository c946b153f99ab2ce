"""actors: probes (round 14): a phrase naming a kind of body types the name it stands beside; roles and bodies of a
datelined national story take its country."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_name_beside_a_rebel_group_phrase_is_that_group_not_a_person(run):
    actors = run("Police detained the leader on Sunday. Kazimba, a rebel group, said he was beaten.")
    group = actor_with(actors, "Kazimba")
    assert group is not None and group.kind == "armed_group" and group.sector == "REB"
    # the pronoun is the detained leader's, not the group's
    he = actor_with(actors, "he")
    assert he is None or he is not group
