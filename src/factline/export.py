"""Exports of stored records: JSON Lines of whole records, ACLED-style CSV rows, and a story's
merged timeline as TimelineJS JSON or as GeoJSON.

TimelineJS reads the JSON format of its docs (timeline.knightlab.com/docs/json-format.html):
a `title` slide and `events`, each with a `start_date` of year, month and day as strings, and
`text` with a `headline`. Undated events cannot stand on that timeline and are left out.
GeoJSON (RFC 7946) gets one Point feature per merged event whose place was geocoded, with
coordinates in longitude, latitude order.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any, TextIO

from factline import acled, story_timeline
from factline.record import Analysis, to_json

StoryAnalyses = Sequence[tuple[str | None, Sequence[Analysis]]]


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    acled_csv = "acled-csv"
    timelinejs = "timelinejs"
    geojson = "geojson"


def write(format: ExportFormat, analyses: Iterable[Analysis], stream: TextIO) -> int:
    """Write `analyses` to `stream` as JSON Lines or ACLED CSV; returns the records written."""
    if format is ExportFormat.acled_csv:
        return write_acled(analyses, stream)
    count = 0
    for analysis in analyses:
        stream.write(to_json(analysis) + "\n")
        count += 1
    return count


def write_acled(analyses: Iterable[Analysis], stream: TextIO) -> int:
    """ACLED's columns, one row per event that occurred (see `factline.acled` for the mapping)."""
    writer = csv.DictWriter(stream, fieldnames=acled.COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for analysis in analyses:
        for row in acled.acled_rows(analysis):
            writer.writerow(row)
            count += 1
    return count


def write_stories(format: ExportFormat, stories: StoryAnalyses, stream: TextIO) -> int:
    """Write the stories' merged timelines as TimelineJS or GeoJSON; returns the events written."""
    document = timelinejs(stories) if format is ExportFormat.timelinejs else geojson(stories)
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return len(document["events"] if format is ExportFormat.timelinejs else document["features"])


def timelinejs(stories: StoryAnalyses) -> dict[str, Any]:
    events = []
    for name, analyses in stories:
        for entry in story_timeline.merge(analyses):
            day = entry.date
            if day is None or not day[:4].isdigit():
                continue
            events.append(_timelinejs_event(name, entry, day))
    names = ", ".join(name or "reports in no story" for name, _ in stories)
    return {
        "title": {"text": {"headline": names or "factline", "text": "Events merged by factline"}},
        "events": events,
    }


def _timelinejs_event(
    story: str | None, entry: story_timeline.MergedEvent, day: str
) -> dict[str, Any]:
    parts = day.split("-")
    start = {"year": parts[0]}
    if len(parts) > 1:
        start["month"] = str(int(parts[1]))
    if len(parts) > 2:
        start["day"] = str(int(parts[2]))
    place = entry.most_common("place")
    headline = f"{entry.type.title()}: {entry.most_common('trigger')}"
    sources = ", ".join(entry.outlets())
    text = f"{'In ' + place + '. ' if place else ''}Reported by {sources}"
    return {
        "start_date": start,
        "text": {"headline": headline, "text": f"{text}; first on {entry.first_reported}."},
        "group": story or "",
        "unique_id": f"{story or 'none'}-{entry.id}",
    }


def geojson(stories: StoryAnalyses) -> dict[str, Any]:
    features = []
    for name, analyses in stories:
        points = _coordinates(analyses)
        for entry in story_timeline.merge(analyses):
            place = entry.most_common("place")
            if place is None or place not in points:
                continue
            features.append(_feature(name, entry, place, points[place]))
    return {"type": "FeatureCollection", "features": features}


def _coordinates(analyses: Iterable[Analysis]) -> dict[str, tuple[float, float]]:
    """Each geocoded place name and its (longitude, latitude)."""
    return {
        place.name: (place.lon, place.lat)
        for analysis in analyses
        for place in analysis.places
        if place.lat is not None and place.lon is not None
    }


def _feature(
    story: str | None,
    entry: story_timeline.MergedEvent,
    place: str,
    point: tuple[float, float],
) -> dict[str, Any]:
    conflict = entry.conflict()
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [point[0], point[1]]},
        "properties": {
            "story": story,
            "event": entry.id,
            "date": entry.date,
            "type": entry.type,
            "trigger": entry.most_common("trigger"),
            "place": place,
            "reports": len({m.document for m in entry.mentions}),
            "outlets": entry.outlets(),
            "first_reported": entry.first_reported,
            "date_conflict": conflict.explanation if conflict else None,
        },
    }
