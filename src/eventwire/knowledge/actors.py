"""The actor knowledge base: loader, schema validation, indexes, and a PETRARCH/Phoenix dictionary reader.

The KB is data (DESIGN.md, principle 9): YAML files under `knowledge/data/actors/` (format: docs/KB.md), plus
any files the user layers over them (`--kb extra.yaml`, `Settings.extra_kb`). An extra file adds entries or,
with an id the KB already has, overrides the fields it gives (aliases are added to, unless `replace: true`).
PETRARCH / Phoenix actor dictionaries (`.txt`) are read too.

>>> kb = load_kb()                      # doctest: +SKIP
>>> kb.entries["SYR"].capital          # doctest: +SKIP
'Damascus'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import EventwireError
from eventwire.knowledge import load_yaml

__all__ = [
    "ACTOR_KINDS", "ActorKB", "KBEntry", "KnowledgeError", "Lexicon", "Role", "load_kb", "read_kb_file",
    "load_state_types", "read_petrarch_dictionary", "validate_kb_data",
]

ACTOR_KINDS = (
    "person", "government", "military", "police", "armed_group", "political_party", "igo", "ngo", "media",
    "business", "religious", "population", "country", "other",
)
DATA_DIR = Path(__file__).resolve().parent / "data" / "actors"

_ENTRY_KEYS = {
    "id": str, "name": str, "kind": str, "country": (str, type(None)), "sector": (str, type(None)),
    "aliases": list, "weak_aliases": list, "wikidata": (str, type(None)), "demonyms": list, "people": list,
    "capital": (str, type(None)), "capital_metonymy": bool, "roles": list, "description": (str, type(None)),
    "replace": bool,
}
_REQUIRED = ("id", "name", "kind")
_LEXICON_KEYS = {"agent_nouns", "platform_nouns", "named_craft_nouns", "envoy_words", "titles", "org_cues",
                 "agent_verbs", "addressee_verbs",
                 "mass_sense_nouns", "mass_sense_modifiers", "condition_nouns", "anaphor_nouns", "sector_anaphor_nouns",
                 "non_actor_words", "modified_agent_nouns", "locative_prepositions", "settlement_nouns",
                 "verb_like_adjectives",
                 "victim_verbs", "protest_verbs", "count_words", "target_nouns", "attack_verbs", "attack_nouns",
                 "weapon_nouns", "name_particles",
                 "title_rank_words", "credit_words", "kind_heads", "leader_nouns", "leader_titles",
                 "relational_nouns", "naming_verbs", "speaker_nouns", "body_sectors", "government_nouns",
                 "own_government_nouns", "own_government_modifiers", "own_military_nouns", "regnal_titles",
                 "head_nouns", "shared_body_names", "counted_thing_nouns",
                 "state_news_agencies", "state_agency_modifiers", "state_firm_nouns", "regional_nationalities",
                 "title_rank_synonyms", "member_official_nouns", "facility_target_nouns",
                 "person_verbs", "street_words", "facility_heads", "weapon_system_heads", "honorifics", "legal_forms",
                 "impersonal_verbs",
                 "impersonal_phrases", "one_person_nouns", "title_complement_words",
                 "local_official_nouns", "calling_sectors", "home_state_sectors", "posting_words",
                 "channel_prepositions", "counted_collective_nouns", "membership_collective_nouns",
                 "force_moving_verbs", "member_nouns", "mission_nouns",
                 "nickname_verbs", "self_naming_verbs", "seat_of_bodies_cities", "capital_nouns", "commanded_nouns",
                 "state_branch_nouns", "opposition_modifiers",
                 "corporate_nouns", "collective_nouns", "place_object_verbs",
                 "place_path_verbs", "ruling_modifiers", "homeland_nouns", "homeland_leaving_verbs",
                 "homeland_path_verbs", "measure_nouns", "partitive_one_words",
                 "union_member_endings", "party_member_nouns", "political_creed_words",
                 "subnational_government_nouns", "handover_verbs"}
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


@lru_cache(maxsize=1)
def load_state_types() -> dict[str, frozenset[str]]:
    """Kinds of state a definite description names ("kingdom", "island nation") -> the ISO3 codes of the states of
    that kind (data/actors/state_types.tsv)."""
    types: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "state_types.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        noun, _, codes = line.partition("\t")
        isos = codes.split()
        bad = [c for c in isos if not _ISO3.match(c)]
        if not noun.strip() or not isos or bad:
            raise KnowledgeError(f"bad state type row {line!r}", where="state_types.tsv")
        types[noun.strip().lower()] = frozenset(isos)
    return types


class KnowledgeError(EventwireError):
    """A knowledge-base file that cannot be read or does not follow docs/KB.md."""

    code = "knowledge"


@dataclass(frozen=True)
class Role:
    title: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class KBEntry:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    weak_aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    demonyms: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    capital: str | None = None
    capital_metonymy: bool = True
    roles: list[Role] = field(default_factory=list)
    description: str | None = None
    source: str | None = None

    def all_aliases(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.aliases]))

    def role_on(self, day: date | None) -> Role | None:
        """The role held on `day` (the latest role when `day` is None or none matches)."""
        if not self.roles:
            return None
        if day is not None:
            for role in reversed(self.roles):
                if role.holds_on(day):
                    return role
        return self.roles[-1]


@dataclass
class Lexicon:
    # lower-cased agent noun (one or more words) -> (kind, sector)
    agent_nouns: dict[str, tuple[str, str]] = field(default_factory=dict)
    platform_nouns: set[str] = field(default_factory=set)
    named_craft_nouns: set[str] = field(default_factory=set)
    envoy_words: set[str] = field(default_factory=set)
    # title (as written, compared case-insensitively) -> sector
    titles: dict[str, str] = field(default_factory=dict)
    # cue word in an organisation name -> (kind, sector)
    org_cues: dict[str, tuple[str, str]] = field(default_factory=dict)
    agent_verbs: set[str] = field(default_factory=set)
    # verbs whose direct object is an addressee: a state or capital name there is its government ("accused Kigali")
    addressee_verbs: set[str] = field(default_factory=set)
    # agent nouns that, singular and without a determiner, name an act rather than a body ("used excessive force")
    mass_sense_nouns: set[str] = field(default_factory=set)
    mass_sense_modifiers: set[str] = field(default_factory=set)
    condition_nouns: set[str] = field(default_factory=set)
    # lower-cased noun -> kinds it may refer back to
    anaphor_nouns: dict[str, set[str]] = field(default_factory=dict)
    # lower-cased noun -> sectors of the named body it may refer back to when no body of its kinds was named
    sector_anaphor_nouns: dict[str, set[str]] = field(default_factory=dict)
    # first or last words of names that are not actors ("Operation ...", "... Agreement"), case-sensitive
    non_actor_words: set[str] = field(default_factory=set)
    # last words of a street's name, case-sensitive ("... Road"): such a name is a place, never an actor
    street_words: set[str] = field(default_factory=set)
    # head nouns of a built place: after a title they make a name a facility's, not a person's
    facility_heads: set[str] = field(default_factory=set)
    # company legal forms closing a firm's name, case-sensitive ("... SA", "... Ltd"): the name is a business, and
    # the name without it ("Kestrel Mining" of "Kestrel Mining Ltd") is the same business
    legal_forms: set[str] = field(default_factory=set)
    # (head noun lemma, modifier word) -> (kind, sector): "aid agencies", "rights groups" are NGOs
    modified_agent_nouns: dict[tuple[str, str], tuple[str, str | None]] = field(default_factory=dict)
    # prepositions (one or two words, lower case) after which a name is a location: "near X", "west of X"
    locative_prepositions: set[str] = field(default_factory=set)
    # adjectives that are verbs too (lower case): after "to" the tagger may take the infinitive for a modifier of
    # its object ("used water cannon to clear demonstrators")
    verb_like_adjectives: set[str] = field(default_factory=set)
    # settlement nouns (lower case): "the town of X", "X district" make X a place
    settlement_nouns: set[str] = field(default_factory=set)
    # verb lemmas whose bare-count object or passive subject counts people ("killing three", "12 were wounded")
    victim_verbs: set[str] = field(default_factory=set)
    # verb lemmas whose bare-count subject is a crowd of protesters ("thousands marched", "hundreds rallied")
    protest_verbs: set[str] = field(default_factory=set)
    # quantity words that count people as a number does in those slots ("injured hundreds")
    count_words: set[str] = field(default_factory=set)
    # lower-cased place or building noun -> the actor kind it stands for as a target ("shelled the village")
    target_nouns: dict[str, str] = field(default_factory=dict)
    # verbs and event nouns whose object is what an attack is aimed at
    attack_verbs: set[str] = field(default_factory=set)
    attack_nouns: set[str] = field(default_factory=set)
    # weapons and projectiles: a verb with one as its object attacks what its "on/at/into" phrase names
    weapon_nouns: set[str] = field(default_factory=set)
    # lemmas of nouns for a weapon system ("launcher", "battery"): a name modifying one is the system's make
    weapon_system_heads: set[str] = field(default_factory=set)
    # verb lemmas whose subject "it" names nothing: weather ("it rained") and raising verbs ("it seems that ...")
    impersonal_verbs: set[str] = field(default_factory=set)
    # "verb-lemma preposition" idioms whose subject "it" names nothing ("come to": "when it comes to prices")
    impersonal_phrases: set[str] = field(default_factory=set)
    # lower-cased words that open a surname ("Le Pen", "van der Berg"): a name left as "Le Pen" after a title-like
    # first word ("Marine Le Pen") is a surname alone, so that word is the given name, not a title
    name_particles: set[str] = field(default_factory=set)
    # lower-cased words that make a title another office ("vice" president, "former" premier)
    title_rank_words: set[str] = field(default_factory=set)
    # lower-cased nouns that, after a country's adjective, name its head of state or government ("the Ukrainian
    # leader"), and the titles such a head is introduced with ("president", "prime minister", "king")
    leader_nouns: set[str] = field(default_factory=set)
    leader_titles: set[str] = field(default_factory=set)
    # lower-cased titles of monarchs, written before one given name and "of" the realm ("King Otto of Ruritania")
    regnal_titles: set[str] = field(default_factory=set)
    # lower-cased nouns for the one who heads the body the words before them name ("army chief", "spy boss")
    head_nouns: set[str] = field(default_factory=set)
    # ISO3 -> KB entry id of the state's own news agency: "the state news agency" in a report filed from that state
    state_news_agencies: dict[str, str] = field(default_factory=dict)
    # lower-cased words that make "news agency" a state's own ("the state news agency", "the official news agency")
    state_agency_modifiers: set[str] = field(default_factory=set)
    # lower-cased nouns (one or two words) for a kind of firm that, after a state_agency_modifiers word, make the
    # name after them a state-owned firm of the report's state ("state miner Codelco", "state carrier Aerolink")
    state_firm_nouns: set[str] = field(default_factory=set)
    # lower-cased two-word nationalities of a region whose last word alone is a state's ("latin american")
    regional_nationalities: set[str] = field(default_factory=set)
    # lower-cased rank word -> the rank word it means ("ex" -> "former"): "the ex-president" is the former president
    title_rank_synonyms: dict[str, str] = field(default_factory=dict)
    # lower-cased nouns for the office-holders of a body named before them ("party officials"): of that body's kind
    member_official_nouns: set[str] = field(default_factory=set)
    # lower-cased target nouns for a facility: one named for its use by a noun ("a power station") is no party
    facility_target_nouns: set[str] = field(default_factory=set)
    # lower-cased nouns that all name a state's government as a whole ("the government", "the regime"): one of them
    # may refer back to a body named with another, but not to a body headed by another institution's noun
    government_nouns: set[str] = field(default_factory=set)
    # lower-cased government nouns that, bare and with no body named before, stand for the government of the state
    # the article is about ("the government", "the junta"); not "the regime", which names a government kept at a
    # distance, seldom the one of the state in focus
    own_government_nouns: set[str] = field(default_factory=set)
    # lower-cased words that may stand between "the" and such a noun and leave it the sitting government of that
    # state ("the military junta", "the federal government"); any other word ("the former government") does not
    own_government_modifiers: set[str] = field(default_factory=set)
    # lower-cased nouns for a state's armed forces as a whole that, bare and answering no force named before, are
    # the forces of the state the report was filed from ("BAMAKO, Mali (AP) — The army said": Mali's army)
    own_military_nouns: set[str] = field(default_factory=set)
    # lower-cased nouns naming one branch of a state with an identity of its own ("air force", "ministry"): a
    # state's generic officials or commanders are not that branch
    state_branch_nouns: set[str] = field(default_factory=set)
    # lower-cased words marking a party as out of government ("the main opposition party", "the opposition X Party")
    opposition_modifiers: set[str] = field(default_factory=set)
    # lower-cased nouns for what only a firm owns or reports ("X's shares", "X posted a loss"): a name whose
    # possessive governs one, or whose verb takes one as object, is a business whatever the tagger read
    corporate_nouns: set[str] = field(default_factory=set)
    # lower-cased singular nouns of a population that name many people at once ("a crowd", "a family"): one of
    # them is no one person
    collective_nouns: set[str] = field(default_factory=set)
    subnational_government_nouns: set[str] = field(default_factory=set)
    # lemmas of verbs whose direct object is a place, never a person ("troops entered X", "rebels overran X")
    place_object_verbs: set[str] = field(default_factory=set)
    # lemmas of verbs of a force's movement whose "from"/"into"/"toward" object is a place ("withdrew from X")
    place_path_verbs: set[str] = field(default_factory=set)
    # lower-cased words marking a party as the one in government ("the ruling X party"): never the opposition
    ruling_modifiers: set[str] = field(default_factory=set)
    # lemmas of nouns for a country as a whole ("the country", "the nation"): where people go or stay, a place
    homeland_nouns: set[str] = field(default_factory=set)
    # lemmas of verbs whose direct object is where someone goes ("leave the country", "entered the nation")
    homeland_leaving_verbs: set[str] = field(default_factory=set)
    # lemmas of verbs of going whose "to"/"from"/"into" object is where someone goes ("returned to the country")
    homeland_path_verbs: set[str] = field(default_factory=set)
    # lemmas of verbs of handing someone or something over whose "to" object receives it ("handed X over to Y")
    handover_verbs: set[str] = field(default_factory=set)
    # lower-cased nouns for an amount or a rate ("turnout", "attendance"): opening a sentence, no name
    measure_nouns: set[str] = field(default_factory=set)
    # lower-cased nouns naming a group by its relation to another ("its allies", "their rivals"): never the owner
    relational_nouns: set[str] = field(default_factory=set)
    # lemmas of participles that give a described person's name ("the suspect, identified as X")
    naming_verbs: set[str] = field(default_factory=set)
    # lemmas of verbs whose active subject is a person or a body, never a place ("meet", "sign", "resign"): a
    # name after a state's possessive doing one is no town of that state ("Ruritania's X met the envoy")
    person_verbs: set[str] = field(default_factory=set)
    # lower-cased agent nouns of a force or a faith that, singular, name one person holding a post ("the general",
    # "a police spokeswoman", "the cleric"): a later "he"/"she" may refer to them as to a person; their kind stays
    one_person_nouns: set[str] = field(default_factory=set)
    # words for one member picked out of a group by "of" ("one of the soldiers", "one of them"): the phrase is one
    # person of that group, not the group
    partitive_one_words: set[str] = field(default_factory=set)
    # endings of the plural nouns for people of a trade ("Dockers", "Operators", "Machinists", "Seamen", "Employees"):
    # one of them before "Union" names a trade union, not a party ("the Coastal Dockers Union")
    union_member_endings: set[str] = field(default_factory=set)
    # plural nouns for the members of a political party or tendency, capitalised ("the Social Democrats",
    # "Republicans"): a party acting, not a nation's people
    party_member_nouns: set[str] = field(default_factory=set)
    # capitalised words for a political creed ("Liberal", "Democratic"): right before an armed group's cue word
    # ("Movement", "Front") they make the name a party's ("the Liberal Movement")
    political_creed_words: set[str] = field(default_factory=set)
    # lemmas of verbs of moving or keeping one's own forces: "Chad sent troops" are Chad's troops
    force_moving_verbs: set[str] = field(default_factory=set)
    # lemmas of participles giving a person's nickname ("known as HH"): the nickname is that person
    nickname_verbs: set[str] = field(default_factory=set)
    # lemmas of verbs a group names itself by ("fighters calling themselves the X Front"): the group is X
    self_naming_verbs: set[str] = field(default_factory=set)
    # lower-cased dateline cities where international bodies sit ("geneva", "new york")
    seat_of_bodies_cities: set[str] = field(default_factory=set)
    # nouns for a state's capital city written without its name ("marched through the capital")
    capital_nouns: set[str] = field(default_factory=set)
    # plural nouns for the people a commander leads ("his men", "her troops")
    commanded_nouns: set[str] = field(default_factory=set)
    # lower-cased nouns for a body's members: "Hamas members" named by the body are that body
    member_nouns: set[str] = field(default_factory=set)
    # lower-cased nouns for a body's envoys that watch: "observers from the African Union" are that body acting
    mission_nouns: set[str] = field(default_factory=set)
    # PLOVER sectors of a narrow calling: "the cleric" is the one person named before in that sector (REL)
    calling_sectors: set[str] = field(default_factory=set)
    # PLOVER sectors of a state's own officers and bodies: one with no state named for it in a datelined report is
    # the dateline state's ("BELGRADE, Serbia (AP) — Interior Minister X said")
    home_state_sectors: set[str] = field(default_factory=set)
    # lemmas of verbs and nouns of putting out a message ("post", "write", "video"): a name that is their "on" /
    # "via" object (channel_prepositions) is the platform it went out on, no actor ("wrote on Telegram")
    posting_words: set[str] = field(default_factory=set)
    channel_prepositions: set[str] = field(default_factory=set)
    # lower-cased collective nouns that, with "of" and a counted group ("a force of 300 soldiers"), are that group
    counted_collective_nouns: set[str] = field(default_factory=set)
    # lower-cased collective nouns that, with "of" and a bare plural group ("a coalition of farmers"), are that group
    membership_collective_nouns: set[str] = field(default_factory=set)
    # lower-cased nouns for a state's own officers: "officials in Kabul" are of the state its "in" phrase names
    local_official_nouns: set[str] = field(default_factory=set)
    # lower-cased words opening the complement of a title in a person's description ("minister of finance", "envoy
    # for Sudan"): the title a later "the minister" repeats is the words before it
    title_complement_words: set[str] = field(default_factory=set)
    # lower-cased words opening a picture credit ("Photo: AP", "Image by Ann Lee"): the names after them made
    # the picture, they are no actors of the story
    credit_words: set[str] = field(default_factory=set)
    # lower-cased head nouns that name a body of their own kind: a known name modifying one names that body only
    # when it is of that kind ("the Congress party" is a party, not the US Congress)
    kind_heads: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # lower-cased forms of address ("mr", "dr."): a title of these alone is no description
    honorifics: set[str] = field(default_factory=set)
    # lower-cased nouns for one who speaks for a body ("spokeswoman"): their sector is the body's when named
    speaker_nouns: set[str] = field(default_factory=set)
    # lower-cased common nouns (one or two words) for a kind of body -> its PLOVER sector ("hospital" -> MED)
    body_sectors: dict[str, str] = field(default_factory=dict)
    # lower-cased names of a state body that many states give theirs ("congress", "the senate", "national guard"):
    # a KB entry known by one of them is that state's body only where the report is not filed from another state
    shared_body_names: set[str] = field(default_factory=set)
    # lower-cased plural agent nouns that, counted ("40 bodies") or owned by people ("the bodies of 12 migrants"),
    # name things, not parties
    counted_thing_nouns: set[str] = field(default_factory=set)


def _fold(text: str) -> str:
    """Lower-cased text without accents ("Inácio" -> "inacio")."""
    from unidecode import unidecode

    return unidecode(text).lower()


class ActorKB:
    """All entries and the lexicon, with the look-up indexes the actors stage needs."""

    def __init__(self, entries: dict[str, KBEntry], lexicon: Lexicon) -> None:
        self.entries = entries
        self.lexicon = lexicon
        self.alias_index: dict[str, list[str]] = {}
        self.weak_alias_index: dict[str, list[str]] = {}
        self.folded_alias_index: dict[str, list[str]] = {}  # accents dropped: "luiz inacio lula da silva"
        self.demonym_index: dict[str, str] = {}  # "syrian" -> "SYR"
        self.people_index: dict[str, str] = {}  # "syrians" -> "SYR"
        self.capital_index: dict[str, str] = {}  # "damascus" -> "SYR"
        # The city where a body other than a state has its seat, whose name used as an agent stands for that body
        # rather than for the host state's government ("if Brussels retaliates" -> the EU): "brussels" -> "eu"
        self.seat_index: dict[str, str] = {}
        self.state_name_index: dict[str, str] = {}  # "syria" -> "SYR"
        self.government_index: dict[str, str] = {}  # "SYR" -> id of the entry for Syria's government
        for entry in entries.values():
            for alias in entry.all_aliases():
                ids = self.alias_index.setdefault(alias.lower(), [])
                if entry.id not in ids:
                    ids.append(entry.id)
                # news copy often drops a name's accents ("Inacio" for "Inácio"): the name without them is the same
                folded = ids if alias.isascii() else self.folded_alias_index.setdefault(_fold(alias), [])
                if entry.id not in folded:
                    folded.append(entry.id)
            for alias in entry.weak_aliases:
                self.weak_alias_index.setdefault(alias.lower(), []).append(entry.id)
            if entry.kind == "country" and entry.country:
                for alias in entry.all_aliases():
                    self.state_name_index[alias.lower()] = entry.country
                for dem in entry.demonyms:
                    self.demonym_index.setdefault(dem.lower(), entry.country)
                for noun in entry.people:
                    self.people_index.setdefault(noun.lower(), entry.country)
                if entry.capital and entry.capital_metonymy:
                    self.capital_index.setdefault(entry.capital.lower(), entry.country)
            elif entry.capital and entry.capital_metonymy:
                self.seat_index.setdefault(entry.capital.lower(), entry.id)
            elif entry.kind == "government" and entry.country and any(
                a.lower().endswith(" government") or a.lower().startswith("government of")
                for a in entry.all_aliases()
            ):
                self.government_index.setdefault(entry.country, entry.id)

    def __len__(self) -> int:
        return len(self.entries)

    def government_of(self, iso3: str | None) -> str | None:
        """The KB id of a state's government entry, where the KB has one ("Syrian government")."""
        return self.government_index.get(iso3) if iso3 else None

    def state(self, iso3: str | None) -> KBEntry | None:
        return self.entries.get(iso3) if iso3 else None

    def country_of_word(self, word: str) -> str | None:
        """ISO3 for a state name, demonym or people noun ("Syria", "Syrian", "Syrians"), else None."""
        low = word.lower()
        return self.state_name_index.get(low) or self.demonym_index.get(low) or self.people_index.get(low)

    def counts_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.entries.values():
            counts[entry.kind] = counts.get(entry.kind, 0) + 1
        return dict(sorted(counts.items()))


