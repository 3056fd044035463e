"""The rows behind the timeline, figures and conflicts commands, built from stored analyses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from factline import story_figures, story_timeline
from factline.record import Analysis, Claim, Conflict, Event

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
STORY_CONFLICT_COLUMNS = ("story", *CONFLICT_COLUMNS)


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


# Columns left out of the terminal tables, which must fit a screen: identifiers and long text
# that `--format json` and `--format csv` still give in full.
TABLE_HIDDEN = frozenset(
    {
        "story",
        "document",
        "documents",
        "event",
        "claim",
        "conflict",
        "outlets",
        "dates_given",
        "official",
        "reason",
        "text",
        "stance",
        "date_of_claim",
    }
)


def table_columns(columns: Iterable[str]) -> list[str]:
    return [column for column in columns if column not in TABLE_HIDDEN]


# --- Stories: many reports, one record ------------------------------------------------------

MERGED_TIMELINE_COLUMNS = (
    "story",
    "date",
    "type",
    "mode",
    "trigger",
    "place",
    "source_actor",
    "target_actor",
    "fatalities",
    "reports",
    "outlets",
    "first_reported",
    "dates_given",
    "documents",
    "event",
)
SERIES_COLUMNS = (
    "story",
    "measure",
    "subject",
    "published",
    "low",
    "high",
    "qualifier",
    "stance",
    "said_by",
    "official",
    "current",
    "reason",
    "date",
    "outlet",
    "text",
    "document",
    "claim",
)


def merged_timeline_rows(story: str | None, analyses: Sequence[Analysis]) -> list[dict[str, Any]]:
    """The story's events, each once, with all its reports and the first time it was reported."""
    return [_merged_row(story, entry) for entry in story_timeline.merge(analyses)]


def _merged_row(story: str | None, entry: story_timeline.MergedEvent) -> dict[str, Any]:
    fatalities = [m.event.fatalities for m in entry.mentions if m.event.fatalities is not None]
    return {
        "story": story,
        "date": entry.date,
        "type": entry.type,
        "mode": entry.most_common("mode"),
        "trigger": entry.most_common("trigger"),
        "place": entry.most_common("place"),
        "source_actor": entry.most_common("source_actor"),
        "target_actor": entry.most_common("target_actor"),
        "fatalities": max(fatalities, default=None),
        "reports": len({m.document for m in entry.mentions}),
        "outlets": "; ".join(entry.outlets()),
        "first_reported": entry.first_reported,
        "dates_given": "; ".join(entry.days) if len(entry.days) > 1 else None,
        "documents": " ".join(sorted({m.document[:12] for m in entry.mentions})),
        "event": entry.id,
    }


def series_rows(
    story: str | None, analyses: Sequence[Analysis], measure: str | None = None
) -> list[dict[str, Any]]:
    """Each measure and subject's figures by publication, marking the current figure and the
    independent estimates beside it."""
    rows = []
    for found in story_figures.series(analyses, measure):
        for point in found.points:
            rows.append(_point_row(story, found, point))
    return rows


def _point_row(
    story: str | None, found: story_figures.Series, point: story_figures.FigurePoint
) -> dict[str, Any]:
    claim = point.claim
    status = None
    if point is found.current:
        status = "current"
    elif point in found.estimates:
        status = "estimate"
    return {
        "story": story,
        "measure": found.measure,
        "subject": found.subject,
        "published": point.published,
        "low": _number(claim.low),
        "high": _number(claim.high),
        "qualifier": claim.qualifier,
        "stance": claim.stance,
        "said_by": point.said_by,
        "official": point.official,
        "current": status,
        "reason": found.reason if status == "current" else None,
        "date": claim.date,
        "outlet": point.outlet,
        "text": claim.text,
        "document": point.document[:12],
        "claim": claim.id,
    }


def story_conflict_rows(story: str | None, analyses: Sequence[Analysis]) -> list[dict[str, Any]]:
    """Conflicts within each report, then across the story's reports (figures and dates)."""
    rows = [dict(row, story=story) for row in conflict_rows(analyses)]
    by_id = {analysis.document.id: analysis for analysis in analyses}
    across = [
        *story_figures.story_conflicts(analyses),
        *story_timeline.date_conflicts(story_timeline.merge(analyses)),
    ]
    rows.extend(_across_row(story, conflict, by_id) for conflict in across)
    return rows


def _across_row(
    story: str | None, conflict: Conflict, by_id: dict[str, Analysis]
) -> dict[str, Any]:
    """A conflict across reports; its items are `DOCUMENT/ITEM`."""
    pairs = [item.split("/", 1) for item in conflict.items]
    reports = [by_id[document] for document, _ in pairs]
    evidence = [_evidence(by_id[document], item) for document, item in pairs]
    return {
        "story": story,
        "kind": conflict.kind,
        "explanation": conflict.explanation,
        "evidence": " | ".join(evidence),
        "outlets": "; ".join(sorted({r.document.source or "?" for r in reports})),
        "documents": " ".join(sorted({r.document.id[:12] for r in reports})),
        "conflict": conflict.id,
    }
