"""The amounts stage: money, percentages and counts, as numbers with units, with spans into the text."""

from __future__ import annotations

import math

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telex.records import Excluded
from telex.stages.amounts import AmountFinder, find_amounts, tables


def only(text, doc=None):
    found = find_amounts(text, doc)
    assert len(found) == 1, [(a.text, a.value, a.unit, a.counts) for a in found]
    return found[0]


def check_spans(text, found):
    for amount in found:
        start, end = amount.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == amount.text


# --- money ---------------------------------------------------------------------------------

MONEY = [
    ("Congress approved a $40bn package on Tuesday.", "$40bn", 40e9, "USD"),
    ("The club was sold for £3.2 million last year.", "£3.2 million", 3.2e6, "GBP"),
    ("Brussels set aside €500m for the ports.", "€500m", 500e6, "EUR"),
    ("The fund holds 40 billion dollars in reserves.", "40 billion dollars", 40e9, "USD"),
    ("Imports reached US$1.2 trillion in the year.", "US$1.2 trillion", 1.2e12, "USD"),
    ("The state will spend Rs 500 crore on roads.", "Rs 500 crore", 5e9, "INR"),
    ("The bank lent ¥3bn to the exporter.", "¥3bn", 3e9, "JPY"),
    ("The lender wrote off 1.5 billion euros of debt.", "1.5 billion euros", 1.5e9, "EUR"),
    ("Each family received $5,000 in compensation.", "$5,000", 5000.0, "USD"),
    ("Moscow allocated 300 million roubles to the region.", "300 million roubles", 300e6, "RUB"),
    ("The city borrowed €20m from the bank.", "€20m", 20e6, "EUR"),
    ("Geneva paid CHF 40 million for the site.", "CHF 40 million", 40e6, "CHF"),
    ("Kyiv raised 2 billion hryvnias in bonds.", "2 billion hryvnias", 2e9, "UAH"),
    ("Beijing pledged 10 billion yuan for the project.", "10 billion yuan", 10e9, "CNY"),
    ("The deal was worth 9 billion renminbi.", "9 billion renminbi", 9e9, "CNY"),
    ("Canberra offered A$61.5 million to the carmaker.", "A$61.5 million", 61.5e6, "AUD"),
    ("The ticket costs C$10,000 this year.", "C$10,000", 10_000.0, "CAD"),
    ("The tower sold for HK$3bn on Friday.", "HK$3bn", 3e9, "HKD"),
    ("The choir raised CDN$7,500 for charity.", "CDN$7,500", 7_500.0, "CAD"),
    ("The state spent ₹200 crore on relief.", "₹200 crore", 2e9, "INR"),
    ("Donors gave USD 2 million to the fund.", "USD 2 million", 2e6, "USD"),
    ("The bill comes to 650 billion USD over a decade.", "650 billion USD", 650e9, "USD"),
    ("The grant is 50 million pounds sterling.", "50 million pounds sterling", 50e6, "GBP"),
    ("The grant is 50 million pounds.", "50 million pounds", 50e6, "GBP"),
    ("The wage rises to $15 an hour.", "$15", 15.0, "USD"),
    ("Shares fell to $3.14 in New York.", "$3.14", 3.14, "USD"),
    ("The plan cost $2.25-billion in all.", "$2.25-billion", 2.25e9, "USD"),
    ("Its value was US$ 4.4 bn in the end.", "US$ 4.4 bn", 4.4e9, "USD"),
    ("The village got five million euros from the EU.", "five million euros", 5e6, "EUR"),
    ("The court imposed almost half a million US dollars in fines.", "half a million US dollars", 5e5, "USD"),
]


@pytest.mark.parametrize("text,surface,value,unit", MONEY)
def test_money(text, surface, value, unit):
    amount = only(text)
    assert (amount.text, amount.unit) == (surface, unit)
    assert amount.value == pytest.approx(value, rel=1e-12)
    check_spans(text, [amount])


@pytest.mark.parametrize(
    "text,unit",
    [
        ("Sydney will spend $5 million on the park, paid in Australian dollars.", "AUD"),
        ("The Canadian dollar rose; Ottawa pledged $5 million.", "CAD"),
        ("China's central bank added ¥500bn; the yuan held steady.", "CNY"),
        ("Lahore will spend Rs 40 million; figures are in Pakistani rupees.", "PKR"),
        # both named: the article does not settle it, so "$" keeps its default
        ("A$1 is worth about 70 US cents, and US$1 about A$1.4; the fund holds $5 million.", "USD"),
        ("The cost is $5 million.", "USD"),
        ("The cost is ¥5 million.", "JPY"),
    ],
)
def test_ambiguous_currency_takes_the_articles_currency(text, unit):
    amounts = [a for a in find_amounts(text) if a.value == 5e6 or a.value == 500e9 or a.value == 40e6]
    assert amounts and all(a.unit == unit for a in amounts), amounts


