"""Scale-out: `analyze` mapped over partitions of a corpus with Dask.

The driver reads the inputs (cheap), cuts the new documents into partitions, and sends each to
the cluster, where `analyze_partition` runs the pure `analyze` on every document. Results come
back as each partition finishes; the driver alone writes them, to the store (one transaction per
document, idempotent, so an interrupted run resumes where it stopped) and, when asked, to one
Parquet file per partition. The records are the same as a single-process run's, since the same
function makes them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from factline.pipeline import analyze
from factline.record import Analysis, Document, from_json, to_json

PARTITION_SIZE = 32


def analyze_partition(documents: list[dict[str, Any]], published: str | None) -> list[str]:
    """Analyze a partition of documents (as dicts, to travel cheaply); their records as JSON."""
    analyses = []
    for fields in documents:
        document = Document(**fields)
        analyses.append(to_json(analyze(document, document.published or published)))
    return analyses


def partitions(
    documents: Iterable[Document], size: int = PARTITION_SIZE
) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for document in documents:
        batch.append(dataclasses.asdict(document))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_on_dask(
    documents: Iterable[Document],
    store_analysis: Callable[[Analysis], None],
    *,
    scheduler: str | None = None,
    workers: int = 2,
    published: str | None = None,
    parquet_dir: Path | None = None,
    on_partition: Callable[[int], None] | None = None,
) -> int:
    """Analyze `documents` on a Dask cluster (a local one unless `scheduler` gives an address).

    Calls `store_analysis` for every record as its partition finishes and `on_partition` with
    the number of documents done; returns how many documents were analyzed.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        # The dashboard on any free port: two runs side by side do not clash over one.
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    client = Client(scheduler or cluster)
    done = 0
    try:
        futures = [
            client.submit(analyze_partition, batch, published, pure=False)
            for batch in partitions(documents)
        ]
        for index, future in enumerate(as_completed(futures)):
            records = future.result()
            analyses = [from_json(record) for record in records]
            for analysis in analyses:
                store_analysis(analysis)
            if parquet_dir is not None:
                write_parquet(analyses, parquet_dir / f"part-{index:05d}.parquet")
            done += len(analyses)
            if on_partition is not None:
                on_partition(len(analyses))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return done


def write_parquet(analyses: list[Analysis], path: Path) -> None:
    """One row per document: its id, metadata and counts, and the whole record as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [
        {
            "id": a.document.id,
            "title": a.document.title,
            "source": a.document.source,
            "url": a.document.url,
            "published": a.document.published,
            "events": len(a.events),
            "claims": len(a.claims),
            "analysis": to_json(a),
        }
        for a in analyses
    ]
    pq.write_table(pa.Table.from_pylist(rows), path)
