"""A fast slice of the geoparsing evaluation, held above the floors in benchmarks/floors."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

from eval_places import (
    SETS,
    Article,
    Toponym,
    evaluate,
    factline_resolver,
    load_articles,
    print_errors,
    resolution_counts,
)

FLOORS = json.loads((REPO / "benchmarks" / "floors" / "places.json").read_text(encoding="utf-8"))
METRICS = [name for name in FLOORS if not name.startswith(("_", "slice"))]


@pytest.fixture(scope="module")
def slice_results() -> dict[str, float]:
    shared_path("data", "geoparsing")
    limit = FLOORS["slice_articles_per_set"]
    return evaluate({name: load_articles(name, limit) for name in SETS})


@pytest.mark.parametrize("metric", METRICS)
def test_slice_stays_above_floor(slice_results: dict[str, float], metric: str) -> None:
    assert slice_results[metric] >= FLOORS[metric]


@pytest.mark.parametrize("corpus", list(SETS))
def test_resolution_beats_the_largest_place_baseline(
    slice_results: dict[str, float], corpus: str
) -> None:
    ours = slice_results[f"resolution_acc_{corpus}"]
    assert ours > slice_results[f"baseline_resolution_acc_{corpus}"]


@pytest.mark.parametrize("corpus", list(SETS))
def test_resolution_stays_within_the_gazetteer_ceiling(
    slice_results: dict[str, float], corpus: str
) -> None:
    ours = slice_results[f"resolution_acc_{corpus}"]
    ceiling = slice_results[f"ceiling_resolution_acc_{corpus}"]
    assert ours <= ceiling < 1.0  # the slice's gold holds places the gazetteer lacks


def test_errors_come_from_the_tuning_part_only(capsys: pytest.CaptureFixture[str]) -> None:
    shared_path("data", "geoparsing")
    corpora = {name: load_articles(name, 5) for name in ("lgl", "trnews")}
    print_errors(corpora)
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.split("\t")[0] in ("FP", "FN") for line in lines)
    assert all("[[" in line and "]]" in line for line in lines)
    places = {line.split("\t")[1] for line in lines}
    assert "lgl/4" not in places and "trnews/4" not in places  # index 4 mod 5: held out


def test_an_approximate_point_counts_within_161_km_but_never_as_the_right_id() -> None:
    """A church the gazetteer lacks gets Wichita's point: near its gold point, but not its id,
    even where the gold (wrongly or not) gives the town's id."""
    text = "A fire broke out at Holy Redeemer Church in Wichita on Sunday."
    start = text.index("Holy Redeemer Church")
    church = Toponym(start, start + 20, "Holy Redeemer Church", 4281730, 37.69, -97.34, True)
    town_start = text.index("Wichita")
    town = Toponym(town_start, town_start + 7, "Wichita", 4281730, 37.69, -97.34, True)
    article = Article("made-up", 0, text, (church, town), heldout=False)
    counts = resolution_counts([article], factline_resolver)
    assert (counts.right, counts.with_id) == (1, 2)  # the town only
    assert (counts.near, counts.with_coords) == (2, 2)
    assert (counts.approximate, counts.approximate_near) == (1, 1)
