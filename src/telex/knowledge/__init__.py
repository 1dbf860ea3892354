"""Knowledge written as data: readable files telex reads at start-up. See each file's header."""

from __future__ import annotations

from importlib import resources
from typing import Iterator


def data_lines(name: str) -> Iterator[tuple[int, str]]:
    """Non-blank, non-comment lines of a knowledge file, with their line numbers."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line.rstrip("\n")
