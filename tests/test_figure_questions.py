"""The figures stage on the counts a question or heading asks for, and on price changes."""

from __future__ import annotations

import pytest

from factline.figures import find_claims
from factline.record import Analysis, Document
from factline.segment import split_sentences


def claims_of(text: str) -> list[tuple[str, str, float | None, float | None]]:
    """(measure, subject, low, high) of each claim the figures stage finds in `text` alone."""
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    return [(c.measure, c.subject, c.low, c.high) for c in find_claims(analysis)]


@pytest.mark.parametrize(
    ("asked", "measure"),
    [
        ("The dead.", "killed"),
        ("- Arrests.", "arrested"),
        ("First, the missing.", "missing"),
        ("MARTA: And the wounded?", "injured"),
        ("Q: Are people still missing?", "missing"),
        ("ANCHOR: The police have arrested someone?", "arrested"),
    ],
)
def test_a_heading_or_question_of_no_number_sets_the_count_its_answer_gives(
    asked: str, measure: str
) -> None:
    assert claims_of(f"{asked}\nA: Nine.") == [(measure, "people", 9, 9)]


def test_a_labelled_how_many_question_sets_the_count_its_answer_gives() -> None:
    text = "REPORTER (Radio Sur): How many firefighters are on site?\nGOMEZ: Eighty."
    assert claims_of(text) == [("deployed", "workers", 80, 80)]


@pytest.mark.parametrize(
    "asked", ["Q: Where are the families now?", "That is not true.", "Thank you."]
)
def test_a_question_or_line_naming_no_count_gives_its_answer_none(asked: str) -> None:
    assert claims_of(f"{asked}\nA: Nine.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders say the price of a bag of cassava flour has fallen by half since Friday.",
            ("cassava flour price", 0.5),
        ),
        (
            "The price of a 50 kg sack of cement in the town has tripled, builders said.",
            ("cement price", 3),
        ),
        ("The price of candles in the old quarter has reportedly doubled.", ("candle price", 2)),
        (
            "Traders said the price of the island's most popular rice had doubled.",
            ("rice price", 2),
        ),
        (
            "Minibus fares to the airport have gone up by half this week.",
            ("minibus fare price", 1.5),
        ),
        ("A 10-litre jerrycan of kerosene now costs twice what it did.", ("kerosene price", 2)),
        ("Shopkeepers said the price of rice has risen by 40 percent.", ("rice price", 1.4)),
    ],
)
def test_a_price_change_names_its_good_and_factor(text: str, expected: tuple[str, float]) -> None:
    good, factor = expected
    assert claims_of(text) == [("price", good, factor, factor)]


def test_a_price_change_in_another_clause_is_not_the_prices() -> None:
    text = "Prices stayed where they were, and the number of stalls doubled."
    assert [claim for claim in claims_of(text) if claim[0] == "price"] == []
