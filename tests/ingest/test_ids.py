"""Article ids: a hash of the NFC-normalised text with whitespace runs collapsed."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telex.records import Article, article_id, normalise_for_id

# Words hold no whitespace of any kind (str.split() would cut them); separators are whitespace runs.
_WORD = st.text(st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")), min_size=1, max_size=12)
_SPACE = st.text(st.sampled_from(" \t\n\r\x0b\x0c\u00a0\u2003\u3000"), min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=15), st.data())
def test_article_id_ignores_whitespace_changes(words, data):
    canonical = " ".join(words)
    separators = [data.draw(_SPACE) for _ in range(len(words) - 1)]
    lead = data.draw(st.one_of(st.just(""), _SPACE))
    trail = data.draw(st.one_of(st.just(""), _SPACE))
    spaced = lead + "".join(w + s for w, s in zip(words, separators + [""])) + trail
    assert article_id(spaced) == article_id(canonical)
    assert normalise_for_id(spaced) == normalise_for_id(canonical)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_article_id_is_sixteen_hex_digits_and_deterministic(text):
    first = article_id(text)
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert article_id(text) == first


def test_article_id_is_nfc_normalised():
    composed = "Caf\u00e9 owners met the minister in Gen\u00e8ve."
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert article_id(decomposed) == article_id(composed)


@pytest.mark.parametrize(
    "a, b",
    [
        ("The minister resigned.", "The minister resigned!"),
        ("The minister resigned.", "the minister resigned."),
        ("Talks resumed on Monday.", "Talks resumed on Tuesday."),
        ("The minister resigned.", "Theminister resigned."),
    ],
)
def test_different_texts_get_different_ids(a, b):
    assert article_id(a) != article_id(b)


def test_id_is_the_sha256_prefix_of_the_normalised_text():
    # Stored ids depend on this exact recipe; changing the normalisation or the hash changes all of them.
    expected = hashlib.sha256("Talks began in Gen\u00e8ve.".encode("utf-8")).hexdigest()[:16]
    assert article_id("  Talks\n\nbegan in Gene\u0300ve.  ") == expected  # spaced, and è decomposed


def test_article_gets_its_id_from_the_text_unless_given():
    text = "The minister resigned on Monday.\n\nHer deputy takes over.\n"
    assert Article(text=text).id == article_id(text)
    assert Article(text=text, id="custom-1").id == "custom-1"


def test_same_story_read_from_text_and_jsonl_has_the_same_id(write, read_all):
    text = "Minister resigns\n\nThe minister resigned on Monday after losing a vote.\n"
    (from_text,) = read_all(write("story.txt", text))
    (from_jsonl,) = read_all(write("story.jsonl", json.dumps({"text": "Minister resigns The minister resigned on Monday after losing a vote."}) + "\n"))
    assert from_text.id == from_jsonl.id
