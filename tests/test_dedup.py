"""Near-duplicate reports: the same wire copy under another headline is one report."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, shared_path
from factline.dedup import (
    NEAR_DUPLICATE_JACCARD,
    DuplicateIndex,
    Fingerprint,
    duplicate_groups,
    fingerprint,
    shingles,
)
from factline.read import read_text

TOLL = (
    "At least 164 people have been killed in the unrest in Kazakhstan, including 103 in Almaty, "
    "the health ministry said on Sunday, according to the state television channel Khabar 24. "
    "Police had detained 5,135 people by Sunday in connection with the violence, officials said."
)


@pytest.mark.parametrize(
    ("first", "second", "duplicate"),
    [
        # syndicated copy with a trailing wire-service line
        (TOLL, TOLL + " This story was carried from a wire service and has not been edited.", True),
        # re-typeset copy: other punctuation and case
        (TOLL, TOLL.upper().replace(",", " ,"), True),
        # a one-word spelling change in a short timeline entry (crisis-syria/bbc vs tl17-syria/tl1)
        (
            "Manaf Tlass , a general from a Sunni family close to the Assads , fled Syria , in the "
            "highest-level desertion of the regime so far .",
            "Manaf Tlas , a general from a Sunni family close to the Assads , fled Syria , in the "
            "highest-level desertion of the regime so far .",
            True,
        ),
        # the same story, a different report: the next toll
        (
            TOLL,
            "Kazakhstan's prosecutor general's office said on Saturday that 225 people had died in "
            "the unrest, well above the previous official count of 164. About 10,000 people have "
            "been detained since the protests began, according to the interior ministry.",
            False,
        ),
        # two reports of the same day from different outlets
        (
            "Thirteen members of Kazakhstan's security forces have been killed in the unrest, "
            "state television said on Friday.",
            "The interior ministry said 26 armed criminals had been killed in Almaty and that 18 "
            "members of the security forces had died.",
            False,
        ),
    ],
)
def test_near_duplicates_are_found_and_other_reports_are_not(
    first: str, second: str, duplicate: bool
) -> None:
    similarity = fingerprint(first).similarity(fingerprint(second))
    assert (similarity >= NEAR_DUPLICATE_JACCARD) is duplicate


def test_the_demo_wire_copy_is_a_near_duplicate_of_its_source() -> None:
    folder = EXAMPLES / "kazakhstan"
    if not folder.exists():
        pytest.skip("examples/kazakhstan is absent")
    original = read_text((folder / "06-2022-01-09-toll-164-massimov.txt").read_text())
    copy = read_text((folder / "07-2022-01-09-toll-164-wire-copy.txt").read_text())
    assert original.title != copy.title and original.source != copy.source
    assert fingerprint(original.text).similarity(fingerprint(copy.text)) >= NEAR_DUPLICATE_JACCARD


def test_labelled_duplicate_timelines_pair_up_entry_by_entry() -> None:
    folder = shared_path("data", "crisis-timelines-2011")
    bbc = (folder / "crisis-syria" / "bbc.txt").read_text(encoding="utf-8", errors="replace")
    tl1 = (folder / "tl17-syria" / "tl1.txt").read_text(encoding="utf-8", errors="replace")
    entries = [*_entries(bbc), *_entries(tl1)]
    originals = duplicate_groups(entries)
    half = len(entries) // 2
    assert originals[half:] == list(range(half))


def _entries(timeline: str) -> list[str]:
    return [entry.strip() for entry in timeline.split("-" * 32) if entry.strip()]


def test_fingerprints_survive_the_store_round_trip() -> None:
    print_ = fingerprint(TOLL)
    again = Fingerprint.from_hex(print_.to_hex())
    assert again.similarity(print_) == 1.0
    assert again.buckets == print_.buckets


def test_index_returns_the_most_similar_stored_report() -> None:
    index = DuplicateIndex()
    index.add("toll", fingerprint(TOLL))
    index.add("other", fingerprint("Troops landed at Almaty airport on Thursday morning."))
    match = index.near_duplicate(fingerprint(TOLL + " Reuters contributed."))
    assert match is not None and match[0] == "toll"
    assert index.near_duplicate(fingerprint("Gas prices doubled in Zhanaozen.")) is None


@pytest.mark.parametrize("text", ["", "   ", "word", "!!! ???"])
def test_short_and_empty_texts_still_get_a_fingerprint(text: str) -> None:
    assert len(fingerprint(text).signature) == 128


def test_a_one_megabyte_line_is_fingerprinted() -> None:
    hostile = "a" * 1_000_000 + " b c d e"
    assert len(shingles(hostile)) == 3
    assert fingerprint(hostile).similarity(fingerprint(hostile)) == 1.0
