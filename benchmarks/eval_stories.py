"""Score story grouping and duplicate detection against the labels of the real multi-report data.

Data (../shared/data, see each README):
- crisis-timelines-2011: dated timeline entries on the 2011 crises, written independently by
  several outlets. Each entry is one report, published on its date; its crisis is its story.
  The Timeline17 sets (`tl17-*`) are the dev split used to tune the threshold and window; the
  Crisis sets (`crisis-*`) are the test split. Their README labels two duplicate timelines:
  `tl17-libya/tl6` is `crisis-libya/cnn`, and `tl17-syria/tl1` is `crisis-syria/bbc` with small
  spelling changes. Entry i of one is the duplicate of entry i of the other; entries with the
  same words are duplicates too (identical by definition).
- crisisfacts: the NIST fact lists of 8 disasters (2017-2020), each fact a short report on its
  day; its event is its story (a second test, other domain: disasters, not unrest).

Metrics: pairwise precision, recall and F1 of story grouping (every pair of reports put in the
same story, against the pairs of the same gold story), and pairwise precision and recall of
duplicate detection. Grouping uses the pipeline's places and actors unless `--entities none`.

    .venv/bin/python benchmarks/eval_stories.py [--out FILE] [--entities pipeline|none]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from factline import dedup, stories
from factline.stories import Report

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
TIMELINES = DATA / "crisis-timelines-2011"
CRISISFACTS = DATA / "crisisfacts" / "CrisisFACTs-2022.facts.json"
KAZAKHSTAN = DATA / "kazakhstan-2022" / "articles.jsonl"
OSINTER = DATA / "news-bulk" / "osinter-articlemd-2021-2022" / "articles.jsonl.gz"
DISTRACTOR_DAYS = ("2021-12-28", "2022-01-20")
DEFAULT_OUT = REPO / "benchmarks" / "results" / "eval_stories.json"
DEV_SETS = ("tl17-egypt", "tl17-iraq", "tl17-libya", "tl17-syria")
TEST_SETS = ("crisis-egypt", "crisis-libya", "crisis-syria", "crisis-yemen")
LABELLED_DUPLICATES = (
    ("tl17-libya/tl6", "crisis-libya/cnn"),
    ("tl17-syria/tl1", "crisis-syria/bbc"),
)
_DATE_LINE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Entry:
    """One dated report with its gold story, and where it came from (`set/outlet`, index)."""

    report: Report
    story: str
    timeline: str
    index: int


def read_timeline(path: Path, story: str) -> list[Entry]:
    """The entries of one timeline file (`YYYY-MM-DD`, sentences, a line of dashes)."""
    timeline = f"{path.parent.name}/{path.stem}"
    entries: list[Entry] = []
    published: date | None = None
    lines: list[str] = []
    for line in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), "-----"]:
        if line.startswith("-----"):
            if published is not None and lines:
                text = " ".join(lines)
                report = Report(id=f"{timeline}#{len(entries)}", published=published, text=text)
                entries.append(Entry(report, story, timeline, len(entries)))
            published, lines = None, []
        elif published is None and _DATE_LINE.fullmatch(line.strip()):
            published = date.fromisoformat(line.strip())
        elif line.strip():
            lines.append(line.strip())
    return entries


def timeline_entries(sets: Sequence[str]) -> list[Entry]:
    entries = []
    for name in sets:
        story = name.split("-", 1)[1]
        for path in sorted((TIMELINES / name).glob("*.txt")):
            entries.extend(read_timeline(path, story))
    return entries


def crisisfacts_entries() -> list[Entry]:
    entries = []
    for event in json.loads(CRISISFACTS.read_text(encoding="utf-8")):
        for index, fact in enumerate(event["allFacts"]):
            report = Report(
                id=f"{event['eventID']}#{index}",
                published=datetime.fromtimestamp(fact["dateUnix"] / 1000, UTC).date(),
                text=fact["fact"],
            )
            entries.append(Entry(report, event["eventID"], event["eventID"], index))
    return entries


def kazakhstan_entries() -> list[Entry]:
    """Full articles: the real Kazakhstan reports among other news of the same days.

    The story is the unrest: the `core` and `snippet` articles of kazakhstan-2022. Its `mention`
    articles (oil prices, bitcoin mining) and the OSINTer articles published between Dec 28 and
    Jan 20 (cyber security; those that mention Kazakhstan left out, as their story is unclear)
    are distractors, each labelled a story of its own.
    """
    entries = []
    for line in KAZAKHSTAN.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        story = "kazakhstan" if article["relevance"] != "mention" else article["id"]
        entries.append(_article_entry(article["id"], article["published"], article, story))
    with gzip.open(OSINTER, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            published = str(article["date"])[:10]
            text = article["text_markdown"]
            if not DISTRACTOR_DAYS[0] <= published <= DISTRACTOR_DAYS[1]:
                continue
            if "kazakh" not in text.lower():
                entries.append(_article_entry(article["id"], published, article, article["id"]))
    return entries


def _article_entry(key: str, published: str, article: dict[str, str], story: str) -> Entry:
    text = f"{article.get('title') or ''}\n{article.get('text') or article['text_markdown']}"
    report = Report(id=key, published=date.fromisoformat(published), text=text)
    return Entry(report, story, "kazakhstan", 0)


def score_story_of(
    entries: list[Entry],
    story: str,
    threshold: float = stories.THRESHOLD,
    window: int = stories.WINDOW_DAYS,
) -> dict[str, float]:
    """Pairwise precision and recall of one story's grouping: pairs with one of its reports."""
    ordered = in_publication_order(entries)
    labels = stories.group([e.report for e in ordered], threshold, window)
    members = {label for label, e in zip(labels, ordered, strict=True) if e.story == story}
    inside = Counter(label for label, e in zip(labels, ordered, strict=True) if e.story == story)
    alongside = Counter(label for label in labels if label in members)
    true_pairs = sum(inside.values()) * (sum(inside.values()) - 1) // 2
    both = sum(n * (n - 1) // 2 for n in inside.values())
    found = sum(
        inside[label] * (inside[label] - 1) // 2
        + inside[label] * (alongside[label] - inside[label])
        for label in members
    )
    return {
        "precision": both / found if found else 1.0,
        "recall": both / true_pairs if true_pairs else 1.0,
        "reports": len(entries),
    }


def with_entities(entries: list[Entry]) -> list[Entry]:
    """The entries with the place and actor names the pipeline finds in them."""
    from factline.pipeline import analyze
    from factline.record import Actor, Document, Place

    found = []
    for entry in entries:
        report = entry.report
        analysis = analyze(Document(text=report.text), report.published)
        named: list[Place | Actor] = [*analysis.places, *analysis.actors]
        names = [item.name.lower() for item in named]
        found.append(replace(entry, report=replace(report, entities=tuple(dict.fromkeys(names)))))
    return found


def in_publication_order(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.report.published or date.max, e.report.id))


