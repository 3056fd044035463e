"""Every regular expression of the package, run on adversarial strings: time must stay linear.

A pattern with nested unbounded quantifiers can take quadratic or exponential time on the right
input; crisis text arrives scraped and hostile. For each compiled pattern found at module level
in `factline`, this times `finditer` over adversarial strings of 10 KB and 100 KB and reports
the worst growth (linear growth is about 10x).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import timeit
from collections.abc import Iterator

import factline

# Strings that stress typical patterns: digit soup, repeated words and punctuation, long runs
# without a sentence break, alternating case, and separators that almost match.
_SEEDS = (
    "1/1/",
    "2022-",
    "1,0",
    "Jan. ",
    "a ",
    "A. ",
    "the following ",
    "at least ",
    "said ",
    "..",
    "aA",
    " \n",
    "\u200f\u0301",
    "a",
    "1",
    " ",
    ".",
    '"',
    "\n",
)


def project_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """(module.name, pattern) for every compiled pattern held at module level in factline."""
    for info in pkgutil.walk_packages(factline.__path__, "factline."):
        if info.name.startswith("factline.web") or info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value


def scan_seconds(pattern: re.Pattern[str], text: str) -> float:
    """Seconds for one `finditer` pass: the best of five, so that a busy machine's noise is low."""

    def scan() -> None:
        for _ in pattern.finditer(text):
            pass

    return min(timeit.repeat(scan, number=1, repeat=5))


def worst_growth(pattern: re.Pattern[str], small: int = 10_000, large: int = 100_000) -> float:
    """The largest time ratio between a large and a small adversarial string, over the seeds.

    Linear time gives about large/small. A pattern already slow on the small string is not run
    on the large one: its growth is reported as quadratic, (large/small) squared.
    """
    worst = 0.0
    for seed in _SEEDS:
        small_text = (seed * (small // len(seed) + 1))[:small]
        small_seconds = scan_seconds(pattern, small_text)
        if small_seconds > small * 2e-6:  # 2 µs a character: far slower than any linear scan
            return (large / small) ** 2
        large_text = (seed * (large // len(seed) + 1))[:large]
        worst = max(worst, scan_seconds(pattern, large_text) / small_seconds)
    return worst


def pattern_growth(small: int = 10_000) -> dict[str, float]:
    """Each project pattern's worst growth when its input grows tenfold from `small` characters."""
    return {name: worst_growth(pattern, small, small * 10) for name, pattern in project_patterns()}


def pattern_scaling() -> dict[str, float | int | str]:
    growth = pattern_growth()
    worst_name = max(growth, key=growth.__getitem__) if growth else ""
    return {
        "regex_patterns": len(growth),
        "regex_worst_growth_10x_input": growth.get(worst_name, 0.0),
        "regex_worst_pattern": worst_name,
    }
