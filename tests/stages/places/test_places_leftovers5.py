"""places stage, leftovers of round 5 (invented sentences): a definite "the province" / "the state" / "the region"
refers back to the division of that kind its paragraph named last, and a reaction verb's object noun ("condemned
the shelling in X") keeps its place to itself."""

from __future__ import annotations

import pytest

from eventwire.document import Article


def places_of(pipeline, text: str) -> dict[str, str | None]:
    analysis = pipeline.analyse(Article(text=text, published="2026-11-25"))
    names = {p.id: p.name for p in analysis.places or []}
    return {e.triggers[0].text: names.get(e.place) for e in analysis.events}


@pytest.mark.parametrize("text, trigger, place", [
    ("ISLAMABAD (Reuters) - Militants stormed two checkpoints in Zhob district of Balochistan province on Friday. "
     "Security forces arrested 14 suspects in the province on Saturday.", "arrested", "Balochistan"),
    ("ABUJA (Reuters) - Herders attacked three villages in Benue state on Sunday. Police detained 20 men in the "
     "state a day later.", "detained", "Benue"),
    ("PARIS (Reuters) - Storms flooded roads across Brittany on Thursday. Rescuers evacuated 200 campers in the "
     "region overnight.", "evacuated", "Bretagne"),
])
def test_a_definite_division_noun_refers_back_to_the_division_named_before(full_pipeline, text, trigger, place):
    got = places_of(full_pipeline, text)
    assert next(v for k, v in got.items() if k.startswith(trigger)) == place


def test_the_region_after_a_town_only_is_not_that_town(full_pipeline):
    text = ("PARIS (Reuters) - Storms flooded roads near Quimper on Thursday. Rescuers evacuated 200 campers in the "
            "region overnight.")
    got = places_of(full_pipeline, text)
    assert next(v for k, v in got.items() if k.startswith("evacuated")) != "Quimper"


def test_a_province_named_in_an_earlier_paragraph_is_too_far_back(full_pipeline):
    text = ("ISLAMABAD (Reuters) - Militants stormed two checkpoints in Balochistan province on Friday.\n"
            "Elsewhere, security forces arrested 14 suspects in the province on Saturday.")
    got = places_of(full_pipeline, text)
    assert next(v for k, v in got.items() if k.startswith("arrested")) != "Balochistan"


@pytest.mark.parametrize("text, verb, noun, place", [
    ("BERLIN (Reuters) - Germany condemned the shelling in Kherson on Wednesday.", "condemned", "shelling",
     "Kherson"),
    ("OTTAWA (Reuters) - The foreign minister denounced the massacre in Goma.", "denounced", "massacre", "Goma"),
])
def test_a_reaction_verb_is_not_placed_where_the_act_it_judges_was(full_pipeline, text, verb, noun, place):
    got = places_of(full_pipeline, text)
    assert got[noun] == place
    assert got[verb] != place


@pytest.mark.parametrize("text, name, country", [
    ("BOISE (AP) - The trade delegation met officials in Moscow on Tuesday to discuss wheat exports.", "Moscow",
     "RUS"),
    ("NEW YORK (Reuters) - The bank's chief executive will address investors in Geneva on Thursday.", "Geneva",
     "CHE"),
])
def test_a_big_city_far_across_a_state_does_not_pull_a_famous_name_to_a_small_namesake(pipeline_factory, text,
                                                                                        name, country):
    analysis = pipeline_factory("places").analyse(Article(text=text, published="2026-11-25"))
    assert [p.country for p in analysis.places if p.name == name] == [country]


def test_the_namesakes_state_named_as_such_still_counts(pipeline_factory):
    text = "CORVALLIS, Ore. (AP) - Sheriff's deputies in Idaho searched a farm near Moscow for the missing hiker."
    analysis = pipeline_factory("places").analyse(Article(text=text, published="2026-11-25"))
    assert [p.country for p in analysis.places if p.name == "Moscow"] == ["USA"]


@pytest.mark.parametrize("text, trigger, origin", [
    ("NAIROBI (Reuters) - Raiders crossed over from Ethiopia before dawn and torched 40 huts, police said.",
     "torched", "Ethiopia"),
    ("NDJAMENA (Reuters) - Militiamen arriving from Sudan looted shops on Friday.", "looted", "Sudan"),
])
def test_where_a_movement_set_out_from_does_not_place_the_later_act(full_pipeline, text, trigger, origin):
    got = places_of(full_pipeline, text)
    assert next(v for k, v in got.items() if k.startswith(trigger)) != origin


def test_a_place_the_movement_enters_still_places_the_act(full_pipeline):
    text = "KAMPALA (Reuters) - Rebels crossed into Uganda from Congo on Sunday and killed 11 villagers."
    got = places_of(full_pipeline, text)
    assert next(v for k, v in got.items() if k.startswith("killed")) == "Uganda"


def test_a_body_of_states_named_like_a_region_is_no_region_referred_back_to(full_pipeline):
    # (lead, session 16) "the European Union" is a place of feature region in the gazetteer and an IGO actor
    got = places_of(full_pipeline, "The United States and the European Union praised the accord. Washington said "
                                   "it was ready to help fund new rail links in the region.")
    assert next(v for k, v in got.items() if k.startswith("fund")) != "European Union"
