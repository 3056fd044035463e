"""factline: news reports of an unfolding crisis in, a structured, sourced, checkable record out."""

from __future__ import annotations

from factline.pipeline import analyze
from factline.record import Analysis, Document

__all__ = ["Analysis", "Document", "analyze"]
__version__ = "0.1.0"
