"""places.v1: toponyms found, resolved to GeoNames places with coordinates, and a place for each event.

Recognition: spaCy GPE/LOC/FAC entities plus a gazetteer-backed matcher for names spaCy misses or mislabels
(a city tagged as a person, a country tagged as a product). Demonyms ("Syrian") are actors, not places; spans the
actors stage lists in `shared["metonymic_spans"]` ("Beijing protested") are skipped.
Resolution: `resolve.Resolver` (priors, containers, feature cues, document focus, one sense per document).
Sites ("the Zaporizhzhia nuclear plant") are kept as feature "site", resolution 5, at their settlement's point.

Shared keys set here: `shared["place_mentions"]`: list of (start, end, place_id) for every mention;
`shared["place_dateline"]`: the dateline's place id or None (`shared["place_dateline_start"]` and
`shared["place_dateline_end"]`: where the dateline starts and ends; it may follow a headline and a byline);
`shared["place_capitals"]`: the ids of the places that are national capitals;
`shared["place_focus"]`: the document's focus place id; `shared["place_event_focus"]`: the place id of events whose
own sentence names no place in an article without a dateline (`resolve.event_focus_entry`), or None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from eventwire.datelines import AGENCY_DATELINE, DATELINE, LEAD_DATELINE
from eventwire.stages.times.grammar import find_candidates
from eventwire.document import Analysis, Article
from eventwire.knowledge.gazetteer import (
    ABBREVIATION,
    ALTERNATE,
    DEMONYM,
    MAIN,
    OFFICIAL,
    STRIPPED,
    Entry,
    Gazetteer,
    haversine_km,
    load_gazetteer,
    norm,
    spelling_similarity,
)
from eventwire.knowledge.event_place_cues import load_event_place_cues
from eventwire.knowledge.places_cues import load_place_cues
from eventwire.models import Place, Span
from eventwire.stages.base import Stage
from eventwire.stages.places.resolve import (
    Mention,
    Resolver,
    _contains,
    clean_text,
    event_focus_entry,
    focus_entry,
    placed_in,
)
from eventwire.stages.scope import relative_with_pronoun, scope_head, shares_scope
from eventwire.titles import after_title_and_given_name

PLACE_LABELS = ("GPE", "LOC", "FAC")
# spaCy labels of names that are no area's own name before "district" or "area" ("the Republican district", "the Shiite
# neighbourhood", "the
# 2020 area")
_NOT_AREA_NAME_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                                   "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})
# how alike a small town's alternate name must be spelt to its own name to count as a spelling of it ("Zuwara")
TOWN_SPELLING_SIMILARITY = 0.85
ALIAS_SIMILARITY = 0.6  # how alike an alternate name must be spelt to its city's name to vouch for it alone
# a name spaCy calls an organisation or a person right after "in" is a town when the gazetteer knows a town of at
# least this size by that very name ("a cottage in Dewsbury"); "from"/"near"/"to" also precede schools and people
IN_TOWN_FLOOR = 3_000
# a name spaCy calls a person or an organisation, or leaves unlabelled, as the object of a verb of travel or assault
# ("troops captured Lyman", "rebels shelled Sake") is a town when the gazetteer knows one of at least this size spelt
# so: the slot says place as "in" does, but less surely (people are attacked and visited too)
OBJECT_TOWN_FLOOR = 10_000
# a city this big keeps its sense in the possessive before a name ("St. Petersburg's Pulkovo Airport")
METROPOLIS = 1_000_000
PROVINCE_CAPITAL_POPULATION = 100_000  # a city that names its province ("Hodeidah", "Marib")
# a name spaCy labels otherwise before a common noun for a site ("Desaguadero hospital", "the Yanacocha mine") is the
# site's town when the gazetteer knows a town of at least this size by that very name
SITE_TOWN_FLOOR = 5_000
# a name right before a lower-case word for a town's bodies ("Grovetown police", "Huntsville city limits") is that town
# when the gazetteer knows a town of at least this size by that very name
LOCAL_BODY_TOWN_FLOOR = 5_000
# a name spaCy calls an organisation or a person after "in" or "from" that the gazetteer knows only in another
# spelling ("from Qalyubiya" for Al Qalyubiyah) is that place when it has at least this many people
SPELT_TOWN_FLOOR = 20_000
# a name spaCy calls an organisation or a person after "from" that hangs on a noun for people ("a hiker from
# Flagstaff") is a town when the gazetteer knows one of at least this size by that very name ("a team from Yale":
# small towns share their names with colleges and firms)
FROM_TOWN_FLOOR = 20_000
# a name spaCy calls a person or an organisation where a road leads ("roads linking La Paz with ...", "the highway to
# Oruro") is a town when the gazetteer knows a city of at least this size spelt exactly so
ROUTE_TOWN_FLOOR = 20_000
# a person's home town named after the person ("Laura Bishop of Carnegie") is a town when the gazetteer knows
# a settlement of at least this many people spelt exactly so
HOME_TOWN_FLOOR = 1_000
# a city this big keeps its sense as the last word of a longer name ("Expo Lima"); a smaller one there is mostly a
# common word or a surname that ends the name ("Tin Man", "the Free Enterprise Award")
TAIL_CITY_FLOOR = 300_000
LOCATIVE = frozenset("in at from to near outside inside across into towards toward around of via through "
                     "between within throughout".split())


@dataclass
class Found:
    start: int
    end: int
    label: str  # GPE, LOC, FAC, or GAZ:<how> for names the gazetteer vouches for (GAZ:ORG, GAZ:emb, GAZ:match, ...)


class PlacesStage(Stage):
    name = "places.v1"
    needs = ("nlp",)
    uses = ("actors",)
    adds = ("places",)

    def setup(self) -> None:
        self.gazetteer = load_gazetteer()
        self.resolver = Resolver(self.gazetteer)
        self.site_heads = _site_heads()

    def predict(self, analysis: Analysis) -> dict:
        return analyse_places(analysis, self.gazetteer, self.resolver, self.site_heads)

    def write(self, analysis: Analysis, result: dict) -> None:
        analysis.places = result["places"]
        analysis.shared["place_mentions"] = result["mentions"]
        analysis.shared["place_dateline"] = result["dateline"]
        analysis.shared["place_dateline_start"] = result["dateline_start"]
        analysis.shared["place_dateline_end"] = result["dateline_end"]
        analysis.shared["place_filed_abroad"] = result.get("filed_abroad", False)
        analysis.shared["place_focus"] = result["focus"]
        analysis.shared["place_event_focus"] = result.get("event_focus")
        analysis.shared["place_capitals"] = result.get("capitals") or frozenset()


# ---------------------------------------------------------------------------------------------- recognition

def _name_word(tok) -> bool:
    """Whether a token is a word of letters, an apostrophe inside it allowed ("Sana'a", "N'DJAMENA")."""
    return tok.is_alpha or (tok.text[:1].isalpha() and tok.text[-1:].isalpha()
                            and tok.text.replace("'", "").replace("’", "").isalpha())


def _names_fused_to_times(doc) -> set[int]:
    """Token indices of capitalised words spaCy took for a time after a place preposition, alone ("in Owerri" as a
    DATE) or fused onto a time ("at his home in Maracaibo yesterday" as one DATE): words the times grammar reads as
    no time ("in March", "on Independence Day" stay times) are left to the gazetteer matcher, like any unlabelled
    capitalised run."""
    out: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start == 0 or doc[ent.start - 1].lower_ not in LOCATIVE:
            continue
        k = ent.start
        while k < ent.end and doc[k].is_alpha and doc[k].text[:1].isupper():
            k += 1
        if k == ent.start or (k < ent.end and not doc[k].is_lower):
            continue
        # the capitalised words name no time our own grammar knows ("in Owerri" taken for a date; not "in March")
        if not find_candidates(doc[ent.start - 1:k].text):
            out.update(range(ent.start, k))
    return out


def _site_heads() -> list[list[str]]:
    from eventwire.knowledge.gazetteer import _load_rules

    return sorted((h.split() for h in _load_rules()["site_heads"]), key=len, reverse=True)


def _trim(doc, start_tok: int, end_tok: int) -> tuple[int, int] | None:
    """Token range without a leading determiner, a trailing possessive and trailing lower-case function words (an
    entity cut as "City of" or "Highway 59 to" ends in a name, not in "of" or "to"), nor the line breaks spaCy may take
    into an entity that ends a headline ("Ship held off Yokohama" + blank line), nor the dash of a dateline it may take
    ("PESHAWAR, Pakistan -"). (A full stop stays: "Que ." may be the abbreviation's own.)"""
    while start_tok < end_tok and (doc[start_tok].lower_ in ("the", "a", "an") or doc[start_tok].is_space):
        start_tok += 1
    while end_tok > start_tok and (doc[end_tok - 1].text in ("'s", "’s", "'", "’") or doc[end_tok - 1].is_space or (
            doc[end_tok - 1].is_punct and doc[end_tok - 1].text != ".") or (
            doc[end_tok - 1].is_stop and doc[end_tok - 1].text.islower())):
        end_tok -= 1
    if start_tok >= end_tok:
        return None
    return start_tok, end_tok


_CURRENCY_SIGNS = frozenset("$€£¥")


def _person_words(doc) -> frozenset[str]:
    """The capitalised words of the full personal names (two or three words) spaCy found in the document."""
    words = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and 2 <= len(ent) <= 3:
            words.update(norm(t.text) for t in ent if t.is_alpha and t.text[:1].isupper())
    return frozenset(words)


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    from eventwire.knowledge.actors import load_kb

    return frozenset(t.rstrip(".") for t in load_kb().lexicon.titles if " " not in t)


def _titled_surnames(doc) -> frozenset[str]:
    """Last words of names a capitalised title introduces with a given name ("President Alejandro Toledo", "Judge
    Maria Lima"): spaCy tags such a surname as the town it is spelt like, and the text then calls the person by it."""
    titles = _one_word_titles()
    found = set()
    for surname in doc[2:]:
        if after_title_and_given_name(doc, surname.i, titles) \
                and surname.is_alpha and surname.text[:1].isupper() and surname.text[1:].islower() \
                and not (surname.i + 1 < len(doc) and doc[surname.i + 1].is_alpha
                         and doc[surname.i + 1].text[:1].isupper()):
            found.add(norm(surname.text))
    return frozenset(found)


def _speaking_given_names(doc) -> frozenset[str]:
    """Given names of the full personal names (two or three words) spaCy found that the text also uses alone for
    a speaker ("Georgia Stevens ... said Georgia", "Georgia said"): the text calls that person by the name."""
    given = {norm(ent[0].text) for ent in doc.ents if ent.label_ == "PERSON" and 2 <= len(ent) <= 3
             and ent[0].is_alpha and ent[0].text[:1].isupper()}
    if not given:
        return frozenset()
    in_person = {t.i for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    speech = load_place_cues().speech_verbs
    found = set()
    for tok in doc:
        if tok.i in in_person or not tok.is_alpha or norm(tok.text) not in given:
            continue
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if before in speech or after in speech:
            found.add(norm(tok.text))
    return frozenset(found)


@lru_cache(maxsize=1)
def _county_words() -> frozenset[str]:
    from eventwire.knowledge.gazetteer import _load_rules

    return frozenset(_load_rules()["county_words"])


@lru_cache(maxsize=1)
def _resident_nouns() -> frozenset[str]:
    from eventwire.knowledge.gazetteer import _load_rules

    return frozenset(_load_rules()["resident_nouns"])


def _before_resident_noun(doc, e_tok: int) -> bool:
    """Whether token e_tok is a noun for people of a place ("a Gainesville man", "Leeds residents")."""
    return e_tok < len(doc) and doc[e_tok].lower_ in _resident_nouns()


def _before_local_body_noun(doc, e_tok: int) -> bool:
    """Whether token e_tok is a lower-case word for a town's own bodies or people ("Grovetown police", "Huntsville
    city limits", "Gainesville officials"): only a town's name is so followed. (Capitalised, "Glasgow Police" may
    be a body's whole name, which the embedded-name rules handle.)"""
    return e_tok < len(doc) and doc[e_tok].text.islower() and doc[e_tok].lower_ in load_place_cues().local_body_words


def _before_officer_title(doc, e_tok: int) -> bool:
    """Whether token e_tok opens a town officer's title before the officer's name ("Kirkland Mayor Anne
    Dubois", "Bedford Fire Chief Tom Hale"): a capitalised word for the town's bodies, up to two of them, then a
    capitalised name."""
    bodies = load_place_cues().local_body_words
    k = e_tok
    while k < len(doc) and k < e_tok + 2 and doc[k].text[:1].isupper() and doc[k].lower_ in bodies:
        k += 1
    if k == e_tok or k >= len(doc):
        return False
    if doc[k].lower_ in load_place_cues().officer_titles and k + 1 < len(doc):
        k += 1  # "Fire Chief Tom Hale"
    elif doc[k - 1].lower_ not in load_place_cues().officer_titles:
        return False
    return doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].lower_ not in bodies


def _town_named(gaz: Gazetteer, surface: str, floor: int) -> list:
    """Settlements of at least `floor` people spelt exactly `surface` (case aside) under their main or official name;
    none for a word that is itself one for a town's bodies ("Police officials") or a generic word ("Union
    government"), nor for an acronym ("UN police")."""
    if surface.isupper() or norm(surface) in _generic() or surface.lower() in load_place_cues().local_body_words:
        return []
    return [c for c in gaz.candidates(surface, fuzzy=False) if c.kind <= OFFICIAL and c.entry.feature == "city"
            and c.entry.population >= floor and c.entry.name.casefold() == surface.casefold()]


def _town_opening_a_body(doc, start: int, end: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The token range of a place that opens a longer name the gazetteer lacks, right before a capitalised word for
    the place's own bodies ("Hanover Town Hall", "Henry County Sheriff's Department", "Mount Pleasant Fire
    Department"): the name is that of a body or building of the place, so it locates it there. The place must be a
    town of some size spelt exactly so, a county with its type word, or a region."""
    if gaz.candidates(clean_text(doc[start:end].text), fuzzy=False):
        return None
    s_tok = start
    while s_tok < end and doc[s_tok].lower_ in ("the", "a", "an"):
        s_tok += 1
    bodies = load_place_cues().local_body_words
    for size in range(min(3, end - s_tok - 1), 0, -1):
        k = s_tok + size
        if not (doc[k].text[:1].isupper() and doc[k].lower_ in bodies):
            continue
        if doc[k].lower_ in _feature_words() or doc[k].lower_ in _county_words():
            # a type word may be part of the name ("Wright County Eggs"): only a body after it tells ("Hanover Town
            # Hall", "Paris City Council")
            if not (k + 1 < end and doc[k + 1].text[:1].isupper() and
                    (doc[k + 1].lower_ in bodies or doc[k + 1].lower_ in load_place_cues().hall_words)):
                continue
            if any(c.kind <= OFFICIAL for c in gaz.candidates(clean_text(doc[s_tok:k + 1].text), fuzzy=False)):
                continue
        surface = clean_text(doc[s_tok:k].text)
        if not all(t.text[:1].isupper() for t in doc[s_tok:k]):
            continue
        if [c for c in _strong(gaz.candidates(surface, fuzzy=False), SITE_TOWN_FLOOR, surface)
                if c.kind <= OFFICIAL and (c.entry.feature != "city" or
                                           c.entry.name.casefold() == surface.casefold())]:
            return s_tok, s_tok + size
    return None


def _numbered_road_word(doc, s_tok: int, e_tok: int) -> int | None:
    """The index of the road word in tokens [s_tok, e_tok) when they name a numbered road, with the number inside
    the span or right after it ("Highway 82", "Mahnomen County Road" before "3"), else None."""
    roads = load_place_cues().numbered_road_words
    if e_tok - s_tok >= 2 and doc[e_tok - 1].like_num and doc[e_tok - 2].lower_ in roads:
        return e_tok - 2
    if e_tok < len(doc) and doc[e_tok - 1].lower_ in roads and doc[e_tok].like_num and e_tok - s_tok >= 1:
        return e_tok - 1
    return None


STREET_LIST_REACH = 8  # tokens a list of street names may run on before its plural street word


def _names_streets(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok) end with, or are an item of a list ended by, a lower-case plural word for
    streets ("Elm and Birch streets", "Quarry and Mill streets")."""
    streets = load_place_cues().plural_street_words
    if doc[e_tok - 1].lower_ in streets and doc[e_tok - 1].text.islower():
        return True
    k = e_tok
    while k < len(doc) and k < e_tok + STREET_LIST_REACH:
        tok = doc[k]
        if tok.lower_ in streets and tok.text.islower():
            return True
        if tok.is_sent_start or not (tok.text in (",", "&") or tok.lower_ in ("and", "or") or
                                     (tok.is_alpha and tok.text[:1].isupper())):
            return False
        k += 1
    return False


def _vehicle_models(doc) -> set[str]:
    """The names (and their tails) of the capitalised models that follow a vehicle make in the text ("Durango" after
    "Dodge", "Crown Victoria" and "Victoria" after "Ford")."""
    makes = load_place_cues().vehicle_makes
    models: set[str] = set()
    for k in range(len(doc) - 1):
        if doc[k].lower_ not in makes or not doc[k].text[:1].isupper():
            continue
        j = k + 1
        while j < len(doc) and j < k + 3 and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        for s_tok in range(k + 1, j):
            models.add(norm(doc[s_tok:j].text))
    return models


def _vehicle_make(doc, i: int, gaz: Gazetteer) -> bool:
    """Whether token i is a vehicle make before a capitalised model ("Toyota Corolla") rather than the first word
    of a place the gazetteer knows ("Dodge City")."""
    if doc[i].lower_ not in load_place_cues().vehicle_makes or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.is_alpha and after.text[:1].isupper() and not gaz.candidates(clean_text(doc[i:i + 2].text), fuzzy=False)


def _mixed_case_acronym(surface: str) -> bool:
    """A short word with capitals after its first letter that is not all capitals: "MoD", "DoJ", "HoC"."""
    return 2 < len(surface) <= 4 and surface.isalpha() and not surface.isupper() and \
        sum(ch.isupper() for ch in surface[1:]) >= 1


def _hyphenated_to_a_name(doc, s_tok: int, e_tok: int, gaz: Gazetteer) -> bool:
    """Whether tokens [s_tok, e_tok) are joined by a hyphen without spaces to a capitalised word before or after
    them that names no place ("Ann-Christin", "Mahidol-Oxford", "Hartsfield-Jackson"); two places so joined
    ("Italy-Armenia relations") stay places."""
    def other_is_name(k: int) -> bool:
        return doc[k].text[:1].isupper() and not any(c.kind <= OFFICIAL for c in gaz.candidates(doc[k].text,
                                                                                                 fuzzy=False))

    before = s_tok >= 2 and doc[s_tok - 1].text in _HYPHENS and not doc[s_tok - 2].whitespace_ and \
        not doc[s_tok - 1].whitespace_ and other_is_name(s_tok - 2)
    after = e_tok + 1 < len(doc) and doc[e_tok].text in _HYPHENS and not doc[e_tok - 1].whitespace_ and \
        not doc[e_tok].whitespace_ and other_is_name(e_tok + 1)
    return before or after


def _article_headed(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok) follow an article and head its noun phrase ("the Toyota failed", "from the
    Woodlands."): a town's name takes no article unless it modifies a noun ("the Sochi election", "a Gainesville
    man")."""
    if s_tok < 1 or doc[s_tok - 1].lower_ not in ("the", "a", "an"):
        return False
    if e_tok >= len(doc):
        return True
    after = doc[e_tok]
    if after.text in _HYPHENS and not doc[e_tok - 1].whitespace_:
        return False  # "the Gori-based brigade": part of a compound modifier
    if not after.pos_:
        return after.is_punct  # an untagged parse: only punctuation shows the name ends its phrase
    return after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


_POSSESSIVES = frozenset({"'s", "’s"})


def _saints_institution(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok) are a saint's name in the possessive before a capitalised name ("St. Mary's
    High School", "St. Paul's Hospital"): a church, school or hospital named after the saint, not the town of that
    name (a lower-case word after it, "St. Petersburg's main street", keeps the city)."""
    if doc[s_tok].lower_ not in load_place_cues().saint_words or e_tok - s_tok < 2 or e_tok + 1 >= len(doc):
        return False
    return doc[e_tok].text in _POSSESSIVES and doc[e_tok + 1].text[:1].isupper() and \
        not doc[e_tok + 1].is_sent_start


def _after_kinship_noun(doc, s_tok: int) -> bool:
    """Whether token s_tok follows a noun for a relative, with or without a comma ("his wife, Nina", "girlfriend
    Olivia"), and ends its phrase there (not "the son of ...")."""
    k = s_tok - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].lower_ not in load_place_cues().kinship_nouns:
        return False
    return s_tok + 1 >= len(doc) or not doc[s_tok + 1].text[:1].isupper()


def _company_of(doc, s_tok: int) -> bool:
    """Whether token s_tok follows "<company word> of (the)" inside a firm's name ("Peanut Corp. of America").
    ("Acme Inc. of Toronto" is a firm based in Toronto: suffixes like "Inc." are no company words here.)"""
    k = s_tok - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    word = doc[k - 1]
    return word.text[:1].isupper() and word.lower_.rstrip(".") in load_place_cues().company_words


def _hyphen_compound_names(doc, second_words: frozenset[str] | set[str],
                           names: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Token spans [start, hyphen) of the capitalised run before a hyphen whose second part is one of
    `second_words` ("Deerfield-based", "Russian-backed"), written as separate tokens; the run is cut from the left
    to the longest one `names` accepts ("Officials for Deerfield-based": "Deerfield"), or to its last word."""
    n = len(doc)
    for k in range(1, n - 1):
        if doc[k].text not in _HYPHENS or doc[k + 1].lower_ not in second_words or \
                doc[k - 1].whitespace_ or doc[k].whitespace_:
            continue
        start = k - 1
        while start > 0 and start > k - 3 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].whitespace_:
            start -= 1
        while start < k - 1 and not names(clean_text(doc[start:k].text)):
            start += 1
        yield start, k


def _backer(gaz: Gazetteer, surface: str) -> bool:
    """Whether a name before "-backed", "-led" names a country or a state by its name, a code or its demonym (not a
    continent: "African-led" speaks of many countries)."""
    return any(c.entry.feature in ("country", "admin1") and (c.kind <= OFFICIAL or c.kind == DEMONYM or (
        c.kind == ABBREVIATION and surface.replace(".", "").isupper())) for c in gaz.candidates(surface, fuzzy=False))


def _adjectival_compound(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok) are hyphenated to an adjectival prefix before them ("mid-Atlantic",
    "trans-Pacific") and the compound modifies the word after it ("states", "Partnership")."""
    if s_tok < 2 or doc[s_tok - 1].text not in _HYPHENS or doc[s_tok - 2].whitespace_ or doc[s_tok - 1].whitespace_:
        return False
    prefix = doc[s_tok - 2]
    if not prefix.text.islower() or prefix.text not in load_place_cues().adjectival_prefixes:
        return False
    return e_tok < len(doc) and doc[e_tok].pos_ in ("NOUN", "PROPN", "ADJ")


def _short_forms(doc, found: list[Found], gaz: Gazetteer) -> frozenset[str]:
    """The first words of the places of several words found so far that the gazetteer also knows as a name of that
    same place ("Rio" of "Rio de Janeiro"), as keys; not generic words ("New", "North")."""
    shorts = set()
    for f in found:
        words = doc.text[f.start:f.end].split()
        first = words[0] if len(words) > 1 else ""
        if len(first) < 3 or not first[:1].isupper() or norm(first) in _generic():
            continue
        full = {c.entry.id for c in gaz.candidates(clean_text(doc.text[f.start:f.end]), fuzzy=False)
                if c.kind <= OFFICIAL}
        if any(c.entry.id in full and c.kind <= ALTERNATE for c in gaz.candidates(first, fuzzy=False)):
            shorts.add(norm(first))
    return frozenset(shorts)


def _inside_longer_name(doc, i: int) -> bool:
    """Whether token i is a word of a longer name: a capitalised word, or a hyphen without spaces, joins it before or
    after ("Orange County", "Miami-Dade", "Weston-on-the-Green", "North Rio")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    joined_after = after is not None and (
        (after.text in _HYPHENS and not doc[i].whitespace_) or (after.text[:1].isupper() and not after.is_sent_start))
    joined_before = before is not None and (
        (before.text in _HYPHENS and not before.whitespace_) or (before.text[:1].isupper() and not doc[i].is_sent_start
                                                                   and before.is_alpha))
    return joined_after or joined_before


def _function_in_title(doc, s_tok: int, e_tok: int) -> bool:
    """Whether the single token s_tok follows a capitalised post word and "of" ("Head of Mission", "Chief of Staff"):
    the function the title names, not a town spelt like it."""
    return e_tok - s_tok == 1 and s_tok >= 2 and doc[s_tok - 1].lower_ == "of" and \
        doc[s_tok - 2].text[:1].isupper() and doc[s_tok - 2].lower_ in load_place_cues().function_title_heads


def _named_event_compound(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok) are hyphenated without spaces to a lower-case noun for a war or a period
    ("Gulf-war", "Falklands-era"): the compound names an event."""
    return e_tok + 1 < len(doc) and doc[e_tok].text in _HYPHENS and not doc[e_tok - 1].whitespace_ and \
        not doc[e_tok].whitespace_ and doc[e_tok + 1].text.islower() and \
        doc[e_tok + 1].lower_ in load_place_cues().event_compound_nouns


def _head_of_longer_name(doc, i: int) -> bool:
    """Whether token i opens a longer capitalised name: a capitalised word follows it in the same sentence with
    only a space between ("Mission Viejo", "Aston Villa", "Lot No. 5"). A local body named after its town
    ("Glasgow Police", "Leeds City Council") does not count: the town is named in it."""
    if i + 1 >= len(doc) or doc[i].whitespace_ != " ":
        return False
    after = doc[i + 1]
    return after.text[:1].isupper() and after.text[:1].isalpha() and not after.is_sent_start and \
        after.lower_ not in load_place_cues().local_body_words


def _capitals_line(doc, i: int) -> bool:
    """Whether token i stands in a line written all in capitals (a shouted headline: "FLOODS CUT OFF MOSUL"): at
    least three words of two or more letters in its sentence, on its line, and none of them in lower or title
    case. (A document without sentence boundaries is read by its lines.)"""
    lo = i
    while lo > 0 and not doc[lo].is_sent_start and "\n" not in doc[lo - 1].whitespace_ + doc[lo - 1].text:
        lo -= 1
    hi = i + 1
    while hi < len(doc) and not doc[hi].is_sent_start and "\n" not in doc[hi - 1].whitespace_ + doc[hi].text:
        hi += 1
    words = [t for t in doc[lo:hi] if t.is_alpha and len(t.text) > 1]
    return len(words) >= 3 and all(t.text.isupper() for t in words)


BACKING = "GAZ:backing"  # the label of a country hyphenated to a backing participle ("Russian-backed")
SOVEREIGN_SPACE = "GAZ:space"  # a country's demonym before its air or sea ("Latvian airspace")
_JOINED_BACKING = re.compile(r"^([A-Z][\w.]*?)[-–]([a-z]+)$")
SITE = "SITE"  # the label of an unknown name before a site noun ("the Velmorsk nuclear plant"): a landmark
# the label of an unknown name before a word for a natural feature ("the Vraska valley"): a site in the region its
# sentence or the dateline names
NATURAL_SITE = "SITE:natural"
# the label of an unknown name before a word for an area or a subdivision ("the Mutendi district"): a place too small
# for the gazetteer, at the settlement or the province its sentence names (no namesake spelt nearly so is guessed)
AREA_SITE = "SITE:area"
PLURAL_LIST = "GAZ:plural"  # the label of a name listed with a plural feature word ("Barrow and Jackson counties")
_AREA_FEATURES = frozenset({"country", "admin1", "region", "water"})
_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
_DATELINE_MARKS = _DATELINE_DASHES | {",", ":", "("}


def _inner_dateline(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok) are a dateline in capitals opening a sentence and followed by a dash ("...
    budget. WESTFIELD - A woman ...", "FALLS VILLAGE—The board ...") or by an agency and a dash: the town the story
    is filed from."""
    if not all(t.is_alpha and t.text.isupper() for t in doc[s_tok:e_tok]) or e_tok >= len(doc):
        return False
    if s_tok > 0 and not doc[s_tok].is_sent_start and doc[s_tok - 1].text not in (".", "\n"):
        return False
    if doc[e_tok].text == "(":
        # the agency in brackets between the town and the dash ("KHARTOUM (Reuters) - ...", the town tagged a
        # person): a wire dateline opening a paragraph
        return any(pattern.match(doc.text, doc[s_tok].idx) for pattern in (DATELINE, AGENCY_DATELINE))
    return doc[e_tok].text in _DATELINE_DASHES


def _dateline_town_of_country(doc, s_tok: int, e_tok: int, gaz: Gazetteer) -> bool:
    """Whether tokens [s_tok, e_tok) are a town in capitals opening the text before a comma and the country it lies
    in ("MISRATA, Libya (AP) —", the town tagged a person): the gazetteer knows a town of that name, in any of its
    spellings, in that country."""
    if s_tok != 0 or e_tok + 1 >= len(doc) or doc[e_tok].text != "," or \
            not all(t.is_alpha and t.text.isupper() for t in doc[s_tok:e_tok]):
        return False
    after = doc[e_tok + 1:min(len(doc), e_tok + 4)]
    country = None
    for k in range(len(after), 0, -1):  # the longest country name after the comma ("South Sudan", "Ivory Coast")
        found = [c.entry.country3 for c in gaz.candidates(after[:k].text, fuzzy=False)
                 if c.kind <= OFFICIAL and c.entry.feature == "country"]
        if found:
            country = found[0]
            break
    return country is not None and any(
        c.kind <= ALTERNATE and c.entry.feature == "city" and c.entry.country3 == country
        for c in gaz.candidates(doc[s_tok:e_tok].text, fuzzy=False))


def _end_of_route(doc, s_tok: int, *, first_only: bool = False) -> bool:
    """The name at s_tok is where a road or a crossing runs: after a word of its course that a lower-case noun for a
    road opens within three words ("the highway to X", "roads linking X", "the bridge links to X"), or the second end
    of such a course ("linking X with Y", "between X and Y", "from X to Y")."""
    cues = load_place_cues()
    if s_tok < 2:
        return False
    prev = doc[s_tok - 1]
    if prev.lower_ in cues.route_link_words:
        for k in range(s_tok - 2, max(s_tok - 5, -1), -1):
            if not doc[k].is_lower or not doc[k].is_alpha or doc[k].is_sent_start:
                break
            if doc[k].lower_ in cues.route_nouns:
                # ("a step on the road to Eagle", "on the road to recovery": the idiom of a course towards a goal)
                return not (prev.lower_ == "to" and k >= 2 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "on")
    if first_only or prev.lower_ not in ("with", "and", "to"):
        return False
    k = s_tok - 2
    while k > 0 and k > s_tok - 5 and doc[k].text[:1].isupper() and doc[k - 1].text[:1].isupper():
        k -= 1
    return doc[k].text[:1].isupper() and doc[s_tok - 2].text[:1].isupper() and \
        _end_of_route(doc, k, first_only=True)


def _hyphenated_place_end(doc, s_tok: int, e_tok: int, gaz: Gazetteer, worst_kind: int = OFFICIAL) -> int | None:
    """Where the hyphenated name that [s_tok, e_tok) opens ends ("Hay" + "-on-Wye", "Stratford" + "-upon-Avon"), when
    the gazetteer knows the whole name (by a name no worse than `worst_kind`); None otherwise."""
    chain_end = e_tok
    while chain_end + 1 < len(doc) and doc[chain_end].text in ("-", "\u2010", "\u2011") and \
            not doc[chain_end - 1].whitespace_ and not doc[chain_end].whitespace_ and doc[chain_end + 1].is_alpha:
        chain_end += 2
    if chain_end == e_tok or not any(
            c.kind <= worst_kind for c in gaz.candidates(clean_text(doc[s_tok:chain_end].text), fuzzy=False)):
        return None
    return chain_end


def _object_of_travel_verb(doc, s_tok: int, e_tok: int) -> bool:
    """Whether the name at [s_tok, e_tok) is the direct object of a verb of travel ("visited Juba", "reached
    Kismayo"; `place_object_verbs`)."""
    return _object_of_verb(doc, s_tok, e_tok, load_place_cues().place_object_verbs)


def _object_of_verb(doc, s_tok: int, e_tok: int, lemmas: frozenset[str]) -> bool:
    """Whether the name at [s_tok, e_tok) is the direct object of a verb with one of these lemmas, or (the parser
    misreading an unfamiliar name, "captured Bakhmut" as an adverb) stands right after such a verb in the past or
    present tense and is no subject."""
    root = doc[s_tok:e_tok].root
    if root.dep_ == "dobj" and root.head.tag_.startswith("VB") and root.head.lemma_.lower() in lemmas:
        return True
    verb = doc[s_tok - 1] if s_tok > 0 else None
    return verb is not None and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.lemma_.lower() in lemmas and \
        root.dep_ in ("advmod", "npadvmod", "dobj", "attr", "oprd", "appos")


def _names_a_site_elsewhere(doc, surface: str) -> bool:
    """Whether the text writes `surface` somewhere right before a capitalised word for a street, a school or a
    memorial ("Franklin Elementary", "Lyman Drive"; `site_name_heads`): then a bare mention of it may be that site."""
    return " ".join(surface.split()) in _site_name_prefixes(doc)


_SITE_PREFIX_WORDS = 4  # the longest name looked for before a site word


def _site_name_prefixes(doc) -> frozenset[str]:
    """The runs of one to _SITE_PREFIX_WORDS words written right before a capitalised site word in the text, each
    as its words joined by spaces; worked out once per document (the scan is linear, the names are many)."""
    cached = doc.user_data.get("places_site_prefixes")
    if cached is not None:
        return cached
    heads = load_place_cues().site_name_heads
    found: set[str] = set()
    for j, tok in enumerate(doc):
        if j and tok.lower_ in heads and tok.text[:1].isupper():
            for n in range(1, min(_SITE_PREFIX_WORDS, j) + 1):
                found.add(" ".join(t.text for t in doc[j - n:j]))
    doc.user_data["places_site_prefixes"] = frozen = frozenset(found)
    return frozen


# Initials written with full stops ("U.N.", "A.U."): the letters of a body's name, never a town's.
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")


def _capitals_acronym(doc, i: int) -> bool:
    """Whether token i is a word in capitals used as an acronym or inside a byline rather than as a dateline's
    place. Datelines and capitalised headlines put the name at the start of a line or sentence or after other words
    in capitals ("ST. PARIS —") and follow it with a dateline mark or another capitalised word ("WASHINGTON (AP)",
    "BEIRUT:", "LONDON Pope Francis ..."); an acronym sits inside a sentence or is followed by a lower-case word
    ("the city's SWAT team", "NICE would encourage", "(MOCA)", "BY KENT SMITH"). A byline's date may come first."""
    tok = doc[i]
    if len(tok.text) < 3 or not tok.is_alpha or not tok.text.isupper():
        return False
    prev = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    line_start = prev is None or tok.is_sent_start or "\n" in prev.text_with_ws or prev.text in ("/", ".") or (
        prev.text.isupper() and prev.text.lower() != "by") or prev.like_num  # "March 30, 2009 NEWARK --"
    # (a name that ends its line, "... KILLS 12 IN MOSUL" over the story, is followed by nothing of its sentence)
    headed = after is None or after.text in _DATELINE_MARKS or after.text[:1].isupper() or \
        "\n" in tok.whitespace_ or not after.text.strip()
    return not (line_start and headed)


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    from eventwire.knowledge.gazetteer import _load_rules

    return frozenset(norm(n) for n in _load_rules()["not_places"])


def _opens_sentence(doc, i: int) -> bool:
    """Whether token `i` is the first word of its sentence or of a line (headlines often run on unparsed)."""
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].whitespace_ or doc[i - 1].text.strip() == ""


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    from eventwire.knowledge.gazetteer import _load_rules

    return frozenset(_load_rules()["generic_words"])


@lru_cache(maxsize=1)
def _disease_words() -> frozenset[str]:
    from eventwire.knowledge.gazetteer import _load_rules

    return frozenset(_load_rules()["disease_words"])


def _names_a_disease(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok), or they and the word after them, name a disease ("West Nile virus", "Rift
    Valley Fever"): no place inside such a name is one the text speaks of."""
    return any(t.lower_ in _disease_words() for t in doc[s_tok:min(e_tok + 1, len(doc))])


def _disease_names(text: str) -> set[str]:
    from eventwire.knowledge.gazetteer import _load_rules

    words = "|".join(map(re.escape, _load_rules()["disease_words"]))
    modifiers = "|".join(map(re.escape, sorted(load_place_cues().disease_modifiers)))
    # the shortest name before a disease word: "Hong Kong Flu virus" blocks "Hong Kong", not "Hong Kong Flu"; a
    # medical adjective may come between ("Middle East respiratory syndrome", "Crimean-Congo hemorrhagic fever")
    between = r"(?:(?:" + modifiers + r")\s+)?" if modifiers else ""
    pattern = re.compile(r"((?:[A-Z][\w'-]*\s){1,3}?)" + between + r"(?i:" + words + r")\b")
    names = set()
    for m in pattern.finditer(text):
        after = re.match(r"\s+([A-Z]\w*)", text[m.end():])
        if after and m.group(0).split()[-1][:1].isupper() \
                and after.group(1).lower() in load_place_cues().disease_institution_words:
            continue  # "the Uganda Virus Research Institute": an institution's name, Uganda a place of its own
        # every tail of the run and of its last hyphenated word: the run may open with a capitalised article
        # or sentence word ("A Hong Kong flu pandemic", "Crimean-Congo")
        run = m.group(1).split()
        for k in range(len(run)):
            names.add(norm(" ".join(run[k:])))
        parts = re.split(r"[-–]", run[-1])
        for k in range(1, len(parts)):
            names.add(norm("-".join(parts[k:])))
    return names


def _bare_pathogen_names(text: str) -> set[str]:
    """Viruses named after a place that an outbreak story names without a disease word ("Marburg has killed nine"):
    blocked like the names of `_disease_names` when the text speaks of an outbreak."""
    cues = load_place_cues()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    if not words & cues.outbreak_words:
        return set()
    return {norm(name) for name in cues.pathogen_place_names if name in words}


def _known_alias(c, surface: str) -> bool:
    """An alternate name of a large place, enough to call a name spaCy did not label a place one. A city's alternate
    name must still read like the city's name ("Kiev" for Kyiv); those far from it ("Julia" among Plovdiv's old
    names, an airport code) are not enough, nor is a county's short form ("Franklin" for Franklin County). (Regions
    keep their exonyms: "Central Java" for Jawa Tengah.)"""
    return c.kind == ALTERNATE and c.entry.population >= 100_000 and c.entry.feature != "admin2" and (
        c.entry.feature != "city" or spelling_similarity(norm(surface), c.entry.name) >= ALIAS_SIMILARITY)


def _spelling_of_town(c, surface: str) -> bool:
    """A town's alternate name that is only another spelling of its own ("Zuwara" for Zuwarah): after a preposition
    of place, as good as the name itself."""
    return c.kind == ALTERNATE and c.entry.feature == "city" and \
        spelling_similarity(norm(surface), c.entry.name) >= TOWN_SPELLING_SIMILARITY


def _strong(cands, floor: int, surface: str) -> list:
    """Candidates good enough to call an otherwise-labelled name a place. A county named with its type word
    ("Hall County") is one whatever its size."""
    typed = surface.split()[-1].lower() in _county_words() if " " in surface.strip() else False
    return [c for c in cands if (c.kind <= 1 or _known_alias(c, surface)) and (
        (typed and c.entry.feature == "admin2" and c.kind <= 1) or
        c.entry.feature in ("country", "admin1", "region", "water") or c.entry.population >= floor)]


# a state abbreviation glued to the dashes of a wire dateline into one token ("KY--(Marketwire", "Calif.--(BUSINESS")
_GLUED_DATELINE_STATE = re.compile(r"^([A-Z][A-Za-z]{1,4}\.?)(?:--|—)")


def recognise(analysis: Analysis, gaz: Gazetteer, site_heads: list[list[str]] | None = None) -> list[Found]:
    doc = analysis.doc
    text = analysis.text
    site_heads = site_heads if site_heads is not None else _site_heads()
    metonymic = [(s, e) for s, e, *_ in analysis.shared.get("metonymic_spans", [])]
    lower_words = {t.text for t in doc if t.text.islower()}
    found: list[Found] = []
    taken = [False] * len(doc)
    keys: set[str] = set()
    # names used for a disease or strain in this document ("Marburg virus", "Rift Valley fever") are not places
    blocked = _disease_names(text) | _bare_pathogen_names(text)
    # car models named like places ("Dodge Durango", "Ford Crown Victoria") are the cars wherever they recur
    blocked |= _vehicle_models(doc)
    # names that are part of a person's full name here ("Georgia Stevens", "Mayor Ryan Bingham") name that person
    # when they stand alone elsewhere in the text, unless a preposition of place or a container says otherwise
    people = _person_words(doc)
    surnames = _titled_surnames(doc)
    # a given name used alone as a speaker ("said Georgia" after "Georgia Stevens") names that person throughout
    speakers = _speaking_given_names(doc)
    # a body's acronym the actors stage found ("SANA reported", the Syrian news agency) is not a town spelt like it
    kinds = {a.id: a.kind for a in analysis.actors or ()}
    body_acronyms = {(s, e) for s, e, aid, *_ in analysis.shared.get("actor_spans") or ()
                     if kinds.get(aid) in ("media", "igo", "ngo", "armed_group", "business", "political_party")}

    def add(s_tok: int, e_tok: int, label: str) -> None:
        trimmed = _trim(doc, s_tok, e_tok)
        if not trimmed:
            return
        s_tok, e_tok = trimmed
        road = _numbered_road_word(doc, s_tok, e_tok)
        if road is not None:
            if road - 1 > s_tok and doc[road - 1].lower_ in _county_words():
                add(s_tok, road, label)  # "Otter Tail County Road 80": the county the road belongs to
            return  # "Highway 82", "Interstate 4": a numbered road, no place of its own
        if e_tok < len(doc) and doc[e_tok].lower_ in load_place_cues().state_group_nouns and \
                not taken[e_tok] and any(c.kind <= OFFICIAL and c.entry.feature == "region" for c in gaz.candidates(
                    clean_text(doc[s_tok:e_tok + 1].text), fuzzy=False)):
            e_tok += 1  # "the Baltic states": the group of states the gazetteer knows by that name, not the sea
        chain_end = _hyphenated_place_end(doc, s_tok, e_tok, gaz, ALTERNATE)
        if chain_end is not None and not any(taken[e_tok:chain_end]):
            e_tok = chain_end  # "Hay-on-Wye", "Stratford-upon-Avon": the whole hyphenated name, not its first word
        first = doc[s_tok]
        if not first.text[:1].isupper() or (e_tok - s_tok == 1 and ((first.is_stop and not first.text.isupper())
                                                                    or len(first.text) < 2)):
            return
        if any(taken[s_tok:e_tok]):
            return
        start, end = first.idx, doc[e_tok - 1].idx + len(doc[e_tok - 1])
        if any(min(end, me) > max(start, ms) for ms, me in metonymic):
            return
        if text[start - 1:start] in _CURRENCY_SIGNS:
            return  # "$US 1.5 billion", "A$": a currency, not the country
        if _adjectival_compound(doc, s_tok, e_tok):
            return  # "mid-Atlantic states", "euro-Atlantic integration": an adjective, not the place
        if _mixed_case_acronym(text[start:end]):
            return  # "MoD", "DoJ": an organisation's acronym, not a place spelt "Mod" or "Doj"
        if text[start:end].isupper() and (start, end) in body_acronyms:
            return

        surface = clean_text(text[start:end])
        key = norm(surface)
        if key in _not_places() or surface in load_place_cues().time_zones:
            return  # ("EST": a clock's time zone, not Estonia)
        if e_tok - s_tok == 1 and first.lower_ in load_place_cues().local_body_words:
            # "Metro Police", "the Region 1 board": a word for a town's own bodies names the body, not a town
            # spelt like it
            return
        if e_tok - s_tok == 1 and _opens_sentence(doc, s_tok) and first.lower_ in load_place_cues().person_subject_nouns \
                and e_tok < len(doc) and doc[e_tok].pos_ in ("VERB", "AUX"):
            return  # "Man charged after crash": the headline's subject, not the town of Man
        if _names_streets(doc, s_tok, e_tok):
            return  # "Elm and Birch streets", "Quarry and Mill streets": streets, not towns
        if e_tok - s_tok == 1 and _vehicle_make(doc, s_tok, gaz):
            return  # "a 2007 Toyota Corolla": the car's make, not the town spelt like it
        if key in blocked and not (s_tok > 0 and doc[s_tok - 1].lower_ in LOCATIVE and doc[s_tok - 1].lower_ != "of") \
                and not _settlement_cue(doc, s_tok):
            # the disease ("Reston ebolavirus"), unless a preposition of place ("to Reston") or a phrase that
            # introduces a settlement ("named after the town of Lyme") makes it the town
            return
        if label != PLURAL_LIST and all(w in _generic() for w in key.split()) and not (" " in key and any(
                c.kind <= 1 and (c.entry.feature in ("country", "region", "water") or (
                    c.entry.feature == "admin2" and key.split()[-1] in _county_words()))
                for c in gaz.candidates(surface, fuzzy=False))):
            # "North", "New City": generic words, unless together they name a region ("Middle East") or a county
            # with its type word ("Hall County")
            return
        if _in_media_name(doc, s_tok, e_tok):
            return  # "the New York Times", "Voice of America": a news outlet's name, not a place the text speaks of
        # transliteration guesses only for what spaCy calls a place, and not for acronyms ("MoD", "UConn")
        fuzzy = (label in ("GPE", "LOC") or label.startswith("GAZ:spelt")) and len(surface) >= 6 and \
            not any(ch.isupper() for ch in surface[1:])
        cands = gaz.candidates(surface, fuzzy=fuzzy)
        words = surface.split()
        if not cands and len(words) > 1 and words[-1].lower() in _feature_words():
            # "Panamá Province", "the Artibonite region": the resolver reads the name without its feature word
            # (an alternate name will do for a region: "Guangxi province" for Guangxi Zhuangzu Zizhiqu)
            cands = [c for c in gaz.candidates(" ".join(words[:-1]), fuzzy=False) if c.kind <= OFFICIAL or (
                c.kind == ALTERNATE and c.entry.feature in ("admin1", "admin2", "region"))]
        if e_tok - s_tok == 1 and norm(first.text) in people and label != "CUE" and \
                not (s_tok > 0 and doc[s_tok - 1].lower_ in LOCATIVE) and \
                not (e_tok + 1 < len(doc) and doc[e_tok].text == "," and doc[e_tok + 1].text[:1].isupper()) and \
                not any(c.kind <= OFFICIAL for c in _strong(cands, 100_000, surface)):
            return  # a person's name (well-known places keep their sense: a "Jordan Dyer" leaves Jordan a country)
        if label.startswith("GAZ") and e_tok - s_tok == 1 and _article_headed(doc, s_tok, e_tok) and not any(
                c.entry.feature in _AREA_FEATURES for c in cands):
            return  # "the Toyota failed", "The Mission has": a thing or a body; a town takes no article
        if _function_in_title(doc, s_tok, e_tok) and not any(c.entry.feature in _AREA_FEATURES for c in cands):
            return  # "MSF Head of Mission in Chad": the post's function, not the town of Mission
        if _named_event_compound(doc, s_tok, e_tok) and not any(
                c.entry.feature == "country" and c.kind <= OFFICIAL for c in cands):
            return  # "a Gulf-war veteran": the war named after the region, not the region itself
        if _saints_institution(doc, s_tok, e_tok) and not any(
                c.kind <= OFFICIAL and c.entry.population >= METROPOLIS for c in cands):
            return  # "St. Michael's Catholic School", "St. John's Health System": named after the saint
        if _company_of(doc, s_tok) and any(c.entry.feature == "country" and c.kind <= ABBREVIATION for c in cands):
            return  # "Peanut Corporation of America": a national firm's name, not a place the text speaks of
        if e_tok - s_tok == 1 and norm(first.text) in surnames and label != "CUE" and \
                not (s_tok > 0 and doc[s_tok - 1].lower_ in LOCATIVE) and \
                not any(c.kind <= OFFICIAL and (c.entry.feature == "country" or (
                    c.entry.feature == "admin1" and c.entry.population >= 1_000_000)) for c in cands):
            # "former President Alejandro Toledo ... Toledo, 78,": the person, not the Ohio city; a country or a
            # populous state keeps its sense ("Senator Ann Georgia" leaves Georgia a place)
            return
        if e_tok - s_tok == 1 and norm(first.text) in speakers and \
                not (s_tok > 0 and doc[s_tok - 1].lower_ in LOCATIVE) and \
                not (e_tok + 1 < len(doc) and doc[e_tok].text == "," and doc[e_tok + 1].text[:1].isupper()):
            return  # the girl called Georgia, not the state, once the text has her speak by that name
        if e_tok - s_tok == 1 and _after_kinship_noun(doc, s_tok):
            return  # "his wife, Nina", "girlfriend Olivia": a relative's given name
        if e_tok - s_tok == 1 and (_capitals_acronym(doc, s_tok) or _DOTTED_ACRONYM.fullmatch(doc[s_tok].text)) \
                and not any(c.entry.feature in _AREA_FEATURES for c in cands):
            # "the city's SWAT team", "(MOCA)", "BY KENT SMITH", "U.N. experts": an acronym or a byline, not a town
            # ("U.S.", "U.K.", "D.C." name areas and stay)
            return
        if label not in ("FAC", "CUE") and e_tok < len(doc) and doc[e_tok].lower_ in load_place_cues().site_name_heads \
                and doc[e_tok].text[:1].isupper() and (doc[e_tok].lower_ in load_place_cues().street_name_heads or
                                                       not any(c.entry.feature in _AREA_FEATURES for c in cands)):
            # "Wichita Drive", "Frederick Memorial Hospital", "Logan Elementary": a site named after the town; a
            # street after a state or a country too ("Delaware Avenue")
            return
        if not any(c.kind <= ALTERNATE for c in cands) and label in PLACE_LABELS and e_tok < len(doc) and \
                doc[e_tok].is_lower and _site_extension(doc, end, site_heads) is not None and not any(
                    c.kind <= ALTERNATE for k in range(s_tok + 1, e_tok)
                    for c in gaz.candidates(clean_text(doc[k:e_tok].text), fuzzy=False)):
            # a name the gazetteer lacks before a lower-case site noun ("the Velmorsk nuclear plant", "the Wad Tabiq
            # refinery"): a landmark, kept as a site at the settlement that locates it (analyse_places); not when
            # the name ends in a known place ("New Gainesville prison" is that town's prison)
            label = SITE
        if label not in ("FAC", "CUE", SITE, AREA_SITE):
            if not cands or (all(c.kind == DEMONYM for c in cands) and label not in (BACKING, SOVEREIGN_SPACE)):
                return
            if label.endswith("NORP") and any(c.kind == DEMONYM for c in cands):
                return  # "Somali refugees": the people, though a region is called Somali too
            if label.startswith("GAZ") and label != SOVEREIGN_SPACE and e_tok - s_tok == 1 and \
                    any(c.kind == DEMONYM for c in cands) and \
                    e_tok < len(doc) and doc[e_tok].is_lower and doc[e_tok].tag_ in ("NN", "NNS") and \
                    doc[e_tok].lower_ not in _place_kind_nouns():
                return  # the same, untagged, before a common noun ("Somali forces"; not "Somali region")
            # a town spaCy labelled otherwise that a preposition, its residents or its own bodies show to be a town
            # ("in Dewsbury", "Grovetown police") is that town when named alone elsewhere, unless the text also
            # names a person so ("to Bolton" after "John Bolton")
            vouched = label.startswith(("GAZ:town", "GAZ:loc", "GAZ:res", "GAZ:list", "GAZ:body")) and \
                not any(w in people for w in key.split())
            if label in ("GPE", "LOC") or vouched or any(
                    c.kind <= 1 and c.entry.feature in ("country", "admin1", "region") for c in cands):
                keys.add(key)
        elif label == "CUE" and any(c.kind <= 1 and c.entry.feature in ("country", "admin1", "region")
                                    for c in cands):
            keys.add(key)  # "the island of Java": later bare mentions of Java are the same place
        for k in range(s_tok, e_tok):
            taken[k] = True
        found.append(Found(start, end, label))

    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            if not any(taken[ent.start:ent.end]) and (whole := _name_cut_after_of(doc, ent.start, ent.end, taken, gaz)):
                add(*whole, ent.label_)  # "the Democratic Republic of the" + "Congo": one country
            if not any(taken[ent.start:ent.end]) and (opening := _town_opening_a_body(doc, ent.start, ent.end, gaz)):
                add(*opening, "GAZ:bodyname")  # "Hanover Town Hall", "Henry County Sheriff's Department": the town
            if not any(taken[ent.start:ent.end]) and (inner := _name_after_unit_of(doc, ent.start, ent.end, gaz)):
                add(*inner, ent.label_)  # "the County of Brant": Brant, read as a county by the words before it
            if not any(taken[ent.start:ent.end]):
                s_tok, e_tok = _conjoined_name(doc, ent.start, ent.end, taken, gaz)
                if (s_tok, e_tok) != (ent.start, ent.end):
                    add(s_tok, e_tok, ent.label_)  # "Jammu and Kashmir" is one place, not Jammu and Kashmir
            if not any(taken[ent.start:ent.end]) and _fronted_place_before_subject(doc, ent.start, ent.end, gaz):
                # "In the Sahel World Vision said": the fronted place, then the clause's subject with no comma between
                _place_opening_a_name(doc, ent.start, ent.end, gaz, add, lower_words)
            add(ent.start, ent.end, ent.label_)
            if not any(taken[ent.start:ent.end]):
                # one entity over a list ("Rogaland, Vestfold, Buskerud", "Central Africa - Nigeria"): its items;
                # a hyphen without spaces joins the parts of one name ("Guinea-Bissau"), so it splits an item only
                # when the whole is no place ("Asia-Pacific", "Mid-Jutland")
                for s_item, e_item in _list_items(doc, ent.start, ent.end, spaced_only=True):
                    if (s_item, e_item) != (ent.start, ent.end):
                        add(s_item, e_item, ent.label_)
                    if not any(taken[s_item:e_item]):
                        for s_part, e_part in _list_items(doc, s_item, e_item, spaced_only=False):
                            if (s_part, e_part) != (s_item, e_item) and not _hyphen_prefix(doc, s_part, e_part):
                                add(s_part, e_part, ent.label_)
            if not any(taken[ent.start:ent.end]) and ent.end - ent.start >= 2 and \
                    not _names_a_disease(doc, ent.start, ent.end):
                _place_opening_a_name(doc, ent.start, ent.end, gaz, add, lower_words)
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", "LANGUAGE") and \
                not any(taken[ent.start:ent.end]):
            # a place's first word left out of the entity ("in Mission Viejo" with "Viejo" a person) is put back
            e_s, e_e = _conjoined_name(doc, ent.start, ent.end, taken, gaz)
            e_end_char = doc[e_e - 1].idx + len(doc[e_e - 1])
            trimmed = _trim(doc, e_s, e_e) or (e_s, e_e)
            surface = clean_text(doc[trimmed[0]:trimmed[1]].text)
            if _hyphenated_place_end(doc, e_s, ent.end, gaz) is not None:
                add(e_s, ent.end, "GAZ:hyphen" + ent.label_)  # "to Stratford-upon-Avon" with "Stratford" a person
                continue
            # spaCy files some places under other labels; products and works are the loosest of them
            strong = _strong(gaz.candidates(surface, fuzzy=False),
                             100_000 if ent.label_ in ("PERSON", "ORG") else 20_000, surface)
            prev = doc[e_s - 1].lower_ if e_s > 0 else ""
            if ent.label_ not in ("PERSON", "ORG") and e_s > 0 and doc[e_s - 1].pos_ == "VERB":
                prev = "in"  # "shelled Bakhmut": the object of an action verb
            if prev == "of" and e_s > 1 and (doc[e_s - 2].lower_ in load_place_cues().locative_of_nouns or (
                    e_s > 2 and doc[e_s - 2].lower_ == "the" and
                    doc[e_s - 3].lower_ in load_place_cues().locative_of_nouns)):
                prev = "near"  # "on the outskirts of Goma": the "of" of the place's edge says where
            if prev == "with" and e_s > 1 and doc[e_s - 2].lower_ in load_place_cues().border_nouns:
                prev = "near"  # "near the border with Chad": the neighbour across that border
            if prev == "of" and e_s > 1 and (doc[e_s - 2].lower_ in load_place_cues().coast_nouns or (
                    e_s > 2 and doc[e_s - 2].lower_ == "the" and doc[e_s - 3].lower_ in load_place_cues().coast_nouns)):
                prev = "off"  # "off the coast of Lampedusa": the island or port the sea lies off
            if ent.label_ == "PERSON" and prev == "the" and e_s > 1 and doc[e_s - 2].lower_ in LOCATIVE and \
                    any(c.entry.feature == "region" and c.kind == MAIN for c in strong):
                # "across the Sahel": a wide region named by its own name with its article (spaCy's person)
                prev = doc[e_s - 2].lower_
            if ent.label_ == "PERSON" and _titled_subdivision(doc, e_s, e_e, gaz):
                # "Rakhine State had 40 cases", "aid reached Ayeyarwady Region": spaCy reads a subdivision named
                # with its capitalised title as a person; no person's name ends in "State" or "Region"
                add(e_s, e_e, "GAZ:division" + ent.label_)
                continue
            if strong and ent.label_ != "PERSON" and e_e - e_s <= 3 and len(surface) > 2 and (
                    ent.label_ != "ORG" or any(c.entry.feature != "city" or c.entry.population >= 300_000
                                               for c in strong)):
                add(e_s, e_e, "GAZ:" + ent.label_)
                continue
            if strong and ((prev in LOCATIVE and prev != "of") or prev in load_place_cues().neighbour_adjectives or
                           (e_s > 0 and doc[e_s - 1].is_lower and prev in load_place_cues().direction_words) or
                           _site_extension(doc, e_end_char, site_heads) is not None):
                # (a lower-case word for a part says the same: "in western Tigray", "across central Darfur")
                add(e_s, e_e, "GAZ:loc" + ent.label_)
                continue
            # as the object of a verb of travel or assault a town of some size spelt so will do, as after "in"
            # ("troops captured Lyman", "rebels shelled Sake")
            # (not a name the text also gives a street or a school, "Franklin Elementary": "near Franklin" is it)
            slot_town = strong or (ent.label_ in ("PERSON", "ORG") and e_e - e_s <= 2
                                   and not _names_a_site_elsewhere(doc, surface) and [
                c for c in gaz.candidates(surface, fuzzy=False)
                if c.entry.population >= OBJECT_TOWN_FLOOR and c.entry.feature == "city" and (
                    (c.kind <= OFFICIAL and norm(c.entry.name) == norm(surface)) or
                    _spelling_of_town(c, surface))])
            if slot_town and ent.label_ in ("PERSON", "ORG") and e_e - e_s <= 2 and norm(surface) not in people and \
                    _object_of_travel_verb(doc, e_s, e_e):
                add(e_s, e_e, "GAZ:visit" + ent.label_)  # "the envoy visited Juba": where the envoy went
                continue
            if slot_town and ent.label_ in ("PERSON", "ORG") and e_e - e_s <= 2 and \
                    not {norm(surface)} & (people | surnames | speakers) and not _known_person_name(surface) and \
                    not any(t.tag_ == "POS" for t in doc[max(e_s - 1, 0):e_e + 1]) and \
                    (_object_of_verb(doc, e_s, e_e, load_place_cues().assault_object_verbs) or
                     (e_s > 0 and doc[e_s - 1].lower_ in load_place_cues().town_slot_prepositions)):
                # ("attacked Mali's Menaka": a state's possessive and its town are read by the possessive rule)
                add(e_s, e_e, "GAZ:assault" + ent.label_)  # "missiles struck Kyiv": the city attacked
                continue
            if ent.label_ in ("PERSON", "ORG") and e_e - e_s <= 3 and _end_of_route(doc, e_s) and \
                    not {norm(surface)} & (people | surnames | speakers) and not _known_person_name(surface) and \
                    not any(t.tag_ == "POS" for t in doc[e_s:e_e + 1]) and \
                    [c for c in gaz.candidates(surface, fuzzy=False)
                     if c.kind <= OFFICIAL and c.entry.feature == "city" and c.entry.population >= ROUTE_TOWN_FLOOR
                     and norm(c.entry.name) == norm(surface)]:
                add(e_s, e_e, "GAZ:route" + ent.label_)  # "roads linking La Paz with the valleys": the city
                continue
            if e_e < len(doc) and doc[e_e].text.islower() and \
                    _site_extension(doc, e_end_char, site_heads) is not None and \
                    [c for c in _strong(gaz.candidates(surface, fuzzy=False), SITE_TOWN_FLOOR, surface)
                     if c.kind <= OFFICIAL and c.entry.name.casefold() == surface.casefold()]:
                add(e_s, e_e, "GAZ:site" + ent.label_)  # "taken to Desaguadero hospital": its town
                continue
            if ent.label_ == "PERSON" and e_e - e_s == 1 and e_s > 0 and \
                    doc[e_s - 1].lower_ in load_place_cues().town_spelling_prepositions and \
                    not {norm(surface)} & (people | surnames | speakers) and not _known_person_name(surface) and \
                    [c for c in gaz.candidates(surface, fuzzy=False)
                     if _spelling_of_town(c, surface) and c.entry.population >= IN_TOWN_FLOOR]:
                # "boats left from Zuwara" (Zuwarah) with Zuwara tagged a person: the town in another spelling,
                # unless the text or the actors' knowledge base knows a person by that name
                add(e_s, e_e, "GAZ:spelt" + ent.label_)
                continue
            if ent.label_ in ("ORG", "PERSON", "NORP") and prev in ("in", "from") and e_e - e_s <= 2 and \
                    len(surface) >= 6 and not any(ch.isupper() for ch in surface.replace(" ", "")[1:]) and \
                    all(t.text[:1].isupper() for t in doc[e_s:e_e]) and norm(surface) not in people and \
                    not gaz.candidates(surface, fuzzy=False) and [
                        c for c in gaz.candidates(surface, fuzzy=True)
                        if c.entry.feature in ("city", "admin1", "admin2", "country") and
                        c.entry.population >= SPELT_TOWN_FLOOR]:
                # "from Qalyubiya", "from Sharqiya": a name the gazetteer knows only in another spelling, after a
                # preposition of place
                add(e_s, e_e, "GAZ:spelt" + ent.label_)
                continue
            if ent.label_ in ("ORG", "PERSON") and prev == "from" and e_e - e_s <= 2 and \
                doc[e_s - 1].head.pos_ == "NOUN" and norm(surface) not in people and \
                    [c for c in _strong(gaz.candidates(surface, fuzzy=False), FROM_TOWN_FLOOR, surface)
                     if c.kind <= OFFICIAL and c.entry.name.casefold() == surface.casefold()]:
                # "a hiker from Flagstaff", "travellers from Kisumu": where people come from, "from" hanging on the
                # noun for them; a town spelt exactly so and of some size ("graduated from Harvard" hangs on a verb)
                add(e_s, e_e, "GAZ:from" + ent.label_)
                continue
            # ("sent off Morrison": "off" as a verb's particle takes a person, not the sea off a place)
            if ent.label_ in ("ORG", "PERSON") and \
                    (prev == "in" or (prev == "off" and doc[e_s - 1].dep_ != "prt")) and \
                    not (ent.label_ == "PERSON" and norm(surface) in people) and \
                    [c for c in _strong(gaz.candidates(surface, fuzzy=False), IN_TOWN_FLOOR, surface)
                     if c.kind <= OFFICIAL and c.entry.name.casefold() == surface.casefold()]:
                # "a cottage in Dewsbury": a town spelt exactly so ("trust in God" is not Göd), and not the
                # person the text names in full ("confidence in Obama" after "Barack Obama")
                add(e_s, e_e, "GAZ:town" + ent.label_)
                continue
            if ent.label_ != "NORP" and _before_local_body_noun(doc, e_e) and \
                    _town_named(gaz, surface, LOCAL_BODY_TOWN_FLOOR):
                add(e_s, e_e, "GAZ:body" + ent.label_)  # "Grovetown police": the town's own police
                continue
            if ent.label_ != "NORP" and _before_resident_noun(doc, e_e) and \
                    [c for c in _strong(gaz.candidates(surface, fuzzy=False), 5_000, surface) if c.kind <= 1]:
                add(e_s, e_e, "GAZ:res" + ent.label_)  # "a Gainesville man": where he lives
                continue
            if _inner_dateline(doc, e_s, e_e) and any(
                    c.kind <= OFFICIAL and c.entry.feature in ("city", "admin2", "admin1")
                    for c in gaz.candidates(surface, fuzzy=False)):
                add(e_s, e_e, "GAZ:dateline" + ent.label_)  # "MERIDEN — A fourth candidate ...": filed there
                continue
            if _dateline_town_of_country(doc, e_s, e_e, gaz):
                add(e_s, e_e, "GAZ:dateline" + ent.label_)  # "MISRATA, Libya (AP) —": the town the story is filed from
                continue
            if ent.label_ in ("PERSON", "ORG") and e_e - e_s >= 2 and \
                    (opening := _town_opening_a_body(doc, e_s, e_e, gaz)) and \
                    (ent.label_ == "PERSON" or doc[opening[1]].lower_ not in load_place_cues().institution_body_words):
                # "Bedford Fire Chief Tom Hale", "Bledsoe County Sheriff Dan Harper": spaCy takes the town's
                # body into a person's name; the town opens it. So too an organisation's name ("Corlan Fire
                # Department", "Mereton Town Council"), but not an institution that only bears the name ("Hollis
                # University", "Marston State University")
                add(*opening, "GAZ:bodyname" + ent.label_)
                continue
            if ent.label_ != "PERSON" and e_e - e_s >= 2:
                elsewhere = _placed_after(doc, e_e)

                def add_embedded(a: int, b: int, label: str, e_s=e_s, elsewhere=elsewhere) -> None:
                    if _people_opening_a_movement(doc, a, b, e_s, gaz):
                        return
                    if elsewhere and _town_outside(gaz, doc[a:b].text, elsewhere):
                        return
                    add(a, b, label)

                _embedded(doc, e_s, e_e, gaz, add_embedded, lower_words)
    # a well-known place spaCy calls a person or an organisation, coordinated with places ("Zambia, Malawi and
    # Mozambique") or named after a feature noun ("the province Gauteng"): a place like its neighbours. Run again
    # after the matcher, whose finds may be the neighbours.
    def relabelled() -> None:
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "NORP") or any(taken[ent.start:ent.end]):
                continue
            surface = clean_text(ent.text)
            cands = gaz.candidates(surface, fuzzy=False)
            strong = [c for c in _strong(cands, 5_000, surface) if c.kind <= 1 or (
                c.entry.feature in _AREA_FEATURES and _known_alias(c, surface))]  # "Al Jazirah": Gezira state
            if strong and (_coordinated(doc, ent.start, ent.end, taken) or
                           (ent.start > 0 and doc[ent.start - 1].lower_ in _feature_nouns())):
                add(ent.start, ent.end, "GAZ:list" + ent.label_)
            elif ent.label_ != "NORP" and _coordinated(doc, ent.start, ent.end, taken) and any(
                    _spelling_of_town(c, surface) and c.entry.population >= 5_000 for c in cands) and \
                    norm(surface) not in people:
                add(ent.start, ent.end, "GAZ:list" + ent.label_)  # "in Zvecan and Leposavic" (Leposaviq)
            elif ent.label_ != "NORP" and _typed_by_feature_word(doc, ent.end, strong):
                add(ent.start, ent.end, "GAZ:typed" + ent.label_)  # "capital of Gezira state": the state
            elif not any(c.kind == DEMONYM for c in cands) and \
                    _typed_by_feature_word(doc, ent.end, _provincial_capitals(cands)):
                # "the Hodeidah governorate", whatever spaCy calls it: the province named for its capital city,
                # which the resolver finds from the city; a people's own name ("the Kurdish region") is a demonym
                # and stays one
                add(ent.start, ent.end, "GAZ:typed" + ent.label_)
            elif ent.label_ != "NORP" and _contained(
                    doc, ent.end, [c for c in cands if c.kind <= 1 or _spelling_of_town(c, surface)], found, gaz,
                    after_in=True):  # (a town's other spelling will do once its province vouches: "Wad Madani")
                add(ent.start, ent.end, "GAZ:in" + ent.label_)
            elif ent.label_ == "NORP" and not any(c.kind == DEMONYM for c in cands) and \
                    _contained(doc, ent.end, [c for c in cands if c.kind <= 1], found, gaz):
                # "a farmer from Wonogiri, Central Java": spaCy takes an unfamiliar town for a people's name; a
                # town of that name in the province after the comma says it is the town (a people's own name,
                # "Kurdish, Iraqi", is a demonym and stays one)
                add(ent.start, ent.end, "GAZ:in" + ent.label_)

    relabelled()
    # two names spaCy calls persons or organisations, joined by "and", that name two settlements near each other
    # ("Abingdon and Didcot", "Collin and Denton" for two counties): each vouches for the other
    for first, second in _joined_pairs(doc):
        if any(taken[first.start:first.end]) or any(taken[second.start:second.end]):
            continue
        if any(len(e) == 1 and (norm(e.text) in people or norm(e.text) in speakers) for e in (first, second)):
            continue
        # a settlement or county spelt so, or whose name opens so ("Collin" for Collin County)
        near = [[c.entry for c in gaz.candidates(clean_text(e.text), fuzzy=False) if c.kind <= OFFICIAL and
                 c.entry.feature in ("city", "admin2") and c.entry.population >= IN_TOWN_FLOOR and
                 c.entry.name.casefold().startswith(clean_text(e.text).casefold())] for e in (first, second)]
        if any(_near_each_other(a, b) for a in near[0] for b in near[1]):
            add(first.start, first.end, "GAZ:pair" + first.label_)
            add(second.start, second.end, "GAZ:pair" + second.label_)
    # a city spaCy calls a person, named alone ("Hamilton's last steel mill"), amid two settlements the text names
    # that lie around it ("Burlington", "Stoney Creek"): the city those places surround, unless the text names a
    # person so
    for ent in _cities_amid_neighbours(doc, found, taken, gaz, people | surnames | speakers):
        add(ent.start, ent.end, "GAZ:amid" + ent.label_)
    # gazetteer matcher over capitalised runs spaCy left unlabelled
    ent_tokens = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    ent_tokens -= _names_fused_to_times(doc)
    particles = load_place_cues().name_particles
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if taken[i] or i in ent_tokens or not (_name_word(tok) and tok.text[0].isupper()):
            i += 1
            continue
        matched = False
        # up to four words, or five tokens when hyphens join them ("PORT-AU-PRINCE" is five tokens)
        for size in range(min(5, n - i), 0, -1):
            span = doc[i:i + size]
            if size == 5 and not any(t.text == "-" and not t.whitespace_ for t in span):
                continue
            if any(taken[k] or k in ent_tokens for k in range(i, i + size)):
                continue
            if not all(_name_word(t) and t.text[0].isupper() or t.lower_ in ("of", "-") or t.text in particles
                       for t in span) or not span[-1].text[0].isupper():
                continue
            if size == 1 and (tok.is_stop or tok.lower_ in lower_words):
                continue
            if size == 1 and tok.is_sent_start and tok.tag_ == "NNS" and not tok.text.isupper() and not any(
                    c.kind <= OFFICIAL and c.entry.feature == "country" for c in gaz.candidates(tok.text, fuzzy=False)):
                # "Rivers burst their banks": a plural common noun capitalised because it opens the sentence, not
                # the Nigerian state (a country's name in the plural, "Comoros", stays one)
                continue
            # in a line written all in capitals ("BLAST KILLS 12 IN MOSUL") every word is capitalised: capitals
            # next to a word say nothing of a longer name (an acronym of three letters is still left alone)
            capitals = size == 1 and len(tok.text) > 3 and _capitals_line(doc, i)
            tail = size == 1 and i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start \
                and doc[i - 1].is_alpha
            if tail and not capitals:
                continue  # the tail of a longer name ("Agent Orange", "Republic Act"), not a place of its own
            cands = gaz.candidates(span.text, fuzzy=False)
            head = size == 1 and _head_of_longer_name(doc, i) and not any(
                c.entry.feature in _AREA_FEATURES for c in cands)
            if head and not capitals:
                continue  # the first word of a longer name ("Mission Viejo", "Lot No. 5", "Enterprise Scrum")
            if (tail or head) and capitals:
                # ... there a town or a country only ("POLICE SWAT TEAM": no district of Swat)
                cands = [c for c in cands if c.entry.feature == "city" or c.entry.feature in _AREA_FEATURES]
            locative = i > 0 and doc[i - 1].lower_ in LOCATIVE or _coordinated(doc, i, i + size, taken) or \
                _before_resident_noun(doc, i + size)
            # the object of a verb of travel or assault ("missiles hit Chuhuiv"): a town of some size spelt so
            slot = size <= 2 and not locative and not {norm(span.text)} & (people | surnames | speakers) and (
                _object_of_travel_verb(doc, i, i + size) or
                _object_of_verb(doc, i, i + size, load_place_cues().assault_object_verbs))
            cued = _settlement_cue(doc, i) or _inner_dateline(doc, i, i + size) or (
                (_before_local_body_noun(doc, i + size) or _before_officer_title(doc, i + size)) and
                bool(_town_named(gaz, span.text, LOCAL_BODY_TOWN_FLOOR))
                and not (i > 0 and doc[i - 1].lower_ == "the"))  # "the Union government": a state's, not a town's
            floor = 50_000 if size > 1 else 200_000  # single words are often surnames ("Allen", "Davis")
            # a single word in title case is no alternate name's match ("the Act" is not the ACT, "Vegas" the cat
            # not Las Vegas): spaCy knows such names when they are meant
            alias_ok = size > 1 or span.text.isupper()
            good = [c for c in cands if (c.kind <= 1 or (alias_ok and _known_alias(c, span.text))
                                         or (locative and _spelling_of_town(c, span.text))) and (
                c.entry.feature in ("country", "admin1", "region", "water") or c.entry.population >= floor
                or (c.entry.population >= 1000 and locative) or cued)] or [
                c for c in cands if slot and c.entry.feature == "city" and c.entry.population >= OBJECT_TOWN_FLOOR
                and ((c.kind <= OFFICIAL and c.entry.name.casefold() == span.text.casefold()) or
                     _spelling_of_town(c, span.text))]
            if not good and size <= 3:
                good = _contained(doc, i + size, [c for c in cands if c.kind <= 1], found, gaz)
            if good:
                add(i, i + size, "GAZ:match")
                i += size
                matched = True
                break
        if not matched:
            i += 1
    relabelled()
    # a town and its province after a comma, both taken for persons or organisations ("a trader from Purworejo,
    # Central Java"): the province holds a town of that name, so both are places
    for t_s, t_e, b_s, b_e in _town_comma_province(doc, gaz, taken):
        add(b_s, b_e, "GAZ:box")
        if any(taken[b_s:b_e]):
            add(t_s, t_e, "GAZ:boxed")
    # a town after its country's possessive ("Ruritania's Dornveld"), whatever spaCy called the two names: both places
    for o_s, o_e, s_item, e_item in _state_owned_towns(doc, gaz):
        if any(taken[s_item:e_item]):
            continue
        if not any(taken[o_s:o_e]):
            add(o_s, o_e, "GAZ:owner")
        if any(taken[o_s:o_e]):
            add(s_item, e_item, "GAZ:owned")
    # a person's home town after the name ("Laura Bishop of Carnegie,", "said Bishop, of Carnegie."): the
    # town, when the gazetteer knows a settlement spelt exactly so
    for s_item, e_item in _home_towns(doc):
        if any(taken[s_item:e_item]):
            continue
        surface = clean_text(doc[s_item:e_item].text)
        if [c for c in gaz.candidates(surface, fuzzy=False) if c.kind <= OFFICIAL and
                c.entry.feature in ("city", "admin2") and c.entry.population >= HOME_TOWN_FLOOR and
                c.entry.name.casefold() == surface.casefold()]:
            add(s_item, e_item, "GAZ:home")
    # a firm or a group said to be based at a place by a compound ("Deerfield-based Walgreens"): the place
    def names_place(surface: str) -> bool:
        return any(c.kind <= OFFICIAL for c in gaz.candidates(surface, fuzzy=False))

    for s_item, k in _hyphen_compound_names(doc, load_place_cues().base_words, names_place):
        if any(taken[s_item:k]) or not doc[s_item].text[:1].isupper():
            continue
        surface = clean_text(doc[s_item:k].text)
        if [c for c in gaz.candidates(surface, fuzzy=False) if c.kind <= OFFICIAL and (
                c.entry.feature in _AREA_FEATURES or c.entry.population >= HOME_TOWN_FLOOR)]:
            add(s_item, k, "GAZ:based")
    # a country, or its demonym, said to back or lead something by a compound ("Russian-backed separatists", "the
    # U.S.-led coalition"): the country (the geoparsing sets annotate such modifiers as places)
    for s_item, k in _hyphen_compound_names(doc, load_place_cues().backing_participles,
                                            lambda surface: _backer(gaz, surface)):
        if not doc[s_item].text[:1].isupper() or not _backer(gaz, clean_text(doc[s_item:k].text)):
            continue
        if not any(taken[s_item:k]):
            add(s_item, k, BACKING)
            continue
        # found already as a plain name ("the Iran-aligned Houthis" tagged GPE): it still names a backer, which
        # says nothing of where an event happens
        start, end = doc[s_item].idx, doc[k - 1].idx + len(doc[k - 1])
        for i, f in enumerate(found):
            if f.start == start and f.end == end:
                found[i] = Found(start, end, BACKING)
    # a country's demonym or name before a noun for its air or sea ("jets violated Latvian airspace"): the country
    space_nouns = load_place_cues().sovereign_space_nouns
    for k in range(1, n):
        if doc[k].lower_ not in space_nouns or not doc[k - 1].text[:1].isupper() or \
                not _backer(gaz, clean_text(doc[k - 1].text)):
            continue
        if not taken[k - 1]:
            add(k - 1, k, SOVEREIGN_SPACE)
            continue
        start, end = doc[k - 1].idx, doc[k - 1].idx + len(doc[k - 1])
        for i, f in enumerate(found):
            if f.start == start and f.end == end:
                found[i] = Found(start, end, SOVEREIGN_SPACE)
    # a name the gazetteer lacks between "the" and a lower-case word for a natural feature ("fighting in the Vraska
    # valley", spaCy tagging the name a person or nothing): a natural site
    feature_words = load_place_cues().natural_feature_words
    for k in range(2, n):
        if doc[k].lower_ not in feature_words or not doc[k].is_lower:
            continue
        j = k
        while j > 0 and k - j < 3 and doc[j - 1].tag_ == "NNP" and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper():
            j -= 1
        if j == k or j == 0 or doc[j - 1].lower_ != "the" or \
                gaz.candidates(clean_text(doc[j:k].text), fuzzy=False) or \
                any(gaz.candidates(clean_text(doc[i].text), fuzzy=False) for i in range(j, k)):
            continue
        start, end = doc[j].idx, doc[k - 1].idx + len(doc[k - 1])
        found[:] = [f for f in found if not (start <= f.start and f.end <= end)]
        for i in range(j, k):
            taken[i] = True
        found.append(Found(start, end, NATURAL_SITE))
    # a name the gazetteer lacks between "the", "in" or a possessive and a lower-case word for an area or a
    # subdivision ("farmers in the Mutendi district", "the Arrowby area of Marion County", "Giza's Bab Zuwayla
    # neighbourhood"): a place too small for the gazetteer, located like a settlement cue's by the settlement or
    # the province its sentence names
    area_nouns = load_place_cues().area_nouns
    for k in range(2, n):
        if doc[k].lower_ not in area_nouns or not doc[k].is_lower:
            continue
        j = k
        while j > 0 and k - j < 3 and doc[j - 1].tag_ in ("NNP", "NNPS") and doc[j - 1].is_alpha and \
                doc[j - 1].text[:1].isupper() and not doc[j - 1].text.isupper() and not taken[j - 1] and \
                doc[j - 1].ent_type_ not in _NOT_AREA_NAME_LABELS:
            j -= 1
        if j == k or j == 0 or not (doc[j - 1].lower_ in ("the", "in") or doc[j - 1].tag_ == "POS"):
            continue
        surface = clean_text(doc[j:k].text)
        if gaz.candidates(surface, fuzzy=False) or norm(surface) in blocked or \
                any(norm(doc[i].text) in people for i in range(j, k)):
            continue
        if doc[k - 1].lower_ in _own_place_words() or doc[k - 1].lower_ in _feature_words():
            continue  # "the Stoneford Reservoir area", "the Maple Heights neighborhood": a feature or an estate
        add(j, k, AREA_SITE)
    for k in range(n):
        # ... written as one token ("U.S.-led")
        joined = _JOINED_BACKING.match(doc[k].text)
        if joined and not taken[k] and joined.group(2).lower() in load_place_cues().backing_participles and \
                _backer(gaz, clean_text(joined.group(1))):
            taken[k] = True
            found.append(Found(doc[k].idx, doc[k].idx + len(joined.group(1)), BACKING))
    # a legislator's party and home after the name ("Mary Brooks, D-Ore.", "Tom Walsh (R-Valdosta)"): the home
    # state or town the text names
    for s_item, e_item in _party_homes(doc):
        if any(taken[s_item:e_item]):
            continue
        surface = clean_text(doc[s_item:e_item].text)
        if any(c.kind <= ABBREVIATION and c.entry.feature in ("admin1", "admin2", "city")
               for c in gaz.candidates(surface, fuzzy=False)):
            add(s_item, e_item, "GAZ:party")
    # a state or province abbreviated after a town it contains ("Sherbrooke, Que.", "DAYTON, OH--", "Lexington, Ky."):
    # the state the text names
    for k in range(1, n - 1):
        if doc[k].text != "," or not taken[k - 1] or taken[k + 1] or not doc[k + 1].text[:1].isupper():
            continue
        town = next((f for f in found if f.end == doc[k - 1].idx + len(doc[k - 1])), None)
        if town is None:
            continue
        glued = _GLUED_DATELINE_STATE.match(doc[k + 1].text)
        if glued:
            # "LOUISVILLE, KY--(Marketwire ...": a wire dateline whose state the tokenizer glued to the dashes after it
            states = [c.entry for c in gaz.candidates(glued.group(1), fuzzy=False)
                      if c.kind in (ABBREVIATION, OFFICIAL) and c.entry.feature == "admin1"]
            towns = [c.entry for c in gaz.candidates(clean_text(text[town.start:town.end]), fuzzy=False)
                     if c.kind <= OFFICIAL and c.entry.feature in ("city", "admin2")]
            if any(t.admin1_id == st.id and st.population > 3 * t.population for t in towns for st in states):
                taken[k + 1] = True
                found.append(Found(doc[k + 1].idx, doc[k + 1].idx + len(glued.group(1)), "GAZ:state"))
            continue
        for size in (2, 1):
            e_item = k + 1 + size
            if e_item > n or any(taken[k + 1:e_item]):
                continue
            if size == 2 and not doc[k + 2].is_alpha:
                continue  # "GLASGOW, Ky (WXTV)": the bracket after the state is no part of its name
            if e_item < n and doc[e_item].text == "." and not doc[e_item - 1].whitespace_:
                e_item += 1  # "Que." is spelt with its full stop
            states = [c.entry for c in gaz.candidates(clean_text(doc[k + 1:e_item].text), fuzzy=False)
                      if c.kind in (ABBREVIATION, OFFICIAL) and c.entry.feature == "admin1"]
            towns = [c.entry for c in gaz.candidates(clean_text(text[town.start:town.end]), fuzzy=False)
                     if c.kind <= OFFICIAL and c.entry.feature in ("city", "admin2")]
            # (a district little bigger than its city is part of the city's name: "Washington, D.C.")
            if any(t.admin1_id == st.id and st.population > 3 * t.population for t in towns for st in states):
                add(k + 1, e_item, "GAZ:state")
                break
    # the items of a list a plural feature word follows or introduces ("Barrow, Jackson and Madison counties", "the
    # provinces of Nyanza, Rift Valley and Western"): places of that kind when the gazetteer has one by that name
    # (an alternate name counts: "Barrow" for Barrow County; a demonym, "Canadian counties", names none)
    for s_item, e_item, feature in _plural_feature_items(doc):
        if any(taken[s_item:e_item]):
            continue
        cands = gaz.candidates(clean_text(doc[s_item:e_item].text), fuzzy=False)
        if any(c.kind <= ALTERNATE and c.entry.feature == feature for c in cands) and \
                not any(c.kind == DEMONYM for c in cands):
            add(s_item, e_item, PLURAL_LIST)
    # a name the gazetteer lacks, introduced as a settlement ("the village of Cellardyke", "a town called X",
    # "the villages of A, B and C"): a place; it is located later by the settlement the sentence names
    i = 0
    plural = False  # "the villages of A, B and C": the items after the first ride on the same cue
    while i < n:
        cue = _settlement_cue(doc, i)
        if taken[i] or not (doc[i].is_alpha and doc[i].text[0].isupper()) or doc[i].is_stop or not (
                cue or (plural and found and found[-1].label == "CUE" and _coordinated(doc, i, i + 1, taken)
                        and (doc[i].ent_type_ in ("", "GPE", "LOC", "FAC", "ORG", "PERSON") or
                             any(c.kind <= 1 for c in gaz.candidates(doc[i].text, fuzzy=False))))):
            i += 1
            continue
        if cue:
            plural = doc[i - 2].lower_.endswith("s") if i >= 2 else False
        j = i + 1
        while j < n and j < i + 3 and not taken[j] and doc[j].is_alpha and doc[j].text[0].isupper():
            j += 1
        while j + 1 < n and doc[j].lower_ in load_place_cues().name_particles and doc[j].text.islower() and \
                not taken[j + 1] and doc[j + 1].is_alpha and doc[j + 1].text[0].isupper():
            j += 2  # "the villages of Ceamurlia de Jos": one name
        add(i, j, "CUE")
        i = j
    # a name the text itself calls a settlement in apposition ("Kwakeni, a suburb located north of Bulawayo",
    # "Tazirt, a farming town in eastern Algeria"): a place, located like a settlement cue's
    for s_item, e_item in _appositive_settlements(doc):
        if not any(taken[s_item:e_item]) and not (e_item - s_item == 1 and norm(doc[s_item].text) in people):
            add(s_item, e_item, "CUE")
    # an unknown name followed by the state or country it lies in ("Fort Detrick, Maryland"): a place there
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") \
                or any(taken[ent.start:ent.end]) or not ent.text[:1].isupper():
            continue
        if gaz.candidates(clean_text(ent.text), fuzzy=False):
            continue
        if ent.end + 1 < n and doc[ent.end].text == "," and any(
                f.start == doc[ent.end + 1].idx and f.label in ("GPE", "LOC") for f in found):
            add(ent.start, ent.end, "CUE")
        elif ent.label_ in ("GPE", "LOC") and ent.end - ent.start >= 2 and doc[ent.end - 1].text.istitle() and \
                doc[ent.end - 1].lower_ in load_place_cues().subdivision_titles:
            # ... or a name with the title of a subdivision ("East Goshen Township", "Mellory Parish"): a
            # subdivision too small for the gazetteer, located like a settlement cue's
            add(ent.start, ent.end, "CUE")
    # a well-known short form of a longer place name the text gives in full ("Rio" after "Rio de Janeiro"): the same
    # place wherever the text uses it (one sense per document); the gazetteer must know it as that place's name
    short_forms = _short_forms(doc, found, gaz)
    if short_forms:
        for i in range(n):
            if not taken[i] and doc[i].text[:1].isupper() and norm(doc[i].text) in short_forms and \
                    not _inside_longer_name(doc, i):
                add(i, i + 1, "GAZ:short")
    if keys:
        for i in range(n):
            if taken[i] or not doc[i].text[:1].isupper():
                continue
            for size in range(min(4, n - i), 0, -1):
                span = doc[i:i + size]
                if not span[-1].text[:1].isupper() or any(taken[i:i + size]):
                    continue
                if norm(clean_text(span.text)) in keys:
                    add(i, i + size, "GAZ:key")
                    break
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[Found] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


# the features of a document focus close enough to stand for an unknown town of the story ("the town of X"): a town
# or a county is a story's own area; a state or a country is too wide to place a town within the scorer's 161 km
SETTLED_FOCUS_FEATURES = ("city", "admin2")

# a city spaCy calls a person is the city when it has this many people and this many other names of the text lie
# within PAIR_KM of it
AMID_CITY_FLOOR = 100_000
AMID_NEIGHBOURS = 2

PAIR_KM = 60  # two settlements named together this close vouch for each other ("Abingdon and Didcot")


def _town_comma_province(doc, gaz: Gazetteer, taken: list[bool]) -> Iterator[tuple[int, int, int, int]]:
    """(town start, town end, province start, province end) token ranges of "Town, Province" where spaCy called both
    names persons, organisations or peoples and the gazetteer knows a province or country so named (by its own or
    a well-known other name, "Central Java") that holds a settlement or county named as the first."""
    ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP") and not any(taken[e.start:e.end])]
    by_start = {e.start: e for e in ents}
    for town in ents:
        box = by_start.get(town.end + 1)
        if box is None or doc[town.end].text != "," or box.end - box.start > 3 or town.end - town.start > 3:
            continue
        box_surface = clean_text(box.text)
        boxes = [c.entry for c in gaz.candidates(box_surface, fuzzy=False)
                 if c.entry.feature in ("country", "admin1") and (c.kind <= OFFICIAL or _known_alias(c, box_surface))]
        if not boxes:
            continue
        if any(c.kind <= OFFICIAL and c.entry.feature in ("city", "admin2") and any(
                (b.feature == "country" and c.entry.country == b.country) or
                (b.feature == "admin1" and c.entry.admin1_id == b.id) for b in boxes)
               for c in gaz.candidates(clean_text(town.text), fuzzy=False)):
            yield town.start, town.end, box.start, box.end


def _cities_amid_neighbours(doc, found: list[Found], taken: list[bool], gaz: Gazetteer,
                            person_words: set[str] | frozenset[str]) -> list:
    """One-word entities spaCy calls persons that are the name of a city of at least AMID_CITY_FLOOR people (by its
    own or official name) with settlements of AMID_NEIGHBOURS other names the text already found as places within
    PAIR_KM of it.
    (A person's surname alone is seldom a big city's name among that city's own suburbs; a person the text names in
    full or has speak is left alone.)"""
    ents = [e for e in doc.ents if e.label_ == "PERSON" and len(e) == 1 and not taken[e.start]
            and norm(e.text) not in person_words and not _known_person_name(clean_text(e.text))]
    if not ents:
        return []
    neighbours: dict[str, list[Entry]] = {}
    for f in found:
        key = norm(clean_text(doc.text[f.start:f.end]))
        if key not in neighbours:
            neighbours[key] = [c.entry for c in gaz.candidates(clean_text(doc.text[f.start:f.end]), fuzzy=False)
                               if c.kind <= OFFICIAL and c.entry.feature in ("city", "admin2")]
    out = []
    for ent in ents:
        key = norm(clean_text(ent.text))
        cities = [c.entry for c in gaz.candidates(clean_text(ent.text), fuzzy=False)
                  if c.kind <= OFFICIAL and c.entry.feature == "city" and c.entry.population >= AMID_CITY_FLOOR]
        if any(sum(1 for other, places in neighbours.items() if other != key and
                   any(_near_each_other(city, p) for p in places)) >= AMID_NEIGHBOURS for city in cities):
            out.append(ent)
    return out


def _near_each_other(a: Entry, b: Entry) -> bool:
    """Whether two gazetteer entries are distinct and lie within PAIR_KM of each other (equirectangular distance)."""
    import math

    if a.id == b.id:
        return False
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371 * math.hypot(x, y) <= PAIR_KM


def _joined_pairs(doc) -> list[tuple]:
    """Pairs of entities of up to three words that spaCy calls persons or organisations, joined by "and" ("Abingdon and
    Didcot")."""
    ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG") and len(e) <= 3]
    return [(a, b) for a, b in pairwise(ents) if b.start == a.end + 1 and doc[a.end].lower_ == "and"]


def _home_towns(doc) -> list[tuple[int, int]]:
    """Token ranges of a person's home town named after the person: "of" and up to two capitalised words closed by
    punctuation or "and", right after a person's name or after a comma that follows one or the person's age
    ("Laura Bishop of Carnegie,", "Laura Bishop, 52, of Carnegie,", "Bishop, of Carnegie.")."""
    out = []
    for k in range(1, len(doc) - 2):
        if doc[k].lower_ != "of" or not doc[k + 1].text[:1].isupper() or not doc[k + 1].is_alpha:
            continue
        j = k - 1
        if doc[j].text == ",":
            j -= 1
        if j < 0:
            continue
        if doc[j].like_num and j >= 1 and doc[j - 1].text == ",":
            j -= 2  # "Bishop, 52, of Carnegie"
        if j < 0 or doc[j].ent_type_ != "PERSON" or (j + 1 < len(doc) and doc[j + 1].ent_type_ == "PERSON" and
                                                      doc[j + 1].ent_iob_ == "I"):
            continue
        end = k + 2
        if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if end < len(doc) and doc[end].text not in (",", ".", ";", ")") and doc[end].lower_ != "and":
            continue
        out.append((k + 1, end))
    return out


def _party_homes(doc) -> list[tuple[int, int]]:
    """Token ranges of the home a legislator's party label gives after the name: a party letter, a hyphen without
    spaces and up to three capitalised words closed by punctuation (", D-Ore.,", "(R-Valdosta)", "R-N.M."). A
    two-letter postal code ("D-CA") is left alone: it only repeats the state, and the standards differ on it."""
    cues = load_place_cues()
    out = []
    for k in range(1, len(doc) - 2):
        letter, hyphen = doc[k], doc[k + 1]
        if letter.text not in cues.party_letters or hyphen.text not in _HYPHENS or letter.whitespace_ or \
                hyphen.whitespace_ or doc[k - 1].lower_ not in cues.party_openers:
            continue
        end = k + 2
        while end < len(doc) and end < k + 5 and doc[end].text[:1].isupper():
            end += 1
        if end == k + 2 or (end < len(doc) and doc[end].text not in cues.party_closers):
            continue
        surface = doc[k + 2:end].text
        if end == k + 3 and surface.isupper() and len(surface) <= 2:
            continue
        out.append((k + 2, end))
    return out


_LIST_SEPARATORS = frozenset({",", ";", "/", "and", "or"})
_HYPHENS = frozenset({"-", "–"})


def _list_items(doc, s_tok: int, e_tok: int, *, spaced_only: bool) -> list[tuple[int, int]]:
    """Token ranges of the items of a list inside tokens [s_tok, e_tok), split at commas, "and", "or", slashes and
    hyphens; with `spaced_only`, only at hyphens with a space before them ("Central Africa - Nigeria")."""
    items = []
    start = s_tok
    for k in range(s_tok, e_tok + 1):
        if k == e_tok or doc[k].lower_ in _LIST_SEPARATORS or (
                doc[k].text in _HYPHENS and (not spaced_only or doc[k - 1].whitespace_)):
            if start < k:
                items.append((start, k))
            start = k + 1
    return items


def _hyphen_prefix(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok) are one word that a hyphen joins to the name after it and that only qualifies
    that name ("Mid" in "Mid-Jutland", "North" in "North-Rhine"): a prefix, not a place of its own."""
    cues = load_place_cues()
    return e_tok - s_tok == 1 and e_tok + 1 < len(doc) and doc[e_tok].text in _HYPHENS and \
        not doc[s_tok].whitespace_ and doc[s_tok].lower_ in cues.hyphen_prefix_words | cues.direction_words


_CONJUNCTIONS = frozenset({"and", "&"})
_CONJOINED_FEATURES = frozenset({"country", "admin1", "admin2", "region", "water"})
_HYPHENATED_FEATURES = _CONJOINED_FEATURES | {"city"}


def _conjoined_name(doc, s_tok: int, e_tok: int, taken: list[bool], gaz: Gazetteer) -> tuple[int, int]:
    """The token range of a place whose own name joins two names with "and" or a hyphen ("Trinidad and Tobago",
    "Jammu and Kashmir", "Guinea-Bissau") when tokens [s_tok, e_tok) are one of its halves, else (s_tok, e_tok).
    Only names the gazetteer holds as a country, region or administrative unit ("Smith and Jones" stays apart), or
    for a hyphen also a settlement: spaCy often cuts a hyphenated name after its first part."""
    def known(a: int, b: int, features: frozenset[str]) -> bool:
        if any(taken[a:b]) or not (doc[a].text[:1].isupper() and doc[b - 1].text[:1].isupper()):
            return False
        return any(c.kind <= OFFICIAL and c.entry.feature in features
                   for c in gaz.candidates(clean_text(doc[a:b].text), fuzzy=False))

    def joins(k: int) -> frozenset[str] | None:
        """The features a joined name may have when token k joins two names, None when it joins none."""
        if doc[k].lower_ in _CONJUNCTIONS:
            return _CONJOINED_FEATURES
        if doc[k].text in _HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            return _HYPHENATED_FEATURES
        return None

    # a name joined by lowercase particles ("Viña" + "del Mar", "Mar" + "del Plata", "Santa Cruz" + "de la Sierra"):
    # spaCy often keeps only the part before or after them
    particles = load_place_cues().name_particles
    after = e_tok
    while after < len(doc) and after < e_tok + 2 and doc[after].text in particles:
        after += 1
    if after > e_tok:
        for size in range(min(2, len(doc) - after), 0, -1):
            if known(s_tok, after + size, _HYPHENATED_FEATURES):
                return s_tok, after + size
    before = s_tok
    while before > 1 and before > s_tok - 2 and doc[before - 1].text in particles:
        before -= 1
    if before < s_tok:
        for size in range(min(2, before), 0, -1):
            if known(before - size, e_tok, _HYPHENATED_FEATURES):
                return before - size, e_tok
    if e_tok + 1 < len(doc) and (features := joins(e_tok)):
        for size in range(min(3, len(doc) - e_tok - 1), 0, -1):
            if known(s_tok, e_tok + 1 + size, features):
                return s_tok, e_tok + 1 + size
    if s_tok >= 2 and (features := joins(s_tok - 1)):
        for size in range(min(3, s_tok - 1), 0, -1):
            if known(s_tok - 1 - size, e_tok, features):
                return s_tok - 1 - size, e_tok
    # a capitalised word right before the entity that spaCy left out of it ("In Goz Beida": "Goz Beida")
    if s_tok >= 1 and doc[s_tok - 1].is_alpha and doc[s_tok - 1].whitespace_ and \
            not doc[s_tok - 1].is_sent_start and known(s_tok - 1, e_tok, _HYPHENATED_FEATURES):
        return s_tok - 1, e_tok
    # ... or right after it ("Newton" + "Aycliffe", the second word taken for a person's name: "Newton Aycliffe"),
    # when the name stops there or a title follows it ("St." + "Charles Borromeo Church" names a church; "Glen Park
    # Mayor Ann Ruiz" is the town's mayor)
    if e_tok < len(doc) and doc[e_tok - 1].whitespace_ and doc[e_tok].is_alpha and \
            not doc[e_tok].is_sent_start and not (
                e_tok + 1 < len(doc) and doc[e_tok + 1].text[:1].isupper() and
                doc[e_tok + 1].lower_ not in _one_word_titles()) and \
            known(s_tok, e_tok + 1, _HYPHENATED_FEATURES):
        return s_tok, e_tok + 1
    return s_tok, e_tok


@lru_cache(maxsize=1)
def _unit_of_phrases() -> frozenset[tuple[str, ...]]:
    """The phrases for an administrative unit or settlement before "of" that say what the name after it is ("county
    of", "province of", "city of"), as token tuples: the resolver's feature cues before a name."""
    from eventwire.knowledge.gazetteer import _load_rules

    return frozenset(tuple(cue.split()) for cue in _load_rules()["feature_cues_before"] if cue.endswith(" of"))


def _name_after_unit_of(doc, s_tok: int, e_tok: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The token range of the name in an entity made of a unit's formal title and the name ("The County of Brant",
    "the Province of Limpopo"), when the whole is no name the gazetteer knows and the name after "of" is one it
    knows by its own or official name; else None."""
    k = s_tok + 1 if doc[s_tok].lower_ == "the" else s_tok
    if k + 2 >= e_tok or gaz.candidates(clean_text(doc[s_tok:e_tok].text), fuzzy=False):
        return None
    for phrase in _unit_of_phrases():
        end = k + len(phrase)
        if end < e_tok and tuple(t.lower_ for t in doc[k:end]) == phrase:
            if any(c.kind <= OFFICIAL for c in gaz.candidates(clean_text(doc[end:e_tok].text), fuzzy=False)):
                return end, e_tok
            return None
    return None


def _name_cut_after_of(doc, s_tok: int, e_tok: int, taken: list[bool], gaz: Gazetteer) -> tuple[int, int] | None:
    """The token range of a place whose name spaCy cut after "of" or "of the" ("the Democratic Republic of the" |
    "Congo"), when tokens [s_tok, e_tok) end so and the name with up to three capitalised words after it is a
    country or region the gazetteer knows by that very name."""
    if e_tok >= len(doc) or doc[e_tok - 1].lower_ not in ("of", "the") or not doc[e_tok].text[:1].isupper():
        return None
    while s_tok < e_tok and doc[s_tok].lower_ in ("the", "a", "an"):
        s_tok += 1
    for size in range(min(3, len(doc) - e_tok), 0, -1):
        end = e_tok + size
        if any(taken[e_tok:end]) or not doc[end - 1].text[:1].isupper():
            continue
        if any(c.kind <= OFFICIAL and c.entry.feature in _AREA_FEATURES
               for c in gaz.candidates(clean_text(doc[s_tok:end].text), fuzzy=False)):
            return s_tok, end
    return None


@lru_cache(maxsize=1)
def _settlement_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cue phrases by their last word (the word right before the name), so most tokens cost one lookup."""
    from eventwire.knowledge.gazetteer import _load_rules

    by_last: dict[str, list[tuple[str, ...]]] = {}
    for cue in _load_rules()["settlement_cues"]:
        words = tuple(cue.split())
        by_last.setdefault(words[-1], []).append(words)
    return {last: tuple(cues) for last, cues in by_last.items()}


@lru_cache(maxsize=1)
def _plural_features() -> dict[str, str]:
    """Plural feature words and the feature they give the names listed with them ("counties": admin2)."""
    from eventwire.knowledge.gazetteer import _load_rules

    return {w: f for w, f in _load_rules()["feature_cues_plural"].items() if not w.startswith("_")}


_ITEM_JOINERS = frozenset({",", "and", "or", "&"})


def _plural_feature_items(doc) -> list[tuple[int, int, str]]:
    """(start, end, feature) token ranges of the names listed right before a plural feature word ("Barrow, Jackson
    and Madison counties") or right after one and "of" ("the provinces of Nyanza, Rift Valley and Western"). An
    item is a run of at most three capitalised words."""
    def run_back(e: int) -> int:
        s = e
        while s > 0 and s > e - 3 and doc[s - 1].is_alpha and doc[s - 1].text[:1].isupper():
            s -= 1
        return s

    def run_forward(s: int) -> int:
        e = s
        while e < len(doc) and e < s + 3 and doc[e].is_alpha and doc[e].text[:1].isupper():
            e += 1
            if e > s and e + 1 < len(doc) and doc[e].text in load_place_cues().name_particles and \
                    doc[e + 1].is_alpha and doc[e + 1].text[:1].isupper():
                e += 1  # "the villages of Ponte de Sus and ...": a particle inside one name
        return e

    items: list[tuple[int, int, str]] = []
    for k, tok in enumerate(doc):
        feature = _plural_features().get(tok.lower_)
        if feature is None or not tok.text.islower():
            continue
        e = k
        while (s := run_back(e)) < e:
            items.append((s, e, feature))
            j = s - 1
            if j < 1 or doc[j].lower_ not in _ITEM_JOINERS:
                break
            if doc[j].lower_ in ("and", "or", "&") and doc[j - 1].text == ",":
                j -= 1
            e = j
        if k + 2 < len(doc) and doc[k + 1].lower_ == "of":
            s = k + 2 + (doc[k + 2].lower_ == "the")
            while (e := run_forward(s)) > s:
                items.append((s, e, feature))
                j = e
                if j >= len(doc) or doc[j].lower_ not in _ITEM_JOINERS:
                    break
                if doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or", "&"):
                    j += 1
                s = j + 1
    return items


def _appositive_settlements(doc) -> list[tuple[int, int]]:
    """Token ranges of names (up to three capitalised words) in apposition with a noun for a settlement: ", a (small)
    (farming) town in ...", ", a suburb located east of ...", ", the island closest to Tunisia". The noun must end its
    phrase (a preposition, "located", a superlative or punctuation after it), so "Smith, a town councillor" names no
    town."""
    cues = load_place_cues()
    out = []
    for k in range(1, len(doc) - 3):
        if doc[k].text != "," or not doc[k - 1].text[:1].isupper() or doc[k + 1].lower_ not in ("a", "an", "the"):
            continue
        j = k + 2
        while j < len(doc) and j < k + 5 and (doc[j].text.islower() or doc[j].ent_type_ == "NORP") and \
                doc[j].lower_ not in cues.settlement_nouns:
            j += 1  # "a small farming town", "a small Italian island"
        if j + 1 >= len(doc) or doc[j].lower_ not in cues.settlement_nouns:
            continue
        after = doc[j + 1]
        # a superlative or a direction places the noun by its neighbour ("the island closest to Tunisia", "a town
        # north of Kabul")
        if not (after.is_punct or after.lower_ in LOCATIVE or after.lower_ in cues.settlement_noun_followers or
                after.tag_ == "JJS" or after.lower_ in cues.direction_words):
            continue
        s = k - 1
        while s > 0 and s > k - 3 and doc[s - 1].is_alpha and doc[s - 1].text[:1].isupper() and \
                not doc[s - 1].is_sent_start:
            s -= 1
        if all(t.is_alpha and t.text[:1].isupper() for t in doc[s:k]):
            out.append((s, k))
    return out


def _settlement_cue(doc, i: int) -> bool:
    """Whether token i follows a phrase that introduces a settlement by name ("the village of", "a town called")."""
    if i < 1:
        return False
    for cue in _settlement_cues().get(doc[i - 1].lower_, ()):
        k = len(cue)
        if i >= k and tuple(t.lower_ for t in doc[i - k:i]) == cue:
            return True
    return False


@lru_cache(maxsize=1)
def _feature_words() -> frozenset[str]:
    """Words for a kind of place that may follow its name ("province", "county", "region", "river")."""
    from eventwire.knowledge.gazetteer import _load_rules

    return frozenset(_load_rules()["feature_cues_after"])


def _titled_subdivision(doc, s_tok: int, e_tok: int, gaz: Gazetteer) -> bool:
    """Whether tokens s_tok..e_tok are a subdivision's name followed by its capitalised title ("Rakhine State",
    "Ayeyarwady Region", "Kasese District"): the last word is a title of a first- or second-level division
    (`feature_cues_after`), every word before it is capitalised, and they name such a division in the gazetteer."""
    from eventwire.knowledge.gazetteer import _load_rules

    if e_tok - s_tok < 2 or not doc[e_tok - 1].text[:1].isupper() or \
            _load_rules()["feature_cues_after"].get(doc[e_tok - 1].lower_) not in ("admin1", "admin2"):
        return False
    if e_tok < len(doc) and doc[e_tok].text[:1].isupper() and doc[e_tok].is_alpha:
        return False  # "Kano State Ministry", "Ohio State University": the title opens a longer name
    name = doc[s_tok:e_tok - 1]
    if not all(t.text[:1].isupper() or t.text == "-" for t in name):
        return False
    return any(c.kind <= ALTERNATE and c.entry.feature in ("admin1", "admin2")
               for c in gaz.candidates(clean_text(name.text), fuzzy=False))


@lru_cache(maxsize=1)
def _feature_nouns() -> frozenset[str]:
    from eventwire.knowledge.gazetteer import _load_rules

    rules = _load_rules()
    return frozenset(w for w in rules["feature_cues_after"] if rules["feature_cues_after"][w] != "water")


def _typed_by_feature_word(doc, e_tok: int, cands: list) -> bool:
    """Whether a lower-case feature word after the name gives it a subdivision's kind that one of the candidates has
    ("Gezira state", "Kassala province", "Mandera county", "the Tigray regional capital"): the name is that
    subdivision, whatever spaCy called it. Either level will do: what a country calls a province or a district is a
    first-level unit in one gazetteer and a second-level one in another ("Kie-Ntem province", "Mubende district")."""
    if e_tok >= len(doc) or not doc[e_tok].is_lower:
        return False
    from eventwire.knowledge.gazetteer import _load_rules

    word = doc[e_tok].lower_
    kind = _load_rules()["feature_cues_after"].get(word) or load_place_cues().feature_adjectives.get(word)
    return kind in ("admin1", "admin2") and any(c.entry.feature in ("admin1", "admin2") for c in cands)


def _provincial_capitals(cands) -> list:
    """Cities big enough to give their name to the province around them ("Hodeidah", "Marib"), spelt as the
    gazetteer spells them or without their article ("Al Hudaydah"), passed as that province for
    `_typed_by_feature_word`: the resolver finds the province named for the city."""
    return [replace(c, entry=replace(c.entry, feature="admin1")) for c in cands
            if c.kind <= STRIPPED and c.entry.feature == "city" and c.entry.population >= PROVINCE_CAPITAL_POPULATION]


def _coordinated(doc, s_tok: int, e_tok: int, taken: list[bool]) -> bool:
    """Whether tokens [s_tok, e_tok) are an item of a list ("A, B and C") next to an item already taken as a place."""
    j = s_tok - 1
    if j >= 1 and (doc[j].text == "," or doc[j].lower_ in ("and", "or")):
        k = j - 1
        if doc[k].text == "," and k >= 1:
            k -= 1
        if taken[k] and doc[k].text[:1].isalpha():
            return True
    j = e_tok
    if j + 1 < len(doc) and (doc[j].text == "," or doc[j].lower_ in ("and", "or")):
        k = j + 1
        if doc[k].lower_ in ("and", "or") and k + 1 < len(doc):
            k += 1
        if taken[k] and doc[k].text[:1].isalpha():
            return True
    return False


@lru_cache(maxsize=1)
def _person_only_verbs() -> frozenset[str]:
    """Verbs whose subject is a person or a body, never a town: the quotes stage's speech verbs ("said", "called")
    and the actors lexicon's `person_verbs` ("met", "signed")."""
    from eventwire.knowledge.actors import load_kb
    from eventwire.knowledge.cues import load_quote_cues

    return frozenset(load_quote_cues().speech_verbs) | frozenset(load_kb().lexicon.person_verbs)


def _acts_as_person(doc, s_tok: int, e_tok: int) -> bool:
    """The span is the active subject of a verb only people and bodies do ("Iraq's Sadr called for calm")."""
    root = doc[s_tok:e_tok].root
    return root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and \
        root.head.lemma_.lower() in _person_only_verbs()


@lru_cache(maxsize=4096)
def _known_person_name(surface: str) -> bool:
    """The actors' knowledge base holds a person known by this name ("Sadr", "Buhari")."""
    from eventwire.knowledge.actors import load_kb

    kb = load_kb()
    ids = kb.alias_index.get(surface.lower(), []) + kb.weak_alias_index.get(surface.lower(), [])
    return any(kb.entries[i].kind == "person" for i in ids if i in kb.entries)


def _state_owned_towns(doc, gaz: Gazetteer) -> Iterator[tuple[int, int, int, int]]:
    """(owner start, owner end, name start, name end) for a capitalised name after a country's possessive that the
    gazetteer holds as a settlement or province of that very country ("Ruritania's Dornveld"): the possessive is
    a container cue like "Dornveld, Ruritania", whatever label spaCy gave either name. A name acting as only a person
    does ("Iraq's Sadr said") is that country's person, not a town spelt like him."""
    n = len(doc)
    for k in range(1, n - 1):
        if doc[k].text not in ("'s", "’s"):
            continue
        owner = None
        for size in (3, 2, 1):
            o_s = k - size
            if o_s < 0 or not all(t.text[:1].isupper() for t in doc[o_s:k]):
                continue
            countries = [c.entry for c in gaz.candidates(clean_text(doc[o_s:k].text), fuzzy=False)
                         if c.kind <= OFFICIAL and c.entry.feature == "country"]
            if countries:
                owner = (o_s, countries)
                break
        if owner is None:
            continue
        # the whole capitalised run after the possessive ("Iraq's Basra Oil Company" names a firm, not Basra)
        e = k + 1
        while e < n and doc[e].is_alpha and doc[e].text[:1].isupper() and not doc[e].is_stop:
            e += 1
        if e == k + 1 or e - k - 1 > 3 or _acts_as_person(doc, k + 1, e):
            continue
        surface = clean_text(doc[k + 1:e].text)
        if any(c.kind <= OFFICIAL and c.entry.feature in ("city", "admin1", "admin2") and
               any(c.entry.country == box.country for box in owner[1])
               for c in gaz.candidates(surface, fuzzy=False)):
            yield owner[0], k, k + 1, e


def _contained(doc, e_tok: int, cands: list, found: list[Found], gaz: Gazetteer, *, after_in: bool = False) -> list:
    """Candidates that lie in the state or country named right after ", " ("Reston, Virginia"): a settlement the
    text places in its region is a place even when it is small or spaCy gave it another label. With `after_in`, a
    state or country after "in" is such a container too ("Genoa in Italy's north")."""
    if e_tok + 1 >= len(doc) or not cands or not (doc[e_tok].text == "," or (after_in and doc[e_tok].lower_ == "in")):
        return []
    at = doc[_after_capital_of(doc, e_tok + 1) if doc[e_tok].text == "," else e_tok + 1].idx
    box = next((f for f in found if f.start == at), None)
    if box is None:
        return []
    boxes = [c.entry for c in gaz.candidates(clean_text(doc.text[box.start:box.end]), fuzzy=False)
             if c.entry.feature in ("country", "admin1") and c.kind != DEMONYM]
    return [c for c in cands if c.entry.feature in ("city", "admin2") and any(
        (b.feature == "country" and c.entry.country == b.country) or
        (b.feature == "admin1" and c.entry.admin1_id == b.id) for b in boxes)]


def _after_capital_of(doc, k: int) -> int:
    """The token after "(the) (provincial) capital of" opening at token k ("Wad Madani, capital of Gezira state"):
    the province or country the appositive names the town the capital of; k itself when no such phrase opens there."""
    j = k + (k < len(doc) and doc[k].lower_ in ("the", "a"))
    if j + 1 < len(doc) and doc[j].is_lower and doc[j].tag_ == "JJ":
        j += 1  # "the provincial capital of"
    if j + 2 < len(doc) and doc[j].lower_ in load_place_cues().capital_nouns and doc[j + 1].lower_ == "of":
        return j + 2
    return k


@lru_cache(maxsize=1)
def _media_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from eventwire.knowledge.gazetteer import _load_rules

    rules = _load_rules()["media_names"]
    return frozenset(rules["heads"]), frozenset(rules["fillers"]), frozenset(rules["before"])


def _in_media_name(doc, s_tok: int, e_tok: int) -> bool:
    """Whether tokens [s_tok, e_tok) name the home of a news outlet inside the outlet's name: a capitalised media
    head after it ("Washington Post", "Bucharest Daily News", "Kenya Broadcasting Corporation") or an outlet word
    before it ("Voice of America", "Agence France-Presse")."""
    heads, fillers, before = _media_words()
    i = e_tok
    while i < len(doc) and i < e_tok + 3 and doc[i].text[:1].isupper():
        word = doc[i].lower_
        if word in heads:
            return True
        if word not in fillers:
            break
        i += 1
    if e_tok < len(doc) and doc[e_tok].text in ("-", "–") and e_tok + 1 < len(doc) and \
            doc[e_tok + 1].lower_ in heads:
        return True  # "France-Presse"
    prev = " ".join(t.lower_ for t in doc[max(0, s_tok - 2):s_tok])
    return any(prev == b or prev.endswith(" " + b) for b in before)


def _embedded(doc, start: int, end: int, gaz: Gazetteer, add, lower_words: set[str]) -> None:
    """Well-known places inside an organisation's name ("Conference Board of Canada", "Edmonton Police"). A single
    word the text also uses in lower case is a common word capitalised in a title ("The Fish Man", "Metro
    Police", "Shaping the Future"), not the town spelt like it."""
    i = start
    while i < end:
        hit = False
        for size in range(min(3, end - i), 0, -1):
            span = doc[i:i + size]
            if not span[0].text[:1].isupper() or not span[-1].text[:1].isupper():
                continue
            if size == 1 and span[0].lower_ in lower_words:
                continue
            words = [t.lower_ for t in span if t.lower_ != "the"]
            if len(words) == 1 and words[0] in load_place_cues().natural_feature_words:
                continue  # "The Coast Guard", "Valley Health": a word for a feature capitalised in a name, no region
            if _hyphenated_to_a_name(doc, i, i + size, gaz):
                continue  # "Ann-Christin Nykvist", "Mahidol-Oxford Programme": part of a compound name
            if i > start and doc[i - 1].lower_ in load_place_cues().name_particles and doc[i - 1].text.islower():
                continue  # "Ceamurlia de Jos", "Villa del Rosario": the tail of a longer name
            if i - 2 >= start and doc[i - 1].text in _POSSESSIVES and doc[i - 2].text[:1].isupper() and \
                    not doc[i - 2].whitespace_:
                continue  # "People's Republic of China": not Taiwan's "Republic of China", but a longer name
            cands = [c for c in gaz.candidates(span.text, fuzzy=False) if c.kind <= 1]
            if _tail_of_a_name(doc, i, start, cands):
                continue  # "Tin Man", "the Free Enterprise Award": a word of the name, not a town
            if _strong(cands, 100_000, span.text):
                add(i, i + size, "GAZ:emb")
                i += size
                hit = True
                break
        if not hit:
            i += 1


def _placed_after(doc, end: int) -> str | None:
    """The place a name is said to be in right after it ("Providence Sacred Heart Medical Center in Spokane",
    "St. Mary's Hospital, Ohio"): the text of the GPE or LOC entity after "in", "at" or a comma, else None."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("in", "at", ","):
        return None
    nxt = doc[end + 1]
    if nxt.ent_type_ not in ("GPE", "LOC") or nxt.ent_iob_ != "B":
        return None
    j = end + 2
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return doc[end + 1:j].text


def _town_outside(gaz: Gazetteer, name: str, placed: str) -> bool:
    """Whether `name`, a town inside an organisation's name, is only a town that lies outside `placed`, the place the
    text puts the organisation in ("Providence Sacred Heart Medical Center in Spokane": the hospital bears the name
    of no Providence there; not "Boston Children's Hospital in Massachusetts", whose Boston lies there). A country,
    province or region keeps its sense ("Kenya Red Cross in Nairobi")."""
    cands = [c for c in gaz.candidates(name, fuzzy=False) if c.kind <= 1]
    if not cands or any(c.entry.feature != "city" for c in cands):
        return False
    if norm(name) == norm(placed):
        return False
    around = [c.entry for c in gaz.candidates(placed, fuzzy=False) if c.kind <= 1]
    if not around:
        return False
    for c in cands:
        e = c.entry
        for a in around:
            if a.feature == "country" and e.country3 == a.country3:
                return False
            if a.feature == "admin1" and e.admin1_id is not None and e.admin1_id == a.admin1_id:
                return False
            if a.feature in ("admin2", "city") and haversine_km(e.lat, e.lon, a.lat, a.lon) <= 50:
                return False
    return True


def _people_opening_a_movement(doc, start: int, end: int, name_start: int, gaz: Gazetteer) -> bool:
    """Whether a town opening an organisation's name is there the name of a people whose movement the name is ("the
    Karen National Union", "the Oromo Liberation Front"): the word after it is one such names go on with
    (`people_movement_words`). A country, province or region (not a county) keeps its sense there ("Sudan People's
    Liberation Army", "Kachin Independence Army")."""
    while name_start < start and doc[name_start].lower_ in ("the", "a", "an"):
        name_start += 1
    if start != name_start or end >= len(doc) or doc[end].lower_ not in load_place_cues().people_movement_words:
        return False
    cands = [c for c in gaz.candidates(doc[start:end].text, fuzzy=False) if c.kind <= 1]
    return bool(cands) and all(c.entry.feature in ("city", "admin2") for c in cands)


def _tail_of_a_name(doc, i: int, start: int, cands: list) -> bool:
    """Whether a name found at token i inside a longer name that opens at `start` only ends or continues it after
    another capitalised word ("Tin Man", "the Free Enterprise Award", "Marta Jackson Hall"), rather than naming a
    place there. A country, a province, a county or a region keeps its sense even so ("Visit Sweden"), as does a big
    city ("Expo Lima"); a word for a direction before the name makes no name of its own ("West Kansas")."""
    if i <= start or not (doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()) or \
            doc[i - 1].lower_ in load_place_cues().direction_words:
        return False
    return not any(c.entry.feature in ("country", "admin1", "admin2", "region") or
                   c.entry.population >= TAIL_CITY_FLOOR for c in cands)


@lru_cache(maxsize=1)
def _own_place_words() -> frozenset[str]:
    """Words that make a name the name of a place of its own: a street, a park, a lake, a hotel ("Memphis St.",
    "Roanoke Park", "Lake Vermont", "Tennessee Colony", "Yokohama Japanese Restaurant")."""
    from eventwire.knowledge.gazetteer import _load_rules

    rules = _load_rules()
    return frozenset(rules["street_words"]) | frozenset(rules["landmark_words"]) | frozenset(
        w for w in rules["facility_words"] if " " not in w) | load_place_cues().natural_feature_words


def _fronted_place_before_subject(doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether an entity the gazetteer lacks as a whole opens a sentence after a preposition of place and runs straight
    into a finite verb ("In the Sahel World Vision said", "Across the Caucasus Memorial reported"): a fronted place
    and the subject after it, which spaCy merged into one name."""
    if start < 1 or end >= len(doc) or end - start < 2 or not doc[start - 1].is_sent_start or \
            doc[start - 1].lower_ not in LOCATIVE or doc[end].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    return not gaz.candidates(clean_text(doc[start:end].text), fuzzy=False)


def _place_opening_a_name(doc, start: int, end: int, gaz: Gazetteer, add, lower_words: set[str]) -> None:
    """A well-known place that opens a longer name spaCy calls a place and the gazetteer lacks, the rest naming
    something of that place ("Santa Ana City Council", "South Asia Earthquake", "Orange County Sanitation
    District"). Not when the name is a place of its own (a street, park, lake: "Roanoke Park", "Lake Vermont"), nor
    when the rest is itself a place ("Far North Queensland"): the whole then names a part of it."""
    s_tok = start
    # an article or a lower-case word before the name is no part of it ("southern Africa", "the Caspian Sea coast")
    while s_tok < end and (doc[s_tok].lower_ in ("the", "a", "an") or doc[s_tok].text.islower()):
        s_tok += 1
    # only a capitalised word makes a name a place of its own: "Gold Coast", not "the Caspian Sea coast"
    if any(t.lower_.rstrip(".") in _own_place_words() for t in doc[s_tok:end] if not t.text.islower()):
        return
    hits: list[tuple[int, int, str]] = []
    _embedded(doc, s_tok, end, gaz, lambda a, b, label: hits.append((a, b, label)), lower_words)
    directions = load_place_cues().direction_words
    if not hits or hits[0][0] != s_tok or (hits[0][1] - s_tok == 1 and doc[s_tok].lower_ in directions):
        # nor is a word for a direction, unless it is part of the place's own name ("Southwest Missouri", "East
        # Berlin"; but "West Virginia Republican Party", "South Asia Relief Fund" open with a place)
        d_tok = s_tok
        while d_tok < end - 1 and doc[d_tok].lower_ in directions:
            d_tok += 1
        if d_tok == s_tok:
            return
        hits = []
        _embedded(doc, d_tok, end, gaz, lambda a, b, label: hits.append((a, b, label)), lower_words)
        if not hits or hits[0][0] != d_tok:
            return
    a, b, label = hits[0]
    rest = doc[b:end]
    if b < end and doc[b].text[:1].isupper() and any(
            c.kind <= 1 for c in gaz.candidates(clean_text(rest.text), fuzzy=False)):
        return
    add(a, b, label)


# ---------------------------------------------------------------------------------------------- the stage

def analyse_places(analysis: Analysis, gaz: Gazetteer, resolver: Resolver, site_heads: list[list[str]]) -> dict:
    text = analysis.text
    found = recognise(analysis, gaz, site_heads)
    mentions: list[Mention] = []
    owners: list[Found] = []
    facs: list[Found] = []
    for f in found:
        if f.label in (SITE, NATURAL_SITE, AREA_SITE):
            facs.append(f)  # a landmark the gazetteer lacks: no guess at a namesake spelt nearly so
            continue
        m = resolver.prepare(text, f.start, f.end, allow_demonyms=f.label in (BACKING, SOVEREIGN_SPACE))
        if m.candidates:
            mentions.append(m)
            owners.append(f)
        elif f.label in ("FAC", "CUE", "GPE", "LOC", SITE):
            # a name spaCy calls a place that only the recogniser's wider lookup knows ("Greenlane, Auckland"): a
            # place located, like a settlement cue's, by the settlement its sentence names
            facs.append(f)
    picks = resolver.resolve(text, mentions)
    # a facility whose name opens with a country's, a province's or a region's and ends in a site noun ("Lebanon
    # Valley Mall", "Georgia State Prison"): a building, not that area; like a landmark the gazetteer lacks, it is
    # kept only where its sentence names the settlement it lies in. (Not a movement or a body, "the Sudan People's
    # Liberation Army": the country opening its name counts as a place.)
    site_nouns = {h[-1] for h in site_heads} | {h[-1] + "s" for h in site_heads}
    for k, (m, f, e) in enumerate(zip(mentions, owners, picks)):
        if e is not None and m.inner and f.label == "FAC" and e.feature in _AREA_FEATURES and \
                text[f.start:f.end].split()[-1].lower() in site_nouns:
            picks[k] = None
            facs.append(f)
    # a name the text introduces as a settlement ("the villages of A, B and C") whose gazetteer namesakes all lost:
    # a settlement of its own, located like one the gazetteer lacks (not a mountain or a lake: "Mount X" lies
    # outside the towns its sentence names)
    facs += [f for f, e in zip(owners, picks) if e is None and f.label == "CUE" and
             not any(w.lower() in _own_place_words() for w in text[f.start:f.end].split())]
    doc = analysis.doc

    places: dict[str, Place] = {}
    by_entry: dict[int, str] = {}
    mention_rows: list[tuple[int, int, str]] = []
    capitals: set[str] = set()

    def place_for_entry(e: Entry) -> Place:
        pid = by_entry.get(e.id)
        if pid is None:
            pid = by_entry[e.id] = f"P{len(places) + 1}"
            if e.code == "PPLC":
                capitals.add(pid)
            places[pid] = Place(id=pid, name=e.name, feature=e.feature, country=e.country3, admin1=e.admin1,
                                lat=round(e.lat, 5), lon=round(e.lon, 5), geonames_id=e.geonames_id,
                                resolution=e.resolution)
        return places[pid]

    site_ids: dict[str, str] = {}

    def site_place(name: str, base: Entry) -> Place:
        key = norm(name)
        pid = site_ids.get(key)
        if pid is None:
            pid = site_ids[key] = f"P{len(places) + 1}"
            places[pid] = Place(id=pid, name=name, feature="site", country=base.country3,
                                admin1=base.admin1, lat=round(base.lat, 5), lon=round(base.lon, 5), geonames_id=None,
                                resolution=5)
        return places[pid]

    resolved: list[tuple[int, int, Entry]] = []
    # a country named as a backer ("Russian-backed separatists") is a place of the record, but it does not say where
    # an event happens nor what the document is about: place_for and the focus leave it out
    backers = {(f.start, f.end) for f in owners if f.label == BACKING}
    for m, e in zip(mentions, picks):
        if e is None:
            continue
        start, end = m.start, m.end
        if (start, end) in backers:
            place_for_entry(e).mentions.append(Span(start=start, end=end, text=text[start:end]))
            continue
        site_end = _site_extension(doc, end, site_heads) if e.feature == "city" else None
        if site_end is not None:
            name = text[start:site_end]
            p = site_place(name, e)
            p.mentions.append(Span(start=start, end=site_end, text=name))
            mention_rows.append((start, site_end, p.id))
        else:
            p = place_for_entry(e)
            p.mentions.append(Span(start=start, end=end, text=text[start:end]))
            mention_rows.append((start, end, p.id))
        resolved.append((start, end, e))
    # where a dateline opening the text ends (0 without one): its settlement locates a landmark in a sentence
    # naming none
    filed_start, filed_end = _filed_from(doc, text)
    # the town the story is about (its focus when that is a settlement): where a settlement it names without
    # locating it lies
    # (not the dateline's alone: "GENEVA - ... shelled villages near the town of X" is filed from the talks' venue)
    # (nor a town named only as where a speaker spoke: "told reporters in Geneva" says nothing of the story's town)
    story = [(s, en, e) for s, en, e in resolved if not _where_words_were_spoken(doc, s)]
    settled_focus = focus_entry([e for s, _, e in story if not filed_start <= s < filed_end])
    if settled_focus is not None and settled_focus.feature not in SETTLED_FOCUS_FEATURES:
        settled_focus = None
    # facilities named without a settlement: attach to the nearest settlement in the same sentence
    for f in facs:
        if f.label == "FAC" and not _placed_by_preposition(doc, f.start):
            continue  # "Notre Dame won", "the Millennium Hotel": a team or a business, not where something is
        sent = _sentence_bounds(doc, f.start)
        # (the dateline's town is where the story is filed, not a town of its first sentence: "ADDIS ABABA - ...
        # troops moved towards the border town of X" puts X nowhere near the capital)
        near = [(abs(s - f.start), e) for s, en, e in resolved
                if sent[0] <= s < sent[1] and not (filed_start <= s < filed_end <= f.start)
                and (e.feature in ("city", "admin2") or (
                    f.label in ("CUE", "GPE", "LOC", AREA_SITE) and e.feature == "admin1" and s > f.start))]
        if f.label == NATURAL_SITE:
            # a valley or a river lies in a region as often as in a town: the nearest place its sentence names
            near = [(abs(s - f.start), e) for s, en, e in resolved if sent[0] <= s < sent[1]]
        if not near and f.label in (SITE, NATURAL_SITE):
            # a landmark in a sentence that names no settlement ("ENERHODAR (AP) — Shells hit the X nuclear plant"):
            # the settlement of the dateline the story is filed from
            near = [(0, e) for s, en, e in resolved if filed_start <= s < filed_end and e.feature == "city"][:1]
        if not near and f.label == "CUE" and settled_focus is not None and \
                (first := doc.char_span(f.start, f.end, alignment_mode="expand")) is not None and \
                _settlement_cue(doc, first.start) and not any(
                    sent[0] <= s < sent[1] and e.country != settled_focus.country for s, en, e in resolved):
            # "the town of X" in a sentence naming no other place, X unknown to the gazetteer: a settlement of
            # the story's own area, located at the town the story is about (a local story names its small towns
            # around it); not when its sentence names a country abroad ("Kenya accused Somalia of massing troops
            # near the town of X" may put X on either side of the border, far from the town the story is filed from)
            near = [(0, settled_focus)]
        if not near:
            continue
        base = min(near, key=lambda x: x[0])[1]
        f_end = f.end
        if f.label == SITE:
            f_end = _site_extension(doc, f.end, site_heads) or f.end  # the name with its site noun
        elif f.label == NATURAL_SITE:
            word = _first_token_from(doc, f.end)  # the name with its feature word
            f_end = word.idx + len(word) if word is not None else f.end
        name = text[f.start:f_end]
        p = site_place(name, base)
        p.mentions.append(Span(start=f.start, end=f_end, text=name))
        mention_rows.append((f.start, f_end, p.id))

    mention_rows.sort()
    dateline = None
    dateline_start = dateline_end = 0
    head, filed = _dateline_match(doc, text)
    if head:
        inside = [(s, pid) for s, e, pid in mention_rows if e <= head.end(1) + 1]
        if inside:
            dateline = inside[0][1]
            dateline_end = head.end()
    elif filed:
        inside = [(s, pid) for s, e, pid in mention_rows if filed[0] <= s and e <= filed[1]]
        if inside:
            dateline = inside[0][1]
            dateline_start, dateline_end = filed
    focus = focus_entry([e for _, _, e in story])
    # "in the capital": the capital city of the focus place's country, named or not. A row for place_for only: "the
    # capital" is no name (the geoparsing sets mark none), so the place, when the text names it nowhere, has none.
    spans = _capital_mentions(doc) if focus is not None and doc is not None else []
    if spans:
        capital = next((e for _, _, e in resolved if e.code == "PPLC" and e.country == focus.country), None) \
            or _capital_of(gaz, focus.country)
        if capital is not None:
            for start, end in spans:
                mention_rows.append((start, end, place_for_entry(capital).id))
            mention_rows.sort()
    # where the events whose own sentences name no place happened (the dateline says so when there is one)
    # a report filed from a hub abroad ("BANGKOK (Reuters) - Myanmar's military ..."): the dateline's country is
    # named nowhere in the story, whose places lie in another: the dateline says where the reporter sat, not where
    # the events whose sentences name no place happened
    filed_abroad = False
    story_entries = [e for _, _, e in story]
    if dateline is not None and places[dateline].country:
        body = [places[pid].country for s, e, pid in mention_rows if not dateline_start <= s < dateline_end]
        # (one other country, named twice or more: a passing mention of a place abroad, or the parties or
        # destinations "between Ethiopia and Eritrea", "to Honduras and Guatemala", do not make the story foreign)
        filed_abroad = places[dateline].country not in body and len(set(body)) == 1 and None not in body \
            and len(body) >= 2
        if filed_abroad:
            story_entries = [e for e in story_entries if e.country3 != places[dateline].country]
            focus = focus_entry(story_entries) or focus
    event_focus = None
    if (dateline is None or filed_abroad) and focus is not None:
        event_focus = event_focus_entry(story_entries, _named_in_headline(analysis.article.title, text, resolved))
        if event_focus is None:
            # a town named once in a text that names neither its province nor its country: the country it lies
            # in, a place of the record without a mention of its own (like an unnamed "the capital" above)
            event_focus = gaz.country(focus.country) if focus.country else None
    event_focus_id = place_for_entry(event_focus).id if event_focus else None  # (before the places are listed)
    return {"places": list(places.values()), "mentions": mention_rows, "dateline": dateline,
            "dateline_start": dateline_start, "dateline_end": dateline_end, "filed_abroad": filed_abroad,
            "focus": by_entry.get(focus.id) if focus else None, "event_focus": event_focus_id,
            "capitals": frozenset(capitals)}


def _named_in_headline(title: str | None, text: str, resolved: list[tuple[int, int, Entry]]) -> list[Entry]:
    """The places the headline names: those mentioned within it when the text opens with it, else those whose
    mention in the text the separate headline spells as a whole word ("Rome mayor's aide arrested")."""
    if not title:
        return []
    if text.startswith(title):
        return [e for s, _, e in resolved if s < len(title)]
    return [e for s, end, e in resolved if re.search(rf"(?<!\w){re.escape(text[s:end])}(?!\w)", title)]


def _capital_mentions(doc) -> list[tuple[int, int]]:
    """Character ranges of a definite "the capital" with no name of its own that says where ("fighting in the
    capital", "rebels seized the capital"; not "the capital, Bamako", "the capital of X", "raise capital")."""
    cues = load_place_cues()
    found = []
    for tok in doc:
        if tok.lower_ not in cues.capital_nouns or tok.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if any(c.dep_ in ("compound", "appos", "prep", "amod", "poss") or c.pos_ == "PROPN" for c in tok.children):
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].pos_ == "PROPN":
            continue  # "the capital, Bamako": the name follows
        placed = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE
        taken = tok.dep_ == "dobj" and tok.head.lemma_.lower() in (cues.place_pronoun_verbs | cues.place_object_verbs)
        if placed or taken:
            found.append((tok.idx, tok.idx + len(tok)))
    return found


def _capital_of(gaz: Gazetteer, iso2: str | None) -> Entry | None:
    """The gazetteer's capital city (feature code PPLC) of a country, the most populous if it lists several."""
    if not iso2:
        return None
    return gaz.capital(iso2)


# a headline run into the text is at most this long before the dateline that follows it
HEADLINE_MAX_CHARS = 200


def _dateline_after_headline(doc, text: str) -> tuple[int, int] | None:
    """(start, end) of an upper-case wire dateline opening the second sentence, after a short first sentence that is
    the headline ("Floods cut roads. KANDY, Sri Lanka (AP) - ..."), or None."""
    if doc is None or not doc.has_annotation("SENT_START"):
        return None
    sents = iter(doc.sents)
    first = next(sents, None)
    second = next(sents, None)
    if first is None or second is None or first.end_char > HEADLINE_MAX_CHARS:
        return None
    start = second.start_char
    found = DATELINE.match(text[start:start + 160])
    if not found or not text[start:start + 1].isupper() or not text[start + 1:start + 3].isupper():
        return None
    return start, start + found.end()


def _placed_by_preposition(doc, start: int) -> bool:
    """Whether the span starting at character `start` follows a preposition of place, with or without an article
    ("at the Barclays Center", "on Hampton Avenue", "in Muswell Hill")."""
    if doc is None:
        return True
    first = _first_token_from(doc, start)
    if first is None:
        return True
    k = first.i - 1
    if k >= 0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    return k >= 0 and (doc[k].lower_ in LOCATIVE or doc[k].lower_ in load_place_cues().site_prepositions or
                       doc[k].text == ",") and doc[k].lower_ != "of"


def _token_starts(doc) -> list[int]:
    """The character offset of each token, worked out once per document (walking a long Doc's tokens is slow)."""
    starts = doc.user_data.get("places_token_starts")
    if starts is None:
        from spacy.attrs import IDX

        starts = doc.user_data["places_token_starts"] = doc.to_array([IDX]).tolist()
    return starts


def _first_token_from(doc, offset: int):
    """The first token starting at or after character `offset`, None past the end."""
    i = bisect.bisect_left(_token_starts(doc), offset)
    return doc[i] if i < len(doc) else None


def _token_at(doc, offset: int):
    """The token holding character `offset`, else the first one after it; None past the end."""
    starts = _token_starts(doc)
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < starts[i] + len(doc[i]):
        return doc[i]
    return doc[i + 1] if i + 1 < len(doc) else None


def _site_extension(doc, end: int, site_heads: list[list[str]]) -> int | None:
    """End offset of "<place> nuclear plant" style sites starting at a place mention ending at `end`."""
    if doc is None:
        return None
    idx = bisect.bisect_left(_token_starts(doc), end)  # the first token at or after `end`
    if idx >= len(doc):
        return None
    for head in site_heads:
        if idx + len(head) <= len(doc):
            words = [t.lower_ for t in doc[idx:idx + len(head)]]
            # the plural names sites of the place too ("the Dadaab camps")
            if words[:-1] == head[:-1] and words[-1] in (head[-1], head[-1] + "s"):
                last = doc[idx + len(head) - 1]
                return last.idx + len(last)
    return None


def _sentence_bounds(doc, offset: int) -> tuple[int, int]:
    if doc is None:
        return 0, 10**9
    for sent in doc.sents:
        if sent.start_char <= offset < sent.end_char:
            return sent.start_char, sent.end_char
    return 0, 10**9


# ---------------------------------------------------------------------------------------------- accessors

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "parataxis", "acl", "pcomp"})


def place_for(analysis: Analysis, start: int, end: int) -> tuple[str | None, str | None]:
    """(place id, rule) for an event whose trigger or clause spans [start, end).

    Rules, first that applies: "clause" (a place mention in the event's own clause), "anaphor" (the clause speaks
    of "the city" / "the town": the settlement the text named last before it), "sentence" (in its sentence, within
    the event's clause scope: not in a conjunct with its own subject, a relative clause or a past-participle clause
    the event is not in, nor outside such a clause the event is in; `eventwire.stages.scope`, `_out_of_scope`),
    "dateline" (the article's dateline place), "document" (the document's focus place, no more precise than the
    text vouches for: `resolve.event_focus_entry`). (None, None) when the places stage did not run or found
    nothing.

    Within a clause or sentence, a place that says where is preferred to one that names an agent, a modifier or a
    reference point (`_mention_role`), and a town to the country, province or region it lies in ("in Gulu" over
    "in Uganda" in one clause). At sentence level the speaker's and the addressee's descriptions of a reporting
    verb are left out ("an expert at a museum in Boston said the rock hit ...": not Boston), and so are a "while" /
    "as" clause with a subject of its own (`_separate_scene`, `_other_scene_starts`) and the act a directive verb
    asks for (`_asked_for_act`). A country that only names or owns a party yields to the dateline town inside it.
    """
    if analysis.places is None:
        return None, None
    # mentions in the dateline ("KYIV, Ukraine (Reuters) -") speak for the dateline rule only
    skip_from = analysis.shared.get("place_dateline_start") or 0
    skip = analysis.shared.get("place_dateline_end") or 0
    rows = [r for r in analysis.shared.get("place_mentions") or [] if not skip_from <= r[0] < skip]
    doc = analysis.doc
    centre = (start + end) / 2

    by_id = {p.id: p for p in analysis.places}
    capitals = analysis.shared.get("place_capitals") or frozenset()
    actors = analysis.shared.get("actor_spans")
    organisations = _organisation_mentions(analysis)

    def nearest(lo: int, hi: int, *, leave_out: frozenset[int] = frozenset()) -> str | None:
        inside = [(_mention_role(doc, s, e, actors), abs((s + e) / 2 - centre), pid, s) for s, e, pid in rows
                  if lo <= s and e <= hi and s not in leave_out
                  and not _party_named(doc, s, e, by_id.get(pid), capitals)
                  and not _describes_a_party(doc, s) and not _owns_a_mission(doc, s, e, by_id.get(pid))
                  and not _topic_only(doc, s, e, start, end) and not _doer_of_a_noun(doc, s, e, by_id.get(pid))
                  and not _destination_of_removal(doc, s, e) and not _group_of_states(doc, e, by_id.get(pid))
                  and not _seat_of_a_body(doc, e)
                  and not any(a <= s and e <= b for a, b in organisations)]
        if not inside:
            return None
        role, _, best, best_start = min(inside)
        # a town the same clause places inside the chosen country, province or region says more exactly where
        finer = [(dist, pid) for r, dist, pid, _s in inside
                 if r <= role and pid in by_id and best in by_id and _lies_in(by_id[pid], by_id[best])]
        if finer:
            return min(finer)[1]
        # a country that only names a party or says whose it is ("Sudan's army retook a bridge", "Canada
        # condemned ...") yields to a dateline town inside it: the story's own town says more exactly where the
        # party acted; a country saying whose the party acted on is does so to any dateline ("summoned China's
        # ambassador")
        dateline = by_id.get(analysis.shared.get("place_dateline"))
        if role and dateline is not None and best in by_id and (
                _lies_in(dateline, by_id[best]) or
                _modifies_a_name(doc, best_start) and not _modifies_a_subject(doc, best_start)):
            return None
        return best

    # (with the dateline's mentions: "the country" may refer back to the dateline's country)
    if doc is not None and analysis.shared.get("place_mentions"):
        clause = _clause_bounds(doc, start, end)
        other_scene = None  # (a walk over the sentence: the clause and the sentence rule share it)
        if clause:
            # a clause nested in the event's ("... after militants fired rockets at X") has its own event and
            # place; the range [lo, hi) may span it when the main clause goes on after it
            other_scene = _other_scene_starts(doc, start, end)
            pid = nearest(*clause, leave_out=_nested_clause_starts(doc, start, end) | other_scene)
            if pid:
                return pid, "clause"
            # (not a place of the frame reporting the event: "Speaking in X, he said troops were sent to the area")
            framed = _reporting_frame(doc, start)
            # (nor a town where earlier words were spoken: "..., a spokeswoman said in Washington. Trucks entered
            # the city on Sunday" goes back to the city the story is about)
            pid = _anaphor_place(analysis, doc, clause, [r for r in rows if r[0] not in framed
                                                         and not _where_words_were_spoken(doc, r[0])],
                                 nested=_nested_clause_starts(doc, start, end))
            if pid:
                return pid, "anaphor"
        lo, hi = _sentence_bounds(doc, start)
        if hi != 10**9:
            leave_out = _reporting_frame(doc, start) | _out_of_scope(doc, start, end, rows, lo, hi) | \
                (_other_scene_starts(doc, start, end) if other_scene is None else other_scene)
            pid = nearest(lo, hi, leave_out=leave_out)
            if pid:
                return pid, "sentence"
    elif rows:
        lo = analysis.text.rfind(".", 0, start) + 1
        hi = analysis.text.find(".", end)
        pid = nearest(lo, hi if hi >= 0 else len(analysis.text))
        if pid:
            return pid, "sentence"
    if analysis.shared.get("place_dateline") and not analysis.shared.get("place_filed_abroad"):
        return analysis.shared["place_dateline"], "dateline"
    if analysis.shared.get("place_event_focus"):
        return analysis.shared["place_event_focus"], "document"
    return None, None


def _organisation_mentions(analysis: Analysis) -> list[tuple[int, int]]:
    """Character ranges where the actors stage found an international organisation ("the European Union called
    for ..."): the gazetteer keeps the bloc as a region, but a body that acts is no place an event happened."""
    kinds = {a.id: a.kind for a in analysis.actors or ()}
    return [(s, e) for s, e, aid, *_ in analysis.shared.get("actor_spans") or () if kinds.get(aid) == "igo"]


def _seat_of_a_body(doc, end: int) -> bool:
    """Whether the place mention ending at `end` is joined by a hyphen to "based" ("according to the Britain-based
    Syrian Observatory"): where a body sits, never where the event happened."""
    token = _first_token_from(doc, end) if doc is not None else None
    return token is not None and token.text in _HYPHENS and token.idx == end and token.i + 1 < len(doc) \
        and doc[token.i + 1].lower_ == "based"


def _mention_role(doc, start: int, end: int, actor_spans: list | None = None) -> int:
    """0 for a place mention that says where; 1 for one that names a reference point ("20 km south of X"), the
    agent of an active verb ("Turkey shelled ..."), where a participant comes from ("troops from Chad"), or modifies
    a noun the actors stage found an actor in ("U.S. troops", "China's president"; not "a Lisbon rally", which says
    where the rally was)."""
    if doc is None:
        return 0
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    first, root = span[0], span.root
    if first.i >= 2 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].lower_ in _direction_words():
        return 1
    origin = root
    while origin.dep_ == "conj" and origin.head.i != origin.i:
        origin = origin.head  # "troops from Chad and Niger": Niger too
    if origin.dep_ == "pobj" and origin.head.lower_ in load_event_place_cues().origin_prepositions and \
            origin.head.head.pos_ in ("NOUN", "PROPN") and origin.head.head.i != origin.head.i:
        return 1  # "Troops from Chad arrived in Mali", "protesters from Bamako": where a participant comes from
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX"):
        return 1
    head = root.head
    if root.dep_ in ("compound", "poss", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN") and \
            not span.start <= head.i < span.end and head.lower_ not in _place_kind_nouns() and \
            any(s <= head.idx < e for s, e, *_ in actor_spans or ()):
        return 1  # (not "the Crown Point neighborhood", "the Tarbela dam": the name of the place the noun is)
    return 0


def _modifies_a_name(doc, start: int) -> bool:
    """Whether the place mention starting at `start` modifies the noun after it ("Sudan's army", "Kenyan police")."""
    token = _first_token_from(doc, start) if doc is not None else None
    if token is None:
        return False
    while token.head.i != token.i and token.head.i < token.i + 4 and token.dep_ == "compound":
        token = token.head  # (a name of several words: "South Sudan's army")
    return token.dep_ in ("poss", "compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN")


def _modifies_a_subject(doc, start: int) -> bool:
    """Whether the place mention starting at `start` modifies (`_modifies_a_name`) the subject of a verb."""
    token = _first_token_from(doc, start)
    for _ in range(6):
        if token is None or token.head.i == token.i or token.dep_ in ("nsubj", "nsubjpass"):
            break
        token = token.head
    return token is not None and token.dep_ in ("nsubj", "nsubjpass")


def _owns_a_mission(doc, start: int, end: int, place: Place | None) -> bool:
    """Whether the country at [start, end) says whose an embassy or consulate is ("marched on the US embassy",
    "France's consulate"; `mission_nouns`): the mission stands in another country."""
    if doc is None or place is None or place.feature != "country":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i and head.i < head.head.i:
        head = head.head  # "the US High Commission"
    return root.dep_ in ("compound", "poss", "amod", "nmod") and head.lower_ in load_event_place_cues().mission_nouns


def _describes_a_party(doc, start: int) -> bool:
    """Whether the place mention starting at `start` lies in an appositive that says who a subject is ("The United
    States, a treaty ally of Manila, condemned ...", "Lee, a former mayor of Busan, said ..."): said of the party,
    not of where anything happened."""
    token = _first_token_from(doc, start) if doc is not None else None
    for _ in range(12):
        if token is None or token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN":
            return True
        token = token.head
    return False


def _first_conjunct_root(doc, start: int, end: int):
    """The head token of the mention at [start, end), or of the first name it is coordinated with ("Israel and
    Egypt": Israel's for Egypt); None when the range aligns with no token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    for _ in range(10):
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    return root


def _doer_of_a_noun(doc, start: int, end: int, place: Place | None) -> bool:
    """Whether the place mention at [start, end) names who did what a noun names ("the latest in a string of launches
    by Pyongyang", "an attack by Moscow"): a government named by its capital or country, not where it acted. (A
    passive's "by" agent is `_party_named`'s.) Not a river, a sea, a region or a site, which only a "by" of nearness
    governs ("a village by the Danube")."""
    if doc is None or place is None or place.feature not in ("country", "admin1", "city"):
        return False
    root = _first_conjunct_root(doc, start, end)  # "raids by Moscow and Minsk": Minsk too
    if root is None:
        return False
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in load_event_place_cues().doer_prepositions and \
        prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.head.i != prep.i


def _group_of_states(doc, end: int, place: Place | None) -> bool:
    """Whether the sea or region mention ending at `end` names the states around it ("the Baltic states", "the Gulf
    countries"; `state_group_nouns`): a group of parties, not where the event happened."""
    if doc is None or place is None or place.feature not in ("water", "region"):
        return False
    after = _first_token_from(doc, end)
    return after is not None and after.lower_ in load_place_cues().state_group_nouns


def _destination_of_removal(doc, start: int, end: int) -> bool:
    """Whether the place mention at [start, end) is where people are expelled or deported to ("expelled 15 priests
    to Rome", "were deported to Guatemala"; `removal_verbs`): they are sent there from where the act happened."""
    root = _first_conjunct_root(doc, start, end) if doc is not None else None  # "to Mexico and Guatemala" too
    if root is None:
        return False
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.i != prep.i and \
        prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in load_event_place_cues().removal_verbs


def _topic_only(doc, start: int, end: int, event_start: int, event_end: int) -> bool:
    """Whether the place mention at [start, end) lies in what people talk, negotiate or decide about ("met to discuss
    Stockholm's bid", "talks on a Gaza truce were held in Cairo", "a row over Kashmir") and the event at
    [event_start, event_end) is not itself named inside that topic ("a Gaza truce" locates the truce): a topic says
    nothing of where the talk took place."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cues = load_event_place_cues()
    head = span.root
    # up the noun phrase the name modifies ("Stockholm's bid", "the future of Gaza"); a "where" preposition on the
    # way ("the bombing in Gaza") ends the climb: a place said to be where is no mere topic
    for _ in range(8):
        if head.dep_ in ("compound", "poss", "amod", "nmod", "appos", "conj") and head.head.i != head.i and \
                head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head.head
        else:
            break
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ == "prep" and governor.head.dep_ == "dobj" and \
            governor.head.pos_ == "NOUN" and governor.head.head.lemma_.lower() in cues.reaction_verbs:
        # "condemned the bombing in X": the act judged is the topic; X places the bombing, not the condemnation
        head, topic = governor.head, True
    elif head.dep_ == "pobj" and governor.dep_ == "prep":
        word = governor.lower_
        topic = word in cues.topic_prepositions or (
            word in cues.topic_prepositions_after_talk and governor.head.i != governor.i and
            (governor.head.lemma_.lower() in cues.talk_words or governor.head.lower_ in cues.talk_words))
    else:
        topic = head.dep_ == "dobj" and governor.pos_ == "VERB" and governor.lemma_.lower() in cues.talk_words
    if not topic:
        return False
    words = list(head.subtree)
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    return not (lo <= event_start and event_end <= hi)


def _party_named(doc, start: int, end: int, place: Place | None, capitals: frozenset[str] = frozenset()) -> bool:
    """Whether the country or province at [start, end) is a party to the event, not where it happened: the object
    of a participant preposition ("talks with Iran", "support for Somalia", "talks between Israel and Egypt", not
    "the border between Chad and Sudan"), a passive's "by" agent, the object of a verb whose object is a party
    ("accused Russia", "sold Qatar jets"), the one opposed ("slogans against France"), the one a measure targets
    ("sanctions against Moscow", "tariffs on China") or a helper ("with the help of Qatar"). A national capital (`capitals`, ids) under a participant preposition stands for its government
    too ("lodge a protest with Beijing", "talks with Moscow")."""
    if doc is None or place is None:
        return False
    if place.feature in ("country", "admin1") or place.id in capitals:
        root = _first_conjunct_root(doc, start, end)
        if root is not None and root.dep_ == "pobj" and root.head.lower_ in ("on", "against"):
            governor = root.head.head
            # (the parser may hang the phrase on the verb: "imposed tariffs on China" -> the verb's object)
            measures = [governor] + [c for c in governor.children if c.dep_ == "dobj"] \
                if governor.pos_ in ("VERB", "AUX") else [governor]
            if any(m.lower_ in load_event_place_cues().restriction_nouns for m in measures):
                return True  # "sanctions against Moscow", "tariffs on China": the state a measure targets
    if place.feature not in ("country", "admin1"):
        if place.id not in capitals:
            return False
        root = _first_conjunct_root(doc, start, end)
        return root is not None and root.dep_ == "pobj" and \
            root.head.lower_ in load_event_place_cues().participant_prepositions and root.head.lower_ != "between"
    # the first of coordinated names stands for them all ("talks between Israel and Egypt": Egypt too)
    root = _first_conjunct_root(doc, start, end)
    if root is None:
        return False
    cues = load_event_place_cues()
    if root.dep_ == "pobj" and root.head.lower_ in cues.participant_prepositions and not (
            root.head.lower_ == "between" and root.head.head.lower_ in cues.between_place_nouns):
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True  # the doer of a passive ("drones launched by Russia", "a strike carried out by Israel")
    governor = root.head.head if root.dep_ == "pobj" and root.head.head.i != root.head.i else None
    if governor is not None and root.head.lower_ == "against" and (
            governor.lemma_.lower() in cues.opposition_words or governor.lower_ in cues.opposition_words):
        return True  # "chanted slogans against France", "protested against Russia": the party opposed
    if governor is not None and root.head.lower_ == "of" and governor.lower_ in cues.party_of_nouns:
        return True  # "with the help of the United States": a helper
    return root.dep_ in ("dobj", "dative") and root.head.pos_ == "VERB" and root.head.lemma_.lower() in \
        cues.party_object_verbs


@lru_cache(maxsize=1)
def _place_kind_nouns() -> frozenset[str]:
    """Nouns for a kind of place or site a name may stand before ("district", "neighborhood", "plant")."""
    heads = {h[-1] for h in _site_heads()}
    return frozenset(heads | {h + "s" for h in heads} | _feature_words() | load_place_cues().settlement_nouns)


@lru_cache(maxsize=1)
def _direction_words() -> frozenset[str]:
    from eventwire.knowledge.gazetteer import _load_rules

    return frozenset(_load_rules()["direction_words"]["words"])


# how far a town may lie from the centre of a region the gazetteer gives without a country ("the Gaza Strip")
REGION_REACH_KM = 250.0


def _lies_in(fine: Place, coarse: Place) -> bool:
    """Whether `fine` is a more exact place inside `coarse`: a town or site in the country, province or region."""
    if fine.resolution is None or coarse.resolution is None or fine.resolution <= coarse.resolution:
        return False
    if coarse.feature == "country":
        return fine.country is not None and fine.country == coarse.country
    if coarse.feature == "admin1":
        return fine.country == coarse.country and fine.admin1 is not None and fine.admin1 == coarse.admin1
    if coarse.feature in ("region", "admin2") and None not in (fine.lat, fine.lon, coarse.lat, coarse.lon):
        if coarse.feature == "admin2" and fine.admin1 != coarse.admin1:
            return False
        return haversine_km(fine.lat, fine.lon, coarse.lat, coarse.lon) <= REGION_REACH_KM
    return False


def _reporting_frame(doc, start: int) -> frozenset[int]:
    """Start offsets of the tokens that describe who reports the event at `start` and to whom: the subject and
    objects of the verb its clause is the complement of ("a geologist at a museum in Boston said that ..."), a
    participle of speaking on that verb ("Speaking in Geneva, the envoy said ..."), and a speech verb's own clause
    hung on it ("..., a spokesman in Kabul said")."""
    if doc is None:
        return frozenset()
    token = _token_at(doc, start)
    if token is None:
        return frozenset()
    head = token
    for _ in range(50):
        if head.pos_ in ("VERB", "AUX") and head.dep_ in _CLAUSE_DEPS or head.head.i == head.i:
            break
        head = head.head
    frame: set[int] = set()
    speech = load_place_cues().speech_verbs
    for child in head.children:
        if child.dep_ == "parataxis" and child.lower_ in speech:
            frame.update(t.idx for t in child.subtree)
    node = head
    reported = False  # (a complement of a reporting verb climbed out of)
    speaking = load_event_place_cues().speaking_participles
    for _ in range(50):
        if node.head.i == node.i or node.dep_ not in ("ccomp", "conj"):
            break
        verb = node.head
        if node.dep_ == "ccomp":
            # the speaker, the addressee and where the words were spoken ("told reporters in Moscow that ...");
            # a place fronted before the speaker ("In Kabul, police said ...") may still be where it happened
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") or (child.dep_ == "prep" and
                                                                              verb.i < child.i < node.i):
                    frame.update(t.idx for t in child.subtree)
                elif child.dep_ == "advcl" and child.lower_ in speaking:
                    frame.update(t.idx for t in child.subtree)  # "Speaking at a rally in X, the minister said ..."
            reported = True
        elif reported and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            # "X's ministry denied it and said troops had fired first": the subject the reporting verb shares with
            # the verb it is conjoined to reports too
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") or child.dep_ == "advcl" and child.lower_ in speaking:
                    frame.update(t.idx for t in child.subtree)
        node = verb
    return frozenset(frame)


def _where_words_were_spoken(doc, start: int) -> bool:
    """Whether the place mention at `start` only says where a speaker spoke: the "in" phrase of a reporting verb
    ("said in Washington") or of its addressee ("told reporters in Geneva")."""
    token = _token_at(doc, start) if doc is not None else None
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    holder = token.head.head
    if holder.dep_ in ("dobj", "dative") and holder.pos_ in ("NOUN", "PROPN"):
        holder = holder.head  # "told reporters in Geneva"
    return holder.pos_ in ("VERB", "AUX") and holder.lower_ in load_place_cues().speech_verbs


def _anaphor_place(analysis: Analysis, doc, clause: tuple[int, int], rows: list,
                   nested: frozenset[int] = frozenset()) -> str | None:
    """The settlement a definite "the city" / "this town" in the clause [lo, hi) refers back to: the last one the
    text names before it ("... shelled a market in Kharkiv. The city has been under fire for weeks"). A noun with
    a name of its own ("the city of X", "the town Y", "the capital") is left to the other rules. "In the country"
    is the country named last, the dateline's included. A locative "there" or a definite "the area" refers back to
    the last place named of any kind but a country ("The town of X was shelled. There, fighters looted ..."). The
    object "it" of a verb of taking or striking a place ("troops retook it") is the settlement named last in its
    sentence or the one before (`place_pronoun_verbs`). "The earlier round" (of talks, not in a clause `nested` in
    the event's) is where the talks named before were (`_place_of_earlier_round`)."""
    lo, hi = clause
    cues = load_place_cues()
    features = {p.id: p.feature for p in analysis.places or []}
    starts = _token_starts(doc)
    for tok in doc[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
        if tok.pos_ == "NOUN" and \
                any(c.dep_ == "amod" and c.lower_ in cues.sameness_adjectives for c in tok.children) and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "missiles hit the same depot": where the depot was said to be when it was first named
            pid = _place_of_earlier_noun(doc, tok, rows)
            if pid:
                return pid
            continue
        if tok.pos_ == "NOUN" and _names_an_earlier_round(tok) and tok.idx not in nested:
            # "mediated the earlier round": where the talks told of before were said to be
            pid = _place_of_earlier_round(doc, tok, rows)
            if pid:
                return pid
            continue
        if tok.lower_ in cues.anaphoric_place_adverbs and tok.dep_ == "advmod":
            kinds = None  # "There, fighters looted ...": the place named last, of any kind but a country
        elif tok.lower_ == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in cues.place_pronoun_verbs:
            # "Troops retook it a week later": the settlement named last, when named in this or the last sentence
            sentence_start = tok.sent.start_char
            previous = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else sentence_start
            named = [(s, pid) for s, e, pid in rows if previous <= s and e <= tok.idx and features.get(pid) == "city"]
            if named:
                return max(named)[1]
            continue
        elif tok.tag_ == "NN" and tok.lower_ in cues.anaphoric_division_nouns:
            # (not a body of states named like a region: "the European Union welcomed ... in the region")
            bodies = {(m.start, m.end) for a in analysis.actors or [] if a.kind == "igo" for m in a.mentions}
            divisions = [row for row in rows if not any(s < row[1] and row[0] < e for s, e in bodies)]
            pid = _division_named_before(analysis.text, tok, divisions, cues.anaphoric_division_nouns[tok.lower_],
                                         features)
            if pid:
                return pid
            continue
        elif tok.tag_ == "NN" and (tok.lower_ in cues.anaphoric_settlement_nouns or
                                   tok.lower_ in cues.anaphoric_area_nouns or tok.lower_ in cues.anaphoric_country_nouns):
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                continue
            if any(c.dep_ in ("compound", "appos", "prep", "amod") or c.pos_ == "PROPN" for c in tok.children):
                continue  # "the city of Homs", "the town Kafr Nabl", "the border town": a name or a kind of its own
            if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "toward", "towards", "from") and (
                    tok.head.head.pos_ == "NOUN" or any(c.dep_ == "dobj" for c in tok.head.head.children)):
                # "blocked the highway to the port" (the parser may hang "to" on the verb with the road its
                # object): where a road leads, or where it starts, not where the act is ("sent to the area" is)
                continue
            kinds = ("city",) if tok.lower_ in cues.anaphoric_settlement_nouns else None
            if tok.lower_ in cues.anaphoric_country_nouns:
                if tok.dep_ != "pobj":
                    continue  # "the country's army", "the country voted": a party, not where
                # the country named last, the dateline's too ("KHARTOUM, Sudan (AP) — ... across the country")
                before = [(s, pid) for s, e, pid in analysis.shared.get("place_mentions") or []
                          if e <= tok.idx and features.get(pid) == "country"]
                if before:
                    return max(before)[1]
                continue
        else:
            continue
        before = [(s, pid) for s, e, pid in rows if e <= tok.idx and pid in features and
                  (features[pid] in kinds if kinds else features[pid] != "country") and
                  not (kinds and _names_part_of_a_town(doc, e, cues))]
        if before:
            return max(before)[1]
    return None


def _division_named_before(text: str, tok, rows: list, kinds: frozenset[str], features: dict[str, str]) -> str | None:
    """The division of a country a definite "in the province" / "across the region" (`tok`, the object of a
    preposition, with no name or modifier of its own) refers back to: the last place of one of the feature classes
    `kinds` its paragraph names before it (`anaphoric_division_nouns`). With none of those classes in the paragraph
    ("in the region" after a town only; a province named in an earlier paragraph) the other rules place the event."""
    if tok.dep_ != "pobj" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "appos", "prep", "amod", "poss") or c.pos_ == "PROPN" for c in tok.children):
        return None  # "the province of X", "the northern region", "the Tigray region": a name or a kind of its own
    paragraph = text.rfind("\n", 0, tok.idx) + 1
    before = [(s, pid) for s, e, pid in rows if paragraph <= s and e <= tok.idx and features.get(pid) in kinds]
    return max(before)[1] if before else None


def _place_of_earlier_noun(doc, tok, rows: list) -> str | None:
    """The place the noun `tok` ("the same depot") was located at when last used before: a place mention in that
    earlier noun's own phrase ("a fuel depot in Sarny"), or, for a noun for a kind of site or place ("the same
    plant"), the mention nearest it in its sentence ("A missile struck a power plant near Burshtyn")."""
    earlier = next((t for t in reversed(doc[:tok.sent.start]) if t.lemma_.lower() == tok.lemma_.lower() and
                    t.pos_ == "NOUN"), None)
    if earlier is None:
        return None
    words = list(earlier.subtree)
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    if tok.lower_ in _place_kind_nouns():
        lo, hi = min(lo, earlier.sent.start_char), max(hi, earlier.sent.end_char)
    named = [(abs(s - earlier.idx), pid) for s, e, pid in rows if lo <= s and e <= hi]
    return min(named)[1] if named else None


def _names_an_earlier_round(tok) -> bool:
    """Whether `tok` is a definite noun for a round of talks told of before ("the earlier round", "the previous
    talks"; `earlier_round_adjectives`, `talk_round_nouns`)."""
    cues = load_event_place_cues()
    return tok.lower_ in cues.talk_round_nouns and \
        any(c.dep_ == "amod" and c.lower_ in cues.earlier_round_adjectives for c in tok.children) and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _place_of_earlier_round(doc, tok, rows: list) -> str | None:
    """The place named in the phrase of the last noun for talks before `tok` ("return to talks in Jeddah, which
    collapsed ... mediated the earlier round": Jeddah)."""
    nouns = load_event_place_cues().talk_round_nouns
    for earlier in reversed(doc[:tok.i]):
        if earlier.pos_ != "NOUN" or earlier.lower_ not in nouns:
            continue
        words = list(earlier.subtree)
        lo, hi = words[0].idx, words[-1].idx + len(words[-1])
        named = [(s, pid) for s, e, pid in rows if lo <= s and e <= hi]
        if named:
            return min(named)[1]
    return None


def _names_part_of_a_town(doc, end: int, cues) -> bool:
    """Whether the mention ending at `end` is followed by a word for a part of a town ("the Saltivka district",
    "the Sheikh Radwan neighbourhood"; `area_nouns`): a district, not a city "the city" may refer back to."""
    nxt = _first_token_from(doc, end)
    return nxt is not None and nxt.lower_ in cues.area_nouns


def _event_token(doc, start: int, end: int):
    """The token heading the event's trigger or clause [start, end): the root of that span (for a clause given as
    its subtree, the clause's own word, not a word of a clause fronted before it: "After rebels shelled X, ...")."""
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is not None and len(span):
        return span.root
    return next((tok for tok in doc if tok.idx <= start < tok.idx + len(tok) or tok.idx >= start), None)


def _clause_head(token):
    """The verb heading the clause `token` is in (the sentence's root when no verb heads a clause above it)."""
    head = token
    for _ in range(50):
        if head.pos_ in ("VERB", "AUX") and head.dep_ in _CLAUSE_DEPS:
            break
        if head.head.i == head.i:
            break
        head = head.head
    return head


def _out_of_scope(doc, start: int, end: int, rows: list, lo: int, hi: int) -> frozenset[int]:
    """Start offsets of the sentence's place mentions in [lo, hi) that lie outside the event's clause scope
    (`eventwire.stages.scope`): in a conjunct with a subject of its own, a relative clause or a past-participle
    clause on a noun that the event is not in, or outside such a clause that the event is in ("Talks in Jeddah
    collapsed, and Washington threatened sanctions": not Jeddah), or where another verb's movement set out from
    ("crossed from X and torched huts"). A relative clause on the place itself ("Gulu,
    where rebels attacked a convoy") is said of that place."""
    token = _event_token(doc, start, end)
    if token is None:
        return frozenset()
    event = _clause_head(token)
    own = scope_head(event)
    out: set[int] = set()
    for s, e, _pid in rows:
        if not lo <= s < hi:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        mover = _verb_moving_from(span.root)
        if mover is not None and mover.i != event.i and not (own.dep_ in ("relcl", "acl") and
                                                             _names_noun(span, own.head)):
            out.add(s)  # "Raiders crossed from X and torched huts": where the raiders set out from, not the act
            continue
        if shares_scope(event, span.root):
            if _in_clause_of_its_own(span.root, event) or _in_asked_for_act(span.root, event):
                out.add(s)  # "jets struck targets after militants fired rockets at X": X is where the firing was
            continue
        if own.dep_ in ("relcl", "acl") and _names_noun(span, own.head):
            continue
        if _describes_setting(span.root, own):
            continue
        out.add(s)
    return frozenset(out)


def _verb_moving_from(token):
    """The verb a place `token` is the origin of ("crossed from X", "arriving from X", "crossed over from X and Y";
    `origin_prepositions`), else None."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in load_event_place_cues().origin_prepositions:
        return None
    verb = prep.head
    if verb.dep_ in ("prt", "advmod") and verb.head.i != verb.i:
        verb = verb.head  # "crossed over from X"
    return verb if verb.pos_ == "VERB" and verb.i != prep.i else None


def _in_clause_of_its_own(token, event) -> bool:
    """Whether `token` sits in an adverbial clause that has a place and time of its own ("after militants fired
    rockets at X", "because ..."; not "when police fired in X", told as happening with its clause: times_lexicon
    `simultaneity_conjunctions`) and that does not hold the event's verb: such a clause tells another event."""
    from eventwire.stages.times import clause_of_its_own_time

    above_event = {event.i} | {a.i for a in event.ancestors}
    x = token
    for _ in range(50):
        if x.i in above_event or x.head.i == x.i:
            return False
        if x.dep_ == "advcl" and (x.tag_.startswith("VB") and clause_of_its_own_time(x) or _separate_scene(x)):
            return True
        x = x.head
    return False


def _asked_for_act(token) -> bool:
    """Whether `token` is the infinitive of a verb asking or ordering another party to act ("urged both sides to
    return to talks in X", "called on rebels to leave X"; `directive_verbs`): the act asked for, not the asking."""
    verb = token.head
    if token.dep_ != "xcomp" or verb.i == token.i or verb.lemma_.lower() not in load_event_place_cues().directive_verbs:
        return False
    return any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "on" and c.i < token.i
               for c in verb.children)


def _separate_scene(clause) -> bool:
    """Whether the adverbial clause `clause` tells a second scene beside the event: opened by "while" / "as"
    (`separate_scene_conjunctions`) and with a subject of its own that is no pronoun ("the army retook a bridge
    while rebel artillery hit a market in X"; not "as it pushed into X", the same party going on)."""
    cues = load_event_place_cues()
    conjunctions = cues.separate_scene_conjunctions | (cues.misread_scene_conjunctions if _in_headline(clause)
                                                        else frozenset())
    opens = any(c.dep_ == "mark" and c.i < clause.i and c.lower_ in conjunctions for c in clause.children)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return opens and bool(subjects) and all(c.pos_ != "PRON" for c in subjects)


def _in_headline(token) -> bool:
    """Whether `token` is in the text's first line when that line is a headline (short, with a line break after)."""
    doc = token.doc
    first_break = doc.user_data.get("places_first_break")
    if first_break is None:
        # (Doc.text joins every token anew: the first line break is looked up once per document)
        first_break = doc.user_data["places_first_break"] = doc.text.find("\n")
    return 0 < first_break <= HEADLINE_MAX_CHARS and token.idx < first_break


def _clause_read_as_noun(token) -> bool:
    """Whether `token`, after a "while" / "as" the parser took for a preposition, is the verb of a clause it misread
    as a noun: a headline's "as rebels shells Goma market" parsed "as [rebels shells]" with the subject fused into it
    as a modifier and the object hung after it without a comma."""
    fused_subject = any(c.dep_ in ("compound", "nmod") and c.i < token.i and c.pos_ in ("PROPN", "NOUN")
                        for c in token.children)
    trailing_object = any(c.dep_ in ("appos", "dobj", "compound", "nmod") and c.i > token.i and
                          c.pos_ in ("PROPN", "NOUN") and not any(t.is_punct for t in token.doc[token.i + 1:c.i])
                          for c in token.children)
    return fused_subject and trailing_object


def _verb_read_as_plural(token) -> bool:
    """Whether `token` is a headline verb in "-s" the tagger took for a plural noun between its subject and its
    object ("as militia shells Goma market": a noun, "shells", then a name)."""
    doc = token.doc
    return token.tag_ == "NNS" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].pos_ in ("NOUN", "PROPN") and \
        doc[token.i + 1].pos_ == "PROPN"


def _other_scene_starts(doc, start: int, end: int) -> frozenset[int]:
    """Start offsets of the tokens of the event's sentence that tell another scene than the event's, where the parser
    missed a "while" / "as" clause (`separate_scene_conjunctions`, `misread_scene_conjunctions`) with a finite verb
    of its own ("Army retakes bridge
    as rebels shells X market" read "as" as a preposition): the stretch from the conjunction to the next punctuation
    when the event is before it, the words before the conjunction when the event is inside it."""
    token = _event_token(doc, start, end)
    if token is None:
        return frozenset()
    sent = token.sent
    cues = load_event_place_cues()
    for t in sent:
        if t.i == sent.start or t.dep_ not in ("prep", "mark") or not (
                t.lower_ in cues.separate_scene_conjunctions
                or t.lower_ in cues.misread_scene_conjunctions and _in_headline(t)):
            continue
        stop = next((u.i for u in sent if u.i > t.i and u.is_punct and u.text not in "-'"), sent.end)
        stretch = doc[t.i + 1:stop]
        if not len(stretch) or stretch[0].tag_.startswith("VB"):
            continue  # "as expected", "while fleeing": no subject of its own
        if t.dep_ == "mark" and t.head.i in range(t.i + 1, stop) and t.head.tag_.startswith("VB"):
            continue  # a clause the parser saw: `_separate_scene` judges it
        if not any(u.tag_ in ("VBZ", "VBP", "VBD") or u.dep_ == "pobj" and _clause_read_as_noun(u) or
                   _verb_read_as_plural(u) for u in stretch[1:]):
            continue
        if t.i <= token.i < stop:
            return frozenset(u.idx for u in sent if u.i < t.i)
        if token.i < t.i:
            return frozenset(u.idx for u in stretch)
    return frozenset()


def _in_asked_for_act(token, event) -> bool:
    """Whether `token` sits in the infinitive of a directive verb (`_asked_for_act`) that does not hold the event's
    verb: "the envoy urged both sides to return to talks in X" did not urge in X."""
    above_event = {event.i} | {a.i for a in event.ancestors}
    x = token
    for _ in range(50):
        if x.i in above_event or x.head.i == x.i:
            return False
        if _asked_for_act(x):
            return True
        x = x.head
    return False


def _describes_setting(token, own) -> bool:
    """Whether `token` lies in a relative or participle clause on the setting of the event's clause `own` (the
    object of a setting preposition: "injured in a protest that took place in X", "set up bases in the district,
    which lies in X", "arrested at a rally held in X"): that clause says where the setting, and so the event, is."""
    there = scope_head(token)
    if there.dep_ not in ("relcl", "acl"):
        return False
    # the noun the clause is on is the object of a setting preposition hung on a verb of the event's clause scope
    # (not a noun further down that object's phrase: "in a campaign against rulers who let foreign troops into X")
    noun = there.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in load_event_place_cues().setting_prepositions \
        and prep.head.i != prep.i and prep.head.tag_.startswith("VB") and scope_head(prep.head).i == own.i


def _names_noun(span, noun) -> bool:
    """Whether the place mention `span` is the noun a clause hangs on, or names it ("the town of Gulu, where ...",
    "the city, Gulu, where ...")."""
    if span.start <= noun.i < span.end:
        return True
    root = span.root
    return noun.lower_ in _place_kind_nouns() and (
        root.head.i == noun.i and root.dep_ == "appos"
        or root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == noun.i)


def _in_nested_clause(tok, head, known: dict[int, bool] | None = None) -> bool:
    """Whether `tok`, in the subtree of the clause verb `head`, sits in a clause nested in it (a complement, an
    adverbial, a relative or participle clause on a noun, a conjunct or a parenthetical clause of its own: "jets
    flying over X fired at Y" fired at Y). `known` keeps the answers for the tokens walked through, so that a
    subtree's tokens share their walks up to `head`."""
    anc = tok
    locating = load_event_place_cues().locating_participles
    walked: list[int] = []
    found = False
    while anc.i != head.i:
        if known is not None:
            if anc.i in known:
                found = known[anc.i]
                break
            walked.append(anc.i)
        if anc.dep_ == "acl" and anc.tag_ in ("VBG", "VBN") and anc.lemma_.lower() in locating:
            pass  # "a bridge linking X and Y": where the thing the clause acts on lies (`locating_participles`)
        elif _asked_for_act(anc) or (
                anc.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis", "acl") and anc.pos_ in ("VERB", "AUX")
                or anc.dep_ == "advcl" and _separate_scene(anc)) \
                or relative_with_pronoun(anc):  # "X, which also border Belarus, declared ...": a misread relative
            found = True
            break
        if anc.head.i == anc.i:
            break
        anc = anc.head
    if known is not None:
        # (every token walked through before the answer lies under the same ancestors)
        known.update(dict.fromkeys(walked, found))
    return found


def _clause_bounds(doc, start: int, end: int) -> tuple[int, int] | None:
    token = _event_token(doc, start, end)
    if token is None:
        return None
    head = _clause_head(token)
    # the clause: the verb's subtree without nested clauses of their own
    nested = _nested_clause_starts(doc, start, end)
    lo, hi = head.idx, head.idx + len(head)
    for tok in head.subtree:
        if tok.idx not in nested:
            lo, hi = min(lo, tok.idx), max(hi, tok.idx + len(tok))
    return lo, hi


def _dateline_match(doc, text: str) -> tuple[re.Match | None, tuple[int, int] | None]:
    """The dateline opening the text (a match whose group 1 is the place), else the span of one opening the
    body after headline and byline lines, else None for both."""
    head = LEAD_DATELINE.match(text[:120])
    if head and re.search(r"[.!?]\s+[A-Z]", head.group(1)):
        head = None  # a short headline swallowed with the dateline after it ("Storm hits Galle. KANDY, ... -")
    if head:
        return head, None
    # After headline and byline lines the dateline opens the first paragraph of the body; there only the strict
    # pattern counts (a headline "Kenya: police fire tear gas" is no dateline). A headline run into the text as
    # a sentence is read by `_dateline_after_headline`.
    later = DATELINE.search(text[:600])
    return None, (later.start(), later.end()) if later else _dateline_after_headline(doc, text)


def _filed_from(doc, text: str) -> tuple[int, int]:
    """Where the dateline's place name lies (0, 0 without a dateline): the town the story is filed from."""
    head, filed = _dateline_match(doc, text)
    if head:
        return 0, head.end(1) + 1
    return filed or (0, 0)


def _nested_clause_starts(doc, start: int, end: int) -> frozenset[int]:
    """Start offsets of the tokens of the clauses nested in the event's clause (`_clause_bounds` gives one range,
    which holds a nested clause when the main clause goes on after it: "jets struck X after militants fired at Y
    on Monday")."""
    # (place_for asks up to three times for an event's clause, each a walk up from every token: kept per Doc)
    cache = doc.user_data.setdefault("places_nested_clause_starts", {})
    if (start, end) in cache:
        return cache[(start, end)]
    token = _event_token(doc, start, end)
    if token is None:
        return frozenset()
    head = _clause_head(token)
    known: dict[int, bool] = {}
    found = cache[(start, end)] = frozenset(tok.idx for tok in head.subtree if _in_nested_clause(tok, head, known))
    return found


# ---------------------------------------------------------------------------------------------- evaluation API

def resolve_spans(analysis_or_text: Analysis | Article | str, spans: list[tuple[int, int]],
                  gazetteer: Gazetteer | None = None, *, fallback: bool = True) -> list[Place | None]:
    """Resolve given spans (e.g. gold toponyms) in their document's context; one Place (or None) per span.

    Demonyms and adjectival forms resolve to their country or region. With `fallback`, a span the gazetteer cannot
    name (a street, a school) gets the document's focus settlement at resolution 5.
    """
    if isinstance(analysis_or_text, Analysis):
        text = analysis_or_text.text
    elif isinstance(analysis_or_text, Article):
        text = analysis_or_text.text
    else:
        text = analysis_or_text
    gaz = gazetteer or load_gazetteer()
    resolver = _resolver_for(gaz)
    mentions = [resolver.prepare(text, s, e, allow_demonyms=True, span_given=True) for s, e in spans]
    picks = resolver.resolve(text, mentions)
    focus = focus_entry(picks)
    settled = [(m, pick) for m, pick in zip(mentions, picks)
               if pick is not None and pick.feature in ("city", "admin2")]
    out: list[Place | None] = []
    for (s, e), m, pick in zip(spans, mentions, picks):
        if pick is None and fallback and (focus is not None or settled or _named_container(m, picks)):
            # an unknown name (a street, a school, a golf club): the settlement the text places it in ("X in Y",
            # "X, Y"), else the nearest settlement the text names, else the focus
            placed = [pick for m_there, pick in settled if m_there.start >= e
                      and placed_in(text, e, m_there.start, m_there.end)]
            near = placed[0] if placed else (_named_container(m, picks) or (
                min(settled, key=lambda sp: abs(sp[0].start - s))[1] if settled else focus))
            if not placed and _named_container(m, picks) is None and \
                    (area := _sentence_area_outside(text, s, mentions, picks, near)) is not None:
                near = area
            out.append(Place(id="P0", name=text[s:e], feature="site", country=near.country3, admin1=near.admin1,
                             lat=near.lat, lon=near.lon, geonames_id=None, resolution=5,
                             mentions=[Span(start=s, end=e, text=text[s:e])]))
            continue
        if pick is None:
            out.append(None)
            continue
        out.append(Place(id=f"G{pick.id}", name=pick.name, feature=pick.feature, country=pick.country3,
                         admin1=pick.admin1, lat=pick.lat, lon=pick.lon, geonames_id=pick.geonames_id,
                         resolution=pick.resolution, mentions=[Span(start=s, end=e, text=text[s:e])]))
    return out


_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:[a-z-]+\s+)?$")  # "in southern ", "in the "
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]*[A-Z0-9])|\n\s*\n")


def _sentence_area_outside(text: str, start: int, mentions: list[Mention], picks: list[Entry | None],
                           near: Entry) -> Entry | None:
    """The country or first-level region the sentence of an unknown name at `start` puts it in after the name, when
    the settlement chosen for the name lies outside it ("heavy weapons sent to the al-Tanf area held by the US in
    southern Syria" in a story whose nearest town is Russian): the sentence's own area places the name better than a
    town of another country elsewhere in the text. None when the chosen settlement lies in it."""
    bounds = [0] + [found.end() for found in _SENTENCE_END.finditer(text)] + [len(text) + 1]
    sent_start = max(b for b in bounds if b <= start)
    sent_end = min(b for b in bounds if b > start)
    areas = [(m.start, pick) for m, pick in zip(mentions, picks)
             if pick is not None and pick.feature in ("country", "admin1") and sent_start <= m.start < sent_end]
    # (only an area the sentence puts things "in" after the name, "... in southern Syria": one named otherwise, "birds
    # from Russia", may lie far from the name)
    located = [(there, area) for there, area in areas if there > start and _IN_BEFORE.search(text[sent_start:there])]
    if not located:
        return None
    area = min(located, key=lambda pair: pair[0] - start)[1]
    return None if area.id == near.id or _contains(area, near) else area


def _named_container(m: Mention, picks: list[Entry | None]) -> Entry | None:
    """The state, province or country the text names right after an unknown name ("Mount Kelso, Ravenna province",
    "the Ormond works (Ontario)"): where the name is, when no settlement places it. Of namesake containers, the one
    the document resolves its own mention of; else the first. (A possessor, "Giza's Haram district", stands for its
    city's whole province: the nearest settlement places such a name better.)"""
    if not m.containers or m.containers_end is None:
        return None
    chosen = {p.id for p in picks if p is not None}
    return next((box for box in m.containers if box.id in chosen), m.containers[0])


_resolvers: dict[int, Resolver] = {}


def _resolver_for(gaz: Gazetteer) -> Resolver:
    if id(gaz) not in _resolvers:
        _resolvers[id(gaz)] = Resolver(gaz)
    return _resolvers[id(gaz)]


__all__ = ["PlacesStage", "place_for", "resolve_spans", "recognise"]
