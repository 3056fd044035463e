"""The lexicons of the figures stage: wordings of a measure or a counted subject that the figure
finder reads only through `resources/figures/measures.json` and `subjects.json`."""

from __future__ import annotations

import pytest

from factline.figure_lexicon import default_measure, noun_measures, subject_within, subjects
from factline.figures import find_claims
from factline.record import Analysis, Document
from factline.segment import split_sentences


def claims_of(text: str) -> list[tuple[str, str, float | None, float | None]]:
    """(measure, subject, low, high) of each claim the figures stage finds in `text` alone."""
    analysis = Analysis(document=Document(text=text), sentences=split_sentences(text))
    return [(c.measure, c.subject, c.low, c.high) for c in find_claims(analysis)]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # the dead, told without "killed" or "died"
        (
            "The village buried its martyrs on Sunday: 14 martyrs, the imam said.",
            ("killed", "people", 14, 14),
        ),
        ("Nine passengers on the last bus did not come home.", ("killed", "people", 9, 9)),
        (
            "At least six residents did not get out of the burning block.",
            ("killed", "civilians", 6, None),
        ),
        ("Three fishermen were swept away when the bank gave way.", ("killed", "people", 3, 3)),
        (
            "A teacher said she had attended the burials of 17 people from the valley.",
            ("killed", "people", 17, 17),
        ),
        ("At least 38 migrants drown off the coast.", ("killed", "migrants", 38, None)),
        ("Sixteen of our colleagues did not come home.", ("killed", "workers", 16, 16)),
        # the injured, counted by a hospital
        ("Thirty guests remain in the hospital.", ("injured", "people", 30, 30)),
        ("The minister admitted 12 people had died.", ("killed", "people", 12, 12)),
        ("The district hospital reported 52 admissions on Friday.", ("injured", "people", 52, 52)),
        (
            "Officials recorded 210 cases of poisoning in the two towns.",
            ("injured", "people", 210, 210),
        ),
        ("Forty guests fell sick after the wedding meal.", ("injured", "people", 40, 40)),
        (
            "The clinic has received more than 80 people with vomiting since Saturday.",
            ("injured", "people", 80, None),
        ),
        ("The hospital received 11 people with serious burns.", ("injured", "people", 11, 11)),
        ("Two Filipino nationals are among the injured.", ("injured", "foreigners", 2, 2)),
        (
            "Eighteen agents of the national police were hurt in the clashes.",
            ("injured", "police officers", 18, 18),
        ),
        ("Five protesters were hit by bullets.", ("injured", "protesters", 5, 5)),
        # the missing
        (
            "Twelve villagers have not been heard from since the storm.",
            ("missing", "civilians", 12, 12),
        ),
        ("Five ferry passengers have not been seen since Tuesday.", ("missing", "people", 5, 5)),
        # those sent to help or to keep order
        (
            "About 300 police officers lined the route of the march.",
            ("deployed", "police officers", 270, 330),
        ),
        (
            "Around 45 firefighters were on the scene within the hour.",
            ("deployed", "workers", 40, 50),
        ),
        (
            "More than 60 volunteers have joined the search for the missing climbers.",
            ("deployed", "people", 60, None),
        ),
        ("Twenty divers were deployed to the lake.", ("deployed", "people", 20, 20)),
        (
            "About 40 soldiers taking part in the search were flown in.",
            ("deployed", "soldiers", 36, 44),
        ),
        # the displaced, and those who gathered
        (
            "Some 1,200 relocated residents are still waiting for news.",
            ("displaced", "civilians", 1080, 1320),
        ),
        (
            "About 90 people were still sleeping in the pavilion on Monday.",
            ("displaced", "people", 81, 99),
        ),
        (
            "About 400 relatives held a vigil outside the morgue.",
            ("participants", "people", 360, 440),
        ),
    ],
)
def test_wordings_of_a_measure(
    sentence: str, claim: tuple[str, str, float | None, float | None]
) -> None:
    assert claims_of(sentence) == [claim]


def test_nouns_that_are_a_measure() -> None:
    nouns = noun_measures()
    assert nouns.get(("martyrs",)) == "killed"
    assert nouns.get(("admissions",)) == "injured"
    assert nouns.get(("relocated",)) == "displaced"


def test_new_subject_words_keep_the_subset_tree() -> None:
    words = subjects()
    assert words.get(("nationals",)) == "foreigners"
    assert words.get(("agents",)) == "police officers"
    assert words.get(("divers",)) == "people"
    assert subject_within("police officers", "people")


def test_police_officers_with_no_verb_are_deployed() -> None:
    assert default_measure("police officers") == "deployed"
    assert default_measure("families") is None
