"""The web server lets no one in: writes need the user's token, no route reaches a file outside
the package, bodies are capped, every response carries the security headers, escaping holds in
the HTML source, and schemathesis finds no server error or schema violation in the API."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from conftest import REPO
from factline.store import Store
from factline.web import create_app
from factline.web.api import download_name
from factline.web.security import NO_TOKEN_SET, SECURITY_HEADERS, TOKEN_VARIABLE, WRONG_TOKEN
from web_demo import HOSTILE_STORY, PAYLOADS, STORY, demo_store, hostile_store

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return demo_store(tmp_path_factory.mktemp("security"))


@pytest.fixture(scope="module")
def app(db_url: str) -> FastAPI:
    return create_app(db_url, token=TOKEN)


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def conflict_url(client: TestClient) -> str:
    conflicts = client.get(f"/api/stories/{STORY}").json()["conflicts"]
    if not conflicts:
        pytest.skip("the demo story has no conflict to annotate")
    return f"/api/stories/{STORY}/annotations/{conflicts[0]['key']}"


def asgi_get(app: FastAPI, raw_path: str) -> tuple[int, dict[str, str], bytes]:
    """GET `raw_path` exactly as a server passes it on (percent-decoded, dot segments kept):
    HTTP clients resolve `../` before sending, an attacker's client does not."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": unquote(raw_path),
        "raw_path": raw_path.encode("latin-1"),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"127.0.0.1")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    sent: list[MutableMapping[str, Any]] = []
    requests = [{"type": "http.request", "body": b"", "more_body": False}]

    async def run() -> None:
        answered = asyncio.Event()

        async def receive() -> dict[str, Any]:
            if requests:
                return requests.pop()
            await answered.wait()  # as a client does: it hangs up once answered
            return {"type": "http.disconnect"}

        async def send(message: MutableMapping[str, Any]) -> None:
            sent.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                answered.set()

        await app(scope, receive, send)

    asyncio.run(run())
    start = next(m for m in sent if m["type"] == "http.response.start")
    headers = {name.decode(): value.decode() for name, value in start["headers"]}
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], headers, body


OUTSIDE_FILES = ("pyproject.toml", "src/factline/web/app.py", "src/factline/web/__init__.py")
TRAVERSALS = [
    "/static/../../../../pyproject.toml",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fpyproject.toml",
    "/static/..%5c..%5c..%5c..%5cpyproject.toml",
    "/static/../__init__.py",
    "/static/..%2fapp.py",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    f"/static/{quote(str(REPO / 'pyproject.toml'), safe='')}",
    "/static/story.js%00.png",
    "/static/%00",
    "/documents/..%2f..%2f..%2fetc%2fpasswd",
    "/documents/%2e%2e%2f%2e%2e%2f%2e%2e%2fpyproject.toml",
    "/api/documents/../../../../etc/passwd",
    "/api/documents/%00%00%00%00%00%00%00%00%00%00%00%00",
    "/stories/..%2f..%2fpyproject.toml",
    "/stories/%2e%2e",
    "/api/stories/..%2f..%2f..%2fetc%2fpasswd",
    f"/api/stories/{STORY}%00",
    f"/api/stories/{STORY}/export/..%2f..%2f..%2fpyproject.toml",
    f"/api/stories/{STORY}/export/%2fetc%2fpasswd",
    "/api/stories/%2e%2e/export/csv",
    "/api/stories/%2e%2e%2f/annotations",
]


@pytest.mark.parametrize("raw_path", TRAVERSALS)
def test_security_no_route_reaches_outside_files(app: FastAPI, raw_path: str) -> None:
    status, headers, body = asgi_get(app, raw_path)
    assert status in (404, 422), (status, body[:200])
    for name in OUTSIDE_FILES:
        assert (REPO / name).read_bytes()[:200] not in body
    assert b"root:" not in body
    assert headers["x-content-type-options"] == "nosniff"


def test_security_static_files_are_still_served(app: FastAPI) -> None:
    status, _headers, body = asgi_get(app, "/static/story.js")
    assert status == 200 and b"use strict" in body


@pytest.mark.parametrize(
    "path",
    [
        "/",
        f"/stories/{STORY}",
        "/api/stories",
        f"/api/stories/{STORY}/export/csv",
        "/static/factline.css",
        "/api/openapi.json",
        "/no-such-page",
        f"/api/stories/{STORY}?start=tomorrow",
    ],
)
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "http" not in headers["content-security-policy"]


