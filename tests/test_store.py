from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

import factline
from factline.errors import StoreError
from factline.record import Document
from factline.store import SCHEMA_VERSION, Store
from factline.store_schema import MIGRATIONS

FIXED = datetime(2022, 1, 7, 12, 30, tzinfo=timezone(timedelta(hours=6)))


@pytest.fixture
def store(database_url: str) -> Store:
    """A store on each back end: SQLite, and PostgreSQL where a server can run."""
    return Store(database_url, now=lambda: FIXED)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'factline.db'}", now=lambda: FIXED)


def report(text: str, published: str = "2022-01-07") -> factline.Analysis:
    return factline.analyze(Document(text=text, source="Steppe Wire (illustrative)"), published)


def test_same_text_is_stored_once(store: Store) -> None:
    assert store.add(report("Protests began on January 2 in Zhanaozen.")) is True
    assert store.add(report("Protests began on January 2 in Zhanaozen.")) is False
    assert store.add(report("Troops arrived on January 6.")) is True
    assert store.count() == 2


def test_stored_analysis_reads_back_equal(store: Store) -> None:
    analysis = report("A state of emergency was declared on Jan. 5 in Almaty.")
    store.add(analysis, story="kazakhstan")
    (stored,) = store.analyses("kazakhstan")
    assert stored.analysis == analysis
    assert stored.story == "kazakhstan"
    assert list(store.analyses("another story")) == []


def test_ingest_time_is_utc_with_an_explicit_zone(store: Store) -> None:
    store.add(report("Police detained 500 people."))
    (stored,) = store.analyses()
    assert stored.ingested_at == "2022-01-07T06:30:00+00:00"
    assert datetime.fromisoformat(stored.ingested_at).utcoffset() == timedelta(0)


def test_naive_clock_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="time-zone-aware"):
        Store(f"sqlite:///{tmp_path / 'x.db'}", now=lambda: datetime(2022, 1, 7))


def test_sqlite_runs_in_wal_mode(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_schema_version_is_recorded_and_reopening_keeps_data(database_url: str) -> None:
    url = database_url
    with Store(url) as first:
        first.add(report("Protests spread to Almaty."))
    with Store(url) as again:
        assert again.count() == 1
        with again.engine.connect() as connection:
            versions = connection.exec_driver_sql("SELECT version FROM schema_version").all()
    assert [row[0] for row in versions] == [version for version, _ in MIGRATIONS]
    assert versions[-1][0] == SCHEMA_VERSION


def test_documents_come_back_in_publication_order(store: Store) -> None:
    store.add(report("Later report.", "2022-01-09"))
    store.add(factline.analyze(Document(text="Undated report.")))
    store.add(report("Earlier report.", "2022-01-05"))
    published = [s.analysis.document.published for s in store.analyses()]
    assert published == ["2022-01-05", "2022-01-09", None]


def test_a_failed_write_leaves_no_half_stored_document(sqlite_store: Store) -> None:
    store = sqlite_store
    analysis = report("Security forces said 12 police officers were killed.")
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse AFTER INSERT ON documents "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    with pytest.raises(sa.exc.SQLAlchemyError):
        store.add(analysis)
    assert store.count() == 0


@pytest.mark.parametrize("url", ["not a url", "mysql://localhost/x", "oracle://db"])
def test_bad_database_urls_are_user_errors(url: str) -> None:
    with pytest.raises(StoreError):
        Store(url)


def test_unopenable_sqlite_path_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'x.db'}")


def test_fixed_clock_in_utc_is_used(database_url: str) -> None:
    moment = datetime(2022, 1, 15, tzinfo=UTC)
    with Store(database_url, now=lambda: moment) as store:
        store.add(report("Toll rises to 225."))
        assert next(store.analyses()).ingested_at == "2022-01-15T00:00:00+00:00"


def test_two_processes_ingesting_overlapping_inputs_store_each_text_once(
    database_url: str, tmp_path: Path
) -> None:
    texts = [
        f"On January {day}, police in {city} detained {10 + day} protesters, officials said."
        for day in range(2, 8)
        for city in ("Almaty", "Aktau", "Zhanaozen", "Taraz")
    ]
    halves = {"first": texts[:16], "second": texts[8:]}  # the middle eight are in both
    folders = []
    for name, part in halves.items():
        folder = tmp_path / name
        folder.mkdir()
        for text in part:
            (folder / f"{texts.index(text):02d}.txt").write_text(text + "\n")
        folders.append(folder)
    Store(database_url).close()  # create the schema before the race
    command = [sys.executable, "-m", "factline", "ingest", "--db", database_url, "--story", "kz"]
    runs = [subprocess.Popen([*command, str(folder)], stderr=subprocess.PIPE) for folder in folders]
    for run in runs:
        assert run.wait(timeout=300) == 0, run.stderr.read() if run.stderr else ""
    with Store(database_url) as store:
        ids = [stored.analysis.document.id for stored in store.analyses()]
    assert len(ids) == len(set(ids)) == len(texts)
