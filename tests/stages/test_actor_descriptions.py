"""Descriptions read around a named actor (actor_descriptions), on short texts written for these tests."""

import pytest

import telex


def _actor(text: str, name: str, published: str = "2026-03-14"):
    analysis = telex.extract(text, published=published)
    return next(a for a in analysis.actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "name", "country", "sectors", "role"),
    [
        # the body after "of" says whose the chief of staff is (MIL), not what he is (not "armed forces")
        ("The chief of staff of the Zambian armed forces, Gen. Peter Mwale, said the border was calm.",
         "Peter Mwale", "ZMB", ["MIL"], "chief of staff"),
        # a rebel group's commander is of the group's kind (REB), not a soldier of the state (MIL)
        ("The deputy commander of the Rapid Support Forces, Idris Kamal, rejected the charge.",
         "Idris Kamal", "SDN", ["REB"], "commander"),
        # a spokeswoman for the police speaks for the police (COP), she is no police force
        ("Lina Sari, a spokeswoman for the Indonesian police, said two men were held.",
         "Lina Sari", "IDN", ["COP"], "spokeswoman"),
        # the president of a union is a union man (LAB), not a head of state (GOV)
        ("Tom Reid, the president of the Canadian Auto Workers union, said the plant would close.",
         "Tom Reid", "CAN", ["LAB"], "president"),
        # the head of a body has no role the table names: only whose he is
        ("The head of the British counter-terrorism police, Neil Barton, said the man acted alone.",
         "Neil Barton", "GBR", ["COP"], None),
    ],
)
def test_a_body_in_a_phrase_after_the_role_is_the_owner_not_the_role(nlp, text, name, country, sectors, role):
    actor = _actor(text, name)
    assert (actor.country, actor.sectors, actor.role) == (country, sectors, role)


def test_a_partitive_of_phrase_keeps_a_bodys_own_role(nlp):
    # "the second of the big carmakers" is a carmaker: "second" is no noun that owns them
    actor = _actor("Fordham, the second of the big three American car manufacturers, beat forecasts.", "Fordham")
    assert actor.role == "manufacturer" and actor.sectors == ["BUS"]
