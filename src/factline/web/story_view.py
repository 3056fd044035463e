"""A story at a glance: the data behind the story page, its JSON twin, the exports and the report.

Built from the store's analyses of one story. Events reported by several reports on the same day,
of the same type, at the same place stand as one timeline item with every supporting report and
its evidence sentence. Every item carries the document it came from, so the UI can link back.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from factline import story_figures, story_timeline
from factline.record import Analysis, Claim, Conflict, Event
from factline.store import Store
from factline.story_timeline import MergedEvent
from factline.web.evidence import (
    event_evidence,
    name_of,
    place_of,
    report_of,
)
from factline.web.figures_view import across_view, claim_side, conflict_view, figure_panels
from factline.web.filters import CALENDAR_DATE, Filters

# Documents with no story are listed under this key ("/stories/_").
UNFILED = "_"


def story_name(key: str) -> str | None:
    return None if key == UNFILED else key


def story_key(name: str | None) -> str:
    return UNFILED if name is None else name


# The pages and the API recompute a story's views on every request; these keep the last few
# stories' records and merged views, keyed by what the story holds, so a repeated request (or
# fifty clients at once) costs a lookup until an ingest or a curation changes the story.
_CACHED_STORIES = 8
_analyses_cache: OrderedDict[tuple[str, tuple[str, ...]], list[Analysis]] = OrderedDict()
# One request fills a cache entry while the others wait for it, rather than fifty requests
# computing the same story at once when an ingest has just changed it.
_filling = threading.RLock()
_views_cache: OrderedDict[tuple[tuple[str, str | None], ...], _StoryViews] = OrderedDict()


def load_analyses(store: Store, key: str) -> list[Analysis]:
    """The analyses of one story; the unfiled key gives those in no story."""
    name = story_name(key)
    cache_key = (store.url, store.story_members(name))
    with _filling:
        if cache_key not in _analyses_cache:
            found = [stored.analysis for stored in store.analyses(name) if stored.story == name]
            _remember(_analyses_cache, cache_key, found)
        _analyses_cache.move_to_end(cache_key)
        return _analyses_cache[cache_key]


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any) -> None:
    cache[key] = value
    while len(cache) > _CACHED_STORIES:
        cache.popitem(last=False)


@dataclass(frozen=True)
class _StoryViews:
    """What a story's page shows before filters and annotations: the costly part."""

    merged: list[MergedEvent]
    events: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    across: list[Conflict]
    series: list[story_figures.Series]


def _story_views(analyses: Sequence[Analysis]) -> _StoryViews:
    key = tuple((a.document.id, a.document.published) for a in analyses)
    with _filling:
        return _cached_views(key, analyses)


def _cached_views(
    key: tuple[tuple[str, str | None], ...], analyses: Sequence[Analysis]
) -> _StoryViews:
    if key not in _views_cache:
        by_document = {analysis.document.id: analysis for analysis in analyses}
        merged = story_timeline.merge(analyses)
        views = _StoryViews(
            merged,
            timeline_items(merged, by_document),
            _figure_rows(analyses),
            [*story_figures.story_conflicts(analyses), *story_timeline.date_conflicts(merged)],
            story_figures.series(analyses),
        )
        _remember(_views_cache, key, views)
    _views_cache.move_to_end(key)
    return _views_cache[key]


def list_stories(store: Store) -> list[dict[str, Any]]:
    """Every story with its reports, date range, places and latest figures."""
    grouped: dict[str | None, list[Analysis]] = defaultdict(list)
    for stored in store.analyses():
        grouped[stored.story].append(stored.analysis)
    return [_story_summary(story_key(name), analyses) for name, analyses in grouped.items()]


def _story_summary(key: str, analyses: Sequence[Analysis]) -> dict[str, Any]:
    published = sorted(a.document.published for a in analyses if a.document.published)
    places = _place_counts(analyses)
    figures = _figure_rows(analyses)
    panels = figure_panels(figures, figures, story_figures.series(analyses), annotations={})
    return {
        "key": key,
        "name": story_name(key),
        "reports": len(analyses),
        "outlets": len({a.document.source for a in analyses if a.document.source}),
        "first_published": published[0] if published else None,
        "last_published": published[-1] if published else None,
        "places": [name for name, _ in places.most_common(5)],
        "latest_figures": [panel["current"] for panel in panels if panel["current"]],
    }


def _place_counts(analyses: Iterable[Analysis]) -> Counter[str]:
    return Counter(
        name
        for analysis in analyses
        for event in analysis.events
        if (name := name_of(analysis, event.place))
    )


