"""Toponym resolution: choose one gazetteer place for each mention, using the whole document as context.

Evidence, in the order it is weighed:
- priors: feature class (country > region > admin-1 > city by population > admin-2) and how the name matched
  (main or official name over alternate names, article-stripped forms and transliteration skeletons);
- local cues: a container right after the name ("Marib, Yemen", "Springfield, Ill."), feature words around it
  ("the city of", "Donetsk oblast", "Marib governorate", "the Tigris river");
- document focus: the countries and admin-1 regions the other mentions resolve to, and closeness to them;
- one sense per document: every mention with the same key gets the same place.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from eventwire.knowledge.gazetteer import (
    ABBREVIATION,
    ALTERNATE,
    DEMONYM,
    FUZZY_SIMILARITY,
    MAIN,
    OFFICIAL,
    SKELETON,
    STRIPPED,
    Candidate,
    Entry,
    Gazetteer,
    _load_rules,
    norm,
    spelling_similarity,
    subdivision_abbreviations,
    transliterated_countries,
)
from eventwire.knowledge.places_cues import load_place_cues, load_resolution_cues

KIND_PENALTY = {MAIN: 0.0, OFFICIAL: 0.0, ALTERNATE: -0.4, STRIPPED: -0.6, DEMONYM: -0.3, ABBREVIATION: -3.0,
                SKELETON: -2.5}
# A country that bears a mention's wording only as an official or alternate name yields this much to a region or
# continent whose own name it is ("Central Africa" is the region, though the Central African Republic lists it): the
# country's prior (9.0) then falls below the region's (8.5)
REGION_OWN_NAME_MARGIN = 1.0
UNKNOWN_TOWN_POPULATION = 1_000  # a listed town whose population GeoNames leaves at 0 (see prior)
CAPITAL_BONUS = 1.5  # a national capital's prior over a city of its size
SMALL = 10_000  # below this a namesake needs support from its region (tuned on dev)
FAR_KM = 400.0  # ... and lies this far from every other place the document names
# ... unless the text names a cluster of places around it: this many other names resolved within CLUSTER_KM of it
# in its own country (a local story naming several villages of one district: no namesake abroad needs them all)
CLUSTER_KM = 100.0
CLUSTER_MIN = 2
SIBLING_WEIGHT = 2.0  # context bonus of an admin-1 candidate per other name the document resolves to an admin-1
# region of the same country (share of the document's names)
# a city this large is known by its everyday name even where the gazetteer lists that name as an alternate one
# ("New York" for New York City, "Bombay" for Mumbai), also inside a longer name ("the New York Auto Show")
WORLD_CITY = 1_000_000
MEGACITY = 5_000_000  # a city this large takes its region's name even as an alternate name of its own ("New York")
BIG_CITY = 100_000  # a city this large that bears a name as its own keeps it against same-named states
# An alternate name of a WORLD_CITY spelt this much like the city's own name is a transliteration of that name
# ("Odessa" for Odesa): it names the city as its main name does, so smaller namesakes that bear the spelling as their
# main name do not outrank it (Odessa, Texas). (Below WORLD_CITY a namesake with that main name is as likely:
# "Hanover" in an Ohio story)
SPELLING_VARIANT = 0.85
# A country named only as such ("American officials", "the U.S."), or places far across it, say who speaks, not where
# a city is: they do not pull a name away from a famous city abroad (at least BIG_CITY people and FAME_RATIO times the
# namesake's) to a namesake in that country. The namesake's state, places within NEAR_EVIDENCE_KM of it or a
# container still do ("Paris, Texas"; Paris among towns of north Texas).
FAME_RATIO = 3.0
# A name written before a body only North American towns have ("the Corlan Police Department") gives its namesakes
# there this much over the rest: about a container's weight, enough to pass a famous namesake abroad on its own
LOCAL_BODY_BONUS = 4.0
TIME_ZONE_BONUS = 2.0  # a namesake in a country whose time zone the text times its events in (see _time_zone_bonus)
# A namesake town inside a county the document names as a county ("Walker County"), and that county, gain this much:
# a county holds few towns, so naming both is a narrow hint ("Huntsville" with "Walker County" is in Texas)
COUNTY_BONUS = 2.5
# A river, lake or sea (no country of its own) named by its own main name, farther than this from every other place
# the document names, when the name is also a town's in a country the document names twice, loses
# FAR_WATER_PENALTY: a Brazilian story's "Rio Grande" is the port, not the Texan river; a border story naming El
# Paso keeps the river
FAR_WATER_KM = 1500.0
FAR_WATER_PENALTY = 3.0
NEAR_EVIDENCE_KM = 300.0
# A namesake town or county inside a state or province that a name of the same sentence resolves to ("a bridge in
# Indiana closed near Monroe County") gains this much over its namesakes in other states: about a more populous
# namesake's prior lead, less than a container's ("Monroe County, Michigan") weight
SAME_SENTENCE_STATE_BONUS = 1.5
# A country named by part of its name ("Trinidad" for Trinidad and Tobago) yields this much to a town of that name
# (SMALL or more people) in a country the document names elsewhere, when nothing else names the first country: in a
# Bolivian story "Trinidad" is Beni's capital (the country's prior, 9.0, then falls below a town's with a country vote)
PART_NAME_COUNTRY_PENALTY = 4.0
MISSPELT_COUNTRY = 0.9  # spelling similarity of a country's name to a name that the gazetteer lacks: its misspelling
LIST_STRAY_MIN = 4  # items of a list, at least, for its other items' one country to judge a stray (_drop_list_strays)
# (Any city of SMALL or more people outranks an admin-1 region elsewhere of its name with fewer people than the city
# itself: "Manchester" is the English city, not the Jamaican parish; "St. Joseph" the Missouri city, not the
# Barbadian parish.)
_WORD = re.compile(r"[A-Za-z][\w.'’&-]*")
_CONTAINER_GAP = re.compile(r"^\s*,\s*$")
_LIST_CONTINUES = re.compile(r"^\s*(?:,|and\b|or\b)")
_PLACED_IN = re.compile(r"^\s+(?:in|at)\s+(?:the\s+)?$")
_NEXT_ITEM = re.compile(r"^\s*(?:,\s*[A-Z]|,?\s*(?:and|or)\b)")  # a list goes on after a name ("..., who" does not)
_BASED = re.compile(r"^-based\b", re.IGNORECASE)  # "Washington-based"
_IN_CONTAINER = re.compile(r"^\s+(?:located\s+|based\s+)?in\s+(?:the\s+)?")  # "Adams County located in Ohio"
_LOWER_WORD = re.compile(r"([a-z]+)[\s-]+")
# ", a short drive from London", ", about an hour's ride from Leeds": an apposition that places a town by a neighbour
_NEIGHBOUR_APPOSITION = re.compile(r"^\s*,\s+((?:[a-z0-9'’-]+\s+){1,6}?)(?:from|of|outside|near)\s+(?:the\s+)?"
                                   r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
_SETTLEMENT_APPOSITION = re.compile(r"^\s*,\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,3}[a-z]+)\b")
NEIGHBOUR_KM = 150.0  # a town an apposition places a drive or some miles from a city lies within this of it
# of two namesake pairs an apposition may mean ("Ludlow, a short drive from Leominster"), one lying this many times
# farther apart than the closest pair (and beyond CLOSEST_PAIR_KM) is not the one meant
CLOSEST_PAIR_FACTOR, CLOSEST_PAIR_KM = 2.0, 30.0
# "... are two small towns in", "... is in": a copula, up to four lower-case words and "in" before a state or country
_PREDICATE_IN = re.compile(r"^\s+(?:is|are|was|were)\s+(?:[a-z-]+\s+){0,4}?in\s+(?:the\s+)?$")
_ACROSS_BEFORE = re.compile(r"\bacross\s+the\s+$", re.IGNORECASE)  # "across the Sahel": a wide area
_REGION_AFTER = re.compile(r"[\s-]*region\b", re.IGNORECASE)  # "the Sahel region"
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*$")
_DIVISION_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?$")  # "Wales and the West Midlands"


def placed_in(text: str, end: int, there_start: int, there_end: int) -> bool:
    """Whether the text places the name ending at `end` in the settlement at text[there_start:there_end]: "X in Y",
    "X at the Y", or "X, Y" where no list goes on after Y ("Jamison, Norbury, Granville and Somerville" are items)."""
    gap = text[end:there_start]
    return bool(_PLACED_IN.match(gap) or
                (_CONTAINER_GAP.match(gap) and not _NEXT_ITEM.match(text[there_end:there_end + 8])))


@dataclass
class Mention:
    start: int
    end: int
    text: str
    key: str = ""
    candidates: tuple[Candidate, ...] = ()
    cue: str | None = None  # feature the context asks for: city, admin1, admin2, water
    containers: list[Entry] = field(default_factory=list)
    containers_end: int | None = None  # where the container phrase ends in the text
    scores: dict[int, float] = field(default_factory=dict)
    inner: bool = False  # the candidates name a place inside a longer unknown name ("Washington University")
    region_word: bool = False  # the cue is the word "region", which names wide regions as often as provinces
    neighbours: list[Entry] = field(default_factory=list)  # a place an apposition puts it near ("a drive from Y")
    # the text calls it a settlement or an island in apposition ("Lampedusa, the island closest to Tunisia")
    apposed_settlement: bool = False


_BODY_THEN_IN = re.compile(r"((?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){1,8})"
                           r"(?:headquartered\s+|based\s+)?in\s+(?:the\s+)?$")


def _seat_of_named_body(text: str, start: int, heads: frozenset[str]) -> bool:
    """Whether the name at `start` follows a national or international body's name and "in" ("the Centers for
    Disease Control and Prevention in Atlanta"): the body's seat."""
    found = _BODY_THEN_IN.search(text[max(0, start - 120):start])
    return found is not None and any(w.lower() in heads for w in found.group(1).split())


def _named_part_before(text: str, start: int, phrase: str) -> str | None:
    """The capitalised word right before the cue phrase ending at `start` ("Saltivka" in "the Saltivka district of
    Kharkiv"), if any: unless it is a people's adjective ("the Romanian county of Braila"), the phrase then names a
    part of the place after it."""
    head = re.sub(r"\s+(?:the\s+)?$", "", text[max(0, start - 60):start], flags=re.IGNORECASE)
    if not head.lower().endswith(phrase):
        return None
    words = head[:len(head) - len(phrase)].split()
    if words and words[-1][:1].isupper() and words[-1].isalpha() and words[-1].lower() not in ("the", "a", "an"):
        return words[-1]
    return None


