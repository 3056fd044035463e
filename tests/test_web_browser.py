"""The web UI and the one-file report in headless Chromium (Debian's chromium + chromedriver,
driven by selenium): what a reader sees, what clicks do, and that nothing leaves localhost.

Screenshots of each page go to build/test-output/screenshots/ (or $FACTLINE_SCREENSHOTS);
`scripts/update-screenshots.sh` runs these tests and copies them to docs/screenshots/.
Install the browser with `scripts/install-chromium.sh` (the make target does it when missing).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from conftest import REPO
from web_demo import HOSTILE_STORY, PAYLOADS, STORY, demo_store, hostile_store

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from factline.report import write_report  # noqa: E402

if TYPE_CHECKING:
    from selenium.webdriver import Chrome
    from selenium.webdriver.remote.webelement import WebElement
from factline.store import Store  # noqa: E402
from factline.web import create_app  # noqa: E402
from factline.web.annotations import (  # noqa: E402
    Annotation,
    save_annotation,
    story_annotations,
)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if CHROMIUM is None or CHROMEDRIVER is None:
    pytest.skip(
        "headless Chromium is not installed here: run scripts/install-chromium.sh "
        "(apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )

SCREENSHOTS = Path(
    os.environ.get("FACTLINE_SCREENSHOTS", REPO / "build" / "test-output" / "screenshots")
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return demo_store(tmp_path_factory.mktemp("web"))


# The write token the test servers are started with, as a user sets FACTLINE_TOKEN.
TOKEN = "browser-test-token"


@contextmanager
def running_server(db_url: str) -> Iterator[str]:
    """A real factline server on a free port of 127.0.0.1, in a thread of this process."""
    import uvicorn

    port = _free_port()
    app = create_app(db_url, token=TOKEN)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the factline server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(db_url: str) -> Iterator[str]:
    with running_server(db_url) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1700"):
        options.add_argument(argument)
    options.add_argument("--disable-dev-shm-usage")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser: Chrome, server: str) -> Iterator[Chrome]:
    """The browser with its logs emptied; after the test, no console error and no request
    that left localhost may have happened."""
    browser.get_log("browser")
    browser.get_log("performance")
    yield browser
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    outside = [url for url in requested_urls(browser) if not _local(url, server)]
    assert outside == []


def attribute(element: WebElement, name: str) -> str:
    """An attribute that the page must have set: the test fails where it is missing."""
    value = element.get_attribute(name)
    assert value is not None, f"<{element.tag_name}> has no {name}"
    return value


def requested_urls(browser: Chrome) -> list[str]:
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _local(url: str, server: str) -> bool:
    return url.startswith((server + "/", "data:", "file:", "about:"))


def open_story(browser: Chrome, url: str) -> None:
    browser.get(url)
    WebDriverWait(browser, 20).until(
        lambda driver: driver.find_element(By.TAG_NAME, "body").get_attribute("data-ready")
    )


def screenshot(browser: Chrome, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / name))


def api(server: str) -> dict:
    import urllib.request

    with urllib.request.urlopen(f"{server}/api/stories/{STORY}") as response:
        data: dict = json.load(response)
    return data


def shown(browser: Chrome) -> dict[str, int]:
    """How many of each thing the story page shows."""
    selectors = {
        "events": "li.event",
        "markers": "#map-svg g.marker",
        "land": "#map-svg path.land",
        "charts": "#figure-panels svg.chart",
        "conflicts": "#conflict-list article.conflict",
    }
    return {
        name: len(browser.find_elements(By.CSS_SELECTOR, css)) for name, css in selectors.items()
    }


def test_browser_story_page_shows_every_panel(page: Chrome, server: str) -> None:
    data = api(server)
    open_story(page, f"{server}/stories/{STORY}")
    counts = shown(page)
    screenshot(page, "story.png")
    assert counts["events"] == len(data["events"]) > 0
    assert counts["markers"] > 0 and counts["land"] > 0
    assert counts["charts"] == len(data["figures"]) > 0
    assert counts["conflicts"] == len(data["conflicts"]) > 0
    sides = page.find_elements(By.CSS_SELECTOR, "article.conflict .side blockquote.evidence mark")
    assert len(sides) >= 2
    page.execute_script("document.getElementById('conflicts').scrollIntoView()")
    screenshot(page, "story-conflicts.png")


def test_browser_clicking_an_event_shows_its_evidence(page: Chrome, server: str) -> None:
    open_story(page, f"{server}/stories/{STORY}")
    event = page.find_element(By.CSS_SELECTOR, "li.event")
    evidence = event.find_element(By.CSS_SELECTOR, ".supports")
    assert not evidence.is_displayed()
    event.find_element(By.CSS_SELECTOR, ".event-summary").click()
    assert evidence.is_displayed()
    reports = api(server)["events"][0]["reports"]
    marks = evidence.find_elements(By.CSS_SELECTOR, "blockquote.evidence mark")
    assert [mark.text for mark in marks] == [report["trigger"] for report in reports]


def test_browser_type_filter_changes_what_is_shown(page: Chrome, server: str) -> None:
    open_story(page, f"{server}/stories/{STORY}")
    before = shown(page)["events"]
    choices = Select(page.find_element(By.CSS_SELECTOR, "select[name=type]"))
    choices.select_by_value(attribute(choices.options[1], "value"))
    chosen = attribute(choices.first_selected_option, "value")
    types = {e.text for e in page.find_elements(By.CSS_SELECTOR, "li.event .type")}
    assert types == {chosen}
    assert shown(page)["events"] < before
    assert f"type={chosen}" in page.current_url
    open_story(page, page.current_url)  # the filter lives in the URL: a reload keeps it
    assert {e.text for e in page.find_elements(By.CSS_SELECTOR, "li.event .type")} == {chosen}


def test_browser_map_marker_selects_its_events_and_back(page: Chrome, server: str) -> None:
    open_story(page, f"{server}/stories/{STORY}")
    before = shown(page)["events"]
    marker = page.find_element(By.CSS_SELECTOR, "#map-svg g.marker")
    place = marker.get_attribute("data-place")
    marker.click()
    places = {e.text for e in page.find_elements(By.CSS_SELECTOR, "li.event .where")}
    assert places == {f" in {place}".strip()} or places == {f"in {place}"}
    assert "place=" in page.current_url
    page.find_element(By.CSS_SELECTOR, "#map-svg g.marker.chosen").click()
    assert shown(page)["events"] == before
    assert "place=" not in page.current_url


def test_browser_brushing_days_sets_a_date_range(page: Chrome, server: str) -> None:
    open_story(page, f"{server}/stories/{STORY}")
    bars = page.find_elements(By.CSS_SELECTOR, "#timeline-brush rect.bar")
    assert len(bars) >= 3
    first, last = attribute(bars[1], "data-day"), attribute(bars[2], "data-day")
    ActionChains(page).click_and_hold(bars[1]).move_to_element(bars[2]).release(bars[2]).perform()
    assert f"start={first}" in page.current_url and f"end={last}" in page.current_url
    days = [attribute(d, "data-day") for d in page.find_elements(By.CSS_SELECTOR, ".day")]
    full_days = [day for day in days if len(day) == 10]
    assert full_days and all(first <= day <= last for day in full_days)


def test_browser_annotating_a_conflict_saves_it(page: Chrome, server: str) -> None:
    open_story(page, f"{server}/stories/{STORY}")
    page.execute_script("sessionStorage.setItem('factline-token', arguments[0])", TOKEN)
    conflict = page.find_element(By.CSS_SELECTOR, "article.conflict")
    conflict.find_element(By.CSS_SELECTOR, "input[name=resolved]").click()
    conflict.find_element(By.CSS_SELECTOR, "input[name=preferred]").click()
    conflict.find_element(By.CSS_SELECTOR, "textarea[name=note]").send_keys("later figure")
    conflict.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(page, 10).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, "article.conflict.resolved")
    )
    assert page.find_elements(By.CSS_SELECTOR, "article.conflict .side.preferred")


def test_browser_other_pages(page: Chrome, server: str) -> None:
    page.get(f"{server}/")
    screenshot(page, "stories.png")
    link = page.find_element(By.CSS_SELECTOR, f'a[href="/stories/{STORY}"]')
    assert link.is_displayed()
    document = api(server)["events"][0]["reports"][0]
    page.get(f"{server}/documents/{document['document']}")
    screenshot(page, "document.png")
    kinds = {m.get_attribute("class") for m in page.find_elements(By.CSS_SELECTOR, "mark")}
    assert {"mark-time", "mark-place", "mark-event"} <= kinds


def test_browser_report_works_offline(
    browser: Chrome, server: str, db_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    with Store(db_url) as store:
        write_report(store, STORY, out)
    data = api(server)
    browser.get_log("browser")
    browser.get_log("performance")
    browser.set_network_conditions(
        offline=True, latency=0, download_throughput=0, upload_throughput=0
    )
    try:
        open_story(browser, out.as_uri())
        counts = shown(browser)
        screenshot(browser, "report.png")
    finally:
        browser.delete_network_conditions()
    assert counts["events"] == len(data["events"])
    assert counts["markers"] > 0 and counts["land"] > 0
    assert counts["charts"] == len(data["figures"])
    assert counts["conflicts"] == len(data["conflicts"])
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    assert [url for url in requested_urls(browser) if not url.startswith(("file:", "data:"))] == []


def test_browser_wrong_token_saves_nothing(browser: Chrome, server: str, db_url: str) -> None:
    open_story(browser, f"{server}/stories/{STORY}")
    browser.execute_script("sessionStorage.setItem('factline-token', 'not-the-token')")
    conflict = browser.find_element(By.CSS_SELECTOR, "article.conflict")
    key = attribute(conflict, "data-key")
    conflict.find_element(By.CSS_SELECTOR, "textarea[name=note]").send_keys("wrong token")
    conflict.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    status = conflict.find_element(By.CSS_SELECTOR, ".saved")
    WebDriverWait(browser, 10).until(lambda _driver: "not saved" in status.text)
    assert "token" in status.text
    assert browser.execute_script("return sessionStorage.getItem('factline-token')") is None
    with Store(db_url) as store:
        assert story_annotations(store, STORY).get(key, {}).get("note") != "wrong token"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The hostile reports, with a hostile analyst note on their conflict as well."""
    url = hostile_store(tmp_path_factory.mktemp("hostile"))
    with Store(url) as store, TestClient(create_app(url)) as client:
        story = client.get("/api/stories/" + quote(HOSTILE_STORY, safe="")).json()
        for conflict in story["conflicts"]:
            note = " ".join(PAYLOADS)
            save_annotation(store, Annotation(HOSTILE_STORY, conflict["key"], note=note))
    return url


