"""HTML pages through trafilatura: main text, title, date, URL; broken pages give reasons."""

from __future__ import annotations

from datetime import date

import pytest

from telex.errors import MalformedInput, NoArticleText
from telex.ingest.html import article_from_html
from telex.records import Article, Failure

HEAD_META = (
    '<link rel="canonical" href="https://news.example.com/health/rural-hospitals">'
    '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
    '<meta property="og:site_name" content="Example News">'
)


def test_article_page_gives_main_text_and_title_without_markup(write, read_all, hospitals_page, hospitals):
    path = write("hospitals.html", hospitals_page)
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.format == "html"
    assert article.origin == str(path)
    assert article.title == "Minister pledges money for rural hospitals"
    for paragraph in hospitals:
        assert paragraph in article.text
    assert "<" not in article.text
    assert "Contact the newsroom" not in article.text  # the footer is not the story
    assert article.published is None and article.published_from is None


def test_page_metadata_gives_date_url_and_site_name(write, read_all, page, hospitals):
    html = page("Minister pledges money for rural hospitals", hospitals, head_extra=HEAD_META)
    (article,) = read_all(write("hospitals.html", html))
    assert article.published == date(2024, 3, 5)
    assert article.published_from == "page"
    assert article.url == "https://news.example.com/health/rural-hospitals"
    assert article.source == "Example News"


def test_fallback_date_is_used_only_when_the_page_states_none(page, hospitals):
    undated = page("Minister pledges money", hospitals)
    article = article_from_html(undated, origin="x#record1", fallback_date=date(2024, 5, 6))
    assert (article.published, article.published_from) == (date(2024, 5, 6), "warc-date")

    dated = page("Minister pledges money", hospitals, head_extra=HEAD_META)
    article = article_from_html(dated, origin="x#record2", fallback_date=date(2024, 5, 6))
    assert (article.published, article.published_from) == (date(2024, 3, 5), "page")


def test_given_url_is_kept_when_the_page_names_none(page, hospitals):
    article = article_from_html(page("Minister pledges money", hospitals), origin="x", url="https://news.example.com/a/1")
    assert article.url == "https://news.example.com/a/1"


def test_text_without_any_markup_is_not_html():
    with pytest.raises(MalformedInput) as info:
        article_from_html("The minister resigned on Monday.", origin="story.html")
    assert info.value.code == "E105"
    assert "no markup" in info.value.message
    assert info.value.source == "story.html"


def test_page_with_an_empty_body_has_no_article_text(write, read_all):
    path = write("empty.html", "<html><head><title>Example News</title></head><body></body></html>")
    (failure,) = read_all(path)
    assert isinstance(failure, Failure)
    assert failure.code == "E108"
    assert failure.origin == str(path)
    assert "no article text" in failure.error


def test_article_from_html_raises_no_article_text_for_an_empty_body():
    with pytest.raises(NoArticleText):
        article_from_html("<html><body><div></div></body></html>", origin="x.html")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>unclosed <b>tags",
        '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>',
    ],
    ids=["unclosed-fragment", "navigation-only"],
)
def test_page_with_no_real_text_is_refused(write, read_all, html):
    path = write("broken.html", html)
    (record,) = read_all(path)
    assert isinstance(record, Failure), record
    assert record.code in ("E105", "E108")
    assert record.origin == str(path)


BADLY_NESTED = """<html><head><title>Council approves new budget</title></head><body>
<div class="story"><p>The city council approved the new budget on Monday after a long debate, the mayor said.
<b>The vote was <i>close</b></i>, with seven members in favour and five against.
<p>"This budget protects schools and buses," the mayor told reporters after the session, adding that
<div>cuts to parks would be reviewed</p> next year.</div>
<p>Opposition members said the plan relied on optimistic tax forecasts and warned that the city could face
a shortfall by the end of the year if revenue did not grow as expected.</span></table>
<p>The budget takes effect in July, officials said, and the council will review spending again in the autumn
when new figures are published by the finance office."""


def test_badly_nested_but_real_article_still_yields_an_article(write, read_all):
    (article,) = read_all(write("budget.html", BADLY_NESTED))
    assert isinstance(article, Article)
    assert article.title == "Council approves new budget"
    assert "The city council approved the new budget on Monday" in article.text
    assert "The vote was close, with seven members in favour" in article.text
    assert "optimistic tax forecasts" in article.text
    assert "<" not in article.text


LATIN1_PAGE = """<html><head><meta charset="iso-8859-1"><title>Café owners protest in Besançon</title></head>
<body><article>
<p>Café owners in Besançon protested outside the town hall on Monday, saying a new tax on terraces would force
many of them to close before the summer season. The mayor, Renée Dubois, said she would meet them this week.</p>
<p>"We will listen to every café and every restaurant," Dubois told reporters. The protest was peaceful, police
said, and the crowd left the square by the early afternoon after speeches by union leaders.</p>
<p>The council is due to vote on the tax next month. Officials said the money would pay for street repairs and
new lighting in the old town, where many of the cafés are found.</p>
</article></body></html>"""


def test_html_with_declared_latin1_charset_is_decoded_as_declared(write, read_all):
    path = write("cafes.html", LATIN1_PAGE.encode("iso-8859-1"))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.title == "Café owners protest in Besançon"
    assert "The mayor, Renée Dubois, said she would meet them" in article.text
    assert "every café and every restaurant" in article.text
    assert len(article.warnings) == 1
    assert article.warnings[0].endswith("decoded as iso8859-1, as the file declares")
