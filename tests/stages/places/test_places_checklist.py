"""A checklist of names every news geoparser must resolve sensibly, each in a hand-written sentence: countries and
their common short forms and adjectives, continents and world regions, seas, rivers and mountain ranges, capitals
standing for governments, US states against same-named cities, big world cities against small namesakes, and the
document's own context when a name is ambiguous. Expected points are general geography (a country's or region's
rough middle, a city's centre); a pick within `km` of it passes."""

from __future__ import annotations

import pytest

from eventwire.knowledge.gazetteer import haversine_km
from eventwire.stages.places import resolve_spans

NEAR = 161.0  # the benchmarks' acc@161km radius
WIDE = 900.0  # a continent, an ocean or a world region: only the right part of the world is asked for

# (sentence, names to resolve in order, index of the checked name, expected lat, lon, radius km)
CASES = [
    # countries, short forms, old names and adjectives
    ("Officials in the U.S. said talks would resume.", ["U.S."], 0, 39.8, -98.5, NEAR),
    ("Officials in the US said talks would resume.", ["US"], 0, 39.8, -98.5, NEAR),
    ("He drove coast to coast across America.", ["America"], 0, 39.8, -98.5, NEAR),
    ("Trade between the UK and France fell.", ["UK", "France"], 0, 54.0, -2.5, NEAR),
    ("Ministers in Britain said the plan was sound.", ["Britain"], 0, 54.0, -2.5, NEAR),
    ("Ministers in Great Britain said the plan was sound.", ["Great Britain"], 0, 54.0, -2.5, NEAR),
    ("Tulip exports from Holland rose.", ["Holland"], 0, 52.2, 5.3, NEAR),
    ("The Netherlands voted on Wednesday.", ["Netherlands"], 0, 52.2, 5.3, NEAR),
    ("The junta in Burma released prisoners.", ["Burma"], 0, 21.0, 96.0, 300.0),
    ("Cocoa prices in Ivory Coast rose.", ["Ivory Coast"], 0, 7.5, -5.5, NEAR),
    ("Cocoa prices in Cote d'Ivoire rose.", ["Cote d'Ivoire"], 0, 7.5, -5.5, NEAR),
    ("Beer exports from Czechia rose.", ["Czechia"], 0, 49.8, 15.5, NEAR),
    ("Fighting in eastern DRC displaced thousands.", ["DRC"], 0, -2.9, 23.6, NEAR),
    ("Fighting in eastern Congo displaced thousands.", ["Congo"], 0, -2.9, 23.6, NEAR),
    ("Officials in the Democratic Republic of Congo said.", ["Democratic Republic of Congo"], 0, -2.9, 23.6, NEAR),
    ("Officials in Brazzaville said the Congo Republic would hold a vote.", ["Brazzaville", "Congo Republic"], 1,
     -0.7, 15.2, 300.0),
    ("Rebels in the Central African Republic attacked.", ["Central African Republic"], 0, 6.6, 20.9, NEAR),
    ("News from the UAE.", ["UAE"], 0, 24.0, 54.0, NEAR),
    ("Tourism in North Macedonia grew.", ["North Macedonia"], 0, 41.6, 21.7, NEAR),
    ("Unrest in East Timor grew.", ["East Timor"], 0, -8.8, 125.7, NEAR),
    ("The American economy grew.", ["American"], 0, 39.8, -98.5, NEAR),
    ("A British soldier died.", ["British"], 0, 54.0, -2.5, NEAR),
    ("Flooding in Scotland closed roads.", ["Scotland"], 0, 56.5, -4.0, NEAR),
    ("Votes in Northern Ireland were counted.", ["Northern Ireland"], 0, 54.6, -6.7, NEAR),
    ("Jordan said it would reopen the border with Syria.", ["Jordan", "Syria"], 0, 31.0, 36.5, NEAR),
    ("Mobutu ruled Zaire for three decades.", ["Zaire"], 0, -2.9, 23.6, NEAR),
    ("Cholera spread in Zaire province in northern Angola.", ["Zaire", "Angola"], 0, -6.5, 13.5, 300.0),
    ("Tea exports from Ceylon rose.", ["Ceylon"], 0, 7.9, 80.8, NEAR),
    ("The king of Siam received the envoy.", ["Siam"], 0, 15.0, 101.0, NEAR),
    # continents, world regions, seas, rivers and mountains
    ("Tensions in the Middle East rose.", ["Middle East"], 0, 29.0, 41.0, WIDE),
    ("Shipping in the Gulf was disrupted after Iran seized a tanker.", ["Gulf", "Iran"], 0, 26.5, 51.5, 300.0),
    ("Migration through the Balkans rose.", ["Balkans"], 0, 43.0, 20.0, 300.0),
    ("Jihadists in the Sahel attacked a base.", ["Sahel"], 0, 15.0, 5.0, WIDE),
    ("Drought in the Horn of Africa worsened.", ["Horn of Africa"], 0, 8.0, 45.0, 300.0),
    ("Hurricanes in the Caribbean destroyed homes.", ["Caribbean"], 0, 15.0, -73.0, 300.0),
    ("Growth in Southeast Asia slowed.", ["Southeast Asia"], 0, 10.0, 106.0, WIDE),
    ("Investors in Africa were cautious.", ["Africa"], 0, 5.0, 20.0, WIDE),
    ("Banks in Europe rallied.", ["Europe"], 0, 50.0, 15.0, WIDE),
    ("Leaders of the EU met on Friday.", ["EU"], 0, 50.0, 10.0, WIDE),
    ("Tensions in the South China Sea rose.", ["South China Sea"], 0, 12.0, 114.0, 300.0),
    ("Ships in the Mediterranean rescued migrants.", ["Mediterranean"], 0, 35.0, 18.0, WIDE),
    ("Tankers in the Red Sea were attacked.", ["Red Sea"], 0, 20.0, 38.5, 300.0),
    ("Storms in the North Atlantic sank a trawler.", ["North Atlantic"], 0, 35.0, -40.0, 1500.0),
    ("An earthquake struck in the South Pacific.", ["South Pacific"], 0, -20.0, -140.0, 1500.0),
    ("Climbers died in the Himalayas.", ["Himalayas"], 0, 29.0, 84.0, WIDE),
    ("Drought dried rivers across the Andes.", ["Andes"], 0, -20.0, -67.0, WIDE),
    ("Fighting in the Gaza Strip resumed.", ["Gaza Strip"], 0, 31.4, 34.4, NEAR),
    ("Settlements in the West Bank grew.", ["West Bank"], 0, 32.0, 35.3, NEAR),
    ("Wildfires swept Southern California.", ["Southern California"], 0, 34.0, -117.5, 200.0),
    ("Tension on the Korean Peninsula rose as the Koreas traded threats.", ["Korean Peninsula", "Koreas"], 1,
     37.5, 127.5, 300.0),
    # capitals standing for governments
    ("Washington imposed sanctions on Beijing.", ["Washington", "Beijing"], 0, 38.9, -77.0, NEAR),
    ("Washington imposed sanctions on Beijing.", ["Washington", "Beijing"], 1, 39.9, 116.4, NEAR),
    ("Talks between London and Brussels stalled.", ["London", "Brussels"], 1, 50.85, 4.35, NEAR),
    ("Moscow denied that Kyiv had been warned.", ["Moscow", "Kyiv"], 1, 50.45, 30.52, NEAR),
    ("Officials in Kiev rejected the offer.", ["Kiev"], 0, 50.45, 30.52, NEAR),
    ("Tehran rejected the demand.", ["Tehran"], 0, 35.7, 51.4, NEAR),
    # US states against same-named cities and countries
    ("Voters in Georgia went to the polls, as did voters in Texas and Florida.", ["Georgia", "Texas", "Florida"], 0,
     32.7, -83.4, 200.0),
    ("Russian troops entered Georgia and shelled Tbilisi.", ["Georgia", "Tbilisi"], 0, 42.0, 43.5, 200.0),
    ("The governor of New York signed the bill in Albany.", ["New York", "Albany"], 0, 43.0, -75.5, 250.0),
    ("Subway riders in New York faced delays in Manhattan and Brooklyn.", ["New York", "Manhattan", "Brooklyn"], 0,
     40.71, -74.0, NEAR),
    ("Apple growers in Washington state expect a good harvest.", ["Washington"], 0, 47.4, -120.5, 250.0),
    ("Lawmakers in Washington passed the budget.", ["Washington"], 0, 38.9, -77.0, NEAR),
    # big world cities against small namesakes and same-named regions
    ("Fire crews were called to a warehouse in Manchester.", ["Manchester"], 0, 53.48, -2.24, NEAR),
    ("Police in Portland arrested protesters.", ["Portland"], 0, 45.52, -122.68, NEAR),
    ("Charlotte hosted the convention.", ["Charlotte"], 0, 35.23, -80.84, NEAR),
    ("Steel mills in Hamilton laid off workers.", ["Hamilton"], 0, 43.26, -79.87, NEAR),
    ("Protests spread in Paris after the vote.", ["Paris"], 0, 48.85, 2.35, NEAR),
    ("Flights from London were delayed.", ["London"], 0, 51.5, -0.12, NEAR),
    ("Floods hit Sydney.", ["Sydney"], 0, -33.87, 151.2, NEAR),
    ("Talks in Geneva ended.", ["Geneva"], 0, 46.2, 6.15, NEAR),
    ("A blast in Kabul killed ten.", ["Kabul"], 0, 34.5, 69.2, NEAR),
    ("Officials in Bombay said.", ["Bombay"], 0, 19.07, 72.88, NEAR),
    ("A tornado hit Paris, Texas, on Sunday.", ["Paris", "Texas"], 0, 33.66, -95.55, NEAR),
    ("Police in London, Ontario, arrested a man.", ["London", "Ontario"], 0, 42.98, -81.25, NEAR),
    ("Students in Cambridge, Massachusetts, protested.", ["Cambridge", "Massachusetts"], 0, 42.37, -71.1, NEAR),
    ("Researchers at Cambridge and Oxford in England published it.", ["Cambridge", "Oxford", "England"], 0,
     52.2, 0.12, NEAR),
    ("Fans in Birmingham cheered as Aston Villa beat Manchester United in England.",
     ["Birmingham", "Manchester", "England"], 0, 52.48, -1.9, NEAR),
    ("A storm hit Birmingham, Alabama, and Atlanta.", ["Birmingham", "Alabama", "Atlanta"], 0, 33.5, -86.8, NEAR),
    ("Bushfires near Perth forced evacuations in Western Australia.", ["Perth", "Western Australia"], 0,
     -31.95, 115.86, NEAR),
    ("Police in Perth and Dundee in Scotland made arrests.", ["Perth", "Dundee", "Scotland"], 0, 56.4, -3.43, NEAR),
    ("Floods hit Victoria and New South Wales in Australia.", ["Victoria", "New South Wales", "Australia"], 0,
     -37.0, 144.0, 250.0),
    ("Police in Victoria, British Columbia, arrested two men.", ["Victoria", "British Columbia"], 0,
     48.43, -123.37, NEAR),
    ("St. Petersburg, Florida, and Tampa were flooded.", ["St. Petersburg", "Florida", "Tampa"], 0,
     27.77, -82.64, NEAR),
    ("Putin spoke in St. Petersburg and Moscow.", ["St. Petersburg", "Moscow"], 0, 59.94, 30.31, NEAR),
    ("Hurricane winds hit Kingston, Jamaica.", ["Kingston", "Jamaica"], 0, 18.0, -76.8, NEAR),
    ("Strikes hit Hyderabad and Karachi in Pakistan's Sindh province.", ["Hyderabad", "Karachi", "Sindh"], 0,
     25.39, 68.37, NEAR),
    ("Tech firms in Hyderabad and Bangalore hired.", ["Hyderabad", "Bangalore"], 0, 17.38, 78.48, NEAR),
    ("The army pushed into Tripoli from Benghazi.", ["Tripoli", "Benghazi"], 0, 32.9, 13.18, NEAR),
    ("Cairo and Alexandria saw protests across Egypt.", ["Cairo", "Alexandria", "Egypt"], 1, 31.2, 29.9, NEAR),
    ("The embassy in Santiago, Chile, closed.", ["Santiago", "Chile"], 0, -33.45, -70.66, NEAR),
    ("Valencia and Barcelona in Spain saw protests.", ["Valencia", "Barcelona", "Spain"], 0, 39.47, -0.38, NEAR),
    ("Chinese ships patrolled near the Spratlys.", ["Spratlys"], 0, 10.0, 114.3, NEAR),
    ("Japan and Russia still dispute the Kuril Islands.", ["Japan", "Russia", "Kuril Islands"], 2, 46.5, 151.5, 300.0),
    ("Oil spills have fouled the Niger Delta.", ["Niger Delta"], 0, 5.0, 6.5, NEAR),
    # regions news names that are no administrative unit (curated in gazetteer_regions/features)
    ("Drone strikes hit militants across Waziristan.", ["Waziristan"], 0, 32.6, 69.8, NEAR),
    ("Herders clashed with farmers in Kordofan.", ["Kordofan"], 0, 12.5, 29.5, 250.0),
    ("Separatists in Casamance signed a truce with Dakar.", ["Casamance", "Dakar"], 0, 12.6, -15.8, NEAR),
    ("Ethiopian troops patrolled the Ogaden.", ["Ogaden"], 0, 7.0, 44.5, 250.0),
    ("Forces in Jubaland retook the port.", ["Jubaland"], 0, 0.5, 42.0, 250.0),
    ("Ferries across the Maritimes were cancelled.", ["Maritimes"], 0, 45.5, -63.5, 250.0),
    ("Farmers across the Canadian Prairies waited for rain.", ["Canadian Prairies"], 0, 52.0, -106.0, 400.0),
    ("Wildfires reached vineyards in the Napa Valley.", ["Napa Valley"], 0, 38.45, -122.35, NEAR),
    ("Gold seekers headed for the Klondike.", ["Klondike"], 0, 64.0, -139.3, NEAR),
    ("A cyclone passed near Tahiti.", ["Tahiti"], 0, -17.65, -149.45, NEAR),
    ("The ship rounded the Cape of Good Hope.", ["Cape of Good Hope"], 0, -34.36, 18.47, NEAR),
    ("China and Japan both claim the Senkaku chain.", ["China", "Japan", "Senkaku"], 2, 25.75, 123.5, NEAR),
    ("Editors on Fleet Street cheered.", ["Fleet Street"], 0, 51.51, -0.11, NEAR),
    ("A flat in Mayfair sold for a record price.", ["Mayfair"], 0, 51.51, -0.15, NEAR),
    # provinces whose point must stay inside them although the source files a few far-off villages under them
    ("Smog closed schools across Hebei province.", ["Hebei"], 0, 38.5, 115.5, NEAR),
    ("Factories in Jiangsu province cut output.", ["Jiangsu"], 0, 33.0, 119.5, NEAR),
    ("Floods hit farms in Heilongjiang province.", ["Heilongjiang"], 0, 47.5, 128.0, NEAR),
    ("Landslides hit Chongqing.", ["Chongqing"], 0, 30.0, 107.8, NEAR),
    ("Drought hit farms across the Pampas.", ["Pampas"], 0, -35.0, -62.0, 400.0),
    ("Tourists flocked to the Cotswolds.", ["Cotswolds"], 0, 51.8, -1.8, NEAR),
    ("Ferries to the Channel Islands were cancelled.", ["Channel Islands"], 0, 49.35, -2.35, NEAR),
    # London boroughs the packaged data lacks
    ("Council tax rose in Southwark.", ["Southwark"], 0, 51.47, -0.08, NEAR),
    ("Police in Lewisham arrested a man.", ["Lewisham"], 0, 51.45, -0.02, NEAR),
    ("Schools in Newham and Haringey closed.", ["Newham", "Haringey"], 1, 51.59, -0.11, NEAR),
    # mountains and volcanoes news names, against towns named after them
    ("Ash from Mount Agung closed Bali's airport.", ["Mount Agung", "Bali"], 0, -8.34, 115.51, NEAR),
    ("Climbers were rescued on Mount Rainier.", ["Mount Rainier"], 0, 46.85, -121.76, NEAR),
    ("Lava flowed from Popocatepetl overnight.", ["Popocatepetl"], 0, 19.02, -98.62, NEAR),
    ("Flights were grounded after Eyjafjallajokull erupted.", ["Eyjafjallajokull"], 0, 63.63, -19.62, NEAR),
    # landmarks named without their town
    ("Flights out of Heathrow were cancelled.", ["Heathrow"], 0, 51.47, -0.45, NEAR),
    ("Bison roam Yellowstone every spring.", ["Yellowstone"], 0, 44.6, -110.5, NEAR),
    ("Lava poured from Mount Etna overnight.", ["Mount Etna"], 0, 37.75, 15.0, NEAR),
    ("Crowds gathered in Tahrir Square.", ["Tahrir Square"], 0, 30.04, 31.24, NEAR),
    # abbreviated and hyphenated forms
    ("Tourists in St Louis watched the parade.", ["St Louis"], 0, 38.63, -90.2, NEAR),
    ("Tourists in Saint Louis watched the parade.", ["Saint Louis"], 0, 38.63, -90.2, NEAR),
    ("Hikers climbed Mt. Kilimanjaro.", ["Mt. Kilimanjaro"], 0, -3.07, 37.35, NEAR),
    ("Soldiers from Ft. Bragg were deployed, North Carolina officials said.", ["Ft. Bragg", "North Carolina"], 0,
     35.14, -79.0, NEAR),
    ("Traffic in Ft. Worth was heavy.", ["Ft. Worth"], 0, 32.75, -97.33, NEAR),
    # a local namesake the text itself supports (its container, its state, towns around it) against a famous city,
    # also when the speaker's country is named too
    ("Canadian officials said police in London, Ontario, arrested a man.", ["Canadian", "London", "Ontario"], 1,
     42.98, -81.25, NEAR),
    ("Canadian officials said police in London and nearby St. Thomas arrested a man.",
     ["Canadian", "London", "St. Thomas"], 1, 42.98, -81.25, NEAR),
    ("Police in Perth, Crieff and Auchterarder searched for the man, British officials said.",
     ["Perth", "Crieff", "Auchterarder", "British"], 0, 56.4, -3.43, NEAR),
    ("U.S. officials said storms hit Paris, Bonham and Sulphur Springs.", ["U.S.", "Paris", "Bonham",
                                                                             "Sulphur Springs"], 1, 33.66, -95.55, NEAR),
    ("American officials said a tornado hit Paris, Texas, on Sunday.", ["American", "Paris", "Texas"], 1,
     33.66, -95.55, NEAR),
    ("American officials said the fire in Paris spread to Tyler and Longview in Texas.",
     ["American", "Paris", "Tyler", "Longview", "Texas"], 1, 33.66, -95.55, NEAR),
    ("U.S. officials said the mill in Manchester, New Hampshire, closed.", ["U.S.", "Manchester", "New Hampshire"], 1,
     42.99, -71.46, NEAR),
    ("Australian officials said floods hit Perth and Fremantle.", ["Australian", "Perth", "Fremantle"], 1,
     -31.95, 115.86, NEAR),
]