def hostile_pages(server: str, db_url: str) -> list[str]:
    """Every page that shows the hostile reports: the list, the story, each report."""
    story = quote(HOSTILE_STORY, safe="")
    with TestClient(create_app(db_url)) as client:
        documents = {
            report["document"]
            for event in client.get(f"/api/stories/{story}").json()["events"]
            for report in event["reports"]
        }
    return [f"{server}/", f"{server}/stories/{story}"] + [
        f"{server}/documents/{document}" for document in sorted(documents)
    ]


def payload_ran(browser: Chrome) -> object:
    """What a payload would have left: `window.pwned`, or a title it rewrote."""
    return browser.execute_script(
        "return window.pwned || (document.title === 'pwned' ? document.title : null)"
    )


def test_browser_hostile_reports_run_no_script(
    browser: Chrome, hostile_db: str, tmp_path: Path
) -> None:
    with running_server(hostile_db) as server:
        for url in hostile_pages(server, hostile_db):
            browser.get(url)
            if "/stories/" in url:
                WebDriverWait(browser, 20).until(
                    lambda driver: driver.find_element(By.TAG_NAME, "body").get_attribute(
                        "data-ready"
                    )
                )
                browser.find_element(By.CSS_SELECTOR, "li.event .event-summary").click()
                notes = browser.find_elements(By.CSS_SELECTOR, "textarea[name=note]")
                assert notes and all("</textarea>" in attribute(n, "value") for n in notes)
            assert payload_ran(browser) is None, url
            assert "onerror=" in browser.find_element(By.TAG_NAME, "body").text, url
    out = tmp_path / "hostile-report.html"
    with Store(hostile_db) as store:
        write_report(store, HOSTILE_STORY, out)
    open_story(browser, out.as_uri())
    browser.find_element(By.CSS_SELECTOR, "li.event .event-summary").click()
    assert payload_ran(browser) is None
    assert "onerror=" in browser.find_element(By.TAG_NAME, "body").text
    assert browser.find_elements(By.CSS_SELECTOR, "p.annotation")
