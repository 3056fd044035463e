"""No regular expression of the package may take more than linear time on hostile input."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from redos import pattern_growth, project_patterns, worst_growth

# Linear time grows about 10x when the input grows 10x, quadratic about 100x. The bound is
# generous because a busy machine adds noise; `make bench` reports the measured worst case.
GROWTH_BOUND = 50.0


def test_the_scan_finds_the_project_patterns() -> None:
    names = [name for name, _ in project_patterns()]
    assert "factline.segment._END" in names
    assert len(names) > 20


def test_every_pattern_stays_linear_on_adversarial_input() -> None:
    """A pattern over the bound is timed again, on inputs five times longer, before it fails:
    a moment of load on a shared machine can make one 2 KB timing look slow, but a pattern
    that is really worse than linear stays over the bound (and grows further)."""
    flagged = [name for name, g in pattern_growth(2_000).items() if g > GROWTH_BOUND]
    patterns = dict(project_patterns())
    regrown = {name: worst_growth(patterns[name], 10_000, 100_000) for name in flagged}
    slow = {name: round(g) for name, g in regrown.items() if g > GROWTH_BOUND}
    assert slow == {}, f"patterns that grow faster than linear: {slow}"