def test_currency_said_twice_is_one_amount():
    amount = only("Each album sells for $8.49 US dollars.")
    assert (amount.text, amount.value, amount.unit) == ("$8.49 US dollars", 8.49, "USD")
    amount = only("The company lost $3.1 billion dollars in total.")
    assert (amount.text, amount.value) == ("$3.1 billion dollars", 3.1e9)


def test_vague_money():
    amount = only("The firm has spent billions of dollars on the mine.")
    assert (amount.text, amount.value, amount.unit) == ("billions of dollars", 2e9, "USD")


def test_money_counts_what_it_pays_for(nlp):
    text = "Lawmakers backed a new $40bn aid package for the region on Tuesday."
    amount = only(text, nlp(text))
    assert (amount.text, amount.value, amount.unit, amount.counts) == ("$40bn", 40e9, "USD", "aid package")


# --- percentages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,surface,value,unit",
    [
        ("Turnout fell by 11% in the north.", "11%", 11.0, "percent"),
        ("Turnout fell by 11 per cent in the north.", "11 per cent", 11.0, "percent"),
        ("Turnout fell by 11 percent in the north.", "11 percent", 11.0, "percent"),
        ("Support rose 0.6% overnight.", "0.6%", 0.6, "percent"),
        ("Just 20–25% of members voted.", "20–25%", 20.0, "percent"),
        ("The party lost 3 percentage points.", "3 percentage points", 3.0, "percentage point"),
        ("Some five per cent of voters abstained.", "five per cent", 5.0, "percent"),
    ],
)
def test_percentages(text, surface, value, unit):
    amount = only(text)
    assert (amount.text, amount.value, amount.unit, amount.counts) == (surface, value, unit, None)


# --- counts ---------------------------------------------------------------------------------

COUNTS = [
    ("The ministry will deploy roughly 10,500 new military personnel to the border.", "10,500", 10500, "military personnel"),
    ("Officials said 12 soldiers were killed near the dam.", "12", 12, "soldiers"),
    ("A car bomb left at least 12 killed in the market.", "12", 12, "killed"),
    ("The flood forced two million people from their homes.", "two million", 2e6, "people"),
    ("The army moved about 1,200 troops overnight.", "1,200", 1200, "troops"),
    ("Police arrested 48 protesters after the march.", "48", 48, "protesters"),
    ("The storm damaged 64 schools in the province.", "64", 64, "schools"),
    ("Rescuers pulled three survivors from the rubble.", "three", 3, "survivors"),
    ("A dozen civilians were hurt in the raid.", "A dozen", 12, "civilians"),
    ("The camp holds 1.5 million refugees.", "1.5 million", 1.5e6, "refugees"),
    ("Local media said 41 were rescued by boat.", "41", 41, "rescued"),
    ("Around 2m voters stayed at home.", "2m", 2e6, "voters"),
    ("More than 1700 people have died.", "1700", 1700, "people"),
    ("Two hundred and fifty delegates attended the congress.", "Two hundred and fifty", 250, "delegates"),
    ("The ministry will issue 500 permits this month.", "500", 500, "permits"),
]


@pytest.mark.parametrize("text,surface,value,counts", COUNTS)
def test_counts_with_parse(nlp, text, surface, value, counts):
    amount = only(text, nlp(text))
    assert (amount.text, amount.value, amount.unit, amount.counts) == (surface, value, "count", counts)


@pytest.mark.parametrize("text,surface,value,counts", COUNTS)
def test_counts_without_parse(text, surface, value, counts):
    amount = only(text)
    assert (amount.text, amount.value, amount.unit, amount.counts) == (surface, value, "count", counts)


@pytest.mark.parametrize(
    "text,surface,value,counts",
    [
        ("Hundreds of protesters gathered outside the palace.", "Hundreds", 200, "protesters"),
        ("The rally drew tens of thousands of people to the square.", "tens of thousands", 20_000, "people"),
        ("Dozens died when the bridge fell.", "Dozens", 24, "died"),
        ("Thousands of workers went on strike.", "Thousands", 2000, "workers"),
    ],
)
def test_vague_counts_take_the_least_they_can_mean(nlp, text, surface, value, counts):
    for doc in (None, nlp(text)):
        amount = only(text, doc)
        assert (amount.text, amount.value, amount.unit, amount.counts) == (surface, value, "count", counts)


