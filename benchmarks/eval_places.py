"""Place names on news geoparsing sets (LGL, TR-News, GeoWebNews): finding them and resolving them.

Sets and format: ../shared/data/geoparsing/README.md. Evaluation only: nothing here trains.
- `toponym_f1` (and precision, recall): exact character spans of place names found by
  `find_mentions`, pooled over the three sets. Gold: every LGL and TR-News toponym except
  demonyms ("Turkish": factline's record keeps demonyms out of places, by design), and GeoWebNews
  spans of the toponym types Literal, Literal_Modifier, Non_Literal_Modifier, Metonymic, Mixed,
  Coercion and Embedded_Literal (not Demonym, Language, Homonym, Non_Toponym, Embedded_Non_Lit,
  nor the `*_Expression` phrases such as "the city").
- `resolution_acc_<set>`: given the gold toponyms, the share resolved to the gold GeoNames id;
  `accuracy_161km`: the share within 161 km (100 miles) of the gold coordinates, over all three.
  A name the gazetteer has no candidate for (a church, a street, a river), or one found only
  through a small town inside it far from the report's other towns ("Griffith Park"), may get an
  approximate point, the town it most likely lies in: it counts within 161 km, never as an id.
  `approximate_share`: the share of gold coordinates given such a point; `approximate_161km`:
  the share of those points within 161 km of the gold.
- The same for the naive baseline, "the largest place of that name" (`baseline_*`), and for the
  ceiling of factline's gazetteer (`ceiling_*`): the share whose gold place is among the
  candidates the resolver chooses from, so the most any choice among them can reach (approximate
  points can take `accuracy_161km` above `ceiling_accuracy_161km`, never `resolution_acc_*`).
- Held-out part (the README's suggestion, never used to set weights): LGL and TR-News articles
  whose index is 4 mod 5, GeoWebNews files numbered 250 and up (`*_heldout`).

Run: .venv/bin/python benchmarks/eval_places.py [--out FILE] [--limit N]
     .venv/bin/python benchmarks/eval_places.py --errors  (recognition errors, tuning part only)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

from factline.gazetteer import Entry, Gazetteer, load_gazetteer, name_key
from factline.geo import haversine_km
from factline.places import find_mentions, mention_at
from factline.places_resolve import Resolution, candidate_places, resolve

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "geoparsing"
DEFAULT_OUT = REPO / "benchmarks" / "results" / "eval_places.json"

SETS = {"lgl": "lgl.xml", "trnews": "TR-News.xml", "gwn": "GWN.xml"}
GWN_TOPONYM_TYPES = frozenset(
    {
        "Literal",
        "Literal_Modifier",
        "Non_Literal_Modifier",
        "Metonymic",
        "Mixed",
        "Coercion",
        "Embedded_Literal",
    }
)
RADIUS_KM = 161.0
ALIGN_WINDOW = 60

Resolver = Callable[[str, Sequence["Toponym"], Gazetteer], list[Resolution | None]]


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    phrase: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    is_place_name: bool


@dataclass(frozen=True)
class Article:
    corpus: str
    index: int
    text: str
    toponyms: tuple[Toponym, ...]
    heldout: bool


def load_articles(corpus: str, limit: int | None = None) -> list[Article]:
    root = ET.parse(DATA / SETS[corpus]).getroot()
    articles = []
    for index, node in enumerate(root.iter("article")):
        if limit is not None and index >= limit:
            break
        text = node.findtext("text") or ""
        if corpus == "gwn":
            toponyms = [_gwn_toponym(t) for t in node.iter("toponym")]
            heldout = int(node.attrib["file"]) >= 250
        else:
            toponyms = [_lgl_toponym(t) for t in node.iter("toponym")]
            heldout = index % 5 == 4
        aligned = tuple(filter(None, (_aligned(text, t) for t in toponyms)))
        articles.append(Article(corpus, index, text, aligned, heldout))
    return articles


def _aligned(text: str, toponym: Toponym) -> Toponym | None:
    """The toponym with offsets that point at its phrase (a few TR-News articles are shifted by
    some characters), or None where the phrase is not near its offsets."""
    if text[toponym.start : toponym.end] == toponym.phrase:
        return toponym
    window = max(0, toponym.start - ALIGN_WINDOW)
    found = text.find(toponym.phrase, window, toponym.end + ALIGN_WINDOW)
    if found < 0 or not toponym.phrase:
        return None
    return replace(toponym, start=found, end=found + len(toponym.phrase))


def _is_demonym(phrase: str) -> bool:
    return name_key(phrase) in load_gazetteer().demonyms


def _float(text: str | None) -> float | None:
    return float(text) if text else None


def _lgl_toponym(node: ET.Element) -> Toponym:
    tag = node.find("gaztag")
    phrase = node.findtext("phrase") or ""
    return Toponym(
        start=int(node.findtext("start") or 0),
        end=int(node.findtext("end") or 0),
        phrase=phrase,
        geonames_id=int(tag.attrib["geonameid"]) if tag is not None else None,
        lat=_float(tag.findtext("lat")) if tag is not None else None,
        lon=_float(tag.findtext("lon")) if tag is not None else None,
        is_place_name=not _is_demonym(phrase),
    )


def _gwn_toponym(node: ET.Element) -> Toponym:
    geonames_id = node.findtext("geonamesID")
    phrase = node.findtext("extractedName") or ""
    return Toponym(
        start=int(node.findtext("start") or 0),
        end=int(node.findtext("end") or 0),
        phrase=phrase,
        geonames_id=int(geonames_id) if geonames_id else None,
        lat=_float(node.findtext("latitude")),
        lon=_float(node.findtext("longitude")),
        is_place_name=node.findtext("type") in GWN_TOPONYM_TYPES and not _is_demonym(phrase),
    )


def recognition_counts(articles: Iterable[Article]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of exact place-name spans."""
    gazetteer = load_gazetteer()
    tp = fp = fn = 0
    for article in articles:
        gold = {(t.start, t.end) for t in article.toponyms if t.is_place_name}
        found = {(m.start, m.end) for m in find_mentions(article.text, gazetteer)}
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    return tp, fp, fn


