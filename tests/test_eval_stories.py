"""A fast slice of the stories benchmark, held above the floors in benchmarks/floors."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

from eval_stories import evaluate, pairwise_scores

FLOORS = json.loads((REPO / "benchmarks" / "floors" / "stories.json").read_text(encoding="utf-8"))
METRICS = [key for key in FLOORS if not key.startswith("_") and key != "slice_entries"]


@pytest.fixture(scope="module")
def slice_results() -> dict[str, float]:
    shared_path("data", "crisis-timelines-2011")
    shared_path("data", "crisisfacts")
    shared_path("data", "kazakhstan-2022")
    shared_path("data", "news-bulk", "osinter-articlemd-2021-2022")
    return evaluate(entities="none", limit=FLOORS["slice_entries"])


@pytest.mark.parametrize("metric", METRICS)
def test_slice_stays_above_floor(slice_results: dict[str, float], metric: str) -> None:
    assert slice_results[metric] >= FLOORS[metric]


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        # perfect grouping
        ([0, 0, 1], ["a", "a", "b"], (1.0, 1.0)),
        # everything in one story: all 3 true pairs found among 6 pairs
        ([0, 0, 0, 0], ["a", "a", "a", "b"], (0.5, 1.0)),
        # every report alone: no pair found
        ([0, 1, 2], ["a", "a", "a"], (1.0, 0.0)),
    ],
)
def test_pairwise_scores_count_pairs(
    predicted: list[int], gold: list[str], expected: tuple[float, float]
) -> None:
    scores = pairwise_scores(predicted, gold)
    assert (scores["precision"], scores["recall"]) == expected
