"""A fast slice of `benchmarks/eval_claims.py`, held above the floors in benchmarks/floors/."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

from eval_claims import figure_scores, polnear_records, polnear_source_scores
from figures_gold import load_reports

FLOORS = json.loads(Path(REPO / "benchmarks" / "floors" / "claims.json").read_text())


def test_figures_slice_above_floors() -> None:
    scores = figure_scores(load_reports("test"))
    assert scores["f1"] >= FLOORS["f1"], scores
    assert scores["said_by_f1"] >= FLOORS["said_by_f1"], scores


def test_polnear_slice_above_floor() -> None:
    shared_path("data", "polnear", "polnear-test.jsonl")
    scores = polnear_source_scores(polnear_records("test", limit=20))
    assert scores["polnear_source_f1"] >= FLOORS["polnear_source_f1"], scores
