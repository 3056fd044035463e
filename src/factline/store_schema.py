"""The store's schema: its tables, and the migrations that bring a database up to date.

Version 1 holds documents with their events and claims; version 2 adds what stories need: every
outlet and URL that carried a text (near copies included), the MinHash fingerprints and LSH
buckets that find near copies, and the named stories. A migration is never edited once released;
a change is a new version.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from factline import dedup

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

# Version 2: what stories need. Every outlet and URL that carried a text (near copies included),
# the MinHash fingerprint and LSH buckets that find near copies, and the named stories.
sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("text_id", sa.String(64), nullable=False, index=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("similarity", sa.Float, nullable=False),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(32)),
    sa.Column("seen_at", sa.String(40), nullable=False),
)

fingerprints = sa.Table(
    "fingerprints",
    metadata,
    sa.Column("document_id", sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("minhash", sa.Text, nullable=False),
)

lsh_buckets = sa.Table(
    "lsh_buckets",
    metadata,
    sa.Column("band", sa.Integer, primary_key=True),
    sa.Column("bucket", sa.BigInteger, primary_key=True),
    sa.Column("document_id", sa.ForeignKey("documents.id"), primary_key=True),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("origin", sa.String(8), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
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


def _create_v2(connection: Connection) -> None:
    """Add sources, fingerprints and stories, filled in for the documents already stored."""
    for table in (sources, fingerprints, lsh_buckets, stories):
        table.create(connection, checkfirst=True)
    stored = connection.execute(sa.select(documents)).all()
    for row in stored:
        connection.execute(sources.insert().values(source_row(row.id, row, row.ingested_at)))
        text = json.loads(row.analysis)["document"]["text"]
        insert_fingerprint(connection, row.id, dedup.fingerprint(text))
    for name, created_at in connection.execute(
        sa.select(documents.c.story, sa.func.min(documents.c.ingested_at))
        .where(documents.c.story.is_not(None))
        .group_by(documents.c.story)
    ):
        connection.execute(stories.insert().values(name=name, origin="user", created_at=created_at))


# Each migration brings the schema from the version before it to its own number.
MIGRATIONS: Sequence[tuple[int, Callable[[Connection], None]]] = (
    (1, _create_v1),
    (2, _create_v2),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def source_row(
    document_id: str, carrier: Any, seen_at: str, kind: str = "original", similarity: float = 1.0
) -> dict[str, Any]:
    """A `sources` row; `carrier` is a Document or a documents row (both have these fields)."""
    return {
        "document_id": document_id,
        "text_id": carrier.id,
        "kind": kind,
        "similarity": similarity,
        "outlet": carrier.source,
        "url": carrier.url,
        "title": carrier.title,
        "published": carrier.published,
        "seen_at": seen_at,
    }


def insert_fingerprint(connection: Connection, document_id: str, print_: dedup.Fingerprint) -> None:
    connection.execute(
        fingerprints.insert().values(document_id=document_id, minhash=print_.to_hex())
    )
    connection.execute(
        lsh_buckets.insert(),
        [
            {"band": band, "bucket": bucket, "document_id": document_id}
            for band, bucket in enumerate(print_.buckets)
        ],
    )


def ensure_story(connection: Connection, name: str, origin: str, created_at: str) -> None:
    """Make the story if it is new. Two processes may make the same story at once (ingesting
    into one `--story`): the database's own "on conflict do nothing" settles it."""
    dialect = sqlite_insert if connection.dialect.name == "sqlite" else postgresql_insert
    statement = dialect(stories).values(name=name, origin=origin, created_at=created_at)
    connection.execute(statement.on_conflict_do_nothing(index_elements=[stories.c.name]))
