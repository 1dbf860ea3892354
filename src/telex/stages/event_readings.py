"""Readings of a matched pattern in its context: a verb whose pattern code is the usual reading of its
lemma may, by its complement or object, mean another act ("denied that ..." is a denial, not a
rejection; "attacked X for ..." is criticism, not force; "called the deal a disaster" is no phone call),
and a noun event "between A and B" is theirs.

Split from ``events.py``; :class:`Readings` is a part of :class:`telex.stages.events.EventFinder`, which
supplies ``actor_at`` and ``expand``. Each rule here was counted on Wikinews articles (see the constants).
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.stages.event_table import Pattern

#: CAMEO roots of force (assault, fight, mass violence) that a verb of :data:`VERBAL_FORCE_VERBS` may be.
FORCE_ROOTS = frozenset({"18", "19", "20"})

#: Verbs of denial whose that-clause is what is denied: "denied that it had ordered the strike", "the ministry
#: denies the two blasts are related". That is a denial of a claim or charge (CAMEO 016), not a rejection of
#: anyone's proposal (12x); Wikinews audit: 3 such denials of 3 were coded as rejections with no target.
DENIAL_VERBS = frozenset({"deny"})
DENIAL_CODE = "016"

#: Verbs that also name or describe: "called the deal a disaster", "calling the inquiry 'Soviet-style'". Their
#: phone call (CAMEO 041) is made to a person, so the verb's object must itself be an actor or the keyword of
#: the pattern ("called his counterpart"), and it has no object predicate. Wikinews audit: 3 of 3 such wrong.
NAMING_VERBS = frozenset({"call"})
PHONE_CODE = "041"

#: Verbs of force that, with a reason or a label, are criticism (CAMEO 111): "Biden attacked Trump for the
#: tweet", "attacked him as a career politician" (Wikinews audit: 7 of 7 such "attacked X for/as" in campaign
#: news were verbal). A duration ("attacked the town for three days") is no reason.
VERBAL_FORCE_VERBS = frozenset({"attack"})
CRITICISM_PREPS = frozenset({"for", "as"})
CRITICISM_CODE = "111"


class Readings:
    """Context readings of matched patterns (mixed into the event finder)."""

    def denial(self, tok: Token, pattern: Pattern) -> Pattern:
        """A rejection (12x) by a verb of denial whose complement is a clause is a denial (:data:`DENIAL_VERBS`)."""
        if tok.lemma_.lower() in DENIAL_VERBS and pattern.cameo.startswith("12") and any(c.dep_ == "ccomp" for c in tok.children):
            return Pattern(pattern.lemma, pattern.pos, pattern.prep, pattern.keywords, DENIAL_CODE, "agent")
        return pattern

    def criticism(self, tok: Token, pattern: Pattern) -> Pattern:
        """Force by a verb of :data:`VERBAL_FORCE_VERBS` with a reason or a label ("for the tweet", "as a
        liar") is criticism: CAMEO 111."""
        if tok.lemma_.lower() not in VERBAL_FORCE_VERBS or pattern.pos != "VERB" or pattern.cameo[:2] not in FORCE_ROOTS:
            return pattern
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in CRITICISM_PREPS):
            if any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in prep.children):
                return Pattern(pattern.lemma, pattern.pos, pattern.prep, pattern.keywords, CRITICISM_CODE, "agent")
        return pattern

    def naming(self, tok: Token, pattern: Pattern) -> bool:
        """Whether a phone call (041) by a verb that also names (:data:`NAMING_VERBS`) is the naming: its object is
        no actor nor the pattern's keyword, or it has an object predicate ("called X a Y")."""
        if pattern.pos != "VERB" or pattern.cameo != PHONE_CODE or tok.lemma_.lower() not in NAMING_VERBS:
            return False
        if any(c.dep_ in ("oprd", "ccomp") for c in tok.children):
            return True
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        return not any(self.actor_at(o) or {o.lemma_.lower(), o.lower_} & pattern.keywords for o in objs)

    def between(self, noun: Token) -> list[Token]:
        """The parties of a noun event named "between" them: "a meeting between Zelensky and Trump"."""
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                return self.expand(pobj)
        return []