def _cue_tables() -> tuple[dict[str, str], dict[str, str]]:
    rules = _load_rules()
    return rules["feature_cues_before"], rules["feature_cues_after"]


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# a capitalised name in the possessive right before a mention ("Egypt's ", "Cairo’s ")
_POSSESSOR = re.compile(r"(?<![\w.])([A-Z][a-z][\w.\-]*(?: [A-Z][a-z][\w.\-]*){0,2})['’]s\s+$")
# "<Name> slum of Dhaka", "<Name> district of Kharkiv": a part noun, "of", and the whole's name
_PART_OF = re.compile(r"^\s+([a-z]+)\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
_CAPITAL_OF_BEFORE = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_REGION_OF = re.compile(r"[\s-]*region\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_COUNTY_OF_BEFORE = re.compile(r"\bcounty\s+of\s+$", re.IGNORECASE)
# a direction word, "and"/"or", another direction word and the name both share ("North and South Korea"): the first
# direction word names a place of its own, the other half of the name being left out (group 1: the second direction
# word, group 2: up to three capitalised words of the shared name)
_ELLIPTICAL_HALF = re.compile(r"\s+(?:and|or|&)\s+([A-Z][a-z]+)\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})")


def clean_text(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()).strip()


class Resolver:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        before, after = _cue_tables()
        self._before = sorted(before.items(), key=lambda kv: -len(kv[0]))
        self._after = after
        self._generic = frozenset(_load_rules()["generic_words"])
        self._county_words = frozenset(_load_rules()["county_words"])
        self._facility = frozenset(_load_rules()["facility_words"])
        self._street = frozenset(_load_rules()["street_words"])
        self._landmark = frozenset(_load_rules()["landmark_words"])
        self._native = frozenset(_load_rules()["english_name_countries"])
        self._transliterated = transliterated_countries()
        self._directions = frozenset(_load_rules()["direction_words"]["words"])
        self._plural = {w: f for w, f in _load_rules()["feature_cues_plural"].items() if not w.startswith("_")}
        plural = "|".join(sorted(map(re.escape, self._plural), key=len, reverse=True))
        self._plural_after = re.compile(r"^\s+(" + plural + r")\b", re.IGNORECASE)
        # ("the provinces of A and B"; "seven provinces, including A, B and C", "states such as A and B")
        self._plural_before = re.compile(r"\b(" + plural + r")(?:\s+of\s+(?:the\s+)?|,?\s+(?:including|such\s+as)\s+)$",
                                         re.IGNORECASE)
        municipal = "|".join(sorted(map(re.escape, _load_rules()["municipal_prefixes"]), key=len, reverse=True))
        self._municipal = re.compile(r"^(?:the\s+)?(?:" + municipal + r")\s+(?=\S)", re.IGNORECASE)
        bodies = load_resolution_cues()
        self._body_countries = bodies.local_body_countries
        self._town_parts = bodies.town_part_words
        self._body_after = re.compile("(?:['’]s)?\\s+(?:city\\s+)?(?:" + "|".join(
            map(re.escape, bodies.local_body_phrases)) + r")(?!\w)", re.IGNORECASE)
        self._zone_countries = bodies.time_zone_countries
        # (whole words: "along the" but not "prolong the")
        self._river_before = tuple(f" {w}" for w in bodies.river_cues_before)
        self._river_before_loose = tuple(f" {w}" for w in bodies.river_cues_before_loose)
        self._river_followers = bodies.river_name_followers
        # a zone after a clock time: "10 a.m. ET", "7:30pm AEST", "(9:00 PT)"; the capitals alone ("ET", "CT") are
        # also other words and codes (Connecticut's "CT"), so a bare one counts only after a time; a decimal number
        # without "a.m."/"p.m." is no time ("12.50 MT" is tonnes)
        self._zone_after_clock = re.compile(
            r"\b\d{1,2}(?:(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|:\d{2})\s*\(?(" + "|".join(
                sorted(map(re.escape, self._zone_countries), key=len, reverse=True)) + r")\b(?![\w-])"
        ) if self._zone_countries else None
        self._after_re = re.compile(r"^[\s-]*(" + "|".join(sorted(map(re.escape, after), key=len, reverse=True))
                                    + r")\b", re.IGNORECASE)

    # ------------------------------------------------------------------ mention preparation

    def prepare(self, text: str, start: int, end: int, *, allow_demonyms: bool = True,
                span_given: bool = False) -> Mention:
        """The mention text[start:end] with its gazetteer candidates, feature cue and containers. With `span_given`
        the caller vouches that the span is a place name (gold spans for resolution), so a state's abbreviation
        written without its full stop ("Calif", "Ky") keeps its state wherever it stands; found in running text,
        such a word is a state only where a state stands ("Glasgow, Ky", "D-Calif")."""
        surface = clean_text(text[start:end])
        raw = text[start:end].strip()
        if surface != raw and len(raw.split()) > 1 and any(
                c.kind in (MAIN, OFFICIAL) for c in self.gaz.candidates(raw, fuzzy=False)):
            # "St. John's", "St. Mary's": the 's belongs to the name, not a possessive ("New York's")
            surface = raw
        m = Mention(start, end, text[start:end])
        m.key = norm(surface)
        code_like = _undotted_state(text, start, end) or (span_given and surface in subdivision_abbreviations())
        cands = self._lookup(surface, allow_demonyms, code_like=code_like)
        words = surface.split()
        if len(words) == 1 and surface.lower() in self._directions:
            joint = self._elliptical_name(text, surface, end)
            if joint:
                # "North" in "North and South Korea": North Korea, not a place that merely lists "North"
                cands = tuple(c for c in self._lookup(joint, False) if c.kind in (MAIN, OFFICIAL))
                m.key = norm(joint)
        # "Donetsk oblast", "Marib governorate", "Laurel County": the name without its feature word
        if len(words) > 1 and words[-1].lower() in self._after:
            m.cue = self._after[words[-1].lower()]
            if not cands or all(c.kind >= STRIPPED for c in cands):
                inner = self._lookup(" ".join(words[:-1]), allow_demonyms)
                if inner:
                    cands = inner
                    m.key = norm(" ".join(words[:-1]))
        prefix = self._municipal.match(surface)
        if prefix and (not cands or all(c.kind >= STRIPPED for c in cands)):
            # "the Town of Groton", "Village of Oak Park": a municipality's formal name, found under its bare name
            # (by its own name only: "City of Gold" is a nickname, not a town that lists "Gold" as another name)
            inner = tuple(c for c in self._lookup(surface[prefix.end():], False)
                          if c.kind in (MAIN, OFFICIAL) and c.entry.feature in ("city", "admin2"))
            if inner:
                cands = inner
                m.key = norm(surface[prefix.end():])
                m.cue = "city"
        if not cands and len(words) > 1 and words[0].lower() in ("lake", "river", "mount", "city") and \
                not all(w.lower() in self._generic for w in words[1:]):
            # "Lake Chad" is Chad's lake; "River North" (a neighbourhood) is no place called "North"
            cands = self._lookup(" ".join(words[1:]), allow_demonyms)
        if not cands and "/" in surface:
            for part in surface.split("/"):
                cands = self._lookup(part, allow_demonyms)
                if cands:
                    break
        if len(words) > 1 and words[-1].lower().rstrip(".") in self._street and \
                (not cands or all(c.kind >= STRIPPED for c in cands)):
            cands = ()  # a street: the settlement around it decides, not a namesake region
        elif len(words) > 1 and any(w.lower() in self._facility for w in words) and \
                (not cands or all(c.kind >= STRIPPED for c in cands)):
            # an embassy, ministry or school: it stands where a settlement named in it is, else it is unknown
            cands = self._inner_name(words, allow_demonyms, features=("city", "admin2"))
            m.inner = bool(cands)
        elif not cands and len(words) > 1 and _names_a_person(words):
            pass  # "the Michael T. Grady courthouse": a person's name, whose given name is no town "Michael"
        elif not cands and len(words) > 1 and not (
                words[-1].lower() in self._landmark or words[0].lower() in self._landmark):
            # (a name made of a place and a feature word, "Knox Park", "Lake Lanier", "Gulf of Alaska", is a place
            # of its own that the gazetteer lacks, not the namesake inside it)
            cands = self._inner_name(words, allow_demonyms)
            m.inner = bool(cands)
        if m.cue is None:
            m.cue = self._context_cue(text, start, end)
        before = re.sub(r"\s+", " ", text[max(0, start - 14):start].lower()).rstrip()
        m.region_word = m.cue == "admin1" and bool(words[-1].lower() == "region" or _REGION_AFTER.match(text, end)
                                                   or before.endswith(("region of", "region of the")))
        if m.region_word and any(c.entry.feature == "admin1" for c in cands) and (
                _CAPITAL_OF_BEFORE.search(text, max(0, start - 30), start)
                or self._region_of_its_country(text, end, cands)):
            # "Dori, the capital of the Sahel region", "the Sahel region of Burkina Faso": a region with a capital,
            # or one of a single country, is that country's province, not the wide region of that name, which bare
            # mentions of the same story may mean ("attacks across the Sahel")
            m.region_word = False
            m.key += _PROVINCE_SENSE
        if m.cue is None and self._on_river(text, start, end) and self._water_named(surface, cands):
            m.cue = "water"  # "villages on the Blue Nile": the river, not the state named for it
        if m.cue is None and _ACROSS_BEFORE.search(text, max(0, start - 16), start) and \
                any(c.entry.feature == "region" and c.kind == MAIN for c in cands):
            m.cue = "region"  # "drought across the Sahel": the wide region, not a province named for it
        if m.cue == "water":
            # "the Niger river": the river, which the gazetteer names with its feature word, not the country
            water = self._water_named(surface, cands)
            cands = cands + water
            if water and not m.key.endswith(_RIVER_SENSE):
                # a sense of its own: the state or country of the name elsewhere in the text ("in Blue Nile state",
                # a bare "Niger") keeps its
                m.key += _RIVER_SENSE
        elif m.cue == "admin1" and cands and not any(c.entry.feature == "admin1" for c in cands):
            cands = cands + self._province_named_for(m.key, cands)
        elif m.cue == "admin2" and len(words) <= 3 and _COUNTY_OF_BEFORE.search(text, max(0, start - 16), start):
            # "the County of Santa Clara": the county the gazetteer files as "Santa Clara County", named by its own
            # name (not as a weaker alternate of the bare name, below a namesake municipality abroad)
            county = tuple(c for c in self._lookup(surface + " County", False)
                           if c.kind in (MAIN, OFFICIAL) and c.entry.feature == "admin2")
            ids = {c.entry.id for c in county}
            cands = tuple(c for c in cands if c.entry.id not in ids) + county
        m.candidates = cands if m.inner else _variants_as_own_name(m.key, cands)
        if m.cue == "admin1" and any(c.entry.feature == "city" for c in m.candidates) and \
                any(c.entry.feature == "admin1" for c in m.candidates) and \
                not any(c.entry.feature == "admin1" and c.kind in (MAIN, OFFICIAL) for c in m.candidates):
            # "the Saratov region" names the province (Saratovskaya oblast') named for the city; a bare "in Saratov"
            # of the same story is the city, so the two do not share one sense (a province that bears the name as
            # its own, "Hainan", may be meant by the bare name too)
            m.key += _PROVINCE_SENSE
        m.containers, m.containers_end = self._containers(text, end)
        if m.containers and m.candidates and all(c.entry.country and c.entry.feature in ("city", "admin2")
                                                  for c in m.candidates) and \
                all(box.country for box in m.containers) and \
                not any(c.entry.country == box.country for box in m.containers for c in m.candidates) and \
                self._placed_by_comma(text, start, end, m.containers_end):
            # "Stroud, Ontario" with no Stroud in Canada: the namesakes abroad are not it; the gazetteer lacks the
            # town the text places there
            m.candidates = ()
        elif not m.containers:
            m.apposed_settlement = _apposed_settlement(text, end)
            m.neighbours = self._apposed_neighbour(text, end, m.candidates)
            m.containers = self._possessor(text, start) or self._whole_after_part_noun(text, end)
            if m.containers and m.candidates and all(c.entry.country for c in m.candidates) and \
                    not any(_contains(box, c.entry) or box.id == c.entry.id
                            for box in m.containers for c in m.candidates):
                # "Nairobi's Eastleigh" with no Eastleigh in Nairobi's province: a namesake abroad is not it; the name
                # is left to the settlement the text places it in (a landmark the gazetteer keeps without a country,
                # "London's Heathrow", is not judged so)
                m.candidates = ()
        return m

    def _elliptical_name(self, text: str, surface: str, end: int) -> str | None:
        """The whole name a bare direction word stands for when the name it shares with the next direction word is
        left out ("North" in "North and South Korea", "Central" in "Central and South America"), if the gazetteer
        knows it by that very name; else None."""
        found = _ELLIPTICAL_HALF.match(text, end)
        if not found or found.group(1).lower() not in self._directions:
            return None
        shared = found.group(2).split()
        for size in range(len(shared), 0, -1):
            joint = clean_text(surface + " " + " ".join(shared[:size]).rstrip(".,"))
            if any(c.kind in (MAIN, OFFICIAL) for c in self._lookup(joint, False)):
                return joint
        return None

    def _region_of_its_country(self, text: str, end: int, cands: tuple[Candidate, ...]) -> bool:
        """Whether "region of <country>" follows a name that both a province of that country and a wide region lying
        in no one country bear ("the Sahel region of Burkina Faso"; the Kurdistan region, filed under Iraq, is not
        such a name)."""
        found = _REGION_OF.match(text, end)
        if not found or not any(c.entry.feature == "region" and not c.entry.country for c in cands):
            return False
        countries = {box.country for box in self._boxes_named(found.group(1)) if box.feature == "country"}
        return any(c.entry.feature == "admin1" and c.entry.country in countries for c in cands)

    def _on_river(self, text: str, start: int, end: int) -> bool:
        """Whether the words around a name set it on a river ("along the X", "on the X near ..."; river_cues_before),
        with no lower-case noun after it that it would modify ("along the X border", "on the X junta")."""
        before = " " + re.sub(r"\s+", " ", text[max(0, start - 20):start].lower()).rstrip()
        nxt = _FOLLOWING_WORD.match(text, end)
        word = nxt.group(1) if nxt and nxt.group(1).islower() else None
        if before.endswith(self._river_before):
            return word not in load_place_cues().border_nouns
        return before.endswith(self._river_before_loose) and (word is None or word in self._river_followers)

    def _placed_by_comma(self, text: str, start: int, end: int, box_end: int | None) -> bool:
        """Whether the container after a name follows it after a comma as its town's state or country ("Stroud,
        Ontario, Canada"), not as the next item of a list ("in Boston, Miami, West Palm Beach", "in Butler,
        Clark, Hamilton": an item comes before the name, or one other than a country after the container). (A
        container after "in" places the thing named, not always the name: "the Chapel of St Anne in Vienna".)"""
        if box_end is None or not text[end:end + 2].lstrip().startswith(","):
            return False
        if _LIST_BEFORE.search(text, max(0, start - 8), start):
            return False
        nxt = _NEXT_NAME.match(text, box_end)
        return not nxt or any(c.entry.feature == "country" and c.kind in (MAIN, OFFICIAL, ABBREVIATION)
                              for c in self.gaz.candidates(nxt.group(1), fuzzy=False))

    def _possessor(self, text: str, start: int) -> list[Entry]:
        """The country or province a place is named in the possessive of ("Egypt's Delta", "Jordan's Zarqa"), or
        the province of such a big city ("Lagos's Ikeja district"): the mention's container, as after a comma."""
        found = _POSSESSOR.search(text[max(0, start - 40):start])
        if not found:
            return []
        return self._boxes_named(found.group(1))

    def _whole_after_part_noun(self, text: str, end: int) -> list[Entry]:
        """The country or province of the place a name is called a part of ("the Korail slum of Dhaka", "the Kalma
        camp outside Nyala" is not: only "<part noun> of"; `part_of_nouns`), as for a possessor."""
        found = _PART_OF.match(text[end:end + 60])
        if not found or found.group(1).lower() not in load_resolution_cues().part_of_nouns:
            return []
        return self._boxes_named(found.group(2))

    def _boxes_named(self, name: str) -> list[Entry]:
        """The countries and provinces `name` names, or the province of a big city so named."""
        boxes: list[Entry] = []
        for c in self.gaz.candidates(name, fuzzy=False):
            e = c.entry
            if c.kind not in (MAIN, OFFICIAL, ALTERNATE):
                continue
            if e.feature in ("country", "admin1"):
                boxes.append(e)
            elif e.feature == "city" and e.population >= BIG_CITY and e.admin1_id:
                region = self.gaz.entry(e.admin1_id)
                if region is not None and region.feature == "admin1":
                    boxes.append(region)
        return boxes

    def _province_named_for(self, key: str, have: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The first-level region a city gives its name to, when the text calls the name a region or province and the
        gazetteer knows the region only under an adjectival form of it ("the Kursk region": Kurskaya oblast',
        "Krasnodar region": Krasnodarskiy kray)."""
        out: list[Candidate] = []
        seen: set[int] = set()
        for c in have:
            e = c.entry
            if e.feature != "city" or not e.admin1_id or not e.admin1 or e.admin1_id in seen or len(key) < 4 or \
                    not norm(e.admin1).startswith(key):
                continue
            seen.add(e.admin1_id)
            region = self.gaz.entry(e.admin1_id)
            if region is not None and region.feature == "admin1":
                out.append(Candidate(entry=region, kind=ALTERNATE, packaged=False))
        return tuple(out)

    def _water_named(self, surface: str, have: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The river or lake a name stands for when the text calls it one ("the Niger river", "the river Jordan",
        "Lake Victoria" written as "Victoria lake"): the gazetteer's water feature of that name with the word."""
        seen = {c.entry.id for c in have}
        out: list[Candidate] = []
        for form in (f"{surface} River", f"River {surface}", f"Lake {surface}", f"{surface} Lake"):
            for c in self.gaz.candidates(form, fuzzy=False):
                if c.entry.feature == "water" and c.kind in (MAIN, OFFICIAL) and c.entry.id not in seen:
                    seen.add(c.entry.id)
                    out.append(c)
        return tuple(out)

    def _inner_name(self, words: list[str], allow_demonyms: bool,
                    features: tuple[str, ...] | None = None) -> tuple[Candidate, ...]:
        """A well-known place named inside a longer unknown name ("US Federal Reserve", "Council of Europe"); with
        `features`, the first inner name that has candidates of those features ("British Embassy Tokyo": Tokyo, not
        the demonym before it)."""
        for size in range(len(words) - 1, 0, -1):
            for at in range(len(words) - size + 1):
                part = words[at:at + size]
                if not part[0][:1].isupper() or all(w.lower() in self._generic for w in part):
                    continue
                found = self._lookup(" ".join(part), allow_demonyms)
                if features is not None and "country" not in features and any(
                        c.entry.feature == "country" and c.kind in (MAIN, OFFICIAL, DEMONYM) for c in found):
                    continue  # "Embassy of the Republic of Armenia": the part names a country, not a namesake town
                cands = tuple(c for c in found
                              if (c.kind in (MAIN, OFFICIAL, DEMONYM)
                                  or (features is None and c.kind == ALTERNATE and c.entry.feature == "city"
                                      and c.entry.population >= WORLD_CITY))
                              and (c.entry.feature in ("country", "region", "water", "admin1")
                                   or c.entry.population >= 100_000)
                              and (features is None or c.entry.feature in features))
                if features is None and len(words) == 2 and at == 1 and words[0][:1].isupper() and \
                        words[0].lower() not in self._generic:
                    # a town or a county closing a two-word unknown name after a capitalised word ("Mute Swan",
                    # "Golden Eagle"): a species or a thing named so, not that namesake; an area keeps its sense
                    # ("Mount Kenya"), as does a town after a word for its part ("Greater Springfield"); a longer
                    # name may name a site in the town ("Robinson College Cambridge")
                    cands = tuple(c for c in cands if c.entry.feature in ("country", "admin1", "region", "water"))
                if cands:
                    # a well-known name: its smaller namesakes stay candidates, and the document picks among them
                    # ("Windsor Castle" in a story about an English wedding is in Windsor, England)
                    return cands + tuple(c for c in found if c not in cands and c.kind in (MAIN, OFFICIAL)
                                         and c.entry.feature in ("city", "admin2")
                                         and (features is None or c.entry.feature in features))
        return ()

    def _lookup(self, surface: str, allow_demonyms: bool, *, code_like: bool = False) -> tuple[Candidate, ...]:
        cands = self.gaz.candidates(surface, fuzzy=False)
        if not cands:
            words = norm(surface).split()
            # transliteration guesses for names, not for descriptions ("Thames Valley" is no "Thomasville")
            if len(words) <= 2 and not any(w in self._generic for w in words):
                # ... and not for places in English-speaking countries, whose names English writes natively
                # ("Earlsheaton" is no "Earlston")
                cands = tuple(c for c in self.gaz.fuzzy(norm(surface)) if c.entry.country not in self._native)
                # a country spelt one letter off ("Mauritious", "Phillipines") is that country misspelt, not a
                # transliteration guess: it stands as the country's other name, and the guesses go
                misspelt = tuple(Candidate(entry=c.entry, kind=ALTERNATE, packaged=c.packaged) for c in cands
                                 if c.entry.feature == "country" and
                                 spelling_similarity(norm(surface), norm(c.entry.name)) >= MISSPELT_COUNTRY)
                cands = misspelt or cands
        out = tuple(c for c in cands if c.kind != ABBREVIATION or code_like or _looks_like_code(surface))
        words = norm(surface).split()
        if words and all(w in self._directions for w in words):
            # "the Northeast", "Southwest": a part of the story's own country, not a place that lists the word as an
            # alternate name (Dubai's "Sector 7")
            out = tuple(c for c in out if c.kind in (MAIN, OFFICIAL, DEMONYM, STRIPPED))
        elif words and all(w in self._directions or w in self._generic for w in words) or (
                len(words) > 1 and words[0] in self._directions and words[-1] in self._town_parts
                and all(w in self._directions for w in words[:-1])):
            # "the City", "South Island": common words, not a town that lists them as an alternate name (a Connecticut
            # village's "the City", Coronado's "South Island"); a county known by its bare name stays ("Hall"). So
            # with "West Side", "the East End": a quarter of the story's own town (see town_part_words)
            out = tuple(c for c in out if c.kind in (MAIN, OFFICIAL, DEMONYM, STRIPPED) or c.entry.feature != "city")
        if not allow_demonyms:
            out = tuple(c for c in out if c.kind != DEMONYM)
        return out

    def _context_cue(self, text: str, start: int, end: int) -> str | None:
        before = text[max(0, start - 25):start].lower()
        before = re.sub(r"\s+", " ", before)
        for phrase, feature in self._before:
            if before.rstrip().endswith(phrase) or before.rstrip().endswith(phrase + " the"):
                if phrase.endswith(" of") and (part := _named_part_before(text, start, phrase)) and \
                        not any(c.kind == DEMONYM for c in self.gaz.candidates(part, fuzzy=False)):
                    # "the Saltivka district of Kharkiv", "the Kherson region of Ukraine": the name is that of the
                    # whole the named part lies in, not of a district or a region itself
                    break
                return feature
        found = self._after_re.match(text[end:end + 20])
        if found:
            return self._after[found.group(1).lower()]
        return None

    def _apposed_neighbour(self, text: str, end: int, cands: tuple[Candidate, ...]) -> list[Entry]:
        """The places an apposition puts the mention near ("Windsor, a short drive from London": the Windsor near
        a London, in England, not the one in Ontario), when some candidate of the mention lies near one and some do
        not."""
        found = _NEIGHBOUR_APPOSITION.match(text[end:end + 90])
        words = set(found.group(1).replace("’", "'").replace("'s", "").split()) if found else set()
        if not found or len({c.entry.id for c in cands}) < 2 or not words & load_place_cues().proximity_nouns:
            return []
        if any(int(n) > 100 for n in re.findall(r"\d+", found.group(1))):
            return []  # "Lexington, about 186 miles southeast of Alliance": too far to pick a namesake by
        named = [c.entry for c in self.gaz.candidates(found.group(2).rstrip(".,"), fuzzy=False)
                 if c.kind <= OFFICIAL and c.entry.feature in ("city", "admin2", "admin1")]
        if not named:
            return []
        # (every sense of the neighbour counts: "Ludlow, a short drive from Leominster" has a Ludlow near each of
        # two Leominsters; the pair of namesakes closest together is the one meant, the other pair lying several
        # times farther apart: the English towns 16 km apart, not the Massachusetts ones 70 km apart)
        gaps = {e.id: min(_approx_km(c.entry.lat, c.entry.lon, e.lat, e.lon) for c in cands) for e in named}
        closest = min(gaps.values())
        if closest > NEIGHBOUR_KM:
            return []
        named = [e for e in named if gaps[e.id] <= max(closest * CLOSEST_PAIR_FACTOR, CLOSEST_PAIR_KM)]
        near = [any(_approx_km(c.entry.lat, c.entry.lon, e.lat, e.lon) <= NEIGHBOUR_KM for e in named) for c in cands]
        return named if any(near) and not all(near) else []

    def _containers(self, text: str, end: int) -> tuple[list[Entry], int | None]:
        """Places named right after ", ", in parentheses or after "(located/based) in": the mention's country, state
        or province ("Adams County located in Ohio", "Lahore in Punjab"), and where that phrase ends."""
        tail = text[end:end + 60]
        found = re.match(r"^\s*(?:,|\()\s*", tail)
        after_comma = found is not None
        if found:
            start = found.end()
        else:
            found = _IN_CONTAINER.match(tail)
            if not found:
                return [], None
            start = found.end()
            # "Boone County in south central Iowa": direction words may stand before the container
            while (word := _LOWER_WORD.match(tail, start)) and word.group(1) in self._directions:
                start = word.end()
        rest = tail[start:]
        words = _WORD.findall(rest.split("\n")[0])[:4]
        # keep only the leading run of capitalised words / abbreviations
        run: list[str] = []
        ends: list[int] = []
        pos = 0
        for w in words:
            idx = rest.find(w, pos)
            if idx < 0 or rest[pos:idx].strip(" ") not in ("",):
                break
            if not (w[0].isupper()):
                break
            run.append(w)
            pos = idx + len(w)
            ends.append(pos)
        for n in range(len(run), 0, -1):
            phrase = " ".join(run[:n])
            for variant in (phrase, phrase.rstrip(".,")):
                county = bool(re.search(r"\b(county|parish|district|borough)\b", variant, re.IGNORECASE))
                cands = [c.entry for c in self.gaz.candidates(variant, fuzzy=False)
                         if (c.entry.feature in ("country", "admin1") or (county and c.entry.feature == "admin2"))
                         and c.kind != DEMONYM
                         and (c.kind != ABBREVIATION or _looks_like_code(variant)
                              # "Glasgow, Ky (WXTV)": a state's dotted abbreviation written without its full
                              # stop, alone after the comma ("Smith, Miss Jones" goes on with a name; "of
                              # Joliet in the Miss division" has no comma)
                              or (after_comma and len(run) == 1 and variant in subdivision_abbreviations()))]
                if cands:
                    return cands, end + start + ends[n - 1] - (len(phrase) - len(variant))
        return [], None

    # ------------------------------------------------------------------ scoring

    @staticmethod
    def prior(c: Candidate) -> float:
        e = c.entry
        # (GeoNames gives 0 for a town whose population it does not know, not for an empty one: such a town counts as
        # a small town, not as a hamlet below every namesake)
        people = e.population if e.population > 0 or e.feature != "city" else UNKNOWN_TOWN_POPULATION
        pop = math.log10(max(people, 0) + 10)
        if e.feature == "country":
            base = 9.0
        elif e.feature in ("region", "water"):
            base = 8.5
        elif e.feature == "site":
            base = 7.0
        elif e.feature == "admin1":
            base = 4.0 + 0.4 * pop
        elif e.feature == "admin2":
            base = 1.5 + 0.4 * pop
        else:
            base = 0.9 * pop + (CAPITAL_BONUS if e.code == "PPLC" else 0.0)
        return base + KIND_PENALTY.get(c.kind, 0.0)

    def local_score(self, m: Mention, c: Candidate, has_main: bool = False) -> float:
        e = c.entry
        score = self.prior(c)
        if e.feature == "country" and c.kind != MAIN and any(
                o.entry.feature == "region" and o.kind == MAIN for o in m.candidates):
            score -= REGION_OWN_NAME_MARGIN
        if has_main and c.kind >= ALTERNATE and c.kind != DEMONYM and e.feature in ("city", "admin2"):
            score -= 1.5  # another place bears this as its main name: alternate names are weaker evidence
            if e.code == "PPLC" and c.kind == ALTERNATE and spelling_similarity(m.key, e.name) < FUZZY_SIMILARITY:
                # a capital's bonus is for the name it goes by, not for an old one that towns elsewhere still bear
                # as their own ("Salisbury" is the English city, no longer Harare; "Peking", which no other place
                # bears, stays Beijing)
                score -= CAPITAL_BONUS
        if m.cue:
            if m.cue == e.feature or (m.cue == "city" and e.feature in ("city", "locality")) or \
                    (m.region_word and e.feature == "region"):
                # ("the Sahel region", "the Kurdistan region of Iraq": the wide region, not a province named so)
                score += 3.0
            elif m.cue == "admin1" and e.feature == "admin2":
                score += 1.0
            else:
                score -= 1.0
        if m.containers:
            inside = any(_contains(box, e) for box in m.containers)
            score += 6.0 if inside else -2.0
        if m.neighbours:
            near = any(_approx_km(e.lat, e.lon, n.lat, n.lon) <= NEIGHBOUR_KM for n in m.neighbours)
            score += 6.0 if near else -2.0
        return score

    def resolve(self, text: str, mentions: list[Mention], *, passes: int = 2) -> list[Entry | None]:
        self._split_province_and_city(mentions)
        self._drop_list_containers(text, mentions)
        self._predicate_containers(text, mentions)
        self._list_cues(text, mentions)
        # City named like its own admin-1 region ("Aleppo", "Kharkiv"), or a big city named like a less populous
        # region elsewhere ("Manchester"): news means the city unless a cue says so.
        for m in mentions:
            m.scores = {}
            # (a city named like its region by an unrelated alternate name is no such city: Salvador's old name
            # "Bahia" does not make "Bahia" the city; a spelling variant of its own name does, "Zaporizhzhia" for
            # Zaporizhzhya, and so does the name a megacity is known by, "New York")
            cities = [c.entry for c in m.candidates if c.entry.feature == "city"
                      and (c.kind in (MAIN, OFFICIAL) or c.entry.population >= MEGACITY
                           or spelling_similarity(m.key, c.entry.name) >= FUZZY_SIMILARITY)]
            has_main = any(c.kind in (MAIN, OFFICIAL) for c in m.candidates)
            named_cities = [(c.entry, c.kind) for c in m.candidates if c.entry.feature == "city"]
            for c in m.candidates:
                s = self.local_score(m, c, has_main)
                if c.entry.feature == "admin1" and m.cue != "admin1":
                    if any(city.admin1_id == c.entry.id and city.population * 20 >= c.entry.population
                           for city in cities):
                        s -= 3.0
                    elif any(k in (MAIN, OFFICIAL) and city.population >= SMALL
                             and city.population > c.entry.population for city, k in named_cities):
                        s -= 3.0
                m.scores[c.entry.id] = s
        self._local_bodies(text, mentions)
        self._time_zone_bonus(text, mentions)
        # a mention right after "<place>, " is that place's container ("Buffalo, New York", "Atlanta, Georgia")
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        for a, b in zip(order, order[1:]):
            prev, m = mentions[a], mentions[b]
            if prev.candidates and (_CONTAINER_GAP.match(text[prev.end:m.start])
                                    or _PREDICATE_IN.match(text[prev.end:m.start])):
                for c in m.candidates:
                    if c.entry.feature in ("country", "admin1") and any(_contains(c.entry, p.entry)
                                                                         for p in prev.candidates):
                        m.scores[c.entry.id] += 3.0
        picks = self._pick(mentions, {})
        for n in range(passes):
            bonus = self._context_bonus(mentions, picks)
            self._list_bonus(text, mentions, order, picks, bonus)
            self._seat_of_organisation(text, mentions, bonus)
            self._same_sentence_state(text, mentions, picks, bonus)
            self._same_sentence_country(text, mentions, picks, bonus)
            guard = None
            if n == passes - 1:
                guard = {e.country for i, e in picks.items() if e.country and
                         not all(c.kind == SKELETON for c in mentions[i].candidates)
                         and not all(c.kind == ABBREVIATION for c in mentions[i].candidates if c.entry.id == e.id)
                         and not (e.feature == "city" and e.population < 20_000)
                         and not all(_other_name(mentions[i], c) for c in mentions[i].candidates)}
                # (the countries of every pick, small towns too: in a story of Ulster villages alone, none of them
                # big enough for the guard, a town abroad that bears a name only as another name is still far off)
                town_countries: dict[str, set[str]] = defaultdict(set)
                for i, e in picks.items():
                    if e.country:
                        town_countries[e.country].add(mentions[i].key)
                # admin-1 regions the document speaks of, each with the names that put it there
                guard_a1: dict[int, set[str]] = defaultdict(set)
                for i, e in picks.items():
                    a1 = e.id if e.feature == "admin1" else e.admin1_id
                    if a1 and (e.feature in ("admin1", "admin2") or (e.feature == "city" and e.population >= SMALL)):
                        guard_a1[a1].add(mentions[i].key)
            anchors = [e for e in picks.values() if e.feature in ("city", "admin2", "admin1")
                       and not (e.feature == "city" and e.population < SMALL)] if n == passes - 1 else []
            settled = {mentions[i].key: e for i, e in picks.items() if e.feature in ("city", "admin2")} \
                if n == passes - 1 else {}
            picks = self._pick(mentions, bonus, guard, guard_a1 if n == passes - 1 else None, anchors, settled,
                               town_countries if n == passes - 1 else None)
        self._drop_list_strays(text, mentions, order, picks)
        self._placed_in(text, mentions, picks)
        return [picks.get(i) for i in range(len(mentions))]

    @staticmethod
    def _split_province_and_city(mentions: list[Mention]) -> None:
        """A name the text calls a province once and a city once ("the region of Puno" ... "Puno city") names both, a
        province and the city it is named for: the province's mentions do not share the city's sense (bare mentions
        stay with the city, as for "the Saratov region" beside "Saratov")."""
        cues: dict[str, set[str | None]] = defaultdict(set)
        for m in mentions:
            if m.cue in ("admin1", "city", None):
                cues[m.key].add(m.cue)
        for m in mentions:
            if m.cue != "admin1" or not any(c.entry.feature == "city" for c in m.candidates):
                continue
            provinces = {c.entry.id for c in m.candidates if c.entry.feature == "admin1"}
            if provinces and ({"admin1", "city"} <= cues[m.key] or (None in cues[m.key] and any(
                    c.entry.feature == "city" and c.kind in (MAIN, OFFICIAL) and c.entry.admin1_id in provinces
                    for c in m.candidates))):
                # (so too "the Mopti region" beside a bare "traders in Mopti", the city of the province's very name
                # lying in it: the bare name is the city, as it is in a story that never names the province)
                m.key += _PROVINCE_SENSE

    @staticmethod
    def _drop_list_strays(text: str, mentions: list[Mention], order: list[int], picks: dict[int, Entry]) -> None:
        """In a list of LIST_STRAY_MIN or more names whose every other item lies in one country ("Suba, Migori, Homa
        Bay, Rongo, Siaya" in Kenya), an item that only another spelling of a place abroad matches ("Suba" for Suva,
        Fiji) is a place of that country the gazetteer lacks, not the one abroad: it is left unresolved."""
        runs: list[list[int]] = [[]]
        for a, b in zip(order, order[1:] + [None]):
            runs[-1].append(a)
            if b is None or not (mentions[a].end <= mentions[b].start and
                                 _LIST_GAP.match(text[mentions[a].end:mentions[b].start])):
                runs.append([])
        for run in runs:
            if len(run) < LIST_STRAY_MIN or any(i not in picks for i in run):
                continue
            strays = []
            for i in run:
                own = picks[i]
                others = {picks[j].country for j in run if j != i}
                if len(others) != 1 or own.country in others:
                    continue
                kinds = [c.kind for c in mentions[i].candidates if c.entry.id == own.id]
                if kinds and min(kinds) not in (MAIN, OFFICIAL, ABBREVIATION, DEMONYM):
                    strays.append(i)
            for i in strays:
                del picks[i]

    def _local_bodies(self, text: str, mentions: list[Mention]) -> None:
        """A name the text writes anywhere before a body only North American towns have ("Corlan Police Department",
        "Corlan High School"): its namesakes in those countries gain LOCAL_BODY_BONUS, every mention of it alike (one
        sense per document), so a local story's town is not the famous city abroad of its name."""
        cued: dict[str, bool] = {}
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): keep offsets aligned
            lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        for m in mentions:
            if m.key not in cued:
                cued[m.key] = self._before_local_body(text, lowered, clean_text(m.text).lower())
            if not cued[m.key]:
                continue
            for c in m.candidates:
                if c.entry.country in self._body_countries and c.entry.feature in ("city", "admin2"):
                    m.scores[c.entry.id] += LOCAL_BODY_BONUS

    def _time_zone_bonus(self, text: str, mentions: list[Mention]) -> None:
        """A story that times its events in a zone only some countries keep ("tickets go on sale at 10 a.m. ET") is
        told from there: towns, counties and states of those countries gain TIME_ZONE_BONUS, so a namesake there
        is preferred to a more famous one abroad unless the rest of the document says otherwise."""
        if self._zone_after_clock is None:
            return
        countries = frozenset().union(*(self._zone_countries[found.group(1)]
                                        for found in self._zone_after_clock.finditer(text)))
        if not countries:
            return
        for m in mentions:
            for c in m.candidates:
                if c.entry.country in countries and c.entry.feature in ("city", "admin2", "admin1"):
                    m.scores[c.entry.id] += TIME_ZONE_BONUS

    def _before_local_body(self, text: str, lowered: str, name: str) -> bool:
        """Whether `name` (lower-case) stands anywhere in the text as a word right before a local body's name."""
        at = lowered.find(name) if name else -1
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] == "-")) and \
                    self._body_after.match(text, end):
                return True
            at = lowered.find(name, at + 1)
        return False

    @staticmethod
    def _seat_of_organisation(text: str, mentions: list[Mention], bonus: dict[tuple[int, int], float]) -> None:
        """"A Washington-based group", "Nashville-based CCA": an organisation's seat is most often a big city, so
        a namesake under BIG_CITY people gets only half the pull of the document's other places (a story about
        Georgia towns does not move a Washington-based think tank to Washington, Georgia). So with a national or
        international body's seat after its name and "in" ("the Centers for Disease Control and Prevention in
        Atlanta", `national_body_heads`). A container after the name ("Athens, Ga.-based") still decides."""
        heads = load_resolution_cues().national_body_heads
        for i, m in enumerate(mentions):
            if m.containers or not (_BASED.match(text[m.end:m.end + 8]) or _seat_of_named_body(text, m.start, heads)):
                continue
            for c in m.candidates:
                if c.entry.population < BIG_CITY and (i, c.entry.id) in bonus:
                    bonus[(i, c.entry.id)] *= 0.5

    @staticmethod
    def _placed_in(text: str, mentions: list[Mention], picks: dict[int, Entry]) -> None:
        """A name the gazetteer knows only through a place inside it or a namesake of its acronym, which the text places
        in a settlement it names ("Washington University in St. Louis", "the University of California, Los Angeles",
        "the OAS in Washington"), stands in that settlement, not in the place inside its name or in a town spelt like
        the acronym (the OAS is no town called Oas). (A name with no candidate at all is left to the caller, which
        keeps it as a site of the settlement.)"""
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        for a, b in zip(order, order[1:]):
            m, there = mentions[a], picks.get(b)
            if there is None or there.feature != "city":
                continue
            if not (m.inner or _acronym_namesake(m)):
                continue
            # an acronym's namesake only with "in"/"at"; a name with a place inside it also after a comma
            if _PLACED_IN.match(text[m.end:mentions[b].start]) or \
                    (m.inner and placed_in(text, m.end, mentions[b].start, mentions[b].end)):
                picks[a] = there

    @staticmethod
    def _same_sentence_state(text: str, mentions: list[Mention], picks: dict[int, Entry],
                             bonus: dict[tuple[int, int], float]) -> None:
        """A name that towns or counties in several states bear, named in the same sentence as one of those states
        ("a bridge in Indiana closed near Monroe County"), is most likely the one in that state: its
        namesake there gains SAME_SENTENCE_STATE_BONUS."""
        states = [(mentions[j], e) for j, e in picks.items() if e.feature == "admin1"]
        if not states:
            return
        for i, m in enumerate(mentions):
            # (by their own names only: a state's or a country's name is that, not "Texas County" in Oklahoma)
            if _names_a_division(m):
                continue
            local = [c.entry for c in m.candidates if c.kind in (MAIN, OFFICIAL) and
                     c.entry.feature in ("city", "admin2") and c.entry.admin1_id]
            if len({e.admin1_id for e in local}) < 2:
                continue
            for e in local:
                if any(state.id == e.admin1_id and other is not m and _same_sentence(text, other, m)
                       for other, state in states):
                    bonus[(i, e.id)] = bonus.get((i, e.id), 0.0) + SAME_SENTENCE_STATE_BONUS

    @staticmethod
    def _same_sentence_country(text: str, mentions: list[Mention], picks: dict[int, Entry],
                               bonus: dict[tuple[int, int], float]) -> None:
        """A town name borne as their own by towns of several countries, named in the same sentence as one of those
        countries ("fled to Armenia ... to the town of Goris" in a story about Georgia, which has a Gori), is most
        likely the one in that country: its namesake there gains SAME_SENTENCE_STATE_BONUS, as for a state."""
        countries = [(mentions[j], e.country) for j, e in picks.items() if e.feature == "country" and e.country]
        if not countries:
            return
        for i, m in enumerate(mentions):
            if _names_a_division(m):
                continue
            local = [c.entry for c in m.candidates if c.kind in (MAIN, OFFICIAL) and c.entry.feature == "city"]
            if not local or len({c.entry.country for c in m.candidates if c.entry.feature == "city"}) < 2:
                continue
            for e in local:
                # (not for a namesake of a famous city abroad: a country named as such says who speaks, "officials
                # in the US said protesters gathered in Vancouver", not where a city is; see FAME_RATIO)
                if any(c.entry.feature == "city" and c.entry.country != e.country and c.entry.population >= BIG_CITY
                       and c.entry.population >= FAME_RATIO * max(e.population, 1) for c in m.candidates):
                    continue
                if any(country == e.country and other is not m and _same_sentence(text, other, m)
                       for other, country in countries):
                    bonus[(i, e.id)] = bonus.get((i, e.id), 0.0) + SAME_SENTENCE_STATE_BONUS

    def _list_cues(self, text: str, mentions: list[Mention]) -> None:
        """A plural feature word after a list of names ("in Butler, Clark and Warren counties") or before it with
        "of" ("the provinces of Nyanza and Rift Valley") gives every listed name without a cue of its own that
        feature."""
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        runs: list[list[int]] = []
        for i in order:
            if runs and _LIST_GAP.match(text[mentions[runs[-1][-1]].end:mentions[i].start]):
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            first, last = mentions[run[0]], mentions[run[-1]]
            after = self._plural_after.match(text[last.end:last.end + 20])
            before = self._plural_before.search(text[max(0, first.start - 25):first.start])
            found = after or before
            if found is None:
                continue
            feature = self._plural[found.group(1).lower()]
            for i in run:
                if i == run[-1] and after is not None and any(
                        c.entry.feature in ("region", "water") and c.kind in (MAIN, OFFICIAL)
                        for c in mentions[i].candidates):
                    continue  # "the Gulf states": the states around a wide region or sea, not a province named so
                if mentions[i].cue is None or (i == run[-1] and after is not None):
                    mentions[i].cue = feature

    @staticmethod
    def _predicate_containers(text: str, mentions: list[Mention]) -> None:
        """Names, or a list of them, said to be in a state or country ("Madison and Jasper are two small towns in
        Georgia", "Salem is in Oregon"): that state or country is the container of every name of the list, as it
        is after a comma."""
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        for x in range(1, len(order)):
            there, last = mentions[order[x]], mentions[order[x - 1]]
            if not _PREDICATE_IN.match(text[last.end:there.start]):
                continue
            boxes = [c.entry for c in there.candidates if c.entry.feature in ("country", "admin1")
                     and c.kind not in (DEMONYM, ABBREVIATION, SKELETON)]
            if not boxes:
                continue
            y = x - 1
            while True:
                item = mentions[order[y]]
                if not item.containers:
                    item.containers = list(boxes)
                if y == 0 or not _LIST_GAP.match(text[mentions[order[y - 1]].end:item.start]):
                    break
                y -= 1

    @staticmethod
    def _drop_list_containers(text: str, mentions: list[Mention]) -> None:
        """In a list of places ("in Georgia, Oklahoma, Pennsylvania and Ohio") the name after a comma is the next
        item, not the container of the one before it ("Oklahoma, Pennsylvania" is no town in Pennsylvania): a mention
        that itself follows another place and a comma, and whose "container" is followed by a further comma, "and" or
        "or", keeps no container. ("Springfield, Illinois, and Peoria" keeps its: Springfield follows no place; so
        does "Salem" in "Dover, Delaware, Salem, Oregon, and Austin": the place before it closes a
        town-and-state pair.)"""
        ends = {m.end for m in mentions}
        # where a container that holds the name before it ends: a town-and-state pair closes there
        pair_ends = {m.containers_end for m in mentions if m.containers and m.containers_end is not None
                     and any(_contains(box, c.entry) for box in m.containers for c in m.candidates)}
        for m in mentions:
            if not m.containers or m.containers_end is None:
                continue
            before = text[max(0, m.start - 3):m.start]
            gap = re.search(r",\s*$", before)
            if gap is None or (m.start - len(before) + gap.start()) not in ends:
                continue
            if m.start - len(before) + gap.start() in pair_ends:
                continue
            if _LIST_CONTINUES.match(text[m.containers_end:m.containers_end + 6]):
                m.containers = []

    def _pick(self, mentions: list[Mention], bonus: dict[tuple[int, int], float],
              guard: set[str] | None = None, guard_a1: dict[int, set[str]] | None = None,
              anchors: list[Entry] = (), settled: dict[str, Entry] | None = None,
              town_countries: dict[str, set[str]] | None = None) -> dict[int, Entry]:
        """One place per key. `settled` (key -> the previous pass's settlement-level pick) lets a small place that
        the last-pass guards would drop stay when several other names of the text lie around it. `town_countries`:
        the countries of the previous pass's picks, small towns included, each with the keys picked there."""
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            if m.candidates:
                by_key[m.key].append(i)
        picks: dict[int, Entry] = {}
        for key, idxs in by_key.items():
            total: dict[int, float] = defaultdict(float)
            entries: dict[int, Entry] = {}
            for i in idxs:
                m = mentions[i]
                for c in m.candidates:
                    entries[c.entry.id] = c.entry
            for pid in entries:
                # one sense per document: a place must be a candidate of every mention; sum local evidence
                vals = [mentions[i].scores.get(pid) for i in idxs]
                present = [v for v in vals if v is not None]
                if len(present) < len(vals):
                    continue
                # the best local evidence of any mention (a container, a cue) speaks for all of them
                total[pid] = max(present) + sum(bonus.get((i, pid), 0.0) for i in idxs) / len(idxs)
            if not total:
                # mentions share a key but no common candidate (different surfaces): pick each on its own
                for i in idxs:
                    m = mentions[i]
                    best = max(m.candidates, key=lambda c: m.scores[c.entry.id] + bonus.get((i, c.entry.id), 0.0))
                    picks[i] = best.entry
                continue
            best_pid = max(total, key=lambda pid: (total[pid], entries[pid].population))
            best = entries[best_pid]
            if guard is not None and best.feature != "country" and best.country and \
                    best.country not in self._transliterated and \
                    all(c.kind == SKELETON for i in idxs for c in mentions[i].candidates if c.entry.id == best_pid):
                # (last pass) a transliteration guess in a country whose towns have one Latin spelling (mainland
                # China's pinyin, Kenya's own): a name that matches only with its vowels changed is another place
                # ("Eldorat" is no "Eldoret"); a country's English name is misspelt or clipped like any word
                continue
            boxes = [box for i in idxs for box in mentions[i].containers if box.feature == "admin1"
                     and any(e.country == box.country for e in entries.values())]
            if boxes and all(e.feature in ("city", "admin2") for e in entries.values()) and \
                    not any(_contains(box, e) for box in boxes for e in entries.values()):
                # "Grantville, Pennsylvania" with no Grantville in Pennsylvania: the state the text names, not a
                # namesake elsewhere
                for i in idxs:
                    picks[i] = boxes[0]
                continue
            # the text itself names the place's state or country ("Visbek, Germany"): no guard applies
            confirmed = any(_contains(box, best) for i in idxs for box in mentions[i].containers) \
                or _clustered(best, key, settled or {})
            if confirmed:
                pass
            elif guard is not None and best.country not in guard:
                if all(c.kind == SKELETON for i in idxs for c in mentions[i].candidates if c.entry.id == best_pid):
                    continue  # a transliteration guess outside the document's countries: leave it unresolved
                if guard and all(c.kind == ABBREVIATION for i in idxs for c in mentions[i].candidates
                                 if c.entry.id == best_pid):
                    continue  # an abbreviation the document's countries do not spell ("SA" in a South African story)
                if best.feature == "city" and best.population < 20_000 and len(guard) and \
                        all(c.entry.population < 20_000 or (c.kind >= ALTERNATE and c.entry.country not in guard)
                            for i in idxs for c in mentions[i].candidates) and \
                        not _sole_apposed_settlement(best, [mentions[i] for i in idxs]):
                    # only a small namesake abroad (a hotel, an airport, a street): leave it unresolved (a bigger
                    # town in yet another country that bears the name only as another name makes it no better known)
                    continue
                if guard and best.population < BIG_CITY and all(
                        _other_name(mentions[i], c) for i in idxs for c in mentions[i].candidates):
                    # a town abroad that lists the name only as another name unlike its own ("Kesh" for an American
                    # town) while the text speaks of other countries: more likely a place the gazetteer lacks
                    continue
                elsewhere = {code for code, keys in (town_countries or {}).items() if keys - {key}}
                if not guard and elsewhere and best.country not in elsewhere and best.population < BIG_CITY and all(
                        _other_name(mentions[i], c) for i in idxs for c in mentions[i].candidates):
                    continue  # the same where the text names only small towns, all in other countries
            # the regions other names put the document in (none: nothing to judge a far-off namesake by)
            spoken = bool(guard_a1) and any(k != key for keys in guard_a1.values() for k in keys)
            if confirmed:
                pass
            elif spoken and best.feature in ("city", "admin2") and best.population < SMALL \
                    and not guard_a1.get(best.admin1_id, set()) - {key} \
                    and all(c.entry.population < SMALL for i in idxs for c in mentions[i].candidates) \
                    and all(_approx_km(best.lat, best.lon, p.lat, p.lon) > FAR_KM for p in anchors if p.id != best.id):
                # a far-off hamlet or small county in a region no other name of the document is in ("Grand" for
                # Grand County, Colorado in a Chicago story): more likely a name we lack
                continue
            for i in idxs:
                picks[i] = entries[best_pid]
        return picks

    @staticmethod
    def _list_bonus(text: str, mentions: list[Mention], order: list[int], picks: dict[int, Entry],
                    bonus: dict[tuple[int, int], float]) -> None:
        """Items of one list are places of one kind: "states including Georgia, Oklahoma and Texas" are US states,
        so an admin-1 candidate in the country of a listed neighbour's admin-1 pick gains. (Settlement lists are
        left alone: there a wrong first pick would drag its neighbours along.) So does one, by its own name, beside a
        county or region of its country ("across Wales and the West Midlands": the nation, not an English village
        called Wales), unless a big city bears the name as its own."""
        for x, i in enumerate(order):
            m = mentions[i]
            neighbours = []
            divisions = []
            for y in (x - 1, x + 1):
                if 0 <= y < len(order):
                    j = order[y]
                    lo, hi = (mentions[j].end, m.start) if y < x else (m.end, mentions[j].start)
                    if lo <= hi and _LIST_GAP.match(text[lo:hi]) and j in picks:
                        neighbours.append(picks[j])
                    if lo <= hi and _DIVISION_LIST_GAP.match(text[lo:hi]) and j in picks:
                        divisions.append(picks[j])
            big_city = any(c.entry.feature == "city" and c.kind in (MAIN, OFFICIAL) and c.entry.population >= BIG_CITY
                           for c in m.candidates)
            for c in m.candidates:
                if c.entry.feature == "admin1" and any(p.feature == "admin1" and p.country == c.entry.country
                                                       and p.id != c.entry.id for p in neighbours):
                    bonus[(i, c.entry.id)] = bonus.get((i, c.entry.id), 0.0) + 2.0
                elif c.entry.feature == "admin1" and c.kind in (MAIN, OFFICIAL) and not big_city and any(
                        p.feature == "admin2" and p.country == c.entry.country for p in divisions):
                    bonus[(i, c.entry.id)] = bonus.get((i, c.entry.id), 0.0) + 2.0

    def _context_bonus(self, mentions: list[Mention], picks: dict[int, Entry]) -> dict[tuple[int, int], float]:
        """Bonus per (mention, candidate) from the rest of the document; each distinct place votes once."""
        key_pick: dict[str, Entry] = {}
        for i, e in picks.items():
            key_pick.setdefault(mentions[i].key, e)
        # each distinct place votes once, however many forms the text names it by: "US", "U.S.", "America" and
        # "American" are one vote for the United States, not four against a single "Britain"
        voters = list({e.id: e for e in key_pick.values()}.values())
        countries: Counter[str] = Counter()
        admin1s: Counter[int] = Counter()
        for e in voters:
            if e.country:
                countries[e.country] += 1
            a1 = e.id if e.feature == "admin1" else e.admin1_id
            if a1:
                admin1s[a1] += 1
        # admin-1 regions the document names, by country: in a story that names Alabama, Iowa and Texas, "Georgia" is
        # the state (two or more such names: one state next to a city named like another is no such story)
        states: Counter[str] = Counter(e.country for e in voters if e.feature == "admin1" and e.country)
        n_voters = len(voters)
        # counties and towns named together: the counties each name may be (by its own name) and the counties its
        # towns of that name lie in ("Walker County" and "Huntsville": Walker County, Texas holds a Huntsville)
        county_of: dict[str, set[int]] = defaultdict(set)
        town_in: dict[str, set[int]] = defaultdict(set)
        for m in mentions:
            # (a county named as one, "Walker County": an admin-2 district named bare, "Davao", or an Australian
            # council area holds every town around a city, and says little about which namesake is meant)
            county = len(m.key.split()) > 1 and m.key.split()[-1] in self._county_words
            for c in m.candidates:
                if c.kind not in (MAIN, OFFICIAL):
                    continue
                if c.entry.feature == "admin2" and county:
                    county_of[m.key].add(c.entry.id)
                elif c.entry.feature == "city" and c.entry.admin2_id:
                    town_in[m.key].add(c.entry.admin2_id)
        # spatial coherence: the settlement-level candidates of every other name
        spread: dict[str, list[tuple[float, float]]] = {}
        for m in mentions:
            if m.key in spread or not m.candidates or m.key.endswith(_PROVINCE_SENSE):
                continue  # (a province named for a city is spread once, under the city's own key)
            # (a town that bears the name only as an old or other name of its own, while other places bear it as
            # their main name, is weak evidence of where the story is: "Bethel" is no hint at Baldwin, New York, once
            # called so; it lends no support to the other names)
            has_main = any(c.kind in (MAIN, OFFICIAL) for c in m.candidates)
            pool = [c for c in m.candidates if not (has_main and _other_name(m, c))]
            local = sorted(pool, key=lambda c: -m.scores[c.entry.id])[:12]
            spread[m.key] = [(c.entry.lat, c.entry.lon) for c in local if c.entry.feature in ("city", "admin2")]
        bonus: dict[tuple[int, int], float] = {}
        cache: dict[tuple[str, int], float] = {}
        for i, m in enumerate(mentions):
            own = key_pick.get(m.key)
            others = n_voters - (1 if own is not None else 0)
            # (a large city that bears the name as its own keeps it: "Washington" among states is still the capital)
            big_city = any(c.entry.feature == "city" and c.kind in (MAIN, OFFICIAL) and c.entry.population >= BIG_CITY
                           for c in m.candidates)
            # the famous city a name stands for by itself: the best candidate on local evidence, if it is a big city
            # bearing the name as its own (or, where no place does, as a variant of it: "Frankfurt"; "Man" is no
            # name of Amman's while a town bears it as its own)
            famous: list[Entry] = []
            if m.scores:
                top = max(m.candidates, key=lambda c: m.scores.get(c.entry.id, -math.inf))
                has_main = any(c.kind in (MAIN, OFFICIAL) for c in m.candidates)
                if top.entry.feature == "city" and top.entry.population >= BIG_CITY and (
                        top.kind in (MAIN, OFFICIAL) or (
                            not has_main and spelling_similarity(m.key, top.entry.name) >= FUZZY_SIMILARITY)):
                    famous.append(top.entry)
            for c in m.candidates:
                e = c.entry
                hit = cache.get((m.key, e.id))
                if hit is not None:
                    if hit:
                        bonus[(i, e.id)] = hit
                    continue
                b = 0.0
                # spatial coherence: other names with a settlement candidate near this one
                near = 0.0
                beside = False  # another name has a candidate right next to this one
                if e.feature in ("city", "admin2"):
                    for key, pts in spread.items():
                        if key == m.key or not pts:
                            continue
                        d = min(_approx_km(e.lat, e.lon, la, lo) for la, lo in pts)
                        near += 1.0 if d < 30 else 0.7 if d < 100 else 0.3 if d < 300 else 0.0
                        beside = beside or d < 30
                a1 = e.id if e.feature == "admin1" else e.admin1_id
                a1_votes = 0
                if a1:
                    own_a1 = (own.id if own.feature == "admin1" else own.admin1_id) if own is not None else None
                    a1_votes = admin1s[a1] - (1 if own_a1 == a1 else 0)
                if others > 0 and e.country:
                    votes = countries[e.country] - (1 if own is not None and own.country == e.country else 0)
                    overshadowed = e.feature == "city" and any(
                        f.country != e.country and (f.population >= FAME_RATIO * max(e.population, 1)
                                                    or _other_name(m, c)) for f in famous)
                    # (the namesake's state counts when named as such; a city far across that state says no more
                    # than the country does: "NEW YORK - ... talks would move to Geneva" is not Geneva, New York)
                    state_named = a1_votes and any(v.feature == "admin1" and v.id == a1 for v in voters
                                                   if own is None or v.id != own.id)
                    # (when the text also names the famous city's own country, a world city near the namesake is no
                    # local evidence either: "Geneva" with "Bern" and "Chicago" is the Swiss city)
                    abroad_named = any(countries[f.country] - (1 if own is not None and own.country == f.country
                                                               else 0) > 0 for f in famous if f.country != e.country)
                    if votes > 0 and overshadowed and not beside and not state_named and \
                            not _named_nearby(e, voters, own, below=WORLD_CITY if abroad_named else None):
                        # a famous city abroad bears this name (here a town that bore it once, "Manchester" for
                        # Richmond, Virginia, counts as small) and the document names nothing around the namesake,
                        # only its country or places far from it: that is no vote for the namesake
                        votes = a1_votes = 0
                    b += 3.0 * votes / others
                if others > 0 and a1:
                    b += 2.5 * a1_votes / others
                if others > 0 and e.feature == "admin1" and e.country and not big_city:
                    siblings = states[e.country] - (1 if own is not None and own.feature == "admin1"
                                                     and own.country == e.country else 0)
                    if siblings >= 2:
                        b += SIBLING_WEIGHT * siblings / others
                b += min(near, 3.0)
                if others > 0 and e.feature == "country" and m.key != norm(e.name) and \
                        self._town_of_a_named_country(m, e, countries, own):
                    b -= PART_NAME_COUNTRY_PENALTY
                # (by its own full name only: "the Atlantic", "the Pacific" are the oceans, far from any town as they
                # are, whatever a town of that name)
                if e.feature == "water" and not e.country and c.kind == MAIN and others >= 2 and \
                        self._far_from_story(m, e, voters, own, countries):
                    b -= FAR_WATER_PENALTY
                if c.kind in (MAIN, OFFICIAL) and (
                        (e.feature == "city" and e.admin2_id and
                         any(e.admin2_id in ids for key, ids in county_of.items() if _unlike(key, m.key))) or
                        (e.feature == "admin2" and m.key in county_of and
                         any(e.id in ids for key, ids in town_in.items() if _unlike(key, m.key)))):
                    b += COUNTY_BONUS
                cache[(m.key, e.id)] = b
                if b:
                    bonus[(i, e.id)] = b
        return bonus


    @staticmethod
    def _town_of_a_named_country(m: Mention, country: Entry, countries: Counter[str], own: Entry | None) -> bool:
        """Whether, with no other name of the document in `country`, the mention is also the own name of a town of
        SMALL or more people in a country other names of the document are in."""
        def votes(code: str) -> int:
            return countries[code] - (1 if own is not None and own.country == code else 0)

        if votes(country.country) > 0:
            return False
        return any(c.kind in (MAIN, OFFICIAL) and c.entry.feature == "city" and c.entry.population >= SMALL
                   and c.entry.country and votes(c.entry.country) > 0 for c in m.candidates)

    @staticmethod
    def _far_from_story(m: Mention, water: Entry, voters: list[Entry], own: Entry | None,
                        countries: Counter[str]) -> bool:
        """Whether a water body lies farther than FAR_WATER_KM from every other place the document names while a
        settlement of the same name lies in a country the document names twice or more."""
        others = [e for e in voters if own is None or e.id != own.id]
        if any(_approx_km(water.lat, water.lon, e.lat, e.lon) < FAR_WATER_KM for e in others):
            return False
        return any(c.kind in (MAIN, OFFICIAL) and c.entry.feature in ("city", "admin2") and c.entry.country and
                   countries[c.entry.country] - (1 if own is not None and own.country == c.entry.country else 0) >= 2
                   for c in m.candidates)


