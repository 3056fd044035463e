"""Article text and metadata from a news page's HTML, through trafilatura tuned for recall.

A dropped paragraph loses the figures in it, so extraction leans toward keeping text. Around
trafilatura's own extraction (recall mode, tables kept, reader comments left out, no fallback
extractors) two repairs bring back what it drops on news pages:

- embedded tweets, whose wrappers ("social-media-embed", "article-tweet") trafilatura prunes as
  boilerplate, are rewritten as plain paragraphs before extraction;
- an article body split into several containers of the same tag and class (one per block between
  advertisements, as on WIRED) is extracted whole: trafilatura keeps only the first container,
  so the paragraphs of the others are put back after it.

A first line that repeats the page title is dropped: the title is kept apart, in the metadata.

Measured on the Zyte article-extraction benchmark by `benchmarks/eval_html.py`: the settings were
chosen on its dev half; the repairs come from failures read on pages of both halves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura
from trafilatura import load_html
from trafilatura.settings import Document

WORD = re.compile(r"\w+")

# A container of a split body must read as prose, not as a list of teasers or captions.
PART_MIN_WORDS = 40
PART_MIN_WORDS_PER_PARAGRAPH = 12
# A tweet's wrapper holds the tweet and little else (an embed script, an empty placeholder).
WRAPPER_MAX_CHILDREN = 4
# Share of a container's paragraphs that must be in trafilatura's text for it to count as chosen.
PART_CHOSEN_SHARE = 0.5


@dataclass(frozen=True)
class Paragraph:
    text: str
    words: str  # lower-cased \w+ tokens joined by spaces, for matching across markup differences


@dataclass(frozen=True)
class Part:
    """One container of paragraphs, in a group of containers sharing tag and class."""

    paragraphs: tuple[Paragraph, ...]

    @property
    def is_prose(self) -> bool:
        word_count = sum(len(p.words.split()) for p in self.paragraphs)
        return word_count >= PART_MIN_WORDS and word_count >= PART_MIN_WORDS_PER_PARAGRAPH * len(
            self.paragraphs
        )


def extract_page(html: str) -> tuple[str, dict[str, Any]]:
    """The main text of a page and its metadata, from one parse of the HTML."""
    tree = _parse(html)
    if tree is None:
        return "", _metadata(None)
    metadata = _metadata(trafilatura.extract_metadata(tree))
    _flatten_tweets(tree)
    groups = _repeated_containers(tree)
    text = trafilatura.extract(
        tree,
        fast=True,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
    )
    if not text:
        return "", metadata
    text = _restore_split_body(text, groups)
    return _drop_leading_title(text, _words(metadata["title"] or "")), metadata


def extract_article(html: str) -> str:
    """The main text of a page, paragraphs separated by newlines ("" when none is found)."""
    return extract_page(html)[0]


def extract_metadata(html: str) -> dict[str, Any]:
    """Title, publication date (ISO), site name and canonical URL of a page; None where absent."""
    tree = _parse(html)
    return _metadata(None if tree is None else trafilatura.extract_metadata(tree))


def _metadata(found: Document | None) -> dict[str, Any]:
    if found is None:
        return {"title": None, "date": None, "sitename": None, "url": None}
    return {
        "title": found.title or None,
        "date": found.date or None,
        "sitename": found.sitename or None,
        "url": found.url or None,
    }


def _parse(html: str) -> lxml.html.HtmlElement | None:
    """The page as trafilatura's loader parses it (its fixes for broken markup included)."""
    if not html.strip():
        return None
    tree: lxml.html.HtmlElement | None = load_html(html)
    return tree


def _drop_leading_title(text: str, title: str) -> str:
    """The text without a first line that repeats the page title (the title is in the metadata)."""
    first, _, rest = text.partition("\n")
    first_words = _words(first)
    if first_words == title or (len(first_words.split()) >= 3 and first_words in title):
        return rest
    return text


