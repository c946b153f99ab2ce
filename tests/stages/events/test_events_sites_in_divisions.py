"""events and actors: a site attacked "in Kaduna state" / "in Helmand province" is the party acted on; the division
named before its noun only says where, and is no state government acting (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_with, coded_events


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


@pytest.mark.parametrize("text, site", [
    ("Gunmen stormed a boarding school in Nigeria's northwestern Kaduna state on Saturday.", "boarding school"),
    ("Militants attacked a clinic in Helmand province on Monday.", "clinic"),
])
def test_the_site_not_the_division_is_the_party_attacked(pipeline, text, site):
    events = [e for e in coded_events(pipeline, text) if e[0] == "ASSAULT"]
    assert events and events[0][4] == [site], events


def test_a_division_named_where_is_no_government_actor(pipeline):
    actors = pipeline.analyse(Article(text="Gunmen stormed a boarding school in Kaduna state on Saturday.")).actors
    assert actor_with(actors, "Kaduna state") is None
