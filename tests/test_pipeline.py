from datetime import date

import pytest

import telex
from telex.config import Settings
from telex.errors import ConfigError, NotEnglish
from telex.records import Analysis, Article, Failure

ARTICLE = (
    "Defence ministers agree to keep talking\n"
    "\n"
    "The Norwegian defence minister spoke with his Polish counterpart on Tuesday about air defence. "
    "“We agreed to meet again next month,” the minister said.\n"
    "\n"
    "Officials said a further call was planned.\n"
    "\n"
    "Additional reporting by Maria Lund\n"
    "\n"
    "Share this article\n"
)

GERMAN = (
    "Die Verteidigungsminister beider Länder sprachen am Dienstag über die Luftverteidigung "
    "und vereinbarten, sich im nächsten Monat erneut zu treffen."
)


def test_extract_keeps_text_and_marks_furniture(nlp):
    analysis = telex.extract(ARTICLE, published="2023-05-12")
    assert isinstance(analysis, Analysis)
    assert analysis.article.text == ARTICLE
    assert analysis.article.title == "Defence ministers agree to keep talking"
    assert analysis.article.published == date(2023, 5, 12)
    assert analysis.article.published_from == "given"
    assert analysis.article.language == "en"
    kinds = {e.text: e.kind for e in analysis.excluded}
    assert kinds == {"Additional reporting by Maria Lund": "credit", "Share this article": "furniture"}
    for item in analysis.excluded:
        assert ARTICLE[item.span[0]:item.span[1]] == item.text
    # sentence spans index the text and are in order
    assert analysis.sentences and analysis.sentences == sorted(analysis.sentences)
    assert all(0 <= s < e <= len(ARTICLE) for s, e in analysis.sentences)


def test_extract_takes_an_article_and_published_overrides(nlp):
    article = Article(text=ARTICLE, published=date(2020, 1, 1))
    analysis = telex.extract(article, published=date(2023, 5, 12))
    assert analysis.article.published == date(2023, 5, 12)
    assert article.published == date(2020, 1, 1), "the caller's article is not modified"


def test_extract_refuses_other_languages(nlp):
    with pytest.raises(NotEnglish) as info:
        telex.extract(GERMAN)
    assert "'de'" in str(info.value)


def test_extract_rejects_wrong_types():
    with pytest.raises(TypeError):
        telex.extract(b"bytes are not text")


def test_extract_many_keeps_order_and_failures_in_place(nlp):
    items = [
        Article(text=ARTICLE, origin="one"),
        Failure(error="line is not JSON", code="E105", origin="corpus.jsonl:2"),
        Article(text=GERMAN, origin="three"),
        Article(text="Talks resumed in Vienna on Monday after a pause of two weeks, the envoy said.", origin="four"),
    ]
    out = list(telex.extract_many(items))
    assert [type(x).__name__ for x in out] == ["Analysis", "Failure", "Failure", "Analysis"]
    assert out[1].origin == "corpus.jsonl:2"
    assert out[2].code == NotEnglish.code and out[2].skipped
    assert out[3].article.origin == "four"


def test_article_ids_ignore_whitespace(nlp):
    a = telex.extract("Ministers met in Oslo.\n\nThey agreed to talk again in June, officials said.")
    b = telex.extract("Ministers  met in Oslo. They agreed to talk again in June,\nofficials said.")
    assert a.article.id == b.article.id


def test_model_name_is_a_setting(monkeypatch):
    from telex.pipeline import build

    with pytest.raises(ConfigError) as info:
        build("no_such_model_xyz")
    assert "no_such_model_xyz" in str(info.value)
    monkeypatch.setenv("TELEX_SPACY_MODEL", "en_core_web_sm")
    assert Settings.from_env().spacy_model == "en_core_web_sm"


def test_pipeline_registers_stages_under_factory_names(nlp):
    assert "telex_furniture" in nlp.pipe_names
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("telex_furniture")
    doc = blank("Troops withdrew.\n\nLeave a Comment")
    assert [e.kind for e in doc._.telex_excluded] == ["furniture"]


def test_the_dateline_is_no_subject_but_gives_the_place_and_the_country():
    text = "Opposition calls protests\n\nNAIROBI, July 18 (Reuters) - The opposition leader Raila Odinga called for protests."
    analysis = telex.extract(text, published="2023-07-18")
    names = {a.id: a.name for a in analysis.actors}
    assert [names.get(e.source) for e in analysis.events if e.cameo.startswith("02")] == ["Raila Odinga"]
    assert [(p.text, p.country) for p in analysis.places] == [("NAIROBI", "KEN")]
    odinga = next(a for a in analysis.actors if a.name == "Raila Odinga")
    assert odinga.country == "KEN"  # the dateline's country is the article's
