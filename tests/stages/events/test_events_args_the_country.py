"""events stage: a possessive "the country's" before an event noun is the one state acting in its sentence or the
one before ("Iran could begin ..., in the country's starkest warning yet"), not a new actor "country". Invented
sentences."""

from __future__ import annotations

from eventwire.document import Article
from ..stage_helpers import show


def test_the_countrys_warning_is_the_states(pipeline_factory):
    pipeline = pipeline_factory("actors", "events")
    text = ("Iran could begin enriching uranium within weeks if sanctions stay, a senior official said on "
            "Saturday, in the country's starkest warning yet.")
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    warning = [e for e in analysis.events if e.trigger.text == "warning"]
    assert warning and [names[i] for i in warning[0].actors] == ["Government of Iran"], show(analysis.events)
