"""A fast slice of the event evaluation, held above the floors pinned in benchmarks/floors."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, shared_path

FLOORS = json.loads((REPO / "benchmarks" / "floors" / "events.json").read_text(encoding="utf-8"))
METRICS = sorted(name for name in FLOORS if not name.startswith("_") and name != "limit")
# every GSR development sentence and PETRARCH sentence, the first 300 NGEC leads and the first
# 300 notes of the ACLED development fifth
DEVELOPMENT_LIMIT = 300


def _eval_events() -> Any:
    shared_path("data", "events")
    sys.path.insert(0, str(Path(REPO / "benchmarks")))
    import eval_events

    return eval_events


@pytest.fixture(scope="module")
def metrics() -> dict[str, float]:
    result: dict[str, float] = _eval_events().evaluate(limit=FLOORS["limit"])
    return result


@pytest.mark.parametrize("name", METRICS)
def test_metric_above_floor(metrics: dict[str, float], name: str) -> None:
    assert metrics[name] >= FLOORS[name], f"{name} fell to {metrics[name]:.3f}"


def test_development_data_above_floor() -> None:
    """The lexicon's coverage on development data only (GSR development half, NGEC leads), with
    the PETRARCH sentences and the ACLED development notes scored beside them."""
    result = _eval_events().development_metrics(limit=DEVELOPMENT_LIMIT)
    assert result["petrarch_sentences"] == 59  # the 78 minus those PLOVER drops or leaves empty
    assert result["acled_dev_notes"] == DEVELOPMENT_LIMIT
    for name, floor in FLOORS["_development"].items():
        assert result[name] >= floor, f"{name} fell to {result[name]:.3f}"


def test_written_sentences_are_labelled_with_plover_2_types() -> None:
    """Each sentence of the written development set names a PLOVER 2.0 type of the codebook and
    a trigger found in its own text."""
    ontology = shared_path("data", "events", "plover-codebook", "plover_v2_ontology.yaml")
    sentences = _eval_events().written_sentences()
    types = {sentence["type"] for sentence in sentences}
    assert len(sentences) == 320 and len({sentence["id"] for sentence in sentences}) == 320
    assert all(f"  {name}:" in ontology.read_text(encoding="utf-8") for name in types)
    assert all(sentence["trigger"] in sentence["text"] for sentence in sentences)


def test_cameo_sentences_carry_the_type_their_cameo_code_maps_to() -> None:
    """Each sentence written for a CAMEO category has the PLOVER type that the codebook's
    CAMEO2PLOVER table gives its code and a trigger in its own text; every code has two
    sentences of the first batch and three of the second."""
    eval_events = _eval_events()
    table = eval_events.events_data.cameo_to_plover()
    sentences = eval_events.written_sentences(eval_events.CAMEO_WRITTEN)
    assert len(sentences) == 1365 and len({sentence["id"] for sentence in sentences}) == 1365
    assert all(sentence["type"] == table[sentence["cameo"]] for sentence in sentences)
    assert all(sentence["trigger"] in sentence["text"] for sentence in sentences)
    assert set(Counter(sentence["cameo"] for sentence in sentences).values()) == {5}


def test_terse_sentences_carry_the_type_their_cameo_code_maps_to() -> None:
    """Each terse sentence has the PLOVER type that the CAMEO2PLOVER table gives its code, a
    unique id and a trigger in its own text, and the set spans CAMEO's categories 03 to 20."""
    eval_events = _eval_events()
    table = eval_events.events_data.cameo_to_plover()
    sentences = eval_events.written_sentences(eval_events.TERSE_WRITTEN)
    assert len(sentences) == 1734 and len({sentence["id"] for sentence in sentences}) == 1734
    assert all(sentence["type"] == table[sentence["cameo"]] for sentence in sentences)
    assert all(sentence["trigger"] in sentence["text"] for sentence in sentences)
    assert {sentence["cameo"][:2] for sentence in sentences} == {f"{n:02d}" for n in range(3, 21)}


def test_plover_errors_list_mistyped_sentences_with_gold_in_plover_2() -> None:
    """`--dev --errors` lists a sentence whose coded type differs from its gold type mapped to
    PLOVER 2.0 (gold, coded type, trigger, sentence), and leaves out one that agrees once the
    draft label is mapped (FIGHT is 2.0's ASSAULT). Records written for this test."""
    mistyped = {
        "event": "DISAPPROVE",
        "text": "Police arrested ten protesters in the square.",
        "textInfo": {
            "markup": "(SRC: Police) (EVT: arrested) ten (TAR: protesters) in the square."
        },
    }
    agreeing = {
        "event": "FIGHT",
        "text": "Rebels attacked an army post near the border.",
        "textInfo": {
            "markup": "(SRC: Rebels) (EVT: attacked) an (TAR: army post) near the border."
        },
    }
    lines = _eval_events().plover_errors([mistyped, agreeing])
    assert len(lines) == 1
    assert lines[0].split()[:3] == ["ACCUSE", "COERCE", "'arrested'"]
    assert lines[0].endswith(str(mistyped["text"]))


def test_plover_metrics_score_the_roles_against_the_markup() -> None:
    """The source and target of the scored event are right when their spans overlap the gold
    SRC and TAR spans (a SRC/TAR span is either), or when both the event and the markup name
    none. Records written for this test."""
    right = {
        "event": "REQUEST",
        "text": "Russia said on Tuesday that Sudan must return the helicopter.",
        "textInfo": {
            "markup": "(SRC: Russia) (EVT: said) on Tuesday that (TAR: Sudan) (EVT: must return)"
            " the helicopter."
        },
    }
    wrong_target = {
        "event": "ASSAULT",
        "text": "Police fired tear gas at protesters in the square.",
        "textInfo": {
            "markup": "(SRC: Police) (EVT: fired tear gas) at protesters in the (TAR: square)."
        },
    }
    result = _eval_events().plover_metrics([right, wrong_target])
    assert (result["plover_source_acc"], result["plover_target_acc"]) == (1.0, 0.5)
