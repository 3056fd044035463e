"""The news-like snippets written for the event classifier (train/data/case-written/): well
formed, and sharing no wording with the CASE test split they must never leak into."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from conftest import REPO, shared_path

SNIPPETS = REPO / "train" / "data" / "case-written" / "snippets.jsonl"
LABELS = REPO / "src" / "factline" / "resources" / "events" / "case_labels.tsv"
# Stock phrases ("in the early hours of Monday") may recur; a run of this many shared five-word
# sequences is copied wording.
MOST_SHARED_SEQUENCES = 4


def _snippets() -> list[dict[str, str]]:
    lines = SNIPPETS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _sequences(text: str, length: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[n : n + length]) for n in range(len(words) - length + 1)}


def test_every_snippet_has_a_case_label_and_its_own_text() -> None:
    rows = [line.split("\t") for line in LABELS.read_text(encoding="utf-8").splitlines()]
    labels = {row[0] for row in rows[2:] if len(row) == 2}
    snippets = _snippets()
    assert len(labels) == 30
    assert {tuple(sorted(row)) for row in snippets} == {("label", "text")}
    assert {row["label"] for row in snippets} == labels  # every type, and no other
    assert max(Counter(row["text"] for row in snippets).values()) == 1
    assert all(8 <= len(row["text"].split()) <= 100 for row in snippets)


def test_no_snippet_shares_wording_with_the_case_test_split() -> None:
    shared_path("data", "events", "case2021-task2")
    sys.path.insert(0, str(REPO / "train"))
    import events_data

    _, test = events_data.case_split()
    test_sequences = [_sequences(snippet.text) for snippet in test]
    for row in _snippets():
        own = _sequences(row["text"])
        most = max(len(own & sequences) for sequences in test_sequences)
        assert most <= MOST_SHARED_SEQUENCES, row["text"]
