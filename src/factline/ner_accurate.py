"""Accurate named-entity recognition: a MiniLM encoder and a small tagging head, run through
ONNX Runtime, mixed with the fast CRF.

The same contract as `factline.ner.tag` (one IOB2 label, PER/ORG/LOC/MISC, per word), slower
and more accurate than the CRF alone. The network is the 6-layer all-MiniLM-L6-v2 encoder
(frozen, int8) and a head trained on CoNLL-2003 over its features by
`train/build_ner_accurate.py`; see `resources/ner_accurate/README.md` for scores and speed.
The head reads features from the whole sentence; the CRF reads word forms, affixes and word
clusters: the two are mixed per word (`CRF_WEIGHT`) and decoded to valid IOB2 (`viterbi`).

MiniLM's vocabulary is uncased, and case is the strongest clue to a name in English news, so
the head also reads the casing class of each subword's word (`casing_class`). A word's label is
read at its first subword. Only onnxruntime, tokenizers and the CRF run here; torch is needed
only to build the model.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from factline import ner
from factline.errors import FactlineError

ENCODER_FILE = "encoder.onnx"
HEAD_FILE = "head.onnx"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "config.json"
MAX_TOKENS = 128  # subwords per window, [CLS] and [SEP] included; longer sentences are cut
BATCH_SIZE = 32

# Casing classes of a word; a headline (no lowercase letter in the sentence) shifts them by
# HEADLINE, because "JAPAN" in "SOCCER - JAPAN GET LUCKY WIN" says nothing that "Japan" would not.
PAD_CASING = 0
LOWER, TITLE, UPPER, MIXED, NUMBER, OTHER = 1, 2, 3, 4, 5, 6
HEADLINE = 6
CASING_CLASSES = 1 + 2 * HEADLINE


class Window(NamedTuple):
    """A run of words as the network reads it: subword ids, casing ids, and where each word's
    first subword sits (the word's label is read there)."""

    ids: list[int]
    casings: list[int]
    firsts: list[int]


def tag(words: Sequence[str]) -> list[str]:
    """The IOB2 labels the model gives a sentence of words."""
    return tag_many([words])[0]


def tag_many(sentences: Sequence[Sequence[str]], with_crf: bool = True) -> list[list[str]]:
    """IOB2 labels for many sentences, run through the network in batches.

    With `with_crf`, each word's label probabilities are mixed with the fast CRF's marginals
    (a geometric mean weighted by `CRF_WEIGHT`): the CRF knows word forms, affixes and
    clusters, the network knows context, and they err on different names.
    """
    labels = _labels()
    decoded: list[list[str]] = []
    for words, scores in zip(sentences, word_probabilities(sentences), strict=True):
        if not words:
            decoded.append([])
            continue
        log_scores = np.log(scores + 1e-9)
        if with_crf:
            crf = np.log(crf_probabilities(words, labels) + 1e-9)
            log_scores = (1 - CRF_WEIGHT) * log_scores + CRF_WEIGHT * crf
        decoded.append([labels[k] for k in viterbi(log_scores, labels)])
    return decoded


def word_probabilities(sentences: Sequence[Sequence[str]]) -> list[Any]:
    """Each sentence's [words, labels] probabilities from the network, read at each word's
    first subword; windows of similar length are batched together (less padding)."""
    jobs = [
        (n, start, window)
        for n, words in enumerate(sentences)
        for start, window in windows(words, is_headline(words))
    ]
    jobs.sort(key=lambda job: len(job[2].ids))
    size = len(_labels())
    scores = [np.zeros((len(words), size), dtype=np.float32) for words in sentences]
    for first in range(0, len(jobs), BATCH_SIZE):
        batch = jobs[first : first + BATCH_SIZE]
        logits = _run([window for _, _, window in batch])
        for row, (n, start, window) in zip(logits, batch, strict=True):
            picked = row[window.firsts]
            picked = np.exp(picked - picked.max(axis=-1, keepdims=True))
            scores[n][start : start + len(picked)] = picked / picked.sum(axis=-1, keepdims=True)
    return scores


def crf_probabilities(words: Sequence[str], labels: Sequence[str]) -> Any:
    """The fast CRF's marginal probability of each label at each word [words, labels]."""
    return np.array(ner.marginals(words, labels))


def viterbi(log_scores: Any, labels: Sequence[str]) -> list[int]:
    """The best label sequence under per-word scores that is valid IOB2 (`I-X` only after
    `B-X` or `I-X`), so that a name is never cut by a label the model was unsure of."""
    allowed = np.array(
        [[_may_follow(after, before) for after in labels] for before in ["O", *labels]]
    )
    penalty = np.where(allowed, 0.0, -1e9)
    best = log_scores[0] + penalty[0]
    back = []
    for scores in log_scores[1:]:
        candidates = best[:, None] + penalty[1:]
        back.append(candidates.argmax(axis=0))
        best = candidates.max(axis=0) + scores
    path = [int(best.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


def _may_follow(label: str, previous: str) -> bool:
    return not label.startswith("I-") or previous[2:] == label[2:]


def is_headline(words: Sequence[str]) -> bool:
    """Whether a sentence is written all in capitals (no lowercase letter, at least one letter)."""
    letters = [c for word in words for c in word if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def casing_class(word: str, headline: bool = False) -> int:
    """The casing class of a word: lower, Title, UPPER, miXed, a number, or other marks."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        casing = NUMBER if any(c.isdigit() for c in word) else OTHER
    elif all(c.islower() for c in letters):
        casing = LOWER
    elif all(c.isupper() for c in letters):
        casing = UPPER if len(letters) > 1 else TITLE
    elif letters[0].isupper() and all(c.islower() for c in letters[1:]):
        casing = TITLE
    else:
        casing = MIXED
    return casing + HEADLINE if headline else casing


def windows(words: Sequence[str], headline: bool) -> Iterator[tuple[int, Window]]:
    """(first word, window) pieces of a sentence, each at most `MAX_TOKENS` subwords long."""
    pieces = subwords(words)
    start = 0
    while start < len(words):
        ids, casings, firsts = [CLS_ID], [PAD_CASING], []
        end = start
        while end < len(words) and (end == start or len(ids) + len(pieces[end]) < MAX_TOKENS):
            piece = pieces[end][: MAX_TOKENS - 2]
            firsts.append(len(ids))
            ids.extend(piece)
            casings.extend([casing_class(words[end], headline)] * len(piece))
            end += 1
        ids.append(SEP_ID)
        casings.append(PAD_CASING)
        yield start, Window(ids, casings, firsts)
        start = end


def subwords(words: Sequence[str]) -> list[list[int]]:
    """Each word's subword ids; `[UNK]` for a word the tokenizer drops (a control character)."""
    encoding = _tokenizer().encode(list(words), is_pretokenized=True, add_special_tokens=False)
    pieces: list[list[int]] = [[] for _ in words]
    for token_id, word in zip(encoding.ids, encoding.word_ids, strict=True):
        if word is not None:
            pieces[word].append(token_id)
    return [piece or [UNKNOWN_ID] for piece in pieces]


def repair_bio(labels: Sequence[str]) -> list[str]:
    """Valid IOB2: an `I-X` that does not continue an `X` becomes `B-X` (it starts a name)."""
    repaired: list[str] = []
    for label in labels:
        if label.startswith("I-"):
            previous = repaired[-1] if repaired else "O"
            if previous[2:] != label[2:]:
                label = "B-" + label[2:]
        repaired.append(label)
    return repaired


CRF_WEIGHT = 0.3  # chosen on dev (0.3-0.7 within 0.3 point) with a CRF trained on train only
CLS_ID, SEP_ID, UNKNOWN_ID = 101, 102, 100  # in MiniLM's (BERT's) uncased vocabulary


def _run(batch: Sequence[Window]) -> Any:
    """Logits [batch, subwords, labels] of windows padded to the longest."""
    casings = _padded([window.casings for window in batch])
    mask = _padded([[1] * len(window.ids) for window in batch])
    features = encode(batch, _session(ENCODER_FILE))
    feeds = {"features": features, "attention_mask": mask, "casing_ids": casings}
    return _session(HEAD_FILE).run(["logits"], feeds)[0]


def encode(batch: Sequence[Window], encoder: Any) -> Any:
    """The encoder's features [batch, subwords, size] of windows padded to the longest (the
    model builder calls this too, so that training sees what tagging will)."""
    ids = _padded([window.ids for window in batch])
    mask = _padded([[1] * len(window.ids) for window in batch])
    return encoder.run(["features"], {"input_ids": ids, "attention_mask": mask})[0]


def encoder_features(texts: Sequence[str]) -> list[Any]:
    """The encoder's features [subwords, size] of each raw text, [CLS] and [SEP] included and
    cut at `MAX_TOKENS` subwords, run in batches of similar length (the int8 graph scales its
    activations per batch, so a text's features move slightly with its batch-mates). The event
    classifier (`events_transformer`) reads its sentence vectors here: one encoder ships."""
    tokenizer = _tokenizer()
    rows = []
    for text in texts:
        ids = tokenizer.encode(text).ids
        rows.append(ids if len(ids) <= MAX_TOKENS else [*ids[: MAX_TOKENS - 1], SEP_ID])
    order = sorted(range(len(rows)), key=lambda n: len(rows[n]))
    found: list[Any] = [None] * len(rows)
    for first in range(0, len(order), BATCH_SIZE):
        batch = order[first : first + BATCH_SIZE]
        features = encode([Window(rows[n], [], []) for n in batch], _session(ENCODER_FILE))
        for row, n in zip(features, batch, strict=True):
            found[n] = row[: len(rows[n])]
    return found


def _padded(rows: Sequence[Sequence[int]]) -> Any:
    matrix = np.zeros((len(rows), max(len(row) for row in rows)), dtype=np.int64)
    for n, row in enumerate(rows):
        matrix[n, : len(row)] = row
    return matrix


# --- resources ----------------------------------------------------------------------------------


def resource_path(name: str) -> Path:
    """A file of `factline/resources/ner_accurate/`."""
    return Path(str(resources.files("factline").joinpath("resources", "ner_accurate", name)))


def _require(name: str) -> Path:
    path = resource_path(name)
    if not path.exists():
        raise FactlineError(
            f"the accurate NER model is missing ({path}): build it with "
            "`python train/build_ner_accurate.py` (part of `make models`)"
        )
    return path


@cache
def _session(name: str) -> Any:
    """One ONNX Runtime session per model file and process, on one thread (callers parallelize
    by process)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(
        str(_require(name)), options, providers=["CPUExecutionProvider"]
    )


@cache
def _tokenizer() -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(_require(TOKENIZER_FILE)))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


@cache
def _labels() -> list[str]:
    config = json.loads(_require(CONFIG_FILE).read_text(encoding="utf-8"))
    labels: list[str] = config["labels"]
    return labels
