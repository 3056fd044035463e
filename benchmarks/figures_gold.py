"""The hand-labelled figures set (`benchmarks/data/figures/`): loading it and matching claims to it.

Shared by `eval_claims.py` and `eval_conflicts.py`; the label format is in the set's README.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factline import analyze
from factline.record import Analysis, Claim, Document

DATA = Path(__file__).resolve().parent / "data" / "figures"


@dataclass(frozen=True)
class GoldFigure:
    key: str
    start: int
    end: int
    label: dict[str, Any]


@dataclass(frozen=True)
class Report:
    id: str
    crisis: str
    split: str
    document: Document
    figures: tuple[GoldFigure, ...]


def load_reports(split: str | None = None) -> list[Report]:
    """The labelled reports of one split ("train" or "test"), or all of them."""
    reports = [_report(json.loads(p.read_text(encoding="utf-8"))) for p in _report_files()]
    return [r for r in reports if split is None or r.split == split]


def load_pairs(split: str | None = None) -> list[dict[str, Any]]:
    """The labelled conflict and non-conflict pairs whose two reports are both in `split`."""
    pairs: list[dict[str, Any]] = json.loads((DATA / "pairs.json").read_text(encoding="utf-8"))
    splits = {r.id: r.split for r in load_reports()}
    return [
        p
        for p in pairs
        if split is None or splits[p["a"].split("#")[0]] == splits[p["b"].split("#")[0]] == split
    ]


def _report_files() -> list[Path]:
    return sorted(DATA.glob("*/*.json"))


def _report(data: dict[str, Any]) -> Report:
    text = data["text"]
    document = Document(text=text, source=data.get("source"), published=data.get("published"))
    figures = []
    for label in data["figures"]:
        start = _locate(text, label["text"], label.get("occurrence", 1))
        figure = GoldFigure(
            f"{data['id']}#{label['key']}", start, start + len(label["text"]), label
        )
        figures.append(figure)
    return Report(data["id"], data["crisis"], data["split"], document, tuple(figures))


def _locate(text: str, words: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(words, start + 1)
        if start < 0:
            raise ValueError(f"label text not in report: {words!r}")
    return start


def analyze_report(report: Report) -> Analysis:
    return analyze(report.document)


def gold_of(claim: Claim, report: Report) -> GoldFigure | None:
    """The labelled figure a claim's span overlaps most, if any."""
    best, best_overlap = None, 0
    for figure in report.figures:
        overlap = min(claim.end, figure.end) - max(claim.start, figure.start)
        if overlap > best_overlap:
            best, best_overlap = figure, overlap
    return best


def f1(true_positives: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(score, 4)
