"""The JSON API under /api/: the twin of every page, the exports and the annotations."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from factline.record import Analysis, to_dict
from factline.store import Store
from factline.web.annotations import Annotation, save_annotation, story_annotations
from factline.web.exports import MEDIA_TYPES, SUFFIXES, export_chunks, export_formats
from factline.web.filters import Filters
from factline.web.highlight import marks_of
from factline.web.security import WriteAllowed
from factline.web.story_view import list_stories, load_analyses, story_view

router = APIRouter(prefix="/api", tags=["api"])

# The answers besides 200 that every route may give, for the OpenAPI schema.
REFUSALS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A filter that is not valid (e.g. a date not YYYY-MM-DD)."},
    404: {"description": "No such story, report, conflict or export format."},
}
WRITE_REFUSALS: dict[int | str, dict[str, Any]] = {
    **REFUSALS,
    401: {"description": "The token is missing or wrong."},
    403: {"description": "Writes are off: the server has no FACTLINE_TOKEN."},
    413: {"description": "The request body is over the size limit."},
}
# What a download's file name keeps of a story's name; anything else becomes "_".
_UNSAFE_IN_FILE_NAME = re.compile(r"[^A-Za-z0-9._-]")
# Documents the date filters' form in the schema; `Filters` enforces it, with a 400 that says so.
_ISO_DAY_PATTERN = {"pattern": r"^\d{4}-\d{2}-\d{2}$"}


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def filters_of(
    start: Annotated[
        str | None,
        Query(description="First day kept, YYYY-MM-DD.", json_schema_extra=_ISO_DAY_PATTERN),
    ] = None,
    end: Annotated[
        str | None,
        Query(description="Last day kept, YYYY-MM-DD.", json_schema_extra=_ISO_DAY_PATTERN),
    ] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. PROTEST.")] = None,
    actor: Annotated[str | None, Query(description="Actor's canonical name.")] = None,
    place: Annotated[str | None, Query(description="Place name.")] = None,
) -> Filters:
    return Filters.from_query(
        {"start": start, "end": end, "type": type, "actor": actor, "place": place}
    )


StoreDep = Annotated[Store, Depends(store_of)]
FiltersDep = Annotated[Filters, Depends(filters_of)]


class AnnotationBody(BaseModel):
    """An analyst's verdict on a conflict; it is stored beside the record, never over it."""

    resolved: bool = False
    preferred: str | None = Field(default=None, max_length=64, description="Key of a side.")
    note: str | None = Field(default=None, max_length=10_000)


def loaded_story(store: Store, story: str) -> list[Analysis]:
    analyses = load_analyses(store, story)
    if not analyses:
        raise HTTPException(404, f"no story {story!r} in this database")
    return analyses


def story_data(store: Store, story: str, filters: Filters) -> dict[str, Any]:
    analyses = loaded_story(store, story)
    return story_view(story, analyses, filters, story_annotations(store, story))


@router.get(
    "/stories",
    summary="Every story: reports, date range, places, latest figures",
    responses=REFUSALS,
)
def stories(store: StoreDep) -> list[dict[str, Any]]:
    return list_stories(store)


@router.get(
    "/stories/{story}",
    summary="A story's timeline, places, figures and conflicts",
    responses=REFUSALS,
)
def story(story: str, store: StoreDep, filters: FiltersDep) -> dict[str, Any]:
    return story_data(store, story, filters)


@router.get(
    "/stories/{story}/export/{format}", summary="The filtered view, streamed", responses=REFUSALS
)
def export(story: str, format: str, store: StoreDep, filters: FiltersDep) -> StreamingResponse:
    if format not in export_formats():
        raise HTTPException(404, f"no export format {format!r}; try {', '.join(export_formats())}")
    analyses = loaded_story(store, story)
    view = story_view(story, analyses, filters, story_annotations(store, story))
    name = f"{download_name(story)}.{SUFFIXES.get(format, 'csv')}"
    return StreamingResponse(
        (chunk.encode("utf-8") for chunk in export_chunks(format, view, analyses)),
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def download_name(story: str) -> str:
    """A story's name as a download's file name: no quotes, slashes, dots first or line breaks,
    whatever the story was called."""
    return _UNSAFE_IN_FILE_NAME.sub("_", story)[:100].lstrip(".") or "story"


@router.get(
    "/stories/{story}/annotations", summary="Analyst annotations, by conflict", responses=REFUSALS
)
def list_annotations(story: str, store: StoreDep) -> dict[str, dict[str, Any]]:
    return story_annotations(store, story)


@router.put(
    "/stories/{story}/annotations/{conflict}",
    summary="Annotate a conflict (needs the token)",
    dependencies=[WriteAllowed],
    responses=WRITE_REFUSALS,
)
def annotate(story: str, conflict: str, body: AnnotationBody, store: StoreDep) -> dict[str, Any]:
    view = story_view(story, loaded_story(store, story))
    found = next((c for c in view["conflicts"] if c["key"] == conflict), None)
    if found is None:
        raise HTTPException(404, f"no conflict {conflict!r} in story {story!r}")
    sides = {side["key"] for side in found["sides"]}
    if body.preferred is not None and body.preferred not in sides:
        raise HTTPException(422, f"preferred must be one of {sorted(sides)}")
    saved = save_annotation(store, Annotation(story=story, conflict=conflict, **body.model_dump()))
    return asdict(saved)


@router.get(
    "/documents/{document}",
    summary="One report, with every item the record found",
    responses=REFUSALS,
)
def document(document: str, store: StoreDep) -> dict[str, Any]:
    story, analysis = find_document(store, document)
    return {
        "story": story,
        "marks": [asdict(mark) for mark in marks_of(analysis)],
        "analysis": to_dict(analysis),
    }


@router.get("/world", summary="The world outline the map draws (Natural Earth 1:110m)")
def world() -> dict[str, Any]:
    return world_outline()


def world_outline() -> dict[str, Any]:
    resource = files("factline").joinpath("resources", "world", "countries-110m.json")
    outline: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return outline


def find_document(store: Store, document: str) -> tuple[str | None, Analysis]:
    """A stored report by its id, or by the first 12 or more characters of it."""
    if len(document) >= 12:
        for stored in store.analyses():
            if stored.analysis.document.id.startswith(document):
                return stored.story, stored.analysis
    raise HTTPException(404, f"no document {document!r} in this database")
