"""places stage, lead probes of session 19 (invented sentences): a dateline after the headline is where the story
is filed, not the town an unknown settlement of the story lies in."""

from __future__ import annotations


def test_an_unknown_town_is_not_put_at_the_dateline_after_a_headline(places):
    text = ("Peace talks stall as rebels walk out\n\nGENEVA, Nov 19 (Reuters) - Talks collapsed on Wednesday after "
            "the rebels accused troops of shelling villages near the town of Dervalka overnight.")
    places = places(text).places or []
    assert [p.name for p in places] == ["Geneva"]


def test_an_unknown_town_still_joins_the_story_town(places):
    text = ("Floods hit Kenyan town\n\nGARISSA, Kenya (AP) - Floods swept through Garissa on Monday. The waters also "
            "cut off the village of Dervalka.")
    places = places(text).places or []
    site = [p for p in places if p.name == "Dervalka"]
    assert site and site[0].country == "KEN"


def test_a_town_named_only_where_a_speaker_spoke_is_no_focus(places):
    text = ("Thousands flee into Tarsovia\n\nMore than 12,000 people crossed into Tarsovia this week, a UNHCR "
            "spokeswoman told reporters in Geneva. Many arrived at the crossing of Durbal, and gunmen later burned "
            "the village of Kessu.")
    analysis = places(text)
    names = {p.id: p.name for p in analysis.places or []}
    assert names.get(analysis.shared.get("place_focus")) != "Geneva"
    assert "Kessu" not in names.values() or all(p.country != "CHE" for p in analysis.places if p.name == "Kessu")
