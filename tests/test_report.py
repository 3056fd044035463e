"""The one-file report: one HTML file that loads nothing from anywhere, with the story's data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factline.errors import BadInputError
from factline.report import write_report
from factline.store import Store
from factline.web.story_view import story_view
from web_demo import STORY, demo_store


@pytest.fixture
def report(tmp_path: Path) -> str:
    with Store(demo_store(tmp_path)) as store:
        write_report(store, STORY, tmp_path / "report.html")
    return (tmp_path / "report.html").read_text(encoding="utf-8")


def embedded(report: str, element_id: str) -> dict:
    match = re.search(
        rf'<script type="application/json" id="{element_id}">(.*?)</script>', report, re.S
    )
    assert match is not None, element_id
    data: dict = json.loads(match.group(1))
    return data


@pytest.mark.parametrize(
    "reference",
    [
        r"<script[^>]+src=",
        r"<link[^>]+stylesheet",
        r"""(?:src|href)=["']?(?:https?:)?//""",
        r"url\(",
        r"@import",
    ],
)
def test_report_references_nothing_outside(report: str, reference: str) -> None:
    assert re.search(reference, report) is None


def test_report_forbids_every_request(report: str) -> None:
    assert "Content-Security-Policy" in report
    assert "default-src 'none'" in report


def test_report_holds_the_story_and_the_map(report: str, tmp_path: Path) -> None:
    data = embedded(report, "story-data")
    with Store(f"sqlite:///{tmp_path / 'factline.db'}") as store:
        analyses = [stored.analysis for stored in store.analyses(STORY)]
    expected = story_view(STORY, analyses)
    assert len(data["events"]) == len(expected["events"]) > 0
    assert [p["measure"] for p in data["figures"]] == [p["measure"] for p in expected["figures"]]
    assert len(data["conflicts"]) == len(expected["conflicts"])
    assert len(embedded(report, "world-data")["countries"]) > 150


def test_report_of_the_only_story_needs_no_name(tmp_path: Path) -> None:
    with Store(demo_store(tmp_path)) as store:
        write_report(store, None, tmp_path / "only.html")
    assert (
        embedded((tmp_path / "only.html").read_text(encoding="utf-8"), "story-data")["name"]
        == STORY
    )


@pytest.mark.parametrize("story", ["no-such-story", "_"])
def test_report_of_an_unknown_story_says_so(tmp_path: Path, story: str) -> None:
    with Store(demo_store(tmp_path)) as store, pytest.raises(BadInputError, match="no story"):
        write_report(store, story, tmp_path / "missing.html")
