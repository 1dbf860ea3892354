"""Event roles (telex.stages.event_roles): who does an event and to whom, read off the parse."""

from __future__ import annotations

from datetime import date

import pytest

import telex


@pytest.mark.parametrize(
    "text,triple",
    [
        # the number that heads the subject counts the people; the people act
        ("Thousands of demonstrators marched through the streets of Yerevan on Sunday.", ("ARM", "ARM", "141")),
        ("Thousands of workers rallied in Seoul against the pension reform.", ("KOR", "KOR", "141")),
    ],
)
def test_a_number_of_people_as_subject_is_those_people(nlp, text, triple, event_triples):
    assert triple in event_triples(text)


def test_a_number_of_people_as_passive_agent_is_those_people(nlp):
    # the rebels, not the number, are the attackers: a rebel code, not the bare country of "in Sudan"
    analysis = telex.extract("Two Chadian soldiers were attacked by dozens of rebels in Sudan.", published=date(2024, 3, 1))
    assert any(e.cameo.startswith("19") and e.source_code == "SDNREB" for e in analysis.events)


def test_which_opening_a_relative_clause_stands_for_the_noun_before_it(nlp, event_triples):
    got = event_triples("Estonia, which has accused Russia of jamming GPS signals, summoned a diplomat on Friday.")
    assert ("EST", "RUS", "112") in got


def test_the_doer_of_a_noun_event_hung_on_its_of_object_by_the_parser(nlp, event_triples):
    # "the expulsion of X by Y": Y expels X, though the parser hangs "by Y" on X
    assert ("NOR", "RUS", "166") in event_triples("The expulsion of three Russian diplomats by Norway was confirmed on Monday.")


@pytest.mark.parametrize(
    "text,triple",
    [
        # the troops or police sent are the sender's own: the place they go to is the target
        ("Rwanda has pledged to contribute 800 police officers to the mission in Mozambique.", ("RWA", "MOZ", "033")),
        ("Turkey threatened to send ground troops into Syria if the shelling continued.", ("TUR", "SYR", "138")),
    ],
)
def test_own_forces_sent_are_not_the_target(nlp, text, triple, event_triples):
    got = event_triples(text)
    assert triple in got
    assert not any(s == t for s, t, _ in got), got


def test_whoever_is_on_strike_strikes(nlp, event_triples):
    got = event_triples("A detained Egyptian blogger has been on hunger strike since May, his lawyer said.")
    assert any(s == "EGY" and code == "142" for s, _, code in got), got


def test_people_named_by_nationality_protest_at_home(nlp, event_triples):
    assert ("UKR", "UKR", "141") in event_triples("Ukrainians demonstrated in Kyiv against corruption.")
    assert ("ARM", "ARM", "141") in event_triples("Tens of thousands of Armenians demonstrated in Yerevan against the border deal.")


@pytest.mark.parametrize(
    "text,triple",
    [
        # the attack's doer, named on the attack noun, does what the passive tells of those hit in it
        ("Six Nigerian soldiers were killed in a Boko Haram ambush in Borno.", ("NGA", "NGA", "190")),
        ("Two Colombian police officers were killed in an attack by ELN rebels.", ("COL", "COL", "190")),
    ],
)
def test_the_doer_of_an_attack_that_people_were_hit_in(nlp, text, triple, event_triples):
    assert triple in event_triples(text)


def test_those_who_act_against_a_protest_are_not_its_protesters(nlp, event_triples):
    got = event_triples("Hundreds of people were detained by Belarusian police during the protests in Minsk.")
    assert not any(code.startswith("14") for _, _, code in got), got


@pytest.mark.parametrize("text", ["The Belarusian president hid in his palace during the protests.",
                                  "The Belarusian government tightened security during the rally in Minsk."])
def test_what_the_state_does_during_a_protest_is_no_protest(nlp, event_triples, text):
    got = event_triples(text)
    assert not any(code.startswith("14") for _, _, code in got), got
    assert any(code.startswith("14") for _, _, code in event_triples("The Belarusian opposition leader spoke during the rally."))


@pytest.mark.parametrize("text", ["The Belarusian president held a rally in Minsk on Sunday.",
                                  "Belarusian authorities have chosen to suppress protests.",
                                  "The Belarusian president claimed foreign police had a hand in the protests."])
def test_a_protest_named_by_a_noun_is_no_act_of_the_state(nlp, event_triples, text):
    got = event_triples(text)
    assert not any(code.startswith("14") for _, _, code in got), got


