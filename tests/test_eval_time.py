"""A fast slice of the time evaluation, held above the floors in benchmarks/floors/time.json."""

from __future__ import annotations

import importlib.util
import json
import sys
from types import ModuleType
from typing import Any

import pytest

from conftest import REPO, shared_path

FLOORS = REPO / "benchmarks" / "floors" / "time.json"
# A fixed slice: the first platinum test files and one WikiWars test article.
TEMPEVAL_FILES = 10
WIKIWARS_FILES = 1


def load_eval() -> ModuleType:
    path = REPO / "benchmarks" / "eval_time.py"
    spec = importlib.util.spec_from_file_location("eval_time", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_time"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def slice_metrics() -> dict[str, float]:
    platinum = shared_path("data", "tempeval3", "test", "platinum")
    wikiwars = shared_path("data", "wikiwars", "timeml", "test")
    evaluation = load_eval()
    tempeval_docs = [evaluation.read_timeml(p) for p in sorted(platinum.glob("*.tml"))]
    wikiwars_docs = [evaluation.read_timeml(p) for p in sorted(wikiwars.glob("*.tml"))]
    metrics: dict[str, float] = evaluation.evaluate_documents(
        tempeval_docs[:TEMPEVAL_FILES], wikiwars_docs[:WIKIWARS_FILES]
    )
    return metrics


# Keys that open with "_" say where the floors came from; the rest are floors.
METRICS = sorted(
    name for name in json.loads(FLOORS.read_text(encoding="utf-8")) if not name.startswith("_")
)


@pytest.mark.parametrize("metric", METRICS)
def test_metric_above_floor(slice_metrics: dict[str, float], metric: str) -> None:
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))[metric]
    assert slice_metrics[metric] >= floor, f"{metric} {slice_metrics[metric]:.4f} < floor {floor}"


def test_scorer_pairs_overlapping_spans() -> None:
    evaluation = load_eval()
    gold = [evaluation.Timex(0, 14, "Sunday morning", "TIME", "2013-03-24TMO")]
    system = [
        evaluation.Timex(0, 6, "Sunday", "DATE", "2013-03-24"),
        evaluation.Timex(7, 14, "morning", "TIME", "TMO"),
    ]
    pairs = evaluation.align(gold, system)
    assert len(pairs) == 1 and pairs[0][1].text == "Sunday"


def test_scorer_counts_value_on_relaxed_pairs() -> None:
    evaluation = load_eval()
    text = "On Friday and Saturday."
    gold = evaluation.GoldDocument(
        "d",
        text,
        "2013-03-22",
        (
            evaluation.Timex(3, 9, "Friday", "DATE", "2013-03-22"),
            evaluation.Timex(14, 22, "Saturday", "DATE", "2013-03-23"),
        ),
    )
    system = [evaluation.Timex(3, 9, "Friday", "DATE", "2013-03-22")]
    metrics = evaluation.score([gold], lambda _document: system)
    assert metrics["relaxed_f1"] == pytest.approx(2 / 3)
    assert metrics["value_f1"] == pytest.approx(2 / 3)


def test_misses_lists_spurious_missed_and_misread() -> None:
    evaluation = load_eval()
    gold = _gold_with_a_misread_tuesday(
        evaluation, "d", "Troops arrived on Tuesday, left in 1990 and came back later."
    )
    lines = list(evaluation.misses([gold]))
    assert lines[0].startswith("+ d:") and "[1990]" in lines[0]
    assert lines[1].startswith("- d:") and "[later]" in lines[1]
    assert lines[2].startswith("= d:") and "gold DATE 2013-03-12 system DATE 2013-03-19" in lines[2]


def test_value_misses_lists_only_values_read_otherwise() -> None:
    """`--value-misses`: expressions found but normalized otherwise, not those missed or found
    in excess."""
    evaluation = load_eval()
    gold = _gold_with_a_misread_tuesday(
        evaluation, "ferry", "The ferry sank on Tuesday; divers came in 1990 and left later."
    )
    lines = list(evaluation.value_misses([gold]))
    assert len(lines) == 1
    assert (
        lines[0].startswith("ferry:") and "gold DATE 2013-03-12 system DATE 2013-03-19" in lines[0]
    )


def _gold_with_a_misread_tuesday(evaluation: ModuleType, name: str, text: str) -> Any:
    """Gold for `text`, published on Friday 2013-03-22: its "Tuesday" is the one ten days
    before (the tagger reads the one three days before), its "later" is a FUTURE_REF the tagger
    does not tag, and its "1990" is not gold."""
    tuesday, later = text.index("Tuesday"), text.index("later")
    return evaluation.GoldDocument(
        name,
        text,
        "2013-03-22",
        (
            evaluation.Timex(tuesday, tuesday + 7, "Tuesday", "DATE", "2013-03-12"),
            evaluation.Timex(later, later + 5, "later", "DATE", "FUTURE_REF"),
        ),
    )
