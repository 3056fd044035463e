"""A fast slice of the HTML extraction benchmark, held above the floors in benchmarks/floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

from eval_html import (
    evaluate,
    load_pages,
    metrics,
    score_page,
    shingles,
)

FLOORS = json.loads((REPO / "benchmarks" / "floors" / "html.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def slice_results() -> dict[str, float]:
    root = shared_path("data", "html-extraction", "article-extraction-benchmark")
    return evaluate(load_pages(Path(root), limit=FLOORS["slice_pages"]))


@pytest.mark.parametrize("metric", ["html_f1", "html_precision", "html_recall"])
def test_slice_stays_above_floor(slice_results: dict[str, float], metric: str) -> None:
    assert slice_results[metric] >= FLOORS[metric]


def test_slice_recall_not_below_trafilatura(slice_results: dict[str, float]) -> None:
    assert slice_results["html_recall"] >= slice_results["trafilatura_recall"]


@pytest.mark.parametrize(
    ("predicted", "truth", "precision", "recall"),
    [
        ("one two three four five", "one two three four five", 1.0, 1.0),
        ("one two three four five", "one two three four", 0.5, 1.0),
        ("one two three four", "one two three four five six", 1.0, 1 / 3),
        ("", "one two three four", 0.0, 0.0),
        ("alpha beta gamma delta", "one two three four", 0.0, 0.0),
    ],
)
def test_page_score_follows_benchmark_rules(
    predicted: str, truth: str, precision: float, recall: float
) -> None:
    score = score_page(predicted, truth)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)


def test_shingles_are_four_token_multisets() -> None:
    assert shingles("a b c d a b c d") == {
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "a"): 1,
        ("c", "d", "a", "b"): 1,
        ("d", "a", "b", "c"): 1,
    }


def test_f1_is_taken_from_mean_precision_and_recall() -> None:
    scores = [score_page("a b c d", "a b c d"), score_page("a b c d e", "x y z w v")]
    result = metrics(scores)
    assert result["precision"] == pytest.approx(0.5)
    assert result["f1"] == pytest.approx(0.5)
