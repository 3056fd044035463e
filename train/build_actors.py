"""Build the actor dictionary `factline/resources/actors/lexicon.json` from its sources.

    .venv/bin/python train/build_actors.py

Sources, all in `factline/resources/actors/` except the first:
- `../shared/data/gazetteer/countryInfo.txt` (GeoNames, CC BY 4.0): every country's ISO code and
  English name, so that countries missing from the alias table are still known by name;
- `countries.tsv`: common names, adjectives and people nouns of countries ("Russia", "UK",
  "Kazakh", "Kazakhs"), written by hand because ISO and GeoNames give official names only;
- `organizations.tsv`, `people.tsv`: intergovernmental bodies, government institutions, armed
  groups, news media, and heads of state and government and other officials often in the news;
- `groups.tsv`: group nouns (protesters, police, troops…) and `titles.tsv`: titles before names;
- `organization_words.tsv`: words in the names of organizations the dictionary lacks, and the
  role they imply ("Ministry", "Police", "News").

The output is one JSON object of phrase tables, which `factline.actors_lexicon` loads once.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

from factline.actors_lexicon import LEXICON_FILE, resource_dir

GEONAMES_COUNTRIES = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "gazetteer" / "countryInfo.txt"
)


def main() -> None:
    sources = resource_dir()
    countries = read_countries(sources / "countries.tsv")
    if GEONAMES_COUNTRIES.exists():
        add_geonames_countries(countries, GEONAMES_COUNTRIES)
    else:
        print(f"note: {GEONAMES_COUNTRIES} absent; countries come from countries.tsv only")
    lexicon = {
        "countries": countries,
        "organizations": read_table(sources / "organizations.tsv"),
        "people": read_table(sources / "people.tsv"),
        "groups": read_table(sources / "groups.tsv"),
        "titles": read_table(sources / "titles.tsv"),
        "organization_words": {
            word: {"role": role, "ends_name": ends_name == "yes"}
            for word, role, ends_name in read_rows(sources / "organization_words.tsv")
        },
    }
    out = sources / LEXICON_FILE
    out.write_text(json.dumps(lexicon, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    sizes = ", ".join(f"{len(entries)} {table}" for table, entries in lexicon.items())
    print(f"wrote {out}: {sizes}")


def read_rows(path: Path) -> list[list[str]]:
    """The rows of a tab-separated source file, without `#` comment lines."""
    with path.open(encoding="utf-8", newline="") as lines:
        rows = csv.reader((line for line in lines if not line.startswith("#")), delimiter="\t")
        return [[field.strip() for field in row] for row in rows if row]


def split(field: str) -> list[str]:
    return [part.strip() for part in field.split("|") if part.strip()]


def read_countries(path: Path) -> dict[str, dict[str, Any]]:
    countries = {}
    for code, names, adjectives, people in read_rows(path):
        countries[code] = {
            "names": split(names),
            "adjectives": split(adjectives),
            "people": split(people),
        }
    return countries


def add_geonames_countries(countries: dict[str, dict[str, Any]], path: Path) -> None:
    """Add GeoNames' English name of every country, as an alias or as the only name."""
    for row in read_rows(path):
        code, name = row[0], row[4]
        entry = countries.setdefault(code, {"names": [], "adjectives": [], "people": []})
        if name not in entry["names"]:
            entry["names"].append(name)


def read_table(path: Path) -> list[dict[str, Any]]:
    """Rows of organizations, people, groups or titles as JSON-ready objects."""
    fields = {
        "organizations.tsv": ("name", "aliases", "kind", "role", "country"),
        "people.tsv": ("name", "aliases", "role", "country", "title"),
        "groups.tsv": ("words", "name", "kind", "role", "alone"),
        "titles.tsv": ("title", "role", "head"),
    }[path.name]
    entries = []
    for row in read_rows(path):
        entry: dict[str, Any] = dict(zip(fields, row + [""] * len(fields), strict=False))
        for key in ("aliases", "words"):
            if key in entry:
                entry[key] = split(entry[key])
        for key in ("alone", "head"):
            if key in entry:
                entry[key] = entry[key] == "yes"
        entries.append({key: None if value == "" else value for key, value in entry.items()})
    return entries


if __name__ == "__main__":
    if not resource_dir().exists():
        sys.exit(f"no source tables in {resource_dir()}")
    main()
