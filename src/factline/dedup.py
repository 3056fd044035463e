"""Near-duplicate reports: MinHash signatures of word shingles, and LSH bands to find them fast.

Syndicated wire copy reaches us many times: the same story with another headline, a trailing
"carried from a wire service" line, a corrected spelling. Exact copies share a text id (the
SHA-256); near copies share most of their word shingles, so the Jaccard similarity of their
shingle sets is high. A MinHash signature estimates that similarity from 128 small numbers, and
cutting the signature into bands (locality-sensitive hashing) finds the candidates with an
index lookup instead of comparing every pair (Broder 1997; Leskovec, Rajaraman & Ullman,
*Mining of Massive Datasets*, ch. 3).

Words are lower-cased and punctuation dropped before shingling, so that re-typeset copies
("Kazakh-stan ," vs "Kazakhstan,") still match.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

SHINGLE_WORDS = 3
PERMUTATIONS = 128
BANDS = 32  # 32 bands of 4 rows: pairs above a Jaccard of about 0.42 become candidates
NEAR_DUPLICATE_JACCARD = 0.7  # tuned on the crisis-timelines dev sets (benchmarks/eval_stories.py)

_WORD = re.compile(r"\w+")
_MERSENNE_61 = (1 << 61) - 1
_MAX_32 = (1 << 32) - 1

Signature = npt.NDArray[np.uint32]


@dataclass(frozen=True)
class Fingerprint:
    """A report's MinHash signature and the LSH bucket of each band of it."""

    signature: Signature
    buckets: tuple[int, ...]

    def similarity(self, other: Fingerprint) -> float:
        """The estimated Jaccard similarity of the two reports' shingle sets."""
        return float(np.mean(self.signature == other.signature))

    def to_hex(self) -> str:
        return self.signature.astype(">u4").tobytes().hex()

    @classmethod
    def from_hex(cls, text: str) -> Fingerprint:
        signature = np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.uint32)
        return cls(signature, band_buckets(signature))


def words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of `size`-word windows of the text (the whole text if it is shorter)."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@cache
def _permutations() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """Fixed coefficients of the hash functions (a·x + b) mod p, the same in every process."""
    generator = np.random.default_rng(20220105)
    multipliers = generator.integers(1, 1 << 31, size=PERMUTATIONS, dtype=np.uint64)
    offsets = generator.integers(0, 1 << 31, size=PERMUTATIONS, dtype=np.uint64)
    return multipliers, offsets


def fingerprint(text: str) -> Fingerprint:
    """The MinHash fingerprint of a report's text."""
    hashed = np.fromiter(
        (zlib.crc32(shingle.encode("utf-8", "surrogatepass")) for shingle in shingles(text)),
        dtype=np.uint64,
    )
    if hashed.size == 0:
        hashed = np.zeros(1, dtype=np.uint64)
    multipliers, offsets = _permutations()
    # a < 2**31 and x < 2**32, so a·x + b stays below 2**64: no overflow before the modulus.
    values = (np.outer(hashed, multipliers) + offsets) % _MERSENNE_61 & _MAX_32
    signature = values.min(axis=0).astype(np.uint32)
    return Fingerprint(signature, band_buckets(signature))


def band_buckets(signature: Signature) -> tuple[int, ...]:
    """One signed 64-bit bucket per band, so that it fits a BIGINT column in any database."""
    rows = len(signature) // BANDS
    buckets = []
    for band in range(BANDS):
        chunk = signature[band * rows : (band + 1) * rows].astype(">u4").tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(4, "big")).digest()
        buckets.append(int.from_bytes(digest, "big", signed=True))
    return tuple(buckets)


class DuplicateIndex:
    """An in-memory LSH index: add fingerprints, ask for the near duplicate of a new one."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_JACCARD) -> None:
        self.threshold = threshold
        self._buckets: dict[tuple[int, int], list[str]] = {}
        self._fingerprints: dict[str, Fingerprint] = {}

    def add(self, key: str, print_: Fingerprint) -> None:
        self._fingerprints[key] = print_
        for band, bucket in enumerate(print_.buckets):
            self._buckets.setdefault((band, bucket), []).append(key)

    def candidates(self, print_: Fingerprint) -> set[str]:
        found: set[str] = set()
        for band, bucket in enumerate(print_.buckets):
            found.update(self._buckets.get((band, bucket), ()))
        return found

    def near_duplicate(self, print_: Fingerprint) -> tuple[str, float] | None:
        """The most similar stored key at or above the threshold, with its similarity."""
        return best_match(
            print_,
            ((key, self._fingerprints[key]) for key in self.candidates(print_)),
            self.threshold,
        )


def best_match(
    print_: Fingerprint, candidates: Iterable[tuple[str, Fingerprint]], threshold: float
) -> tuple[str, float] | None:
    """The candidate most similar to `print_`, if it reaches `threshold` (ties: first key)."""
    best: tuple[str, float] | None = None
    for key, other in sorted(candidates, key=lambda pair: pair[0]):
        similarity = print_.similarity(other)
        if similarity >= threshold and (best is None or similarity > best[1]):
            best = (key, similarity)
    return best


def duplicate_groups(texts: Sequence[str], threshold: float = NEAR_DUPLICATE_JACCARD) -> list[int]:
    """For each text, the index of the first earlier text it duplicates (itself if none)."""
    index = DuplicateIndex(threshold)
    originals: list[int] = []
    for position, text in enumerate(texts):
        print_ = fingerprint(text)
        match = index.near_duplicate(print_)
        if match is None:
            index.add(str(position), print_)
            originals.append(position)
        else:
            originals.append(originals[int(match[0])])
    return originals
