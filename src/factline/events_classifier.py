"""A small linear classifier that types a passage with an ACLED sub-event type.

The trigger lexicon finds *where* events are and their PLOVER type; this model decides among the
ACLED sub-event types that the PLOVER type allows (`acled.py`), e.g. whether a protest was met
with intervention or excessive force. It is an averaged perceptron over words and word pairs,
trained by `train/build_events.py` on ACLED notes and CASE 2021 snippets (see
`resources/events/README.md` for its data and scores), stored as sparse weights in JSON and run
here in plain Python, so it costs no dependency.

`best_label`, which types a passage on its own (CASE 2021's task), uses the more accurate but
slower sentence encoder of `events_transformer` where its resources are built: a few milliseconds
a passage, too slow for every event of the event stage, so `passage_scores` (which the ACLED
export uses) stays with the perceptron. The environment variable `FACTLINE_EVENTS_MODEL` picks
the model of `best_label`: `transformer` (the default) or `perceptron`.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factline.events_transformer import label_log_probabilities

MODEL_PATH = "resources/events/acled_subtype_model.json.gz"
MODEL_CHOICE = "FACTLINE_EVENTS_MODEL"
# The perceptron's share in `best_label` beside the encoder, chosen by 5-fold cross-validation on
# CASE's training 80% (see resources/events_transformer/README.md).
PERCEPTRON_WEIGHT = 0.03
# Words, and numbers reduced to one shape so that "12" and "7" weigh alike.
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d+")
# ACLED notes end with "[size=...]"; the crowd size is a feature, its wording is not.
_SIZE = re.compile(r"\[size=([^\]]{0,80})\]")


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]


def features(text: str) -> list[str]:
    """The features of a passage: its words and adjacent word pairs, lower-cased."""
    size = _SIZE.search(text)
    body = _SIZE.sub(" ", text.lower())
    words = ["<num>" if word.isdigit() else word for word in _WORD.findall(body)]
    found = [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]
    if size is not None:
        found.append("size:" + ("none" if "no report" in size.group(1) else "given"))
    return found


@cache
def load_model() -> Model | None:
    """The trained model, or None where `make models` has not built it."""
    path = resources.files("factline").joinpath(MODEL_PATH)
    if not path.is_file():
        return None
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    weights = {
        feature: tuple((int(label), float(weight)) for label, weight in pairs)
        for feature, pairs in data["weights"].items()
    }
    return Model(labels=tuple(data["labels"]), weights=weights)


def scores(text: str, model: Model) -> dict[str, float]:
    """The model's score for every label on `text`."""
    totals = [0.0] * len(model.labels)
    for feature in features(text):
        for label, weight in model.weights.get(feature, ()):
            totals[label] += weight
    return dict(zip(model.labels, totals, strict=True))


def passage_scores(text: str) -> dict[str, float] | None:
    """The score of every label on `text`; None without a model."""
    model = load_model()
    return None if model is None else scores(text, model)


def best_label(text: str, allowed: Iterable[str] | None = None) -> str | None:
    """The highest-scoring label for `text`, among `allowed` if given; None without a model."""
    by_label = combined_scores(text)
    if by_label is None:
        return None
    options = [label for label in (allowed or by_label) if label in by_label]
    if not options:
        return None
    return max(options, key=lambda label: by_label[label])


def combined_scores(text: str) -> dict[str, float] | None:
    """The encoder head's log-probabilities plus the perceptron's scores, lightly weighted.

    The two err differently: the encoder knows paraphrases, the perceptron knows ACLED's exact
    wording. Adding 0.03 of the perceptron's score raises the weighted F1 of cross-validation
    on CASE's training 80% by two to three points (`resources/events_transformer/README.md`).
    """
    perceptron = passage_scores(text)
    if os.environ.get(MODEL_CHOICE, "transformer") == "perceptron":
        return perceptron
    encoder = label_log_probabilities(text)
    if encoder is None:
        return perceptron
    extra = perceptron or {}
    return {
        label: value + PERCEPTRON_WEIGHT * extra.get(label, 0.0) for label, value in encoder.items()
    }
