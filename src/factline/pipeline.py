"""`analyze`: one report in, its record out. Reading this function tells the whole flow."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from factline.actors import find_actors
from factline.conflicts import find_conflicts
from factline.events import find_events
from factline.figures import find_claims
from factline.places import find_places
from factline.record import Analysis, Document
from factline.segment import split_sentences
from factline.times import find_times

# The stages after segmentation, in order: each reads what the earlier ones found and fills the
# record's field of its name.
STAGES: tuple[tuple[str, Callable[[Analysis], tuple[Any, ...]]], ...] = (
    ("times", find_times),
    ("places", find_places),
    ("actors", find_actors),
    ("events", find_events),
    ("claims", find_claims),
    ("conflicts", find_conflicts),
)


def analyze(document: Document | str, published: date | str | None = None) -> Analysis:
    """Run every stage over one report, in the order of DESIGN.md's flow.

    `published` overrides the document's own publication date; relative dates ("yesterday",
    "the following day") are resolved against it. A pure function: the unit that parallel runs
    map over.
    """
    if isinstance(document, str):
        document = Document(text=document)
    if published is not None:
        document = dataclasses.replace(document, published=_iso_date(published))
    analysis = Analysis(document=document, sentences=split_sentences(document.text))
    for field, stage in STAGES:
        found: dict[str, Any] = {field: stage(analysis)}
        analysis = dataclasses.replace(analysis, **found)
    _freeze_models()
    return analysis


@cache
def _freeze_models() -> None:
    """After the first report, hide the models the stages loaded (the gazetteer's millions of
    names, the lexicons) from the cyclic garbage collector: they live as long as the process,
    and walking them again on every full collection is work for nothing. Objects still go as
    soon as nothing refers to them."""
    gc.freeze()


def _iso_date(value: date | str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return parse_published(value).isoformat()


def parse_published(value: str) -> date:
    """A publication date given by a user or a feed: ISO `YYYY-MM-DD`, optionally with a time."""
    from factline.errors import BadInputError

    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise BadInputError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None
