"""The demo story the web and report tests look at: real reports, analyzed once per session.

The reports are `examples/kazakhstan/` (eight reports from five outlets), or the shared seed
report where the examples are absent. Each test gets its own SQLite store filled with them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from conftest import EXAMPLES, shared_path
from factline.pipeline import analyze
from factline.read import read_paths
from factline.record import Analysis, Document
from factline.store import Store

STORY = "kazakhstan-2022"


@cache
def demo_analyses() -> tuple[Analysis, ...]:
    folder = EXAMPLES / "kazakhstan"
    paths = [folder] if folder.exists() else [shared_path("seed", "kazakhstan-2022.txt")]
    documents = [item for item in read_paths(paths) if isinstance(item, Document)]
    return tuple(analyze(document, document.published or "2022-01-07") for document in documents)


def demo_store(folder: Path) -> str:
    """A SQLite store under `folder` holding the demo story; returns its URL."""
    url = f"sqlite:///{folder / 'factline.db'}"
    with Store(url) as store:
        for analysis in demo_analyses():
            store.add(analysis, story=STORY)
    return url


# Hostile reports: markup, script and URL payloads in every field a page shows. Each payload, if
# it ever ran, would set `window.pwned` or change the page's title; the tests assert neither.
HOSTILE_STORY = "x\"'><img src=x onerror=window.pwned='story'>"
PAYLOADS = (
    "<script>window.pwned='script';document.title='pwned'</script>",
    "<img src=x onerror=\"window.pwned='img'\">",
    "</textarea><svg onload=window.pwned='svg'>",
    "\"><iframe src=javascript:window.pwned='iframe'>",
    "</script><script>window.pwned='close'</script>",
    "javascript:window.pwned='link'",
)
HOSTILE_REPORTS = (
    (
        "Police detained 40 people {0} in Almaty on Monday, the interior ministry said. "
        "Protesters {1} set fire to the akimat building on 5 January 2022. {2}",
        "2022-01-06",
    ),
    (
        "Police detained 25 people {3} in Almaty on Monday, a rights group said. "
        "{4} At least 8 police officers were killed in the clashes, officials said. {5}",
        "2022-01-07",
    ),
)


def hostile_documents() -> list[Document]:
    return [
        Document(
            text=text.format(*PAYLOADS),
            title=f"{PAYLOADS[index]} report {index}",
            source=PAYLOADS[index + 1],
            url=PAYLOADS[5] if index == 0 else f"https://example.org/{PAYLOADS[1]}",
            published=published,
        )
        for index, (text, published) in enumerate(HOSTILE_REPORTS)
    ]


def hostile_store(folder: Path) -> str:
    """A SQLite store under `folder` holding the hostile reports as HOSTILE_STORY; its URL."""
    url = f"sqlite:///{folder / 'hostile.db'}"
    with Store(url) as store:
        for document in hostile_documents():
            store.add(analyze(document, document.published), story=HOSTILE_STORY)
    return url