def factline_resolver(
    text: str, toponyms: Sequence[Toponym], gazetteer: Gazetteer
) -> list[Resolution | None]:
    mentions = [mention_at(text, t.start, t.end) for t in toponyms]
    return resolve(text, mentions, gazetteer)


def largest_resolver(
    text: str, toponyms: Sequence[Toponym], gazetteer: Gazetteer
) -> list[Resolution | None]:
    """The naive baseline: the place of that name with the most people (regions count none)."""
    found: list[Resolution | None] = []
    for toponym in toponyms:
        options = gazetteer.candidates(name_key(toponym.phrase))
        largest = max(options, key=_people, default=None)
        found.append(Resolution(largest, 1.0) if largest is not None else None)
    return found


def _people(entry: Entry) -> int:
    return 0 if entry.kind in ("admin1", "admin2") else entry.population


@dataclass
class Counts:
    """Over the resolvable gold toponyms: right ids of those with a gold id, points within
    161 km of those with gold coordinates, and the approximate points among the latter."""

    right: int = 0
    with_id: int = 0
    near: int = 0
    with_coords: int = 0
    approximate: int = 0
    approximate_near: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def resolution_counts(articles: Iterable[Article], resolver: Resolver) -> Counts:
    """How a resolver does on the gold toponyms: an approximate point never counts as the right
    id (it is its town's), only as a point."""
    gazetteer = load_gazetteer()
    counts = Counts()
    for article in articles:
        gold = [t for t in article.toponyms if t.geonames_id or t.lat is not None]
        for toponym, found in zip(gold, resolver(article.text, gold, gazetteer), strict=True):
            entry = found.entry if found is not None else None
            approximate = found is not None and found.approximate
            if toponym.geonames_id:
                counts.with_id += 1
                counts.right += (
                    entry is not None
                    and not approximate
                    and entry.geonames_id == toponym.geonames_id
                )
            if toponym.lat is not None and toponym.lon is not None:
                near = _within(entry, toponym.lat, toponym.lon)
                counts.with_coords += 1
                counts.near += near
                counts.approximate += approximate
                counts.approximate_near += approximate and near
    return counts