def pairwise_scores(predicted: Sequence[object], gold: Sequence[object]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a grouping, counting pairs from group sizes."""

    def same_pairs(keys: Iterable[object]) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(keys).values())

    both = same_pairs(zip(predicted, gold, strict=True))
    found, true = same_pairs(predicted), same_pairs(gold)
    precision = both / found if found else 1.0
    recall = both / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def score_grouping(
    entries: list[Entry], threshold: float = stories.THRESHOLD, window: int = stories.WINDOW_DAYS
) -> dict[str, float]:
    ordered = in_publication_order(entries)
    labels = stories.group([e.report for e in ordered], threshold, window)
    scores = pairwise_scores(labels, [e.story for e in ordered])
    scores["stories_found"] = len(set(labels))
    scores["stories_true"] = len({e.story for e in ordered})
    return scores


def gold_duplicate_pairs(entries: list[Entry]) -> set[tuple[str, str]]:
    """Labelled duplicate entries: aligned entries of the README's pairs, and identical words."""
    by_place = {(e.timeline, e.index): e.report.id for e in entries}
    pairs = set()
    for first, second in LABELLED_DUPLICATES:
        for (timeline, index), key in by_place.items():
            if timeline == first and (second, index) in by_place:
                pairs.add(tuple(sorted((key, by_place[(second, index)]))))
    by_words: dict[str, list[str]] = {}
    for entry in entries:
        by_words.setdefault(" ".join(dedup.words(entry.report.text)), []).append(entry.report.id)
    for same in by_words.values():
        pairs.update(tuple(sorted(pair)) for pair in itertools.combinations(same, 2))
    return pairs  # type: ignore[return-value]


def score_duplicates(
    entries: list[Entry], threshold: float = dedup.NEAR_DUPLICATE_JACCARD
) -> dict[str, float]:
    ids = [e.report.id for e in entries]
    originals = dedup.duplicate_groups([e.report.text for e in entries], threshold)
    groups: dict[int, list[str]] = {}
    for key, original in zip(ids, originals, strict=True):
        groups.setdefault(original, []).append(key)
    found = {
        tuple(sorted(pair))
        for members in groups.values()
        for pair in itertools.combinations(members, 2)
    }
    gold = gold_duplicate_pairs(entries)
    both = len(found & gold)
    return {
        "precision": both / len(found) if found else 1.0,
        "recall": both / len(gold) if gold else 1.0,
        "pairs_found": len(found),
        "pairs_true": len(gold),
    }


def evaluate(entities: str = "pipeline", limit: int | None = None) -> dict[str, float]:
    """Every metric, as a flat object; `limit` keeps the first entries of each timeline."""
    dev = timeline_entries(DEV_SETS)
    test = timeline_entries(TEST_SETS)
    facts = crisisfacts_entries()
    if limit is not None:
        dev, test, facts = (_first(e, limit) for e in (dev, test, facts))
    if entities == "pipeline":
        dev, test, facts = with_entities(dev), with_entities(test), with_entities(facts)
    metrics: dict[str, float] = {}
    started = time.perf_counter()
    for name, entries in (("dev", dev), ("test", test), ("crisisfacts", facts)):
        for key, value in score_grouping(entries).items():
            metrics[f"story_{name}_{key}"] = value
    kazakhstan = kazakhstan_entries()
    if entities == "pipeline":
        kazakhstan = with_entities(kazakhstan)
    for key, value in score_story_of(kazakhstan, "kazakhstan").items():
        metrics[f"story_kazakhstan_{key}"] = value
    for key, value in score_duplicates(in_publication_order(dev + test)).items():
        metrics[f"duplicate_{key}"] = value
    metrics["reports"] = len(dev) + len(test) + len(facts)
    metrics["seconds"] = round(time.perf_counter() - started, 2)
    return metrics


def _first(entries: list[Entry], limit: int) -> list[Entry]:
    return [e for e in entries if e.index < limit]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--entities", choices=("pipeline", "none"), default="pipeline")
    args = parser.parse_args(argv)
    metrics = evaluate(args.entities)
    metrics = {k: round(v, 4) if isinstance(v, float) else v for k, v in metrics.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    width = max(len(key) for key in metrics)
    for key, value in metrics.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
