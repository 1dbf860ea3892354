"""Plain-text articles: the text is kept byte for byte, and a headline on the first line is found."""

from __future__ import annotations

import pytest

from telex.ingest.text import MAX_TITLE_WORDS, article_from_text, find_title
from telex.records import Article, article_id

STORY_WITH_FURNITURE = (
    "Ceasefire talks resume in Cairo\n"
    "\n"
    "Negotiators from both sides returned to Cairo on Sunday for a new round of ceasefire talks, "
    "Egyptian officials said.\n"
    "\n"
    "\"We expect a serious discussion,\" a senior Egyptian official told reporters, speaking on "
    "condition of anonymity.\n"
    "\n"
    "Additional reporting by Sara Malik; Editing by Tom Hale\n"
    "Share this article\n"
    "Leave a Comment\n"
)


def test_text_file_is_kept_exactly_including_furniture_lines(write, read_all):
    path = write("talks.txt", STORY_WITH_FURNITURE)
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.text == STORY_WITH_FURNITURE
    assert article.text.endswith("Share this article\nLeave a Comment\n")
    assert article.format == "text"
    assert article.origin == str(path)
    assert article.id == article_id(STORY_WITH_FURNITURE)
    assert article.warnings == []


def test_crlf_line_endings_are_kept_and_the_title_has_no_carriage_return(write, read_all):
    text = STORY_WITH_FURNITURE.replace("\n", "\r\n")
    (article,) = read_all(write("talks_windows.txt", text.encode("utf-8")))
    assert article.text == text
    assert article.text.count("\r\n") == STORY_WITH_FURNITURE.count("\n")
    assert article.title == "Ceasefire talks resume in Cairo"
    start, end = article.title_span
    assert article.text[start:end] == article.title


def test_headline_on_the_first_line_becomes_the_title_and_its_span_indexes_the_text(write, read_all):
    (article,) = read_all(write("talks.txt", STORY_WITH_FURNITURE))
    assert article.title == "Ceasefire talks resume in Cairo"
    assert article.title_span == (0, len("Ceasefire talks resume in Cairo"))
    assert article.text[slice(*article.title_span)] == article.title


def test_first_line_that_is_a_full_sentence_is_not_a_title(write, read_all):
    text = (
        "Negotiators from both sides returned to Cairo on Sunday for a new round of talks.\n"
        "Egyptian officials said the meeting would last two days.\n"
    )
    (article,) = read_all(write("lede.txt", text))
    assert article.text == text
    assert article.title is None
    assert article.title_span is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("Ceasefire talks resume in Cairo\n\nNegotiators returned on Sunday.", "Ceasefire talks resume in Cairo"),
        ("Will the ceasefire hold?\n\nNegotiators returned on Sunday.", "Will the ceasefire hold?"),
        ("Talks collapse!\n\nNegotiators walked out on Sunday.", "Talks collapse!"),
        ("Talks end.\n\nNegotiators left Cairo on Sunday.", "Talks end."),  # short lines may end in a period
        ("\n\n  Minister resigns  \nThe minister resigned on Monday.", "Minister resigns"),
        ("Minister resigns\r\n\r\nThe minister resigned on Monday.", "Minister resigns"),
    ],
)
def test_find_title_accepts_headlines(text, title):
    found = find_title(text)
    assert found is not None
    got, (start, end) = found
    assert got == title
    assert text[start:end] == title


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned on Monday after losing a vote.\nHer deputy takes over.",
        "Officials said the talks had ended, and that both sides would return;\nno date was set.",
        "By Sara Malik\n\nThe minister resigned on Monday.",
        "Updated 14:05 GMT\n\nThe minister resigned on Monday.",
        "the minister resigned on Monday after a long\ndebate in parliament.",
        "Minister resigns",  # a single line: nothing after it
        "Minister resigns\n\n   \n",  # nothing but blanks after it
        " ".join(["Word"] * (MAX_TITLE_WORDS + 1)) + "\nBody text follows here.",
        "",
    ],
)
def test_find_title_rejects_non_headlines(text):
    assert find_title(text) is None


def test_given_title_is_kept_and_has_no_span():
    text = "Negotiators returned to Cairo on Sunday.\nOfficials said the talks would last two days.\n"
    article = article_from_text(text, title="Talks resume", origin="api", format="text")
    assert article.title == "Talks resume"
    assert article.title_span is None
    assert article.text == text
    assert article.origin == "api"
