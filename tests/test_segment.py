from __future__ import annotations

import pytest

from factline.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A state of emergency was declared Jan. 5 in Almaty. Troops arrived.",
            ["A state of emergency was declared Jan. 5 in Almaty.", "Troops arrived."],
        ),
        (
            "Mr. Tokayev spoke. U.S. officials said 1,000 people marched.",
            ["Mr. Tokayev spoke.", "U.S. officials said 1,000 people marched."],
        ),
        (
            'He said: "We will not leave." Police fired tear gas.',
            ['He said: "We will not leave."', "Police fired tear gas."],
        ),
        (
            "Prices rose 3.5 percent. Why? Nobody knows!",
            ["Prices rose 3.5 percent.", "Why?", "Nobody knows!"],
        ),
        ("J. Psaki spoke on Jan. 5. She left.", ["J. Psaki spoke on Jan. 5.", "She left."]),
        (
            "Kazakhstan unrest\nProtests spread on Sunday.",
            ["Kazakhstan unrest", "Protests spread on Sunday."],
        ),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_seed_sentences_are_whole(seed_text: str) -> None:
    found = sentences(seed_text)
    assert "The protests escalated to violent clashes between the police and demonstrators." in (
        found
    )
    assert any(s.startswith("A state of emergency was declared Jan. 5 after") for s in found)
    assert "How has the state responded?" in found
    assert all(s == s.strip() and s for s in found)


def test_overlong_stretches_are_cut_at_spaces_into_bounded_sentences() -> None:
    text = "protesters marched " * 2_000
    found = split_sentences(text)
    assert len(found) > 30
    assert all(s.end - s.start <= 1_000 for s in found)
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in found)
    assert "".join(text[s.start : s.end] for s in found).replace(" ", "") == text.replace(" ", "")


def test_overlong_stretch_without_spaces_is_cut_at_the_limit() -> None:
    found = split_sentences("x" * 2_500)
    assert [s.end - s.start for s in found] == [1_000, 1_000, 500]
