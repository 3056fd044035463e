"""A fast slice of the event evaluation, held above the floors pinned in benchmarks/floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import REPO, shared_path

FLOORS = json.loads((REPO / "benchmarks" / "floors" / "events.json").read_text(encoding="utf-8"))
METRICS = sorted(name for name in FLOORS if not name.startswith("_") and name != "limit")


@pytest.fixture(scope="module")
def metrics() -> dict[str, float]:
    shared_path("data", "events")
    sys.path.insert(0, str(Path(REPO / "benchmarks")))
    import eval_events

    result: dict[str, float] = eval_events.evaluate(limit=FLOORS["limit"])
    return result


@pytest.mark.parametrize("name", METRICS)
def test_metric_above_floor(metrics: dict[str, float], name: str) -> None:
    assert metrics[name] >= FLOORS[name], f"{name} fell to {metrics[name]:.3f}"
