"""actors: leftovers (round 13): a dateline is where the reporter is; its state is the home of the story's
unnamed forces and officers only when nothing else in the article gives their state."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_a_geneva_dateline_does_not_make_an_unknown_states_forces_swiss(run):
    actors = run("GENEVA (Reuters) - Forces of the Republic of Varnesia shelled the town of Kelto on Monday, killing "
                 "six civilians, local officials said. Varnesian troops also seized the bridge. The army said it was "
                 "responding to rebel attacks.")
    for phrase in ("Forces", "Varnesian troops", "The army", "local officials"):
        actor = actor_with(actors, phrase)
        assert actor is not None and actor.country != "CHE", (phrase, actor and actor.country)


def test_a_foreign_city_dateline_does_not_make_an_unknown_states_army_its_own(run):
    actors = run("NAIROBI (Reuters) - The government of Dorvania said on Monday that rebels had attacked a convoy. "
                 "The army said it had killed 12 fighters.")
    army = actor_with(actors, "The army")
    assert army is not None and army.country != "KEN", army.country


def test_a_geneva_dateline_over_another_states_story_gives_no_home(run):
    actors = run("GENEVA (Reuters) - U.N. investigators said on Tuesday that Ethiopia had blocked aid to the north. "
                 "The army said it had secured the roads.")
    army = actor_with(actors, "The army")
    assert army is None or army.country != "CHE", army.country


def test_the_dateline_state_named_below_stays_home(run):
    actors = run("GENEVA (Reuters) - Swiss police arrested two men on Monday. The army said it had sent a unit to "
                 "guard the border.")
    army = actor_with(actors, "The army")
    assert army is not None and army.country == "CHE", (army and army.country)


def test_a_plain_dateline_still_gives_home(run):
    actors = run("BAMAKO, Mali (Reuters) - The army said on Monday that it had killed 12 militants near the border.")
    army = actor_with(actors, "The army")
    assert army is not None and army.country == "MLI", (army and army.country)
