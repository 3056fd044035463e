"""Scale-out and crash safety: Dask gives the same records; a killed ingest resumes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factline.pipeline import analyze
from factline.read import Skipped, read_paths
from factline.record import Analysis, Document, to_json
from factline.scale import run_on_dask

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def example_documents() -> list[Document]:
    documents = [d for d in read_paths([EXAMPLES]) if not isinstance(d, Skipped)]
    if not documents:
        pytest.skip("no example reports under examples/")
    return documents


def test_dask_gives_the_same_records_as_one_process(tmp_path: Path) -> None:
    documents = example_documents()
    collected: list[Analysis] = []
    done = run_on_dask(documents, collected.append, workers=2, parquet_dir=tmp_path / "out")
    assert done == len(documents)
    single = sorted(to_json(analyze(d, d.published)) for d in documents)
    assert sorted(to_json(a) for a in collected) == single

    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "out")
    assert table.num_rows == len(documents)
    assert sorted(table.column("id").to_pylist()) == sorted(d.id for d in documents)


# Distinct words, so that no two generated reports look like near-duplicates of each other.
VOCABULARY = (
    "river mountain harbour market station bridge tower garden factory school hospital airport "
    "village valley forest desert island coast border square avenue palace stadium museum "
    "library temple bazaar canal tunnel highway railway pipeline refinery mine farm orchard "
    "vineyard meadow glacier lagoon plateau canyon steppe oasis delta estuary reef volcano"
).split()


def stored_ids(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(db, timeout=30) as connection:
            return [row[0] for row in connection.execute("SELECT id FROM documents")]
    except sqlite3.OperationalError:
        return []  # the schema is not created yet


def test_ingest_killed_half_way_resumes_and_stores_each_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    total = 600
    words = random.Random(7).choices(VOCABULARY, k=total * 40)
    for number in range(total):
        own_words = " ".join(words[number * 40 : (number + 1) * 40])
        (folder / f"{number:04d}.txt").write_text(
            f"On January 5, police detained {number + 10} protesters in Almaty. {own_words}.\n"
        )
    db = tmp_path / "factline.db"
    command = [sys.executable, "-m", "factline", "ingest", str(folder), "--db", f"sqlite:///{db}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(stored_ids(db)) < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    part = len(stored_ids(db))
    assert 0 < part < total, "the kill should land half way"

    finished = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    ids = stored_ids(db)
    assert len(ids) == total == len(set(ids))
    assert f"duplicates {part}" in finished.stderr