@pytest.mark.parametrize(
    "text,surface,value,counts",
    [
        ("Officials feared between 25 and 30 people were trapped.", "between 25 and 30", 25, "people"),
        ("The blast injured 10-15 workers at the plant.", "10-15", 10, "workers"),
        ("Witnesses counted two to three hundred cars burnt.", "two to three hundred", 200, "cars"),
        ("The state hired 20 to 30 thousand nurses.", "20 to 30 thousand", 20_000, "nurses"),
    ],
)
def test_ranges_take_the_lower_bound(nlp, text, surface, value, counts):
    for doc in (None, nlp(text)):
        amount = only(text, doc)
        assert (amount.text, amount.value, amount.counts) == (surface, value, counts)


def test_money_ranges_take_the_lower_bound():
    amount = only("Rebuilding will cost between US$250 and 300 billion.")
    assert (amount.text, amount.value, amount.unit) == ("between US$250 and 300 billion", 250e9, "USD")
    amount = only("The scheme costs the region between $4 and $6 billion a year.")
    assert (amount.value, amount.unit) == (4e9, "USD")
    amount = only("The donors gave $10-15m.")
    assert (amount.text, amount.value) == ("$10-15m", 10e6)
    amount = only("They were offered seven to eight million US dollars.")
    assert (amount.value, amount.unit) == (7e6, "USD")


def test_a_change_is_not_a_range():
    found = find_amounts("The price was cut by $150 to $349.")
    assert [(a.text, a.value) for a in found] == [("$150", 150.0), ("$349", 349.0)]


def test_several_in_one_sentence(nlp):
    text = "The quake killed 31 people, injured 75 civilians and destroyed 120 buildings, costing $12m."
    for doc in (None, nlp(text)):
        found = find_amounts(text, doc)
        check_spans(text, found)
        assert [(a.text, a.counts or a.unit) for a in found] == [
            ("31", "people"),
            ("75", "civilians"),
            ("120", "buildings"),
            ("$12m", "USD"),
        ]


# --- not amounts ----------------------------------------------------------------------------

