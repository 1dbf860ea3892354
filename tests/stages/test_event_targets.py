"""Event targets (telex.stages.event_targets): whom an event is aimed at when no object names anyone."""

from __future__ import annotations

import pytest

import telex


@pytest.mark.parametrize(
    "text,triple",
    [
        ("Turkey deployed two warships near Cyprus on Monday.", ("TUR", "CYP", "154")),
        ("Belarus massed troops along the Lithuanian border.", ("BLR", "LTU", "154")),
        ("Iran deployed warships off the coast of Oman.", ("IRN", "OMN", "154")),
    ],
)
def test_a_show_of_force_is_aimed_at_the_country_it_is_made_near(nlp, text, triple, event_triples):
    assert triple in event_triples(text)


def test_a_show_of_force_along_ones_own_border_names_no_one(nlp, event_triples):
    got = event_triples("The Indian army deployed troops along its border on Monday.")
    assert not any(code.startswith("15") and target not in ("---",) for _, target, code in got), got


@pytest.mark.parametrize("text", ["Georgian troops pulled back from the Russian town of Adler.", "Georgian troops pulled out of the Russian town of Adler."])
def test_a_preposition_hung_on_a_particle_is_the_verbs(nlp, text, event_triples):
    assert ("GEO", "RUS", "087") in event_triples(text)


@pytest.mark.parametrize("text", [
    "Canada withdrew from the Paris climate accord in 2019.",
    "Ukraine pulled out of the Minsk agreement on Monday.",
    "Canada withdrew from the Kyoto Protocol.",
])
def test_the_city_an_agreement_is_named_after_is_no_party_to_it(nlp, text, event_triples):
    got = event_triples(text)
    assert not any(code.startswith("16") and target not in ("---",) for _, target, code in got), got


@pytest.mark.parametrize("text,triple", [
    ("Canada withdrew from the Iran nuclear deal.", ("CAN", "IRN", "161")),
    ("Canada withdrew from the nuclear deal with Iran.", ("CAN", "IRN", "161")),
])
def test_a_country_an_agreement_is_named_after_is_a_party_to_it(nlp, text, triple, event_triples):
    assert triple in event_triples(text)


@pytest.mark.parametrize("text,triple", [
    ("Peru vowed revenge for the killing of a Peruvian general by Chile.", ("PER", "CHL", "130")),
    ("Hezbollah vowed to retaliate for Israel's strikes on Lebanon.", ("LBN", "ISR", "130")),
])
def test_a_vowed_response_is_aimed_at_whoever_did_what_it_answers(nlp, text, triple, event_triples):
    got = event_triples(text)
    assert {(s[:3], t[:3], c) for s, t, c in got} >= {triple}, got
    assert not any(c == "130" and s[:3] == t[:3] for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "A Dutch airstrike killed four rebel commanders.",
    "Militant leaders were killed by a Canadian drone strike.",
    "Belgium bombed the militants on Monday.",
])
def test_a_group_struck_by_a_state_is_not_of_the_states_country(nlp, text, event_triples):
    got = event_triples(text)
    assert any(c[:2] in ("18", "19", "20") for _, _, c in got), got
    assert not any(c[:2] in ("18", "19", "20") and s == t for s, t, c in got), got


@pytest.mark.parametrize("text,triple", [
    ("Nigerian police beat five protesters.", ("NGA", "NGA", "182")),
    ("Syrian troops killed rebels in Homs.", ("SYR", "SYR", "190")),
])
def test_a_group_struck_at_home_or_by_police_is_of_the_sources_country(nlp, text, triple, event_triples):
    assert triple in event_triples(text)


@pytest.mark.parametrize("text,target", [
    ("Kenyan police arrested five rebel commanders.", "KENREB"),
    ("The Ugandan government banned opposition leaders.", "UGAOPP"),
    ("Nigerian police beat opposition leaders.", "NGAOPP"),
])
def test_a_side_named_before_a_rank_gives_the_groups_sector(nlp, text, target):
    analysis = telex.extract(text, published="2024-03-01")
    assert target in {e.target_code for e in analysis.events}, [(e.cameo, e.source_code, e.target_code) for e in analysis.events]
