"""Shared helpers for the benchmark scripts: where the data is, and how to say it is missing."""

from __future__ import annotations

import sys
from pathlib import Path

#: Default location of the shared data, relative to the repository root.
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def require(path: Path, what: str) -> Path:
    """Exit with a clear message when a benchmark's data is not where it was told to look."""
    if not path.exists():
        sys.exit(f"error: {what} not found at {path}. Pass its location as the first argument.")
    return path
