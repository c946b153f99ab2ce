"""places: leftovers found by probing invented wire reports (round 10): a sea or region before "states" or
"countries" names the states around it ("the Baltic states"), a party to the event and not where it happened."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import event_place_at


@pytest.fixture(scope="module")
def pipe(pipeline_factory):
    return pipeline_factory("actors", "places")


def _place_name(analysis, pid):
    return next((p.name for p in analysis.places if p.id == pid), None)


@pytest.mark.parametrize("text", [
    "Poland and the Baltic states voiced support for the new sanctions package on Tuesday.",
    "Oman and the Gulf countries voiced support for the ceasefire plan on Tuesday.",
])
def test_states_around_a_sea_are_not_where_the_event_happened(pipe, text):
    analysis = pipe.analyse(Article(text=text))
    pid, rule = event_place_at(analysis, text, "support")
    assert _place_name(analysis, pid) not in ("Baltic Sea", "Persian Gulf"), (pid, rule, analysis.places)


def test_the_sea_itself_is_still_where(pipe):
    text = "Estonia voiced support for the patrol. Customs officers inspected two ships in the Baltic on Sunday."
    analysis = pipe.analyse(Article(text=text))
    pid, _ = event_place_at(analysis, text, "inspected")
    assert _place_name(analysis, pid) == "Baltic Sea", (pid, analysis.places)
