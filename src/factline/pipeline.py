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


# Allocations of container objects between two collections of the youngest generation, once
# the models are loaded (Python's default is 700).
YOUNG_GENERATION_ALLOCATIONS = 20_000


@cache
def _freeze_models() -> None:
    """After the first report, settle the cyclic garbage collector for this work.

    The models the stages loaded (the gazetteer's millions of names, the lexicons) live as long
    as the process: `gc.freeze` hides them from the collector, which would otherwise walk them
    again on every full collection. A report then allocates hundreds of thousands of small
    tuples, lists and records that reference counting frees as soon as the report is done; a
    collection of the youngest generation every 700 allocations finds almost nothing among them
    and cost about 3% of `analyze`'s time (BBC News reports, the two settings alternating in
    one process), so the threshold is raised to `YOUNG_GENERATION_ALLOCATIONS`, never lowered,
    and the older generations keep theirs. Objects still go as soon as nothing refers to them.
    """
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_GENERATION_ALLOCATIONS:
        gc.set_threshold(YOUNG_GENERATION_ALLOCATIONS, *older)


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
