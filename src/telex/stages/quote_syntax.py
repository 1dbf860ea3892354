"""Readings of the parse that attribution needs about a single word, for :mod:`telex.stages.quote_speakers`
and :mod:`telex.stages.quote_attribution`: whether a past tense is a participle in a description set off
by commas, and whether a cue is in a relative clause set off by a comma."""

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
