"""Language identification with py3langid: a small model shipped in its wheel, about 1 ms a text."""

from __future__ import annotations

from functools import lru_cache

#: Characters of text the identifier reads. Two thousand characters are several sentences,
#: plenty for a confident guess, and keep the cost flat for long articles.
SAMPLE_CHARS = 2000

#: Below this many letters a guess is unreliable (a headline, a caption); telex then assumes the text is
#: acceptable rather than refusing it on a coin toss.
MIN_LETTERS = 40

#: Probability a different language must reach before an article is skipped. py3langid's normalised
#: probabilities are above 0.99 on real paragraphs; 0.9 keeps short English texts with foreign names in.
MIN_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and probability, or ``(None, 0.0)`` when the text is too short to tell.

    >>> detect_language("The minister said on Friday that talks would resume next week in Geneva.")[0]
    'en'
    """
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)
