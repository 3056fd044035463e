"""Hostile files: whatever a scraper or an archive hands over, reading finishes and says why."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from factline.read import Skipped, read_paths
from factline.record import Document


def read_all(path: Path, max_bytes: int = 5_000_000) -> list[Document | Skipped]:
    return list(read_paths([path], max_bytes=max_bytes))


def test_invalid_utf8_is_read_with_its_good_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Police detained 40 protesters in Almaty \xff\xfe\xfa on Jan. 5.\n" * 3)
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert "Police detained 40 protesters in Almaty" in document.text


def test_html_nested_a_hundred_thousand_levels_deep_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    body = "<div>" * 100_000 + "Protesters marched in Almaty on Wednesday." + "</div>" * 100_000
    path.write_text(f"<html><body>{body}</body></html>")
    (item,) = read_all(path)
    if isinstance(item, Document):
        assert "Protesters marched in Almaty" in item.text
    else:
        assert item.where == str(path) and item.reason


def test_a_gzip_bomb_in_a_warc_is_refused_by_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.warc.gz"
    with path.open("wb") as output:
        writer = WARCWriter(output, gzip=True)
        headers = [("Content-Type", "text/html")]
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        payload = b"<html><body><p>" + b"A" * 200_000_000 + b"</p></body></html>"
        record = writer.create_warc_record(
            "https://example.invalid/bomb",
            "response",
            payload=io.BytesIO(payload),
            http_headers=http,
        )
        writer.write_record(record)
    assert path.stat().st_size < 2_000_000  # it is small on disk, huge unpacked
    items = read_all(path, max_bytes=1_000_000)
    assert items and all(isinstance(item, Skipped) for item in items)
    assert any("size limit" in item.reason for item in items if isinstance(item, Skipped))


def test_a_feed_with_entity_expansion_does_not_blow_up(tmp_path: Path) -> None:
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10)
    )
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{laughs}]>'
        '<rss version="2.0"><channel><title>Wire</title>'
        "<item><title>&lol9;</title><description>Troops arrived in Almaty.</description></item>"
        "</channel></rss>"
    )
    path = tmp_path / "bomb.rss"
    path.write_text(feed)
    items = read_all(path)
    for item in items:
        if isinstance(item, Document):
            assert len(item.text) < 1_000_000 and len(item.title or "") < 1_000_000


def test_a_gzip_file_that_is_not_a_warc_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(gzip.compress(b"just some text, not an archive\n"))
    (item,) = read_all(path)
    assert isinstance(item, Skipped)
