"""The store: analyses kept in a real database (SQLite by default, or PostgreSQL).

Everything goes through `Store`: one transaction per document, and a document is its text's
SHA-256, so ingesting the same text twice stores it once. The full record is kept as JSON beside
the rows that commands query (events for the timeline, claims for the figures).

The schema is versioned: `MIGRATIONS` lists, in order, what each version adds, and opening a
store applies the ones it lacks, so later versions add tables or columns without losing data.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from factline.errors import StoreError
from factline.record import Actor, Analysis, Place, from_json, to_json

DEFAULT_URL = "sqlite:///factline.db"

metadata = sa.MetaData()

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.String(32)),
    sa.Column("ingested_at", sa.String(40), nullable=False),
    sa.Column("story", sa.Text),
    sa.Column("analysis", sa.Text, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("document_id", sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("event_id", sa.String(16), primary_key=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("mode", sa.String(32)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date", sa.String(32)),
    sa.Column("trigger", sa.Text, nullable=False),
    sa.Column("place", sa.Text),
    sa.Column("source_actor", sa.Text),
    sa.Column("target_actor", sa.Text),
    sa.Column("fatalities", sa.Integer),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("document_id", sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("claim_id", sa.String(16), primary_key=True),
    sa.Column("measure", sa.String(16), nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("qualifier", sa.String(16), nullable=False),
    sa.Column("stance", sa.String(16), nullable=False),
    sa.Column("said_by", sa.Text),
    sa.Column("date", sa.String(32)),
    sa.Column("place", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
)

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied_at", sa.String(40), nullable=False),
)


def _create_v1(connection: Connection) -> None:
    for table in (documents, events, claims):
        table.create(connection, checkfirst=True)


# Each migration brings the schema from the version before it to its own number.
MIGRATIONS: Sequence[tuple[int, Callable[[Connection], None]]] = ((1, _create_v1),)
SCHEMA_VERSION = MIGRATIONS[-1][0]


@dataclass(frozen=True)
class Stored:
    """A stored analysis with what the store knows about it."""

    analysis: Analysis
    ingested_at: str
    story: str | None


def database_url(url: str | None = None) -> str:
    """The database to use: `url`, else FACTLINE_DB, else factline.db in the working folder."""
    return url or os.environ.get("FACTLINE_DB") or DEFAULT_URL


def utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """A factline database. `now` is injectable so tests can fix the ingest time."""

    def __init__(self, url: str | None = None, now: Callable[[], datetime] = utc_now) -> None:
        self.url = database_url(url)
        self.now = now
        self.engine = _connect(self.url)
        self._migrate()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _migrate(self) -> None:
        try:
            with self.engine.begin() as connection:
                schema_version.create(connection, checkfirst=True)
                current = connection.scalar(sa.select(sa.func.max(schema_version.c.version)))
                for version, migrate in MIGRATIONS:
                    if current is None or version > current:
                        migrate(connection)
                        connection.execute(
                            schema_version.insert().values(
                                version=version, applied_at=self._timestamp()
                            )
                        )
        except sa.exc.SQLAlchemyError as error:
            cause = getattr(error, "orig", None) or error
            raise StoreError(f"cannot open the database {self._safe_url()}: {cause}") from None

    def _timestamp(self) -> str:
        moment = self.now()
        if moment.tzinfo is None:
            raise ValueError("the store's clock must give time-zone-aware datetimes")
        return moment.astimezone(UTC).isoformat(timespec="seconds")

    def _safe_url(self) -> str:
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    def add(self, analysis: Analysis, story: str | None = None) -> bool:
        """Store one analysis in one transaction; False if its text was already stored."""
        document = analysis.document
        try:
            with self.engine.begin() as connection:
                exists = connection.scalar(
                    sa.select(documents.c.id).where(documents.c.id == document.id)
                )
                if exists is not None:
                    return False
                connection.execute(documents.insert().values(**self._document_row(analysis, story)))
                if analysis.events:
                    connection.execute(events.insert(), _event_rows(analysis))
                if analysis.claims:
                    connection.execute(claims.insert(), _claim_rows(analysis))
            return True
        except sa.exc.IntegrityError:
            if self.has(document.id):
                return False  # another process stored the same text first
            raise

    def _document_row(self, analysis: Analysis, story: str | None) -> dict[str, Any]:
        document = analysis.document
        return {
            "id": document.id,
            "title": document.title,
            "source": document.source,
            "url": document.url,
            "published": document.published,
            "ingested_at": self._timestamp(),
            "story": story,
            "analysis": to_json(analysis),
        }

    def has(self, document_id: str) -> bool:
        with self.engine.connect() as connection:
            found = connection.scalar(
                sa.select(documents.c.id).where(documents.c.id == document_id)
            )
        return found is not None

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.scalar(sa.select(sa.func.count()).select_from(documents)) or 0)

    def analyses(self, story: str | None = None) -> Iterator[Stored]:
        """Every stored analysis, oldest publication first (undated last), optionally of a story."""
        query = sa.select(documents.c.analysis, documents.c.ingested_at, documents.c.story)
        if story is not None:
            query = query.where(documents.c.story == story)
        query = query.order_by(
            documents.c.published.is_(None), documents.c.published, documents.c.ingested_at
        )
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                yield Stored(from_json(row.analysis), row.ingested_at, row.story)


def _connect(url: str) -> Engine:
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        raise StoreError(
            f"not a database URL: {url!r} (expected sqlite:///PATH or postgresql://…)"
        ) from None
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {parsed.drivername!r}: use sqlite or postgresql")
    try:
        engine = sa.create_engine(parsed)
    except (ImportError, sa.exc.ArgumentError) as error:
        raise StoreError(f"cannot use the database {url!r}: {error}") from None
    if parsed.get_backend_name() == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _event_rows(analysis: Analysis) -> list[dict[str, Any]]:
    names = _names(analysis)
    return [
        {
            "document_id": analysis.document.id,
            "event_id": event.id,
            "type": event.type,
            "mode": event.mode,
            "status": event.status,
            "date": event.date,
            "trigger": event.trigger.text,
            "place": names.get(event.place or ""),
            "source_actor": names.get(event.source or ""),
            "target_actor": names.get(event.target or ""),
            "fatalities": event.fatalities,
        }
        for event in analysis.events
    ]


def _claim_rows(analysis: Analysis) -> list[dict[str, Any]]:
    names = _names(analysis)
    return [
        {
            "document_id": analysis.document.id,
            "claim_id": claim.id,
            "measure": claim.measure,
            "subject": claim.subject,
            "low": claim.low,
            "high": claim.high,
            "qualifier": claim.qualifier,
            "stance": claim.stance,
            "said_by": claim.said_by.text if claim.said_by else None,
            "date": claim.date,
            "place": names.get(claim.place or ""),
            "text": claim.text,
        }
        for claim in analysis.claims
    ]


def _names(analysis: Analysis) -> dict[str, str]:
    """Place and actor ids to their canonical names."""
    named: tuple[Place | Actor, ...] = (*analysis.places, *analysis.actors)
    return {item.id: item.name for item in named}