_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")  # the end of a list item before a name
# a list going on after a name with its next item: ", Canada", "and Detroit" (up to three capitalised words)
_NEXT_NAME = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                        r"((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]*[A-Z]|\n")


def _names_a_division(m: Mention) -> bool:
    """Whether a mention is, by its own name, a country, a state or a region (not a town borne by several)."""
    return any(c.kind in (MAIN, OFFICIAL) and c.entry.feature in ("country", "admin1", "region") for c in m.candidates)


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    """Whether no sentence end or line break lies between two mentions."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return not _SENTENCE_END.search(text, lo.end, hi.start) if lo.end <= hi.start else True


def _variants_as_own_name(key: str, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Candidates with a big city's alternate name that is only a spelling variant of its own name counted as its
    official name (see SPELLING_VARIANT)."""
    return tuple(Candidate(c.entry, OFFICIAL, c.packaged)
                 if c.kind == ALTERNATE and c.entry.feature == "city" and c.entry.population >= WORLD_CITY
                 and len(norm(c.entry.name).split()) == len(key.split())  # a variant, not a shortened name
                 and spelling_similarity(key, c.entry.name) >= SPELLING_VARIANT else c
                 for c in cands)


def _other_name(m: Mention, c: Candidate) -> bool:
    """Whether a town is a candidate only through an alternate name unlike its own ("Bethel" for Baldwin, New York),
    not through a spelling variant of it ("Odessa" for Odesa)."""
    return c.kind == ALTERNATE and c.entry.feature == "city" and \
        spelling_similarity(m.key, c.entry.name) < FUZZY_SIMILARITY