def test_security_writes_refused_without_a_configured_token(
    db_url: str, conflict_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    with TestClient(create_app(db_url)) as client:
        for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": f"Bearer {TOKEN}"}):
            response = client.put(conflict_url, json={"note": "x"}, headers=headers)
            assert response.status_code == 403
            assert response.json()["detail"] == NO_TOKEN_SET
        assert client.get(f"/api/stories/{STORY}").status_code == 200  # reading still works


def test_security_token_comes_from_the_environment(
    db_url: str, conflict_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_VARIABLE, "from-the-environment")
    with TestClient(create_app(db_url)) as client:
        headers = {"Authorization": "Bearer from-the-environment"}
        assert client.put(conflict_url, json={}, headers=headers).status_code == 200


@pytest.mark.parametrize(
    ("authorization", "status"),
    [
        (None, 401),
        ("", 401),
        ("Bearer", 401),
        ("Bearer wrong-token", 401),
        (f"Bearer {TOKEN[:-1]}", 401),
        (f"Bearer {TOKEN}x", 401),
        (f"Basic {TOKEN}", 401),
        (f"bearer {TOKEN}", 200),
        (f"Bearer {TOKEN}", 200),
    ],
)
def test_security_writes_need_the_right_token(
    client: TestClient, conflict_url: str, authorization: str | None, status: int
) -> None:
    note = f"checked with {authorization!r}"
    headers = {} if authorization is None else {"Authorization": authorization}
    response = client.put(conflict_url, json={"note": note}, headers=headers)
    assert response.status_code == status, response.text
    stored = client.get(conflict_url.rsplit("/", 1)[0]).json()
    conflict = conflict_url.rsplit("/", 1)[1]
    assert (stored.get(conflict, {}).get("note") == note) is (status == 200)
    if status == 401:
        assert response.json()["detail"] == WRONG_TOKEN
        assert response.headers["www-authenticate"] == "Bearer"


def test_security_body_over_the_limit_is_refused(client: TestClient, conflict_url: str) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = b'{"note": "' + b"x" * 1_000_001 + b'"}'
    response = client.put(conflict_url, content=big, headers=headers)
    assert response.status_code == 413
    assert response.headers["x-frame-options"] == "DENY"

    def chunks() -> Iterator[bytes]:  # chunked: no Content-Length to refuse it by
        yield b'{"note": "'
        for _ in range(20):
            yield b"x" * 100_000
        yield b'"}'

    assert client.put(conflict_url, content=chunks(), headers=headers).status_code == 413


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("kazakhstan-2022", "kazakhstan-2022"),
        ('a"b; filename=evil.sh', "a_b__filename_evil.sh"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("line\r\nX-Injected: 1", "line__X-Injected__1"),
        ("Алматы", "______"),
        ("..", "story"),
    ],
)
def test_security_download_names_are_plain(story: str, expected: str) -> None:
    assert download_name(story) == expected


def test_security_hostile_story_exports_with_a_plain_name(tmp_path: Path) -> None:
    url = hostile_store(tmp_path)
    with TestClient(create_app(url)) as client:
        response = client.get(f"/api/stories/{quote(HOSTILE_STORY, safe='')}/export/csv")
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="x_')
    assert disposition.count('"') == 2 and "<" not in disposition


def test_security_hostile_text_is_escaped_in_the_html(tmp_path: Path) -> None:
    url = hostile_store(tmp_path)
    story = quote(HOSTILE_STORY, safe="")
    with TestClient(create_app(url)) as client, Store(url) as store:
        pages = [client.get("/").text, client.get(f"/stories/{story}").text]
        pages += [client.get(f"/documents/{s.analysis.document.id}").text for s in store.analyses()]
    for page in pages:
        for payload in PAYLOADS:  # the javascript: one is harmless text outside an href
            assert "<" not in payload or payload not in page
        assert "<img src" not in page and "<svg onload" not in page and "<iframe" not in page
        assert 'href="javascript:' not in page


def test_security_serve_answers_loopback_names_only(db_url: str) -> None:
    app = create_app(db_url, allowed_hosts=("localhost", "127.0.0.1"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/stories").status_code == 200
        rebound = client.get("/api/stories", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400
    assert rebound.headers["x-content-type-options"] == "nosniff"


def test_security_schemathesis_finds_no_server_error(app: FastAPI) -> None:
    """Every API operation, with generated paths, queries and bodies (and the right token, so
    the write path is reached too): no 5xx, and every answer as the schema documents it."""
    schema: Any = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=20,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})

        check()
