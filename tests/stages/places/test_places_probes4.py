"""places stage: where an event happened, from a pronoun object pointing back to a town (invented mini-articles)."""

from __future__ import annotations

from eventwire.document import Article


def place_of(pipeline, text: str, trigger: str) -> tuple[str | None, str | None]:
    """(place name, rule) of the event triggered by `trigger`."""
    analysis = pipeline.analyse(Article(text=text, published="2022-06-09"))
    names = {p.id: p.name for p in analysis.places}
    found = [(names.get(e.place), e.place_rule) for e in analysis.events
             if any(trigger in s.text for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r}: {[e.trigger.text for e in analysis.events]}"
    return found[0]


def test_a_pronoun_object_of_retaking_is_the_town_named_before(full_pipeline):
    text = "Insurgents overran Kidal on Tuesday. Army units recaptured it three days later."
    assert place_of(full_pipeline, text, "recaptured") == ("Kidal", "anaphor")


def test_a_pronoun_object_of_another_verb_is_no_place(full_pipeline):
    text = "Insurgents overran Kidal on Tuesday. Army units condemned it three days later."
    assert place_of(full_pipeline, text, "condemned")[1] != "anaphor"


def test_a_demonym_before_airspace_is_that_country(full_pipeline):
    text = "Two military jets violated Finnish airspace on Sunday, the border guard said."
    assert place_of(full_pipeline, text, "violated") == ("Finland", "clause")


def test_a_demonym_before_waters_is_that_country(full_pipeline):
    text = "A patrol boat detained a fishing trawler in Argentine waters on Sunday."
    assert place_of(full_pipeline, text, "detained") == ("Argentina", "clause")


def test_an_unknown_name_before_valley_is_a_site_in_the_country_named(full_pipeline):
    text = "Clashes in the Vraska valley killed six soldiers, officials in Peru said."
    analysis = full_pipeline.analyse(Article(text=text, published="2022-06-09"))
    sites = [p for p in analysis.places if p.feature == "site"]
    assert [(p.name, p.resolution, p.country) for p in sites] == [("Vraska valley", 5, "PER")]
    assert place_of(full_pipeline, text, "killed") == ("Vraska valley", "clause")


def test_an_unknown_name_before_river_takes_the_dateline_town(full_pipeline):
    text = "MWANZA, Tanzania (AP) — Three fishermen drowned in the Olenka river on Sunday, police said."
    analysis = full_pipeline.analyse(Article(text=text, published="2022-06-09"))
    sites = [p for p in analysis.places if p.feature == "site"]
    assert [(p.name, p.country) for p in sites] == [("Olenka river", "TZA")]


def test_the_capital_is_the_capital_city_of_the_country_the_article_is_about(full_pipeline):
    text = ("Police in Kenya said on Tuesday that students clashed with officers in the capital after a fee "
            "increase.")
    assert place_of(full_pipeline, text, "clashed") == ("Nairobi", "clause")


def test_the_capital_with_a_name_of_its_own_is_left_to_that_name(full_pipeline):
    text = "Police in Kenya said students clashed with officers in the capital of Nakuru county on Tuesday."
    assert place_of(full_pipeline, text, "clashed")[0] != "Nairobi"