def _named_nearby(e: Entry, voters: list[Entry], own: Entry | None, below: int | None = None) -> bool:
    """Whether the document settled another name on a settlement, district or state of `e`'s country within
    NEAR_EVIDENCE_KM of it (a local story), not only on the country itself or on places far across it. With `below`,
    cities of that many people or more do not count (a world city is named in stories from anywhere)."""
    return any(v.feature in ("city", "admin2", "admin1") and v.country == e.country and v.id != e.id
               and (own is None or v.id != own.id) and not (below and v.feature == "city" and v.population >= below)
               and _approx_km(v.lat, v.lon, e.lat, e.lon) <= NEAR_EVIDENCE_KM for v in voters)


# the key suffix that keeps "the Saratov region" apart from a bare "Saratov" (the city) of the same text
_PROVINCE_SENSE = " (province)"
_RIVER_SENSE = " (river)"  # ... and "on the Blue Nile" (the river) apart from "Blue Nile state"
_FOLLOWING_WORD = re.compile(r"\s*([A-Za-z]+)")  # the word after a name, if a word comes next


def _unlike(key: str, other: str) -> bool:
    """Whether two names are not one name with and without a type word: "DeKalb" and "DeKalb County" name a county
    and its namesake seat in many states, so they are no evidence of which state."""
    return key.split()[0] != other.split()[0]


