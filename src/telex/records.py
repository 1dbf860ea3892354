"""The data model: the one vocabulary every telex module speaks.

Every annotation carries ``span: (start, end)``, character offsets into
``Article.text``, so any claim can be shown in its sentence. The JSON form of
:class:`Analysis` is telex's output contract (DESIGN.md, section 4): fields may
be added, none renamed or removed without a versioned change.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

#: Output contract version. Bump on any breaking change to the JSON form.
SCHEMA_VERSION = "1.0"

Span = tuple[int, int]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


def normalise_for_id(text: str) -> str:
    """The text as the article id sees it: Unicode NFC, whitespace runs collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its normalised text.

    >>> article_id("Talks  began.\\n") == article_id("Talks began.")
    True
    """
    digest = hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()
    return digest[:16]


class Article(Record):
    """One news article, as ingest made it. ``text`` is what every span indexes."""

    id: str = ""
    title: Optional[str] = None
    text: str
    published: Optional[date] = None
    source: Optional[str] = Field(None, description="publisher or site name")
    url: Optional[str] = None
    language: Optional[str] = Field(None, description="ISO 639-1 code, detected or given")
    input_id: Optional[str] = Field(None, description="the id the input gave this article (JSONL `id`)")
    origin: Optional[str] = Field(None, description="where it was read: path, path:line, path#record")
    format: Optional[Literal["text", "html", "feed", "jsonl", "warc", "api"]] = None
    title_span: Optional[Span] = Field(None, description="where the title sits inside `text`, if it does")
    published_from: Optional[str] = Field(
        None, description="where `published` came from: given, page, feed, jsonl, warc-date"
    )
    warnings: list[str] = Field(default_factory=list, description="what ingest had to do to read it")

    def model_post_init(self, __context) -> None:  # noqa: D401 - pydantic hook
        if not self.id:
            self.id = article_id(self.text)


class Excluded(Record):
    """A part of the text that belongs to the page, not the story. Kept in the text, never extracted from."""

    span: Span
    text: str
    kind: Literal["credit", "furniture", "dateline"]


class Actor(Record):
    id: str
    name: str
    kind: Literal["person", "org", "country", "group"] = "person"
    country: Optional[str] = Field(None, description="ISO 3166 alpha-3")
    code: Optional[str] = Field(None, description="organisation code (NATO, UN, EU) or CAMEO actor code")
    sectors: list[str] = Field(default_factory=list)
    role: Optional[str] = None
    anonymous: bool = False
    kb_id: Optional[str] = None
    mentions: list[Span] = Field(default_factory=list)


class Quote(Record):
    text: str
    span: Span
    kind: Literal["direct", "fragment", "indirect", "term"]
    speaker: Optional[str] = Field(None, description="actor id")
    speaker_span: Optional[Span] = None
    cue: Optional[str] = None
    cue_type: Optional[Literal["speech", "thought", "stance", "finding"]] = Field(
        None,
        description="what the attribution reports: speech (said, according to, any quotation), thought "
        "(believes, knows), stance (wants, plans, backs; the writer's 'seems'), finding (a poll shows); "
        "none for a term",
    )
    sentence: Optional[int] = None


Precision = Literal["day", "week", "month", "quarter", "year", "decade", "duration", "reference"]


class DateValue(Record):
    value: str
    precision: Literal["day", "week", "month", "quarter", "year", "decade", "duration", "reference", "publication"]
    text: Optional[str] = None


class DateMention(Record):
    """A time expression. ``value`` is ISO 8601 or TIMEX3 (``2022-05-13``, ``2022-W19``, ``199`` for the
    1990s, ``P3M``); ``reference`` precision marks ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` ("now",
    "recently")."""

    text: str
    span: Span
    value: str
    precision: Precision


class Place(Record):
    text: str
    span: Span
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    feature: Optional[str] = None
    gazetteer_id: Optional[str] = None


class Amount(Record):
    text: str
    span: Span
    value: float
    unit: str
    counts: Optional[str] = None


class Plover(Record):
    type: str
    mode: Optional[str] = None


class EventPlace(Record):
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None


class Evidence(Record):
    span: Span
    sentence: int


class Event(Record):
    source: Optional[str] = None
    target: Optional[str] = None
    source_code: Optional[str] = None
    target_code: Optional[str] = None
    cameo: str
    plover: Optional[Plover] = None
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    date: Optional[DateValue] = None
    place: Optional[EventPlace] = None
    amounts: list[Amount] = Field(default_factory=list)
    negated: bool = False
    modality: Literal["asserted", "intended", "hypothetical", "reported"] = "asserted"
    reported_by: Optional[str] = None
    evidence: Evidence
    confidence: float = 0.5


class Analysis(Record):
    """Everything telex found in one article: what ``extract`` returns and ``telex extract`` prints."""

    article: Article
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    excluded: list[Excluded] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list, description="sentence spans; `sentence` indexes this")
    schema_version: str = SCHEMA_VERSION

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")


class Failure(Record):
    """An input that gave no analysis, in place of its output line so line numbers match the input."""

    error: str = Field(description="why, for people")
    code: str = Field(description="stable error code, see telex.errors")
    skipped: bool = Field(False, description="true when left out on purpose (not English), not failed")
    origin: Optional[str] = Field(None, description="the file, and line or record, it came from")
    id: Optional[str] = Field(None, description="the input's own id, where it gave one")

    @classmethod
    def from_error(cls, err, *, origin: str | None = None, input_id: str | None = None) -> "Failure":
        from telex.errors import SKIP_CODES, TelexError

        code = err.code if isinstance(err, TelexError) else "E300"
        message = err.message if isinstance(err, TelexError) else f"{type(err).__name__}: {err}"
        return cls(
            error=message,
            code=code,
            skipped=code in SKIP_CODES,
            origin=origin or getattr(err, "source", None),
            id=input_id,
        )


class Notice(Record):
    """Something a reader wants to know that is not an error, such as records skipped in an archive."""

    origin: str
    message: str
