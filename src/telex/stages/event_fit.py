"""Whether an event's source is one that can do the act it is coded with.

Some CAMEO codes name acts of states and armed forces only, and some of their verbs are as common in
other walks of life: a writer "retreated to his ranch", an airline "offers flights to the United States".
The events stage asks :func:`unfit_source` before it keeps a pair of source and target, and
:func:`charges_money` before it reads "charge" as a criminal charge ("charged customers a fee" is a price).

    >>> from telex.records import Actor
    >>> unfit_source("0874", Actor(id="a1", name="Smith", kind="person", country="USA"), "USA", "retreat", False)
    True
    >>> unfit_source("0874", Actor(id="a2", name="troops", kind="group", country="RUS", sectors=["MIL"]), "RUSMIL", "retreat", False)
    False
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.records import Actor
from telex.stages.event_subjects import STATE_SECTORS

#: De-escalating militarily (CAMEO 087: a truce, easing a blockade, demobilising, retreating or surrendering)
#: is done by armed forces and whoever commands them: a state, its bodies, rebels and insurgents.
DEESCALATION_CODE = "087"
#: ... and so is an intent to (CAMEO 0356: "German firms announced plans to pull out of Iran" is a business leaving, no truce).
DEESCALATION_INTENT_CODE = "0356"
ARMED_SECTORS = STATE_SECTORS | {"REB", "INS", "UAF", "SEP"}

#: A business offering or promising a thing ("offers flights", "will offer buyouts to its employees",
#: "promised a new release") is selling, not stating an intent to cooperate (CAMEO 030).
GENERAL_INTENT_CODE = "030"
COMMERCE_LEMMAS = frozenset({"offer", "promise"})
BUSINESS_SECTOR = "BUS"

#: CAMEO 09 is investigating crime, corruption, abuses or military action; scientists studying nature, samples or
#: data ("researchers examined the samples", "a study investigated the drought") do no political act.
INVESTIGATE_ROOT = "09"
RESEARCH_NOUNS = frozenset({"scientist", "researcher", "scholar", "academic", "biologist", "ecologist", "zoologist", "geologist",
                            "physicist", "chemist", "astronomer", "archaeologist", "study", "paper", "survey"})
RESEARCH_ENDINGS = ("scientist", "researcher", "ologist")

#: Charging money is no criminal charge (CAMEO 173): "charges customers a fee", "charged passengers $50",
#: "charging users more for the phone". Read off the verb's own objects and degree words, not its phrases.
CHARGE_LEMMA = "charge"
PRICE_NOUNS = frozenset({"fee", "price", "premium", "rate", "interest", "fare", "commission", "rent", "tuition", "toll", "money",
                         "dollar", "cent", "pound", "euro", "penny", "amount", "sum", "markup", "surcharge"})
PRICE_DEGREE = frozenset({"more", "less", "extra", "nothing"})

#: A protest, rally or demonstration named by a noun (CAMEO 14: "held a rally", "chose to suppress protests", "were
#: involved in the protests") is not one of a government, its forces, courts or spies: their rallies are campaign
#: events, and protests they act on are others'. A legislator may protest ("opposition MPs staged a protest in parliament").
PROTEST_ROOT = "14"
NON_PROTESTING_SECTORS = STATE_SECTORS - {"LEG"}

#: Acts coded with no target when their doer is coded: mediating (045: "Qatar mediated the talks", "the talks were brokered by the
#: United States": the go-between's act, whoever the sides are) and shelling or bombing from the air (194, 195: "the
#: army shelled the town", "Russian jets bombed a market": a weapon used on a place or thing that is no actor), and suing
#: (115: "filed a lawsuit in federal court", the court no party to it). Other acts
#: of force with no target ("troops fought", "attacked the convoy") are too vague to code (see event_readings.NEEDS_TARGET).
STANDALONE_CODES = frozenset({"045", "115", "194", "195"})
#: ... and criticising an act of force whose doer is not named (111: "the envoy condemned the attack"): the act is
#: the target, so the criticism is news of its own, as "condemned Israel's strikes" is criticism of Israel.
CRITICISM_CODE = "111"

#: A share of people in a poll ("57 percent of the public opposes", "six in 10 voters reject") is no actor doing an act.
SHARE_WORDS = frozenset({"percent", "%", "percentage", "per"})


def _sectors(actor: Actor | None, code: str | None) -> set[str]:
    found = set(actor.sectors) if actor is not None else set()
    if code and len(code) >= 6 and code[:3].isalpha():
        found.add(code[3:6])
    return found


def unfit_source(code: str, actor: Actor | None, s_code: str | None, lemma: str, clause_object: bool, source: Token | None = None,
                 noun: bool = False) -> bool:
    """Whether the source (``actor``, coded ``s_code``) cannot do what CAMEO ``code`` names, read off a
    predicate of lemma ``lemma`` (``clause_object``: its object is an infinitive or clause, "offered to help").

    A person with no office or arms, or a group or organisation of civilian sectors only, does not
    de-escalate militarily ("Smith retreated to New Mexico", "disarmed a gunman"); a business's offer or
    promise of a thing is commerce. Sources of no known sector otherwise ("Hamas", a country) are kept.
    Whatever the code, a share of poll respondents (the ``source`` token, "57 percent of the public") does no
    act (a share of troops or officials does); scientists or a study (CAMEO 09, "researchers examined the samples") investigate no crime.
    A protest named by a noun (``noun``) is no protest of a government or its forces ("the president held a rally").
    """
    sectors = _sectors(actor, s_code)
    if noun and code.startswith(PROTEST_ROOT) and sectors & NON_PROTESTING_SECTORS and (actor is None or actor.kind != "country"):
        return True  # but "China's foreign ministry protested to Japan" (a verb) is a state's protest
    if source is not None and poll_share(source) and not sectors & (ARMED_SECTORS | {"GOV"}):
        return True  # but "30 percent of the troops withdrew" is a share of a force that acts
    if code.startswith(INVESTIGATE_ROOT) and source is not None and researcher(source):
        return True
    if code.startswith((DEESCALATION_CODE, DEESCALATION_INTENT_CODE)):
        if sectors & ARMED_SECTORS or (actor is not None and (actor.kind == "country" or (actor.code or "").startswith("IGO"))):
            return False
        if actor is not None and actor.kind == "person":
            return True
        return bool(sectors)  # "demonstrators retreated": civilians (a group of no known sector is kept)
    if code == GENERAL_INTENT_CODE and lemma in COMMERCE_LEMMAS and not clause_object:
        return BUSINESS_SECTOR in sectors
    return False


def stands_alone(code: str, source_code: str | None, predicate: Token, judges_act: bool = False) -> bool:
    """Whether an event coded ``code`` is kept with no target, its source coded ``source_code`` (see :data:`STANDALONE_CODES`;
    ``judges_act``: the predicate's object is an act of force, see :data:`CRITICISM_CODE`). A bare gerund names a kind of
    act, not one done ("precedent for the president mediating disputes"); "has been mediating" is one."""
    if not source_code or (predicate.tag_ == "VBG" and not any(c.dep_ == "aux" for c in predicate.children)):
        return False
    return code in STANDALONE_CODES or (judges_act and code == CRITICISM_CODE)


def poll_share(source: Token) -> bool:
    """Whether the source phrase is a share of people counted in a poll: a percentage ("57 percent of the
    public") or a fraction in words ("six in 10 Americans", "two out of three voters")."""
    words = [t for t in source.subtree if t.i <= source.i]
    for k, t in enumerate(words):
        if t.lower_ in SHARE_WORDS and k > 0 and words[k - 1].like_num:
            return True
        after = words[k + 1:k + 4]
        if t.like_num and after and after[0].lower_ in ("in", "out") and any(a.like_num for a in after[1:]):
            return True
    return False


def researcher(source: Token) -> bool:
    """Whether the source is scientists or a study ("researchers", "neuroscientists from the institute", "a study",
    "a team of researchers")."""
    lemma = source.lemma_.lower()
    if lemma == "team":
        return any(t is not source and researcher(t) for t in source.subtree) or any(c.lemma_.lower() == "research" for c in source.children)
    return lemma in RESEARCH_NOUNS or lemma.endswith(RESEARCH_ENDINGS)


def charges_money(predicate: Token) -> bool:
    """Whether "charge" asks a price rather than bringing a criminal charge: an object of money or a price noun
    ("charged passengers $50", "charges a fee") or a degree word ("charging customers more")."""
    if predicate.lemma_.lower() != CHARGE_LEMMA or any(c.dep_ == "prep" and c.lower_ == "with" for c in predicate.children):
        return False
    for child in predicate.children:
        if child.dep_ in ("dobj", "dative", "npadvmod") and (child.ent_type_ == "MONEY" or child.lemma_.lower() in PRICE_NOUNS):
            return True
        if child.dep_ in ("advmod", "dobj", "npadvmod") and child.lower_ in PRICE_DEGREE:
            return True
    return False
