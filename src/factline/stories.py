"""Stories: stored reports grouped by time window, shared places and actors, and text similarity.

Grouping is single-pass clustering in publication order, as in topic detection and tracking
(Allan et al., 1998): each report joins the most similar story that was active within the
time window before it, if the similarity reaches a threshold, else it starts a new story. A
report is a TF-IDF vector of its stemmed words plus its place and actor names (as terms of their
own, weighed half as much as a word), with IDF from a fixed background of general news
(`resources/stories/`), and a story is the sum of its reports' vectors. Only the stories that
share most of the report's heaviest terms are compared, so the work grows with the number of
reports, not with their pairs.

Reports already in a story (named by the user, or grouped before) stay where they are and seed
their story; grouping only places the reports that have none.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from itertools import repeat

from factline.store import Store

WINDOW_DAYS = 14
THRESHOLD = 0.12  # for a full report; tuned on Timeline17 dev and full articles (eval_stories)
TERMS_PER_REPORT = 40
LOOKUP_TERMS = 12
CANDIDATES = 25  # the stories sharing most of a report's heaviest terms are scored
MAX_POSTINGS = 300  # a term in more stories than this finds no candidates: it tells none apart
ENTITY_WEIGHT = 0.5  # a place or actor name weighs half a word: more hurt on dev (eval_stories)

_WORD = re.compile(r"[^\W\d_]{2,}")
# Function words carry no topic; the background IDF shrinks them, but not to nothing.
_STOPWORDS = frozenset(
    """a about after again against all also an and any are as at be been before being between
    both but by can could did do does during each few for from further had has have having he her
    here him his how i if in into is it its just more most no nor not now of off on once only or
    other our out over own said same says she should so some such than that the their them then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your""".split()
)

# Longest first: "ians" before "ian" before "an".
_SUFFIXES = ("ians", "ian", "ans", "an", "is", "es", "i", "s", "a")
_LONGEST_SUFFIX = max(len(suffix) for suffix in _SUFFIXES)

Vector = dict[str, float]


@dataclass(frozen=True)
class Report:
    """What grouping needs of a stored report."""

    id: str
    published: date | None
    text: str
    entities: tuple[str, ...] = ()
    story: str | None = None


@dataclass
class _Story:
    """A story being grown: the sum of its reports' vectors and its latest publication date."""

    name: str | None
    centroid: Vector = field(default_factory=dict)
    norm_squared: float = 0.0
    last: date | None = None
    members: list[str] = field(default_factory=list)

    def similarity(self, vector: Vector) -> float:
        if self.norm_squared <= 0:
            return 0.0
        return self.dot(vector) / math.sqrt(self.norm_squared)

    def dot(self, vector: Vector) -> float:
        """The dot product with the centroid, summed in the vector's order (with `map`, as it
        is the inner loop of grouping)."""
        centroid_weights = map(self.centroid.get, vector, repeat(0.0))
        return sum(map(operator.mul, vector.values(), centroid_weights))

    def add(self, report: Report, vector: Vector) -> None:
        dot = self.dot(vector)
        self.norm_squared += 2 * dot + sum(weight * weight for weight in vector.values())
        for term, weight in vector.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        self.members.append(report.id)
        if report.published is not None and (self.last is None or report.published > self.last):
            self.last = report.published


def report_from_row(
    document_id: str, published: str | None, story: str | None, analysis: str
) -> Report:
    """A `Report` from a stored row (the analysis as JSON, read without building the record)."""
    record = json.loads(analysis)
    document = record["document"]
    names = [place["name"] for place in record.get("places", ())]
    names += [actor["name"] for actor in record.get("actors", ())]
    return Report(
        id=document_id,
        published=date.fromisoformat(published) if published else None,
        text=f"{document.get('title') or ''}\n{document['text']}",
        entities=tuple(dict.fromkeys(name.lower() for name in names)),
        story=story,
    )


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem, so plurals and demonyms meet their noun (`syrians`, `syria` → `syri`)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> dict[str, int]:
    """The stemmed content words of a text, counted."""
    counted: dict[str, int] = {}
    for word, count in Counter(_WORD.findall(text.lower())).items():
        term = content_term(word)
        if term is not None:
            counted[term] = counted.get(term, 0) + count
    return counted


