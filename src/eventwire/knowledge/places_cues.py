"""Recognition cues for the places stage: word lists that tell a place name from other uses of the same words.

The data lives in `data/places_cues.yaml` (documented in the file itself). `load_place_cues()` reads it once per
process. The gazetteer's own rules (shared with resolution) stay in `data/gazetteer_rules.json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge import load_yaml
from eventwire.knowledge import lower_set as _lower_set

DATA = Path(__file__).parent / "data" / "places_cues.yaml"


@dataclass(frozen=True)
class PlaceCues:
    # Prefixes that make an adjective of a place name they are hyphenated to ("mid-Atlantic states").
    adjectival_prefixes: frozenset[str]
    # Nouns for a settlement that, as "the city" / "this town", refer back to the settlement named last (place_for).
    anaphoric_settlement_nouns: frozenset[str]
    # Locative pro-forms ("There, troops fired ...") and nouns for an area ("in the area") that refer back to the
    # place the text named last, whatever its kind short of a country (place_for, rule "anaphor").
    anaphoric_place_adverbs: frozenset[str]
    anaphoric_area_nouns: frozenset[str]
    # Nouns for a state ("the country") that refer back to the country named last, the dateline's included.
    anaphoric_country_nouns: frozenset[str]
    # Nouns for a division of a country ("in the province") -> the feature classes of the division they refer back to.
    anaphoric_division_nouns: dict[str, frozenset[str]]
    # Words that name a town's own bodies after the town's name ("Glasgow Police", "Leeds City Council").
    local_body_words: frozenset[str]
    # Capitalised words after a town's name that make it part of the name of a street, school or the like.
    site_name_heads: frozenset[str]
    # Of those, the words for a street: after them even a state's or a country's name names only the street.
    street_name_heads: frozenset[str]
    # Words for a business that, capitalised before "of <place>", make the place part of the firm's name.
    company_words: frozenset[str]
    # Verb forms that report speech right before or after a speaker's name ("said Georgia", "Georgia says").
    speech_verbs: frozenset[str]
    # Nouns for relatives that a given name may follow ("his wife, Nina", "girlfriend Olivia").
    kinship_nouns: frozenset[str]
    # Words for "saint" that open a name ("St. Mary's High School").
    saint_words: frozenset[str]
    # Prepositions besides the general ones of place that put something at a facility ("on Hampton Avenue").
    site_prepositions: frozenset[str]
    # Prepositions that place a one-word name spaCy calls a person where it names a town in another spelling.
    town_spelling_prepositions: frozenset[str]
    town_slot_prepositions: frozenset[str]
    # Words for natural features that make a name the name of a feature of its own ("Jordan Valley").
    natural_feature_words: frozenset[str]
    # Lower-case words for an area or a subdivision that make an unknown name before them a place ("the Mutendi
    # district", "the Arrowby area").
    area_nouns: frozenset[str]
    # Titles of a local subdivision that end its name ("East Goshen Township").
    subdivision_titles: frozenset[str]
    # Adjectives that say a place lies next to another ("neighbouring Niger"), read like a preposition of place.
    neighbour_adjectives: frozenset[str]
    # nouns for the edge or a part of a place whose "of" puts the name after it as a place ("the outskirts of X")
    locative_of_nouns: frozenset[str]
    # nouns for a border whose "with" names the land across it ("the border with Chad")
    border_nouns: frozenset[str]
    # nouns for a shore whose "of" names the land the sea lies off ("off the coast of X")
    coast_nouns: frozenset[str]
    # nouns for a road or a crossing, and the words after them that name where it leads ("the road to X")
    route_nouns: frozenset[str]
    route_link_words: frozenset[str]
    # nouns of distance in an apposition that places a town by a neighbour ("X, a short drive from Y")
    proximity_nouns: frozenset[str]
    # adjectives that make a noun refer back to the thing named before ("the same depot")
    sameness_adjectives: frozenset[str]
    # Lower-case particles inside place names ("Ceamurlia de Jos", "Villa del Rosario").
    name_particles: frozenset[str]
    # Medical adjectives between a place name and a disease word ("Middle East respiratory syndrome").
    disease_modifiers: frozenset[str]
    # Words for a town's own buildings after a type word ("Hanover Town Hall", "Marion County Courthouse").
    hall_words: frozenset[str]
    # A legislator's party label before a hyphen and the home ("Mary Brooks, D-Ore."): the party letters, the
    # marks that open the label after the name, and those that close it.
    party_letters: frozenset[str]
    party_openers: frozenset[str]
    party_closers: frozenset[str]
    # Titles of a town's officers that, after the town's name and before the officer's, show the town
    # ("Kirkland Mayor Anne Dubois", "Bedford Fire Chief Tom Hale").
    officer_titles: frozenset[str]
    # Nouns for a settlement that, in apposition after a name, make it one ("Kwakeni, a suburb located north of
    # Bulawayo"), and the words that may follow such a noun to end its phrase ("located", "situated").
    settlement_nouns: frozenset[str]
    # Words for a direction or a part that may open a name for part of a place ("Southwest Missouri", "Northeast Ohio").
    direction_words: frozenset[str]
    # Words that, hyphenated after a name, say something is based there ("Deerfield-based", "Frankfurt-headquartered").
    base_words: frozenset[str]
    # Words that, hyphenated after a country or its demonym, say it backs or leads something ("Russian-backed").
    backing_participles: frozenset[str]
    settlement_noun_followers: frozenset[str]
    # Abbreviations of time zones, as written in capitals ("9:30 a.m. EST", "1400 GMT").
    time_zones: frozenset[str]
    # Nouns for a person that open a headline or a sentence as its subject ("Man charged after crash").
    person_subject_nouns: frozenset[str] = frozenset()
    # Words for a town's bodies that, right after the first word of an organisation's name, make it the name of an
    # institution that bears a name rather than a town's own body ("Hollis University").
    institution_body_words: frozenset[str] = frozenset()
    people_movement_words: frozenset[str] = frozenset()
    pathogen_place_names: frozenset[str] = frozenset()
    # Capitalised words after a disease word that make the run an institution's name ("Uganda Virus Research
    # Institute"): the place opening it is then no part of a disease's name.
    disease_institution_words: frozenset[str] = frozenset()
    # Capitalised post words that open a title with "of" and a function ("Head of Mission"): no town after "of".
    function_title_heads: frozenset[str] = frozenset()
    # Nouns for a war or a period hyphenated after a name that make it an event's name ("a Gulf-war veteran").
    event_compound_nouns: frozenset[str] = frozenset()
    outbreak_words: frozenset[str] = frozenset()
    # Words for a road that a number follows in a numbered road's name ("Highway 82", "County Road 4045").
    numbered_road_words: frozenset[str] = frozenset()
    # Makes of motor vehicles whose capitalised model may follow them ("Toyota Corolla", "Dodge Durango").
    vehicle_makes: frozenset[str] = frozenset()
    # Plural words for streets that end a list of street names ("Elm and Birch streets").
    plural_street_words: frozenset[str] = frozenset()
    # Verbs of travel whose direct object names a place ("visited Juba", "reached Kismayo").
    place_object_verbs: frozenset[str] = frozenset()
    assault_object_verbs: frozenset[str] = frozenset()
    # Prefixes written with a hyphen before a place's name that only qualify it ("Mid-Jutland", "Pan-Africa"): the
    # part before the hyphen is no place of its own.
    hyphen_prefix_words: frozenset[str] = frozenset()
    # Verbs of taking or striking a place whose object "it" refers back to the settlement named last (place_for).
    place_pronoun_verbs: frozenset[str] = frozenset()
    # Nouns for a state's air or sea ("Latvian airspace") that make the demonym before them that country.
    sovereign_space_nouns: frozenset[str] = frozenset()
    state_group_nouns: frozenset[str] = frozenset()
    # Nouns for a capital ("in the capital") that mean the capital city of the document's focus country.
    capital_nouns: frozenset[str] = frozenset()
    # Adjectives of a subdivision's kind written after its name ("the Tigray regional capital") -> that kind.
    feature_adjectives: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=4)
def load_place_cues(path: Path = DATA) -> PlaceCues:
    """The packaged cue lists (or those of another file with the same keys)."""
    raw = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    return PlaceCues(adjectival_prefixes=_lower_set(raw.get("adjectival_prefixes")),
                     anaphoric_settlement_nouns=_lower_set(raw.get("anaphoric_settlement_nouns")),
                     anaphoric_place_adverbs=_lower_set(raw.get("anaphoric_place_adverbs")),
                     anaphoric_area_nouns=_lower_set(raw.get("anaphoric_area_nouns")),
                     anaphoric_country_nouns=_lower_set(raw.get("anaphoric_country_nouns")),
                     anaphoric_division_nouns={str(k).lower(): frozenset(v) for k, v in
                                               (raw.get("anaphoric_division_nouns") or {}).items()},
                     local_body_words=_lower_set(raw.get("local_body_words")),
                     site_name_heads=_lower_set(raw.get("site_name_heads")),
                     street_name_heads=_lower_set(raw.get("street_name_heads")),
                     company_words=_lower_set(raw.get("company_words")),
                     speech_verbs=_lower_set(raw.get("speech_verbs")),
                     kinship_nouns=_lower_set(raw.get("kinship_nouns")),
                     saint_words=_lower_set(raw.get("saint_words")),
                     site_prepositions=_lower_set(raw.get("site_prepositions")),
                     town_spelling_prepositions=_lower_set(raw.get("town_spelling_prepositions")),
                     town_slot_prepositions=_lower_set(raw.get("town_slot_prepositions")),
                     natural_feature_words=_lower_set(raw.get("natural_feature_words")),
                     area_nouns=_lower_set(raw.get("area_nouns")),
                     subdivision_titles=_lower_set(raw.get("subdivision_titles")),
                     neighbour_adjectives=_lower_set(raw.get("neighbour_adjectives")),
                     locative_of_nouns=_lower_set(raw.get("locative_of_nouns")),
                     border_nouns=_lower_set(raw.get("border_nouns")),
                     coast_nouns=_lower_set(raw.get("coast_nouns")),
                     route_nouns=_lower_set(raw.get("route_nouns")),
                     route_link_words=_lower_set(raw.get("route_link_words")),
                     proximity_nouns=_lower_set(raw.get("proximity_nouns")),
                     sameness_adjectives=_lower_set(raw.get("sameness_adjectives")),
                     name_particles=_lower_set(raw.get("name_particles")),
                     disease_modifiers=_lower_set(raw.get("disease_modifiers")),
                     hall_words=_lower_set(raw.get("hall_words")),
                     party_letters=frozenset(raw.get("party_letters") or ()),
                     party_openers=_lower_set(raw.get("party_openers")),
                     party_closers=frozenset(raw.get("party_closers") or ()),
                     officer_titles=_lower_set(raw.get("officer_titles")),
                     settlement_nouns=_lower_set(raw.get("settlement_nouns")),
                     direction_words=_lower_set(raw.get("direction_words")),
                     hyphen_prefix_words=_lower_set(raw.get("hyphen_prefix_words")),
                     base_words=_lower_set(raw.get("base_words")),
                     backing_participles=_lower_set(raw.get("backing_participles")),
                     settlement_noun_followers=_lower_set(raw.get("settlement_noun_followers")),
                     time_zones=frozenset(raw.get("time_zones") or ()),
                     institution_body_words=_lower_set(raw.get("institution_body_words")),
                     people_movement_words=_lower_set(raw.get("people_movement_words")),
                     pathogen_place_names=_lower_set(raw.get("pathogen_place_names")),
                     disease_institution_words=_lower_set(raw.get("disease_institution_words")),
                     function_title_heads=_lower_set(raw.get("function_title_heads")),
                     event_compound_nouns=_lower_set(raw.get("event_compound_nouns")),
                     outbreak_words=_lower_set(raw.get("outbreak_words")),
                     person_subject_nouns=_lower_set(raw.get("person_subject_nouns")),
                     numbered_road_words=_lower_set(raw.get("numbered_road_words")),
                     vehicle_makes=_lower_set(raw.get("vehicle_makes")),
                     plural_street_words=_lower_set(raw.get("plural_street_words")),
                     place_object_verbs=_lower_set(raw.get("place_object_verbs")),
                     assault_object_verbs=_lower_set(raw.get("assault_object_verbs")),
                     place_pronoun_verbs=_lower_set(raw.get("place_pronoun_verbs")),
                     sovereign_space_nouns=_lower_set(raw.get("sovereign_space_nouns")),
                     state_group_nouns=_lower_set(raw.get("state_group_nouns")),
                     capital_nouns=_lower_set(raw.get("capital_nouns")),
                     feature_adjectives={str(k).lower(): str(v) for k, v in
                                         (raw.get("feature_adjectives") or {}).items()})


RESOLUTION_DATA = Path(__file__).parent / "data" / "places_resolution_cues.yaml"


@dataclass(frozen=True)
class ResolutionCues:
    # Countries whose towns alone have the bodies below, and the bodies' names written after a town's name
    # ("Corlan Police Department"): they place a namesake in those countries.
    local_body_countries: frozenset[str]
    local_body_phrases: tuple[str, ...]
    # Nouns for a part of a town that, after a direction word, name a quarter of the story's town ("West Side").
    town_part_words: frozenset[str]
    # Time-zone abbreviations written after a clock time ("10 a.m. ET") -> the countries that keep the zone.
    time_zone_countries: dict[str, frozenset[str]] = field(default_factory=dict)
    # Head words of the names of national and international bodies, whose seat named after "in" is most often a big
    # city ("the national health institute in the capital", "the World Bank in Washington").
    national_body_heads: frozenset[str] = frozenset()
    # Nouns for a part of a settlement or a province that, between a name and "of <place>", make the place the
    # name's container ("the Korail slum of Dhaka").
    part_of_nouns: frozenset[str] = frozenset()
    # Words before a name that set it on a river ("along the Orinoco"); looser ones ("on the") that do so only before
    # one of the words that may follow such a name.
    river_cues_before: tuple[str, ...] = ()
    river_cues_before_loose: tuple[str, ...] = ()
    river_name_followers: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_resolution_cues(path: Path = RESOLUTION_DATA) -> ResolutionCues:
    """The packaged resolution cues (or those of another file with the same keys)."""
    raw = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    bodies = raw.get("north_american_local_bodies") or {}
    return ResolutionCues(local_body_countries=frozenset(bodies.get("countries") or ()),
                          local_body_phrases=tuple(sorted(_lower_set(bodies.get("phrases")), key=len, reverse=True)),
                          town_part_words=_lower_set(raw.get("town_part_words")),
                          time_zone_countries={str(zone): frozenset(countries) for zone, countries
                                               in (raw.get("time_zone_countries") or {}).items()},
                          national_body_heads=_lower_set(raw.get("national_body_heads")),
                          part_of_nouns=_lower_set(raw.get("part_of_nouns")),
                          river_cues_before=tuple(_lower_set(raw.get("river_cues_before"))),
                          river_cues_before_loose=tuple(_lower_set(raw.get("river_cues_before_loose"))),
                          river_name_followers=_lower_set(raw.get("river_name_followers")))
