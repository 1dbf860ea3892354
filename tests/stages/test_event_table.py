"""Rows of the event pattern table (knowledge/event_patterns.tsv, read by telex.stages.event_table): phrasings
of CAMEO codes, each checked on a short sentence of its own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,triple",
    [
        ("The Ecuadorian government lifted the state of emergency in Guayaquil.", ("ECU", "ECU", "081")),
        ("Thailand's army lifted martial law in the south on Friday.", ("THA", "THA", "081")),
        ("India raised the alert level of its navy on Sunday.", ("IND", "---", "152")),
        ("Tehran turned down an offer of talks from Washington.", ("IRN", "USA", "125")),
        ("Venezuela ruled out negotiations with Guyana over the border.", ("VEN", "GUY", "125")),
        ("Ukraine returned 40 Russian prisoners of war on Tuesday.", ("UKR", "RUS", "084")),
        ("An Israeli drone strike on the Lebanese town of Tyre killed two people.", ("ISR", "LBN", "195")),
        ("The World Bank disbursed 300 million dollars to Sri Lanka.", ("IGO", "LKA", "071")),
        ("Sweden cut aid to Zimbabwe after the disputed election.", ("SWE", "ZWE", "162")),
        ("The IMF halted lending to Zambia in June.", ("IGO", "ZMB", "162")),
        ("Iran and Oman launched a joint naval patrol in the Strait of Hormuz.", ("IRN", "OMN", "062")),
        ("Beijing launched a naval patrol near the Senkaku islands.", ("CHN", "---", "150")),
        ("Nepal bowed to pressure from India and reopened the border.", ("NPL", "IND", "080")),
        ("The Italian foreign minister voiced support for Tunisia on Tuesday.", ("ITA", "TUN", "051")),
        ("Qatar deposited 2 billion dollars in the Egyptian central bank.", ("QAT", "---", "071")),
        ("Armenian troops pulled back from the Azerbaijani town of Lachin.", ("ARM", "AZE", "087")),
        ("Israeli troops razed the homes of two Palestinian families.", ("ISR", "PSE", "171")),
        ("Russia sent two warships toward Finland on Monday.", ("RUS", "FIN", "154")),
        ("Poland blocked a joint statement on migration.", ("POL", "---", "120")),
    ],
)
def test_phrasings_of_cameo_codes(nlp, text, triple, event_triples):
    assert triple in event_triples(text)


def test_ruling_out_something_other_than_talks_is_no_event(nlp, event_triples):
    assert not any(code == "125" for _, _, code in event_triples("Police in Kenya ruled out foul play in the death."))


def test_forces_contributed_to_a_mission_are_aid(nlp, event_triples):
    assert ("GHA", "LBN", "074") in event_triples("Ghana contributed 900 soldiers to the peacekeeping force in Lebanon.")
