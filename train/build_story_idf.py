"""Build the background document frequencies that story grouping weighs words by (`make models`).

A word's weight in a report is its TF-IDF, and the IDF comes from a fixed background corpus of
general news rather than from the store: in a store that holds only reports on Kazakhstan, the
word "Kazakhstan" would otherwise weigh nothing, and a report's vector would change as the store
grows. The background is BBC News 2225 (2004-2005) and the AG News test split, from
`../shared/data/news-bulk` (neither is used by `benchmarks/eval_stories.py`), tokenized exactly
as grouping tokenizes (`factline.stories.content_terms`).

Output: `src/factline/resources/stories/idf.tsv.gz`, a `documents` line with the corpus size,
then `term<TAB>document frequency` for every term in two documents or more.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from factline.stories import content_terms

REPO = Path(__file__).resolve().parents[1]
BULK = REPO.parent / "shared" / "data" / "news-bulk"
OUT = REPO / "src" / "factline" / "resources" / "stories" / "idf.tsv.gz"
MIN_DOCUMENTS = 2


def background_texts() -> Iterator[str]:
    for path in sorted((BULK / "bbc-news-2225").glob("*/*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")
    with (BULK / "ag-news-test" / "test.csv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            yield f"{row['title']}\n{row['description']}"


def main() -> int:
    if not BULK.exists():
        print(f"needs {BULK} (the shared data beside the checkout)", file=sys.stderr)
        return 1
    frequency: Counter[str] = Counter()
    documents = 0
    for text in background_texts():
        frequency.update(content_terms(text).keys())
        documents += 1
    kept = sorted((t, n) for t, n in frequency.items() if n >= MIN_DOCUMENTS)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"documents\t{documents}\n")
        out.writelines(f"{term}\t{n}\n" for term, n in kept)
    print(f"{documents} documents, {len(kept)} terms -> {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