# ---------------------------------------------------------------------------------------------------- validation


def _err(where: str, message: str) -> KnowledgeError:
    return KnowledgeError(message, where=where)


def _check_str_list(value: Any, where: str, key: str) -> None:
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        raise _err(where, f"{key} must be a list of non-empty strings")


def _parse_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _err(where, f"role date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def validate_entry(raw: Any, where: str) -> KBEntry:
    """Check one entry mapping against docs/KB.md and build it; raises KnowledgeError naming the problem."""
    if not isinstance(raw, dict):
        raise _err(where, "an entry must be a mapping")
    unknown = set(raw) - set(_ENTRY_KEYS)
    if unknown:
        raise _err(where, f"unknown field(s) {', '.join(sorted(unknown))}")
    for key in _REQUIRED:
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _err(where, f"field {key!r} is required and must be a non-empty string")
    ident = raw["id"]
    where = f"{where} (id {ident})"
    for key, typ in _ENTRY_KEYS.items():
        if key in raw and not isinstance(raw[key], typ):
            raise _err(where, f"field {key!r} has the wrong type ({type(raw[key]).__name__})")
    if raw["kind"] not in ACTOR_KINDS:
        raise _err(where, f"kind {raw['kind']!r} is not one of {', '.join(ACTOR_KINDS)}")
    if raw.get("country") is not None and not _ISO3.match(raw["country"]):
        raise _err(where, f"country {raw['country']!r} is not an ISO 3166-1 alpha-3 code")
    if raw.get("sector") is not None and not _SECTOR.match(raw["sector"]):
        raise _err(where, f"sector {raw['sector']!r} is not a three-letter PLOVER sector code")
    if raw.get("wikidata") is not None and not _QID.match(raw["wikidata"]):
        raise _err(where, f"wikidata {raw['wikidata']!r} is not a Q-id")
    for key in ("aliases", "weak_aliases", "demonyms", "people"):
        if key in raw:
            _check_str_list(raw[key], where, key)
    roles = []
    for n, role in enumerate(raw.get("roles") or []):
        if not isinstance(role, dict) or not isinstance(role.get("title"), str):
            raise _err(where, f"role {n + 1} must be a mapping with a title")
        if set(role) - {"title", "start", "end"}:
            raise _err(where, f"role {n + 1} has unknown fields {sorted(set(role) - {'title', 'start', 'end'})}")
        start, end = _parse_date(role.get("start"), where), _parse_date(role.get("end"), where)
        if start and end and end < start:
            raise _err(where, f"role {role['title']!r} ends before it starts")
        roles.append(Role(title=role["title"], start=start, end=end))
    return KBEntry(
        id=ident, name=raw["name"], kind=raw["kind"], country=raw.get("country"), sector=raw.get("sector"),
        aliases=list(raw.get("aliases") or []), weak_aliases=list(raw.get("weak_aliases") or []),
        wikidata=raw.get("wikidata"), demonyms=list(raw.get("demonyms") or []), people=list(raw.get("people") or []),
        capital=raw.get("capital"), capital_metonymy=raw.get("capital_metonymy", True), roles=roles,
        description=raw.get("description"),
    )


def _validate_lexicon(raw: Any, where: str) -> Lexicon:
    if not isinstance(raw, dict):
        raise _err(where, "lexicon must be a mapping")
    unknown = set(raw) - _LEXICON_KEYS
    if unknown:
        raise _err(where, f"unknown lexicon section(s) {', '.join(sorted(unknown))}")
    lex = Lexicon()
    for group, spec in (raw.get("agent_nouns") or {}).items():
        if not isinstance(spec, dict) or spec.get("kind") not in ACTOR_KINDS or \
                not isinstance(spec.get("sector"), (str, type(None))):
            raise _err(where, f"agent_nouns.{group} needs a valid kind, a sector and words")
        _check_str_list(spec.get("words"), where, f"agent_nouns.{group}.words")
        for word in spec["words"]:
            lex.agent_nouns.setdefault(word.lower(), (spec["kind"], spec["sector"]))
    if "platform_nouns" in raw:
        _check_str_list(raw["platform_nouns"], where, "platform_nouns")
        lex.platform_nouns = {w.lower() for w in raw["platform_nouns"]}
    if "named_craft_nouns" in raw:
        _check_str_list(raw["named_craft_nouns"], where, "named_craft_nouns")
        lex.named_craft_nouns = {w.lower() for w in raw["named_craft_nouns"]}
    if "envoy_words" in raw:
        _check_str_list(raw["envoy_words"], where, "envoy_words")
        lex.envoy_words = {w.lower() for w in raw["envoy_words"]}
    for sector, words in (raw.get("titles") or {}).items():
        _check_str_list(words, where, f"titles.{sector}")
        for word in words:
            lex.titles.setdefault(word.lower(), sector)
    for group, spec in (raw.get("org_cues") or {}).items():
        # a group is named by its kind, or names the kind it gives ("medical: {kind: ngo, sector: MED}")
        kind = spec.get("kind", group) if isinstance(spec, dict) else group
        if kind not in ACTOR_KINDS or not isinstance(spec, dict):
            raise _err(where, f"org_cues.{group}: not an actor kind")
        _check_str_list(spec.get("words"), where, f"org_cues.{group}.words")
        for word in spec["words"]:
            lex.org_cues.setdefault(word, (kind, spec.get("sector")))
    if "agent_verbs" in raw:
        _check_str_list(raw["agent_verbs"], where, "agent_verbs")
        lex.agent_verbs = {w.lower() for w in raw["agent_verbs"]}
    if "addressee_verbs" in raw:
        _check_str_list(raw["addressee_verbs"], where, "addressee_verbs")
        lex.addressee_verbs = {w.lower() for w in raw["addressee_verbs"]}
    if "mass_sense_nouns" in raw:
        _check_str_list(raw["mass_sense_nouns"], where, "mass_sense_nouns")
        lex.mass_sense_nouns = {w.lower() for w in raw["mass_sense_nouns"]}
    if "mass_sense_modifiers" in raw:
        _check_str_list(raw["mass_sense_modifiers"], where, "mass_sense_modifiers")
        lex.mass_sense_modifiers = {w.lower() for w in raw["mass_sense_modifiers"]}
    if "condition_nouns" in raw:
        _check_str_list(raw["condition_nouns"], where, "condition_nouns")
        lex.condition_nouns = {w.lower() for w in raw["condition_nouns"]}
    if "non_actor_words" in raw:
        _check_str_list(raw["non_actor_words"], where, "non_actor_words")
        lex.non_actor_words = set(raw["non_actor_words"])
    if "street_words" in raw:
        _check_str_list(raw["street_words"], where, "street_words")
        lex.street_words = set(raw["street_words"])
    if "facility_heads" in raw:
        _check_str_list(raw["facility_heads"], where, "facility_heads")
        lex.facility_heads = set(raw["facility_heads"])
    if "legal_forms" in raw:
        _check_str_list(raw["legal_forms"], where, "legal_forms")
        lex.legal_forms = set(raw["legal_forms"])
    for group, spec in (raw.get("modified_agent_nouns") or {}).items():
        if not isinstance(spec, dict) or spec.get("kind") not in ACTOR_KINDS or \
                not isinstance(spec.get("sector"), (str, type(None))):
            raise _err(where, f"modified_agent_nouns.{group} needs a valid kind, a sector, heads and modifiers")
        _check_str_list(spec.get("heads"), where, f"modified_agent_nouns.{group}.heads")
        _check_str_list(spec.get("modifiers"), where, f"modified_agent_nouns.{group}.modifiers")
        for head in spec["heads"]:
            for modifier in spec["modifiers"]:
                lex.modified_agent_nouns.setdefault((head.lower(), modifier.lower()), (spec["kind"], spec["sector"]))
    if "locative_prepositions" in raw:
        _check_str_list(raw["locative_prepositions"], where, "locative_prepositions")
        lex.locative_prepositions = {w.lower() for w in raw["locative_prepositions"]}
    if "verb_like_adjectives" in raw:
        _check_str_list(raw["verb_like_adjectives"], where, "verb_like_adjectives")
        lex.verb_like_adjectives = {w.lower() for w in raw["verb_like_adjectives"]}
    if "settlement_nouns" in raw:
        _check_str_list(raw["settlement_nouns"], where, "settlement_nouns")
        lex.settlement_nouns = {w.lower() for w in raw["settlement_nouns"]}
    if "name_particles" in raw:
        _check_str_list(raw["name_particles"], where, "name_particles")
        lex.name_particles = {w.lower() for w in raw["name_particles"]}
    if "title_rank_words" in raw:
        _check_str_list(raw["title_rank_words"], where, "title_rank_words")
        lex.title_rank_words = {w.lower() for w in raw["title_rank_words"]}
    if "calling_sectors" in raw:
        _check_str_list(raw["calling_sectors"], where, "calling_sectors")
        lex.calling_sectors = set(raw["calling_sectors"])
    if "home_state_sectors" in raw:
        _check_str_list(raw["home_state_sectors"], where, "home_state_sectors")
        lex.home_state_sectors = set(raw["home_state_sectors"])
    for key in ("leader_nouns", "leader_titles", "relational_nouns", "naming_verbs", "speaker_nouns", "honorifics",
                "government_nouns", "own_government_nouns", "own_government_modifiers", "own_military_nouns",
                "regnal_titles", "head_nouns", "state_agency_modifiers", "state_firm_nouns", "regional_nationalities",
                "member_official_nouns", "facility_target_nouns", "person_verbs", "one_person_nouns",
                "title_complement_words", "local_official_nouns", "force_moving_verbs",
                "member_nouns", "mission_nouns", "nickname_verbs", "self_naming_verbs", "seat_of_bodies_cities",
                "capital_nouns",
                "commanded_nouns", "posting_words",
                "channel_prepositions", "counted_collective_nouns", "membership_collective_nouns",
                "state_branch_nouns", "opposition_modifiers", "corporate_nouns",
                "collective_nouns", "place_object_verbs", "place_path_verbs", "ruling_modifiers",
                "homeland_nouns", "homeland_leaving_verbs", "homeland_path_verbs", "measure_nouns",
                "partitive_one_words", "union_member_endings", "party_member_nouns",
                "political_creed_words", "shared_body_names", "counted_thing_nouns", "subnational_government_nouns",
                "handover_verbs"):
        if key in raw:
            _check_str_list(raw[key], where, key)
            setattr(lex, key, {w.lower() for w in raw[key]})
    for kind, words in (raw.get("target_nouns") or {}).items():
        if kind not in ACTOR_KINDS:
            raise _err(where, f"target_nouns.{kind}: not an actor kind")
        _check_str_list(words, where, f"target_nouns.{kind}")
        for word in words:
            lex.target_nouns.setdefault(word.lower(), kind)
    for key in ("victim_verbs", "protest_verbs", "count_words", "attack_verbs", "attack_nouns", "weapon_nouns", "credit_words",
                "weapon_system_heads", "impersonal_verbs", "impersonal_phrases"):
        if key in raw:
            _check_str_list(raw[key], where, key)
            setattr(lex, key, {w.lower() for w in raw[key]})
    for kind, spec in (raw.get("kind_heads") or {}).items():
        if kind not in ACTOR_KINDS or not isinstance(spec, dict):
            raise _err(where, f"kind_heads.{kind}: not an actor kind")
        _check_str_list(spec.get("words"), where, f"kind_heads.{kind}.words")
        for word in spec["words"]:
            lex.kind_heads.setdefault(word.lower(), (kind, spec.get("sector")))
    for word, rank in (raw.get("title_rank_synonyms") or {}).items():
        if not isinstance(word, str) or not isinstance(rank, str):
            raise _err(where, f"title_rank_synonyms.{word}: not a word with its rank word")
        lex.title_rank_synonyms[word.lower()] = rank.lower()
    for iso, ident in (raw.get("state_news_agencies") or {}).items():
        if not isinstance(iso, str) or not _ISO3.match(iso) or not isinstance(ident, str):
            raise _err(where, f"state_news_agencies.{iso}: not an ISO3 code with an entry id")
        lex.state_news_agencies[iso] = ident
    for sector, words in (raw.get("body_sectors") or {}).items():
        if not isinstance(sector, str) or not _SECTOR.match(sector):
            raise _err(where, f"body_sectors.{sector}: not a sector code")
        _check_str_list(words, where, f"body_sectors.{sector}")
        for word in words:
            lex.body_sectors.setdefault(word.lower(), sector)
    for kind, words in (raw.get("anaphor_nouns") or {}).items():
        if kind not in ACTOR_KINDS:
            raise _err(where, f"anaphor_nouns.{kind}: not an actor kind")
        _check_str_list(words, where, f"anaphor_nouns.{kind}")
        for word in words:
            lex.anaphor_nouns.setdefault(word.lower(), set()).add(kind)
    for sector, words in (raw.get("sector_anaphor_nouns") or {}).items():
        if not isinstance(sector, str) or not _SECTOR.match(sector):
            raise _err(where, f"sector_anaphor_nouns.{sector}: not a sector code")
        _check_str_list(words, where, f"sector_anaphor_nouns.{sector}")
        for word in words:
            lex.sector_anaphor_nouns.setdefault(word.lower(), set()).add(sector)
    return lex


def validate_kb_data(data: Any, where: str = "<kb>") -> tuple[list[KBEntry], Lexicon | None]:
    """Validate one parsed KB document (docs/KB.md); returns its entries (defaults applied) and lexicon."""
    if not isinstance(data, dict):
        raise _err(where, "a KB file must be a mapping with `version` and `entries` and/or `lexicon`")
    unknown = set(data) - {"version", "defaults", "entries", "lexicon"}
    if unknown:
        raise _err(where, f"unknown top-level key(s) {', '.join(sorted(unknown))}")
    if data.get("version") != 1:
        raise _err(where, f"version must be 1, not {data.get('version')!r}")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict) or set(defaults) - {"kind", "sector", "country"}:
        raise _err(where, "defaults may only set kind, sector and country")
    raw_entries = data.get("entries") or []
    if not isinstance(raw_entries, list):
        raise _err(where, "entries must be a list")
    entries, seen = [], set()
    for n, raw in enumerate(raw_entries):
        merged = {**defaults, **raw} if isinstance(raw, dict) else raw
        entry = validate_entry(merged, f"{where}: entry {n + 1}")
        if entry.id in seen:
            raise _err(where, f"duplicate id {entry.id!r}")
        seen.add(entry.id)
        entries.append(entry)
    lexicon = _validate_lexicon(data["lexicon"], where) if "lexicon" in data else None
    return entries, lexicon


