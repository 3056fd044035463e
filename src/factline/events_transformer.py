"""A sentence encoder (all-MiniLM-L6-v2) fine-tuned to type a passage with a CASE label.

The perceptron of `events_classifier` knows only the words it saw in training; CASE 2021's
snippets use many it did not ("warplanes pounded", "caseload"). A pretrained encoder places such
paraphrases near their known wordings, so a classifier over it generalises further. Its lower
four layers are the accurate NER model's int8 ONNX graph (`ner_accurate.encoder_features`, run
by onnxruntime on one thread with the `tokenizers` library), so the package ships one copy of
them; the features it returns begin with layer 4's outputs. The two layers above it are this
model's own: the checkpoint's layers 5 and 6, fine-tuned for the task, run here in numpy (no
torch at run time). Their outputs are averaged over the passage's subwords ([CLS] and [SEP]
included), L2-normalised and read by a linear head. The model is an ensemble of such members
(layers and head), fine-tuned alike from different seeds, whose log-probabilities are averaged:
one member's errors are partly its own. `train/build_events_transformer.py` trains the members
on layer-4 outputs computed as here; `resources/events_transformer/
README.md` gives the data and scores. A passage takes a few milliseconds, too slow for the event
stage's every event, so the pipeline keeps the perceptron there and this model serves
`events_classifier.best_label`.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from factline import ner_accurate

RESOURCE_DIR = "resources/events_transformer"
HIDDEN = 384  # width of one encoder layer; the shared features begin with layer 4's outputs
# The encoder's layers this model fine-tuned, run over layer 4's outputs.
TOP_LAYERS = (5, 6)
HEADS = 12
LAYER_NORM_EPSILON = 1e-12


@dataclass(frozen=True)
class Member:
    """One fine-tuned copy of the top layers (parameters by name, as float32) and its head."""

    layers: tuple[dict[str, np.ndarray], ...]
    weights: np.ndarray
    bias: np.ndarray


@dataclass(frozen=True)
class Model:
    """The ensemble: members trained alike from different seeds, whose log-probabilities are
    averaged (each alone errs on its own share of the passages)."""

    members: tuple[Member, ...]
    labels: tuple[str, ...]
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
    members = tuple(
        Member(
            layers=tuple(_stored_layer(stored, f"member{k}.layer{n}.") for n in TOP_LAYERS),
            weights=np.asarray(member["weights"], dtype=np.float32),
            bias=np.asarray(member["bias"], dtype=np.float32),
        )
        for k, member in enumerate(head["members"])
    )
    return Model(
        members=members,
        labels=tuple(head["labels"]),
        temperature=float(head["temperature"]),
    )


def _stored_layer(stored: Any, prefix: str) -> dict[str, np.ndarray]:
    """One layer's parameters, stored in `top.npz` under names beginning with `prefix`."""
    return {
        key.removeprefix(prefix): stored[key].astype(np.float32)
        for key in stored.files
        if key.startswith(prefix)
    }


def label_log_probabilities(text: str) -> dict[str, float] | None:
    """The model's log-probability of every label on `text`: its members' log-probabilities
    averaged and normalised again (a geometric mean of their distributions); None without the
    model."""
    model = load_model()
    if model is None:
        return None
    layer4 = np.asarray(ner_accurate.encoder_features([text])[0][:, :HIDDEN], dtype=np.float32)
    logits = [member_logits(layer4, member) * model.temperature for member in model.members]
    mean = np.mean([_log_softmax(values) for values in logits], axis=0)
    return dict(zip(model.labels, (float(value) for value in _log_softmax(mean)), strict=True))


def member_logits(hidden: np.ndarray, member: Member) -> np.ndarray:
    """One member's scores (before the temperature) from one text's layer-4 outputs
    [subwords, 384]: its top layers, the L2-normalised mean over the subwords ([CLS] and [SEP]
    included), its head."""
    for layer in member.layers:
        hidden = _layer(hidden, layer)
    vector = hidden.mean(axis=0)
    vector /= max(float(np.linalg.norm(vector)), 1e-9)
    return member.weights @ vector + member.bias


def _log_softmax(values: np.ndarray) -> np.ndarray:
    shifted = values - values.max()
    return shifted - np.log(np.exp(shifted).sum())


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
