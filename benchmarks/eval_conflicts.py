"""Evaluate the check stage: figure conflicts on the hand-labelled pairs, false flags on ClaimDiff.

    .venv/bin/python benchmarks/eval_conflicts.py [--split test] [--out FILE] [--misses]
    .venv/bin/python benchmarks/eval_conflicts.py --split train --cross-validate

`--misses` prints each labelled conflict of the split that is not flagged, with the sentence of
each of its figures and the claims factline extracts from that sentence (run it on train).
`--cross-validate` (train only) is the generalisation check: leave one crisis out, fit the learned
pair decider (`train/build_conflicts.py`) on the other crises, and score the held-out crisis's
pairs, by the decider alone and with the rules, per crisis and pooled. The rules were written on
the train reports, so their own train recall tells nothing of new text; the decider's held-out
recall does.

- `precision`, `recall`: the reports of a split are analyzed, their claims are compared across
  each crisis with `figure_conflicts` (the cross-report function), and each flagged pair is
  mapped to the labelled figures it overlaps. Precision is over flagged pairs that are labelled
  (conflict or not), recall over the labelled conflicts; `unlabelled_flags` counts flagged pairs
  nobody labelled (reported, so that they can be read).
- `claimdiff_false_flag_rate`: ClaimDiff's cross-outlet claim pairs differ in nuance but do not
  contradict each other; the share of pairs where any claim of one is flagged against the other.
  Few ClaimDiff claims hold a figure on both sides (`claimdiff_pairs_with_figures`), so this is a
  guard against false flags on ordinary news prose more than a test of figure comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from factline import analyze
from factline.conflicts import (
    ClaimInContext,
    claims_in_context,
    conflict_model,
    figure_conflicts,
)
from factline.record import Document
from figures_gold import Report, analyze_report, gold_of, load_pairs, load_reports

REPO = Path(__file__).resolve().parents[1]
CLAIMDIFF = REPO.parent / "shared" / "data" / "claimdiff" / "ClaimDiff-weak-test-full.json"


def conflict_scores(reports: Iterable[Report], pairs: list[dict[str, Any]]) -> dict[str, float]:
    """Precision and recall of flagged figure conflicts against the labelled pairs."""
    labelled = {frozenset((p["a"], p["b"])): p["conflict"] for p in pairs}
    flagged = flagged_pairs(reports)
    judged = [pair for pair in flagged if pair in labelled]
    right = sum(1 for pair in judged if labelled[pair])
    conflicts = sum(1 for is_conflict in labelled.values() if is_conflict)
    precision = right / len(judged) if judged else 0.0
    recall = right / conflicts if conflicts else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "flagged": len(flagged),
        "unlabelled_flags": len(flagged) - len(judged),
        "labelled_conflicts": conflicts,
    }


def flagged_pairs(reports: Iterable[Report]) -> set[frozenset[str]]:
    """The pairs of labelled figures that the detector flags, over each crisis's reports."""
    by_crisis: dict[str, list[tuple[ClaimInContext, str | None]]] = defaultdict(list)
    for report in reports:
        analysis = analyze_report(report)
        for item in claims_in_context(analysis):
            gold = gold_of(item.claim, report)
            by_crisis[report.crisis].append((item, gold.key if gold else None))
    flagged: set[frozenset[str]] = set()
    for items in by_crisis.values():
        keys = {id(item): key for item, key in items}
        for conflict in figure_conflicts([item for item, _ in items]):
            pair = (keys[id(conflict.first)], keys[id(conflict.second)])
            flagged.add(frozenset(str(key) for key in pair))
    return flagged


def missed_conflicts(reports: list[Report], pairs: list[dict[str, Any]]) -> list[str]:
    """Each labelled conflict the detector misses, told with both evidence sentences and the
    claims extracted from each, so that the cause can be read."""
    flagged = flagged_pairs(reports)
    by_id = {report.id: report for report in reports}
    lines = []
    for pair in pairs:
        if pair["conflict"] and frozenset((pair["a"], pair["b"])) not in flagged:
            lines.append(f"MISSED {pair['a']} ~ {pair['b']} ({pair['why']})")
            lines += [_evidence(by_id, key) for key in (pair["a"], pair["b"])]
    return lines


def _evidence(reports: dict[str, Report], key: str) -> str:
    """ "  sindh-3#f4 [2025-08-13] <sentence>" and the claims factline finds in it."""
    report = reports[key.split("#")[0]]
    figure = next(f for f in report.figures if f.key == key)
    analysis = analyze_report(report)
    sentence = next((s for s in analysis.sentences if s.start <= figure.start < s.end), None)
    if sentence is None:
        return f"  {key}: not in any sentence"
    lines = [
        f"  {key} [{report.document.published}] {analysis.text[sentence.start : sentence.end]}"
    ]
    for item in claims_in_context(analysis):
        claim = item.claim
        if sentence.start <= claim.start < sentence.end:
            said = claim.said_by.text if claim.said_by else None
            where = item.place.name if item.place else None
            lines.append(
                f"    {claim.text!r} {claim.measure}/{claim.subject} {claim.low}..{claim.high} "
                f"{claim.stance} by={said} place={where} date={item.date} part={item.part}"
            )
    return "\n".join(lines)


