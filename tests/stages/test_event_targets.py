"""Event targets (telex.stages.event_targets): whom an event is aimed at when no object names anyone."""

from __future__ import annotations

from datetime import date

import pytest

import telex


def _triples(text: str) -> set[tuple[str, str, str]]:
    analysis = telex.extract(text, published=date(2024, 3, 1))
    return {((e.source_code or "---")[:3], (e.target_code or "---")[:3], (e.cameo or "")[:3]) for e in analysis.events if not e.negated}


@pytest.mark.parametrize(
    "text,triple",
    [
        ("Turkey deployed two warships near Cyprus on Monday.", ("TUR", "CYP", "154")),
        ("Belarus massed troops along the Lithuanian border.", ("BLR", "LTU", "154")),
        ("Iran deployed warships off the coast of Oman.", ("IRN", "OMN", "154")),
    ],
)
def test_a_show_of_force_is_aimed_at_the_country_it_is_made_near(nlp, text, triple):
    assert triple in _triples(text)


def test_a_show_of_force_along_ones_own_border_names_no_one(nlp):
    got = _triples("The Indian army deployed troops along its border on Monday.")
    assert not any(code.startswith("15") and target not in ("---",) for _, target, code in got), got


@pytest.mark.parametrize("text", ["Georgian troops pulled back from the Russian town of Adler.", "Georgian troops pulled out of the Russian town of Adler."])
def test_a_preposition_hung_on_a_particle_is_the_verbs(nlp, text):
    assert ("GEO", "RUS", "087") in _triples(text)
