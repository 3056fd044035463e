"""The tables of `make eval` and `make bench`: headline metrics beside the issues' targets.

Reads the JSON files that `benchmarks/eval_*.py` wrote under benchmarks/results/ and prints one
table (and, with --markdown, the same table as Markdown for the README).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

RESULTS = Path(__file__).resolve().parent / "results"

# (file, metric, target, best published anchor): the targets and anchors are the issues'.
HEADLINES: tuple[tuple[str, str, float | None, str], ...] = (
    ("eval_time", "relaxed_f1", 0.92, "HeidelTime 0.903"),
    ("eval_time", "strict_f1", 0.85, "ClearTK 0.827"),
    ("eval_time", "value_f1", 0.82, "HeidelTime 0.776"),
    ("eval_time", "type_f1", None, ""),
    ("eval_time", "wikiwars_value_f1", None, ""),
    ("eval_time", "heideltime_strict_f1", None, "HeidelTime, same run, same scorer"),
    ("eval_time", "heideltime_relaxed_f1", None, "HeidelTime, same run, same scorer"),
    ("eval_time", "heideltime_value_f1", None, "HeidelTime, same run, same scorer"),
    ("eval_time", "heideltime_wikiwars_value_f1", None, "HeidelTime, same run, same scorer"),
    ("eval_time", "mb_per_s", None, "HeidelTime 0.001 MB/s, same run"),
    ("eval_ner", "f1", 0.88, "spaCy sm 0.85 (OntoNotes); the accurate path"),
    ("eval_ner", "fast_f1", None, "the fast path (CRF), same run"),
    ("eval_ner", "accurate_words_per_s", None, ""),
    ("eval_ner", "fast_words_per_s", None, ""),
    ("eval_places", "toponym_f1", 0.85, ""),
    ("eval_places", "resolution_acc_lgl", 0.794, "Mordecai 3 0.794"),
    ("eval_places", "resolution_acc_trnews", 0.843, "Mordecai 3 0.843"),
    ("eval_places", "resolution_acc_gwn", 0.901, "Mordecai 3 0.901"),
    ("eval_places", "accuracy_161km", 0.90, ""),
    ("eval_places", "baseline_accuracy_161km", None, "largest place of that name, same run"),
    ("eval_places", "ceiling_resolution_acc_gwn", None, "best choice among candidates"),
    ("eval_places", "ceiling_accuracy_161km", None, "best choice among candidates"),
    ("eval_places", "approximate_share", None, "names placed at a town the report names"),
    ("eval_events", "acled_event_type_acc", 0.90, ""),
    ("eval_events", "acled_subtype_acc", 0.85, ""),
    ("eval_events", "acled_fatalities_acc", 0.90, ""),
    ("eval_events", "acled_date_acc", None, ""),
    ("eval_events", "acled_location_acc", None, ""),
    ("eval_events", "acled_inter1_acc", None, "ACLED's actor type of actor1"),
    ("eval_events", "acled_inter2_acc", None, "ACLED's actor type of actor2"),
    ("eval_events", "case_weighted_f1", 0.85, "Haneczok et al. 0.839 (25 types); 0.771 on all 30"),
    ("eval_events", "case_subtask1_weighted_f1", None, "shared task best 0.839, same 25 types"),
    ("eval_events", "case_subtask2_weighted_f1", None, "shared task best 0.797, same 28 types"),
    ("eval_events", "plover_type_acc", 0.80, ""),
    ("eval_events", "plover_source_acc", None, "the GSR's source span"),
    ("eval_events", "plover_target_acc", None, "the GSR's target span"),
    ("eval_events", "news_events_precision", None, "ordinary news, hand-labelled; a070381 0.442"),
    ("eval_events", "news_events_real_kept", None, "its real events coded right; a070381 0.869"),
    ("eval_claims", "f1", 0.85, ""),
    ("eval_claims", "said_by_f1", 0.85, ""),
    ("eval_claims", "polnear_source_f1", 0.60, "NewsClaims claimer 0.423"),
    ("eval_conflicts", "precision", 0.90, ""),
    ("eval_conflicts", "recall", 0.80, ""),
    ("eval_conflicts", "claimdiff_false_flag_rate", -0.05, ""),
    ("eval_stories", "story_test_f1", None, ""),
    ("eval_stories", "duplicate_precision", None, ""),
    ("eval_stories", "duplicate_recall", None, ""),
    ("eval_html", "html_f1", 0.958, "trafilatura 2.0.0 0.958"),
    ("eval_html", "html_recall", 0.978, "trafilatura 2.0.0 0.978"),
    ("eval_html", "trafilatura_f1", None, "trafilatura (installed), same run"),
)


def rows() -> list[tuple[str, str, str, str, str]]:
    """(part, metric, value, target, verdict) for every headline metric."""
    table = []
    for name, metric, target, anchor in HEADLINES:
        path = RESULTS / f"{name}.json"
        results = json.loads(path.read_text()) if path.exists() else {}
        value = results.get(metric)
        shown = "not run" if value is None else f"{value:,.0f}" if value >= 100 else f"{value:.3f}"
        if target is None:
            target_text, verdict = "", ""
        elif target < 0:  # an upper bound, written negative
            target_text = f"<= {-target:.3f}"
            verdict = "" if value is None else ("met" if value <= -target else "short")
        else:
            target_text = f">= {target:.3f}"
            verdict = "" if value is None else ("met" if value >= target else "short")
        part = name.removeprefix("eval_")
        table.append(
            (part, metric, shown, target_text + (f" ({anchor})" if anchor else ""), verdict)
        )
    return table


def speed_rows() -> list[tuple[str, str, str, str]]:
    """(measure, value, target, verdict) from the files `make bench` wrote."""

    def load(name: str) -> dict[str, Any]:
        path = RESULTS / f"{name}.json"
        return json.loads(path.read_text()) if path.exists() else {}

    b, s, d, w = load("bench"), load("bench_stories"), load("bench_dask"), load("load")
    if not all((b, s, d, w)):
        return []
    stage_ratios = [v for k, v in b.items() if k.startswith("stage_") and k.endswith("tokenizer")]
    places_actors = 1 / (1 / b["stage_places_mb_per_s"] + 1 / b["stage_actors_mb_per_s"])
    per_mb = [b[f"s_per_mb_{size}kb"] for size in (1, 10, 100, 1000)]

    def verdict(ok: bool) -> str:
        return "met" if ok else "short"

    return [
        (
            "full `analyze`, BBC News (2,225 docs)",
            f"{b['docs_per_s']:.1f} docs/s, {b['mb_per_s']:.3f} MB/s",
            ">= 100 docs/s",
            verdict(b["docs_per_s"] >= 100),
        ),
        (
            "time relative to the spaCy tokenizer + sentencizer",
            f"{b['ratio_to_tokenizer']:.1f}x (tokenizer {b['tokenizer_mb_per_s']:.2f} MB/s)",
            "",
            "",
        ),
        (
            "slowest stage relative to the tokenizer",
            f"{max(stage_ratios):.2f}x",
            "<= 5x",
            verdict(max(stage_ratios) <= 5),
        ),
        (
            "times stage",
            f"{b['stage_times_mb_per_s']:.2f} MB/s, {b['times_vs_dateparser']:.0f}x"
            f" dateparser.search_dates ({b['dateparser_mb_per_s']:.3f} MB/s)",
            ">= 1 MB/s",
            verdict(b["stage_times_mb_per_s"] >= 1),
        ),
        (
            "places + actors stages",
            f"{places_actors * 1000:.0f} KB/s",
            ">= 300 KB/s",
            verdict(places_actors >= 0.3),
        ),
        (
            "events stage",
            f"{b['stage_events_mb_per_s'] * 1000:.0f} KB/s",
            ">= 300 KB/s",
            verdict(b["stage_events_mb_per_s"] >= 0.3),
        ),
        (
            "seconds per MB at 1 KB / 10 KB / 100 KB / 1 MB documents",
            " / ".join(f"{v:.1f}" for v in per_mb),
            "linear",
            verdict(b["linearity_1mb_vs_10kb"] < 2),
        ),
        (
            "peak resident memory",
            f"{b['peak_rss_mb']:.0f} MB",
            "< 1 GB",
            verdict(b["peak_rss_mb"] < 1000),
        ),
        (
            "worst regex growth for 10x adversarial input",
            f"{b['regex_worst_growth_10x_input']:.1f}x over {b['regex_patterns']} patterns",
            "~10x (linear)",
            verdict(b["regex_worst_growth_10x_input"] < 30),
        ),
        (
            "group and merge 10,000 stored reports",
            f"{s['group_and_merge_seconds']:.1f} s",
            "< 60 s",
            verdict(s["group_and_merge_seconds"] < 60),
        ),
        (
            f"Dask, 1 and 2 workers ({d['documents']} docs)",
            f"{d['dask_1_worker_docs_per_s']} and {d['dask_2_workers_docs_per_s']} docs/s"
            f" ({d['dask_speedup_2_vs_1']}x)",
            ">= 1.7x",
            verdict(d["dask_speedup_2_vs_1"] >= 1.7),
        ),
        (
            f"web, {w['clients']} clients for {w['seconds']:.0f} s while an ingest runs",
            f"{w['requests_per_s']} req/s, p50 {w['p50_ms']:.0f} ms, p99 {w['p99_ms']:.0f} ms,"
            f" {w['errors']} errors",
            "0 errors",
            verdict(w["errors"] == 0),
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--speed", action="store_true", help="the table of `make bench`")
    args = parser.parse_args()
    if args.speed:
        print("| measure | factline | target | |")
        print("|---|---|---|---|")
        for speed_row in speed_rows():
            print("| " + " | ".join(speed_row) + " |")
        return
    header = ("part", "metric", "factline", "target (anchor)", "")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows():
            print("| " + " | ".join(row) + " |")
        return
    table = Table(title="factline accuracy (make eval)")
    for column in header:
        table.add_column(column)
    for row in rows():
        table.add_row(*row)
    Console().print(table)


if __name__ == "__main__":
    main()