def cross_validation(reports: list[Report], pairs: list[dict[str, Any]]) -> list[str]:
    """Leave-one-crisis-out scores of the learned decider at its shipped threshold: per crisis
    (the rules' recall, the decider's held-out recall) and pooled."""
    sys.path.insert(0, str(REPO / "train"))
    from build_conflicts import candidates, out_of_crisis_probabilities, scores

    labelled = {frozenset((p["a"], p["b"])): bool(p["conflict"]) for p in pairs}
    conflicts = {pair for pair, is_conflict in labelled.items() if is_conflict}
    items = candidates(reports)
    probabilities = out_of_crisis_probabilities(items, conflicts)
    threshold = conflict_model().get("threshold", 0.5)
    lines = [f"{'crisis':20} {'conflicts':>9} {'rules':>6} {'held-out model':>14} {'both':>6}"]
    for crisis in sorted({item.crisis for item in items}):
        held = [n for n, item in enumerate(items) if item.crisis == crisis]
        subset, chances = [items[n] for n in held], [probabilities[n] for n in held]
        keys = {key for item in subset if item.keys for key in item.keys}
        crisis_labels = {pair: c for pair, c in labelled.items() if pair <= keys}
        rules = scores(subset, chances, None, crisis_labels)
        alone = scores(subset, chances, threshold, crisis_labels, with_rules=False)
        both = scores(subset, chances, threshold, crisis_labels)
        count = sum(crisis_labels.values())
        lines.append(
            f"{crisis:20} {count:9} {rules['recall']:6.2f} {alone['recall']:14.2f} "
            f"{both['recall']:6.2f}"
        )
    for name, with_rules in (("model alone", False), ("rules + model", True)):
        pooled = scores(items, probabilities, threshold, labelled, with_rules=with_rules)
        lines.append(f"pooled, {name} (t={threshold}): {pooled}")
    return lines


def claimdiff_pairs(limit: int | None = None) -> list[dict[str, Any]]:
    pairs: list[dict[str, Any]] = json.loads(CLAIMDIFF.read_text(encoding="utf-8"))["data"]
    return pairs[:limit]


def claimdiff_false_flags(pairs: Iterable[dict[str, Any]]) -> dict[str, float]:
    """The share of ClaimDiff pairs where a figure of one claim is flagged against the other."""
    total = flagged = with_figures = 0
    for pair in pairs:
        first = _claims(pair["claim_a"], pair["date"], pair["article_a"])
        second = _claims(pair["claim_b"], pair["date"], pair["article_b"])
        conflicts = figure_conflicts([*first, *second]) if first and second else []
        total += 1
        with_figures += bool(first and second)
        flagged += any((c.first in first) != (c.second in first) for c in conflicts)
    return {
        "claimdiff_pairs": total,
        "claimdiff_pairs_with_figures": with_figures,
        "claimdiff_flagged": flagged,
        "claimdiff_false_flag_rate": round(flagged / total, 4) if total else 0.0,
    }


@cache
def _claims(text: str, published: str, outlet: str) -> tuple[ClaimInContext, ...]:
    """The claims of one ClaimDiff claim, analyzed as a report of its own."""
    analysis = analyze(Document(text=text, source=outlet, published=published[:10]))
    return tuple(claims_in_context(analysis))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["train", "test"])
    parser.add_argument("--claimdiff-limit", type=int, default=None)
    parser.add_argument("--out", type=Path, help="default: results/eval_conflicts[_train].json")
    parser.add_argument("--misses", action="store_true", help="print the missed conflicts")
    parser.add_argument(
        "--cross-validate", action="store_true", help="leave-one-crisis-out check (train only)"
    )
    args = parser.parse_args()
    reports, pairs = load_reports(args.split), load_pairs(args.split)
    if args.cross_validate:
        if args.split != "train":
            parser.error("--cross-validate fits on the reports it scores: use --split train")
        print("\n".join(cross_validation(reports, pairs)))
        return
    if args.misses:
        print("\n".join(missed_conflicts(reports, pairs)) or "no labelled conflict missed")
    metrics: dict[str, float] = conflict_scores(reports, pairs)
    if CLAIMDIFF.exists():
        metrics.update(claimdiff_false_flags(claimdiff_pairs(args.claimdiff_limit)))
    # (a train run keeps its own file: the test results are what the README reports)
    suffix = "" if args.split == "test" else "_" + args.split
    out = args.out or REPO / "benchmarks" / "results" / f"eval_conflicts{suffix}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    for name, value in metrics.items():
        print(f"{name:28} {value}")


if __name__ == "__main__":
    main()
