"""Placeholder until its issue lands."""

from __future__ import annotations

from factline.record import Analysis, Place


def find_places(analysis: Analysis) -> tuple[Place, ...]:
    return ()
