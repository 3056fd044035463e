"""A count told as a series over days in one sentence: each item is dated by the day after it."""

from __future__ import annotations

import pytest

from factline import analyze

PUBLISHED = "2025-10-16"  # a Thursday


def dated_claims(text: str) -> list[tuple[str, str, str | None]]:
    """(text, measure, date) of each claim of `text`, published on `PUBLISHED`."""
    return [(c.text, c.measure, c.date) for c in analyze(text, PUBLISHED).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The injured have been steadier: 23 on Tuesday, 26 on Wednesday and 27 now.",
            [
                ("23", "injured", "2025-10-14"),
                ("26", "injured", "2025-10-15"),
                ("27", "injured", "2025-10-16"),
            ],
        ),
        (
            "The arrests have mounted: 40 on Monday, 65 on Tuesday and 90 this morning.",
            [
                ("40", "arrested", "2025-10-13"),
                ("65", "arrested", "2025-10-14"),
                ("90", "arrested", "2025-10-16"),
            ],
        ),
    ],
)
def test_each_item_of_a_series_is_dated_by_the_day_after_it(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert dated_claims(text) == expected


def test_a_single_dated_figure_keeps_its_own_date() -> None:
    claims = dated_claims("Rescuers said 12 people were killed on Tuesday.")
    assert claims == [("12 people", "killed", "2025-10-14")]
