"""Placeholder until its issue lands."""

from __future__ import annotations

from factline.record import Analysis, Actor


def find_actors(analysis: Analysis) -> tuple[Actor, ...]:
    return ()
