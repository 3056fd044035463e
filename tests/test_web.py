"""The web UI in process: every API endpoint, the pages and their JSON twins, filters, exports,
annotations, escaping and security headers, over a real SQLite store of the demo story."""

from __future__ import annotations

import csv
import inspect
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

from factline import story_figures
from factline.pipeline import analyze
from factline.record import Document
from factline.store import Store
from factline.web import create_app, serve
from factline.web.figures_view import main_subject, point_key
from factline.web.filters import Filters
from factline.web.highlight import Mark, pieces
from web_demo import STORY, demo_store


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return demo_store(tmp_path)


# The write token the test app is started with; writes send it as a bearer token.
TOKEN = "web-test-token"
AUTHORIZED = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url, token=TOKEN)) as test_client:
        yield test_client


@pytest.fixture
def story(client: TestClient) -> dict:
    return client.get(f"/api/stories/{STORY}").json()


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/", "text/html"),
        (f"/stories/{STORY}", "text/html"),
        ("/api/stories", "application/json"),
        (f"/api/stories/{STORY}", "application/json"),
        (f"/api/stories/{STORY}/annotations", "application/json"),
        (f"/api/stories/{STORY}/export/csv", "text/csv"),
        (f"/api/stories/{STORY}/export/jsonl", "application/x-ndjson"),
        (f"/api/stories/{STORY}/export/geojson", "application/geo+json"),
        (f"/api/stories/{STORY}/export/timelinejs", "application/json"),
        ("/api/world", "application/json"),
        ("/api/openapi.json", "application/json"),
        ("/static/story.js", "text/javascript"),
        ("/static/factline.css", "text/css"),
    ],
)
def test_web_endpoint_answers(client: TestClient, path: str, content_type: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(content_type)
    assert response.content


@pytest.mark.parametrize("path", ["/", f"/stories/{STORY}", f"/api/stories/{STORY}"])
def test_web_security_headers_allow_nothing_outside(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy
    assert "http" not in policy and "*" not in policy
    assert headers["x-content-type-options"] == "nosniff"


def test_web_openapi_schema_validates(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    validate(schema)
    paths = set(schema["paths"])
    assert "/api/stories/{story}" in paths
    assert "/api/stories/{story}/annotations/{conflict}" in paths


def test_web_stories_lists_the_demo(client: TestClient) -> None:
    (summary,) = client.get("/api/stories").json()
    assert summary["name"] == STORY
    assert summary["reports"] >= 1
    page = client.get("/").text
    assert f'href="/stories/{STORY}"' in page


def test_web_story_page_shows_its_twins_counts(client: TestClient, story: dict) -> None:
    page = client.get(f"/stories/{STORY}").text
    header = story["header"]
    assert f'<b id="count-reports">{header["reports"]}</b>' in page
    assert f'<b id="count-events">{header["events"]}</b>' in page
    assert f'href="/api/stories/{STORY}"' in page
    assert header["events"] == len(story["events"]) > 0


def test_web_events_carry_their_evidence(story: dict) -> None:
    for event in story["events"]:
        for report in event["reports"]:
            evidence = report["evidence"]
            assert evidence["mark"] == report["trigger"]


@pytest.mark.parametrize(
    ("name", "pick"),
    [
        ("type", lambda event: event["type"]),
        ("place", lambda event: event["place"] and event["place"]["name"]),
        ("actor", lambda event: event["source_actor"] or event["target_actor"]),
    ],
)
def test_web_filter_keeps_only_matching_events(client: TestClient, story: dict, name, pick) -> None:
    values = [pick(event) for event in story["events"] if pick(event)]
    if not values:
        pytest.skip(f"the demo's events have no {name}")
    value = max(set(values), key=values.count)
    filtered = client.get(f"/api/stories/{STORY}", params={name: value}).json()
    assert 0 < len(filtered["events"]) <= len(story["events"])
    for event in filtered["events"]:
        assert Filters(**{name: value}).keeps_event(event)


def test_web_date_range_narrows_the_timeline(client: TestClient, story: dict) -> None:
    days = sorted({e["date"] for e in story["events"] if e["date"] and len(e["date"]) == 10})
    first, last = days[0], days[len(days) // 2]
    filtered = client.get(f"/api/stories/{STORY}", params={"start": first, "end": last}).json()
    assert filtered["events"]
    for event in filtered["events"]:  # a day within the range, or a month or year around it
        assert (event["date"] + "-99-99")[:10] >= first and (event["date"] + "-00-00")[:10] <= last
    assert any(first <= event["date"] <= last for event in filtered["events"])
    assert len(filtered["events"]) < len(story["events"])


@pytest.mark.parametrize(
    ("path", "status"),
    [
        (f"/api/stories/{STORY}?start=5+January", 400),
        ("/api/stories/no-such-story", 404),
        (f"/api/stories/{STORY}/export/xlsx", 404),
        ("/api/documents/0000000000000000", 404),
        ("/stories/no-such-story", 404),
    ],
)
def test_web_bad_requests_are_refused(client: TestClient, path: str, status: int) -> None:
    assert client.get(path).status_code == status


def test_web_csv_export_has_a_row_per_event(client: TestClient, story: dict) -> None:
    text = client.get(f"/api/stories/{STORY}/export/csv").text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(story["events"])
    assert {row["type"] for row in rows} == {event["type"] for event in story["events"]}


def test_web_export_follows_the_filters(client: TestClient, story: dict) -> None:
    kind = story["events"][0]["type"]
    text = client.get(f"/api/stories/{STORY}/export/csv", params={"type": kind}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {row["type"] for row in rows} == {kind}


def test_web_jsonl_export_is_one_record_a_line(client: TestClient, story: dict) -> None:
    lines = client.get(f"/api/stories/{STORY}/export/jsonl").text.splitlines()
    kinds = [json.loads(line)["record"] for line in lines]
    assert kinds.count("event") == len(story["events"])
    assert kinds.count("conflict") == len(story["conflicts"])


def test_web_geojson_export_places_events(client: TestClient) -> None:
    collection = client.get(f"/api/stories/{STORY}/export/geojson").json()
    assert collection["type"] == "FeatureCollection" and collection["features"]
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["precision"] in ("town", "region", "country")


def test_web_timelinejs_export_has_dated_slides(client: TestClient) -> None:
    timeline = client.get(f"/api/stories/{STORY}/export/timelinejs").json()
    assert timeline["events"]
    assert all(slide["start_date"]["year"].isdigit() for slide in timeline["events"])


def test_web_acled_export_when_available(client: TestClient) -> None:
    response = client.get(f"/api/stories/{STORY}/export/acled-csv")
    if response.status_code == 404:
        pytest.skip("factline.acled is not installed here")
    header = next(csv.reader(io.StringIO(response.text)))
    assert header[:3] == ["event_date", "event_type", "sub_event_type"]


def test_web_annotation_is_stored_beside_the_record(client: TestClient, story: dict) -> None:
    if not story["conflicts"]:
        pytest.skip("the demo story has no conflict to annotate")
    conflict = story["conflicts"][0]
    preferred = conflict["sides"][0]["key"]
    url = f"/api/stories/{STORY}/annotations/{conflict['key']}"
    body = {"resolved": True, "preferred": preferred, "note": "ministry figure is later"}
    saved = client.put(url, json=body, headers=AUTHORIZED)
    assert saved.status_code == 200, saved.text
    stored = client.get(f"/api/stories/{STORY}/annotations").json()[conflict["key"]]
    assert stored["resolved"] is True and stored["preferred"] == preferred
    after = client.get(f"/api/stories/{STORY}").json()
    assert after["events"] == story["events"]  # the record itself is untouched
    (panel,) = [p for p in after["figures"] if p["measure"] == conflict["sides"][0]["measure"]]
    (earlier,) = [p for p in story["figures"] if p["measure"] == panel["measure"]]
    if panel["current"]["subject"] == conflict["sides"][0]["subject"]:
        assert panel["current"]["key"] == preferred
        assert panel["current"]["reason"] == "preferred by an analyst: ministry figure is later"
    else:  # a pick about a part (police) does not replace the toll of the whole (people)
        assert panel["current"] == earlier["current"]


def test_web_annotation_refuses_a_foreign_preferred_figure(client: TestClient, story: dict) -> None:
    if not story["conflicts"]:
        pytest.skip("the demo story has no conflict to annotate")
    url = f"/api/stories/{STORY}/annotations/{story['conflicts'][0]['key']}"
    refused = client.put(url, json={"preferred": "not-a-side"}, headers=AUTHORIZED)
    assert refused.status_code == 422
    missing = client.put(f"/api/stories/{STORY}/annotations/x9", json={}, headers=AUTHORIZED)
    assert missing.status_code == 404


def test_web_document_page_highlights_each_kind(client: TestClient, story: dict) -> None:
    report = story["events"][0]["reports"][0]
    page = client.get(f"/documents/{report['document']}").text
    twin = client.get(f"/api/documents/{report['document']}").json()
    kinds = {mark["kind"] for mark in twin["marks"]}
    assert {"time", "place", "event"} <= kinds
    for kind in kinds:
        assert f'class="mark-{kind}"' in page
    assert f'id="{report["item"]}"' in page


HOSTILE = (
    "Title: <script>alert('title')</script>\n\n"
    "Police detained 40 people in Almaty on Monday, the interior ministry said. "
    "</script><script>alert(1)</script><img src=x onerror=alert(2)> was posted beside it."
)


def test_web_report_text_is_always_escaped(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    document = Document(text=HOSTILE.split("\n\n", 1)[1], title="<b>bold</b>", source="<i>x</i>")
    with Store(url) as store:
        store.add(analyze(document, "2022-01-10"), story="hostile")
    with TestClient(create_app(url)) as client:
        pages = [client.get("/stories/hostile").text, client.get(f"/documents/{document.id}").text]
        pages.append(client.get("/").text)
    for page in pages:
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "<b>bold</b>" not in page and "<i>x</i>" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in pages[1]


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("Protests in Almaty.", [Mark("place", "p1", 12, 18, "")], ["Protests in ", "Almaty", "."]),
        (
            "12 police officers died",
            [Mark("figure", "c1", 0, 18, ""), Mark("actor", "a1", 3, 18, "")],
            ["12 police officers", "", " died"],
        ),
    ],
)
def test_web_pieces_cover_the_text_once(text: str, marks: list[Mark], expected: list[str]) -> None:
    result = list(pieces(text, marks))
    assert [piece.text for piece in result] == expected
    assert "".join(piece.text for piece in result) == text


@pytest.mark.parametrize(
    ("filters", "day", "kept"),
    [
        (Filters(), None, True),
        (Filters(start="2022-01-05"), "2022-01-05", True),
        (Filters(start="2022-01-05"), "2022-01-04", False),
        (Filters(end="2022-01-05"), "2022-01-05T14:00", True),
        (Filters(start="2022-01-01"), "XXXX-01-05", False),
        (Filters(start="2022-01-01"), "2022-W01", False),
        (Filters(start="2022-01-01"), "2022-01", True),
        (Filters(start="2022-01-05", end="2022-01-07"), "2021-12", False),
        (Filters(end="2022-01-07"), "2022", True),
        (Filters(end="2022-01-31"), None, False),
    ],
)
def test_web_filters_keep_days(filters: Filters, day: str | None, kept: bool) -> None:
    assert filters.keeps_day(day) is kept


def test_web_serve_binds_this_machine_only_by_default() -> None:
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_web_current_figure_is_the_story_series_current(db_url: str, story: dict) -> None:
    with Store(db_url) as store:
        analyses = [stored.analysis for stored in store.analyses(STORY)]
    series = {(found.measure, found.subject): found for found in story_figures.series(analyses)}
    checked = 0
    for panel in story["figures"]:
        found = series[(panel["measure"], panel["subject"])]
        if found.current is None:
            assert panel["current"] is None
            continue
        assert panel["current"]["key"] == point_key(found.current)
        assert panel["current"]["reason"] == found.reason
        checked += 1
    assert checked > 0


@pytest.mark.parametrize(
    ("subjects", "expected"),
    [
        (["people", "police officers", "police officers"], "people"),
        (["police officers", "security forces", "soldiers"], "security forces"),
        (["police officers", "police officers", "protesters"], "police officers"),
        (["homes"], "homes"),
    ],
)
def test_web_main_subject_is_the_widest_counted(subjects: list[str], expected: str) -> None:
    assert main_subject(subjects) == expected
