"""Build the learned pair decider of the conflicts stage (`make models`).

Every pair of claims of one measure that factline extracts from the reports of one crisis of
the **train** split of `benchmarks/data/figures` is a candidate; a pair whose claims both match
labelled figures is a conflict when `pairs.json` lists it as one, and otherwise not (the set
labels every conflict among its figures). A logistic regression (numpy, L2-penalised, fitted
by Newton's method) over `conflicts.PAIR_FEATURES` learns which pairs of disjoint figures
(`conflicts.disjoint_figures`) disagree; in use, it judges only pairs that none of the rules'
certain vetoes (`conflicts.never_conflict`) rules out, and the cross-validation scores it so.

The threshold is chosen by leave-one-crisis-out cross-validation: each crisis's pairs are
scored by a model fitted on the other crises, the rules' own flags are added (they are what
the decider adds to), and the lowest threshold whose pooled precision over labelled pairs
reaches `TARGET_PRECISION` is kept. The test split is never read.

    .venv/bin/python train/build_conflicts.py [--cross-validate-only]

Output: `src/factline/resources/figures/conflict_model.json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from factline.conflicts import (  # noqa: E402
    PAIR_FEATURES,
    ClaimInContext,
    candidate_pairs,
    claims_in_context,
    compare,
    disjoint_figures,
    never_conflict,
    pair_features,
)
from figures_gold import Report, analyze_report, gold_of, load_pairs, load_reports  # noqa: E402

OUT = REPO / "src" / "factline" / "resources" / "figures" / "conflict_model.json"
TARGET_PRECISION = 0.92
PENALTY = 1.0  # L2 weight on the coefficients (not the bias)
THRESHOLDS = [round(0.05 * n, 2) for n in range(2, 20)]


@dataclass(frozen=True)
class Candidate:
    """One candidate pair: its crisis, the labelled figures its claims match (None: no
    labelled figure), whether the rules flag it, and its features."""

    crisis: str
    keys: frozenset[str] | None
    rule_flag: bool
    disjoint: bool
    vetoed: bool
    features: tuple[float, ...]


def candidates(reports: list[Report]) -> list[Candidate]:
    """The candidate pairs of each crisis's reports, as `figure_conflicts` forms them."""
    by_crisis: dict[str, list[tuple[ClaimInContext, str | None]]] = defaultdict(list)
    for report in reports:
        for item in claims_in_context(analyze_report(report)):
            gold = gold_of(item.claim, report)
            by_crisis[report.crisis].append((item, gold.key if gold else None))
    found = []
    for crisis, items in by_crisis.items():
        keys = {id(item): key for item, key in items}
        for first, second in candidate_pairs([item for item, _ in items]):
            pair = (keys[id(first)], keys[id(second)])
            matched = None if None in pair or pair[0] == pair[1] else frozenset(map(str, pair))
            features = pair_features(first, second)
            found.append(
                Candidate(
                    crisis,
                    matched,
                    compare(first, second) is not None,
                    disjoint_figures(first, second),
                    never_conflict(first, second),
                    tuple(features[name] for name in PAIR_FEATURES),
                )
            )
    return found


def fit(features: np.ndarray, labels: np.ndarray, penalty: float = PENALTY) -> np.ndarray:
    """Logistic regression by Newton's method; the last coefficient is the bias."""
    x = np.hstack([features, np.ones((len(features), 1))])
    weights = np.zeros(x.shape[1])
    ridge = penalty * np.eye(x.shape[1])
    ridge[-1, -1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ weights))
        gradient = x.T @ (p - labels) + ridge @ weights
        hessian = (x.T * (p * (1 - p))) @ x + ridge + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def predict(weights: np.ndarray, features: np.ndarray) -> np.ndarray:
    x = np.hstack([features, np.ones((len(features), 1))])
    return np.asarray(1.0 / (1.0 + np.exp(-x @ weights)))


