"""The store: analyses kept in a real database (SQLite by default, or PostgreSQL).

Everything goes through `Store`: one transaction per document, and a document is its text's
SHA-256, so ingesting the same text twice stores it once. The full record is kept as JSON beside
the rows that commands query (events for the timeline, claims for the figures).

The schema is versioned (`store_schema.MIGRATIONS` lists, in order, what each version adds), and
opening a store applies the ones it lacks, so later versions add tables without losing data.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from factline import dedup
from factline.errors import StoreError
from factline.record import Actor, Analysis, Document, Place, from_json, to_json
from factline.store_schema import (
    MIGRATIONS,
    claims,
    documents,
    ensure_story,
    events,
    fingerprints,
    insert_fingerprint,
    lsh_buckets,
    schema_version,
    source_row,
    sources,
    stories,
)
from factline.store_schema import SCHEMA_VERSION as SCHEMA_VERSION

DEFAULT_URL = "sqlite:///factline.db"


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

    def add(
        self,
        analysis: Analysis,
        story: str | None = None,
        fingerprint: dedup.Fingerprint | None = None,
    ) -> bool:
        """Store one analysis in one transaction; False if its text was already stored."""
        document = analysis.document
        print_ = fingerprint or dedup.fingerprint(document.text)
        try:
            with self.engine.begin() as connection:
                exists = connection.scalar(
                    sa.select(documents.c.id).where(documents.c.id == document.id)
                )
                if exists is not None:
                    return False
                now = self._timestamp()
                connection.execute(documents.insert().values(**_document_row(analysis, story, now)))
                if analysis.events:
                    connection.execute(events.insert(), _event_rows(analysis))
                if analysis.claims:
                    connection.execute(claims.insert(), _claim_rows(analysis))
                connection.execute(sources.insert().values(source_row(document.id, document, now)))
                insert_fingerprint(connection, document.id, print_)
                if story is not None:
                    ensure_story(connection, story, "user", now)
            return True
        except sa.exc.IntegrityError:
            if self.has(document.id):
                return False  # another process stored the same text first
            raise

    def add_source(self, document_id: str, carrier: Document, similarity: float = 1.0) -> bool:
        """Record that `carrier` (an exact or near copy) also carried a stored document.

        False when this text from this outlet at this URL was already recorded.
        """
        kind = "exact" if carrier.id == document_id else "near"
        row = source_row(document_id, carrier, self._timestamp(), kind, similarity)
        same = sa.and_(
            sources.c.document_id == document_id,
            sources.c.text_id == carrier.id,
            sources.c.outlet.is_not_distinct_from(carrier.source),
            sources.c.url.is_not_distinct_from(carrier.url),
        )
        with self.engine.begin() as connection:
            if connection.scalar(sa.select(sources.c.id).where(same).limit(1)) is not None:
                return False
            connection.execute(sources.insert().values(row))
        return True

    def holder_of(self, text_id: str) -> str | None:
        """The stored document that holds this exact text, itself or as a recorded copy."""
        with self.engine.connect() as connection:
            found = connection.scalar(
                sa.select(sources.c.document_id).where(sources.c.text_id == text_id).limit(1)
            )
        return None if found is None else str(found)

    def near_duplicate(
        self, print_: dedup.Fingerprint, threshold: float = dedup.NEAR_DUPLICATE_JACCARD
    ) -> tuple[str, float] | None:
        """The stored document whose text is a near copy of the fingerprinted one, if any."""
        same_bucket = sa.or_(
            *(
                sa.and_(lsh_buckets.c.band == band, lsh_buckets.c.bucket == bucket)
                for band, bucket in enumerate(print_.buckets)
            )
        )
        candidates = sa.select(lsh_buckets.c.document_id).where(same_bucket).distinct()
        with self.engine.connect() as connection:
            rows = connection.execute(
                sa.select(fingerprints).where(fingerprints.c.document_id.in_(candidates))
            ).all()
        stored = ((row.document_id, dedup.Fingerprint.from_hex(row.minhash)) for row in rows)
        return dedup.best_match(print_, stored, threshold)

    def sources_of(self, document_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """Every outlet and URL that carried each document, first seen first."""
        wanted = list(document_ids)
        found: dict[str, list[dict[str, Any]]] = {document_id: [] for document_id in wanted}
        query = sa.select(sources).order_by(sources.c.id)
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                for row in connection.execute(query.where(sources.c.document_id.in_(chunk))):
                    found[row.document_id].append(dict(row._mapping))
        return found

    def story_rows(self) -> list[dict[str, Any]]:
        """Each story: its name, how it was made, its documents and their publication span."""
        query = (
            sa.select(
                stories.c.name,
                stories.c.origin,
                sa.func.count(documents.c.id).label("documents"),
                sa.func.min(documents.c.published).label("first"),
                sa.func.max(documents.c.published).label("last"),
            )
            .select_from(stories.outerjoin(documents, documents.c.story == stories.c.name))
            .group_by(stories.c.name, stories.c.origin)
            .order_by(sa.func.min(documents.c.published), stories.c.name)
        )
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]

    def assign_story(self, document_ids: Iterable[str], name: str, origin: str = "auto") -> int:
        """Put documents in a story (made if new); returns how many were moved."""
        return self.assign_stories({name: list(document_ids)}, origin)

    def assign_stories(self, members: dict[str, list[str]], origin: str = "auto") -> int:
        """Put each story's documents in it (stories made if new), in one transaction."""
        moved = 0
        with self.engine.begin() as connection:
            for name, wanted in members.items():
                ensure_story(connection, name, origin, self._timestamp())
                for start in range(0, len(wanted), 500):
                    chunk = wanted[start : start + 500]
                    moved += connection.execute(
                        documents.update().where(documents.c.id.in_(chunk)).values(story=name)
                    ).rowcount
            _drop_empty_stories(connection)
        return moved

    def rename_story(self, old: str, new: str) -> None:
        """Give a story a name of the user's choosing (merging into `new` if it exists)."""
        self.merge_stories([old], new)

    def merge_stories(self, names: Iterable[str], into: str) -> int:
        """Move every document of `names` into the story `into`; returns how many moved."""
        merged = list(names)
        known = {row["name"] for row in self.story_rows()}
        missing = [name for name in merged if name not in known]
        if missing:
            raise StoreError(f"no such story: {', '.join(missing)} (see `factline stories list`)")
        with self.engine.begin() as connection:
            ensure_story(connection, into, "user", self._timestamp())
            connection.execute(stories.update().where(stories.c.name == into).values(origin="user"))
            moved = connection.execute(
                documents.update().where(documents.c.story.in_(merged)).values(story=into)
            ).rowcount
            _drop_empty_stories(connection)
        return int(moved)

    def document_ids(self, prefixes: Iterable[str], story: str | None = None) -> list[str]:
        """The full ids of documents given by id prefixes (as the views print them)."""
        found = []
        with self.engine.connect() as connection:
            for prefix in prefixes:
                query = sa.select(documents.c.id).where(documents.c.id.startswith(prefix))
                if story is not None:
                    query = query.where(documents.c.story == story)
                ids = connection.scalars(query.limit(2)).all()
                if len(ids) != 1:
                    problem = "no document" if not ids else "more than one document"
                    raise StoreError(f"{problem} with an id starting {prefix!r}")
                found.append(str(ids[0]))
        return found

    def grouping_rows(self) -> Iterator[tuple[str, str | None, str | None, str]]:
        """(id, published, story, analysis JSON) of every document, in publication order."""
        query = sa.select(
            documents.c.id, documents.c.published, documents.c.story, documents.c.analysis
        ).order_by(documents.c.published.is_(None), documents.c.published, documents.c.id)
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                yield row.id, row.published, row.story, row.analysis

    def story_members(self, story: str | None) -> tuple[str, ...]:
        """The sorted ids of a story's documents (None: those in no story). Ids are text hashes,
        so this says what the story holds: views of it can be cached by it."""
        query = sa.select(documents.c.id).order_by(documents.c.id)
        if story is None:
            query = query.where(documents.c.story.is_(None))
        else:
            query = query.where(documents.c.story == story)
        with self.engine.connect() as connection:
            return tuple(str(found) for found in connection.scalars(query))

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


def _drop_empty_stories(connection: Connection) -> None:
    """Forget the stories that no document is in any longer (merged away, or split off)."""
    used = sa.select(documents.c.story).where(documents.c.story.is_not(None))
    connection.execute(stories.delete().where(stories.c.name.not_in(used)))


def _document_row(analysis: Analysis, story: str | None, ingested_at: str) -> dict[str, Any]:
    document = analysis.document
    return {
        "id": document.id,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": document.published,
        "ingested_at": ingested_at,
        "story": story,
        "analysis": to_json(analysis),
    }


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
