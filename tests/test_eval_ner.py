"""A fast slice of the NER evaluation: neither path's accuracy may drop below its pinned floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

from eval_ner import evaluate

FLOORS = json.loads(Path(REPO / "benchmarks/floors/ner.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def metrics() -> dict[str, float]:
    shared_path("data", "conll2003", "test.txt")
    return evaluate("test", limit=int(FLOORS["slice_sentences"]))


@pytest.mark.parametrize("path", ["fast", "accurate"])
def test_ner_slice_stays_above_floors(metrics: dict[str, float], path: str) -> None:
    for name, floor in FLOORS[path].items():
        value = metrics[f"{path}_{name}"]
        assert value >= floor, f"{path} {name} {value} < floor {floor}"


def test_headline_metrics_are_the_accurate_paths(metrics: dict[str, float]) -> None:
    assert [metrics[name] for name in ("f1", "precision", "recall")] == [
        metrics[f"accurate_{name}"] for name in ("f1", "precision", "recall")
    ]