@functools.lru_cache(maxsize=200_000)
def content_term(word: str) -> str | None:
    """A word's stem, or None for a function word (one look-up per word of every report)."""
    return None if word in _STOPWORDS else stem(word)


def terms(report: Report) -> dict[str, int]:
    """The report's content words, and its place and actor names as `@name` terms."""
    counted = content_terms(report.text)
    for name in report.entities:
        counted["@" + name] = counted.get("@" + name, 0) + 1
    return counted


@functools.cache
def background_frequencies() -> tuple[int, dict[str, int]]:
    """The background corpus's size and each term's document frequency (resources/stories)."""
    path = files("factline") / "resources" / "stories" / "idf.tsv.gz"
    with gzip.open(io.BytesIO(path.read_bytes()), "rt", encoding="utf-8") as lines:
        documents = int(next(lines).split("\t")[1])
        frequencies = {}
        for line in lines:
            term, count = line.rstrip("\n").split("\t")
            frequencies[term] = int(count)
    return documents, frequencies


@functools.lru_cache(maxsize=500_000)
def idf(term: str) -> float:
    """Smoothed IDF against the background news corpus; a place or actor name is weighed by
    its last word (`@almaty` as `almaty`), and a word the background never saw weighs most."""
    documents, frequencies = background_frequencies()
    word = stem(term[1:].split()[-1]) if term.startswith("@") and term[1:].split() else term
    return 1 + math.log((1 + documents) / (1 + frequencies.get(word, 0)))


def vectors(reports: Sequence[Report]) -> list[Vector]:
    """Unit TF-IDF vectors (sublinear term frequency), cut to each report's heaviest terms."""
    result = []
    for report in reports:
        counted = terms(report)
        # (-weight, term) pairs, sorted: heaviest first, then by term.
        weights = map(operator.mul, map(_sublinear, counted.values()), map(term_weight, counted))
        heaviest = sorted(zip(map(operator.neg, weights), counted, strict=True))
        kept = {term: -weight for weight, term in heaviest[:TERMS_PER_REPORT]}
        norm = math.sqrt(sum(weight * weight for weight in kept.values())) or 1.0
        result.append({term: weight / norm for term, weight in kept.items()})
    return result


@functools.cache
def _sublinear(count: int) -> float:
    """The sublinear term frequency, 1 + log(count)."""
    return 1 + math.log(count)


@functools.lru_cache(maxsize=500_000)
def term_weight(term: str) -> float:
    """A term's IDF, halved for a place or actor name (exactly: halving a float loses nothing,
    so the product with the term frequency is the same in either order)."""
    return idf(term) * (ENTITY_WEIGHT if term.startswith("@") else 1.0)


def group(
    reports: Sequence[Report],
    threshold: float = THRESHOLD,
    window_days: int = WINDOW_DAYS,
    report_vectors: Sequence[Vector] | None = None,
) -> list[int]:
    """The story index of each report; reports must come in publication order (undated last)."""
    stories: list[_Story] = []
    by_name: dict[str, int] = {}
    by_term: dict[str, set[int]] = {}
    labels = []
    report_vectors = vectors(reports) if report_vectors is None else report_vectors
    for report, vector in zip(reports, report_vectors, strict=True):
        if report.story is not None:
            chosen = by_name.setdefault(report.story, len(stories))
            if chosen == len(stories):
                stories.append(_Story(report.story))
        else:
            best = _best_story(report, vector, stories, by_term, threshold, window_days)
            chosen = len(stories) if best is None else best
            if best is None:
                stories.append(_Story(None))
        stories[chosen].add(report, vector)
        for term in vector:
            by_term.setdefault(term, set()).add(chosen)
        labels.append(chosen)
    return labels


