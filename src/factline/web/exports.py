"""Exports of a story's filtered view, written piece by piece so the server can stream them.

CSV (one row per timeline event), JSON Lines (every event, figure and conflict of the view, one
a line), GeoJSON (RFC 7946: one point feature per placed event, with how precise the point is),
TimelineJS (its JSON format) and, where `factline.acled` is present, ACLED's CSV columns.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from factline.record import Analysis

EVENT_COLUMNS = (
    "date",
    "type",
    "mode",
    "trigger",
    "place",
    "latitude",
    "longitude",
    "precision",
    "source_actor",
    "target_actor",
    "fatalities",
    "reports",
    "outlets",
    "documents",
)
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "geojson": "application/geo+json",
    "timelinejs": "application/json",
    "acled-csv": "text/csv; charset=utf-8",
}
SUFFIXES = {"csv": "csv", "jsonl": "jsonl", "geojson": "geojson", "timelinejs": "json"}


def export_formats() -> tuple[str, ...]:
    """The formats on offer: ACLED's only where the ACLED mapping is installed."""
    names = ("csv", "jsonl", "geojson", "timelinejs")
    return (*names, "acled-csv") if _acled_rows() is not None else names


def export_chunks(format: str, view: dict[str, Any], analyses: Sequence[Analysis]) -> Iterator[str]:
    """The export of a filtered story view (from `story_view`), in pieces."""
    writers: dict[str, Callable[[], Iterator[str]]] = {
        "csv": lambda: csv_chunks(view["events"]),
        "jsonl": lambda: jsonl_chunks(view),
        "geojson": lambda: geojson_chunks(view["events"]),
        "timelinejs": lambda: timelinejs_chunks(view),
        "acled-csv": lambda: acled_chunks(view["events"], analyses),
    }
    return writers[format]()


def event_record(event: dict[str, Any]) -> dict[str, Any]:
    place = event["place"] or {}
    reports = event["reports"]
    return {
        "date": event["date"],
        "type": event["type"],
        "mode": event["mode"],
        "trigger": event["trigger"],
        "place": place.get("name"),
        "latitude": _rounded(place.get("lat")),
        "longitude": _rounded(place.get("lon")),
        "precision": place.get("precision"),
        "source_actor": event["source_actor"],
        "target_actor": event["target_actor"],
        "fatalities": event["fatalities"],
        "reports": len(reports),
        "outlets": "; ".join(sorted({r["outlet"] for r in reports if r["outlet"]})),
        "documents": " ".join(sorted({r["document"][:12] for r in reports})),
    }


def csv_chunks(
    events: Iterable[dict[str, Any]], columns: Sequence[str] = EVENT_COLUMNS
) -> Iterator[str]:
    yield _csv_line(columns)
    for event in events:
        record = event_record(event)
        yield _csv_line(["" if record[c] is None else record[c] for c in columns])


def _csv_line(values: Sequence[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue()


def jsonl_chunks(view: dict[str, Any]) -> Iterator[str]:
    for kind, key in (("event", "events"), ("conflict", "conflicts")):
        for item in view[key]:
            yield json.dumps({"record": kind, **item}, ensure_ascii=False) + "\n"
    for panel in view["figures"]:
        for figure in panel["figures"]:
            yield json.dumps({"record": "figure", **figure}, ensure_ascii=False) + "\n"


def geojson_chunks(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield '{"type":"FeatureCollection","features":['
    first = True
    for event in events:
        record = event_record(event)
        if record["latitude"] is None or record["longitude"] is None:
            continue
        feature = {
            "type": "Feature",
            "id": event["id"],
            "geometry": {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]},
            "properties": {k: v for k, v in record.items() if k not in ("latitude", "longitude")},
        }
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "]}\n"


def timelinejs_chunks(view: dict[str, Any]) -> Iterator[str]:
    title = {"text": {"headline": view["name"] or "Unfiled reports", "text": ""}}
    yield '{"title":' + json.dumps(title, ensure_ascii=False) + ',"events":['
    first = True
    for event in view["events"]:
        if not event["date"] or event["date"][:1] == "X":
            continue
        yield ("" if first else ",") + json.dumps(_slide(event), ensure_ascii=False)
        first = False
    yield "]}\n"


def _slide(event: dict[str, Any]) -> dict[str, Any]:
    parts = event["date"][:10].split("-")
    start_date = dict(zip(("year", "month", "day"), parts, strict=False))
    place = (event["place"] or {}).get("name")
    headline = f"{event['type'].title()}: {event['trigger']}" + (f" in {place}" if place else "")
    sources = sorted({r["outlet"] or "unknown source" for r in event["reports"]})
    return {
        "start_date": start_date,
        "text": {"headline": headline, "text": "Reported by " + ", ".join(sources)},
        "group": event["type"],
        "unique_id": event["id"],
    }


def acled_chunks(events: Iterable[dict[str, Any]], analyses: Sequence[Analysis]) -> Iterator[str]:
    acled_rows = _acled_rows()
    if acled_rows is None:
        return
    kept = {(r["document"], r["item"]) for event in events for r in event["reports"]}
    columns: Sequence[str] = importlib.import_module("factline.acled").COLUMNS
    yield _csv_line(columns)
    for analysis in analyses:
        document = analysis.document.id
        chosen = tuple(e for e in analysis.events if (document, e.id) in kept)
        for row in acled_rows(replace(analysis, events=chosen)):
            yield _csv_line([row.get(column, "") for column in columns])


def _acled_rows() -> Callable[[Analysis], Iterable[dict[str, str]]] | None:
    try:
        module = importlib.import_module("factline.acled")
    except ImportError:
        return None
    rows: Callable[[Analysis], Iterable[dict[str, str]]] | None = getattr(
        module, "acled_rows", None
    )
    return rows


def _rounded(value: float | None) -> float | None:
    """Coordinates to 4 decimals (about 10 m), as finer is never what a report says."""
    return None if value is None else round(value, 4)
