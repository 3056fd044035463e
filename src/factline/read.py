"""Readers: files, folders and records in, `Document`s out.

Each reader yields a `Document` for every report it can read and a `Skipped` for every one it
cannot (empty, binary, undecodable, too large, a broken JSON line), so that one bad file never
stops a run and nothing is skipped silently.

Feeds (RSS, Atom) and WARC archives hold many reports each; `read_feeds` reads them. A folder's
README or licence is skipped, by name, as not a report.

Plain text may start with a header block of `Key: value` lines (Title, Source, Published, URL)
and a blank line, as the reports in `examples/` do.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import charset_normalizer
from warcio.exceptions import ArchiveLoadFailed

from factline.errors import BadInputError, ReadError, TooLargeError
from factline.read_feeds import FEED_SUFFIXES, is_feed, is_warc, read_feed, read_warc
from factline.record import Document

DEFAULT_MAX_MB = 20.0
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_HEADER_LINE = re.compile(
    r"(Title|Source|Outlet|Published|URL|Author|Language|Relevance):[ \t]*(.*)"
)
# Header keys and the Document field each fills; Author, Language and Relevance are read past.
_HEADER_FIELDS = {
    "Title": "title",
    "Source": "source",
    "Outlet": "source",
    "Published": "published",
    "URL": "url",
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_README = re.compile(r"(?i)(readme|licen[cs]e|copying)(\.(md|txt|rst))?")


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read as a report, and why."""

    where: str
    reason: str


def max_bytes_from_env() -> int:
    """The size limit for one input file: FACTLINE_MAX_MB, or 20 MB."""
    value = os.environ.get("FACTLINE_MAX_MB", str(DEFAULT_MAX_MB))
    try:
        return int(float(value) * 1_000_000)
    except ValueError:
        raise BadInputError(f"FACTLINE_MAX_MB is not a number: {value!r}") from None


def read_paths(paths: Iterable[Path], max_bytes: int | None = None) -> Iterator[Document | Skipped]:
    """Every report under `paths` (files, or folders read recursively in name order)."""
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                if _README.fullmatch(child.name):
                    yield Skipped(str(child), "a README or licence, not a report")
                else:
                    yield from read_file(child, limit)
        elif path.exists():
            yield from read_file(path, limit)
        else:
            raise BadInputError(f"no such file or folder: {path}")


def read_file(path: Path, max_bytes: int) -> Iterator[Document | Skipped]:
    """The reports in one file, chosen by its suffix: WARC, Parquet, feed, HTML, JSON Lines,
    or text."""
    if is_warc(path):
        yield from _read_warc(path, max_bytes)
        return
    if path.suffix.lower() == ".parquet":
        yield from read_parquet(path)
        return
    try:
        raw = _read_bytes(path, max_bytes)
        suffix = path.suffix.lower()
        if suffix in FEED_SUFFIXES and is_feed(raw[:4096]):
            yield from _feed_items(decode(raw, str(path)), str(path))
        elif suffix in JSONL_SUFFIXES:
            yield from read_jsonl(decode(raw, str(path)), str(path))
        elif suffix in HTML_SUFFIXES:
            yield read_html(decode(raw, str(path)), str(path))
        else:
            yield read_text(decode(raw, str(path)))
    except ReadError as error:
        yield Skipped(str(path), str(error))


def _feed_items(text: str, where: str) -> Iterator[Document | Skipped]:
    for number, item in enumerate(read_feed(text, where), start=1):
        yield Skipped(f"{where}#{number}", str(item)) if isinstance(item, ReadError) else item


def _read_warc(path: Path, max_bytes: int) -> Iterator[Document | Skipped]:
    """The pages of a WARC file, read as a stream: the size limit holds for each record."""
    try:
        with path.open("rb") as stream:
            for item in read_warc(stream, str(path), max_bytes):
                yield Skipped(str(path), str(item)) if isinstance(item, ReadError) else item
    except OSError as error:
        yield Skipped(str(path), f"cannot read: {error.strerror or error}")
    except ArchiveLoadFailed as error:
        yield Skipped(str(path), f"not a readable WARC file: {error}")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLargeError(
                f"{size / 1e6:.1f} MB is over the size limit of {max_bytes / 1e6:g} MB"
                " (set FACTLINE_MAX_MB to raise it)"
            )
        return path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None


