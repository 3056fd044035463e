"""Analyst annotations on conflicts: resolved or not, the preferred figure, a note.

They are kept in their own table beside the extracted data and never change it: a story's
record stays what the reports said, and the annotation says what an analyst made of it.
The table is created on first use with CREATE TABLE IF NOT EXISTS (to move into the store's
migrations), through the store's own engine, so it lives in the same SQLite or PostgreSQL
database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC
from typing import Any

import sqlalchemy as sa

from factline.store import Store

_metadata = sa.MetaData()

annotation_table = sa.Table(
    "annotations",
    _metadata,
    sa.Column("story", sa.Text, primary_key=True),
    sa.Column("conflict", sa.Text, primary_key=True),
    sa.Column("resolved", sa.Boolean, nullable=False, default=False),
    sa.Column("preferred", sa.String(64)),
    sa.Column("note", sa.Text),
    sa.Column("updated_at", sa.String(40), nullable=False),
)


@dataclass(frozen=True)
class Annotation:
    """What an analyst said about one conflict of a story (`preferred` is a side's key)."""

    story: str
    conflict: str
    resolved: bool = False
    preferred: str | None = None
    note: str | None = None
    updated_at: str = ""


def ensure_table(store: Store) -> None:
    with store.engine.begin() as connection:
        annotation_table.create(connection, checkfirst=True)


def story_annotations(store: Store, story: str) -> dict[str, dict[str, Any]]:
    """The annotations of a story, by conflict key."""
    ensure_table(store)
    query = sa.select(annotation_table).where(annotation_table.c.story == story)
    with store.engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return {row["conflict"]: asdict(Annotation(**row)) for row in rows}


def save_annotation(store: Store, annotation: Annotation) -> Annotation:
    """Store an annotation, replacing the earlier one on the same conflict; stamps its time."""
    ensure_table(store)
    updated_at = store.now().astimezone(UTC).isoformat(timespec="seconds")
    saved = Annotation(**{**asdict(annotation), "updated_at": updated_at})
    row = asdict(saved)
    table = annotation_table.c
    key = (table.story == saved.story) & (table.conflict == saved.conflict)
    with store.engine.begin() as connection:
        connection.execute(annotation_table.delete().where(key))
        connection.execute(annotation_table.insert().values(**row))
    return saved
