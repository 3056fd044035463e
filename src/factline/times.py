"""Time stage (placeholder until the times issue lands)."""

from __future__ import annotations

from factline.record import Analysis, Time


def find_times(analysis: Analysis) -> tuple[Time, ...]:
    return ()
