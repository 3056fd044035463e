"""The one-file report: a story's timeline, map, figures and conflicts in a single HTML file
that makes no request at all, to send to someone who has no factline.

It is the story page itself, with its stylesheet, scripts, data and world outline inlined, and a
Content-Security-Policy that allows nothing to be loaded from anywhere.
"""

from __future__ import annotations

from pathlib import Path

from factline.errors import BadInputError
from factline.store import Store
from factline.web.annotations import story_annotations
from factline.web.api import world_outline
from factline.web.render import SCRIPTS, STYLESHEET, render, static_text
from factline.web.story_view import list_stories, load_analyses, story_key, story_view


def write_report(store: Store, story: str | None, out: Path) -> None:
    """Write the report of `story` to `out`; None means the only story in the store."""
    key = story_key(story) if story is not None else _only_story(store)
    analyses = load_analyses(store, key)
    if not analyses:
        raise BadInputError(f"no story {key!r} in this database")
    view = story_view(key, analyses, annotations=story_annotations(store, key))
    view["report"] = True
    page = render(
        "story.html",
        view=view,
        filters={"start": None, "end": None, "type": None, "actor": None, "place": None},
        formats=(),
        report=True,
        world=world_outline(),
        inline_css=static_text(STYLESHEET),
        inline_scripts=[static_text(name) for name in SCRIPTS],
    )
    out.write_text(page, encoding="utf-8")


def _only_story(store: Store) -> str:
    stories = [summary["key"] for summary in list_stories(store)]
    if len(stories) != 1:
        names = ", ".join(stories) or "none"
        raise BadInputError(f"say which story to report with --story (stories here: {names})")
    return stories[0]
