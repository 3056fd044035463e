from __future__ import annotations

import json
from pathlib import Path

import pytest

from factline.errors import BadInputError
from factline.read import Skipped, decode, read_paths, read_text
from factline.record import Document


def read_all(*paths: Path, max_bytes: int = 10_000_000) -> list[Document | Skipped]:
    return list(read_paths(paths, max_bytes=max_bytes))


def test_header_block_gives_metadata() -> None:
    document = read_text(
        "Title: Protests spread\nSource: Steppe Wire (illustrative)\nPublished: 2022-01-05\n"
        "URL: https://example.invalid/a\n\nProtests spread to Almaty.\n"
    )
    assert document.title == "Protests spread"
    assert document.source == "Steppe Wire (illustrative)"
    assert document.published == "2022-01-05"
    assert document.url == "https://example.invalid/a"
    assert document.text == "Protests spread to Almaty."


def test_text_without_header_is_kept_whole() -> None:
    text = "Source: the health ministry said 164 people died.\nMore text."
    assert read_text(text).text == text


def test_bad_published_date_is_dropped_not_guessed() -> None:
    document = read_text("Title: T\nPublished: 2022-13-45\n\nBody.")
    assert document.published is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbfProtests in Almaty\r\nsecond line", "Protests in Almaty\nsecond line"),
        ("Café in Zhanaozen".encode("utf-16"), "Café in Zhanaozen"),
        ("Protesters gathered at the café in São Paulo".encode("latin-1"), None),
        (b"line one\rline two", "line one\nline two"),
    ],
)
def test_decode_handles_boms_encodings_and_line_ends(raw: bytes, expected: str | None) -> None:
    text = decode(raw, "x")
    if expected is None:
        assert "café" in text and "São Paulo" in text
    else:
        assert text == expected


def test_folder_with_bad_files_skips_each_by_name_and_reads_the_rest(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Protesters gathered in the café.".encode("latin-1"))
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "good.txt").write_text("Police detained 500 people.")
    (tmp_path / "huge.txt").write_bytes(b"Protests. " * 200_000)
    items = read_all(tmp_path, max_bytes=1_000_000)
    skipped = {Path(item.where).name: item.reason for item in items if isinstance(item, Skipped)}
    texts = sorted(item.text for item in items if isinstance(item, Document))
    assert set(skipped) == {"empty.txt", "binary.bin", "huge.txt"}
    assert "empty" in skipped["empty.txt"]
    assert "binary" in skipped["binary.bin"]
    assert "size limit" in skipped["huge.txt"]
    assert texts == ["Police detained 500 people.", "Protesters gathered in the café."]


def test_json_lines_keep_good_lines_and_report_the_broken_one(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    good = {"text": "Troops arrived.", "title": "T", "published": "2022-01-06", "source": "W"}
    path.write_text(
        json.dumps(good) + "\n{broken\n" + json.dumps({"text": "Second report."}) + "\n"
    )
    items = read_all(path)
    assert [type(item).__name__ for item in items] == ["Document", "Skipped", "Document"]
    first, broken, second = items
    assert isinstance(first, Document) and first.published == "2022-01-06"
    assert first.source == "W" and first.title == "T"
    assert isinstance(broken, Skipped) and broken.where.endswith(":2") and "line 2" in broken.reason
    assert isinstance(second, Document) and second.text == "Second report."


def test_html_gives_main_text_and_metadata(tmp_path: Path) -> None:
    paragraph = (
        "Security forces said 12 police officers were killed in Almaty on Wednesday as "
        "protests over fuel prices spread across the country, officials told reporters. "
    )
    html = (
        "<html><head><title>Unrest spreads - Steppe Wire</title>"
        '<meta property="og:site_name" content="Steppe Wire">'
        '<meta property="article:published_time" content="2022-01-06T10:00:00Z">'
        "</head><body><nav>Home | World | Sport</nav><article><h1>Unrest spreads</h1>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article>"
        "<footer>Copyright Steppe Wire</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html)
    (document,) = read_all(path)
    assert isinstance(document, Document)
    assert "12 police officers were killed" in document.text
    assert "Home | World" not in document.text
    assert document.published == "2022-01-06"
    assert document.title is not None and "Unrest spreads" in document.title


def test_missing_path_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="no such file"):
        read_all(tmp_path / "absent.txt")


def test_outlet_header_and_unknown_keys_of_the_shared_articles() -> None:
    document = read_text(
        "Title: Kazakhstan death toll spikes\nOutlet: CNN\nPublished: 2022-01-09\n"
        "URL: https://www.cnn.com/x\nRelevance: core\n\n(CNN)At least 164 people have been killed."
    )
    assert (document.source, document.published) == ("CNN", "2022-01-09")
    assert document.text == "(CNN)At least 164 people have been killed."


def test_json_lines_take_the_outlet_when_source_is_not_a_name(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    record = {"text": "Troops arrived.", "outlet": "ZDNet", "source": {"repo": "x/y"}}
    path.write_text(json.dumps(record) + "\n")
    (document,) = read_all(path)
    assert isinstance(document, Document) and document.source == "ZDNet"


def test_parquet_rows_are_reports_and_a_bad_row_is_reported(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {"text": "Troops arrived in Almaty.", "title": "T", "published": "2022-01-06"},
        {"text": "", "title": "empty", "published": None},
        {"text": "The toll rose to 164.", "title": None, "published": "2022-01-09"},
    ]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "shard.parquet")
    items = read_all(tmp_path / "shard.parquet")
    assert [type(item).__name__ for item in items] == ["Document", "Skipped", "Document"]
    assert isinstance(items[0], Document) and items[0].published == "2022-01-06"
    assert isinstance(items[1], Skipped) and "row 2" in items[1].reason


def test_a_broken_parquet_file_is_skipped_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    (item,) = read_all(tmp_path / "broken.parquet")
    assert isinstance(item, Skipped) and "Parquet" in item.reason
