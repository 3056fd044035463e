"""Article text and metadata from HTML: trafilatura plus the repairs for tweets and split bodies."""

from __future__ import annotations

import pytest

from factline.html import extract_article, extract_metadata, extract_page

PROSE = [
    "Protesters gathered in the central square of Zhanaozen on Sunday after the price of "
    "liquefied gas doubled overnight, and by evening the crowd had grown to several thousand.",
    "Local officials said they would meet a delegation of oil workers on Monday, but the "
    "demonstrators refused to leave the square until the old price was restored in full.",
    "By Tuesday the protests had spread to Aktau, the regional centre on the Caspian coast, "
    "where police used loudspeakers to urge people to go home before the curfew began.",
    "In Almaty, the largest city, crowds marched toward the mayor's office late on Wednesday "
    "and witnesses described repeated bursts of gunfire near the main square after dark.",
]


def page(body: str) -> str:
    return (
        "<html><head><title>Fuel protests spread across Kazakhstan</title>"
        '<meta property="og:site_name" content="Steppe Wire">'
        '<meta property="article:published_time" content="2022-01-05T08:00:00Z">'
        '<link rel="canonical" href="https://example.invalid/kz/protests"></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>{body}"
        "<footer>Copyright Steppe Wire. All rights reserved.</footer></body></html>"
    )


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


SPLIT_BODY = page(
    '<article><div class="body article__body">'
    + paragraphs(PROSE[:2])
    + '</div><div class="ad ad--mid"><span>Advertisement</span></div>'
    '<div class="body article__body">' + paragraphs(PROSE[2:]) + "</div></article>"
)

TWEET = page(
    "<article><div class='story'>"
    + paragraphs(PROSE[:2])
    + '<div class="social-media-embed"><blockquote class="twitter-tweet">'
    "<p>Internet access is cut across the whole country this evening</p>&#8212; NetBlocks "
    '(@netblocks) <a href="https://twitter.com/x">January 5, 2022</a></blockquote></div>'
    + paragraphs(PROSE[2:])
    + "</div></article>"
)


@pytest.mark.parametrize(
    ("html", "expected_lines"),
    [
        (page("<article>" + paragraphs(PROSE) + "</article>"), PROSE),
        (SPLIT_BODY, PROSE),
        (
            page(
                "<article><h1>Fuel protests spread across Kazakhstan</h1>"
                + paragraphs(PROSE)
                + "</article>"
            ),
            PROSE,
        ),
        (
            TWEET,
            [
                *PROSE[:2],
                "Internet access is cut across the whole country this evening",
                "— NetBlocks (@netblocks) January 5, 2022",
                *PROSE[2:],
            ],
        ),
    ],
    ids=["plain", "split-body", "headline", "tweet"],
)
def test_article_keeps_every_paragraph_in_order(html: str, expected_lines: list[str]) -> None:
    lines = extract_article(html).split("\n")
    kept = [line for line in lines if line in expected_lines]
    assert kept == expected_lines
    assert "Copyright Steppe Wire. All rights reserved." not in lines
    assert "Fuel protests spread across Kazakhstan" not in lines


@pytest.mark.parametrize("html", ["", "   ", "<html></html>"])
def test_no_article_is_empty_text(html: str) -> None:
    assert extract_article(html) == ""


def test_metadata_reads_title_date_site_and_url() -> None:
    found = extract_metadata(page(paragraphs(PROSE)))
    assert found == {
        "title": "Fuel protests spread across Kazakhstan",
        "date": "2022-01-05",
        "sitename": "Steppe Wire",
        "url": "https://example.invalid/kz/protests",
    }


def test_metadata_of_empty_page_is_all_none() -> None:
    assert extract_metadata("") == {"title": None, "date": None, "sitename": None, "url": None}


def test_page_gives_text_and_metadata_from_one_parse() -> None:
    html = page("<article>" + paragraphs(PROSE) + "</article>")
    text, metadata = extract_page(html)
    assert text.split("\n") == PROSE
    assert metadata == extract_metadata(html)
    assert metadata["title"] == "Fuel protests spread across Kazakhstan"
