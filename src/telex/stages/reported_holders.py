"""Who holds the claim of a speech noun with no possessor ("Lee made the claim that ..."), for reported speech.

Split from ``reported``: :func:`noun_holder` reads the noun's "by" agent or the subject of the verb it hangs on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from telex.stages.quotes import QuoteFinder

#: Prepositions through which a speech noun hangs on the verb of whoever made it or holds it: "said
#: in a statement that", "stirred controversy with a claim that", "bristled at the suggestion that".
HOLDER_PREPS = frozenset({"in", "with", "at", "to", "from", "against", "on", "by"})

#: Pronouns that stand for a person or group and can hold a speech noun's claim.
PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def noun_holder(noun: Token, finder: "QuoteFinder") -> Token | None:
    """Who a speech noun with no possessor is attributed to: "by" whom it was made ("the suggestion
    by the mayor that"), else the subject of the verb it is the object of, directly or through a
    preposition ("Lee made the claim that", "Lee repeated accusations that", "Lee said in a
    statement that", "Lee bristled at the suggestion that"). PolNeAR takes that subject as the
    source of the that-clause whether the subject makes the claim or disputes it: on train, 18 of
    the 30 matched speech-noun statements that had no speaker get one so, all 18 right. Only an
    actor or a personal pronoun is taken; a thing as subject ("the report fuelled claims that")
    holds nothing."""
    agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if agent is not None:
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if by is not None and (by.i in finder.actor_of or by.pos_ == "PROPN"):
            return by
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in HOLDER_PREPS:
        verb = verb.head
        if verb.pos_ in ("ADV", "ADP") and verb.dep_ in ("advmod", "prt"):
            verb = verb.head  # "backed away from a suggestion that"
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return None
    subject = finder.speaker_of(verb)
    if subject is None or finder.inside_quote(subject):
        return None
    if subject.i in finder.actor_of or subject.lower_ in PERSONAL_PRONOUNS:
        return subject
    return None
