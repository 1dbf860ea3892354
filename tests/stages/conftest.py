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


@pytest.fixture
def event_triples():
    """``event_triples(text)``: the (source, target, CAMEO) triples of telex's events that are not negated, each code
    cut to its first three characters ("---" for no code), for an article dated 2024-03-01."""

    def read(text: str) -> set[tuple[str, str, str]]:
        analysis = telex.extract(text, published="2024-03-01")
        return {((e.source_code or "---")[:3], (e.target_code or "---")[:3], (e.cameo or "")[:3])
                for e in analysis.events if not e.negated}

    return read
