"""The accurate NER path: names in real news sentences, valid IOB2, casing classes, windows."""

from __future__ import annotations

import pytest

from factline import ner, ner_accurate
from factline.errors import FactlineError
from factline.ner import entity_spans, tokenize

# Sentences of the Kazakhstan seed reports (shared/seed/kazakhstan-2022.txt), with names that
# the tagger must find: (sentence, [(name, type), ...]).
SEED_NAMES = [
    (
        "A Russia-led security bloc said it would send troops to support President "
        "Kassym-Jomart Tokayev, while the Kazakh government resigned.",
        [("Kassym-Jomart Tokayev", "PER")],
    ),
    (
        "Tokayev appealed for intervention from the Collective Security Treaty Organization "
        "CSTO, a Russia-led alliance of countries including Armenia, Belarus, Kyrgyzstan and "
        "Tajikistan.",
        [
            ("Tokayev", "PER"),
            ("Armenia", "LOC"),
            ("Belarus", "LOC"),
            ("Kyrgyzstan", "LOC"),
            ("Tajikistan", "LOC"),
        ],
    ),
    (  # the seed drops the brackets around "CSTO"; with them, the two names are apart
        "Tokayev appealed for intervention from the Collective Security Treaty Organization "
        "(CSTO).",
        [("Collective Security Treaty Organization", "ORG"), ("CSTO", "ORG")],
    ),
    (
        "The bloody crackdown has resulted in around 1,000 deaths in Almaty and dozens of deaths.",
        [("Almaty", "LOC")],
    ),
]


def names(sentence: str) -> set[tuple[str, str]]:
    """(name, type) pairs the accurate tagger finds in a sentence."""
    words = [token.text for token in tokenize(sentence)]
    labels = ner_accurate.tag(words)
    return {(" ".join(words[first:end]), kind) for first, end, kind in entity_spans(labels)}


@pytest.fixture(autouse=True)
def _model_present() -> None:
    if not ner_accurate.resource_path(ner_accurate.HEAD_FILE).exists():
        pytest.skip("the accurate NER model is not built (train/build_ner_accurate.py)")


@pytest.mark.parametrize(("sentence", "expected"), SEED_NAMES)
def test_names_in_seed_sentences_are_found_with_their_type(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert set(expected) <= names(sentence)


def test_one_valid_iob2_label_per_word() -> None:
    words = [token.text for token in tokenize(SEED_NAMES[1][0])]
    labels = ner_accurate.tag(words)
    assert len(labels) == len(words)
    assert labels == ner_accurate.repair_bio(labels)
    assert set(labels) <= {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "LOC", "MISC")}


def test_batches_tag_as_single_sentences_do() -> None:
    sentences = [[token.text for token in tokenize(text)] for text, _ in SEED_NAMES]
    assert ner_accurate.tag_many(sentences) == [ner_accurate.tag(words) for words in sentences]


def test_a_sentence_longer_than_one_window_gets_a_label_per_word() -> None:
    words = "Tokayev met Putin in Moscow .".split() * 40  # 240 words, over MAX_TOKENS subwords
    labels = ner_accurate.tag(words)
    assert len(labels) == len(words)
    assert labels[-6:-4] == ["B-PER", "O"]


def test_empty_sentence_and_odd_characters() -> None:
    assert ner_accurate.tag([]) == []
    assert len(ner_accurate.tag(["\u200b", "Almaty", "\x00"])) == 3


@pytest.mark.parametrize(
    ("word", "headline", "casing"),
    [
        ("Tokayev", False, ner_accurate.TITLE),
        ("protests", False, ner_accurate.LOWER),
        ("CSTO", False, ner_accurate.UPPER),
        ("McDonald", False, ner_accurate.MIXED),
        ("1,000", False, ner_accurate.NUMBER),
        (",", False, ner_accurate.OTHER),
        ("JAPAN", True, ner_accurate.UPPER + ner_accurate.HEADLINE),
    ],
)
def test_casing_classes(word: str, headline: bool, casing: int) -> None:
    assert ner_accurate.casing_class(word, headline) == casing


def test_headlines_are_sentences_without_lowercase() -> None:
    assert ner_accurate.is_headline("SOCCER - JAPAN GET LUCKY WIN".split())
    assert not ner_accurate.is_headline("Japan get lucky win".split())
    assert not ner_accurate.is_headline(["1,000", "."])


@pytest.mark.parametrize(
    ("labels", "repaired"),
    [
        (["O", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
        (["B-ORG", "I-LOC"], ["B-ORG", "B-LOC"]),
        (["B-MISC", "I-MISC", "O"], ["B-MISC", "I-MISC", "O"]),
    ],
)
def test_repair_bio(labels: list[str], repaired: list[str]) -> None:
    assert ner_accurate.repair_bio(labels) == repaired


def test_same_contract_as_the_fast_path() -> None:
    words = [token.text for token in tokenize(SEED_NAMES[0][0])]
    assert len(ner_accurate.tag(words)) == len(ner.tag(words))


def test_a_missing_model_file_is_a_clear_error() -> None:
    with pytest.raises(FactlineError, match="build it with"):
        ner_accurate._require("absent.onnx")
