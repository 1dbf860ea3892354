"""Home sides: a source no country places takes the country of the state it presses, accuses or protests against."""

import pytest
import telex


def sides(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(e.source_code, e.cameo, e.target_code) for e in telex.extract(text, published="2024-03-01").events if not e.negated]


@pytest.mark.parametrize("text,code,source", [
    ("Judge Maria Lopez opened an investigation into three Peruvian ministers.", "090", "PERJUD"),
    ("Religious leaders demanded the resignation of the Ugandan president.", "104", "UGAREL"),
])
def test_a_domestic_actor_pressing_a_state_is_its_own(text, code, source):
    got = sides(text)
    assert any(c == code and s == source for s, c, _ in got), got


@pytest.mark.parametrize("text", [
    "Western diplomats criticised the Russian government.",  # of many countries
    "Foreign journalists criticised the Chinese government.",  # of another
    "Gunmen attacked the convoy of the Kenyan president.",  # force is as often a foreign enemy's
])
def test_a_source_of_many_countries_or_using_force_is_not_placed_by_its_target(text):
    got = sides(text)
    assert got and all(s is None for s, _, _ in got), got


def test_government_forces_named_by_no_country_are_their_targets_countrys():
    got = sides("Government forces shelled Idlib on Monday.")
    assert ("SYRMIL", "194", "SYR") in got, got


def test_forces_not_named_as_the_governments_take_no_country_from_their_target():
    got = sides("Unidentified forces shelled Idlib on Monday.")
    assert not any(s for s, _, _ in got), got
