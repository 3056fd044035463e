"""Ingest: read reports, keep each text once with every outlet that carried it, analyze, store,
group into stories, and count what every stage did.

The counts are the point as much as the store: "nothing found" (0 events in 8 dated reports)
must never look like "something failed" (8 reports skipped as unreadable), so every ingest ends
with the number of reports read, skipped (by reason), duplicated (exact or near), dated and
geocoded, and the events, figures and conflicts found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factline import dedup
from factline.pipeline import analyze
from factline.read import Skipped
from factline.record import Analysis, Document
from factline.store import Store


@dataclass
class IngestCounts:
    """What one ingest did, stage by stage."""

    read: int = 0
    stored: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    dated: int = 0
    times: int = 0
    places: int = 0
    geocoded: int = 0
    events: int = 0
    figures: int = 0
    conflicts: int = 0
    conflicts_across: int = 0
    stories: dict[str, int] = field(default_factory=dict)

    @property
    def duplicates(self) -> int:
        return self.exact_duplicates + self.near_duplicates

    def found(self, analysis: Analysis) -> None:
        self.stored += 1
        self.dated += analysis.document.published is not None
        self.times += len(analysis.times)
        self.places += len(analysis.places)
        self.geocoded += sum(place.lat is not None for place in analysis.places)
        self.events += len(analysis.events)
        self.figures += len(analysis.claims)
        self.conflicts += len(analysis.conflicts)

    def summary(self) -> str:
        """One line: every stage's count, with the reasons for skipping."""
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(self.skipped.items()))
        skipped = sum(self.skipped.values())
        parts = [
            f"read {self.read}",
            f"skipped {skipped}" + (f" ({reasons})" if reasons else ""),
            f"stored {self.stored}",
            f"duplicates {self.duplicates} (exact {self.exact_duplicates},"
            f" near {self.near_duplicates})",
            f"dated {self.dated}",
            f"times {self.times}",
            f"places {self.places}",
            f"geocoded {self.geocoded}",
            f"events {self.events}",
            f"figures {self.figures}",
            f"conflicts {self.conflicts + self.conflicts_across} (within reports {self.conflicts},"
            f" across reports {self.conflicts_across})",
        ]
        return ", ".join(parts)


def skip_reason(item: Skipped) -> str:
    """A short, countable reason ("empty", "too large", "binary content, not text")."""
    if "size limit" in item.reason:
        return "too large"
    return item.reason.split(":")[0].split(" (")[0].strip()[:40]


@dataclass(frozen=True)
class DaskEngine:
    """Run the analyses on a Dask cluster: a local one of `workers` processes, or `scheduler`'s."""

    scheduler: str | None = None
    workers: int = 2
    parquet_dir: Path | None = None


def ingest(
    store: Store,
    items: Iterable[Document | Skipped],
    story: str | None = None,
    default_published: str | None = None,
    on_item: Callable[[Document | Skipped], None] | None = None,
    engine: DaskEngine | None = None,
) -> IngestCounts:
    """Store every readable report once, then put the new ones into stories.

    With `story`, every new report goes into that story; otherwise grouping places each one
    in the story it belongs to, or in a new one. With a Dask `engine`, the reports are analyzed
    on the cluster and stored here, through the same steps, as each partition comes back.
    """
    counts = IngestCounts()
    documents = _readable(items, counts, on_item)
    if engine is None:
        for document in documents:
            _ingest_document(store, document, story, default_published, counts)
    else:
        from factline.scale import run_on_dask

        def store_analysis(analysis: Analysis) -> None:
            _ingest_document(store, analysis.document, story, None, counts, analysis)

        new = (d for d in documents if not _known(store, d, dedup.fingerprint(d.text), counts))
        run_on_dask(
            new,
            store_analysis,
            scheduler=engine.scheduler,
            workers=engine.workers,
            published=default_published,
            parquet_dir=engine.parquet_dir,
        )
    if story is None and counts.stored:
        from factline.stories import group_store

        placed = group_store(store)
        counts.stories = {name: len(members) for name, members in placed.items()}
    elif story is not None and counts.stored:
        counts.stories = {story: counts.stored}
    counts.conflicts_across = _story_conflicts(store, counts.stories)
    return counts


def _readable(
    items: Iterable[Document | Skipped],
    counts: IngestCounts,
    on_item: Callable[[Document | Skipped], None] | None,
) -> Iterator[Document]:
    """The documents among `items`, counting the skipped ones by reason."""
    for item in items:
        if on_item is not None:
            on_item(item)
        if isinstance(item, Skipped):
            counts.skipped[skip_reason(item)] += 1
            continue
        counts.read += 1
        yield item


def _known(
    store: Store, document: Document, print_: dedup.Fingerprint, counts: IngestCounts
) -> bool:
    """Whether the store already holds this text or a near copy (then this copy is recorded)."""
    holder = store.holder_of(document.id)
    if holder is not None:
        store.add_source(holder, document)
        counts.exact_duplicates += 1
        return True
    near = store.near_duplicate(print_)
    if near is not None:
        store.add_source(near[0], document, near[1])
        counts.near_duplicates += 1
        return True
    return False


def _ingest_document(
    store: Store,
    document: Document,
    story: str | None,
    default_published: str | None,
    counts: IngestCounts,
    analysis: Analysis | None = None,
) -> None:
    """Store one report once: a copy of a stored text only adds its outlet to the original.

    `analysis` is given when the report was analyzed elsewhere (on a cluster); the check for
    copies runs again here, since another report of the same run may have been stored since.
    """
    print_ = dedup.fingerprint(document.text)
    if _known(store, document, print_, counts):
        return
    if analysis is None:
        analysis = analyze(document, document.published or default_published)
    if store.add(analysis, story=story, fingerprint=print_):
        counts.found(analysis)
    else:
        counts.exact_duplicates += 1


def _story_conflicts(store: Store, touched: dict[str, int]) -> int:
    """The figure conflicts across reports in the stories this ingest added to."""
    from factline.story_figures import story_conflicts

    total = 0
    for name in touched:
        total += len(story_conflicts([stored.analysis for stored in store.analyses(name)]))
    return total