def _words(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _paragraph(text: str) -> Paragraph:
    clean = " ".join(text.split())
    return Paragraph(clean, _words(clean))


def _flatten_tweets(tree: lxml.html.HtmlElement) -> None:
    """Replace each embedded tweet, with the wrappers that hold only it, by plain paragraphs."""
    for quote in tree.xpath('//blockquote[contains(@class, "twitter-tweet")]'):
        lines = _tweet_lines(quote)
        outer = _outermost_wrapper(quote)
        parent = outer.getparent()
        if not lines or parent is None:
            continue
        replacement = lxml.html.Element("div")
        for line in lines:
            paragraph = lxml.html.Element("p")
            paragraph.text = line
            replacement.append(paragraph)
        replacement.tail = outer.tail
        parent.replace(outer, replacement)


def _tweet_lines(quote: lxml.html.HtmlElement) -> list[str]:
    """The tweet's text, then its attribution ("— name (@handle) date") when there is one."""
    tweet = quote.find("p")
    if tweet is None:
        return []
    said = _paragraph(tweet.text_content()).text
    whole = _paragraph(quote.text_content()).text
    attribution = whole[len(said) :].strip() if whole.startswith(said) else ""
    return [line for line in (said, attribution) if line]


def _outermost_wrapper(quote: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The highest div around the tweet that holds nothing else to read (an embed script at most).

    Only divs of a few children are climbed, so that the check stays cheap on any page.
    """
    words = _words(quote.text_content())
    outer = quote
    parent = outer.getparent()
    while (
        parent is not None
        and parent.tag == "div"
        and len(parent) <= WRAPPER_MAX_CHILDREN
        and _words(parent.text_content()) == words
    ):
        outer, parent = parent, parent.getparent()
    return outer


def _repeated_containers(tree: lxml.html.HtmlElement) -> list[list[Part]]:
    """Groups of two or more containers sharing tag and class, each with its own paragraphs."""
    groups: dict[tuple[str, str], list[Part]] = {}
    for element in tree.iter("div", "section", "article"):
        css_class = element.get("class")
        if not css_class:
            continue
        paragraphs = tuple(
            paragraph
            for paragraph in (_paragraph(p.text_content()) for p in element.findall("p"))
            if paragraph.words
        )
        if paragraphs:
            groups.setdefault((element.tag, css_class), []).append(Part(paragraphs))
    return [parts for parts in groups.values() if len(parts) > 1]


def _restore_split_body(text: str, groups: list[list[Part]]) -> str:
    """Put back the containers of a split body that trafilatura left out, in page order.

    Each left-out container goes after the last line of the container before it in its group;
    the text is rebuilt once, so the work stays linear in its size.
    """
    lines = text.split("\n")
    line_at = {_words(line): index for index, line in enumerate(lines)}
    inserts: dict[int, list[str]] = {}
    for parts in groups:
        for after, part in _left_out_parts(parts, line_at):
            inserts.setdefault(after, []).extend(p.text for p in part.paragraphs)
    if not inserts:
        return text
    rebuilt: list[str] = []
    for index, line in enumerate(lines):
        rebuilt.append(line)
        rebuilt.extend(inserts.get(index, ()))
    return "\n".join(rebuilt)


def _left_out_parts(parts: list[Part], line_at: dict[str, int]) -> list[tuple[int, Part]]:
    """The prose containers of a group that trafilatura left out, each with the line to follow.

    A group counts only when trafilatura chose one of its containers (most of its paragraphs are
    lines of the text); a left-out container has none of its paragraphs there.
    """
    found = [sum(1 for p in part.paragraphs if p.words in line_at) for part in parts]
    left_out: list[tuple[int, Part]] = []
    after: int | None = None
    for part, count in zip(parts, found, strict=True):
        last = line_at.get(part.paragraphs[-1].words)
        if count >= PART_CHOSEN_SHARE * len(part.paragraphs) and last is not None:
            after = last
        elif count == 0 and part.is_prose and after is not None:
            left_out.append((after, part))
    return left_out
