"""A CRFsuite model file read into arrays, and the best label sequence under it.

The fast NER path tags a few words around each capitalized word of every sentence. Through
CRFsuite, each call turns some thirty feature strings a word into C++ strings and looks each up
in the model's attribute table, and that conversion cost more than the decoding. Read into
arrays, the weights of a word's features can be summed once per word and kept
(`factline.ner.FastTagger`), and decoding is a few array operations a word.

The layout is CRFsuite's first-order CRF model file (`crf1d_model.c`, "FOMC"): a header of
little-endian 32-bit fields, a chunk of features (state features: attribute → label, and
transition features: label → label, each with a 64-bit weight), and two string tables in CRFsuite's
constant quark database format (CQDB), one for labels and one for attributes, each ending in an
array from id to record. Only what decoding needs is read.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from factline.errors import FactlineError

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, 5 counts, 4 offsets
_CHUNK = struct.Struct("<4sII")  # chunk id, size, number of items
_CQDB = struct.Struct("<4sIIIII")  # "CQDB", size, flag, byte order, ids, offset of id → record
_RECORD = struct.Struct("<II")  # id, size of the string that follows (with its NUL)
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1  # feature types


@dataclass(frozen=True)
class CrfWeights:
    """A linear-chain CRF: the score of label `j` at a word is the sum of `state[a, j]` over the
    word's attributes `a`, and going from label `i` to `j` adds `transition[i, j]`."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray  # [attribute, label]
    transition: np.ndarray  # [previous label, label]


def read_model(path: Path) -> CrfWeights:
    """The weights of a CRFsuite first-order model file."""
    data = path.read_bytes()
    magic, _, kind, _, _, n_labels, n_attributes, features_at, labels_at, attributes_at, *_ = (
        _HEADER.unpack_from(data)
    )
    if magic != b"lCRF" or kind != b"FOMC":
        raise FactlineError(f"{path} is not a CRFsuite first-order model")
    chunk, _, n_features = _CHUNK.unpack_from(data, features_at)
    if chunk != b"FEAT":
        raise FactlineError(f"{path}: no feature chunk where the header says")
    features = np.frombuffer(data, _FEATURE, n_features, features_at + _CHUNK.size)
    state = np.zeros((n_attributes, n_labels))
    transition = np.zeros((n_labels, n_labels))
    for kind_code, weights in ((_STATE, state), (_TRANSITION, transition)):
        chosen = features[features["type"] == kind_code]
        weights[chosen["src"], chosen["dst"]] = chosen["weight"]
    labels = tuple(_strings(data, labels_at))
    attributes = {name: index for index, name in enumerate(_strings(data, attributes_at))}
    return CrfWeights(labels, attributes, state, transition)


def _strings(data: bytes, at: int) -> list[str]:
    """The strings of a CQDB table, by id."""
    chunk, _, _, _, count, backward_at = _CQDB.unpack_from(data, at)
    if chunk != b"CQDB":
        raise FactlineError("CRFsuite model: no string table where the header says")
    strings = []
    for offset in np.frombuffer(data, "<u4", count, at + backward_at).tolist():
        _, size = _RECORD.unpack_from(data, at + offset)
        start = at + offset + _RECORD.size
        strings.append(data[start : start + size - 1].decode("utf-8"))
    return strings


def best_paths(
    scores: np.ndarray, lengths: Sequence[int], transition: np.ndarray
) -> list[list[int]]:
    """The label indices of the best path through each sentence, as CRFsuite decodes (on a tie,
    the lower label index wins). `scores` [word, label] holds the sentences one after the
    other, of `lengths` words each (none empty).

    The sentences are decoded side by side, one step a word position for all of them: numpy's
    cost per call, not per number, is what a sentence of a dozen words and nine labels pays, so
    a batch of sentences costs little more than its longest one. They are taken shortest first,
    so that the sentences still going at a step are the last rows.
    """
    if not lengths:
        return []
    size = np.asarray(lengths)
    order = np.argsort(size, kind="stable")
    row = np.empty_like(order)
    row[order] = np.arange(len(order))  # each sentence's row, shortest first
    steps, n_labels = int(size.max()), transition.shape[0]
    padded = np.zeros((len(size), steps, n_labels))
    position = np.arange(len(scores)) - np.repeat(np.cumsum(size) - size, size)
    padded[np.repeat(row, size), position] = scores
    ended_before = np.searchsorted(size[order], np.arange(steps), side="right")
    best = padded[:, 0].copy()
    back = np.zeros((len(size), steps, n_labels), dtype=np.intp)
    for t in range(1, steps):
        going = ended_before[t]  # rows from here on have a word at position t
        paths = best[going:, :, np.newaxis] + transition  # [row, previous label, label]
        back[going:, t] = paths.argmax(axis=1)
        best[going:] = np.maximum.reduce(paths, axis=1) + padded[going:, t]
    found = []
    last_labels = best.argmax(axis=1).tolist()
    for length, sentence_row in zip(lengths, row.tolist(), strict=True):
        path = [last_labels[sentence_row]]
        for pointer in reversed(back[sentence_row, 1:length].tolist()):
            path.append(pointer[path[-1]])
        path.reverse()
        found.append(path)
    return found


def summed(weights: CrfWeights, features: Sequence[str]) -> np.ndarray:
    """The state scores that `features` give one word: their rows summed (unknown ones add
    nothing, as in CRFsuite)."""
    known = [weights.attributes[f] for f in features if f in weights.attributes]
    return weights.state[known].sum(axis=0)