def decode(raw: bytes, where: str) -> str:
    """Text from bytes: a BOM if there is one, else UTF-8, else the detected encoding.

    Line ends become `\\n`. Empty and binary content (NUL bytes without a UTF-16 BOM) is refused.
    """
    if not raw.strip():
        raise ReadError("empty")
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if raw.startswith(bom):
            return _normalize_newlines(raw.decode(encoding, errors="replace"))
    if b"\x00" in raw[:8192]:
        raise ReadError("binary content, not text")
    try:
        return _normalize_newlines(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw[:200_000]).best()
    if best is None:
        raise ReadError("not text in any encoding factline recognizes")
    return _normalize_newlines(raw.decode(best.encoding, errors="replace"))


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(text: str) -> Document:
    """A plain-text report, with its header block (Title, Source, Published, URL) if any."""
    fields: dict[str, str] = {}
    lines = text.split("\n")
    header_lines = 0
    for line in lines:
        match = _HEADER_LINE.fullmatch(line.strip())
        if match is None:
            break
        header_lines += 1
        if match.group(1) in _HEADER_FIELDS:
            fields[_HEADER_FIELDS[match.group(1)]] = match.group(2).strip()
    if header_lines == 0 or header_lines == len(lines) or lines[header_lines].strip():
        return Document(text=text.strip("\n"))  # no header block ends in a blank line
    body = "\n".join(lines[header_lines + 1 :]).strip("\n")
    if not body.strip():
        raise ReadError("empty (a header but no text)")
    return _document(body, fields)


def read_html(html: str, where: str) -> Document:
    """An HTML page's main text and metadata (title, date, site name, URL)."""
    from factline.html import extract_article, extract_metadata

    text = extract_article(html)
    if not text.strip():
        raise ReadError("no article text found in the HTML")
    metadata = extract_metadata(html)
    fields = {
        field: str(metadata[key])
        for key, field in (("title", "title"), ("date", "published"), ("sitename", "source"))
        if metadata.get(key)
    }
    if metadata.get("url"):
        fields["url"] = str(metadata["url"])
    return _document(text, fields)


def read_jsonl(text: str, where: str) -> Iterator[Document | Skipped]:
    """One report per line: an object with `text` and optionally title, url, published, source."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _record_document(json.loads(line))
        except ValueError as error:
            yield Skipped(f"{where}:{number}", f"line {number} is not a report: {error}")


def read_parquet(path: Path) -> Iterator[Document | Skipped]:
    """One report per row, with the columns of a JSON Lines record (`text`, `title`, …)."""
    import pyarrow.parquet as pq
    from pyarrow import ArrowException

    try:
        table = pq.ParquetFile(path)
        number = 0
        for batch in table.iter_batches(batch_size=1024):
            for record in batch.to_pylist():
                number += 1
                try:
                    yield _record_document(record)
                except ValueError as error:
                    yield Skipped(f"{path}:{number}", f"row {number} is not a report: {error}")
    except (ArrowException, OSError) as error:
        yield Skipped(str(path), f"not a readable Parquet file: {error}")


def _record_document(record: object) -> Document:
    """A report from a JSON Lines object or a Parquet row; ValueError when it holds none."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError("no 'text' string")
    if not record["text"].strip():
        raise ValueError("empty 'text'")
    fields = {
        key: record[key]
        for key in ("title", "url", "published", "source")
        if isinstance(record.get(key), str) and record[key]
    }
    if "source" not in fields and isinstance(record.get("outlet"), str):
        fields["source"] = record["outlet"]
    return _document(_normalize_newlines(record["text"]), fields)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _document(text: str, fields: dict[str, str]) -> Document:
    published = fields.get("published")
    if published is not None:
        match = _DATE.search(published)
        published = match.group() if match and _is_date(match.group()) else None
    return Document(
        text=text,
        title=fields.get("title"),
        source=fields.get("source"),
        url=fields.get("url"),
        published=published,
    )