def _approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = lat2 - lat1
    dlon = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.sqrt(dlat * dlat + dlon * dlon)


def _apposed_settlement(text: str, end: int) -> bool:
    """Whether an apposition right after the name calls it a settlement or an island (", the island closest to
    Tunisia", ", a fishing village on the coast")."""
    found = _SETTLEMENT_APPOSITION.match(text[end:end + 60])
    return bool(found) and bool(set(found.group(1).split()) & load_place_cues().settlement_nouns)


def _sole_apposed_settlement(best: Entry, mentions: list[Mention]) -> bool:
    """Whether the text calls the name a settlement in apposition and `best` is the one town spelt exactly so: the
    town is meant though it lies in none of the countries the document names ("Lampedusa, the island closest to
    Tunisia" is the Italian island), not a namesake hotel or street."""
    if not any(m.apposed_settlement for m in mentions):
        return False
    exact = {c.entry.id for m in mentions for c in m.candidates if c.kind in (MAIN, OFFICIAL)}
    return exact == {best.id}


def _clustered(e: Entry, key: str, settled: dict[str, Entry]) -> bool:
    """Whether at least CLUSTER_MIN other names of the text were settled on places of `e`'s country within
    CLUSTER_KM of it: a set of neighbouring villages confirms one another."""
    if e.feature not in ("city", "admin2") or not e.country:
        return False
    near = sum(1 for k, p in settled.items() if k != key and p.id != e.id and p.country == e.country
               and _approx_km(e.lat, e.lon, p.lat, p.lon) <= CLUSTER_KM)
    return near >= CLUSTER_MIN