def story_view(
    key: str,
    analyses: Sequence[Analysis],
    filters: Filters | None = None,
    annotations: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Everything the story page shows, filtered: header, timeline, places, figures, conflicts."""
    filters = filters or Filters()
    annotations = annotations or {}
    by_document = {analysis.document.id: analysis for analysis in analyses}
    views = _story_views(analyses)
    events, figures, across = views.events, views.figures, views.across
    conflicts = [
        conflict_view(analysis, conflict, annotations)
        for analysis in analyses
        for conflict in analysis.conflicts
    ] + [across_view(conflict, by_document, annotations) for conflict in across]
    panels = figure_panels(
        [f for f in figures if filters.keeps_figure(f)],
        figures,
        views.series,
        annotations,
    )
    return {
        "story": key,
        "name": story_name(key),
        "filters": filters.as_query(),
        "header": _header(analyses, events, conflicts),
        "events": [event for event in events if filters.keeps_event(event)],
        "figures": panels,
        "conflicts": [c for c in conflicts if filters.keeps_conflict(c)],
        "choices": _choices(events),
    }


def timeline_items(
    merged: Sequence[MergedEvent], by_document: Mapping[str, Analysis]
) -> list[dict[str, Any]]:
    """The story's merged timeline (`story_timeline.merge`): each event once, by date, with
    every report that told it and the sentence it was told in."""
    return [_timeline_item(entry, by_document) for entry in merged]


def _timeline_item(entry: MergedEvent, by_document: Mapping[str, Analysis]) -> dict[str, Any]:
    place_name = entry.most_common("place")
    placed = next((m for m in entry.mentions if m.place == place_name), None)
    place = place_of(by_document[placed.document], placed.event.place) if placed else None
    fatalities = [m.event.fatalities for m in entry.mentions if m.event.fatalities is not None]
    return {
        "id": entry.id,
        "date": entry.date,
        "dates_given": entry.days if len(entry.days) > 1 else [],
        "type": entry.type,
        "mode": entry.most_common_mode(),
        "trigger": entry.most_common("trigger"),
        "place": place,
        "source_actor": entry.most_common("source_actor"),
        "target_actor": entry.most_common("target_actor"),
        "fatalities": max(fatalities, default=None),
        "first_reported": entry.first_reported,
        "reports": [_support(by_document[m.document], m.event) for m in entry.mentions],
    }


def _support(analysis: Analysis, event: Event) -> dict[str, Any]:
    return {
        **report_of(analysis),
        "item": event.id,
        "trigger": event.trigger.text,
        "date": event.date,
        "confidence": event.confidence,
        "evidence": event_evidence(analysis, event),
    }


def _figure_rows(analyses: Iterable[Analysis]) -> list[dict[str, Any]]:
    return [_figure_row(analysis, claim) for analysis in analyses for claim in analysis.claims]


def _figure_row(analysis: Analysis, claim: Claim) -> dict[str, Any]:
    return {**claim_side(analysis, claim), "qualifier": claim.qualifier}


def _header(
    analyses: Sequence[Analysis],
    events: Sequence[dict[str, Any]],
    conflicts: Sequence[dict[str, Any]],
) -> dict[str, Any]:
    days = sorted(
        e["date"][:10] for e in events if e["date"] and CALENDAR_DATE.fullmatch(e["date"][:10])
    )
    stages = {
        "times": sum(len(a.times) for a in analyses),
        "places": sum(len(a.places) for a in analyses),
        "actors": sum(len(a.actors) for a in analyses),
        "events": sum(len(a.events) for a in analyses),
        "figures": sum(len(a.claims) for a in analyses),
        "conflicts": sum(len(a.conflicts) for a in analyses),
    }
    return {
        "reports": len(analyses),
        "outlets": len({a.document.source for a in analyses if a.document.source}),
        "events": len(events),
        "first_date": days[0] if days else None,
        "last_date": days[-1] if days else None,
        "contested": sum(1 for c in conflicts if c["kind"] == "figure"),
        "undated": sum(1 for e in events if not e["date"] or e["date"][:1] == "X"),
        "unplaced": sum(1 for e in events if not e["place"] or e["place"]["lat"] is None),
        "stages": stages,
    }


def _choices(events: Iterable[dict[str, Any]]) -> dict[str, list[str]]:
    """The values each filter can take, for the filter bar's menus."""
    types: set[str] = set()
    actors: set[str] = set()
    places: set[str] = set()
    for event in events:
        types.add(event["type"])
        actors.update(a for a in (event["source_actor"], event["target_actor"]) if a)
        if event["place"]:
            places.add(event["place"]["name"])
    return {"type": sorted(types), "actor": sorted(actors), "place": sorted(places)}
