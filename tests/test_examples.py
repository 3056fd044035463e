"""The demo story in examples/kazakhstan: well-formed reports carrying the figures it promises."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES

STORY = EXAMPLES / "kazakhstan"
REPORTS = sorted(STORY.glob("*.txt"))
FILE_NAME = re.compile(r"(?P<number>\d\d)-(?P<published>\d{4}-\d\d-\d\d)-[a-z0-9-]+\.txt")
HEADER_KEYS = ("Title", "Source", "Published", "URL")
FIRST_DAY, LAST_DAY = dt.date(2022, 1, 3), dt.date(2022, 1, 16)


def header_and_body(path: Path) -> tuple[dict[str, str], str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    header = dict(line.split(": ", 1) for line in lines[: len(HEADER_KEYS)])
    assert list(header) == list(HEADER_KEYS), f"{path.name}: header keys {list(header)}"
    assert lines[len(HEADER_KEYS)] == "", f"{path.name}: no blank line after the header"
    return header, "\n".join(lines[len(HEADER_KEYS) + 1 :])


def report(prefix: str) -> tuple[dict[str, str], str]:
    (path,) = STORY.glob(f"{prefix}-*.txt")
    return header_and_body(path)


def test_story_has_eight_reports() -> None:
    assert len(REPORTS) == 8


@pytest.mark.parametrize("path", REPORTS, ids=[p.name for p in REPORTS])
def test_report_header(path: Path) -> None:
    name = FILE_NAME.fullmatch(path.name)
    assert name, f"{path.name} is not NN-YYYY-MM-DD-slug.txt"
    header, _ = header_and_body(path)
    published = dt.date.fromisoformat(header["Published"])
    assert header["Published"] == name["published"]
    assert FIRST_DAY <= published <= LAST_DAY
    assert header["Source"].endswith("(illustrative)")
    assert header["URL"].startswith("https://example.invalid/")
    assert header["Title"].strip()


@pytest.mark.parametrize("path", REPORTS, ids=[p.name for p in REPORTS])
def test_report_body_is_short_prose(path: Path) -> None:
    _, body = header_and_body(path)
    assert 150 <= len(body.split()) <= 400


# Each row: two reports, and the figure each gives for the same measure and subject.
DISAGREEING = [
    (
        "04",
        "18 members of the security forces had died",
        "05",
        "13 members of the security forces had been killed",
    ),
    ("04", "about 2,500 troops", "05", "3,000 troops"),
]


@pytest.mark.parametrize(("first", "says", "second", "says_other"), DISAGREEING)
def test_disagreeing_pair_is_there_and_listed(
    first: str, says: str, second: str, says_other: str
) -> None:
    (first_header, first_body), (second_header, second_body) = report(first), report(second)
    assert says in first_body and says not in second_body
    assert says_other in second_body and says_other not in first_body
    assert first_header["Published"] == second_header["Published"]
    assert first_header["Source"] != second_header["Source"]
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert f"`{first}-" in readme and f"`{second}-" in readme


def test_near_duplicate_is_the_same_story_with_new_headline_and_boilerplate() -> None:
    (original_header, original), (copy_header, copy) = report("06"), report("07")
    assert copy.startswith(original.rstrip("\n"))
    trailer = copy[len(original.rstrip("\n")) :].strip()
    assert trailer and "\n" not in trailer
    assert copy_header["Title"] != original_header["Title"]
    assert copy_header["Source"] != original_header["Source"]


@pytest.mark.parametrize(
    ("prefix", "toll"),
    [
        ("03", "dozens of attackers"),
        ("04", "26 armed criminals"),
        ("06", "At least 164 people"),
        ("08", "225 people"),
    ],
)
def test_death_toll_follows_the_real_sequence(prefix: str, toll: str) -> None:
    _, body = report(prefix)
    assert toll in body


@pytest.mark.parametrize("prefix", ["02", "03", "04", "05"])
def test_state_of_emergency_is_reported_by_several_reports(prefix: str) -> None:
    _, body = report(prefix)
    assert re.search(r"(state of )?emergency", body)
