"""The statistical NER: CoNLL-style tokens, IOB spans, and names in news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, shared_path
from factline import ner
from factline.crf_model import read_model
from factline.errors import FactlineError
from factline.ner import entity_spans, find_names, tokenize, word_shape
from factline.record import Sentence
from factline.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "President Kassym-Jomart Tokayev's U.S. trip",
            ["President", "Kassym-Jomart", "Tokayev", "'s", "U.S.", "trip"],
        ),
        (
            "around 1,000 deaths on 1996-08-22, a 2-1 win",
            ["around", "1,000", "deaths", "on", "1996-08-22", ",", "a", "2-1", "win"],
        ),
        ('O\'Brien said: "No."', ["O'Brien", "said", ":", '"', "No", ".", '"']),
        ("a Russia-led bloc in the 1990s", ["a", "Russia-led", "bloc", "in", "the", "1990s"]),
    ],
)
def test_tokens_are_cut_as_conll_cuts_them(text: str, tokens: list[str]) -> None:
    found = tokenize(text)
    assert [token.text for token in found] == tokens
    assert all(text[token.start : token.end] == token.text for token in found)


@pytest.mark.parametrize(
    ("labels", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["I-MISC", "I-ORG", "O"], [(0, 1, "MISC"), (1, 2, "ORG")]),  # IOB1 leftovers
        (["B-ORG", "B-ORG", "I-ORG"], [(0, 1, "ORG"), (1, 3, "ORG")]),
        (["O", "O"], []),
    ],
)
def test_entity_spans_follow_conlleval(labels: list[str], spans: list[tuple]) -> None:
    assert entity_spans(labels) == spans


@pytest.mark.parametrize(
    ("word", "shape"), [("Tokayev", "Xx"), ("CSTO", "X"), ("1,000", "d,d"), ("U.S.", "X.X.")]
)
def test_word_shape(word: str, shape: str) -> None:
    assert word_shape(word) == shape


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Almaty police spokeswoman Saltanat Azirbek said dozens of attackers were arrested.",
            ("Saltanat Azirbek", "PER"),
        ),
        ("The European Commission said on Thursday it disagreed.", ("European Commission", "ORG")),
        ("Fighting broke out in Mogadishu on Sunday.", ("Mogadishu", "LOC")),
    ],
)
def test_model_finds_names(text: str, expected: tuple[str, str]) -> None:
    names = find_names(text, [Sentence(0, len(text))])
    assert expected in [(name.text, name.type) for name in names]
    assert all(text[name.start : name.end] == name.text for name in names)


def test_hostile_line_tokenizes() -> None:
    text = "a-" * 300_000 + "1," * 300_000 + "'" * 100_000
    tokens = tokenize(text)
    assert tokens[0].text.startswith("a-a")
    assert all(text[token.start : token.end] == token.text for token in tokens[:50])


def test_accurate_path_reads_the_whole_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from factline import ner, ner_accurate

    words = "Jen Psaki , the White House press secretary , spoke in Washington .".split()
    monkeypatch.setenv(ner.PATH_VARIABLE, "accurate")
    labels = ner.tag_around(words, [0])
    assert labels == ner_accurate.tag(words)
    assert labels[11] == "B-LOC"  # Washington, far from position 0
    monkeypatch.setenv(ner.PATH_VARIABLE, "fast")
    assert ner.tag_around(words, [0])[11] == "O"  # the fast path reads only near position 0


def test_unknown_path_is_a_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from factline import ner
    from factline.errors import BadInputError

    monkeypatch.setenv(ner.PATH_VARIABLE, "fastest")
    with pytest.raises(BadInputError, match="FACTLINE_NER"):
        ner.chosen_path()


def _crfsuite_labels(sentences: list[list[str]]) -> list[list[str]]:
    """What CRFsuite itself decodes: the reference that the fast tagger must reproduce."""
    tagger, featurizer = ner._tagger(), ner._featurizer()
    return [list(tagger.tag(featurizer.sentence(words))) for words in sentences]


def _example_sentences() -> list[list[str]]:
    sentences = []
    for path in sorted((REPO / "examples" / "kazakhstan").iterdir()):
        text = path.read_text(encoding="utf-8")
        for sentence in split_sentences(text):
            words = [token.text for token in tokenize(text, sentence.start, sentence.end)]
            if words:
                sentences.append(words)
    return sentences


def test_fast_tagger_decodes_as_crfsuite_on_the_example_reports() -> None:
    sentences = _example_sentences()
    assert len(sentences) > 50
    assert ner.tag_many(sentences) == _crfsuite_labels(sentences)
    assert [ner.tag(words) for words in sentences[:20]] == _crfsuite_labels(sentences[:20])


def test_fast_tagger_decodes_as_crfsuite_on_conll_development_sentences() -> None:
    path = shared_path("data", "conll2003", "dev.txt")
    sentences = [words for words, _ in ner.read_conll(path)]
    assert ner.tag_many(sentences) == _crfsuite_labels(sentences)


def test_a_sentence_longer_than_a_batch_is_decoded_alone_and_whole() -> None:
    words = ["Police", "in", "Almaty", "said", ";"] * (ner.FastTagger.BATCH_WORDS // 4)
    sentences = [["Tokayev", "spoke"], words, []]
    labels = ner.tag_many(sentences)
    assert labels == [*_crfsuite_labels(sentences[:2]), []]
    assert labels[1][2] == "B-LOC"


def test_a_file_that_is_no_crfsuite_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.crfsuite"
    path.write_bytes(b"not a model at all" * 10)
    with pytest.raises(FactlineError, match="not a CRFsuite"):
        read_model(path)
