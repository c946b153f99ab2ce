"""actors: invented articles (round 15): a state's name that is the surname of a person named before it, standing
as a subject, is that person again, not the state."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_surname_named_like_a_state_is_the_person(run):
    actors = run("Elena Jordan, a spokeswoman for the ministry, said the talks would continue. Jordan said the deal "
                 "was close.")
    assert not any(a.country == "JOR" and a.kind != "person" for a in actors), [(a.name, a.kind) for a in actors]
    person = actor_with(actors, "Elena Jordan")
    assert person is not None and any(m.text == "Jordan" for m in person.mentions), person


def test_state_named_before_the_person_stays_the_state(run):
    actors = run("Jordan said it would close the border. Carla Jordan, a lawyer, disagreed.")
    state = actor_with(actors, "Jordan")
    assert state is not None and state.country == "JOR" and state.kind != "person", state
