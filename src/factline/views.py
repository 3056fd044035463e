"""The rows behind the timeline, figures and conflicts commands, built from stored analyses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from factline.record import Analysis, Claim, Event

TIMELINE_COLUMNS = (
    "date",
    "type",
    "mode",
    "trigger",
    "place",
    "source_actor",
    "target_actor",
    "fatalities",
    "outlet",
    "document",
    "event",
)
FIGURE_COLUMNS = (
    "measure",
    "subject",
    "low",
    "high",
    "qualifier",
    "said_by",
    "stance",
    "date",
    "place",
    "text",
    "outlet",
    "published",
    "document",
    "claim",
)
CONFLICT_COLUMNS = ("kind", "explanation", "evidence", "outlets", "documents", "conflict")


def timeline_rows(analyses: Iterable[Analysis]) -> list[dict[str, Any]]:
    """Events that occurred, by date (undated last); planned or denied events are not facts."""
    rows = [
        _event_row(analysis, event)
        for analysis in analyses
        for event in analysis.events
        if event.status == "occurred"
    ]
    return sorted(rows, key=lambda row: (row["date"] is None, row["date"] or ""))


def _event_row(analysis: Analysis, event: Event) -> dict[str, Any]:
    return {
        "date": event.date,
        "type": event.type,
        "mode": event.mode,
        "trigger": event.trigger.text,
        "place": _name(analysis, event.place),
        "source_actor": _name(analysis, event.source),
        "target_actor": _name(analysis, event.target),
        "fatalities": event.fatalities,
        "outlet": analysis.document.source,
        "document": analysis.document.id[:12],
        "event": event.id,
    }


def figure_rows(analyses: Iterable[Analysis], measure: str | None = None) -> list[dict[str, Any]]:
    """Every figure, by measure, then by publication date."""
    rows = [
        _claim_row(analysis, claim)
        for analysis in analyses
        for claim in analysis.claims
        if measure is None or claim.measure == measure
    ]
    return sorted(rows, key=lambda row: (row["measure"], row["published"] or "", row["date"] or ""))


def _claim_row(analysis: Analysis, claim: Claim) -> dict[str, Any]:
    return {
        "measure": claim.measure,
        "subject": claim.subject,
        "low": _number(claim.low),
        "high": _number(claim.high),
        "qualifier": claim.qualifier,
        "said_by": claim.said_by.text if claim.said_by else None,
        "stance": claim.stance,
        "date": claim.date,
        "place": _name(analysis, claim.place),
        "text": claim.text,
        "outlet": analysis.document.source,
        "published": analysis.document.published,
        "document": analysis.document.id[:12],
        "claim": claim.id,
    }


def conflict_rows(analyses: Iterable[Analysis]) -> Iterator[dict[str, Any]]:
    """Conflicts found within each report, with the evidence of every item."""
    for analysis in analyses:
        for conflict in analysis.conflicts:
            evidence = [_evidence(analysis, item) for item in conflict.items]
            yield {
                "kind": conflict.kind,
                "explanation": conflict.explanation,
                "evidence": " | ".join(evidence),
                "outlets": analysis.document.source,
                "documents": analysis.document.id[:12],
                "conflict": conflict.id,
            }


def _evidence(analysis: Analysis, item_id: str) -> str:
    item = analysis.find(item_id)
    if isinstance(item, Claim | Event):
        sentence = analysis.sentences[item.sentence]
        return analysis.text[sentence.start : sentence.end]
    return item_id


def _name(analysis: Analysis, item_id: str | None) -> str | None:
    if item_id is None:
        return None
    item = analysis.find(item_id)
    return getattr(item, "name", None)


def _number(value: float | None) -> float | int | None:
    if value is not None and value == int(value):
        return int(value)
    return value