# World-famous cities that share their name with a town in the US, the UK, Canada or Australia: a sentence that names
# only the speaker's country ("American officials said ...") says who speaks, not where the city is.
FAMOUS_CITIES = [
    ("Manchester", 53.48, -2.24), ("Paris", 48.85, 2.35), ("London", 51.51, -0.13), ("Berlin", 52.52, 13.40),
    ("Rome", 41.89, 12.48), ("Athens", 37.98, 23.73), ("Moscow", 55.75, 37.62), ("Dublin", 53.35, -6.26),
    ("Vienna", 48.21, 16.37), ("Lisbon", 38.72, -9.14), ("Madrid", 40.42, -3.70), ("Amsterdam", 52.37, 4.89),
    ("Warsaw", 52.23, 21.01), ("Cairo", 30.04, 31.24), ("Damascus", 33.51, 36.29), ("Lima", -12.05, -77.04),
    ("Birmingham", 52.48, -1.90), ("Florence", 43.77, 11.25), ("Naples", 40.85, 14.27), ("Milan", 45.46, 9.19),
    ("Palermo", 38.12, 13.36), ("Geneva", 46.20, 6.15), ("Hamburg", 53.55, 10.00), ("Frankfurt", 50.11, 8.68),
    ("Dresden", 51.05, 13.74), ("Glasgow", 55.86, -4.25), ("Belfast", 54.60, -5.93), ("Sydney", -33.87, 151.21),
    ("Melbourne", -37.81, 144.96), ("Delhi", 28.65, 77.23), ("Havana", 23.13, -82.38), ("Stockholm", 59.33, 18.06),
    ("Copenhagen", 55.68, 12.57), ("Prague", 50.09, 14.42), ("Manila", 14.60, 120.98), ("Toronto", 43.70, -79.42),
    ("Vancouver", 49.25, -123.12), ("Bogota", 4.61, -74.08), ("Edinburgh", 55.95, -3.19),
    ("Alexandria", 31.20, 29.92), ("Perth", -31.95, 115.86), ("Hamilton", 43.26, -79.87), ("Nice", 43.70, 7.27),
    ("Marseille", 43.30, 5.37), ("Brussels", 50.85, 4.35), ("Munich", 48.14, 11.58),
]
SPEAKERS = [
    ("American officials said the attack in {city} killed 22.", "American"),
    ("U.S. officials said the attack in {city} killed 22.", "U.S."),
    ("Officials in the US said protesters gathered in {city} on Sunday.", "US"),
    ("British officials said the attack in {city} killed 22.", "British"),
    ("Canadian officials said the attack in {city} killed 22.", "Canadian"),
    ("Australian officials said the attack in {city} killed 22.", "Australian"),
]


def _resolve(text: str, names: list[str]):
    spans, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        spans.append((start, start + len(name)))
        pos = start + 1
    return resolve_spans(text, spans)


@pytest.mark.parametrize(("text", "names", "at", "lat", "lon", "km"), CASES,
                         ids=[f"{c[1][c[2]]}:{n}" for n, c in enumerate(CASES)])
def test_a_news_name_resolves_sensibly(text, names, at, lat, lon, km):
    place = _resolve(text, names)[at]
    assert place is not None and place.lat is not None
    assert haversine_km(place.lat, place.lon, lat, lon) <= km, (place.name, place.feature, place.country)


@pytest.mark.parametrize(("city", "lat", "lon"), FAMOUS_CITIES, ids=[c[0] for c in FAMOUS_CITIES])
@pytest.mark.parametrize(("template", "speaker"), SPEAKERS, ids=[s[1] for s in SPEAKERS])
def test_the_speakers_country_does_not_pull_a_famous_city_to_a_namesake(template, speaker, city, lat, lon):
    text = template.format(city=city)
    place = _resolve(text, [speaker, city])[1]
    assert place is not None and place.lat is not None
    assert haversine_km(place.lat, place.lon, lat, lon) <= NEAR, (place.name, place.feature, place.country)
