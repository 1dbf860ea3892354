"""Event modality (stages/event_modality.py): acts called off or still planned, talks that broke down."""

from __future__ import annotations

import pytest

import telex


def events(text: str):
    return telex.extract(text, published="2021-05-01").events


@pytest.mark.parametrize("text", [
    "A planned visit by the Kenyan foreign minister to Uganda was postponed after the floods.",
    "Kenya called off talks with Somalia on Friday.",
    "The summit between the Kenyan and Ugandan presidents has been cancelled.",
    "The Kenyan president's trip to Kampala, which was cancelled, was to include a state dinner.",
])
def test_an_act_called_off_did_not_take_place(nlp, text):
    assert not [e for e in events(text) if not e.negated], events(text)


def test_a_planned_act_is_intended(nlp):
    found = [e for e in events("The planned talks between Kenya and Somalia will focus on trade.") if not e.negated]
    assert found and all(e.modality == "intended" for e in found), found


@pytest.mark.parametrize("text", ["Talks between Kenya and Somalia collapsed in Nairobi on Tuesday.",
                                  "Negotiations between Kenya and Somalia broke down on Friday."])
def test_talks_that_broke_down_were_halted(nlp, text):
    found = {(e.source_code[:3], e.target_code[:3], e.cameo) for e in events(text) if not e.negated}
    assert found == {("KEN", "SOM", "164"), ("SOM", "KEN", "164")}, found


def test_talks_that_resumed_were_held(nlp):
    assert {e.cameo for e in events("Talks between Kenya and Somalia resumed on Tuesday.")} == {"046"}


def test_a_cooperative_act_threatened_is_a_threat_not_an_intent(nlp):
    codes = {(e.cameo or "")[:3] for e in events("Turkey threatened to send ground troops into Syria.") if not e.negated}
    assert "138" in codes
    assert not any(c.startswith("03") for c in codes), codes


def test_mediation_offered_is_an_intent_to_mediate(nlp):
    codes = {(e.cameo or "")[:3] for e in events("Turkey offered to mediate between Serbia and Kosovo.") if not e.negated}
    assert "039" in codes and "036" not in codes, codes


@pytest.mark.parametrize("text", [
    "The cabinet drafted a law that would have allowed Peru to expel foreign diplomats.",
    "The treaty permits Russia to expel foreign diplomats.",
])
def test_an_act_permitted_is_not_done(nlp, text):
    found = [e for e in events(text) if e.cameo.startswith(("06", "16"))]
    assert found and all(e.modality == "hypothetical" for e in found), found


def test_what_would_have_been_done_is_hypothetical_not_intended(nlp):
    found = [e for e in events("Without the ceasefire, Kenya would have sent troops to Somalia.") if e.target_code == "SOM"]
    assert found and all(e.modality == "hypothetical" for e in found), found
    # a plain "would" is still an intention
    assert all(e.modality == "intended" for e in events("Kenya said it would send troops to Somalia.")), events("Kenya said it would send troops to Somalia.")


@pytest.mark.parametrize("text,modality", [
    # set by "but" against what would have happened, the resignation did happen
    ("The Peruvian prime minister would have faced impeachment but resigned before the vote.", "asserted"),
    ("The Peruvian prime minister could have faced impeachment, but resigned in March.", "asserted"),
    # with "and" the conjunct shares the counterfactual
    ("The Peruvian prime minister would have faced impeachment and resigned.", "hypothetical"),
])
def test_what_happened_instead_of_a_counterfactual_is_asserted(nlp, text, modality):
    found = [e for e in events(text) if e.cameo.startswith("083")]
    assert found and all(e.modality == modality for e in found), found


@pytest.mark.parametrize("text,code", [
    ("The EU threatened sanctions over the Russian attack on Ukraine.", "19"),
    ("Peru vowed revenge for the killing of a Peruvian general by Chile.", "19"),
])
def test_the_act_a_threat_answers_was_done_not_threatened(nlp, text, code):
    # the cause of a threatened or vowed response is no threat itself (no 138x) and is no longer to come
    found = [e for e in events(text) if e.cameo.startswith(code)]
    assert found and all(e.modality in ("asserted", "reported") for e in found), events(text)
    assert not any(e.cameo.startswith("138") for e in events(text)), events(text)
