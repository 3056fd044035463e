"""Word clusters from unlabelled news, for the NER's features (used by `build_ner.py`).

Words that occur in the same contexts get the same cluster: "Almaty", "Minsk" and "Kabul" end
up together, and so do "Tokayev" and "Lukashenko", which lets a model trained on 1996 Reuters
text generalize to names it never saw. The method is the classic distributional one, kept small:
counts of each word's left and right neighbours (among the most frequent words), positive PMI,
a truncated SVD to `DIMENSIONS` dimensions, then k-means at several granularities, so that each
word gets one coarse and one or more finer cluster ids.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

MIN_COUNT = 5
CONTEXT_WORDS = 2000
DIMENSIONS = 80
GRANULARITIES = (64, 256, 1024)
SEED = 7


def word_clusters(sentences: Callable[[], Iterable[list[str]]]) -> dict[str, tuple[int, ...]]:
    """Lowercase word → its cluster id at each of `GRANULARITIES`.

    `sentences` gives the corpus afresh on each call: it is read twice, to count, then to embed.
    """
    counts = Counter(word.lower() for words in sentences() for word in words)
    vocabulary = sorted(word for word, count in counts.items() if count >= MIN_COUNT)
    contexts = [word for word, _ in counts.most_common(CONTEXT_WORDS)]
    vectors = _embed(sentences(), vocabulary, contexts)
    labels = [_kmeans(vectors, k) for k in GRANULARITIES]
    return {word: tuple(int(label[i]) for label in labels) for i, word in enumerate(vocabulary)}


def _embed(
    sentences: Iterable[list[str]], vocabulary: list[str], contexts: list[str]
) -> np.ndarray:
    row_of = {word: i for i, word in enumerate(vocabulary)}
    column_of = {word: i for i, word in enumerate(contexts)}
    width = len(contexts) + 1  # the last column of each side stands for any other word
    rows = array("i")
    columns = array("i")
    for words in sentences:
        padded = ["<s>", *(word.lower() for word in words), "</s>"]
        for i in range(1, len(padded) - 1):
            row = row_of.get(padded[i])
            if row is not None:
                rows.extend((row, row))
                columns.append(column_of.get(padded[i - 1], width - 1))
                columns.append(width + column_of.get(padded[i + 1], width - 1))
    matrix = sparse.coo_matrix(
        (np.ones(len(rows)), (np.frombuffer(rows, np.int32), np.frombuffer(columns, np.int32))),
        shape=(len(vocabulary), 2 * width),
    ).tocsr()
    left_vectors, values, _ = svds(_positive_pmi(matrix), k=DIMENSIONS, random_state=SEED)
    vectors = left_vectors * np.sqrt(values)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def _positive_pmi(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel()
    column_sums = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75  # context smoothing
    column_sums *= total / column_sums.sum()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sums[coo.row] * column_sums[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)


def _kmeans(vectors: np.ndarray, k: int, iterations: int = 15) -> np.ndarray:
    """Cluster labels of unit vectors by spherical k-means (cosine similarity)."""
    generator = np.random.default_rng(SEED)
    centres = vectors[generator.choice(len(vectors), size=k, replace=False)]
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(vectors @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms.ravel() == 0
        sums[empty] = vectors[generator.choice(len(vectors), size=int(empty.sum()))]
        centres = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
    return labels
