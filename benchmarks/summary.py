"""The accuracy table of `make eval`: each part's headline metrics beside the issues' targets.

Reads the JSON files that `benchmarks/eval_*.py` wrote under benchmarks/results/ and prints one
table (and, with --markdown, the same table as Markdown for the README).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

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
    ("eval_ner", "f1", 0.88, "spaCy sm 0.85 (OntoNotes)"),
    ("eval_places", "toponym_f1", 0.85, ""),
    ("eval_places", "resolution_acc_lgl", 0.794, "Mordecai 3 0.794"),
    ("eval_places", "resolution_acc_trnews", 0.843, "Mordecai 3 0.843"),
    ("eval_places", "resolution_acc_gwn", 0.901, "Mordecai 3 0.901"),
    ("eval_places", "accuracy_161km", 0.90, ""),
    ("eval_places", "baseline_accuracy_161km", None, "largest place of that name, same run"),
    ("eval_events", "acled_event_type_acc", 0.90, ""),
    ("eval_events", "acled_subtype_acc", 0.85, ""),
    ("eval_events", "acled_fatalities_acc", 0.90, ""),
    ("eval_events", "acled_date_acc", None, ""),
    ("eval_events", "acled_location_acc", None, ""),
    ("eval_events", "case_weighted_f1", 0.85, "Haneczok et al. 0.839"),
    ("eval_events", "plover_type_acc", 0.80, ""),
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
        shown = "not run" if value is None else f"{value:.3f}"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
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