# ---------------------------------------------------------------------------------------------------- PETRARCH

_PETRARCH_CODE = re.compile(r"\[([A-Z~]{3,})\s*([^\]]*)\]")
_SECTOR_KIND = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "armed_group", "INS": "armed_group",
                "UAF": "armed_group", "PTY": "political_party", "OPP": "political_party", "IGO": "igo",
                "NGO": "ngo", "JRN": "media", "MED": "media", "BUS": "business", "REL": "religious",
                "CVL": "population", "SPY": "government", "JUD": "government", "LEG": "government",
                "ELI": "person"}


def _petrarch_phrase(raw: str) -> str:
    words = raw.strip().strip("+").strip().rstrip("_").replace("_", " ").split()
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words)


def read_petrarch_dictionary(path: Path | str) -> list[KBEntry]:
    """Entries from a PETRARCH/Phoenix actor dictionary.

    Format: a root line `BARACK_OBAMA_` opens an entry, `+OBAMA_` lines add synonyms, and bracketed codes give
    the CAMEO actor code with an optional date range: `[USAGOV 090120-170120]`. The first three letters of the
    code are the country (ISO3 when the text is one), the next three the sector. Lines starting `#` are comments.
    Persons are root entries that carry dated codes (or an ELI code); everything else is typed from the sector.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as err:
        raise KnowledgeError(f"cannot read PETRARCH dictionary: {err}", where=str(path)) from None
    entries: list[KBEntry] = []
    current: dict[str, Any] | None = None

    def close() -> None:
        if current and current["codes"]:
            code, dates = current["codes"][0]
            country = code[:3] if _ISO3.match(code[:3]) and code[:3] not in ("IGO", "NGO", "MNC") else None
            sector = code[3:6] if len(code) >= 6 else (code[:3] if code[:3] in ("IGO", "NGO") else None)
            dated = any(d for _, d in current["codes"])
            kind = "person" if dated or sector == "ELI" else _SECTOR_KIND.get(sector or "", "country" if
                                                                                 len(code) == 3 else "other")
            roles = [Role(title=c) for c, d in current["codes"] if d]
            ident = "petrarch:" + re.sub(r"\W+", "_", current["name"].lower()).strip("_")
            entries.append(KBEntry(id=ident, name=current["name"], kind=kind, country=country,
                                   sector=None if sector == "ELI" else sector, aliases=current["aliases"],
                                   roles=roles, source=str(path)))

    for line in lines:
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        codes = [(m.group(1), m.group(2).strip()) for m in _PETRARCH_CODE.finditer(text)]
        phrase_part = _PETRARCH_CODE.sub("", text)
        if text[0].isspace() or text.lstrip().startswith("["):
            if current is not None:
                current["codes"] += codes
            continue
        if text.startswith("+"):
            if current is not None and _petrarch_phrase(phrase_part):
                current["aliases"].append(_petrarch_phrase(phrase_part))
                current["codes"] += codes
            continue
        close()
        name = _petrarch_phrase(phrase_part)
        current = {"name": name, "aliases": [name], "codes": codes} if name else None
    close()
    return entries


# ---------------------------------------------------------------------------------------------------- loading


def read_kb_file(path: Path | str) -> tuple[list[KBEntry], Lexicon | None]:
    """One user KB file: YAML (docs/KB.md) or a PETRARCH/Phoenix `.txt` actor dictionary."""
    path = Path(path)
    if path.suffix.lower() in (".txt", ".dict"):
        return read_petrarch_dictionary(path), None
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise KnowledgeError(f"cannot read KB file: {err}", where=str(path)) from None
    except yaml.YAMLError as err:
        raise KnowledgeError(f"not valid YAML: {err}".splitlines()[0], where=str(path)) from None
    entries, lexicon = validate_kb_data(data, str(path))
    for entry in entries:
        entry.source = str(path)
    return entries, lexicon


def _packaged_documents() -> list[tuple[str, Any]]:
    docs = []
    for item in sorted(DATA_DIR.glob("*.y*ml")):
        docs.append((f"actors/{item.name}", load_yaml(item.read_text(encoding="utf-8"))))
    return docs


def _merge_lexicon(base: Lexicon, extra: Lexicon) -> None:
    base.agent_nouns.update(extra.agent_nouns)
    base.platform_nouns |= extra.platform_nouns
    base.named_craft_nouns |= extra.named_craft_nouns
    base.envoy_words |= extra.envoy_words
    base.titles.update(extra.titles)
    base.org_cues.update(extra.org_cues)
    base.agent_verbs |= extra.agent_verbs
    base.addressee_verbs |= extra.addressee_verbs
    base.mass_sense_nouns |= extra.mass_sense_nouns
    base.mass_sense_modifiers |= extra.mass_sense_modifiers
    base.condition_nouns |= extra.condition_nouns
    base.non_actor_words |= extra.non_actor_words
    base.street_words |= extra.street_words
    base.facility_heads |= extra.facility_heads
    base.legal_forms |= extra.legal_forms
    base.modified_agent_nouns.update(extra.modified_agent_nouns)
    base.locative_prepositions |= extra.locative_prepositions
    base.verb_like_adjectives |= extra.verb_like_adjectives
    base.settlement_nouns |= extra.settlement_nouns
    base.name_particles |= extra.name_particles
    base.title_rank_words |= extra.title_rank_words
    base.leader_nouns |= extra.leader_nouns
    base.leader_titles |= extra.leader_titles
    base.regnal_titles |= extra.regnal_titles
    base.head_nouns |= extra.head_nouns
    base.state_news_agencies.update(extra.state_news_agencies)
    base.state_agency_modifiers |= extra.state_agency_modifiers
    base.state_firm_nouns |= extra.state_firm_nouns
    base.regional_nationalities |= extra.regional_nationalities
    base.title_rank_synonyms.update(extra.title_rank_synonyms)
    base.member_official_nouns |= extra.member_official_nouns
    base.facility_target_nouns |= extra.facility_target_nouns
    base.government_nouns |= extra.government_nouns
    base.own_government_nouns |= extra.own_government_nouns
    base.own_government_modifiers |= extra.own_government_modifiers
    base.own_military_nouns |= extra.own_military_nouns
    base.state_branch_nouns |= extra.state_branch_nouns
    base.opposition_modifiers |= extra.opposition_modifiers
    base.corporate_nouns |= extra.corporate_nouns
    base.collective_nouns |= extra.collective_nouns
    base.subnational_government_nouns |= extra.subnational_government_nouns
    base.place_object_verbs |= extra.place_object_verbs
    base.place_path_verbs |= extra.place_path_verbs
    base.ruling_modifiers |= extra.ruling_modifiers
    base.homeland_nouns |= extra.homeland_nouns
    base.homeland_leaving_verbs |= extra.homeland_leaving_verbs
    base.homeland_path_verbs |= extra.homeland_path_verbs
    base.handover_verbs |= extra.handover_verbs
    base.partitive_one_words |= extra.partitive_one_words
    base.union_member_endings |= extra.union_member_endings
    base.party_member_nouns |= extra.party_member_nouns
    base.political_creed_words |= extra.political_creed_words
    base.shared_body_names |= extra.shared_body_names
    base.counted_thing_nouns |= extra.counted_thing_nouns
    base.measure_nouns |= extra.measure_nouns
    base.relational_nouns |= extra.relational_nouns
    base.naming_verbs |= extra.naming_verbs
    base.person_verbs |= extra.person_verbs
    base.one_person_nouns |= extra.one_person_nouns
    base.title_complement_words |= extra.title_complement_words
    base.local_official_nouns |= extra.local_official_nouns
    base.calling_sectors |= extra.calling_sectors
    base.home_state_sectors |= extra.home_state_sectors
    base.posting_words |= extra.posting_words
    base.channel_prepositions |= extra.channel_prepositions
    base.counted_collective_nouns |= extra.counted_collective_nouns
    base.membership_collective_nouns |= extra.membership_collective_nouns
    base.force_moving_verbs |= extra.force_moving_verbs
    base.member_nouns |= extra.member_nouns
    base.mission_nouns |= extra.mission_nouns
    base.nickname_verbs |= extra.nickname_verbs
    base.self_naming_verbs |= extra.self_naming_verbs
    base.seat_of_bodies_cities |= extra.seat_of_bodies_cities
    base.capital_nouns |= extra.capital_nouns
    base.commanded_nouns |= extra.commanded_nouns
    base.victim_verbs |= extra.victim_verbs
    base.protest_verbs |= extra.protest_verbs
    base.count_words |= extra.count_words
    base.target_nouns.update(extra.target_nouns)
    base.attack_verbs |= extra.attack_verbs
    base.attack_nouns |= extra.attack_nouns
    base.weapon_nouns |= extra.weapon_nouns
    base.weapon_system_heads |= extra.weapon_system_heads
    base.impersonal_verbs |= extra.impersonal_verbs
    base.impersonal_phrases |= extra.impersonal_phrases
    base.honorifics |= extra.honorifics
    base.credit_words |= extra.credit_words
    base.kind_heads.update(extra.kind_heads)
    base.speaker_nouns |= extra.speaker_nouns
    base.body_sectors.update(extra.body_sectors)
    for word, kinds in extra.anaphor_nouns.items():
        base.anaphor_nouns.setdefault(word, set()).update(kinds)
    for word, sectors in extra.sector_anaphor_nouns.items():
        base.sector_anaphor_nouns.setdefault(word, set()).update(sectors)


def _override(old: KBEntry, new: KBEntry, raw_fields: Iterable[str] | None, replace: bool) -> KBEntry:
    """`new` given for an id `old` has: fields `new` sets win; aliases are added to unless `replace`."""
    if replace:
        return new
    merged = KBEntry(**{k: getattr(old, k) for k in old.__dataclass_fields__})
    for key in raw_fields or new.__dataclass_fields__:
        if key in ("id", "replace"):
            continue
        value = getattr(new, key)
        if key in ("aliases", "weak_aliases", "demonyms", "people"):
            setattr(merged, key, list(dict.fromkeys([*getattr(old, key), *value])))
        elif key == "roles":
            merged.roles = [*old.roles, *value]
        else:
            setattr(merged, key, value)
    return merged


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> ActorKB:
    entries: dict[str, KBEntry] = {}
    lexicon = Lexicon()
    for where, data in _packaged_documents():
        file_entries, file_lexicon = validate_kb_data(data, where)
        for entry in file_entries:
            if entry.id in entries:
                raise KnowledgeError(f"id {entry.id!r} is defined twice in the packaged KB", where=where)
            entry.source = where
            entries[entry.id] = entry
        if file_lexicon:
            _merge_lexicon(lexicon, file_lexicon)
    for path in extra:
        raw_by_id: dict[str, dict] = {}
        if Path(path).suffix.lower() not in (".txt", ".dict"):
            try:
                data = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
                raw_by_id = {r["id"]: r for r in data.get("entries") or [] if isinstance(r, dict) and "id" in r}
            except (OSError, yaml.YAMLError, AttributeError):
                pass  # read_kb_file reports it properly
        file_entries, file_lexicon = read_kb_file(path)
        for entry in file_entries:
            raw = raw_by_id.get(entry.id)
            if entry.id in entries:
                fields = set(raw) if raw is not None else None
                entries[entry.id] = _override(entries[entry.id], entry, fields, bool(raw and raw.get("replace")))
            else:
                entries[entry.id] = entry
        if file_lexicon:
            _merge_lexicon(lexicon, file_lexicon)
    return ActorKB(entries, lexicon)


def load_kb(extra: Sequence[Path | str] = ()) -> ActorKB:
    """The packaged KB with `extra` files (YAML or PETRARCH .txt) layered over it, in order. Cached per process."""
    return _load(tuple(str(Path(p)) for p in extra))
