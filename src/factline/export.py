"""Exports of stored records."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TextIO

from factline.record import Analysis, to_json


class ExportFormat(StrEnum):
    jsonl = "jsonl"


def write(format: ExportFormat, analyses: Iterable[Analysis], stream: TextIO) -> int:
    """Write `analyses` to `stream` in `format`; returns how many records were written."""
    count = 0
    for analysis in analyses:
        stream.write(to_json(analysis) + "\n")
        count += 1
    return count
