"""Build telex's spaCy pipeline and run it: ``extract(text | Article) -> Analysis``.

The per-article work is a pure function of the article and the settings, so the same code
runs in one process (:func:`extract_many`) or in a pool of workers (:mod:`telex.scale.local`).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.tokens import Doc

from telex import stages
from telex.config import Settings, get_settings
from telex.errors import ConfigError, EmptyInput, ExtractionError, InputTooLarge, NotEnglish, TelexError
from telex.ingest.language import MIN_CONFIDENCE, detect_language
from telex.nlp import load_model
from telex.records import Analysis, Article, Failure

if not Doc.has_extension("telex_article"):
    Doc.set_extension("telex_article", default=None)

#: Articles per spaCy batch. spaCy's own default for ``nlp.pipe``; larger batches gave no
#: measurable gain on the Wikinews corpus with the small English model.
BATCH_SIZE = 64


@lru_cache(maxsize=4)
def build(model: str):
    """The spaCy pipeline ``model`` with telex's stages added, checked and cached per process."""
    nlp = load_model(model)
    for name in stages.BEFORE_PARSER:
        nlp.add_pipe(name, first=True)
    for name in stages.STAGES:
        nlp.add_pipe(name, last=True)
    problems = nlp.analyze_pipes()["problems"]
    missing = {pipe: attrs for pipe, attrs in problems.items() if attrs}
    if missing:
        raise ConfigError(f"pipeline stages are out of order; unmet requirements: {missing}")
    return nlp


def get_nlp(settings: Settings | None = None):
    return build((settings or get_settings()).spacy_model)


def prepare(article: Article, settings: Settings, max_chars: int) -> Article:
    """Check an article before parsing it: language is detected where not given, and refused if not accepted."""
    if not article.text.strip():
        raise EmptyInput("article has no text", source=article.origin)
    if len(article.text) > max_chars:
        raise InputTooLarge(
            f"text is {len(article.text):,} characters, over the parser's limit of {max_chars:,}", source=article.origin
        )
    if article.language is None:
        lang, prob = detect_language(article.text)
        if lang is not None:
            article.language = lang
            if lang not in settings.languages and prob >= MIN_CONFIDENCE:
                raise NotEnglish(
                    f"text is in another language (detected {lang!r}, p={prob:.2f}); telex reads {', '.join(settings.languages)}",
                    source=article.origin,
                )
    elif article.language.split("-")[0].lower() not in settings.languages:
        raise NotEnglish(f"article is marked as language {article.language!r}", source=article.origin)
    return article


def to_analysis(doc: Doc) -> Analysis:
    """Collect what the stages assigned to ``doc`` into an :class:`Analysis`."""
    return Analysis(
        article=doc._.telex_article,
        actors=list(doc._.telex_actors or ()),
        quotes=list(doc._.telex_quotes or ()),
        events=list(doc._.telex_events or ()),
        dates=list(doc._.telex_dates or ()),
        places=list(doc._.telex_places or ()),
        amounts=list(doc._.telex_amounts or ()),
        excluded=list(doc._.telex_excluded or ()),
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
    )


def as_article(text_or_article: str | Article, published: date | str | None = None) -> Article:
    if isinstance(text_or_article, Article):
        article = text_or_article.model_copy(deep=True)
    elif isinstance(text_or_article, str):
        from telex.ingest.text import article_from_text

        article = article_from_text(text_or_article, format="api")
    else:
        raise TypeError(f"extract() takes a str or an Article, not {type(text_or_article).__name__}")
    if published is not None:
        article.published = date.fromisoformat(published) if isinstance(published, str) else published
        article.published_from = "given"
    return article


def extract(text_or_article: str | Article, published: date | str | None = None, *, settings: Settings | None = None) -> Analysis:
    """Analyse one article.

    ``published`` (a date or ``YYYY-MM-DD``) is the publication date that relative dates resolve
    against; given here, it overrides the article's own.

    >>> analysis = extract("Talks resumed.\\n\\nThe minister spoke on Friday.", published="2022-05-13")  # doctest: +SKIP
    >>> analysis.article.published.isoformat()                                                      # doctest: +SKIP
    '2022-05-13'
    """
    settings = settings or get_settings()
    nlp = get_nlp(settings)
    article = prepare(as_article(text_or_article, published), settings, nlp.max_length)
    doc = nlp.make_doc(article.text)
    doc._.telex_article = article
    return to_analysis(nlp(doc))


def extract_many(
    items: Iterable[Article | Failure],
    *,
    settings: Settings | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Analysis | Failure]:
    """Analyse articles in one process, batched through ``nlp.pipe``; output keeps input order.

    Failures in the input pass through in place; an article that fails becomes a Failure.
    """
    settings = settings or get_settings()
    nlp = get_nlp(settings)
    batch: list[Article | Failure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch, settings)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch, settings)


def _run_batch(nlp, batch: list[Article | Failure], settings: Settings) -> Iterator[Analysis | Failure]:
    slots: list[Analysis | Failure | None] = []
    docs: list[Doc] = []
    for item in batch:
        if isinstance(item, Failure):
            slots.append(item)
            continue
        try:
            article = prepare(item, settings, nlp.max_length)
        except TelexError as err:
            slots.append(Failure.from_error(err, origin=item.origin, input_id=item.input_id))
            continue
        doc = nlp.make_doc(article.text)
        doc._.telex_article = article
        docs.append(doc)
        slots.append(None)
    try:
        done = iter([to_analysis(d) for d in nlp.pipe(docs)])
    except Exception:  # noqa: BLE001 - isolate the article that broke the batch, below
        done = iter([_one(nlp, d) for d in docs])
    for slot in slots:
        yield slot if slot is not None else next(done)


def _one(nlp, doc: Doc) -> Analysis | Failure:
    article = doc._.telex_article
    try:
        return to_analysis(nlp(doc))
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop a corpus
        return Failure.from_error(
            ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}"),
            origin=article.origin,
            input_id=article.input_id,
        )
