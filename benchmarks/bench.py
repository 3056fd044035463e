"""Speed of factline, side by side with references on the same text (`make bench`).

Measures, on one core, on the BBC News corpus in ../shared/data/news-bulk (2,225 articles):
- the full `analyze` and each stage alone: documents/s, MB/s, time relative to the tokenizer;
- references in the same run: a spaCy blank-English tokenizer + sentencizer pass (the floor for
  reading the text at all) and `dateparser.search.search_dates` (a peer for the time stage);
- how time grows with document length, 1 KB to 1 MB (it must stay linear);
- peak resident memory;
- every regular expression of the package on adversarial 10 KB and 100 KB strings (linearity).

Writes a flat JSON object to benchmarks/results/bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from factline.pipeline import STAGES, analyze
from factline.read import Skipped, read_paths
from factline.record import Analysis, Document
from factline.segment import split_sentences

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "news-bulk" / "bbc-news-2225"
sys.path.insert(0, str(HERE))

from redos import pattern_scaling  # noqa: E402


def load_corpus(limit: int | None) -> list[Document]:
    if not CORPUS.exists():
        sys.exit(f"bench needs {CORPUS} (the shared data beside the checkout)")
    documents = [d for d in read_paths([CORPUS]) if not isinstance(d, Skipped)]
    documents = [d for d in documents if d.text.strip()]
    return documents[:limit] if limit else documents


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def timed(work: Callable[[], Any]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def tokenizer_seconds(texts: Sequence[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 2_000_000
    return timed(lambda: [len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64)])


def dateparser_seconds(texts: Sequence[str]) -> float:
    from dateparser.search import search_dates

    return timed(lambda: [search_dates(t, languages=["en"]) for t in texts])


def stage_seconds(documents: Sequence[Document]) -> dict[str, float]:
    """Each stage's total time over the corpus, run in the pipeline's order."""
    seconds = dict.fromkeys(["segment", *(name for name, _ in STAGES)], 0.0)
    for document in documents:
        started = time.perf_counter()
        analysis = Analysis(document=document, sentences=split_sentences(document.text))
        seconds["segment"] += time.perf_counter() - started
        for name, stage in STAGES:
            started = time.perf_counter()
            found: dict[str, Any] = {name: stage(analysis)}
            analysis = dataclasses.replace(analysis, **found)
            seconds[name] += time.perf_counter() - started
    return seconds


def length_scaling(documents: Sequence[Document]) -> dict[str, float]:
    """Seconds per MB of `analyze` on single documents of 1 KB to 1 MB built from the corpus."""
    pool = "\n\n".join(d.text for d in documents)
    while len(pool) < 1_100_000:
        pool += "\n\n" + pool
    result = {}
    for size in (1_000, 10_000, 100_000, 1_000_000):
        text = pool[:size]
        repeats = max(1, 200_000 // size)
        seconds = timed(lambda: [analyze(text, "2005-01-01") for _ in range(repeats)])  # noqa: B023
        result[f"s_per_mb_{size // 1000}kb"] = seconds / (repeats * size / 1e6)
    result["linearity_1mb_vs_10kb"] = result["s_per_mb_1000kb"] / result["s_per_mb_10kb"]
    return result


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "results" / "bench.json")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--dateparser-docs", type=int, default=100)
    args = parser.parse_args(argv)

    documents = load_corpus(args.limit)
    texts = [d.text for d in documents]
    size_mb = megabytes(texts)
    analyze(texts[0])  # load resources before timing

    results: dict[str, Any] = {"corpus": "bbc-news-2225", "documents": len(texts)}
    results["corpus_mb"] = round(size_mb, 3)
    tokenizer = tokenizer_seconds(texts)
    full = timed(lambda: [analyze(d) for d in documents])
    stages = stage_seconds(documents)
    sample = texts[: args.dateparser_docs]
    dateparser = dateparser_seconds(sample)

    results.update(
        docs_per_s=len(texts) / full,
        mb_per_s=size_mb / full,
        ratio_to_tokenizer=full / tokenizer,
        tokenizer_mb_per_s=size_mb / tokenizer,
        dateparser_mb_per_s=megabytes(sample) / dateparser,
    )
    for name, seconds in stages.items():
        results[f"stage_{name}_mb_per_s"] = size_mb / seconds if seconds else float("inf")
        results[f"stage_{name}_ratio_to_tokenizer"] = seconds / tokenizer
    results["times_vs_dateparser"] = (
        results["stage_times_mb_per_s"] / results["dateparser_mb_per_s"]
    )
    results.update(length_scaling(documents))
    results.update(pattern_scaling())
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results = {k: round(v, 4) if isinstance(v, float) else v for k, v in results.items()}

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    return results


def print_table(results: dict[str, Any]) -> None:
    table = Table(title="factline speed (one core)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in results.items():
        table.add_row(key, f"{value:,.3f}" if isinstance(value, float) else str(value))
    Console().print(table)


if __name__ == "__main__":
    main()
