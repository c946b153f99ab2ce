"""actors: invented articles (round 13): bodies owned through "his" and "her" by two different people are two
actors, not one ("Trade Minister X said his ministry ... Finance Minister Y said ... Her ministry warned")."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_two_peoples_own_ministries_are_two_actors(run):
    actors = run("Trade Minister Marko Stil said his ministry had drawn up a list of goods. But Finance Minister "
                 "Irena Kos said a trade war would hurt exporters. Her ministry warned that growth could fall.")
    his, hers = actor_with(actors, "his ministry"), actor_with(actors, "Her ministry")
    assert his is not None and hers is not None and his is not hers


def test_one_persons_own_body_named_twice_is_one_actor(run):
    actors = run("General Pia Tomsk said her troops remained loyal. She said her troops would defend the capital.")
    troops = [a for a in actors if any(m.text == "her troops" for m in a.mentions)]
    assert len(troops) == 1, [(a.name, [m.text for m in a.mentions]) for a in actors]
