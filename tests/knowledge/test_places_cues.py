"""The places cue loader (eventwire.knowledge.places_cues)."""

from __future__ import annotations

from eventwire.knowledge.places_cues import load_place_cues


def test_packaged_cues_list_adjectival_prefixes():
    cues = load_place_cues()
    assert {"mid", "trans", "euro"} <= cues.adjectival_prefixes


def test_another_file_with_the_same_keys_is_read_lower_cased(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("adjectival_prefixes: [Circum]\n", encoding="utf-8")
    assert load_place_cues(path).adjectival_prefixes == frozenset({"circum"})


def test_packaged_cues_list_local_body_words():
    assert {"police", "council", "mayor"} <= load_place_cues().local_body_words


def test_packaged_cues_list_site_name_heads():
    heads = load_place_cues().site_name_heads
    assert {"drive", "elementary", "memorial"} <= heads and "river" not in heads


def test_packaged_company_words_leave_out_suffixes_of_firms_based_somewhere():
    words = load_place_cues().company_words
    assert "corporation" in words and "inc" not in words


def test_packaged_speech_verbs_are_inflected_forms():
    assert {"said", "says", "told"} <= load_place_cues().speech_verbs


def test_packaged_kinship_nouns():
    assert {"wife", "daughter", "girlfriend"} <= load_place_cues().kinship_nouns


def test_packaged_saint_words_and_site_prepositions():
    cues = load_place_cues()
    assert {"st.", "saint"} <= cues.saint_words
    assert {"on", "off", "along"} <= cues.site_prepositions  # strings, not YAML booleans


def test_packaged_institution_body_words_are_body_words():
    cues = load_place_cues()
    assert {"university", "court", "hospital"} <= cues.institution_body_words <= cues.local_body_words
    assert "police" not in cues.institution_body_words


def test_time_zones_map_to_the_countries_that_keep_them():
    from eventwire.knowledge.places_cues import load_resolution_cues

    zones = load_resolution_cues().time_zone_countries
    assert zones["PT"] == {"US", "CA"} and zones["AEST"] == {"AU"}
    assert "GMT" not in zones and "IST" not in zones  # zone-neutral or kept under the same letters by several


def test_travel_verbs_whose_object_is_a_place_load():
    from eventwire.knowledge.places_cues import load_place_cues

    verbs = load_place_cues().place_object_verbs
    assert {"visit", "tour", "reach"} <= verbs and "meet" not in verbs


def test_packaged_town_spelling_prepositions_leave_out_those_people_follow():
    preps = load_place_cues().town_spelling_prepositions
    assert {"from", "near", "outside"} <= preps and not {"to", "of", "with"} & preps


def test_packaged_town_slot_prepositions_leave_out_those_people_follow():
    preps = load_place_cues().town_slot_prepositions
    assert {"near", "towards"} <= preps and not {"from", "to", "of"} & preps


def test_packaged_national_body_heads_leave_out_a_towns_own_bodies():
    from eventwire.knowledge.places_cues import load_resolution_cues

    heads = load_resolution_cues().national_body_heads
    assert {"centers", "organization", "agency"} <= heads and not {"police", "council", "hospital", "center"} & heads


def test_packaged_part_of_nouns_name_parts_of_a_place():
    from eventwire.knowledge.places_cues import load_resolution_cues

    nouns = load_resolution_cues().part_of_nouns
    assert {"district", "slum", "neighbourhood"} <= nouns and not {"capital", "city", "governor"} & nouns
