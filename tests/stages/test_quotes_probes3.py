"""quotes: probes of wire-style attribution — a reporting participle closing a reported clause ("..., adding
that ..."), a cue's content after a speech-event phrase the parser read as a relative clause ("said in a
briefing that ..."), words relayed before "X quoted Y as saying", and a report relayed by a second source
("..., an official said, the agency reported"). Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


def _speaker_name(analysis, quote):
    return next((a.name for a in analysis.actors if a.id == quote.speaker), None)


def _contents(analysis):
    return [(q.text, q.cue.text if q.cue else None) for q in analysis.quotes]


@pytest.mark.parametrize("text, first, cue, second", [
    ("Prime Minister Ruta Kalnins said the truce was holding, adding that relief trucks had reached the town.",
     "the truce was holding", "adding", "that relief trucks had reached the town"),
    ("The commander said the offensive was going well, adding that his troops had taken two hills.",
     "the offensive was going well", "adding", "that his troops had taken two hills"),
])
def test_closing_reporting_participle_is_its_own_attribution(run, text, first, cue, second):
    analysis = run(text)
    contents = _contents(analysis)
    assert (second, cue) in contents
    assert any(c == first for c, _ in contents), contents
    for quote in analysis.quotes:
        assert _speaker_name(analysis, quote) is not None
