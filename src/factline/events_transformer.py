"""A sentence encoder (all-MiniLM-L6-v2) fine-tuned to type a passage with a CASE label.

The perceptron of `events_classifier` knows only the words it saw in training; CASE 2021's
snippets use many it did not ("warplanes pounded", "caseload"). A pretrained encoder places such
paraphrases near their known wordings, so a classifier over it generalises further. Its lower
four layers are the accurate NER model's int8 ONNX graph (`ner_accurate.encoder_features`, run
by onnxruntime on one thread with the `tokenizers` library), so the package ships one copy of
them; the features it returns begin with layer 4's outputs. The two layers above it are this
model's own: the checkpoint's layers 5 and 6, fine-tuned for the task, run here in numpy (no
torch at run time). Their outputs are averaged over the passage's subwords ([CLS] and [SEP]
included), L2-normalised and read by a linear head. `train/build_events_transformer.py` trains
the layers and the head on layer-4 outputs computed as here; `resources/events_transformer/
README.md` gives the data and scores. A passage takes a few milliseconds, too slow for the event
stage's every event, so the pipeline keeps the perceptron there and this model serves
`events_classifier.best_label`.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from factline import ner_accurate

RESOURCE_DIR = "resources/events_transformer"
HIDDEN = 384  # width of one encoder layer; the shared features begin with layer 4's outputs
TOP_LAYERS = (5, 6)  # the encoder's layers this model fine-tuned, run over layer 4's outputs
HEADS = 12
LAYER_NORM_EPSILON = 1e-12


@dataclass(frozen=True)
class Model:
    """The fine-tuned top layers (parameters by name, as float32) and the linear head."""

    layers: tuple[dict[str, np.ndarray], ...]
    labels: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    temperature: float


@cache
def load_model() -> Model | None:
    """The model, or None where it or the shared encoder (`resources/ner_accurate`) is not built."""
    folder = resources.files("factline").joinpath(RESOURCE_DIR)
    encoder_built = all(
        ner_accurate.resource_path(name).is_file()
        for name in (ner_accurate.ENCODER_FILE, ner_accurate.TOKENIZER_FILE)
    )
    if not (folder.joinpath("head.json").is_file() and folder.joinpath("top.npz").is_file()):
        return None
    if not encoder_built:
        return None
    head = json.loads(folder.joinpath("head.json").read_text(encoding="utf-8"))
    stored = np.load(io.BytesIO(folder.joinpath("top.npz").read_bytes()))
    layers = tuple(
        {
            key.split(".", 1)[1]: stored[key].astype(np.float32)
            for key in stored.files
            if key.startswith(f"layer{n}.")
        }
        for n in TOP_LAYERS
    )
    return Model(
        layers=layers,
        labels=tuple(head["labels"]),
        weights=np.asarray(head["weights"], dtype=np.float32),
        bias=np.asarray(head["bias"], dtype=np.float32),
        temperature=float(head["temperature"]),
    )


def sentence_vectors(texts: Sequence[str]) -> np.ndarray:
    """The L2-normalised mean of the top layer's outputs over each text's subwords [texts, 384]:
    what the head reads. Needs the model (`load_model`)."""
    model = load_model()
    if model is None:
        raise RuntimeError("the event classifier is not built (train/build_events_transformer.py)")
    vectors = np.zeros((len(texts), HIDDEN), dtype=np.float32)
    for n, features in enumerate(ner_accurate.encoder_features(texts)):
        hidden = np.asarray(features[:, :HIDDEN], dtype=np.float32)
        for layer in model.layers:
            hidden = _layer(hidden, layer)
        vectors[n] = hidden.mean(axis=0)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def label_log_probabilities(text: str) -> dict[str, float] | None:
    """The model's log-probability of every label on `text`; None without the model."""
    model = load_model()
    if model is None:
        return None
    logits = (model.weights @ sentence_vectors([text])[0] + model.bias) * model.temperature
    shifted = logits - logits.max()
    log_probabilities = shifted - np.log(np.exp(shifted).sum())
    return dict(zip(model.labels, (float(value) for value in log_probabilities), strict=True))


def _layer(hidden: np.ndarray, weights: dict[str, np.ndarray]) -> np.ndarray:
    """One post-norm transformer layer, BERT's, over one text's subwords [subwords, 384]: all
    of them attend to all (a single text has no padding to mask)."""
    attended = _linear(_attention(hidden, weights), weights, "attention_out")
    hidden = _layer_norm(hidden + attended, weights, "attention_norm")
    fed = _linear(_gelu(_linear(hidden, weights, "intermediate")), weights, "output")
    return _layer_norm(hidden + fed, weights, "output_norm")


def _attention(hidden: np.ndarray, weights: dict[str, np.ndarray]) -> np.ndarray:
    length = len(hidden)

    def heads(name: str) -> np.ndarray:  # [heads, subwords, size of a head]
        return _linear(hidden, weights, name).reshape(length, HEADS, -1).transpose(1, 0, 2)

    query, key, value = heads("query"), heads("key"), heads("value")
    scores = query @ key.transpose(0, 2, 1) / math.sqrt(HIDDEN // HEADS)
    scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
    attention = scores / scores.sum(axis=-1, keepdims=True)
    return (attention @ value).transpose(1, 0, 2).reshape(length, HIDDEN)


def _linear(hidden: np.ndarray, weights: dict[str, np.ndarray], name: str) -> np.ndarray:
    return hidden @ weights[f"{name}.weight"].T + weights[f"{name}.bias"]


def _layer_norm(hidden: np.ndarray, weights: dict[str, np.ndarray], name: str) -> np.ndarray:
    centred = hidden - hidden.mean(axis=-1, keepdims=True)
    scaled = centred / np.sqrt(
        (centred * centred).mean(axis=-1, keepdims=True) + LAYER_NORM_EPSILON
    )
    return scaled * weights[f"{name}.weight"] + weights[f"{name}.bias"]


def _gelu(values: np.ndarray) -> np.ndarray:
    """GELU in its tanh form (within 1e-3 of the exact erf form that training used)."""
    return (
        0.5 * values * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (values + 0.044715 * values**3)))
    )
