"""places stage: regional groups, Northern Ireland's counties, hyphenated town names, appositive
islands. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Analysis, Article
from eventwire.knowledge.gazetteer import haversine_km
from eventwire.models import Place


def by_mention(analysis: Analysis) -> dict[str, Place]:
    return {m.text: p for p in analysis.places for m in p.mentions}


@pytest.fixture(scope="module")
def places(pipeline_factory):
    pipeline = pipeline_factory("places")
    return lambda text, **kw: pipeline.analyse(Article(text=text, **kw))


def near(place: Place, lat: float, lon: float, km: float = 161.0) -> bool:
    return place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


@pytest.mark.parametrize("text, mention", [
    ("Defence ministers of the Baltic states agreed on Monday to buy more air defence systems.", "Baltic states"),
    ("Exports to the Baltics fell by a fifth last year, the bank said.", "Baltics"),
    ("The three Baltic countries closed their border crossings with Belarus.", "Baltic countries"),
])
def test_baltic_states_are_the_three_states_not_the_sea(places, text, mention):
    got = by_mention(places(text))
    assert mention in got, got
    assert got[mention].feature == "region" and near(got[mention], 56.9, 24.6)


def test_the_baltic_sea_keeps_its_sense(places):
    got = by_mention(places("A cargo ship sank in the Baltic Sea after a storm on Sunday."))
    assert got["Baltic Sea"].feature == "water"


def test_northern_irish_county_resolves_to_the_county(places):
    got = by_mention(places("Dairy farmers in County Tyrone said the cold spring had cut their yields."))
    assert "County Tyrone" in got and got["County Tyrone"].country == "GBR"
    assert near(got["County Tyrone"], 54.6, -7.1)


def test_hyphenated_town_name_is_read_whole(places):
    got = by_mention(places("The literary festival in Hay-on-Wye drew a record crowd on Saturday."))
    assert "Hay-on-Wye" in got, got
    assert got["Hay-on-Wye"].country == "GBR" and near(got["Hay-on-Wye"], 52.07, -3.13)


def test_two_small_towns_a_drive_apart_are_the_closest_pair(places):
    # the English towns lie 16 km apart, the Massachusetts namesakes 70 km: the apposition means the closer pair
    got = by_mention(places("Police in Ludlow, a short drive from Leominster, seized a stolen tractor on Monday."))
    assert got["Ludlow"].country == "GBR" and near(got["Ludlow"], 52.37, -2.71)


@pytest.mark.parametrize("text", [
    "Coastguards brought 200 people to Lampedusa, the island closest to Tunisia, on Monday.",
    "Rescuers landed 300 people on Lampedusa, a small Italian island south of Sicily. Officials in Tunisia said more "
    "boats had left.",
])
def test_island_called_so_in_apposition_resolves_abroad(places, text):
    got = by_mention(places(text))
    assert "Lampedusa" in got, got
    assert got["Lampedusa"].country == "ITA" and near(got["Lampedusa"], 35.5, 12.6)


def test_hyphenated_town_whose_first_word_spacy_calls_a_person(places):
    got = by_mention(places("Coach parties flocked to Stratford-upon-Avon over the bank holiday weekend."))
    assert "Stratford-upon-Avon" in got, got
    assert near(got["Stratford-upon-Avon"], 52.19, -1.71)


@pytest.mark.parametrize("text, mention, lat, lon", [
    ("Thousands of families fled Khan Younis after the army issued new evacuation orders.", "Khan Younis",
     31.35, 34.3),
    ("Heavy fighting continued around Bakhmut as both armies dug in for the winter.", "Bakhmut", 48.6, 38.0),
])
def test_town_left_or_fought_around_is_the_town(places, text, mention, lat, lon):
    got = by_mention(places(text))
    assert mention in got, got
    assert near(got[mention], lat, lon)


def test_valley_named_with_its_feature_word(places):
    got = by_mention(places("Farmers in the Bekaa Valley lost much of their harvest to the drought."))
    assert "Bekaa Valley" in got, got
    assert near(got["Bekaa Valley"], 33.85, 35.9)


def test_unknown_name_takes_the_country_its_sentence_puts_it_in():
    from eventwire.stages.places import resolve_spans

    text = ("Officials in Moscow met on Monday. The ministry said convoys were driving to the Qalbat area held by "
            "rebels in northern Syria.")
    spans = [(text.index("Moscow"), text.index("Moscow") + 6), (text.index("Qalbat"), text.index("Qalbat") + 6),
             (text.index("Syria"), text.index("Syria") + 5)]
    moscow, unknown, syria = resolve_spans(text, spans)
    assert moscow.country == "RUS" and syria.country == "SYR"
    assert unknown is not None and unknown.country == "SYR"


def test_unknown_name_keeps_the_nearest_town_inside_the_sentence_country():
    from eventwire.stages.places import resolve_spans

    text = "Police in Leeds were called to Harwood Lane on Sunday, the busiest night in England this year."
    spans = [(text.index("Leeds"), text.index("Leeds") + 5), (text.index("Harwood"), text.index("Harwood") + 12),
             (text.index("England"), text.index("England") + 7)]
    leeds, lane, _ = resolve_spans(text, spans)
    assert lane is not None and lane.lat == leeds.lat and lane.lon == leeds.lon
