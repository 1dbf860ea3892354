"""telex.stages.furniture.find_excluded: credits and page furniture marked by line, story lines left alone.

find_excluded works on plain text; no spaCy model is loaded here.
"""

from __future__ import annotations

import pytest

from telex.stages.furniture import find_excluded, rules

LEAD = "The defence ministry said on Monday that the exercise had ended without incident.\n\n"


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Additional reporting by Sara Malik", "credit"),
        ("Additional reporting by Sara Malik in Cairo.", "credit"),
        ("Reporting by Tom Hale; Editing by Mia Ford", "credit"),
        ("Writing by Ann Lee, editing by Paul Grant", "credit"),
        ("By Sara Malik", "credit"),
        ("Photo: Ann Lee/Example News", "credit"),
        ("Leave a Comment", "furniture"),
        ("Share this article", "furniture"),
        ("Sign up for our newsletter", "furniture"),
        ("Subscribe to our daily briefing.", "furniture"),
        ("Follow us on social media", "furniture"),
        ("Related: Minister resigns after vote", "furniture"),
        ("Advertisement", "furniture"),
    ],
)
def test_credit_and_furniture_lines_are_excluded_with_exact_spans(line, kind):
    text = LEAD + line + "\n\nOfficials said a second exercise was planned for the spring.\n"
    (found,) = find_excluded(text)
    assert found.kind == kind
    assert found.text == line
    assert text[found.span[0] : found.span[1]] == line
    assert found.span[0] == len(LEAD)


def test_spans_leave_out_indentation_and_carriage_returns():
    text = LEAD.replace("\n", "\r\n") + "   Share this article  \r\n"
    (found,) = find_excluded(text)
    assert found.text == "Share this article"
    assert text[slice(*found.span)] == "Share this article"


def test_several_lines_are_found_in_order():
    lines = ["Additional reporting by Sara Malik", "Reporting by Tom Hale; Editing by Mia Ford",
             "Leave a Comment", "Share this article", "Sign up for our newsletter"]
    text = LEAD + "\n".join(lines) + "\n"
    found = find_excluded(text)
    assert [f.text for f in found] == lines
    assert [f.kind for f in found] == ["credit", "credit", "furniture", "furniture", "furniture"]
    assert all(text[f.span[0] : f.span[1]] == f.text for f in found)
    assert [f.span for f in found] == sorted(f.span for f in found)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the talks would continue.",
        "Related talks are planned in Geneva next week.",
        "By Tuesday evening, troops had withdrawn from the town.",
        "By Tuesday evening, troops had withdrawn from the town, and residents began to return to their homes.",
        "Share prices fell sharply after the announcement, traders said.",
        "The ministry said it would comment on the report later.",
        "Reporters were not allowed into the building.",
        "Editors at the newspaper said they would appeal the ruling.",
    ],
)
def test_story_sentences_are_not_excluded(line):
    assert find_excluded(LEAD + line + "\n") == []


@pytest.mark.parametrize(
    "line",
    ["By Monday it was over.", "By Friday talks had collapsed.", "Local media reported the story."],
)
def test_short_story_sentences_that_look_like_credits_are_not_excluded(line):
    assert find_excluded(LEAD + line + "\n") == []


def test_story_paragraphs_are_never_furniture():
    assert find_excluded(LEAD) == []
    assert find_excluded("") == []


def test_rules_load_from_the_knowledge_file():
    loaded = rules()
    assert loaded and {kind for kind, _ in loaded} == {"credit", "furniture"}


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("Headline\n\nNAIROBI, July 18 (Reuters) - The opposition called protests.", "NAIROBI, July 18 (Reuters) -"),
        ("KYIV, Ukraine (AP) — Russian forces shelled the city.", "KYIV, Ukraine (AP) —"),
        ("WASHINGTON -- President Lee said so.", "WASHINGTON --"),
        ("NEW YORK — Stocks fell.", "NEW YORK —"),
        ("Geneva (AFP) – Talks resumed.", "Geneva (AFP) –"),
        ("Headline\n\nSEOUL/TOKYO, May 2 (Reuters) - Both sides met.", "SEOUL/TOKYO, May 2 (Reuters) -"),
        # a story filed from no one place: the date and the agency only
        ("Headline\n\nJan 12 (Reuters) - Myanmar's military said so.", "Jan 12 (Reuters) -"),
        ("March 3 (AP) — Rebels said so.", "March 3 (AP) —"),
    ],
)
def test_a_wire_dateline_is_excluded_up_to_its_dash(text, dateline):
    assert [(e.kind, e.text) for e in find_excluded(text)] == [("dateline", dateline)]


@pytest.mark.parametrize("text", ["BUSTED: the man was caught.", "US - China talks resumed.", "The vote - a surprise - passed.",
                                  "May 3 - the day of the vote - passed quietly."])
def test_no_dateline_where_there_is_none(text):
    assert find_excluded(text) == []

