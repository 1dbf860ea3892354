"""Readings of the parse that attribution needs about a single word, for :mod:`telex.stages.quote_speakers`
and :mod:`telex.stages.quote_attribution`: whether a past tense is a participle in a description set off
by commas, whether a cue is in a relative clause set off by a comma, the group a partitive subject picks
from, and the name the parser joined to a place."""

from __future__ import annotations

from spacy.tokens import Token


def set_off_participle(tok: Token) -> bool:
    """Whether a word the tagger made a past tense is a participle in a phrase set off by commas,
    describing the speaker: no auxiliary, and "now" right before it or "and" after a word that
    is no verb ("Ann Lee, now retired, said"; "Ann Lee, now 81 and retired in Ohio, said"; but
    "Lee arrived and spoke, Park said" is a clause)."""
    if tok.i < 2 or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    prev = tok.doc[tok.i - 1]
    return prev.lower_ == "now" or (prev.lower_ == "and" and tok.doc[tok.i - 2].pos_ not in ("VERB", "AUX"))


def describes_speaker(cue: Token) -> bool:
    """Whether a cue is in a relative clause set off by a comma, "who" its subject: the clause tells
    what the one it describes said ("Lee praised Park, who has vowed to fight the “land grab”";
    "Lee says to Park, who responds: “Okay!”"), not what the cue above says (a clause with no
    comma picks out whom a cue is about: "Ng told a woman who suggested … that “…”"). A clause inside
    what someone reports ("Lee recalled that voters, who wondered if “…”, …") is theirs too."""
    if cue.dep_ != "relcl" or any(_content_clause(t) for t in cue.ancestors):
        return False
    who = next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ == "who" and c.i < cue.i), None)
    return who is not None and who.i > 0 and cue.doc[who.i - 1].text == ","


def _content_clause(tok: Token) -> bool:
    """Whether a word heads what a verb reports: a clausal complement, or a clause opened by "that"
    (the parser makes some of them adverbial)."""
    return tok.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


#: Words that pick some members out of a group: "one of the diplomats", "some of them", "two of the senators".
PARTITIVE_WORDS = frozenset("one two three four five several some many most few all both each none half".split())


def partitive_member(tok: Token) -> Token | None:
    """The group a partitive subject picks its members from: "diplomats" in "one of the diplomats"."""
    if tok.lower_ not in PARTITIVE_WORDS:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None) if of is not None else None


def place_then_subject(subject: Token) -> Token | None:
    """The name the parser joined to a place that ends an opening phrase as its conjunct: in "Speaking in Salem,
    Oregon, Lee went after Park" the subject is "Lee", not the state that says which Salem. None otherwise."""
    doc = subject.doc
    if subject.ent_type_ not in ("GPE", "LOC") or subject.i < 2 or doc[subject.i - 1].text != ",":
        return None
    before = doc[subject.i - 2]
    if before.ent_type_ not in ("GPE", "LOC") or before.dep_ != "pobj":
        return None  # the place before the comma is the object of "in", "at": the state only narrows it
    return next((c for c in subject.children if c.dep_ == "conj" and c.i > subject.i and c.ent_type_ != subject.ent_type_), None)
