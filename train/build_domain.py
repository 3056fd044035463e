"""Build the report domain model: is a report about public affairs, or sport, business,
technology or entertainment? (`make models`)

PLOVER codes events between political actors. In a match report or a company's results, "met",
"warned", "rejected" and "helped" are no events, and the event coder asks more of them there
(`factline.domain`). The model is a naive Bayes classifier over a report's words, trained on
two corpora of news labelled by section, from `../shared/data/news-bulk`:

- BBC News 2225: `politics` is public affairs; `business`, `entertainment`, `sport` and `tech`
  are not;
- AG News test split: `World` (1) is public affairs; `Sports`, `Business` and `Sci/Tech` are not.

Held out, never trained on: the reports that the hand-labelled sample of
`benchmarks/data/news-events/` was drawn from, the 101st to 160th report of each BBC section and,
of AG News, the World items after the 1,500th and the 301st to 500th item of each other section.
The build prints the model's accuracy on them.

Output: `src/factline/resources/domain/words.tsv.gz`: a `prior` line with the log prior odds of
public affairs, then `word<TAB>log odds` for every word in `MIN_DOCUMENTS` training reports or
more.
"""

from __future__ import annotations

import csv
import gzip
import math
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from factline.domain import report_words

REPO = Path(__file__).resolve().parents[1]
BULK = REPO.parent / "shared" / "data" / "news-bulk"
OUT = REPO / "src" / "factline" / "resources" / "domain" / "words.tsv.gz"
MIN_DOCUMENTS = 3
SMOOTHING = 1.0
BBC_HELD_OUT = range(100, 160)
AG_HELD_OUT = {
    "1": range(1500, 2100),
    "2": range(300, 500),
    "3": range(300, 500),
    "4": range(300, 500),
}
PUBLIC_AFFAIRS = {"politics", "1"}


def labelled_reports() -> Iterator[tuple[str, bool, bool]]:
    """(text, about public affairs, held out) for every report of the two corpora."""
    for section in sorted(p.name for p in (BULK / "bbc-news-2225").iterdir() if p.is_dir()):
        paths = sorted((BULK / "bbc-news-2225" / section).glob("*.txt"))
        for number, path in enumerate(paths):
            text = path.read_text(encoding="utf-8", errors="replace")
            yield text, section in PUBLIC_AFFAIRS, number in BBC_HELD_OUT
    seen: Counter[str] = Counter()
    with (BULK / "ag-news-test" / "test.csv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            label = row["label"]
            held_out = seen[label] in AG_HELD_OUT[label]
            seen[label] += 1
            yield f"{row['title']}\n{row['description']}", label in PUBLIC_AFFAIRS, held_out


def train(reports: list[tuple[list[str], bool]]) -> tuple[float, dict[str, float]]:
    """Multinomial naive Bayes: the log prior odds and each word's log odds of public affairs."""
    counts = {True: Counter[str](), False: Counter[str]()}
    documents: Counter[str] = Counter()
    for words, public in reports:
        counts[public].update(words)
        documents.update(set(words))
    vocabulary = [word for word, n in documents.items() if n >= MIN_DOCUMENTS]
    totals = {
        label: sum(counts[label][w] for w in vocabulary) + SMOOTHING * len(vocabulary)
        for label in (True, False)
    }
    odds = {
        word: math.log((counts[True][word] + SMOOTHING) / totals[True])
        - math.log((counts[False][word] + SMOOTHING) / totals[False])
        for word in vocabulary
    }
    public_share = sum(public for _, public in reports) / len(reports)
    return math.log(public_share / (1 - public_share)), odds


def main() -> int:
    if not BULK.exists():
        print(f"needs {BULK} (the shared data beside the checkout)", file=sys.stderr)
        return 1
    training: list[tuple[list[str], bool]] = []
    held_out: list[tuple[list[str], bool]] = []
    for text, public, is_held_out in labelled_reports():
        (held_out if is_held_out else training).append((report_words(text), public))
    prior, odds = train(training)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"prior\t{prior:.4f}\n")
        out.writelines(f"{word}\t{value:.3f}\n" for word, value in sorted(odds.items()))
    right = sum(
        (prior + sum(odds.get(w, 0.0) for w in words) > 0) == public for words, public in held_out
    )
    print(
        f"{len(training)} training reports, {len(odds)} words -> {OUT.relative_to(REPO)}; "
        f"held-out accuracy {right / len(held_out):.3f} on {len(held_out)} reports"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
