"""places stage: recognition, resolution in context, metonymy, sites, one sense per document, place_for."""

from __future__ import annotations

import pytest

from eventwire.document import Analysis, Article
from eventwire.models import Place
from eventwire.stages.places import PlacesStage, place_for, resolve_spans
from eventwire.stages.places.resolve import clean_text

from ..stage_helpers import spans_of


def by_mention(analysis: Analysis) -> dict[str, Place]:
    return {m.text: p for p in analysis.places for m in p.mentions}


@pytest.fixture(scope="module")
def places(pipeline_factory):
    pipeline = pipeline_factory("places")
    return lambda text, **kw: pipeline.analyse(Article(text=text, **kw))


# ---------------------------------------------------------------- resolution given spans (no spaCy needed)

def test_transliteration_variants_resolve_to_one_place():
    text = "Fighting near Kharkov spread. Kharkiv came under fire. Idleb and Idlib were shelled; Hodeidah too."
    got = resolve_spans(text, spans_of(text, "Kharkov", "Kharkiv", "Idleb", "Idlib", "Hodeidah"))
    assert got[0].country == got[1].country == "UKR" and got[0].lat == got[1].lat
    assert got[2].country == got[3].country == "SYR"
    assert got[4].country == "YEM"


def test_container_picks_the_contained_place():
    text = "Residents of Paris, Texas, voted on Tuesday."
    (paris, texas) = resolve_spans(text, spans_of(text, "Paris", "Texas"))
    assert paris.country == "USA" and paris.admin1 == "Texas"
    text2 = "He was born in Springfield, Ill., in 1950."
    (springfield,) = resolve_spans(text2, spans_of(text2, "Springfield"))
    assert springfield.admin1 == "Illinois"
    text3 = "Houthi fighters advanced on Marib, Yemen."
    (marib, _) = resolve_spans(text3, spans_of(text3, "Marib", "Yemen"))
    assert marib.country == "YEM"


def test_feature_cues():
    text = "Shelling hit Donetsk oblast overnight."
    (donetsk,) = resolve_spans(text, spans_of(text, "Donetsk"))
    assert donetsk.feature == "admin1" and donetsk.country == "UKR"
    text2 = "Shelling hit the city of Donetsk overnight."
    (city,) = resolve_spans(text2, spans_of(text2, "Donetsk"))
    assert city.feature == "city" and city.country == "UKR"


def test_document_focus_resolves_small_towns():
    text = ("The Georgia Bulldogs won in Athens on Saturday. Fans drove from Atlanta and Macon, "
            "and Athens police closed roads.")
    got = resolve_spans(text, spans_of(text, "Georgia", "Athens", "Atlanta", "Macon", "Athens"))
    assert got[1].country == "USA" and got[1].admin1 == "Georgia"
    assert got[0].feature == "admin1"


def test_one_sense_per_document():
    text = "Paris, Texas, held a fair. Later, Paris hosted a rodeo and Paris residents celebrated."
    got = resolve_spans(text, spans_of(text, "Paris", "Texas", "Paris", "Paris"))
    assert got[0].lat == got[2].lat == got[3].lat and got[2].country == "USA"


def test_demonyms_resolve_when_given_as_spans():
    text = "Syrian forces and Russian jets struck."
    syrian, russian = resolve_spans(text, spans_of(text, "Syrian", "Russian"))
    assert (syrian.country, russian.country) == ("SYR", "RUS")


def test_clean_text_strips_possessive():
    assert clean_text("Russia's") == "Russia"


# ---------------------------------------------------------------- the stage

def test_stage_finds_and_resolves_places(places):
    a = places("Russian forces shelled Kharkiv on Tuesday, officials in Kyiv said.")
    found = by_mention(a)
    assert found["Kharkiv"].country == "UKR" and found["Kharkiv"].feature == "city"
    assert found["Kharkiv"].resolution == 4 and found["Kharkiv"].geonames_id
    assert "Kyiv" in found
    assert "Russian" not in found  # demonyms are actors


def test_metonymy_both_ways(places, pipeline_factory):
    text = "Beijing protested the visit. Shelling in Kharkiv continued."
    pipeline = pipeline_factory("places")
    analysis = Analysis(article=Article(text=text))
    for stage in pipeline.stages:
        if stage.name.startswith("places"):
            start = text.index("Beijing")
            analysis.shared["metonymic_spans"] = [(start, start + len("Beijing"), "A1")]
        stage(analysis)
    found = by_mention(analysis)
    assert "Beijing" not in found  # the actors stage said it is an agent
    assert "Kharkiv" in found  # a place where something happened
    # without the actors stage's decision nothing is excluded
    plain = by_mention(places(text))
    assert "Beijing" in plain


def test_gazetteer_matcher_catches_names_spacy_misses(places):
    a = places("The ship anchored off Cyprus before sailing to Limassol.")
    assert "Cyprus" in by_mention(a)


def test_sites_keep_the_settlement_point(places):
    a = places("Power was lost at the Zaporizhzhia nuclear plant on Friday.")
    sites = [p for p in a.places if p.feature == "site"]
    assert sites, [(p.name, p.feature) for p in a.places]
    site = sites[0]
    assert site.resolution == 5 and site.country == "UKR" and site.lat is not None
    assert "nuclear plant" in site.mentions[0].text


def test_places_cost_less_than_the_parse(places):
    a = places("Houthi fighters advanced on Marib, Yemen, as Saudi jets struck Sanaa and Hodeidah. " * 5)
    assert a.timings["places.v1"] < max(a.timings["nlp.v1"], 50.0)


# ---------------------------------------------------------------- place_for

def test_place_for_rules(places):
    text = ("KYIV, Ukraine (Reuters) - Officials met on Monday. Troops shelled Bakhmut overnight, and "
            "protesters gathered in Lviv. Talks continued.")
    a = places(text)
    ids = {m.text: p.id for p in a.places for m in p.mentions}
    trig = text.index("shelled")
    assert place_for(a, trig, trig + 7) == (ids["Bakhmut"], "clause")
    trig = text.index("gathered")
    assert place_for(a, trig, trig + 8) == (ids["Lviv"], "clause")
    trig = text.index("met")
    assert place_for(a, trig, trig + 3) == (ids["KYIV"], "dateline")
    trig = text.index("continued")
    assert place_for(a, trig, trig + 9)[1] in ("dateline", "document")


@pytest.mark.parametrize("lead", [
    "Ferry sinks off island coast\n\n",
    "Ferry sinks off island coast\n\nBy Tomas Berg\n\n",
])
def test_place_for_a_dateline_after_a_headline_and_a_byline_is_the_dateline(places, lead):
    text = lead + "HELSINKI (Reuters) - Coastguards rescued forty passengers on Tuesday. Officials later met in Turku."
    a = places(text)
    ids = {m.text: p.id for p in a.places for m in p.mentions}
    trig = text.index("rescued")
    assert place_for(a, trig, trig + 7) == (ids["HELSINKI"], "dateline")
    trig = text.index("met in")
    assert place_for(a, trig, trig + 3) == (ids["Turku"], "clause")