def _contains(box: Entry, e: Entry) -> bool:
    if box.id == e.id:
        return False
    if box.feature == "country":
        return e.country == box.country
    if box.feature == "admin1":
        return e.admin1_id == box.id
    if box.feature == "admin2":
        return e.admin2_id == box.id
    return False


def _acronym_namesake(m: Mention) -> bool:
    """An acronym in capitals ("OAS", "CHU") whose only candidates are towns or districts spelt like it, not an
    abbreviation the gazetteer lists for a state or country."""
    s = m.text.strip()
    return s.isalpha() and s.isupper() and len(s) <= 4 and bool(m.candidates) and \
        all(c.entry.feature in ("city", "admin2") and c.kind != ABBREVIATION for c in m.candidates)


_INITIAL = re.compile(r"^[A-Z]\.$")


def _names_a_person(words: list[str]) -> bool:
    """Whether a name holds a person's full name with a middle initial ("Michael T. Grady", "Robert F. Kennedy
    Stadium"): a capitalised word, a one-letter initial with its full stop, and a capitalised word."""
    return any(_INITIAL.match(words[k]) and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
               for k in range(1, len(words) - 1))


_STATE_SLOT = re.compile(r"(?:[\w.]\s*,\s*|\b[DRI]-)$")  # "Glasgow, Ky", "Ann Lowe, D-Calif"
_NAME_GOES_ON = re.compile(r"^[\w'’]|^\s+[A-Z]")


