"""A fast slice of `benchmarks/eval_conflicts.py`, held above the floors in benchmarks/floors/."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

from eval_conflicts import claimdiff_false_flags, claimdiff_pairs, conflict_scores, missed_conflicts
from figures_gold import load_pairs, load_reports

FLOORS = json.loads(Path(REPO / "benchmarks" / "floors" / "conflicts.json").read_text())


def test_labelled_pairs_above_floors() -> None:
    scores = conflict_scores(load_reports("test"), load_pairs("test"))
    assert scores["precision"] >= FLOORS["precision"], scores
    assert scores["recall"] >= FLOORS["recall"], scores


def test_claimdiff_slice_is_rarely_flagged() -> None:
    shared_path("data", "claimdiff", "ClaimDiff-weak-test-full.json")
    scores = claimdiff_false_flags(claimdiff_pairs())
    assert scores["claimdiff_false_flag_rate"] <= FLOORS["claimdiff_false_flag_rate_at_most"]


def test_a_missed_conflict_is_told_with_both_sentences() -> None:
    reports, pairs = load_reports("train"), load_pairs("train")
    relabelled = [dict(p, conflict=True) for p in pairs if p["why"] == "different places"][:1]
    lines = missed_conflicts(reports, relabelled)
    assert lines[0].startswith(f"MISSED {relabelled[0]['a']} ~ {relabelled[0]['b']}")
    assert len([line for line in lines if line.startswith("  ") and "[" in line]) == 2
    assert missed_conflicts(reports, pairs) == []
