"""Hostile text: whatever arrives, `analyze` finishes, and every span it reports is true."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factline
from factline.record import Actor, Analysis, Claim, Place, Time, json_schema, to_json

SCHEMA = json_schema()

# News-like fragments mixed with the characters that break parsers: control characters, NUL,
# right-to-left marks, combining accents, emoji, lone surrogates' neighbours, odd spaces.
FRAGMENTS = st.sampled_from(
    [
        "On January 5, ",
        "the following day",
        "Jan. 5",
        "dozens of protesters",
        "12 police officers were killed",
        "at least 164 people",
        "in Almaty, Kazakhstan",
        "President Kassym-Jomart Tokayev said",
        "according to the health ministry",
        "1/1/1/1/",
        "2022-2022-2022-",
        "1,000,000,000,",
        "U.S. ",
        ". ",
        "\n\n",
        "\x00",
        "\u200f",
        "\u202e",
        "\u0301\u0301\u0301",
        "🔥🚓",
        "\ufeff",
        "\u2028",
        '"“”',
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(FRAGMENTS, max_size=40).map("".join),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=60).map("".join),
)


def check_record(analysis: Analysis) -> None:
    text = analysis.text
    for sentence in analysis.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
    spanned: list[Time | Place | Actor | Claim] = [
        *analysis.times,
        *analysis.places,
        *analysis.actors,
        *analysis.claims,
    ]
    for item in spanned:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text
    for event in analysis.events:
        trigger = event.trigger
        assert text[trigger.start : trigger.end] == trigger.text
        assert 0 <= event.sentence < len(analysis.sentences)
    for claim in analysis.claims:
        assert 0 <= claim.sentence < len(analysis.sentences)
    jsonschema.validate(json.loads(to_json(analysis)), SCHEMA)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates().map(str)))
def test_any_text_gives_a_valid_record_with_true_spans(text: str, published: str | None) -> None:
    check_record(factline.analyze(text, published))


def test_one_megabyte_line_without_a_sentence_break() -> None:
    line = "protesters and police officers clashed near 1,000 buildings in Almaty " * 15_000
    check_record(factline.analyze(line[:1_000_000], "2022-01-07"))


def test_digit_soup() -> None:
    for soup in ("1/1/" * 50_000, "2022-" * 40_000, "1,0" * 60_000, "12 " * 60_000):
        check_record(factline.analyze(soup, "2022-01-07"))


@pytest.mark.parametrize(
    "text",
    [
        '0"KILLED',  # a quote between a figure's words stays in its span's text
        'Witnesses said "more than thirty" prisoners died.',
        "3²  killed",  # a superscript is a digit to `str.isdigit`, but no number
        "²0 people were killed",
    ],
)
def test_texts_hypothesis_once_broke(text: str) -> None:
    check_record(factline.analyze(text, None))