def test_place_for_the_city_refers_back_to_the_settlement_named_last(places):
    text = ("KYIV, Ukraine (Reuters) - Drones hit a depot in Kharkiv on Sunday. Rebels have encircled the town for "
            "weeks. The capital was quiet. The city of Odesa reported no damage.")
    a = places(text)
    ids = {m.text: p.id for p in a.places for m in p.mentions}
    trig = text.index("encircled")
    assert place_for(a, trig, trig + 9) == (ids["Kharkiv"], "anaphor")  # not the dateline's Kyiv
    trig = text.index("was quiet")
    assert place_for(a, trig, trig + 3)[1] != "anaphor"  # "the capital" is no anaphor of the last-named town
    trig = text.index("reported")
    assert place_for(a, trig, trig + 8) == (ids["Odesa"], "clause")


def test_place_for_document_focus_and_missing_stage(places):
    text = "Aid reached Marib on Sunday. Marib officials welcomed it. Talks continued."
    a = places(text)
    trig = text.index("continued")
    pid, rule = place_for(a, trig, trig + 9)
    assert rule == "document" and pid == by_mention(a)["Marib"].id
    assert place_for(Analysis(article=Article(text=text)), 0, 3) == (None, None)


def test_stage_metadata():
    assert PlacesStage.name == "places.v1" and "places" in PlacesStage.adds


def test_disease_names_are_not_places(places):
    a = places("The Marburg virus outbreak spread in Uganda. Marburg virus cases rose.")
    found = by_mention(a)
    assert "Uganda" in found and "Marburg" not in found


def test_places_inside_organisation_names(places):
    a = places("The Conference Board of Canada published the report on Tuesday.")
    assert by_mention(a).get("Canada") is not None


def test_inner_names_and_facilities_given_as_spans():
    text = "Officials at the British Embassy Tokyo met staff of the Bank of Japan."
    embassy, bank = resolve_spans(text, spans_of(text, "British Embassy Tokyo", "Bank of Japan"))
    assert embassy.country == "JPN"  # an embassy stands in the city it names, not in the sending country
    assert bank.country == "JPN" and bank.feature == "country"


# ---------------------------------------------------------------- recognition on hand-labelled docs (no model)

