"""Speed of stories: group 10,000 stored reports and merge every story's timeline, figures and
conflicts (the issue's target: under a minute on 2 cores).

The reports are real news texts (BBC News 2225, AG News test, OSINTer), published over 60 days.
Running every stage on 10,000 texts would take far longer than the step measured here, so each
stored report carries the events, places and claims that the pipeline found in one of the demo
reports (examples/kazakhstan), in turn: real records, so merging does real work. Building the
store is timed apart from grouping and merging.

    .venv/bin/python benchmarks/bench_stories.py [--reports 10000] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from factline import story_figures, story_timeline
from factline.pipeline import analyze
from factline.read import Document, read_paths
from factline.record import Analysis
from factline.store import Store
from factline.stories import group_store

REPO = Path(__file__).resolve().parents[1]
BULK = REPO.parent / "shared" / "data" / "news-bulk"
DEFAULT_OUT = REPO / "benchmarks" / "results" / "bench_stories.json"
FIRST_DAY = date(2022, 1, 1)


def news_texts() -> Iterator[str]:
    """Real news texts, long ones first, then many short ones."""
    for path in sorted((BULK / "bbc-news-2225").glob("*/*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")
    with gzip.open(BULK / "osinter-articlemd-2021-2022" / "articles.jsonl.gz", "rt") as lines:
        for line in lines:
            yield json.loads(line)["text_markdown"]
    with (BULK / "ag-news-test" / "test.csv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            yield f"{row['title']}\n{row['description']}"


def demo_analyses() -> list[Analysis]:
    documents = [
        d for d in read_paths([REPO / "examples" / "kazakhstan"]) if isinstance(d, Document)
    ]
    return [analyze(document) for document in documents]


def build_store(url: str, reports: int) -> None:
    templates = demo_analyses()
    with Store(url) as store:
        for number, text in enumerate(news_texts()):
            if number == reports:
                break
            template = templates[number % len(templates)]
            published = (FIRST_DAY + timedelta(days=number % 60)).isoformat()
            document = Document(text=text, source=f"outlet {number % 40}", published=published)
            store.add(dataclasses.replace(template, document=document))


def group_and_merge(url: str) -> dict[str, float]:
    with Store(url) as store:
        started = time.perf_counter()
        placed = group_store(store)
        grouped = time.perf_counter()
        by_story: dict[str | None, list[Analysis]] = {}
        for stored in store.analyses():
            by_story.setdefault(stored.story, []).append(stored.analysis)
        loaded = time.perf_counter()
        events = conflicts = series = 0
        for analyses in by_story.values():
            merged = story_timeline.merge(analyses)
            events += len(merged)
            conflicts += len(story_timeline.date_conflicts(merged))
            conflicts += len(story_figures.story_conflicts(analyses))
            series += len(story_figures.series(analyses))
        merged_at = time.perf_counter()
    return {
        "stories": len(placed),
        "merged_events": events,
        "series": series,
        "conflicts": conflicts,
        "group_seconds": round(grouped - started, 2),
        "load_seconds": round(loaded - grouped, 2),
        "merge_seconds": round(merged_at - loaded, 2),
        "group_and_merge_seconds": round(merged_at - started, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        started = time.perf_counter()
        build_store(url, args.reports)
        metrics: dict[str, float] = {
            "reports": args.reports,
            "build_seconds": round(time.perf_counter() - started, 2),
        }
        metrics.update(group_and_merge(url))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    for key, value in metrics.items():
        print(f"{key:<26} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