NOT_AMOUNTS = [
    "The war began in 2014 and ended in 2016.",
    "The 1962 building collapsed.",
    "The talks resumed on March 3 in Geneva.",
    "The talks resumed on 3 March in Geneva.",
    "She finished 3rd in the 21st race.",
    "The blast happened at 6am local time.",
    "The blast happened at 10:30 GMT.",
    "Troops arrived at 1500 GMT.",
    "Call the hotline on +44 20 7946 0958 today.",
    "Leaders of the G20 met in Rome.",
    "Covid-19 cases rose in the capital.",
    "The air force bought F-16 jets.",
    "Boeing 737 jets were grounded.",
    "Article 5 members pledged support.",
    "The 1990s were hard years.",
    "A 34-year-old man was arrested.",
    "He was jailed for 20 years.",
    "The road runs for 300 km along the coast.",
    "One of the officials said the plan had failed.",
    "The two leaders met in private.",
    "Several hundred people attended the rally.",
    "A family won a trip to Six Flags last week.",
    "A total of 17 was reported.",
    "The vote was 52 to 48.",
    "See page 12 of the report.",
    "The parcel weighed 95 pounds at the time.",
    "Two thirds of voters backed the plan.",
    "He lives at 14 Quai des Lilas.",
    "",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(nlp, text):
    assert find_amounts(text) == []
    if text:
        assert find_amounts(text, nlp(text)) == []


def test_year_with_a_hedge_or_currency_is_an_amount():
    assert [(a.text, a.value) for a in find_amounts("Nearly 1900 people marched.")] == [("1900", 1900.0)]
    assert [(a.text, a.unit) for a in find_amounts("The fine was $2000.")] == [("$2000", "USD")]


# --- the doc, the factory and the data -------------------------------------------------------


def test_a_doc_of_another_text_is_ignored(nlp):
    text = "Officials said 12 soldiers were killed near the dam."
    other = nlp("Nothing happened here at all, said a spokesman.")
    assert [(a.text, a.counts) for a in find_amounts(text, other)] == [("12", "soldiers")]


def test_stage_sets_amounts_and_skips_excluded_text(nlp):
    text = "Rebels freed 14 hostages on Monday.\n\nPhoto: 300 copies sold for $5 each\n"
    doc = nlp(text)
    doc._.telex_excluded = [Excluded(span=(37, len(text) - 1), text=text[37:-1], kind="credit")]
    AmountFinder()(doc)
    assert [(a.text, a.counts) for a in doc._.telex_amounts] == [("14", "hostages")]


def test_stage_runs_without_a_parse_or_furniture():
    blank = spacy.blank("en")
    blank.add_pipe("telex_amounts")
    doc = blank("Officials said 12 soldiers were killed and £3.2m was lost.")
    assert doc._.telex_excluded is None
    assert [(a.text, a.unit, a.counts) for a in doc._.telex_amounts] == [
        ("12", "count", "soldiers"),
        ("£3.2m", "GBP", None),
    ]


def test_currency_table_loads():
    t = tables()
    assert t.symbols["$"] == ("USD", True)
    assert t.symbols["£"] == ("GBP", False)
    assert t.names["hryvnia"][0] == "UAH"
    assert t.multipliers["crore"] == 10_000_000
    assert all(len(code) == 3 and code.isupper() for code, _ in t.symbols.values())


# --- robustness -----------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "$", "£", "€", "¥", "US$", "A$", "Rs", "Rs.", "CHF", "USD", "40", "3.2", "1,200", "10,500", "2014",
        "0", "00", "1.", ",", ".", "-", "–", "%", "m", "bn", "k", "million", "billion", "crore", "lakh",
        "per cent", "percent", "percentage points", "dollars", "pounds", "yuan", "of", "between", "and",
        "to", "a", "half", "dozen", "dozens", "hundreds", "tens of thousands", "one", "two", "twenty-five",
        "hundred", "thousand", "people", "troops", "killed", "were", "the", "March", "G", "Covid", "F",
        "at", "6am", ":", "/", "+", "\n", " ", "\u00a0", "é", "İ", "ß", "Ⅻ", "٣", "'s", "\"",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=40).map(" ".join), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_never_raises_and_spans_index_the_text(text):
    found = find_amounts(text)
    check_spans(text, found)
    for amount in found:
        assert math.isfinite(amount.value)
        assert amount.unit
    assert [a.span for a in found] == sorted(a.span for a in found)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(PIECES, min_size=1, max_size=30).map(" ".join))
def test_never_raises_with_a_parse(nlp, text):
    found = find_amounts(text, nlp(text))
    check_spans(text, found)


@pytest.mark.parametrize(
    "text,surface,value,counts",
    [
        ("The ministry said seven of its servicemen had died.", "seven", 7.0, "servicemen"),
        ("Police arrested 40 of the protesters on Sunday.", "40", 40.0, "protesters"),
        ("Two of the five ministers resigned.", "Two", 2.0, "ministers"),
    ],
)
def test_a_partitive_count_counts_the_noun_after_of(nlp, text, surface, value, counts):
    found = [a for a in find_amounts(text, nlp(text)) if a.text == surface]
    assert [(a.value, a.unit, a.counts) for a in found] == [(value, "count", counts)]


def test_of_with_no_determiner_is_not_a_partitive_count(nlp):
    text = "One of them escaped, and two of hearts was the card."
    assert [a.counts for a in find_amounts(text, nlp(text)) if a.unit == "count"] == []


# --- goods by measure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,surface,value,unit,counts",
    [
        ("The deal would let about 20mn tonnes of grain leave the port.", "20mn tonnes", 20e6, "tonne", "grain"),
        ("The country exports 5 million barrels of crude oil a day.", "5 million barrels", 5e6, "barrel", "crude oil"),
        ("Agencies delivered 1,200 metric tons of food aid to the city.", "1,200 metric tons", 1200, "tonne", "food aid"),
        ("They shipped 500 tonnes to the port.", "500 tonnes", 500, "tonne", None),
    ],
)
def test_goods_by_measure(nlp, text, surface, value, unit, counts):
    amount = only(text, nlp(text))
    assert (amount.text, amount.value, amount.unit, amount.counts) == (surface, value, unit, counts)
    check_spans(text, [amount])


def test_money_worth_of_goods_counts_the_goods(nlp):
    text = "The network shipped $300 million worth of crude oil last year."
    found = find_amounts(text, doc=nlp(text))
    assert [(a.value, a.unit, a.counts) for a in found] == [(300_000_000.0, "USD", "crude oil")]