def _labelled(text: str, ents: list[tuple[str, str]]):
    """A blank-pipeline doc whose entities are set by hand: (surface, label) in order of appearance."""
    import spacy
    from spacy.tokens import Span as SpacySpan

    doc = spacy.blank("en")(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(SpacySpan(doc, span.start, span.end, label=label))
        pos = start + len(surface)
    doc.ents = spans
    return Analysis(article=Article(text=text), doc=doc)


def _found(analysis) -> list[str]:
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import recognise

    return [analysis.text[f.start:f.end] for f in recognise(analysis, load_gazetteer())]


def test_country_tagged_as_person_in_a_list_of_places_is_a_place():
    # spaCy files African countries under PERSON in enumerations; the list's other items are places
    text = "Cases were reported in Zambia, Malawi and Mozambique last week."
    found = _found(_labelled(text, [("Zambia", "GPE"), ("Malawi", "PERSON"), ("Mozambique", "GPE")]))
    assert "Malawi" in found


def test_person_not_coordinated_with_places_stays_a_person():
    text = "Jordan said the talks with Smith had failed."
    found = _found(_labelled(text, [("Jordan", "PERSON"), ("Smith", "PERSON")]))
    assert "Jordan" not in found


def test_place_after_a_feature_noun_is_a_place():
    text = "A fundraiser was held in the province Gauteng on Friday."
    assert "Gauteng" in _found(_labelled(text, [("Gauteng", "PERSON")]))


def test_news_outlet_named_after_a_city_is_not_a_place():
    text = "Officials in Denver told the Washington Post and the Voice of America that Texas was next."
    found = _found(_labelled(text, [("Denver", "GPE"), ("Washington Post", "ORG"), ("America", "GPE"),
                                    ("Texas", "GPE")]))
    assert "Washington" not in found and "America" not in found
    assert "Denver" in found and "Texas" in found


def test_small_town_followed_by_its_state_is_a_place():
    # "Herndon" is too small for the bare matcher and spaCy labels it a person here; ", Virginia" places it
    text = "Crates of parrots were flown from Brazil to Herndon, Virginia in 2003."
    found = _found(_labelled(text, [("Brazil", "GPE"), ("Herndon", "PERSON"), ("Virginia", "GPE")]))
    assert "Herndon" in found


def test_unlabelled_hamlet_is_a_place_only_inside_the_state_named_after_it():
    # "Dugway" (a few hundred people) is too small for the bare matcher; ", Utah" vouches for it, ", Oregon" not
    text = "Tests ran at Dugway, Utah last year."
    assert "Dugway" in _found(_labelled(text, [("Utah", "GPE")]))
    text = "Tests ran at Dugway, Oregon last year."
    assert "Dugway" not in _found(_labelled(text, [("Oregon", "GPE")]))


def test_unknown_village_introduced_as_one_is_placed_at_its_settlement(places):
    # "Kilconquhar" is in no packaged gazetteer; "the village of" says it is a settlement, "in Fife" where it is
    a = places("A rare orchid was recorded in the village of Kilconquhar in Fife, Scotland last week.")
    got = by_mention(a)
    assert "Kilconquhar" in got and got["Kilconquhar"].resolution == 5
    assert abs(got["Kilconquhar"].lat - got["Fife"].lat) < 1.0


def test_capitalised_word_after_no_settlement_cue_is_not_made_a_place():
    text = "The report of Thursday said Bumbacari would speak."
    assert "Bumbacari" not in _found(_labelled(text, [("Bumbacari", "PERSON")]))


def test_place_after_a_comma_is_the_container_of_the_one_before():
    # "New York" alone is the city; after "Buffalo, " it names the state Buffalo is in
    text = "A fire broke out in Buffalo, New York on Monday."
    got = resolve_spans(text, spans_of(text, "Buffalo", "New York"))
    assert got[1].feature == "admin1" and got[1].country == "USA"


def test_states_listed_together_are_states_of_one_country():
    # "Georgia" next to Armenia would be the country; listed right before a US state it is the state
    text = "Outbreaks hit Georgia, Oklahoma and Armenia."
    got = resolve_spans(text, spans_of(text, "Georgia", "Oklahoma", "Armenia"))
    assert got[0].feature == "admin1" and got[0].country == "USA"
    text = "Flu spread to Georgia and Azerbaijan last week."
    assert resolve_spans(text, spans_of(text, "Georgia", "Azerbaijan"))[0].country == "GEO"


def test_place_named_in_a_capitalised_disease_name_is_not_a_place():
    text = "Six people died of the Hong Kong Flu virus in Osaka this week."
    found = _found(_labelled(text, [("Hong Kong", "GPE"), ("Osaka", "GPE")]))
    assert "Hong Kong" not in found and "Osaka" in found


def test_unknown_site_followed_by_its_state_is_kept():
    text = "She trained recruits at the barracks in Fort Huachuca, Arizona for two years."
    found = _found(_labelled(text, [("Fort Huachuca", "FAC"), ("Arizona", "GPE")]))
    assert "Fort Huachuca" in found
    # a name spaCy calls a GPE that the gazetteer lacks is kept only because ", Arizona" vouches for it
    assert "Fort Huachuca" in _found(_labelled(text, [("Fort Huachuca", "GPE"), ("Arizona", "GPE")]))
    bare = "She trained recruits at the barracks in Fort Huachuca for two years."
    assert "Fort Huachuca" not in _found(_labelled(bare, [("Fort Huachuca", "GPE")]))


def test_no_transliteration_guess_for_english_place_names():
    # "Earlsheaton" (not in the packaged data) once matched the skeleton of "Earlston", 200 km away in Scotland;
    # English names are written natively, so the unknown name falls back to the settlement the text names
    text = "They moved to Earlsheaton, near Dewsbury, in 1990."
    got = resolve_spans(text, spans_of(text, "Earlsheaton", "Dewsbury"))
    assert got[0].name != "Earlston"
    assert abs(got[0].lat - got[1].lat) < 0.2 and abs(got[0].lon - got[1].lon) < 0.2


def test_facility_name_stands_in_the_city_it_names_not_in_a_country_before_it():
    # the demonym leading "British Embassy Tokyo" once ended the search for a settlement inside the name
    text = "Staff at the British Embassy Tokyo were told."
    (embassy,) = resolve_spans(text, spans_of(text, "British Embassy Tokyo"))
    assert embassy is not None and embassy.country == "JPN" and embassy.feature == "city"
    # a country named inside a facility name is no namesake town (Armenia, Colombia)
    text = "He visited the Embassy of the Republic of Armenia on Monday."
    (armenia,) = resolve_spans(text, spans_of(text, "Embassy of the Republic of Armenia"))
    assert armenia is None or armenia.country != "COL"


def test_small_town_with_its_country_named_survives_the_far_off_guard():
    # a town of under 10,000 in a region nothing else in the text names, far from the other places: the guard
    # against far-off hamlets must not drop it when ", Germany" says where it is
    text = "The firm, with offices in Chicago and Boston, makes feed in Bad Wimpfen, Germany."
    got = resolve_spans(text, spans_of(text, "Chicago", "Boston", "Bad Wimpfen", "Germany"))
    assert got[2].name == "Bad Wimpfen" and got[2].country == "DEU" and got[2].feature == "city"


def test_generic_word_after_a_feature_prefix_is_no_place():
    # "River North" (a neighbourhood) is no place called "North"; unknown, it sits at the settlement named nearby
    text = "A man was stabbed in River North, Chicago police said."
    river_north, chicago = resolve_spans(text, spans_of(text, "River North", "Chicago"))
    assert river_north.feature == "site"
    assert abs(river_north.lat - chicago.lat) < 0.5 and abs(river_north.lon - chicago.lon) < 0.5


def test_far_off_small_unit_found_by_its_own_name_only_is_a_name_we_lack():
    # "Grand" (a Chicago street) matched Grand County, Colorado: small, far from every other place of the text,
    # and in a region only its own pick put there
    text = "Police in Chicago said the man fled to the platform at Grand and State, near Park Ridge."
    _, grand, _, _ = resolve_spans(text, spans_of(text, "Chicago", "Grand", "State", "Park Ridge"))
    assert grand.feature == "site" and grand.admin1 == "Illinois"


def test_former_province_resolves_to_its_country():
    # Kenya's provinces were replaced by counties in 2013; "Nyanza" once fell to a Rwandan district's bare name
    text = "Cholera cases rose in Nyanza and the Rift Valley, Kenya's health ministry said."
    nyanza, rift = resolve_spans(text, spans_of(text, "Nyanza", "Rift Valley"))
    assert nyanza.country == rift.country == "KEN" and nyanza.feature == "admin1"


def test_country_code_after_a_currency_sign_is_a_currency():
    # "US" is a key of the document once "U.S." is a place in it; after "$" it is still the currency
    text = "U.S. growers say the crop is worth $US 1.5 billion to farmers in Texas."
    analysis = _labelled(text, [("U.S.", "GPE"), ("Texas", "GPE")])
    found = _found(analysis)
    assert "Texas" in found and "U.S." in found and "US" not in found


def test_capitalised_word_closing_a_longer_name_is_not_matched_alone():
    # the gazetteer matcher once took "Orange" out of "Agent Orange" and "Act" out of "Republic Act"
    text = "Victims of Agent Orange met officials in Hanoi under the Republic Act rules."
    found = _found(_labelled(text, [("Hanoi", "GPE")]))
    assert "Orange" not in found and "Act" not in found and "Hanoi" in found


def test_news_outlets_named_daily_or_after_television_are_not_places():
    text = "The China Daily and Television New Zealand reported cases in Beijing."
    found = _found(_labelled(text, [("China Daily", "ORG"), ("Television New Zealand", "ORG"), ("Beijing", "GPE")]))
    assert "China" not in found and "New Zealand" not in found and "Beijing" in found


def test_mixed_case_acronym_is_no_place():
    # "MoD" (Ministry of Defence) once resolved to a town whose alternate name is "Mod"
    text = "The MoD said the soldier died in Syria."
    found = _found(_labelled(text, [("MoD", "GPE"), ("Syria", "GPE")]))
    assert "MoD" not in found and "Syria" in found


def test_word_of_a_full_personal_name_names_the_person_elsewhere():
    # "Bingham" alone after "Mayor Ryan Bingham" is the mayor, not one of the small towns called Bingham
    text = "Mayor Ryan Bingham spoke on Monday. Bingham said the plan would work."
    found = _found(_labelled(text, [("Ryan Bingham", "PERSON"), ("Bingham", "GPE")]))
    assert "Bingham" not in found
    # ... but a well-known place keeps its sense, and so does a name after a preposition of place
    text = "Jordan Dyer flew home. Jordan closed its border. Dyer lives in Bingham now, near Ryan Bingham's farm."
    found = _found(_labelled(text, [("Jordan Dyer", "PERSON"), ("Jordan", "GPE"), ("Bingham", "GPE"),
                                    ("Ryan Bingham", "PERSON")]))
    assert "Jordan" in found and "Bingham" in found


def test_alternate_name_unlike_its_city_does_not_make_a_name_a_place():
    # "Julia" is among the old names of Plovdiv: as an organisation or an unlabelled word it is no place
    text = "His wife, Julia, has taken on the search since Friday."
    assert "Julia" not in _found(_labelled(text, [("Julia", "ORG")]))
    # an alternate spelt like the city's own name still vouches for it
    text = "Trains from Kiev were cancelled."
    assert "Kiev" in _found(_labelled(text, [("Kiev", "ORG")]))


def test_place_name_with_a_landmark_word_is_not_its_inner_namesake():
    # "Tennessee Colony" (a Texas town the gazetteer lacks) once resolved to the state of Tennessee
    text = "Inmates were moved to Tennessee Colony, a prison town, from Dallas."
    colony, dallas = resolve_spans(text, spans_of(text, "Tennessee Colony", "Dallas"))
    assert colony.feature == "site" and colony.admin1 == dallas.admin1 == "Texas"


def test_county_short_form_does_not_make_an_organisation_a_place():
    # "Franklin" (a school here) is an alternate name of the populous Franklin County, Ohio: not enough
    text = "Parents at Franklin said more children fell ill this spring."
    assert "Franklin" not in _found(_labelled(text, [("Franklin", "ORG")]))


def test_nationality_word_is_the_people_not_a_region_of_that_name():
    # "Somali" is a demonym and also the name of an Ethiopian region; spaCy's nationality label decides
    text = "Many Somali families opened shops in Minneapolis."
    assert "Somali" not in _found(_labelled(text, [("Somali", "NORP")]))


def test_region_named_by_generic_words_is_a_place():
    # "Middle East" is two words that are generic alone ("middle", "east"); together they name a region
    text = "The virus spread to central Asia and the Middle East, and North officials met."
    found = _found(_labelled(text, [("Asia", "LOC"), ("the Middle East", "LOC"), ("North", "LOC")]))
    assert "Middle East" in found and "North" not in found


def test_region_introduced_by_a_settlement_cue_keeps_its_sense_later():
    text = "Ferries sailed round the island of Java on Monday. Later Java's coast was hit by a wave."
    analysis = _labelled(text, [("Java", "PERSON"), ("Java", "PERSON")])
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import recognise

    spans = [(f.start, f.end) for f in recognise(analysis, load_gazetteer())]
    assert len([s for s in spans if text[s[0]:s[1]] == "Java"]) == 2


def test_town_before_a_noun_for_its_people_is_a_place():
    # spaCy calls the town an organisation; "man" after it says it is where he lives
    text = "A Gainesville man was charged on Friday."
    assert "Gainesville" in _found(_labelled(text, [("Gainesville", "ORG")]))
    text = "A Syrian man was charged on Friday."
    assert "Syrian" not in _found(_labelled(text, [("Syrian", "NORP")]))


def test_small_county_named_with_its_type_word_inside_an_organisation_is_a_place():
    text = "The Tillamook County Health Department closed the beach."
    found = _found(_labelled(text, [("The Tillamook County Health Department", "ORG")]))
    assert "Tillamook County" in found


def _entry(pid, name, feature, country):
    from eventwire.knowledge.gazetteer import Entry

    return Entry(pid, pid, name, feature, "PPL", country, None, None, None, None, 0.0, 0.0, 1000)


def test_focus_tie_goes_to_the_city_of_the_most_named_country():
    # Regression: with one mention each, the first city won, so an op-ed on Mali that once says "in Paris"
    # dated every unplaced event in Paris.
    from eventwire.stages.places.resolve import focus_entry

    mali, paris, bamako = _entry(1, "Mali", "country", "ML"), _entry(2, "Paris", "city", "FR"), \
        _entry(3, "Bamako", "city", "ML")
    assert focus_entry([mali, paris, bamako]).name == "Bamako"
    # more mentions of a city still win; an even tie keeps the first mentioned
    assert focus_entry([mali, paris, bamako, paris]).name == "Paris"
    assert focus_entry([paris, bamako]).name == "Paris"
    assert focus_entry([None, mali]).name == "Mali" and focus_entry([None]) is None


def test_place_named_by_two_joined_names_is_one_place(places):
    found = by_mention(places("Cholera cases were reported in Senegal, Guinea-Bissau and Mali. In the Indian state "
                              "of Jammu and Kashmir, roads were closed. Exports from Trinidad and Tobago fell."))
    assert found["Guinea-Bissau"].country == "GNB" and "Guinea" not in found
    assert found["Jammu and Kashmir"].feature == "admin1" and "Jammu" not in found
    assert found["Trinidad and Tobago"].feature == "country" and "Trinidad" not in found


def test_hyphenated_pair_of_places_still_yields_its_parts(places):
    found = by_mention(places("Ministers met in Singapore to discuss trade across the Asia-Pacific region."))
    assert "Asia" in found and "Singapore" in found


def test_word_in_capitals_inside_a_sentence_is_an_acronym_not_a_town(places):
    found = by_mention(places("Police said the city's SWAT team stormed the house in Dayton on Monday. "
                              "Three SWAT officers were hurt."))
    assert "SWAT" not in found and "Dayton" in found


def test_dateline_in_capitals_is_a_place(places):
    found = by_mention(places("BY JOHN SMITH Staff Reporter March 3, 2009 NEWARK -- The council voted to close the "
                              "old library on Tuesday."))
    assert "NEWARK" in found
    assert "SMITH" not in found


def test_town_spacy_calls_an_organisation_after_in_is_a_place(places):
    a = places("Their first home together was a small rented cottage in Dewsbury, which cost them a week's wage.")
    assert by_mention(a)["Dewsbury"].country == "GBR"


def test_surname_spelt_like_an_other_name_of_a_big_city_names_the_person():
    # "Cordova" is only another spelling of Córdoba: after "Jose Angel Cordova" it is the minister, not the city;
    # a big place's own name ("Jordan") keeps its sense
    text = "Health minister Jose Angel Cordova spoke on Monday. Cordova called the figures encouraging."
    found = _found(_labelled(text, [("Jose Angel Cordova", "PERSON"), ("Cordova", "ORG")]))
    assert "Cordova" not in found


def test_place_name_hyphenated_to_an_adjectival_prefix_is_an_adjective(places):
    a = places("Stores across nine mid-Atlantic states closed, and the pact deepened euro-Atlantic integration. "
               "Trucks drove from mid-Ohio to Boston. Ships crossed the Atlantic.")
    mentions = [m.text for p in a.places for m in p.mentions]
    assert mentions.count("Atlantic") == 1  # only "crossed the Atlantic"
    assert "Ohio" in mentions  # "from mid-Ohio to": no noun after it, the place stays


def test_adjectival_compound_needs_the_prefix_glued_by_a_hyphen():
    text = "The pro - Atlantic group met. Pro-Atlantic voters gathered."
    found = _found(_labelled(text, [("Atlantic", "LOC"), ("Atlantic", "LOC")]))
    assert found.count("Atlantic") == 2  # spaced hyphen, capitalised prefix: neither is the adjectival pattern


def test_town_name_opening_a_longer_name_is_not_matched_alone():
    text = "Two sushi bars in Mission Viejo closed. She lives at Lot No. 5 in the park. Glasgow Police arrived."
    found = _found(_labelled(text, [("Viejo", "PERSON")]))
    assert "Mission" not in found and "Lot" not in found
    assert "Glasgow" in found  # the town's own police: the town is named


def test_town_name_opening_a_street_or_school_name_is_not_the_town(places):
    a = places("Crews repaved Wichita Drive last week. Pupils of Logan Elementary sang. "
               "Ivins was taken to Frederick Memorial Hospital. Later he drove to Wichita.")
    mentions = [m.text for p in a.places for m in p.mentions]
    assert mentions.count("Wichita") == 1  # only "drove to Wichita"
    assert "Logan" not in mentions and "Frederick" not in mentions


def test_common_word_capitalised_in_an_organisation_name_is_not_a_town():
    # "Man" is also a city of 150,000 in Côte d'Ivoire; the text uses the word in lower case too
    text = "Everyone calls him The Fish Man Club founder, and every man in town knows him."
    found = _found(_labelled(text, [("The Fish Man Club", "ORG")]))
    assert "Man" not in found


def test_small_town_before_a_common_noun_for_a_site_is_a_place():
    text = "Villagers who fell ill were taken to Desaguadero hospital on Saturday."
    found = _found(_labelled(text, [("Desaguadero", "PERSON")]))
    assert "Desaguadero" in found
    text = "Officials met at the Desaguadero Hospital board on Saturday."  # a name: the head is capitalised
    assert "Desaguadero" not in _found(_labelled(text, [("Desaguadero Hospital", "ORG")]))


def test_town_a_disease_is_named_after_is_a_place_after_a_preposition_of_place():
    text = "The Reston ebolavirus was found in monkeys shipped to Reston, Virginia, in 1989."
    found = _found(_labelled(text, [("Reston", "GPE"), ("Reston", "GPE"), ("Virginia", "GPE")]))
    assert found.count("Reston") == 1  # "to Reston"; the virus's name stays no place


def test_country_in_a_national_firms_name_is_not_a_place():
    text = ("The Peanut Corporation of America recalled its butter. The onions came from Boskovich Farms Inc. of "
            "Oxnard, California, and the mail from the United Kingdom.")
    found = _found(_labelled(text, [("The Peanut Corporation of America", "ORG"), ("Boskovich Farms Inc.", "ORG"),
                                    ("Oxnard", "GPE"), ("California", "GPE"), ("the United Kingdom", "GPE")]))
    assert "America" not in found
    assert "Oxnard" in found and "United Kingdom" in found  # a firm based in Oxnard: the town is a place


def test_place_name_hyphenated_to_a_given_name_is_part_of_that_name():
    text = "The minister, Ann-Christin Nykvist of the Sweden-Norway Council, spoke in Stockholm."
    found = _found(_labelled(text, [("Ann-Christin Nykvist of the Sweden-Norway Council", "ORG"),
                                    ("Stockholm", "GPE")]))
    assert "Ann" not in found and "Stockholm" in found
    assert "Sweden" in found and "Norway" in found  # two places joined by a hyphen stay places


def test_capitalised_word_spacy_left_out_of_a_place_name_is_taken_in():
    text = "Aid workers said that in Goz Beida, the camps lacked water."
    found = _found(_labelled(text, [("Beida", "GPE")]))
    assert "Goz Beida" in found and "Beida" not in found


def test_town_name_heading_a_phrase_with_an_article_is_a_thing_not_the_town(places):
    a = places("Police said the Toyota failed to yield to a bus near Austin on Monday. "
               "The Toyota then struck a parked van. Voters in the Sochi election chose a new mayor.")
    mentions = [m.text for p in a.places for m in p.mentions]
    assert "Toyota" not in mentions and "Austin" in mentions
    assert "Sochi" in mentions  # the name modifies a noun: the town's election


def test_saints_name_in_the_possessive_before_a_name_is_an_institution():
    text = ("Buses stop at St. Mary's High School in Woodstock. Flights land at St. Petersburg's Pulkovo Airport. "
            "Later she moved to St. John's, Newfoundland.")
    found = _found(_labelled(text, [("St. Mary", "GPE"), ("Woodstock", "GPE"), ("St. Petersburg", "GPE"),
                                    ("St. John's", "GPE"), ("Newfoundland", "GPE")]))
    assert "St. Mary" not in found and "Woodstock" in found
    assert "St. Petersburg" in found  # a metropolis keeps its sense
    assert "St. John" in found  # the city's own name, followed by its province


def test_region_by_its_other_name_listed_with_places_is_a_place():
    text = "Cases were found in Khartoum and Al Jazirah in Sudan, officials said. Talks with Fatah and Hamas failed."
    found = _found(_labelled(text, [("Khartoum", "GPE"), ("Al Jazirah", "PERSON"), ("Sudan", "GPE"),
                                    ("Fatah", "ORG"), ("Hamas", "ORG")]))
    assert "Al Jazirah" in found  # another name of Gezira state
    assert "Hamas" not in found  # a town's other name is not enough


def test_site_named_with_a_plural_head_is_kept_at_its_town():
    text = "Volunteers in Jordan's sprawling Mafraq camps handed out blankets, a charity said."
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import _site_heads, analyse_places
    from eventwire.stages.places.resolve import Resolver

    gaz = load_gazetteer()
    result = analyse_places(_labelled(text, [("Jordan", "GPE"), ("Mafraq", "PERSON")]), gaz, Resolver(gaz),
                            _site_heads())
    sites = {m.text: p for p in result["places"] for m in p.mentions}
    assert sites["Mafraq camps"].feature == "site" and sites["Mafraq camps"].country == "JOR"


def test_village_spacy_calls_an_organisation_after_in_is_a_place():
    text = "The labs in Pirbright, where the vaccine firm works, were closed on Friday."
    assert "Pirbright" in _found(_labelled(text, [("Pirbright", "ORG")]))


def test_dateline_in_capitals_after_the_headline_is_a_small_town():
    text = "Barn fire destroys hay. MILFORD - Firefighters spent the night fighting a blaze at a dairy farm on Sunday."
    found = _found(_labelled(text, []))
    assert "MILFORD" in found
    text = "Barn fire destroys hay. Milford said firefighters spent the night at a dairy farm on Sunday."
    assert "Milford" not in _found(_labelled(text, []))  # a surname-like word without the dateline's form


def test_given_name_the_text_uses_for_a_speaker_names_that_person_throughout():
    text = ("Nine-year-old Georgia Stevens loves to skate. 'I train every day,' said Georgia. Georgia began "
            "skating at four. Her family moved to Georgia from Canada.")
    ents = [("Georgia Stevens", "PERSON"), ("Georgia", "GPE"), ("Georgia", "GPE"), ("Georgia", "GPE"),
            ("Canada", "GPE")]
    found = _found(_labelled(text, ents))
    assert found.count("Georgia") == 1  # only "moved to Georgia": a preposition of place keeps the place
    assert "Canada" in found
    # without the name used for a speaker, a full name leaves a well-known place its sense
    text = "Nine-year-old Georgia Stevens loves to skate. Georgia began skating at four."
    assert "Georgia" in _found(_labelled(text, [("Georgia Stevens", "PERSON"), ("Georgia", "GPE")]))


def test_single_name_after_a_noun_for_a_relative_is_that_relative():
    text = "He is survived by his wife, Nina, and a daughter, Olivia, of Paris, Texas."
    found = _found(_labelled(text, [("Nina", "GPE"), ("Olivia", "GPE"), ("Paris", "GPE"), ("Texas", "GPE")]))
    assert "Nina" not in found and "Olivia" not in found
    assert "Paris" in found and "Texas" in found


def test_person_after_in_is_not_made_a_town_spelt_otherwise_or_named_in_full():
    text = "Villagers said they put their trust in God. Barack Obama spoke. Voters lost confidence in Obama."
    found = _found(_labelled(text, [("God", "PERSON"), ("Barack Obama", "PERSON"), ("Obama", "PERSON")]))
    assert "God" not in found  # not Göd, Hungary
    assert "Obama" not in found  # the person the text names in full, not Obama, Japan


def test_name_before_a_site_noun_must_spell_the_town_exactly():
    text = "Pilgrims prayed at the God church every Sunday."
    assert "God" not in _found(_labelled(text, [("God", "PERSON")]))  # not Göd, Hungary


def test_entity_cut_after_a_function_word_ends_in_its_name():
    text = "In a letter to the planning office of the City of Tacoma, residents asked for more parking."
    found = _found(_labelled(text, [("City of", "GPE"), ("Tacoma", "GPE")]))
    assert "City of" not in found and "Tacoma" in found


def test_unknown_facility_is_a_site_only_where_a_preposition_places_something():
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import _site_heads, analyse_places
    from eventwire.stages.places.resolve import Resolver

    text = ("The Hallorann Grand Hotel sued the city of Denver. Guests met at the Hallorann Grand Hotel in Denver "
            "on Friday.")
    ents = [("Hallorann Grand Hotel", "FAC"), ("Denver", "GPE"), ("Hallorann Grand Hotel", "FAC"), ("Denver", "GPE")]
    analysis = _labelled(text, ents)
    for tok in analysis.doc:  # sentence boundaries for the blank parse
        tok.is_sent_start = tok.i == 0 or analysis.doc[tok.i - 1].text == "."
    gaz = load_gazetteer()
    result = analyse_places(analysis, gaz, Resolver(gaz), _site_heads())
    sites = [m.start for p in result["places"] if p.feature == "site" for m in p.mentions]
    assert sites == [text.index("Hallorann Grand Hotel", 10)]  # "met at the ...", not the hotel suing


def test_town_before_a_lower_case_word_for_its_bodies_is_a_place():
    # "Grovetown police", "Raytown officials": only a town's name is so followed, whatever label spaCy gives it
    text = "Grovetown police closed the road. Later Raytown officials said it reopened."
    found = _found(_labelled(text, [("Grovetown", "ORG"), ("Raytown", "PERSON")]))
    assert "Grovetown" in found and "Raytown" in found


def test_words_for_bodies_or_acronyms_before_such_a_noun_are_no_towns():
    text = "Police officials said the roads were icy. Chad would accept UN police but no troops."
    found = _found(_labelled(text, [("Chad", "GPE"), ("UN", "ORG")]))
    assert "Police" not in found and "UN" not in found


def test_town_shown_by_a_preposition_is_the_town_when_named_alone_again():
    # one name, one sense: "in Dewsbury" makes the bare "Dewsbury" of the next sentence the same town
    text = "A man from Leeds moved in Dewsbury last year. Dewsbury has changed since then."
    found = _found(_labelled(text, [("Leeds", "GPE"), ("Dewsbury", "ORG"), ("Dewsbury", "ORG")]))
    assert found.count("Dewsbury") == 2


def test_name_of_a_person_named_in_full_is_not_carried_to_bare_mentions():
    text = "Trump hired John Bolton. The job went to Bolton after a long search. Bolton accepted."
    analysis = _labelled(text, [("John Bolton", "PERSON"), ("Bolton", "PERSON"), ("Bolton", "PERSON")])
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import recognise

    starts = [f.start for f in recognise(analysis, load_gazetteer())]
    assert text.rindex("Bolton") not in starts  # "Bolton accepted": the man


def test_place_named_with_a_feature_word_the_gazetteer_lacks_is_kept_whole():
    # the gazetteer has "Artibonite" but not "Artibonite Region": the name with its feature word is the place
    text = "Cholera spread across the Artibonite Region last month."
    found = _found(_labelled(text, [("Artibonite Region", "GPE")]))
    assert found == ["Artibonite Region"]


def test_well_known_place_opening_an_unknown_name_is_a_place():
    text = "The Santa Ana City Council met on Monday. Aid reached the South Asia Earthquake zone."
    found = _found(_labelled(text, [("Santa Ana City Council", "GPE"), ("South Asia Earthquake", "LOC")]))
    assert "Santa Ana" in found and "South Asia" in found


def test_place_inside_the_name_of_a_park_lake_disease_or_sub_region_is_not_taken():
    text = ("Police searched Jordan Valley Farms and Tennessee Colony. The West Nile virus spread. Crime rose in "
            "Far North Queensland.")
    found = _found(_labelled(text, [("Jordan Valley Farms", "LOC"), ("Tennessee Colony", "GPE"), ("West Nile", "LOC"),
                                    ("Far North Queensland", "LOC")]))
    assert not {"Jordan", "Tennessee", "Nile", "Far North"} & set(found)


def test_names_listed_with_a_plural_feature_word_are_places_of_that_kind():
    text = "School boards in Barrow, Jackson and Madison counties cut jobs. Cases rose in the provinces of Midlands " \
           "and Mashonaland West."
    found = _found(_labelled(text, [("Barrow", "ORG"), ("Jackson", "PERSON")]))
    assert {"Barrow", "Jackson", "Madison", "Midlands", "Mashonaland West"} <= set(found)


def test_demonym_before_a_plural_feature_word_is_no_place():
    text = "Like many Canadian counties, Alberta has no regulator."
    found = _found(_labelled(text, [("Canadian", "NORP"), ("Alberta", "GPE")]))
    assert found == ["Alberta"]


def test_place_name_before_an_abbreviated_street_word_is_a_street():
    text = "The wake is at the Hartwell Chapel, 17 Cumberland St., Lebanon."
    found = _found(_labelled(text, [("Hartwell Chapel, 17 Cumberland St.", "ORG"), ("Lebanon", "GPE")]))
    assert "Cumberland" not in found and "Lebanon" in found


def test_first_word_of_a_town_left_out_of_a_person_entity_is_put_back():
    text = "Diners fell ill at a grill in Mission Viejo and at another in Fullerton."
    found = _found(_labelled(text, [("Viejo", "PERSON"), ("Fullerton", "GPE")]))
    assert "Mission Viejo" in found


def test_name_joined_by_a_particle_is_one_place():
    text = "Swine fever was found in the villages of Lunca de Jos and Sulina, near the Black Sea."
    found = _found(_labelled(text, [("Lunca de Jos", "ORG"), ("Sulina", "GPE"), ("Black Sea", "LOC")]))
    assert "Lunca de Jos" in found and "Jos" not in found


def test_places_inside_disease_names_with_a_medical_adjective_or_an_article_are_no_places():
    text = ("Middle East respiratory syndrome reached Riyadh. Crimean-Congo hemorrhagic fever hit Tokat. A Hong "
            "Kong flu pandemic followed.")
    found = _found(_labelled(text, [("Middle East", "LOC"), ("Riyadh", "GPE"), ("Congo", "GPE"), ("Tokat", "GPE"),
                                    ("Hong Kong", "GPE")]))
    assert found == ["Riyadh", "Tokat"]


def test_place_named_in_a_disease_name_stays_a_place_after_a_preposition():
    text = "The Hong Kong flu spread widely. Doctors in Hong Kong were alarmed."
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import recognise

    analysis = _labelled(text, [("Hong Kong", "GPE"), ("Hong Kong", "GPE")])
    assert [f.start for f in recognise(analysis, load_gazetteer())] == [text.rindex("Hong Kong")]


def test_county_named_with_generic_words_and_its_type_word_is_a_place():
    # "hall" and "county" are both generic words, but together with the type word last they name a county
    text = "A veteran of Hall County government retired in December."
    assert _found(_labelled(text, [("Hall County", "GPE")])) == ["Hall County"]


def test_place_opening_the_name_of_one_of_its_bodies_is_the_place():
    text = "The meeting is at Hanover Town Hall. Deputies of the Metcalfe County Sheriff's Office attended."
    found = _found(_labelled(text, [("Hanover Town Hall", "FAC"), ("the Metcalfe County Sheriff's Office", "FAC")]))
    assert "Hanover" in found and "Metcalfe County" in found


def test_place_before_a_type_word_that_ends_no_body_is_not_cut_from_its_name():
    text = "Eggs from Wright County Eggs were recalled. Liverpool will play Man City in the second leg."
    found = _found(_labelled(text, [("Wright County Eggs", "FAC"), ("Liverpool", "GPE"), ("Man City", "GPE")]))
    assert "Wright" not in found and "Man" not in found


def test_place_labelled_name_the_resolver_cannot_name_is_a_site_at_its_settlement():
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import _site_heads, analyse_places
    from eventwire.stages.places.resolve import Resolver

    text = "Anyone who ate at the restaurant in Greenlane, Auckland, on Friday should see a doctor."
    analysis = _labelled(text, [("Greenlane", "GPE"), ("Auckland", "GPE")])
    for tok in analysis.doc:
        tok.is_sent_start = tok.i == 0
    gaz = load_gazetteer()
    result = analyse_places(analysis, gaz, Resolver(gaz), _site_heads())
    by_text = {m.text: p for p in result["places"] for m in p.mentions}
    assert by_text["Greenlane"].feature == "site" and by_text["Greenlane"].country == "NZL"
    assert by_text["Greenlane"].lat == by_text["Auckland"].lat


def test_region_named_by_an_alternate_name_and_its_feature_word_is_kept_whole():
    text = "Two deaths were reported in Guangxi province last week."
    assert _found(_labelled(text, [("Guangxi province", "GPE")])) == ["Guangxi province"]


def test_country_name_cut_after_of_the_is_joined_again():
    text = "Officials of the Democratic Republic of the Congo confirmed the outbreak."
    found = _found(_labelled(text, [("the Democratic Republic of the", "GPE"), ("Congo", "GPE")]))
    assert found == ["Democratic Republic of the Congo"]


def test_no_place_is_read_from_the_tail_of_a_possessive_name():
    text = "The Ministry of Health of the People's Republic of China reported new cases."
    found = _found(_labelled(text, [("The Ministry of Health of the People's Republic of China", "ORG")]))
    assert "Republic of China" not in found  # Taiwan's name, inside the People's Republic's


def test_street_named_after_a_state_or_country_is_not_that_place():
    # a street word after the name makes it the street's, whatever the name ("Delaware Avenue", "Jordan Avenue"); a
    # state's own body keeps the state ("Texas Highway Patrol")
    text = "A van hit a pole on Delaware Avenue in Waco, and a truck stalled on Jordan Avenue, the police said."
    found = _found(_labelled(text, [("Delaware Avenue", "ORG"), ("Waco", "GPE"), ("Jordan Avenue", "ORG")]))
    assert "Delaware" not in found and "Jordan" not in found and "Waco" in found
    text = "Troopers of the Texas Highway Patrol closed the bridge in Waco."
    found = _found(_labelled(text, [("the Texas Highway Patrol", "ORG"), ("Waco", "GPE")]))
    assert "Texas" in found


def test_legislators_home_after_the_party_letter_is_a_place():
    # news style gives a legislator's party and home after the name: the home state or town is named there
    text = "The measure, said Sen. Mary Brooks, D-Ore., and state Rep. Tom Walsh (R-Valdosta), will pass."
    found = _found(_labelled(text, [("Mary Brooks", "PERSON"), ("Tom Walsh", "PERSON")]))
    assert "Ore." in found and "Valdosta" in found
    # no party label: "R-Valdosta" as a model number is nothing; a bare postal code is left alone
    text = "The model R-Valdosta was recalled, said Anna Reyes (D-CA) on Monday."
    found = _found(_labelled(text, [("Anna Reyes", "PERSON")]))
    assert "Valdosta" not in found and "CA" not in found


def test_dateline_in_capitals_labelled_an_organisation_is_the_town():
    # a story's dateline inside the text ("... stalled. MERIDEN — The ..."): spaCy may call it an organisation
    text = "Budget talks stalled. MERIDEN — A fourth candidate joined the race on Monday."
    assert "MERIDEN" in _found(_labelled(text, [("MERIDEN", "ORG")]))
    text = "Budget talks stalled. The MERIDEN group joined the race on Monday."
    assert "MERIDEN" not in _found(_labelled(text, [("MERIDEN", "ORG")]))


def test_town_opening_a_body_inside_a_persons_name_is_the_town():
    # spaCy takes a local body into the name of its officer ("Bledsoe County Sheriff Dan Harper")
    text = "Deputies searched the hills overnight, Bledsoe County Sheriff Dan Harper said."
    assert "Bledsoe County" in _found(_labelled(text, [("Bledsoe County Sheriff Dan Harper", "PERSON")]))
    text = "Deputies searched the hills overnight, Sheriff Dan Harper said."
    assert _found(_labelled(text, [("Sheriff Dan Harper", "PERSON")])) == []


def test_lower_case_words_around_a_place_in_an_entity_are_left_out():
    # spaCy takes a direction or a common noun into the entity ("southern Africa", "the Caspian Sea coast"); the place
    # is the capitalised name. A capitalised feature word still makes a name of its own ("Jordan Valley").
    text = "Aid reached Malawi, southern Africa; boats patrolled the Caspian Sea coast and farms in Jordan Valley."
    found = _found(_labelled(text, [("Malawi", "GPE"), ("southern Africa", "LOC"), ("the Caspian Sea coast", "LOC"),
                                    ("Jordan Valley", "LOC")]))
    assert "Africa" in found and "Caspian Sea" in found
    assert "Jordan" not in found


def test_time_zone_abbreviation_is_not_a_place():
    text = "The hearing opens at 9:30 a.m. EST on Friday, with delegates from Estonia and Latvia."
    found = _found(_labelled(text, [("Estonia", "GPE"), ("Latvia", "GPE")]))
    assert "EST" not in found and "Estonia" in found


def test_town_before_its_officers_title_is_a_place():
    # an unlabelled town of some size before a capitalised title and the officer's name is the officer's town
    text = "Right turns on red will stay banned, Kirkland Mayor Anne Dubois told the council."
    assert "Kirkland" in _found(_labelled(text, [("Anne Dubois", "PERSON")]))
    text = "Right turns on red will stay banned, Kirkland Mayor said."
    assert "Kirkland" not in _found(_labelled(text, []))


def test_abbreviated_state_after_a_town_it_contains_is_a_place():
    text = "He sold the bakery in Sherbrooke, Que., and moved west with his brother."
    assert "Que." in _found(_labelled(text, [("Sherbrooke", "GPE")]))
    # the state must contain the town; and a district little bigger than its city is part of the city's name
    text = "He sold the bakery in Sherbrooke, Ky., and moved; prizes went to a band from Washington, D.C., in May."
    found = _found(_labelled(text, [("Sherbrooke", "GPE"), ("Washington", "GPE")]))
    assert "Ky." not in found and "D.C." not in found


def test_name_spelt_otherwise_after_a_preposition_of_place_is_a_place():
    # the gazetteer knows Egypt's governorates as "Ash Sharqiyah" and "Al Qalyubiyah"; spaCy may call the news
    # spellings organisations. After "from" or "in" they are the places.
    text = "Two farmers from Sharqiya fell ill, and a trader in Qalyubiya was tested."
    found = _found(_labelled(text, [("Sharqiya", "ORG"), ("Qalyubiya", "ORG")]))
    assert "Sharqiya" in found and "Qalyubiya" in found
    text = "Sharqiya said the report by Qalyubiya was wrong."
    found = _found(_labelled(text, [("Sharqiya", "ORG"), ("Qalyubiya", "ORG")]))
    assert found == []


def test_name_in_apposition_with_a_settlement_noun_is_a_place():
    # the text calls the name a settlement: a place even when no gazetteer knows it, located by the town named with it
    text = "A woman from Kwakeni, a suburb located north of Bulawayo, said the taps ran dry in June."
    found = _found(_labelled(text, [("Kwakeni", "NORP"), ("Bulawayo", "GPE")]))
    assert "Kwakeni" in found
    text = "Councillor Smith, a town councillor in Bulawayo, said the taps ran dry in June."
    found = _found(_labelled(text, [("Smith", "PERSON"), ("Bulawayo", "GPE")]))
    assert "Smith" not in found


def test_direction_word_opening_a_part_of_a_place_is_left_out():
    # "Southwest Missouri", "Northeast Ohio": no place the gazetteer knows as a whole; the place is the name after the
    # direction. A direction that is part of a place's own name stays ("West Virginia", "South Asia").
    text = "Storms hit Southwest Missouri; jobs grew in Northeast Ohio and at the South Asia Relief Fund offices."
    found = _found(_labelled(text, [("Southwest Missouri", "GPE"), ("Northeast Ohio", "LOC"),
                                    ("South Asia Relief Fund", "LOC")]))
    assert "Missouri" in found and "Ohio" in found and "South Asia" in found
    text = "A win for our West Virginia Republican Party, she said."
    assert _found(_labelled(text, [("West Virginia Republican Party", "GPE")])) == ["West Virginia"]


def test_home_town_after_a_persons_name_is_a_place():
    # local news names a person's home town after the name: "Laura Bishop of Carnegie," "Bishop, 52, of X,"
    text = "Police said the driver, Laura Bishop of Carnegie, was taken to hospital."
    found = _found(_labelled(text, [("Laura Bishop", "PERSON"), ("Carnegie", "PERSON")]))
    assert "Carnegie" in found
    # not the start of an organisation's name, nor "of" after anything but a person
    text = "Said Henry Clark of Carnegie Hall; the gift of Carnegie, he said, was large."
    found = _found(_labelled(text, [("Henry Clark", "PERSON"), ("Carnegie Hall", "ORG"), ("Carnegie", "PERSON")]))
    assert "Carnegie" not in found


def test_town_before_a_lower_case_word_for_its_councillors_is_a_place():
    text = "Bins were left on the pavements for weeks, Chiswick ward councillor Mary Lane said."
    assert "Chiswick" in _found(_labelled(text, [("Mary Lane", "PERSON")]))
    text = "Bins were left on the pavements for weeks, Chiswick said."
    assert "Chiswick" not in _found(_labelled(text, []))


def test_name_before_based_is_a_place():
    text = "A spokesman for Deerfield-based Walgreens declined to comment."
    assert "Deerfield" in _found(_labelled(text, [("Deerfield", "ORG"), ("Walgreens", "ORG")]))
    text = "A Performance-based plan and Deerfield Partners were discussed."
    assert _found(_labelled(text, [("Deerfield Partners", "ORG")])) == []


def test_two_nearby_towns_joined_by_and_vouch_for_each_other():
    text = "The new estate would swamp Abingdon and Didcot, the district council claims."
    found = _found(_labelled(text, [("Abingdon", "PERSON"), ("Didcot", "PERSON")]))
    assert "Abingdon" in found and "Didcot" in found
    # towns an ocean apart are no such pair: two people's names, as far as the text shows
    text = "The new plan was backed by Abingdon and Tucson, the district council claims."
    assert _found(_labelled(text, [("Abingdon", "PERSON"), ("Tucson", "PERSON")])) == []


def test_single_title_case_word_matching_only_an_alternate_name_is_not_a_place():
    # "Act" is an alternate name of the Australian Capital Territory, "Vegas" of Las Vegas; in title case and unlabelled
    # they are a law and a cat. Written in capitals, "the ACT" is the territory.
    text = "Since the governor signed the Act, her cats Vegas and Pepper have moved twice."
    assert _found(_labelled(text, [])) == []
    text = "Canberra is the seat of the ACT, not of New South Wales."
    assert "ACT" in _found(_labelled(text, [("Canberra", "GPE"), ("New South Wales", "GPE")]))


# regression: local headlines open with their subject ("Man charged ...") and the town of Man (Cote d'Ivoire) was found
@pytest.mark.parametrize("text", [
    "Man charged after crash on Route 9\nA 40-year-old driver was arrested on Friday.",
    "Woman hurt in kitchen fire\nFirefighters were called on Sunday night.",
])
def test_a_person_noun_opening_a_headline_is_no_place(places, text):
    analysis = places(text)
    assert not [p for p in analysis.places if any(m.text in ("Man", "Woman") for m in p.mentions)]


def test_the_town_of_man_after_a_preposition_stays_a_place(places):
    analysis = places("Fighting broke out in Man on Sunday, residents said.")
    assert any(m.text == "Man" for p in analysis.places for m in p.mentions)


def test_a_wire_datelines_state_glued_to_its_dashes_is_the_state_and_the_towns_container(places):
    # the tokenizer keeps "KY--(Marketwire" as one token: the state is still read, and it places the town
    got = by_mention(places("FRANKFORT, KY--(Marketwire - May 4, 2011) - Acme Holdings said on Wednesday it would "
                            "build a new plant."))
    assert got["KY"].name == "Kentucky" and got["KY"].feature == "admin1"
    assert got["FRANKFORT"].admin1 == "Kentucky"


def test_town_opening_an_organisations_body_is_the_town():
    # spaCy calls a town's own body an organisation ("Ottumwa Fire Department", "Kalispell City Council"): the town
    # opens its name, though the town is too small for a well-known place inside any name
    text = "Crews from the Ottumwa Fire Department cleared the road, and the Kalispell City Council met on Monday."
    found = _found(_labelled(text, [("Ottumwa Fire Department", "ORG"), ("Kalispell City Council", "ORG")]))
    assert "Ottumwa" in found and "Kalispell" in found


def test_institution_bearing_a_towns_name_does_not_place_the_town():
    # a university or a court named so is not the town's own body ("Superior Court" is no town of Superior)
    text = "She studied at Ottumwa University, and her appeal went before Superior Court in spring."
    found = _found(_labelled(text, [("Ottumwa University", "ORG"), ("Superior Court", "ORG")]))
    assert "Ottumwa" not in found and "Superior" not in found


def test_small_town_ending_a_longer_name_is_a_word_of_that_name():
    # a town's name after another capitalised word of a name ends that name ("Tin Man", "Free Enterprise Award"); a
    # country or a big city keeps its sense there ("Visit Sweden", "Expo Lima")
    text = "She won the Free Enterprise Award, and her song Tin Man was played by Visit Sweden and Expo Lima."
    found = _found(_labelled(text, [("Free Enterprise Award", "ORG"), ("Tin Man", "WORK_OF_ART"),
                                    ("Visit Sweden", "ORG"), ("Expo Lima", "ORG")]))
    assert "Enterprise" not in found and "Man" not in found
    assert "Sweden" in found and "Lima" in found
