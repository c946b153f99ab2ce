"""actors: invented articles (round 16): observers or monitors sent from a named body ("Observers from the African
Union") are that body acting, whatever its kind."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_observers_from_an_igo_are_the_igo(run):
    actors = run("Observers from the African Union criticised the count in Karvelo province.")
    observers = actor_with(actors, "Observers")
    assert observers is not None and observers.kind == "igo" and "African Union" in observers.name, observers


def test_observers_from_a_charity_are_the_charity(run):
    actors = run("Observers from the Tarnow Foundation said the vote was marred by fraud.")
    observers = actor_with(actors, "Observers")
    assert observers is not None and observers.name == "Tarnow Foundation", observers