def training_rows(
    items: list[Candidate], conflicts: set[frozenset[str]]
) -> tuple[np.ndarray, np.ndarray]:
    """The pairs the decider learns from (disjoint figures matched to labelled figures), and
    whether each is a labelled conflict."""
    rows = [item for item in items if item.keys is not None and item.disjoint]
    x = np.array([item.features for item in rows]).reshape(len(rows), len(PAIR_FEATURES))
    y = np.array([float(item.keys in conflicts) for item in rows])
    return x, y


def out_of_crisis_probabilities(
    items: list[Candidate], conflicts: set[frozenset[str]]
) -> list[float]:
    """Each candidate's probability from a model fitted without its crisis (0 when vetoed)."""
    probabilities = [0.0] * len(items)
    for crisis in sorted({item.crisis for item in items}):
        x, y = training_rows([item for item in items if item.crisis != crisis], conflicts)
        weights = fit(x, y)
        held = [n for n, item in enumerate(items) if item.crisis == crisis and not item.vetoed]
        if held:
            scores = predict(weights, np.array([items[n].features for n in held]))
            for n, score in zip(held, scores, strict=True):
                probabilities[n] = float(score)
    return probabilities


def scores(
    items: list[Candidate],
    probabilities: list[float],
    threshold: float | None,
    labelled: dict[frozenset[str], bool],
    *,
    with_rules: bool = True,
) -> dict[str, float]:
    """Precision over labelled flagged pairs and recall over labelled conflicts, as
    `eval_conflicts.conflict_scores` counts them; threshold None: the rules alone."""
    flagged = set()
    for item, probability in zip(items, probabilities, strict=True):
        learned = threshold is not None and not item.vetoed and probability >= threshold
        if item.keys is not None and ((with_rules and item.rule_flag) or learned):
            flagged.add(item.keys)
    judged = [pair for pair in flagged if pair in labelled]
    right = sum(labelled[pair] for pair in judged)
    total = sum(labelled.values())
    return {
        "precision": round(right / len(judged), 4) if judged else 0.0,
        "recall": round(right / total, 4) if total else 0.0,
        "flagged": len(flagged),
        "unlabelled": len(flagged) - len(judged),
    }


def choose_threshold(alone: dict[float, dict[str, float]]) -> float | None:
    """The threshold of the best cross-validated recall of the model alone among those whose
    precision reaches `TARGET_PRECISION`, the highest of equals (the fewest pairs near the
    boundary). The model alone, not with the rules: the rules were written on these very
    reports, so their flags would hide the decider's mistakes."""
    precise = {t: s["recall"] for t, s in alone.items() if s["precision"] >= TARGET_PRECISION}
    if not precise:
        return None
    best = max(precise.values())
    return max(t for t, recall in precise.items() if recall == best)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross-validate-only", action="store_true")
    args = parser.parse_args()
    reports, pairs = load_reports("train"), load_pairs("train")
    labelled = {frozenset((p["a"], p["b"])): bool(p["conflict"]) for p in pairs}
    conflicts = {pair for pair, is_conflict in labelled.items() if is_conflict}
    items = candidates(reports)
    print(f"{len(items)} candidate pairs, {sum(i.keys is not None for i in items)} matched")
    probabilities = out_of_crisis_probabilities(items, conflicts)
    print("rules alone       ", scores(items, probabilities, None, labelled))
    alone = {}
    for threshold in THRESHOLDS:
        alone[threshold] = scores(items, probabilities, threshold, labelled, with_rules=False)
        union = scores(items, probabilities, threshold, labelled)
        print(f"t={threshold:.2f} model {alone[threshold]}  rules+model {union}")
    chosen = choose_threshold(alone)
    print(f"threshold {chosen} (best model-alone recall at precision >= {TARGET_PRECISION})")
    if args.cross_validate_only or chosen is None:
        return 0
    x, y = training_rows(items, conflicts)
    weights = fit(x, y)
    model = {
        "_built_by": "train/build_conflicts.py on the train split of benchmarks/data/figures",
        "threshold": chosen,
        "bias": round(float(weights[-1]), 4),
        "weights": {
            name: round(float(w), 4) for name, w in zip(PAIR_FEATURES, weights[:-1], strict=True)
        },
    }
    OUT.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)} ({len(y)} pairs, {int(y.sum())} conflicts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
