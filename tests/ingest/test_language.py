"""telex.ingest.language.detect_language: py3langid on short paragraphs (no spaCy)."""

from __future__ import annotations

import pytest

from telex.ingest.language import MIN_LETTERS, detect_language


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "The foreign minister said on Friday that talks with the neighbouring government would resume next "
            "week in Geneva, after both sides agreed to a short pause in the dispute over the border.",
            "en",
        ),
        (
            "Der Außenminister sagte am Freitag, die Gespräche mit der Regierung des Nachbarlandes würden nächste "
            "Woche in Genf fortgesetzt, nachdem beide Seiten einer kurzen Pause im Grenzstreit zugestimmt hatten.",
            "de",
        ),
        (
            "Le ministre des Affaires étrangères a déclaré vendredi que les négociations avec le gouvernement voisin "
            "reprendraient la semaine prochaine à Genève, après une courte pause dans le différend frontalier.",
            "fr",
        ),
    ],
    ids=["english", "german", "french"],
)
def test_paragraphs_are_identified_with_high_confidence(text, code):
    lang, prob = detect_language(text)
    assert lang == code
    assert prob > 0.9


@pytest.mark.parametrize("text", ["", "Talks resume.", "Minister quits — 2024-05-06, 14:00 GMT", "12345 67890 !!! ???"])
def test_too_short_text_gives_no_guess(text):
    assert sum(ch.isalpha() for ch in text) < MIN_LETTERS
    assert detect_language(text) == (None, 0.0)


def test_only_the_start_of_a_long_text_is_read():
    english = (
        "The foreign minister said on Friday that talks with the neighbouring government would resume next "
        "week in Geneva, after both sides agreed to a short pause in the dispute over the border. "
    ) * 12
    german = "Der Außenminister sagte am Freitag, die Gespräche würden nächste Woche in Genf fortgesetzt. " * 40
    assert len(english) > 2000
    assert detect_language(english + german)[0] == "en"
