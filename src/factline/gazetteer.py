"""The gazetteer: GeoNames places by name, loaded once from `resources/gazetteer/`.

`train/build_gazetteer.py` writes the files; `resources/gazetteer/README.md` says what is in them.
Names are looked up by `name_key`, a folded form that makes "Alma-Ata", "Alma Ata" and "alma-ata"
one key and "Zhanaözen" the same as "Zhanaozen".
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib.resources import files
from typing import Literal

PlaceKind = Literal["country", "admin1", "admin2", "capital", "city", "continent", "region"]

# A region's type word, stripped to give the name used in prose ("Almaty Oblysy" -> "Almaty").
_REGION_SUFFIX = re.compile(
    r"(?<!\s)\s+(?:Oblysy|Oblast|Oblast'|Region|Province|Governorate|Department|District|Prefecture|"
    r"Voivodeship|Kray|Krai|County|Parish|Municipality)$"
)
# A region's type before its name: "Province of Laguna", "Municipio de Tijuana", "City of Richmond".
_REGION_PREFIX = re.compile(
    r"^(?:Province|City|County|Municipality|Borough|District|Region)[ ]of[ ]"
    r"|^(?:Provincia|Departamento|Distrito|Municipio)[ ]d[ei][ ]"
)
# Words that name a region's type after its name in prose: "Almaty region", "Kherson oblast".
REGION_WORDS = ("region", "province", "oblast", "governorate", "prefecture", "state")
# Longer names (a few GeoNames alternates run to 26 words) are not looked up in prose.
MAX_NAME_WORDS = 6
_DROPPED = re.compile(r"[.'’`]")
_SPACES = re.compile(r"[\s\-‐–]+")


@dataclass(frozen=True)
class Entry:
    """One GeoNames place. `admin1_code` joins a town to its region (`Gazetteer.admin1_of`)."""

    geonames_id: int
    kind: PlaceKind
    name: str
    country: str
    admin1_code: str
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True)
class Demonym:
    """What a demonym or adjective ("Kazakh", "European") points to: a country or a place."""

    country: str | None
    place_key: str | None


@dataclass(frozen=True)
class Gazetteer:
    rows: tuple[str, ...]  # places.tsv.gz rows, parsed into entries on first use
    by_key: dict[str, list[int]]
    prefixes: frozenset[str]
    regions: dict[tuple[str, str], Entry]
    countries: dict[str, Entry]
    demonyms: dict[str, Demonym]
    not_places: frozenset[str]
    priors: dict[str, tuple[int, int, int]]
    max_words: int

    def candidates(self, key: str) -> tuple[Entry, ...]:
        return tuple(self.entry(i) for i in self.by_key.get(key, ()))

    def entry(self, position: int) -> Entry:
        """The place in row `position` (parsed once)."""
        return _parse_row(self.rows[position])

    @cached_property
    def by_id(self) -> dict[int, int]:
        """Row positions by GeoNames id (built on first use)."""
        return {int(row[: row.index("\t")]): position for position, row in enumerate(self.rows)}

    def find_id(self, geonames_id: int) -> Entry | None:
        position = self.by_id.get(geonames_id)
        return None if position is None else self.entry(position)

    def point_of(self, entry: Entry) -> tuple[float | None, float | None]:
        """Where a place lies: its own coordinates, or, for a district that has none (its towns
        were not found under its name), those of the largest town of its name in its region,
        which a district named after a town ("Ayolas", Misiones) has for its seat."""
        if entry.lat is not None or entry.kind != "admin2":
            return entry.lat, entry.lon
        towns = [
            town
            for town in self.candidates(name_key(entry.name))
            if town.kind in ("city", "capital")
            and (town.country, town.admin1_code) == (entry.country, entry.admin1_code)
        ]
        seat = max(towns, key=lambda town: town.population, default=None)
        return (seat.lat, seat.lon) if seat is not None else (None, None)

    def admin1_of(self, entry: Entry) -> Entry | None:
        """The first-level region a place lies in (itself for a region)."""
        if entry.kind == "admin1":
            return entry
        return self.regions.get((entry.country, entry.admin1_code))


def has_type_word(entry: Entry) -> bool:
    """Whether a region's own name holds its type ("Almaty Oblysy", "Province of Laguna")."""
    return bare_name(entry.name) != entry.name


def is_own_name(entry: Entry, key: str) -> bool:
    """Whether `key` is a place's own name, or for a region its name without its type word
    ("DeKalb" for DeKalb County), rather than one of its alternate names ("Oklahoma" for
    Oklahoma City)."""
    if name_key(entry.name) == key:
        return True
    return entry.kind in ("admin1", "admin2") and name_key(bare_name(entry.name)) == key