def _undotted_state(text: str, start: int, end: int) -> bool:
    """A state's dotted abbreviation written without its full stop where a state stands: after a town and a comma
    ("GLASGOW, Ky --") or a legislator's party letter ("D-Calif"), with no further name after it ("the Miss Ohio
    title", "Smith, Miss Jones" and "Man City" are no states)."""
    return text[start:end] in subdivision_abbreviations() and bool(_STATE_SLOT.search(text[max(0, start - 3):start])) \
        and not _NAME_GOES_ON.match(text[end:end + 2])


def _looks_like_code(surface: str) -> bool:
    s = surface.strip()
    return (s.isupper() and len(s.replace(".", "")) <= 3) or s.endswith(".")


def focus_entry(picks: list[Entry | None]) -> Entry | None:
    """The document's focus: its most mentioned city-level place, else admin region, else country.

    Ties go to the place whose country the document names most (the country itself and every place in it), then
    to the first mentioned: an opinion piece on Mali that once says "anyone in Paris" is about Bamako, not Paris.
    """
    found = [e for e in picks if e is not None]
    country_mentions = Counter(e.country for e in found if e.country)
    for features in (("city", "admin2"), ("admin1",), ("country",)):
        counts = Counter(e.id for e in found if e.feature in features)
        if counts:
            first = {}
            for position, e in enumerate(found):
                first.setdefault(e.id, (position, e))
            top = max(counts, key=lambda pid: (counts[pid], country_mentions[first[pid][1].country], -first[pid][0]))
            return first[top][1]
    return None


