"""Evaluate the figures stage: figures and their sources on the hand-labelled set, and attribution
sources on PolNeAR.

    .venv/bin/python benchmarks/eval_claims.py [--split test] [--out FILE]

- `f1`: a claim is right when its span overlaps a labelled figure and its measure, subject, low
  and high are all the label's (benchmarks/data/figures/, the test split unless told otherwise).
- `said_by_f1`: a claim's `said_by` is right when it overlaps the labelled figure and names the
  labelled source (one text contains the other, ignoring case and a leading article).
- `polnear_source_f1`: attribution source spans against PolNeAR's test split (one annotator per
  article; a predicted span is right when it overlaps a gold source span).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from factline.attribution import find_sources
from factline.segment import split_sentences
from figures_gold import Report, analyze_report, f1, gold_of, load_reports

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "data" / "polnear"


def figure_scores(reports: Iterable[Report]) -> dict[str, float]:
    """Figure and said_by precision, recall and F1 over the given labelled reports."""
    counts = {"tp": 0, "pred": 0, "gold": 0, "said_tp": 0, "said_pred": 0, "said_gold": 0}
    for report in reports:
        analysis = analyze_report(report)
        counts["gold"] += len(report.figures)
        counts["said_gold"] += sum(1 for f in report.figures if f.label.get("said_by"))
        for claim in analysis.claims:
            gold = gold_of(claim, report)
            counts["pred"] += 1
            counts["said_pred"] += claim.said_by is not None
            if gold is None:
                continue
            counts["tp"] += _figure_right(
                claim.measure, claim.subject, claim.low, claim.high, gold.label
            )
            said = claim.said_by.text if claim.said_by else None
            counts["said_tp"] += bool(said) and same_source(said, gold.label.get("said_by"))
    precision, recall, score = f1(counts["tp"], counts["pred"], counts["gold"])
    said_p, said_r, said_f1 = f1(counts["said_tp"], counts["said_pred"], counts["said_gold"])
    return {
        "precision": precision,
        "recall": recall,
        "f1": score,
        "said_by_precision": said_p,
        "said_by_recall": said_r,
        "said_by_f1": said_f1,
        "figures": counts["gold"],
    }


def _figure_right(
    measure: str, subject: str, low: float | None, high: float | None, label: dict[str, Any]
) -> bool:
    return (measure, subject, low, high) == (
        label["measure"],
        label["subject"],
        label["low"],
        label["high"],
    )


def same_source(predicted: str | None, labelled: str | None) -> bool:
    if not predicted or not labelled:
        return False
    a, b = _bare(predicted), _bare(labelled)
    return bool(a and b) and (a in b or b in a)


def _bare(text: str) -> str:
    words = text.lower().split()
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def polnear_records(split: str = "test", limit: int | None = None) -> list[dict[str, Any]]:
    """One annotator's record per article of a PolNeAR split."""
    path = POLNEAR / f"polnear-{split}.jsonl"
    seen: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            seen.setdefault(record["filename"], record)
    return list(seen.values())[:limit]


def polnear_source_scores(records: Iterable[dict[str, Any]]) -> dict[str, float]:
    """Source-span overlap precision, recall and F1 of `find_sources` on PolNeAR records."""
    true_pred = predicted = true_gold = gold = 0
    for record in records:
        text = record["text"]
        spans = {
            tuple(span)
            for attribution in record["attributions"]
            for source in attribution["source"]
            for span in source["spans"]
        }
        found = [
            (s.source.start, s.source.end)
            for sentence in split_sentences(text)
            for s in find_sources(text, sentence.start, sentence.end, opinions=True)
        ]
        found = sorted(set(found))
        predicted += len(found)
        gold += len(spans)
        true_pred += sum(any(_overlaps(f, g) for g in spans) for f in found)
        true_gold += sum(any(_overlaps(f, g) for f in found) for g in spans)
    precision = true_pred / predicted if predicted else 0.0
    recall = true_gold / gold if gold else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "polnear_source_precision": round(precision, 4),
        "polnear_source_recall": round(recall, 4),
        "polnear_source_f1": round(score, 4),
    }


def _overlaps(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["train", "test"])
    parser.add_argument("--polnear-split", default="test", choices=["dev", "test"])
    parser.add_argument("--out", type=Path, help="default: results/eval_claims[_train].json")
    args = parser.parse_args()
    metrics: dict[str, float] = figure_scores(load_reports(args.split))
    if POLNEAR.exists():
        metrics.update(polnear_source_scores(polnear_records(args.polnear_split)))
    # (a train run keeps its own file: the test results are what the README reports)
    on_test = args.split == args.polnear_split == "test"
    suffix = "" if on_test else "_" + args.split
    out = args.out or REPO / "benchmarks" / "results" / f"eval_claims{suffix}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    for name, value in metrics.items():
        print(f"{name:28} {value}")


if __name__ == "__main__":
    main()
