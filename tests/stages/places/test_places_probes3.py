"""places stage: where an event happened, from a locative pro-form, an area noun, a party named by "between", a
hyphenated dateline in capitals and a town spaCy fused to a time (invented mini-articles)."""

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


def test_there_refers_back_to_the_town_named_last(full_pipeline):
    text = ("DAKAR, Senegal (AP) — Floods cut off the town of Kolda on Monday. There, angry residents "
            "burned tyres outside the prefecture.")
    assert place_of(full_pipeline, text, "burned") == ("Kolda", "anaphor")


def test_the_area_refers_back_to_the_province_named_last(full_pipeline):
    text = ("NAIROBI, Kenya (Reuters) - Bandits stole 300 cattle in Turkana county on Friday. "
            "On Saturday, police arrested nine herders in the area.")
    name, rule = place_of(full_pipeline, text, "arrested")
    assert rule == "anaphor" and "Turkana" in name


def test_an_expletive_there_refers_to_no_place(full_pipeline):
    text = ("DAKAR, Senegal (AP) — Floods cut off the town of Kolda on Monday. There were no reports that "
            "police arrested looters.")
    assert place_of(full_pipeline, text, "arrested")[1] != "anaphor"


def test_countries_joined_by_between_are_parties_not_the_place(full_pipeline):
    text = "DOHA, Qatar (Reuters) - Qatar will host talks between Ethiopia and Eritrea next week, diplomats said."
    assert place_of(full_pipeline, text, "talks") == ("Doha", "dateline")


def test_a_border_between_two_countries_still_says_where(full_pipeline):
    text = "Soldiers clashed with smugglers on the border between Niger and Chad on Tuesday."
    name, rule = place_of(full_pipeline, text, "clashed")
    assert rule in ("clause", "sentence") and name in ("Niger", "Chad")


def test_a_hyphenated_town_in_a_capitals_dateline_is_found(places):
    a = places("PORT-AU-PRINCE, Haiti (AP) — Gunmen burned a clinic on Friday.")
    assert "Port-au-Prince" in [p.name for p in a.places]
    assert a.shared["place_dateline"] == next(p.id for p in a.places if p.name == "Port-au-Prince")


def test_a_town_fused_to_a_time_word_after_in_is_found(places):
    a = places("Agents searched an editor's flat in Maracaibo yesterday, his lawyer said.")
    assert "Maracaibo" in [p.name for p in a.places]


def test_an_unknown_landmark_before_a_site_noun_is_a_site_at_its_town(places):
    a = places("Militias shelled the Dalmuri refinery outside Benghazi on Sunday.")
    sites = [p for p in a.places if p.feature == "site"]
    town = next(p for p in a.places if p.name == "Benghazi")
    assert [p.name for p in sites] == ["Dalmuri refinery"]
    assert sites[0].resolution == 5 and (sites[0].lat, sites[0].lon) == (town.lat, town.lon)


def test_a_landmark_in_a_sentence_naming_no_town_sits_at_the_dateline_town(full_pipeline):
    text = "MISRATA, Libya (AP) — Rockets hit the Dalmuri power station on Tuesday, engineers said."
    name, rule = place_of(full_pipeline, text, "hit")
    assert name == "Dalmuri power station" and rule == "clause"


def test_the_country_refers_back_to_the_datelines_country(full_pipeline):
    text = "BAMAKO, Mali (AP) — Jihadists burned three schools in the centre of the country on Friday."
    assert place_of(full_pipeline, text, "burned") == ("Mali", "anaphor")


def test_a_capitals_dateline_town_before_its_country_is_the_dateline(places):
    # spaCy may call the capitals town a person; the gazetteer knows it (in another spelling) in that country
    a = places("MISRATA, Libya (AP) — Rockets hit a fuel depot on Tuesday, engineers said.")
    dateline = next(p for p in a.places if p.id == a.shared["place_dateline"])
    assert dateline.feature == "city" and dateline.country == "LBY"


def test_a_definite_event_noun_subject_goes_on_where_the_event_before_was(full_pipeline):
    text = ("ADEN, Yemen (AP) — Drones struck a fuel depot in Mukalla on Sunday.\n\n"
            "The strike wounded four guards, officials said.")
    name, rule = place_of(full_pipeline, text, "wounded")
    assert rule == "story" and "Mukall" in name


def test_a_town_spacy_takes_for_a_date_after_in_is_found(places):
    a = places("Masked men set fire to a bus depot in Owerri on Sunday.")
    assert "Owerri" in [p.name for p in a.places]


def test_where_participants_come_from_yields_to_where_they_act(full_pipeline):
    text = "Peacekeepers from Ghana and Togo deployed in Liberia on Monday."
    assert place_of(full_pipeline, text, "deployed")[0] == "Liberia"


def test_a_participle_clause_on_the_doer_does_not_place_the_event(full_pipeline):
    text = "Helicopters patrolling over Sudan strafed a fuel convoy near Abeche on Friday."
    name, rule = place_of(full_pipeline, text, "strafed")
    assert rule == "clause" and name.startswith("Ab")  # Abeche, not Sudan


def test_an_untagged_demonym_before_a_common_noun_is_no_region(places):
    # "Somali" is also a region of Ethiopia; before "forces" it is the people's adjective
    a = places("NAIROBI (Reuters) - Somali forces, backed by Kenyan troops, retook a port town on Friday.")
    assert "Somali" not in [m.text for p in a.places for m in p.mentions]


def test_a_town_spelt_with_an_apostrophe_is_found(places):
    a = places("N'DJAMENA, Chad (AP) — Rebels fired on a patrol. Houthi drones later hit a depot in Sana'a.")
    found = {m.text for p in a.places for m in p.mentions}
    assert {"N'DJAMENA", "Sana'a"} <= found
    assert next(p for p in a.places if p.id == a.shared["place_dateline"]).country == "TCD"


def test_an_after_clause_does_not_lend_its_town_to_the_main_event(full_pipeline):
    text = ("TEL AVIV (Reuters) - Warplanes bombed launch sites on Monday after militants fired mortars "
            "at Ashkelon.")
    assert place_of(full_pipeline, text, "bombed")[0] != "Ashkelon"
    assert place_of(full_pipeline, text, "bombed")[1] == "dateline"


def test_a_when_clause_still_lends_its_town(full_pipeline):
    text = "Police fired tear gas when students marched in Kumasi on Friday."
    name, rule = place_of(full_pipeline, text, "fired")
    assert name == "Kumasi" and rule == "sentence"