def _best_story(
    report: Report,
    vector: Vector,
    stories: list[_Story],
    by_term: dict[str, set[int]],
    threshold: float,
    window_days: int,
) -> int | None:
    heaviest = sorted(vector, key=lambda term: -vector[term])[:LOOKUP_TERMS]
    shared: Counter[int] = Counter()
    for term in heaviest:
        holders = by_term.get(term, ())
        if len(holders) <= MAX_POSTINGS:
            shared.update(holders)
    candidates = [index for index, _ in shared.most_common(CANDIDATES)]
    best, best_score = None, scaled_threshold(threshold, len(vector))
    for index in sorted(candidates):
        story = stories[index]
        if not _within_window(report.published, story.last, window_days):
            continue
        score = story.similarity(vector)
        if score >= best_score:
            best, best_score = index, score
    return best


def scaled_threshold(threshold: float, terms_in_report: int) -> float:
    """The threshold for a report of this many terms: lower for short ones.

    A report of n evenly weighted terms that shares a fraction p of them with a story has a
    cosine of about p·√n, so a short report (a timeline entry, a headline) reaches a lower
    cosine than a full article as closely related to the story.
    """
    return threshold * math.sqrt(min(terms_in_report, TERMS_PER_REPORT) / TERMS_PER_REPORT)


def _within_window(published: date | None, last: date | None, window_days: int) -> bool:
    if published is None or last is None:
        return True
    return abs((published - last).days) <= window_days


def story_name(reports: Sequence[Report], report_vectors: Sequence[Vector], taken: set[str]) -> str:
    """A readable name for a new story: its first date and its three most telling words."""
    weights: Counter[str] = Counter()
    for vector in report_vectors:
        weights.update({term: w for term, w in vector.items() if not term.startswith("@")})
    chosen = [term for term, _ in sorted(weights.items(), key=lambda p: (-p[1], p[0]))[:3]]
    written = _written_as(set(chosen), reports)
    words = [written.get(term, term) for term in chosen]
    first = min((r.published for r in reports if r.published), default=None)
    base = "-".join([first.isoformat() if first else "undated", *words])
    name, suffix = base, 2
    while name in taken:
        name, suffix = f"{base}-{suffix}", suffix + 1
    return name


def _written_as(terms: set[str], reports: Sequence[Report]) -> dict[str, str]:
    """The word the reports most often write for each stemmed term (`kazakhst` → `kazakhstan`)."""
    if not terms:
        return {}
    forms = _forms_of(terms)
    written: Counter[tuple[str, str]] = Counter()
    for report in reports:
        for word in forms.findall(report.text.lower()):
            term = stem(word)
            if term in terms:
                written[(term, word)] += 1
    best: dict[str, str] = {}
    for (term, word), _ in written.most_common():
        best.setdefault(term, word)
    return best


def _forms_of(terms: set[str]) -> re.Pattern[str]:
    """The words that may stem to one of the terms: a whole word (as `_WORD` finds them) that
    is the term and at most a suffix's letters. Looking for these alone is faster than
    stemming every word of every report; `stem` then keeps the true forms."""
    alternatives = "|".join(sorted(re.escape(term) for term in terms))
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternatives})[^\W\d_]{{0,{_LONGEST_SUFFIX}}}(?![^\W\d_])"
    )


def group_store(store: Store) -> dict[str, list[str]]:
    """Put every stored report that has no story into one; returns the new members by story."""
    reports = [report_from_row(*row) for row in store.grouping_rows()]
    if all(report.story is not None for report in reports):
        return {}
    report_vectors = vectors(reports)
    labels = group(reports, report_vectors=report_vectors)
    members: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        members.setdefault(label, []).append(position)
    taken = {report.story for report in reports if report.story is not None}
    placed: dict[str, list[str]] = {}
    for positions in members.values():
        grouped = [reports[i] for i in positions]
        new = [report.id for report in grouped if report.story is None]
        if not new:
            continue
        name = next((r.story for r in grouped if r.story is not None), None)
        if name is None:
            name = story_name(grouped, [report_vectors[i] for i in positions], taken)
            taken.add(name)
        placed[name] = new
    store.assign_stories(placed)
    return placed
