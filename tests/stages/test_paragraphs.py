"""Sentence boundaries telex sets before the parser: line breaks, datelines, a letter ending a sentence."""

from __future__ import annotations


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_line_break_ends_a_headline(nlp):
    assert _sentences(nlp, "Talks collapse in Doha\nThe delegations left on Monday.") == [
        "Talks collapse in Doha",
        "The delegations left on Monday.",
    ]


def test_a_capital_letter_after_a_lower_case_word_ends_a_sentence(nlp):
    sents = _sentences(nlp, "The minister posted the letter on X. Parliament will vote on it next week.")
    assert sents == ["The minister posted the letter on X.", "Parliament will vote on it next week."]


def test_a_middle_initial_does_not_end_a_sentence(nlp):
    assert len(_sentences(nlp, "President John F. Kennedy signed the order on Monday.")) == 1
