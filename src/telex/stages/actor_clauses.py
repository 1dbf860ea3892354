"""Clauses around an actor, for placing it by the countries its sentence names (see :mod:`telex.stages.actor_countries`).

Split from ``actor_countries``: which clause a word stands in, whether two words share one, and whether a country
word names what the actor acts on or strikes rather than the actor's own country.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of force whose object says nothing of the striker's country: "The army shelled Turkish positions".
STRIKING_VERBS = frozenset("attack shell bomb strike hit fire target raid invade storm besiege ambush shoot kill".split())


def clause_of(tok: Token) -> Token:
    """The verb of the clause a token stands in (the sentence's root if none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def clause_chain(tok: Token) -> list[Token]:
    """The clause of ``tok`` and the clauses it belongs to, up to the first that is a clause of its own
    about someone else: a relative clause ("the force, which has 1,200 troops") or a coordinated clause
    with a subject of its own ("Kenya was ready ... and the government would send an envoy to meet local
    leaders"). A coordinated verb sharing its subject ("arrived and said") stays in the chain."""
    verb, chain = clause_of(tok), []
    for _ in range(12):
        chain.append(verb)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if verb.head.i == verb.i or verb.dep_ == "relcl" or (verb.dep_ == "conj" and own_subject):
            break
        verb = clause_of(verb.head)
    return chain


#: Prepositions that attach whom an act concerns to its object ("violence against demonstrators", "aid for
#: refugees"); not "of", which gives the object's own parts ("thousands of troops" are the sender's).
OBJECT_CONCERN_PREPS = frozenset("against on upon toward towards for over".split())


def acted_on(country: Token, tok: Token) -> bool:
    """Whether the country is the subject of a verb whose object concerns the actor: "The United States
    condemned the violence against peaceful demonstrators" - the demonstrators are not American. The
    object itself stays the subject's ("the US deployed troops")."""
    if country.dep_ != "nsubj":
        return False
    head = tok
    while head.dep_ in ("compound", "det", "amod", "appos") and head.head.i != head.i:
        head = head.head  # "President John Smith": the noun the word is of
    if country.ent_type_ == "ORG" and head.dep_ in ("dobj", "dative", "iobj") and country.head in head.ancestors:
        # a country word in the name of a body acting on the actor ("the Norwegian Nobel Committee gave X the
        # prize"): the body's country, not his
        return True
    verb, path, t = country.head, [], tok
    while t.i != verb.i and t.head.i != t.i:
        path.append(t)
        t = t.head
    return (t.i == verb.i and len(path) > 1 and path[-1].dep_ == "dobj"
            and any(p.dep_ == "prep" and p.lower_ in OBJECT_CONCERN_PREPS for p in path))


def struck_by(country: Token, tok: Token) -> bool:
    """Whether the country word is in what the actor strikes: "The army shelled Turkish positions" - the army
    is not Turkey's. A force is rarely its own country's target; an arrest or a ban may be ("Police arrested
    Kenyan protesters")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in STRIKING_VERBS:
        return False
    t = country
    while t.head.i != t.i and t.head.i != verb.i:
        if t.dep_ == "prep" and t.lower_ != "of":
            return False  # "shot down a Ukrainian jet near Tehran": where, not what was struck
        t = t.head
    return t.head.i == verb.i and (t.dep_ == "dobj" or (t.dep_ == "prep" and t.lower_ in ("on", "at", "against")))


def hit_by(country: Token, tok: Token) -> bool:
    """Whether the country word is in what strikes the actor: "A French airstrike killed five rebel commanders",
    "Rebels were killed by a US drone" - the struck are not the striker's."""
    head = tok
    while head.dep_ in ("compound", "amod", "nummod", "det", "appos") and head.head.i != head.i:
        head = head.head
    verb = head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in STRIKING_VERBS:
        return False
    if head.dep_ == "dobj":
        sides = [c for c in verb.children if c.dep_ == "nsubj"]
    elif head.dep_ == "nsubjpass":
        sides = [c for c in verb.children if c.dep_ == "agent"]
    else:
        return False
    return any(side.left_edge.i <= country.i <= side.right_edge.i for side in sides)


def same_clause(a: Token, b: Token) -> bool:
    """Whether two tokens stand in one clause or one's clause belongs to the other's (:func:`clause_chain`):
    "President X said Uganda would ..." yes; a country in a sentence's other clause says nothing of an actor
    in a relative or coordinated clause about someone else ("a meeting in Brussels at which ministers
    discussed a force which has troops in Kivu": the troops are not Belgium's)."""
    return clause_of(a) in clause_chain(b) or clause_of(b) in clause_chain(a)
