"""Feeds and web archives: RSS, Atom and WARC files give one report per entry or page."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from factline.read import Skipped, read_paths
from factline.read_feeds import html_fragment_text
from factline.record import Document

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Steppe Wire (illustrative)</title>
<item><title>Emergency declared in Almaty</title>
<link>https://example.invalid/steppe/emergency</link>
<pubDate>Wed, 05 Jan 2022 09:30:00 +0600</pubDate>
<description>&lt;p&gt;President Tokayev declared a state of emergency in Almaty.&lt;/p&gt;
&lt;p&gt;Police detained more than 200 people.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://example.invalid/steppe/empty</link>
<description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Caspian Daily Ledger (illustrative)</title>
<entry><title>Death toll rises to 164</title>
<link href="https://example.invalid/caspian/toll-164"/>
<updated>2022-01-09T04:00:00Z</updated><published>2022-01-09T03:00:00Z</published>
<summary>Toll rises.</summary>
<content type="html">&lt;p&gt;At least 164 people have been killed, the health ministry
said.&lt;/p&gt;&lt;p&gt;Police had detained 5,135 people.&lt;/p&gt;</content></entry>
</feed>"""

PAGE = """<html><head><title>Troops arrive in Kazakhstan</title>
<meta property="og:site_name" content="Tien Shan Observer (illustrative)">
<meta property="article:published_time" content="2022-01-06T10:00:00Z"></head>
<body><article><h1>Troops arrive in Kazakhstan</h1>
<p>The first Russian paratroopers of a force sent by the Collective Security Treaty Organization
arrived in Kazakhstan on Thursday, a day after crowds set fire to the Almaty mayor's office.</p>
<p>State television reported that 13 members of the security forces had been killed, and the
interior ministry said about 2,000 people had been arrested across the country.</p>
</article></body></html>"""


def documents(items: list[Document | Skipped]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


@pytest.mark.parametrize(
    ("name", "feed", "expected"),
    [
        (
            "steppe.rss",
            RSS,
            {
                "title": "Emergency declared in Almaty",
                "source": "Steppe Wire (illustrative)",
                "url": "https://example.invalid/steppe/emergency",
                "published": "2022-01-05",
                "first_line": "President Tokayev declared a state of emergency in Almaty.",
            },
        ),
        (
            "caspian.atom",
            ATOM,
            {
                "title": "Death toll rises to 164",
                "source": "Caspian Daily Ledger (illustrative)",
                "url": "https://example.invalid/caspian/toll-164",
                "published": "2022-01-09",
                "first_line": "At least 164 people have been killed, the health ministry said.",
            },
        ),
    ],
)
def test_feed_entries_become_reports_with_their_metadata(
    tmp_path: Path, name: str, feed: str, expected: dict[str, str]
) -> None:
    (tmp_path / name).write_text(feed, encoding="utf-8")
    (first, *_) = documents(list(read_paths([tmp_path / name])))
    assert first.title == expected["title"]
    assert first.source == expected["source"]
    assert first.url == expected["url"]
    assert first.published == expected["published"]
    assert first.text.split("\n\n")[0] == expected["first_line"]


def test_a_feed_entry_without_text_is_skipped_by_number(tmp_path: Path) -> None:
    (tmp_path / "steppe.rss").write_text(RSS, encoding="utf-8")
    items = list(read_paths([tmp_path / "steppe.rss"]))
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert len(documents(items)) == 1
    assert [item.where for item in skipped] == [f"{tmp_path / 'steppe.rss'}#2"]
    assert "no text" in skipped[0].reason


def test_an_xml_file_that_is_not_a_feed_is_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "notes.xml").write_text("<note>Protests spread to Aktau.</note>")
    (document,) = documents(list(read_paths([tmp_path / "notes.xml"])))
    assert "Aktau" in document.text


def warc_file(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    """A gzipped WARC of HTTP responses (uri, content type, body), as a crawler writes them."""
    with path.open("wb") as output:
        writer = WARCWriter(output, gzip=True)
        for uri, content_type, body in records:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def test_warc_pages_become_reports_and_other_responses_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "shard.warc.gz"
    warc_file(
        path,
        [
            ("https://example.invalid/tien-shan/troops", "text/html; charset=utf-8", PAGE.encode()),
            ("https://example.invalid/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        ],
    )
    with gzip.open(path) as check:
        assert check.read(4) == b"WARC"
    items = list(read_paths([path]))
    (page,) = documents(items)
    assert page.url == "https://example.invalid/tien-shan/troops"
    assert "13 members of the security forces" in page.text
    assert page.published == "2022-01-06"
    (skipped,) = [item for item in items if isinstance(item, Skipped)]
    assert "not HTML (image/png)" in skipped.reason


def test_a_broken_warc_is_skipped_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a web archive\r\n" * 10))
    items = list(read_paths([path]))
    assert items and documents(items) == []
    assert all(isinstance(item, Skipped) and item.where == str(path) for item in items)


def test_a_folders_readme_is_skipped_by_name_not_read_as_a_report(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Demo reports\nThese files are illustrative.")
    (tmp_path / "report.txt").write_text("Police detained 500 people in Almaty.")
    items = list(read_paths([tmp_path]))
    assert [d.text for d in documents(items)] == ["Police detained 500 people in Almaty."]
    assert [Path(s.where).name for s in items if isinstance(s, Skipped)] == ["README.md"]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("Plain summary, no markup.", "Plain summary, no markup."),
        ("<div>Line<br>break</div>", "Line\n\nbreak"),
        ("<p>" + "a " * 100_000 + "</p>", ("a " * 100_000).strip()),
    ],
)
def test_html_fragments_give_one_paragraph_a_line(html: str, expected: str) -> None:
    assert html_fragment_text(html) == expected