def ceiling_counts(articles: Iterable[Article]) -> Counts:
    """`resolution_counts` of a resolver that always picks the right candidate, where the
    gazetteer offers it: the most any choice among factline's candidates can score. A gold place
    the gazetteer lacks (a church, a river, a neighbourhood) is out of reach of every choice (an
    approximate point may still fall near it)."""
    gazetteer = load_gazetteer()
    counts = Counts()
    for article in articles:
        for toponym in (t for t in article.toponyms if t.geonames_id or t.lat is not None):
            mention = mention_at(article.text, toponym.start, toponym.end)
            options = candidate_places(mention, gazetteer)
            if toponym.geonames_id:
                counts.with_id += 1
                counts.right += any(entry.geonames_id == toponym.geonames_id for entry in options)
            if toponym.lat is not None and toponym.lon is not None:
                counts.with_coords += 1
                counts.near += any(_within(entry, toponym.lat, toponym.lon) for entry in options)
    return counts


def _within(entry: Entry | None, lat: float, lon: float) -> bool:
    if entry is None or entry.lat is None or entry.lon is None:
        return False
    return haversine_km(entry.lat, entry.lon, lat, lon) <= RADIUS_KM


def evaluate(corpora: dict[str, list[Article]]) -> dict[str, float]:
    """The flat metrics object for these articles (all of them, then the held-out part)."""
    metrics: dict[str, float] = {}
    for suffix, keep in (("", lambda a: True), ("_heldout", lambda a: a.heldout)):
        parts = {name: [a for a in articles if keep(a)] for name, articles in corpora.items()}
        metrics.update(_metrics(parts, suffix))
    return metrics


def _metrics(corpora: dict[str, list[Article]], suffix: str) -> dict[str, float]:
    metrics: dict[str, float] = {}
    tp, fp, fn = recognition_counts(a for articles in corpora.values() for a in articles)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    metrics[f"toponym_precision{suffix}"] = precision
    metrics[f"toponym_recall{suffix}"] = recall
    metrics[f"toponym_f1{suffix}"] = _ratio(2 * precision * recall, precision + recall)
    for prefix, resolver in (("", factline_resolver), ("baseline_", largest_resolver)):
        total = Counts()
        for name, articles in corpora.items():
            counts = resolution_counts(articles, resolver)
            metrics[f"{prefix}resolution_acc_{name}{suffix}"] = _ratio(counts.right, counts.with_id)
            total += counts
        metrics[f"{prefix}accuracy_161km{suffix}"] = _ratio(total.near, total.with_coords)
        if not prefix:
            metrics[f"approximate_share{suffix}"] = _ratio(total.approximate, total.with_coords)
            metrics[f"approximate_161km{suffix}"] = _ratio(
                total.approximate_near, total.approximate
            )
    ceiling = Counts()
    for name, articles in corpora.items():
        counts = ceiling_counts(articles)
        metrics[f"ceiling_resolution_acc_{name}{suffix}"] = _ratio(counts.right, counts.with_id)
        ceiling += counts
    metrics[f"ceiling_accuracy_161km{suffix}"] = _ratio(ceiling.near, ceiling.with_coords)
    return metrics


def print_errors(corpora: dict[str, list[Article]], context_chars: int = 40) -> None:
    """Each false positive (FP) and false negative (FN) span of `find_mentions` on the tuning
    part (never the held-out part), with the words around it, for error analysis."""
    gazetteer = load_gazetteer()
    for name, articles in corpora.items():
        for article in (a for a in articles if not a.heldout):
            gold = {(t.start, t.end) for t in article.toponyms if t.is_place_name}
            found = {(m.start, m.end) for m in find_mentions(article.text, gazetteer)}
            for label, spans in (("FP", found - gold), ("FN", gold - found)):
                for start, end in sorted(spans):
                    text = article.text
                    around = (
                        text[max(0, start - context_chars) : start]
                        + f"[[{text[start:end]}]]"
                        + text[end : end + context_chars]
                    )
                    print(f"{label}\t{name}/{article.index}\t{around.replace(chr(10), ' ')}")


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=None, help="articles per set")
    parser.add_argument(
        "--errors", action="store_true", help="print recognition errors of the tuning part"
    )
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"needs {DATA} (the shared data beside the checkout)", file=sys.stderr)
        return 2
    began = time.perf_counter()
    corpora = {name: load_articles(name, args.limit) for name in SETS}
    if args.errors:
        print_errors(corpora)
        return 0
    metrics = evaluate(corpora)
    metrics["seconds"] = round(time.perf_counter() - began, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    for name, value in metrics.items():
        print(f"{name:<40} {value:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
