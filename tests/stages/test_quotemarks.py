"""Quotation marks in every style, without a parse."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telex.stages.quotemarks import find_quote_spans


@pytest.mark.parametrize(
    "text, quotes",
    [
        ("“We will not retreat,” the general said.", ["We will not retreat,"]),
        ('"We will not retreat," the general said.', ["We will not retreat,"]),
        ("``We will not retreat,'' the general said.", ["We will not retreat,"]),
        ("‘We will not retreat,’ the general said.", ["We will not retreat,"]),
        ("'We will not retreat,' the general said.", ["We will not retreat,"]),
        ("«Nous restons», a dit le ministre.", ["Nous restons"]),
        ("„Wir bleiben“, sagte der Minister.", ["Wir bleiben"]),
        # quotes nest when their styles differ
        ('"The board called it “a disgrace” in May," she said.', ["The board called it “a disgrace” in May,"]),
        ("“He told me ‘never again’ that night,” she said.", ["He told me ‘never again’ that night,"]),
        # mixed styles from careless typesetting still close
        ('The emails were "work-related” by her account.', ["work-related"]),
        ("The claims were “Mostly False.“[Ed.] He disagreed.", ["Mostly False."]),
        # the space after a closing mark, or before an opening one, left out
        ('"We will stay,"Lee said. "Not now."', ["We will stay,", "Not now."]),
        ('The polls closed at eight."We lost," Kim said.', ["We lost,"]),
    ],
)
def test_quote_styles(text, quotes):
    assert [q.text for q in find_quote_spans(text)] == quotes


@pytest.mark.parametrize(
    "text",
    [
        "The minister’s aides didn’t comment on Russia’s offer.",
        "The allies’ concerns grew in the ’90s, officials said.",
        "It's the ministers' view that talks won't resume.",
    ],
)
def test_apostrophes_are_not_quotes(text):
    assert find_quote_spans(text) == []


def test_single_quotes_used_as_quote_marks_beside_apostrophes():
    text = "The envoy called the plan ‘a serious step’ and said Russia’s reply was ‘not enough’."
    assert [q.text for q in find_quote_spans(text)] == ["a serious step", "not enough"]


def test_quote_continued_across_paragraphs():
    text = (
        "“We will rebuild every school,” the mayor said. “And we will do it this year.\n\n"
        "“Nobody will be left without a classroom,” she added.\n"
    )
    quotes = find_quote_spans(text)
    assert [q.text for q in quotes] == [
        "We will rebuild every school,",
        "And we will do it this year.",
        "Nobody will be left without a classroom,",
    ]
    assert [q.closed for q in quotes] == [True, False, True]
    assert quotes[2].continued and not quotes[1].continued
    assert quotes[2].paragraph == quotes[1].paragraph + 1


def test_unbalanced_quote_runs_to_the_end_of_its_paragraph_only():
    text = "“The talks failed, the spokesman said.\n\nA new round is planned for June."
    (quote,) = find_quote_spans(text)
    assert quote.text == "The talks failed, the spokesman said." and not quote.closed


@given(st.text(alphabet=st.sampled_from(list("ab ,.\n“”‘’\"'`«»„")), max_size=80))
def test_spans_index_the_text_and_never_overlap(text):
    quotes = find_quote_spans(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
    for a, b in zip(quotes, quotes[1:]):
        assert a.end <= b.start


def test_an_opening_mark_typed_as_the_closer_still_closes():
    text = "The claims were “Mostly False.“ He disagreed, calling it “a stretch.”"
    assert [q.text for q in find_quote_spans(text)] == ["Mostly False.", "a stretch."]


def test_a_straight_mark_set_off_after_an_inner_quote_closes():
    # some style guides print a space between the inner quote's closing mark and the outer one
    text = "\"They keep asking, 'Why now?' \" Lee said at the rally. \"But we are ready.\""
    assert [q.text for q in find_quote_spans(text)] == ["They keep asking, 'Why now?'", "But we are ready."]


def test_marks_inside_markup_tags_are_not_quotes():
    # a tag left in the text, running across a line break, with marks around its attribute values
    text = '<post author="@kim" date="May 2,\n">We lost the vote.</post>\n\nShe called it "a shame" later.'
    assert [q.text for q in find_quote_spans(text)] == ["a shame"]


@pytest.mark.parametrize(
    "text, quotes",
    [
        # a quote within a quote in straight marks: its closing mark is followed by the outer one's
        (
            '"If a man walks in and says, "I want a gun," you might worry," she said.',
            ['If a man walks in and says, "I want a gun," you might worry,'],
        ),
        # a thin space between the inner quote's closing mark and the outer one's
        ("\"He told me, 'We can talk tomorrow.'\u2009\" Lee wrote. \"Fine.\"", ["He told me, 'We can talk tomorrow.'", "Fine."]),
        # the last punctuation of a quote typed with a space before the closing mark
        ('"So what does it mean? " Lee asked. "Nothing."', ["So what does it mean?", "Nothing."]),
    ],
)
def test_straight_marks_within_and_after_a_quote(text, quotes):
    assert [q.text for q in find_quote_spans(text)] == quotes


def test_a_quote_left_open_goes_on_to_a_closing_mark_in_the_next_paragraph():
    text = (
        'She wrote to the board:\n"Please tell Kim that I will step down.\n'
        'I do not want my name on a ticket like this one, and I never will."\n\nKim said "no".'
    )
    quotes = find_quote_spans(text)
    assert [q.text for q in quotes] == [
        "Please tell Kim that I will step down.",
        "I do not want my name on a ticket like this one, and I never will.",
        "no",
    ]
    assert quotes[1].continued and quotes[1].closed


def test_a_short_line_closing_a_pulled_quote_is_not_speech():
    text = '"We will win this state by ten points.\nSen. Ann Lee."\n\nThe polls open at seven.'
    assert [q.text for q in find_quote_spans(text)] == ["We will win this state by ten points."]