def bare_name(name: str) -> str:
    """A region's name without its type word: "Almaty Oblysy", "Province of Laguna" -> "Almaty",
    "Laguna"."""
    return _REGION_PREFIX.sub("", _REGION_SUFFIX.sub("", name))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The lookup form of a name: no accents, lower case, hyphens as spaces, no dots.

    Kept for recent names: the place stage asks for the key of every capitalized word.
    """
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _DROPPED.sub("", name)).strip().lower()


def _resource(name: str) -> str:
    path = files("factline") / "resources" / "gazetteer" / name
    if name.endswith(".gz"):
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


def parse_entry(fields: list[str]) -> Entry:
    """An entry from the first eight columns of a row of places.tsv.gz."""
    geonames_id, kind, name, country, admin1, lat, lon, population = fields[:8]
    return Entry(
        geonames_id=int(geonames_id),
        kind=kind,  # type: ignore[arg-type]
        name=name,
        country=country,
        admin1_code=admin1,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        population=int(population),
    )


def lookup_keys(entry: Entry, alternates: list[str]) -> list[str]:
    """Every key a place is found by: its names, and for regions their prose forms.

    `train/build_gazetteer.py` stores these keys, so that loading does not fold 600,000 names.
    """
    names = [entry.name, *alternates]
    if entry.kind == "country" and entry.name.startswith("The "):
        names.append(entry.name[4:])  # "The Netherlands": news writes "the Netherlands"
    base = bare_name(entry.name)
    if entry.kind == "admin1":
        names += [base, *(f"{base} {word}" for word in REGION_WORDS)]
    elif entry.kind == "admin2":
        names += [base, f"{base} County"] if entry.country == "US" else [base]
    keys: list[str] = []
    for name in names:
        key = name_key(name)
        if key and name.endswith("."):
            key += "."  # an abbreviation ("Kan.", "S.C."): a name only with its full stop
        if key and key not in keys:
            keys.append(key)
    return keys


def _prefixes(keys: Iterable[str]) -> frozenset[str]:
    """The first words of every name of several words ("new", "new york" for "New York City")."""
    found = set()
    for key in keys:
        space = key.find(" ")
        words = 1
        while space > 0 and words < MAX_NAME_WORDS:
            found.add(key[:space])
            space = key.find(" ", space + 1)
            words += 1
    return frozenset(found)


@cache
def load_gazetteer() -> Gazetteer:
    """Read the gazetteer resources once per process."""
    rows, by_key = _rows_and_keys(_resource("places.tsv.gz").splitlines())
    regions = [_parse_row(row) for row in rows if "\tadmin1\t" in row or "\tcountry\t" in row]
    prefixes = _prefixes(by_key)
    return Gazetteer(
        rows=tuple(rows),
        by_key=by_key,
        prefixes=prefixes,
        regions={(e.country, e.admin1_code): e for e in regions if e.kind == "admin1"},
        countries={e.country: e for e in regions if e.kind == "country"},
        demonyms=_demonyms(),
        not_places=frozenset(
            name_key(line) for line in _resource("not_places.txt").splitlines() if line[:1] != "#"
        ),
        priors=_name_priors(),
        # a name has one word more than its longest prefix
        max_words=min(MAX_NAME_WORDS, max((p.count(" ") + 2 for p in prefixes), default=1)),
    )


def _rows_and_keys(lines: list[str]) -> tuple[list[str], dict[str, list[int]]]:
    """The rows of places.tsv.gz without their last column, and row positions by lookup key."""
    rows = []
    by_key: dict[str, list[int]] = {}
    find = by_key.get
    for position, line in enumerate(lines):
        row, _, keys = line.rpartition("\t")
        rows.append(row)
        for key in keys.split("|"):
            positions = find(key)
            if positions is None:
                by_key[key] = [position]
            else:
                positions.append(position)
    return rows, by_key


@lru_cache(maxsize=65536)
def _parse_row(row: str) -> Entry:
    return parse_entry(row.split("\t"))


def _demonyms() -> dict[str, Demonym]:
    table = {}
    for line in _resource("demonyms.tsv").splitlines():
        demonym, country, place = line.split("\t")
        table[name_key(demonym)] = Demonym(country or None, name_key(place) or None)
    return table


def _name_priors() -> dict[str, tuple[int, int, int]]:
    """name key -> (times written in lower case, times tagged LOC, times tagged PER/ORG)."""
    table = {}
    for line in _resource("name_priors.tsv").splitlines():
        if line.startswith("#"):
            continue
        name, lower, loc, other = line.split("\t")
        table[name_key(name)] = (int(lower), int(loc), int(other))
    return table
