"""Home sides: the country of an event's source that the text does not place, read off what it does and to whom.

People and bodies named by no country (a judge, elders, fundamentalists, students) who press, accuse, investigate,
threaten or protest against a state's government or organs are that state's own: demands on a government, charges
against its officials and protests against its president come from at home far more often than from abroad, and
CAMEO coders code them so ("Islamic fundamentalists demanded the resignation of the Algerian president": DZA). Police
are placed by any target (:meth:`telex.stages.event_readings.Readings.home_force`); this is for the rest, and only
for verbal acts and protest: force used against a state (CAMEO 15-20) is as often a foreign enemy's.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.records import Actor
from telex.stages.actor_countries import REGION_WORDS
from telex.stages.event_codes import unplaced_group

#: CAMEO roots of acts a domestic actor does to its own state: appeals (02), investigations (09), demands (10),
#: disapproval and accusations (11), rejections (12), threats (13) and protests (14).
DOMESTIC_ACT_ROOTS = ("02", "09", "10", "11", "12", "13", "14")
#: Sectors of a target that make it a state's own organ: its government, legislature, courts, forces, police,
#: intelligence services, and its leaders.
STATE_TARGET_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI"})
#: Sectors that place an actor in no one country: organisations between or beyond states.
UNPLACED_SECTORS = frozenset({"IGO", "NGO"})
#: Targets that are a state abroad: whoever writes to an embassy or petitions an envoy is as likely the host country's
#: ("the chief constable wrote to the US Embassy" in London; Wikinews: 1).
MISSION_NOUNS = frozenset("embassy embassies consulate consulates ambassador ambassadors envoy envoys mission".split())


def home_source(actor: Actor | None, source: Token, target: Token | None, t_code: str | None, code: str, countries) -> str | None:
    """The code of a source that no country places (a person or group the actors stage read a sector for but no
    country), when it does a :data:`DOMESTIC_ACT_ROOTS` act to a state ("Nigeria") or one of its organs (USAGOV,
    KENJUD): that state's country and the source's own sector ("students protested against the Kenyan president"
    -> KENEDU). None for an actor that is placed, a group named as of many countries ("western diplomats", "foreign
    journalists"), or a target that is no state's or is one abroad (:data:`MISSION_NOUNS`)."""
    if actor is None or actor.country or actor.code or actor.kind not in ("person", "group"):
        return None
    sectors = [s for s in actor.sectors if s not in UNPLACED_SECTORS]
    if not sectors or len(sectors) < len(actor.sectors) or not code.startswith(DOMESTIC_ACT_ROOTS):
        return None
    if not t_code or t_code[:3] not in countries or (len(t_code) > 3 and t_code[3:6] not in STATE_TARGET_SECTORS):
        return None
    if target is not None and target.lemma_.lower() in MISSION_NOUNS:
        return None
    if source.pos_ == "PRON" or unplaced_group(source) or any(c.lower_ in REGION_WORDS for c in source.children if c.dep_ in ("amod", "compound")):
        return None
    return t_code[:3] + sectors[0]
