"""Shared fixtures. Tests that need the spaCy pipeline share one, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from telex.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
