"""A sentence encoder (all-MiniLM-L6-v2) with a linear head that types a passage with a CASE label.

The perceptron of `events_classifier` knows only the words it saw in training; CASE 2021's
snippets use many it did not ("warplanes pounded", "caseload"). A pretrained sentence encoder
places such paraphrases near their known wordings, so a linear head over its mean-pooled
embedding generalises further. The encoder is the accurate NER model's int8 ONNX graph
(`ner_accurate.encoder_features`, run by onnxruntime on one thread with the `tokenizers`
library: no torch at run time), so the package ships one copy of it: its last layer (the second
half of the features, which concatenate layers 4 and 6) is averaged over the passage's subwords
and L2-normalised. `train/build_events_transformer.py` fits the head on these very vectors;
`resources/events_transformer/README.md` gives the data and scores. A passage takes a few
milliseconds, too slow for the event stage's every event, so the pipeline keeps the perceptron
there and this model serves `events_classifier.best_label`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from factline import ner_accurate

RESOURCE_DIR = "resources/events_transformer"
HIDDEN = 384  # width of one encoder layer; the features hold layers 4 and 6, in that order


@dataclass(frozen=True)
class Head:
    """The linear layer over the embedding: one row of weights and one bias per label."""

    labels: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray


@cache
def load_head() -> Head | None:
    """The head, or None where it or the shared encoder (`resources/ner_accurate`) is not built."""
    head_file = resources.files("factline").joinpath(f"{RESOURCE_DIR}/head.json")
    encoder_built = all(
        ner_accurate.resource_path(name).is_file()
        for name in (ner_accurate.ENCODER_FILE, ner_accurate.TOKENIZER_FILE)
    )
    if not (head_file.is_file() and encoder_built):
        return None
    head_data = json.loads(head_file.read_text(encoding="utf-8"))
    return Head(
        labels=tuple(head_data["labels"]),
        weights=np.asarray(head_data["weights"], dtype=np.float32),
        bias=np.asarray(head_data["bias"], dtype=np.float32),
    )


def sentence_vectors(texts: Sequence[str]) -> np.ndarray:
    """The L2-normalised mean of the encoder's last layer over each text's subwords ([CLS] and
    [SEP] included) [texts, 384]: the sentence vectors the head reads, at run time and in
    training alike."""
    vectors = np.zeros((len(texts), HIDDEN), dtype=np.float32)
    for n, features in enumerate(ner_accurate.encoder_features(texts)):
        vectors[n] = features[:, HIDDEN:].mean(axis=0)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def label_log_probabilities(text: str) -> dict[str, float] | None:
    """The head's log-probability of every label on `text`; None without the model."""
    head = load_head()
    if head is None:
        return None
    logits = head.weights @ sentence_vectors([text])[0] + head.bias
    shifted = logits - logits.max()
    log_probabilities = shifted - np.log(np.exp(shifted).sum())
    return dict(zip(head.labels, (float(value) for value in log_probabilities), strict=True))
