"""Figures and conflicts for the story page: one panel per measure with its current figure, and
each conflict with both sides' evidence, source and time, and the analyst's annotation."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from factline.figure_mentions import subject_parents
from factline.record import Analysis, Claim, Conflict, Event
from factline.story_figures import FigurePoint, Series
from factline.web.evidence import (
    claim_evidence,
    event_evidence,
    name_of,
    number,
    report_of,
)


def figure_panels(
    rows: Iterable[dict[str, Any]],
    all_rows: Sequence[dict[str, Any]],
    series: Sequence[Series],
    annotations: Mapping[str, Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """One panel per measure: its figures (`rows`, as filtered) by publication time, and the
    current figure of the subject most of the story's figures of that measure count."""
    by_measure: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_measure[row["measure"]].append(row)
    preferred = {a["preferred"]: a for a in annotations.values() if a.get("preferred")}
    by_series = {(found.measure, found.subject): found for found in series}
    panels = []
    for measure, figures in sorted(by_measure.items(), key=lambda item: -len(item[1])):
        figures.sort(key=lambda row: (row["published"] or "", row["date"] or ""))
        measured = [row for row in all_rows if row["measure"] == measure]
        subject = main_subject(row["subject"] for row in measured)
        panels.append(
            {
                "measure": measure,
                "subject": subject,
                "figures": figures,
                "outlets": sorted({row["outlet"] or "unknown source" for row in figures}),
                "current": current_figure(
                    [row for row in measured if row["subject"] == subject],
                    by_series.get((measure, subject)),
                    preferred,
                ),
            }
        )
    return panels


def current_figure(
    candidates: Sequence[dict[str, Any]],
    found: Series | None,
    preferred: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any] | None:
    """The figure to quote now, and why: the analyst's pick among `candidates` if there is
    one, else the series' current figure with its reason (`story_figures`)."""
    for row in reversed(candidates):
        if row["key"] in preferred:
            note = preferred[row["key"]].get("note")
            reason = "preferred by an analyst" + (f": {note}" if note else "")
            return {**_brief(row), "reason": reason}
    if found is None or found.current is None:
        return None
    key = point_key(found.current)
    row = next((row for row in candidates if row["key"] == key), None)
    return None if row is None else {**_brief(row), "reason": found.reason}


def point_key(point: FigurePoint) -> str:
    return f"{point.document[:12]}:{point.claim.id}"


def main_subject(subjects: Iterable[str]) -> str:
    """Of the subjects given, the one that most figures count, themselves or as a part of it (a
    toll of police officers is part of the toll of security forces, itself part of people's)."""
    parents = subject_parents()
    given = list(subjects)
    covered: Counter[str] = Counter()
    for subject in given:
        for whole in _wholes(subject, parents):
            covered[whole] += 1
    return max(sorted(set(given)), key=lambda s: (covered[s], -len(_wholes(s, parents))))


def _wholes(subject: str, parents: Mapping[str, str | None]) -> list[str]:
    """The subject and every subject it is a part of, nearest first."""
    found = [subject]
    parent = parents.get(subject)
    while parent is not None and parent not in found:
        found.append(parent)
        parent = parents.get(parent)
    return found


def _brief(row: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("key", "measure", "subject", "low", "high", "qualifier", "text", "outlet", "published")
    return {key: row[key] for key in keys} | {"document": row["document"], "item": row["item"]}


def conflict_view(
    analysis: Analysis, conflict: Conflict, annotations: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """A conflict with each side's evidence, source and time, and its annotation if any."""
    key = conflict_key(analysis, conflict)
    sides = []
    for item_id in conflict.items:
        item = analysis.find(item_id)
        if isinstance(item, Claim):
            sides.append(claim_side(analysis, item))
        elif isinstance(item, Event):
            sides.append(event_side(analysis, item))
    return {
        "key": key,
        "kind": conflict.kind,
        "explanation": conflict.explanation,
        "sides": sides,
        "annotation": dict(annotations.get(key) or {}),
    }


def across_view(
    conflict: Conflict,
    by_document: Mapping[str, Analysis],
    annotations: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any]:
    """A conflict across the story's reports (its items are `DOCUMENT/ITEM`), like
    `conflict_view`; its key is its sides' keys, so an annotation outlives renumbering."""
    sides = []
    for reference in conflict.items:
        document, item_id = reference.split("/", 1)
        analysis = by_document[document]
        item = analysis.find(item_id)
        if isinstance(item, Claim):
            sides.append(claim_side(analysis, item))
        elif isinstance(item, Event):
            sides.append(event_side(analysis, item))
    key = "~".join(side["key"] for side in sides)
    return {
        "key": key,
        "kind": conflict.kind,
        "explanation": conflict.explanation,
        "sides": sides,
        "annotation": dict(annotations.get(key) or {}),
    }


def conflict_key(analysis: Analysis, conflict: Conflict) -> str:
    return f"{analysis.document.id[:12]}:{conflict.id}"


def claim_side(analysis: Analysis, claim: Claim) -> dict[str, Any]:
    return {
        **report_of(analysis),
        "item": claim.id,
        "key": f"{analysis.document.id[:12]}:{claim.id}",
        "measure": claim.measure,
        "subject": claim.subject,
        "low": number(claim.low),
        "high": number(claim.high),
        "stance": claim.stance,
        "said_by": claim.said_by.text if claim.said_by else None,
        "date": claim.date,
        "place": name_of(analysis, claim.place),
        "text": claim.text,
        "evidence": claim_evidence(analysis, claim),
    }


def event_side(analysis: Analysis, event: Event) -> dict[str, Any]:
    return {
        **report_of(analysis),
        "item": event.id,
        "key": f"{analysis.document.id[:12]}:{event.id}",
        "type": event.type,
        "stance": event.status,
        "said_by": name_of(analysis, event.source),
        "date": event.date,
        "place": name_of(analysis, event.place),
        "text": event.trigger.text,
        "evidence": event_evidence(analysis, event),
    }
