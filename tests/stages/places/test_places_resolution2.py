"""places resolution (2): cues in the text that settle which namesake a name stands for."""

from __future__ import annotations

from eventwire.stages.places import resolve_spans

from ..stage_helpers import spans_of

# ---------------------------------------------------------------- a town's North American bodies


def test_a_name_before_an_american_police_department_is_no_famous_city_abroad():
    text = ("Paris officers answered a noise complaint on Maple Street late Friday. A spokesman for the Paris Police "
            "Department said nobody was hurt and that Paris residents can report noise online.")
    found = resolve_spans(text, spans_of(text, "Paris", "Paris", "Paris"))
    assert found and all(p is not None and p.country == "USA" for p in found)


def test_a_name_before_an_american_city_school_board_is_no_famous_city_abroad():
    text = ("Alexandria parents packed the library on Tuesday night. The Alexandria City Public Schools board heard "
            "complaints about bus routes.")
    found = resolve_spans(text, spans_of(text, "Alexandria", "Alexandria"))
    assert found and all(p is not None and p.country == "USA" for p in found)


def test_a_british_city_council_leaves_the_famous_city_where_it_is():
    # a "City Council" and a "Grammar School" are British bodies too: they move no name to America
    text = ("Paris will host the summit next spring. Lancaster City Council sent a delegation, and pupils of "
            "Lancaster Grammar School will sing.")
    paris, _ = resolve_spans(text, spans_of(text, "Paris", "Lancaster"))
    assert paris is not None and paris.country == "FRA"


# ---------------------------------------------------------------- famous landmarks named on their own


def _km(place, lat: float, lon: float) -> float:
    from eventwire.knowledge.gazetteer import haversine_km

    return haversine_km(place.lat, place.lon, lat, lon)


def test_a_famous_landmark_named_alone_stands_at_its_own_town():
    text = ("Thousands of fans marched from the Brandenburg Gate to the Reichstag on Sunday, while tourists queued "
            "for hours outside the Acropolis and the Colosseum.")
    gate, reichstag, acropolis, colosseum = resolve_spans(
        text, spans_of(text, "Brandenburg Gate", "Reichstag", "Acropolis", "Colosseum"), fallback=False)
    assert gate is not None and _km(gate, 52.52, 13.40) < 30  # Berlin
    assert reichstag is not None and _km(reichstag, 52.52, 13.40) < 30
    assert acropolis is not None and _km(acropolis, 37.98, 23.73) < 30  # Athens, not a town that lists the word
    assert colosseum is not None and _km(colosseum, 41.90, 12.50) < 30  # Rome


def test_a_leaders_retreat_and_an_air_base_are_where_they_stand_not_at_the_stories_focus():
    text = ("The president flew from Washington to Camp David for the weekend, and the general later visited "
            "Incirlik Air Base before talks in Ankara.")
    camp, base = resolve_spans(text, spans_of(text, "Camp David", "Incirlik Air Base"))
    assert camp is not None and _km(camp, 39.65, -77.46) < 30  # Maryland's mountains, not Washington itself
    assert base is not None and _km(base, 37.00, 35.33) < 40  # Adana, not Ankara


# ---------------------------------------------------------------- a quarter of the story's town


def test_a_direction_and_side_name_a_quarter_of_the_storys_town_not_a_town_that_once_bore_the_name():
    text = ("Chicago police said a West Side man was charged on Friday after a shop fire. Neighbours on the South "
            "Side said the blaze spread quickly.")
    west, south = resolve_spans(text, spans_of(text, "West Side", "South Side"))
    for part in (west, south):
        assert part is None or _km(part, 41.88, -87.63) < 50  # Chicago's, or left unresolved


# ---------------------------------------------------------------- a town named with a county that holds it


def test_a_town_named_with_a_county_that_holds_a_namesake_is_that_namesake():
    text = ("Huntsville firefighters and Walker County deputies searched the woods on Sunday for a missing hiker. "
            "Huntsville officials thanked the volunteers.")
    town, county, town2 = resolve_spans(text, spans_of(text, "Huntsville", "Walker County", "Huntsville"))
    assert county is not None and county.admin1 == "Texas"
    assert town is not None and town.admin1 == "Texas"  # the county's seat, not the larger Alabama city
    assert town2 is not None and town2.admin1 == "Texas"
