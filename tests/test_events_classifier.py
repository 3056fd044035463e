"""The passage classifiers: the perceptron, the sentence encoder's head, and `best_label`."""

from __future__ import annotations

import math

import numpy as np
import pytest

from factline import ner_accurate
from factline.events_classifier import MODEL_CHOICE, best_label, passage_scores
from factline.events_transformer import HIDDEN, label_log_probabilities, load_model, member_logits

# Snippets written for these tests in the style of CASE 2021 news sentences; none is in its data.
PASSAGES = [
    (
        "Fighter jets pounded rebel positions near the town overnight, killing 6 civilians.",
        "Air/drone strike",
    ),
    ("Police detained 14 opposition activists at their homes on Tuesday.", "Arrests"),
    (
        "Thousands of teachers marched peacefully through the capital to demand higher pay.",
        "Peaceful protest",
    ),
    (
        "A magnitude 6.8 earthquake struck the province, flattening villages and leaving "
        "hundreds homeless.",
        "NATURAL_DISASTER",
    ),
    (
        "A fire broke out at the chemical factory after a boiler exploded, killing 11 workers.",
        "MAN_MADE_DISASTER",
    ),
]


@pytest.fixture(autouse=True)
def _default_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_CHOICE, raising=False)


def test_model_and_encoder_are_shipped() -> None:
    assert load_model() is not None, (
        "build resources/ner_accurate (train/build_ner_accurate.py), then "
        "resources/events_transformer (train/build_events_transformer.py)"
    )


@pytest.mark.parametrize(("text", "label"), PASSAGES)
def test_best_label_types_news_sentences(text: str, label: str) -> None:
    assert best_label(text) == label


def test_encoder_gives_a_distribution_over_the_labels() -> None:
    by_label = label_log_probabilities(PASSAGES[0][0])
    assert by_label is not None
    assert len(by_label) == 30
    assert math.isclose(sum(math.exp(value) for value in by_label.values()), 1.0, rel_tol=1e-4)


def test_encoder_averages_its_members_log_probabilities() -> None:
    """The ensemble's distribution is its members' geometric mean, normalised again, so a label
    that every member favours stays on top."""
    model = load_model()
    assert model is not None
    assert len(model.members) == 2
    text = "Government troops shelled the rebel-held district, destroying dozens of houses."
    layer4 = np.asarray(ner_accurate.encoder_features([text])[0][:, :HIDDEN], dtype=np.float32)
    members = []
    for member in model.members:
        logits = member_logits(layer4, member) * model.temperature
        odds = np.exp(logits - logits.max())
        members.append(odds / odds.sum())
    geometric = np.prod(members, axis=0) ** (1.0 / len(members))
    expected = geometric / geometric.sum()
    by_label = label_log_probabilities(text)
    assert by_label is not None
    found = np.exp([by_label[label] for label in model.labels])
    assert np.allclose(found, expected, atol=1e-5)


def test_allowed_labels_restrict_the_choice() -> None:
    text = "Police fired tear gas at protesters who had blocked the road."
    allowed = ["Peaceful protest", "Protest with intervention"]
    assert best_label(text, allowed) in allowed


def test_perceptron_can_be_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the perceptron chosen, `best_label` is the perceptron's own top label."""
    monkeypatch.setenv(MODEL_CHOICE, "perceptron")
    text = PASSAGES[1][0]
    scores = passage_scores(text)
    assert scores is not None
    assert best_label(text) == max(scores, key=lambda label: scores[label])
