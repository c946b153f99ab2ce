"""actors: invented articles (round 17): an ambassador in a datelined report is not the dateline state's by default;
an envoy serves abroad ("MANILA - The Philippines summoned Ambassador Lin Bo")."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_summoned_ambassador_is_not_the_summoning_states(run):
    text = ("MANILA, Nov 20 (Reuters) - The Philippines summoned Ambassador Zhou Kailin on Thursday to protest the "
            "ramming of a supply boat near a disputed shoal.")
    envoy = actor_with(run(text), "Ambassador Zhou Kailin")
    assert envoy is not None and envoy.country != "PHL", envoy


def test_home_official_in_dateline_stays_home(run):
    text = "MANILA, Nov 20 (Reuters) - Interior Secretary Ramon Dizon said police would guard the port."
    official = actor_with(run(text), "Interior Secretary Ramon Dizon")
    assert official is not None and official.country == "PHL", official