@pytest.mark.parametrize("text", ["The Belarusian opposition leader held a rally in Minsk on Sunday.",
                                  "Belarus's foreign ministry protested to Lithuania over the visit."])
def test_a_protest_by_the_opposition_or_a_states_verb_of_protest_stays(nlp, event_triples, text):
    assert any(code.startswith("14") for _, _, code in event_triples(text)), event_triples(text)


def test_a_statement_blocked_makes_no_criticism(nlp, event_triples):
    got = event_triples("Greece vetoed a European Union statement criticising Turkey.")
    assert not any(code.startswith("11") for _, _, code in got), got
    assert any(c == "111" for _, _, c in event_triples("The EU issued a statement criticising Turkey."))


def test_an_appeal_asked_of_another_is_not_made_by_them(nlp, event_triples):
    got = event_triples("Germany urged India to press Russia to end the war.")
    assert ("DEU", "IND", "020") in got
    assert not any(s == "IND" for s, _, _ in got), got


def test_those_killed_in_an_operation_named_with_its_doer_were_killed_by_that_doer(nlp, event_triples):
    # "operation" is one of the force nouns (event_syntax.FORCE_NOUNS), as "ambush" and "strike" are
    got = event_triples("Two rebel commanders were killed in a French military operation in Mali on Monday.")
    assert any(s == "FRA" and c == "190" for s, _, c in got), got


@pytest.mark.parametrize(
    "text,triple",
    [
        # whoever adopts a decision or plan intends what it provides for
        ("The Iraqi parliament voted on a resolution to expel US troops from the country.", ("IRQ", "USA", "136")),
        ("The Iraqi parliament passed a resolution to expel US troops.", ("IRQ", "USA", "136")),
        ("Russia announced a plan to withdraw troops from Syria.", ("RUS", "SYR", "035")),
    ],
)
def test_the_act_a_decision_provides_for_is_intended_by_its_adopter(nlp, text, triple):
    analysis = telex.extract(text, published=date(2024, 3, 1))
    found = {((e.source_code or "")[:3], (e.target_code or "")[:3], e.cameo[:3]): e.modality for e in analysis.events}
    assert found.get(triple) == "intended", found


def test_a_decision_rejected_provides_for_nothing(nlp, event_triples):
    assert not [t for t in event_triples("The Iraqi parliament rejected a resolution to expel US troops.") if t[1] == "USA"]


@pytest.mark.parametrize(
    "text,sources",
    [
        # "they" opening a sentence stands for the coordinated actors just named as a subject
        ("Chile and Peru condemned the raid on Monday. They called on Bolivia to withdraw its troops.", {"CHL", "PER"}),
        # a singular subject between cannot be "they"; a "they" before is followed back
        ("Chile and Peru met in Lima on Monday. The Argentine envoy joined them as an observer. They urged Bolivia to talk.",
         {"CHL", "PER"}),
        ("Chile and Peru met in Lima on Monday. They agreed on a statement. They urged Bolivia to talk.", {"CHL", "PER"}),
    ],
)
def test_they_after_coordinated_subjects_stands_for_all_of_them(nlp, text, sources):
    analysis = telex.extract(text, published=date(2024, 3, 1))
    got = {e.source_code[:3] for e in analysis.events if (e.target_code or "").startswith("BOL") and e.cameo.startswith("02")}
    assert got == sources, [(e.source_code, e.cameo, e.target_code) for e in analysis.events]


def test_they_after_a_plural_subject_of_no_actor_is_no_actor(nlp):
    analysis = telex.extract("Chile's envoys met Peru's. Researchers studied the talks. They urged Bolivia to talk.", published=date(2024, 3, 1))
    assert not [e for e in analysis.events if (e.target_code or "").startswith("BOL")], analysis.events


@pytest.mark.parametrize(
    "text",
    [
        # a participle taken for the main verb: the finite verb after its noun is its subject's, not the noun's
        "The Kenyan president speaking to the Chatham House think tank called on Uganda to reopen the border.",
        "On Monday, Kenyan foreign minister Musalia Mudavadi speaking to a Brussels think tank urged Uganda to reopen the border.",
    ],
)
def test_the_subject_of_a_participle_does_the_verb_after_it(nlp, text, event_triples):
    assert ("KEN", "UGA", "020") in event_triples(text)
