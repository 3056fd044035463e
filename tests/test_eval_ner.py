"""A fast slice of the NER evaluation: accuracy may not drop below the pinned floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

from eval_ner import evaluate

FLOORS = json.loads(Path(REPO / "benchmarks/floors/ner.json").read_text(encoding="utf-8"))


def test_ner_slice_stays_above_floors() -> None:
    shared_path("data", "conll2003", "test.txt")
    metrics = evaluate("test", limit=int(FLOORS["slice_sentences"]))
    for name in ("f1", "precision", "recall"):
        assert metrics[name] >= FLOORS[name], f"{name} {metrics[name]} < floor {FLOORS[name]}"
