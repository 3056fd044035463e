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
