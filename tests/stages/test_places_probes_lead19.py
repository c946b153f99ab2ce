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
