"""Whether an event's source is one that can do the act it is coded with.

Some CAMEO codes name acts of states and armed forces only, and some of their verbs are as common in
other walks of life: a writer "retreated to his ranch", an airline "offers flights to the United States".
The events stage asks :func:`unfit_source` before it keeps a pair of source and target.

    >>> from telex.records import Actor
    >>> unfit_source("0874", Actor(id="a1", name="Smith", kind="person", country="USA"), "USA", "retreat", False)
    True
    >>> unfit_source("0874", Actor(id="a2", name="troops", kind="group", country="RUS", sectors=["MIL"]), "RUSMIL", "retreat", False)
    False
"""

from __future__ import annotations

from telex.records import Actor
from telex.stages.event_subjects import STATE_SECTORS

#: De-escalating militarily (CAMEO 087: a truce, easing a blockade, demobilising, retreating or surrendering)
#: is done by armed forces and whoever commands them: a state, its bodies, rebels and insurgents.
DEESCALATION_CODE = "087"
ARMED_SECTORS = STATE_SECTORS | {"REB", "INS", "UAF", "SEP"}

#: A business offering or promising a thing ("offers flights", "will offer buyouts to its employees",
#: "promised a new release") is selling, not stating an intent to cooperate (CAMEO 030).
GENERAL_INTENT_CODE = "030"
COMMERCE_LEMMAS = frozenset({"offer", "promise"})
BUSINESS_SECTOR = "BUS"


def _sectors(actor: Actor | None, code: str | None) -> set[str]:
    found = set(actor.sectors) if actor is not None else set()
    if code and len(code) >= 6 and code[:3].isalpha():
        found.add(code[3:6])
    return found


def unfit_source(code: str, actor: Actor | None, s_code: str | None, lemma: str, clause_object: bool) -> bool:
    """Whether the source (``actor``, coded ``s_code``) cannot do what CAMEO ``code`` names, read off a
    predicate of lemma ``lemma`` (``clause_object``: its object is an infinitive or clause, "offered to help").

    A person with no office or arms, or a group or organisation of civilian sectors only, does not
    de-escalate militarily ("Smith retreated to New Mexico", "disarmed a gunman"); a business's offer or
    promise of a thing is commerce. Sources of no known sector otherwise ("Hamas", a country) are kept.
    """
    sectors = _sectors(actor, s_code)
    if code.startswith(DEESCALATION_CODE):
        if sectors & ARMED_SECTORS or (actor is not None and (actor.kind == "country" or (actor.code or "").startswith("IGO"))):
            return False
        if actor is not None and actor.kind == "person":
            return True
        return bool(sectors)  # "demonstrators retreated": civilians (a group of no known sector is kept)
    if code == GENERAL_INTENT_CODE and lemma in COMMERCE_LEMMAS and not clause_object:
        return BUSINESS_SECTOR in sectors
    return False
