"""Shared fixtures: where the public data lives, and the demo reports."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data beside the checkout); absent here")
    return path


@pytest.fixture
def seed_text() -> str:
    return shared_path("seed", "kazakhstan-2022.txt").read_text(encoding="utf-8")
