"""quotes: "media" and "press" name the news media as a whole, so "..., local media reports." is attributed."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.mark.parametrize(("text", "source"), [
    ("Three people died when shells hit a market in the north of the country, local media reports.", "local media"),
    ("The army has retaken the border crossing after heavy fighting, state media reports.", "state media"),
    ("The minister resigned on Friday after weeks of street protests, the press reports.", "press"),
])
def test_a_trailing_media_source_with_a_noun_cue_is_the_speaker(run, text, source):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert quote.text == text[:text.index(",")]
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert source in speaker.name


def test_other_reports_without_a_source_stay_a_noun(run):
    # no media, person or proper noun before "reports": not a cue
    analysis = run("The fire destroyed the depot last week, and other reports.")
    assert analysis.quotes == []
