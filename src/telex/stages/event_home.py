"""Home sides: the country of an event's source that the text does not place, read off what it does and to whom.

Police named by no country act at home, on whoever they act on: "the opposition leader was beaten by police",
"police detained two Kenyan activists" (:meth:`Home.home_force`). So do a state's forces named as the government's
("government troops shelled Idlib"): in a war inside one country, the government's forces are that country's.

People and bodies named by no country (a judge, elders, fundamentalists, students) who press, accuse, investigate,
threaten or protest against a state's government or organs are that state's own: demands on a government, charges
against its officials and protests against its president come from at home far more often than from abroad, and
CAMEO coders code them so ("Islamic fundamentalists demanded the resignation of the Algerian president": DZA). Police
are placed by any target (:meth:`Home.home_force`); this is for the rest (:func:`home_source`), and only
for verbal acts and protest: force used against a state (CAMEO 15-20) is as often a foreign enemy's.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.records import Actor
from telex.stages.actor_countries import REGION_WORDS
from telex.stages.event_codes import unplaced_group

#: Sectors of a source that, named by no country, act at home: police, whose country is their target's (see
#: :meth:`Home.home_force`). Lead's wire articles: 1 ("was beaten by police", source unknown before).
HOME_SECTORS = frozenset({"COP"})
#: Forces named as a government's ("government troops", "regime forces", "pro-government militias") are the
#: government's of the country they fight in: a state's forces at home, as police are.
GOVERNMENT_FORCE_SECTOR = "MIL"
GOVERNMENT_WORDS = frozenset("government pro-government regime loyalist".split())

#: CAMEO roots of acts a domestic actor does to its own state: appeals (02), investigations (09), demands (10),
#: disapproval and accusations (11), rejections (12), threats (13) and protests (14).
DOMESTIC_ACT_ROOTS = ("02", "09", "10", "11", "12", "13", "14")
#: Sectors of a target that make it a state's own organ: its government, legislature, courts, forces, police,
#: intelligence services, and its leaders.
STATE_TARGET_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI"})
#: Sectors that place an actor in no one country: organisations between or beyond states.
UNPLACED_SECTORS = frozenset({"IGO", "NGO"})
#: Targets that are a state abroad: whoever writes to an embassy or petitions an envoy is as likely the host country's
#: (a British chief constable writing to the US Embassy; Wikinews: 1).
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
    if mission(target):
        return None
    if source.pos_ == "PRON" or unplaced_group(source) or any(c.lower_ in REGION_WORDS for c in source.children if c.dep_ in ("amod", "compound")):
        return None
    return t_code[:3] + sectors[0]


def mission(target: Token | None) -> bool:
    """Whether a target is a state abroad: an embassy, consulate or envoy (:data:`MISSION_NOUNS`)."""
    return target is not None and (target.lemma_.lower() in MISSION_NOUNS or target.lower_ in MISSION_NOUNS)


class Home:
    """Sources placed by their target: police (:data:`HOME_SECTORS`) and government forces (:data:`GOVERNMENT_WORDS`)."""

    def home_sector(self, source: Token | None) -> str | None:
        """The sector of a source named by no country that acts at home (police, government forces), so that its
        target's country may place it (:meth:`home_force`); None for another, or one placed nowhere ("foreign police")."""
        if source is None or unplaced_group(source):
            return None
        sector = self.sector_of(source)
        if sector in HOME_SECTORS:
            return sector
        if sector == GOVERNMENT_FORCE_SECTOR and any(c.dep_ in ("amod", "compound") and c.lower_ in GOVERNMENT_WORDS for c in source.children):
            return sector
        return None

    def home_force(self, source: Token, target: Token | None, t_code: str | None) -> str | None:
        """The code of police or government forces named by no country, acting on a target of a country: that
        country's ("the opposition leader was beaten by police", "government troops shelled Idlib": SYRMIL).
        Not a named officer (a person is placed by his own words or none), nor one acting on a state abroad."""
        if not t_code or t_code[:3] not in self.kb.countries or mission(target):
            return None
        actor = self.actors.get(self.actor_at(source) or "")
        if actor is not None and actor.kind == "person":
            return None
        sector = self.home_sector(source)
        return t_code[:3] + sector if sector else None
