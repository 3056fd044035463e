"""Build the event classifier's head over the shared sentence encoder (after build_ner_accurate).

Writes `head.json` into src/factline/resources/events_transformer/: a logistic regression from
the sentence vector of `factline.events_transformer.sentence_vectors` (the L2-normalised mean of
the last layer of the accurate NER model's int8 all-MiniLM-L6-v2 encoder, which
`train/build_ner_accurate.py` builds first) to CASE 2021's 30 labels (as ACLED sub-event type
names where CASE has an ACLED twin), fitted on the development ACLED notes and the CASE training
80% (events_data.py's splits). The encoder stays frozen; torch is needed only for the fit.

Run: .venv/bin/python train/build_events_transformer.py [--cache FILE] [--cross-validate]
(embedding the 8,179 training texts takes about 2 minutes on a free core; a `--cache` file is
reused while it holds as many vectors as there are texts: delete it when the encoder or the data
change)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn

import events_data

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
from factline.events_transformer import HIDDEN, sentence_vectors  # noqa: E402

OUT = REPO / "src" / "factline" / "resources" / "events_transformer"
CASE_WEIGHT = 4.0  # CASE snippets are few and news-like; each counts as this many notes
L2 = 5e-6  # penalty on the head's weights (with CASE_WEIGHT, chosen by 5-fold CV on CASE)
SEED = 13


def embed_all(texts: list[str]) -> np.ndarray:
    """The sentence vectors of `texts` through the shipped int8 encoder, one text at a time.

    They are computed by `events_transformer.sentence_vectors`, as at run time, and one by one
    because the int8 graph quantizes its activations with one scale per batch, so a text's
    vector moves slightly with its batch-mates and padding (cosine down to 0.98): the head is
    fitted on the very vectors it will see.
    """
    vectors = np.zeros((len(texts), HIDDEN), dtype=np.float32)
    for n, text in enumerate(texts):
        vectors[n] = sentence_vectors([text])[0]
    return vectors


def fit_head(
    vectors: np.ndarray, labels: list[str], sample_weights: np.ndarray
) -> dict[str, object]:
    """Multinomial logistic regression over the embeddings (L2-penalised, full-batch L-BFGS)."""
    names = sorted(set(labels))
    index = {name: i for i, name in enumerate(names)}
    inputs = torch.from_numpy(vectors)
    targets = torch.tensor([index[label] for label in labels])
    weights = torch.from_numpy(sample_weights.astype(np.float32))
    layer = nn.Linear(inputs.shape[1], len(names))
    optimizer = torch.optim.LBFGS(layer.parameters(), max_iter=500, line_search_fn="strong_wolfe")

    def loss() -> torch.Tensor:
        optimizer.zero_grad()
        losses = nn.functional.cross_entropy(layer(inputs), targets, reduction="none")
        value = (losses * weights).sum() / weights.sum() + L2 * layer.weight.pow(2).sum()
        value.backward()
        return value

    optimizer.step(loss)
    return {
        "labels": names,
        "weights": [[round(float(w), 5) for w in row] for row in layer.weight.detach()],
        "bias": [round(float(b), 5) for b in layer.bias.detach()],
    }


def training_texts() -> tuple[list[str], list[str], np.ndarray]:
    """ACLED development notes and CASE training snippets, labelled as the perceptron's labels are.

    Those are the ACLED sub-event type names, and CASE's own names for its five other types, so
    that `events_classifier.best_label` answers in one vocabulary whichever model it uses.
    """
    to_acled = case_labels()
    development, _ = events_data.acled_split()
    case_training, _ = events_data.case_split()
    texts = [row.notes for row in development] + [snippet.text for snippet in case_training]
    labels = [row.sub_event_type for row in development]
    labels += [to_acled[snippet.label] for snippet in case_training]
    weights = np.asarray([1.0] * len(development) + [CASE_WEIGHT] * len(case_training))
    return texts, labels, weights


def case_labels() -> dict[str, str]:
    """CASE label -> ACLED sub-event type (resources/events/case_labels.tsv)."""
    rows = (REPO / "src/factline/resources/events/case_labels.tsv").read_text("utf-8").splitlines()
    pairs = [row.split("\t") for row in rows if row and not row.startswith("#")]
    return dict(pair for pair in pairs[1:] if len(pair) == 2)


def cached_vectors(texts: list[str], cache: Path | None) -> np.ndarray:
    """The embeddings, read from `cache` when it holds as many rows (embedding takes minutes)."""
    if cache is not None and cache.exists():
        stored = np.load(cache)["vectors"]
        if len(stored) == len(texts):
            return np.asarray(stored)
    vectors = embed_all(texts)
    if cache is not None:
        np.savez(cache, vectors=vectors)
    return vectors


def cross_validate(vectors: np.ndarray, labels: list[str], weights: np.ndarray) -> None:
    """Print the weighted F1 of 5 folds of CASE's training snippets, head alone and with the
    perceptron (retrained without the fold) at a few weights: how the constants were chosen."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import build_events
    from eval_events import weighted_f1
    from factline.events_classifier import PERCEPTRON_WEIGHT, scores

    case_texts = [snippet.text for snippet in events_data.case_split()[0]]
    first_case = len(labels) - len(case_texts)
    folds = np.array_split(np.random.RandomState(0).permutation(len(labels) - first_case), 5)
    shares = sorted({0.0, 0.03, 0.05, 0.08, PERCEPTRON_WEIGHT})
    predicted: dict[float, dict[int, str]] = {share: {} for share in shares}
    for fold in folds:
        held = {first_case + int(i) for i in fold}
        kept = [i for i in range(len(labels)) if i not in held]
        head = fit_head(vectors[kept], [labels[i] for i in kept], weights[kept])
        head_labels: list[str] = head["labels"]  # type: ignore[assignment]
        perceptron = build_events.fold_model(sorted(i - first_case for i in held))
        for i in sorted(held):
            logits = np.asarray(head["weights"]) @ vectors[i] + np.asarray(head["bias"])
            log_p = logits - logits.max() - np.log(np.exp(logits - logits.max()).sum())
            by_label = scores(case_texts[i - first_case], perceptron)
            for share in shares:
                totals = {
                    label: log_p[k] + share * by_label.get(label, 0.0)
                    for k, label in enumerate(head_labels)
                }
                predicted[share][i] = max(totals, key=totals.__getitem__)
    gold = [labels[i] for i in range(first_case, len(labels))]
    for share in shares:
        guesses = [predicted[share][i] for i in range(first_case, len(labels))]
        print(f"perceptron weight {share}: weighted F1 {weighted_f1(gold, guesses):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="npz file to keep the training embeddings in")
    parser.add_argument(
        "--cross-validate", action="store_true", help="score the settings on CASE training folds"
    )
    args = parser.parse_args()
    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    texts, labels, weights = training_texts()
    vectors = cached_vectors(texts, args.cache)
    if args.cross_validate:
        cross_validate(vectors, labels, weights)
        return
    head = fit_head(vectors, labels, weights)
    (OUT / "head.json").write_text(json.dumps(head, separators=(",", ":")) + "\n", "utf-8")
    print(f"head: {len(texts)} texts, {len(head['labels'])} labels")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
