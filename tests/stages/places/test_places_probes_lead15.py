"""places stage, lead probes of session 15 (invented sentences): an "as" clause in a story's body tells the same
scene as its main clause, so its place places both; in a headline the parser's "as" joins two halves of the news."""

from __future__ import annotations

from eventwire.document import Article


def places_of(pipeline, text: str) -> dict[str, str | None]:
    analysis = pipeline.analyse(Article(text=text, published="2026-11-25"))
    names = {p.id: p.name for p in analysis.places or []}
    return {e.triggers[0].text: names.get(e.place) for e in analysis.events}


def test_an_as_clause_in_the_body_places_its_main_clause_too(full_pipeline):
    text = "ACCRA, Nov 24 (Reuters) - Police fired tear gas as traders marched through Kumasi on Monday."
    assert places_of(full_pipeline, text)["fired tear gas"] == "Kumasi"


def test_a_while_clause_keeps_its_place_to_itself(full_pipeline):
    text = "ACCRA, Nov 24 (Reuters) - The army retook a bridge while rebel artillery hit a market in Kumasi."
    assert places_of(full_pipeline, text)["retook"] != "Kumasi"
