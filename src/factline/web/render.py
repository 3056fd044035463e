"""Rendering pages from the templates, shared by the server and the one-file report.

Templates autoescape everything; data for the page's scripts is embedded as JSON in a
`<script type="application/json">` block, with `<`, `>` and `&` escaped so no text from a report
can close the block.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import jinja2

# The page's scripts, in the order they load: helpers first, the page that ties them last.
SCRIPTS = ("dom.js", "timeline.js", "map.js", "figures.js", "conflicts.js", "story.js")
STYLESHEET = "factline.css"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factline.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["script_json"] = script_json
    return env


def render(template: str, **context: Any) -> str:
    context = {"report": False, "twin": None, **context}
    return environment().get_template(template).render(**context)


def script_json(data: Any) -> str:
    """JSON safe to place inside a script element (Jinja's |tojson does the same for HTML)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def static_text(name: str) -> str:
    """A static asset's text, for inlining into the one-file report."""
    return files("factline.web").joinpath("static", name).read_text(encoding="utf-8")
