"""actors: invented articles (round 15): the ship of a civilian body ("its ship" after a charity) is that body
acting, no military; a navy's ship stays the navy."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_charitys_ship_is_the_charity(run):
    actors = run("Sea Rescue, a charity, said its ship had picked up 80 migrants.")
    ship = actor_with(actors, "its ship")
    assert ship is not None and ship.kind == "ngo" and ship.sector != "MIL", ship
    assert not any(a.kind == "military" for a in actors), [(a.name, a.kind) for a in actors]


def test_navys_ship_stays_military(run):
    actors = run("The navy said its ship had rescued 80 migrants.")
    ship = actor_with(actors, "its ship")
    assert ship is not None and ship.kind == "military", ship
