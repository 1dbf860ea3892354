"""Helpers shared by the stage tests."""

from __future__ import annotations

import pytest

import telex


@pytest.fixture
def speaker_text():
    """``speaker_text(text, fragment)``: the text of the speaker span telex gives the first quote containing
    ``fragment`` (None if it has none), for an article dated 2016-05-01."""

    def read(text: str, fragment: str) -> str | None:
        for q in telex.extract(text, published="2016-05-01").quotes:
            if fragment in q.text:
                return text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None
        raise AssertionError(f"no quote containing {fragment!r}")

    return read