# a settlement named this often is what the document is about: the place of its events that name none of their own.
# Named once, it is only where one of them happened ("homes burned in the village of X"): the president's appeal or
# a curfew in three districts elsewhere in the article did not happen there.
FOCUS_SETTLEMENT_MIN_MENTIONS = 2


def event_focus_entry(picks: list[Entry | None], headline: list[Entry | None] = ()) -> Entry | None:
    """Where an event whose own sentence names no place happened, no more precisely than the document says.

    The focus (`focus_entry`) when it is a province or a country, or a settlement the text names at least
    FOCUS_SETTLEMENT_MIN_MENTIONS times or in its headline (`headline`: the places named there). A settlement named
    once stands back for the focus of the provinces and countries the text names (its own when those are all),
    else None (the caller may take the settlement's country the text leaves unnamed).
    """
    focus = focus_entry(picks)
    if focus is None or focus.feature not in ("city", "admin2"):
        return focus
    found = [e for e in picks if e is not None]
    if sum(e.id == focus.id for e in found) >= FOCUS_SETTLEMENT_MIN_MENTIONS or \
            any(e is not None and e.id == focus.id for e in headline):
        return focus
    # the coarser places the text names say what it is about: "Moscow" once in a report on Idlib, Syria is a
    # speaker's seat, and the events go to Idlib, not to Moscow or Russia
    coarser = [e for e in found if e.feature in ("admin1", "country")]
    return focus_entry(coarser) if coarser else None
