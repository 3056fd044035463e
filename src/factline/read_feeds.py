"""Readers for many reports in one file: RSS and Atom feeds (feedparser), and WARC web archives
such as CC-NEWS shards (warcio, gzip or not).

A feed entry becomes a report with the entry's title, link and publication date, and the feed's
title as the outlet; its text is the entry's content, or its summary when that is all the feed
carries. A WARC response holding an HTML page becomes a report through the HTML reader, with
the record's target URI as its URL. The WARC-Date is when the page was crawled, not when it was
published, so it is never taken as the publication date.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from factline.errors import ReadError
from factline.record import Document

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:RDF")
_PARAGRAPH_BREAK = "\u2029"  # Unicode's paragraph separator: a mark no feed text uses
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"})


def is_feed(head: bytes) -> bool:
    """Whether a file that starts with `head` is an RSS, RDF or Atom feed."""
    return any(marker in head for marker in FEED_MARKERS)


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz", ".arc.gz"))


def read_feed(text: str, where: str) -> Iterator[Document | ReadError]:
    """Each entry of an RSS or Atom feed, or a ReadError for an entry without text."""
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise ReadError(f"not a feed with entries{': ' + str(problem) if problem else ''}")
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        body = _entry_text(entry)
        if not body.strip():
            yield ReadError(f"feed entry {number} has no text")
            continue
        yield Document(
            text=body,
            title=entry.get("title") or None,
            source=outlet,
            url=entry.get("link") or None,
            published=_entry_date(entry),
        )


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = max((c.get("value", "") for c in contents), key=len, default="")
    return html_fragment_text(html or entry.get("summary", ""))


def _entry_date(entry: Any) -> str | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if not isinstance(moment, time.struct_time):
        return None
    return datetime.fromtimestamp(calendar.timegm(moment), UTC).date().isoformat()


def html_fragment_text(html: str) -> str:
    """The text of an HTML fragment, one paragraph a line (a feed's content or summary)."""
    if "<" not in html:
        return html.strip()
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = _PARAGRAPH_BREAK + (element.tail or "")
    paragraphs = (" ".join(p.split()) for p in root.text_content().split(_PARAGRAPH_BREAK))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def read_warc(stream: BinaryIO, where: str, max_bytes: int) -> Iterator[Document | ReadError]:
    """Each HTML page in a WARC file's response records; a ReadError for each other response."""
    from warcio.archiveiterator import ArchiveIterator

    from factline.read import decode, read_html

    for record in ArchiveIterator(stream):
        if record.rec_type != "response":
            continue  # requests, metadata and warcinfo records are not reports
        uri = record.rec_headers.get_header("WARC-Target-URI") or where
        content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
        if "html" not in (content_type or "").lower():
            yield ReadError(f"{uri}: not HTML ({content_type or 'no content type'})")
            continue
        payload = record.content_stream().read(max_bytes + 1)
        if len(payload) > max_bytes:
            yield ReadError(f"{uri}: over the size limit of {max_bytes / 1e6:g} MB")
            continue
        try:
            document = read_html(decode(payload, uri), uri)
        except ReadError as error:
            yield ReadError(f"{uri}: {error}")
            continue
        yield document if document.url else _with_url(document, uri)


def _with_url(document: Document, url: str) -> Document:
    import dataclasses

    return dataclasses.replace(document, url=url)
