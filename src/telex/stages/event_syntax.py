"""Grammar the event roles lean on where the parse is loose: the group a number picks out ("two of its soldiers"),
the verb of saying that a subjectless verb, hung by the parser on a reported clause, really continues, and the
subject of a participle the parser took for the main verb ("X speaking to the Y think tank called on Z").

Split from ``event_roles.py``, which reads the roles themselves.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.stages.event_modality import SAY_VERBS

#: Verbs of force that, between politicians only, are words, as "attack" is (event_readings.Readings.criticism): "Bush fired
#: at Trump and Cruz", "Sanders hit Clinton on trade". Unlike "attack", a reason does not make them words ("struck Gaza for the
#: first time" is force).
FIGURATIVE_FORCE_VERBS = frozenset({"fire", "hit", "strike"})

#: Nouns of a use of force (CAMEO 18-20). Named with its doer ("a Taliban ambush", "a Russian air strike"), such a noun
#: tells who did what a passive verb says of those hit in it ("were killed in ..."; event_roles); with "the" and
#: no doer, it refers back to the latest use of force told ("Germany condemned the attack"; event_readings).
FORCE_NOUNS = frozenset(
    "attack attacks ambush strike strikes airstrike airstrikes assault offensive operation bombing bombings shelling "
    "raid raids incursion invasion bombardment killing killings massacre".split()
)

#: Nouns of number that stand before what they count: "hundreds of fighters".
QUANTITY_NOUNS = frozenset("hundred thousand dozen dozens hundreds thousands million millions score scores".split())

#: Auxiliaries that shift a reported clause back in time ("said X had killed", "said X would send"): a past-tense
#: verb joined to such a clause with no subject of its own is told in the reporter's tense, not the clause's.
BACKSHIFT_AUX = frozenset({"had", "would", "could"})
#: Tag of a simple past verb.
PAST_TAG = "VBD"


#: Nouns of a stage of something, which with "of" say when, not to whom: "at the start of Yoon's visit",
#: "at the end of the talks with X", "on the eve of the summit". (Written probe: 3 such phrases gave a target.)
PHASE_NOUNS = frozenset("start beginning end close height outset conclusion eve middle opening occasion margins sidelines".split())


#: Prepositions that, with a date, say when: "on Tuesday", "at noon", "in May", "during the night".
TIME_PREPS = frozenset({"on", "at", "in", "during"})


def time_phrase(prep: Token) -> bool:
    """Whether a preposition of time has a date or a time as its object: "on Tuesday", "at noon". ("called for
    two days of protests": "for" carries what is called for, however long.)"""
    if prep.lower_ not in TIME_PREPS:
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def phase_phrase(prep: Token) -> bool:
    """Whether a preposition's object is a stage of something ("at the start of the visit"): a time, no partner."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.lemma_.lower() in PHASE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children) for g in objs)


def partitive(obj: Token) -> Token:
    """The people a number picks out of: "killed two of its soldiers" killed soldiers, whose owner ("its") says whose.
    A number alone, or of no noun, stands for itself."""
    if not (obj.pos_ == "NUM" or (obj.tag_ in ("NNS", "CD") and obj.lemma_.lower() in QUANTITY_NOUNS)):
        return obj
    of = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    if of and of[0].tag_ == "NNS" and of[0].lemma_.lower() in QUANTITY_NOUNS:
        return partitive(of[0])  # "tens of thousands of Israelis": the Israelis
    return of[0] if of else obj


#: Verbs that, joined by a bare "and" to a backshifted reported clause, are still the speaker's own next act:
#: "the ministry said forces had shelled a village and accused Baku of ..." (accusing is what speakers do).
SPEAKERS_NEXT_ACTS = frozenset("accuse blame condemn denounce criticise criticize warn vow".split())


def said_and(verb: Token) -> Token | None:
    """The verb of saying that a subjectless past verb really continues, where the parser hung it on the reported
    clause: "the military said Indian shelling had killed two soldiers, and accused New Delhi of ...". The clause is
    backshifted ("had killed") and the verb is a simple past like the saying verb, set off by ", and" or one of
    :data:`SPEAKERS_NEXT_ACTS`, so it is the speaker's next act (lead's wire articles: 2 such, coded with the
    clause's subject as the accuser)."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ != PAST_TAG or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAY_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_AUX for c in clause.children):
        return None
    cc = next((c for c in clause.children if c.dep_ == "cc" and c.i < verb.i), None)
    comma = cc is not None and cc.i > 0 and cc.nbor(-1).text == ","
    if not comma and verb.lemma_.lower() not in SPEAKERS_NEXT_ACTS:
        return None  # "said Lula had spoken with Maduro and pressed him": "had" covers both; only ", and" starts anew
    return clause.head if clause.head.tag_ == PAST_TAG else None


def subject_past_relative(verb: Token) -> Token | None:
    """The noun whose relative clause the parser let swallow the main verb: in "Scholz, whose country's
    carmakers depend on China, has urged the Commission ..." it hangs "urged" on "depend" as a conjunct,
    though the comma closing the clause shows "urged" is Scholz's. Also read by the quote stage's speakers."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or head.i >= verb.i:
        return None
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "who met Lee and urged": the clause goes on
    first = min(t.i for t in verb.subtree if t.i <= verb.i)
    if first == 0 or verb.doc[first - 1].text != ",":
        return None
    return head.head if head.head.pos_ in ("NOUN", "PROPN") else None


def participle_subject(verb: Token) -> Token | None:
    """The subject of a participle that the parser took for the main verb, with the finite verb hung on it or on its
    last noun: "Visser speaking to the Chatham House think tank called on Serbia to ..." makes "speaking" the
    root (subject Visser) and "called" a clause on "tank" or a loose dependent of the root; "The Kenyan president
    speaking to a think tank called on ..." makes "president" the root and "speaking" a clause on it. A participle
    with no auxiliary is no main verb, so the finite verb is, and its subject is the participle's."""
    if verb.tag_ != PAST_TAG or verb.dep_ not in ("acl", "dep"):
        return None
    root, participle = verb.head, None
    while root.dep_ != "ROOT" and root.head.i != root.i:
        if root.dep_ == "acl" and root.tag_ == "VBG":
            participle = root
        elif root.dep_ not in ("pobj", "prep", "dobj", "compound"):
            return None
        root = root.head
    if root.i > verb.i:
        return None
    if root.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.pos_ in ("NOUN", "PROPN") and participle is not None and participle.head.i == root.i:
        return root
    return None


def judged_act_result(verb: Token) -> Token | None:
    """The participle that tells what an act blamed or praised did, when the parser hangs it on the judging verb:
    "accused the rebels of shelling a market, killing 40 people", "thanked the medics for staying on, saving
    hundreds". The act is the object's (the rebels', the medics'), and so is what it did. None unless the verb
    has an object, then "of" or "for" with a gerund, then the participle after a comma; a participle of saying or
    judging goes on with the judge's own words ("attacked Lee for lying, accusing him of ...")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    gerund = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and obj is not None and c.i > obj.i
                   for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if gerund is None:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > gerund.i
                 and c.i > 0 and c.doc[c.i - 1].text == "," and not any(g.dep_.startswith("nsubj") for g in c.children)
                 and c.lemma_.lower() not in SAY_VERBS | SPEAKERS_NEXT_ACTS), None)


#: Reciprocal pronouns: "each other", "one another".
RECIPROCAL_PRONOUNS = (frozenset({"each", "other"}), frozenset({"one", "another"}))


def reciprocal_object(pred: Token) -> bool:
    """Whether a predicate's object, or the object of its preposition, is a reciprocal pronoun: "fought each
    other", "accused one another", "clashed with each other"."""
    objects = [c for c in pred.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in pred.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        words = {obj.lower_, *(c.lower_ for c in obj.children if c.dep_ in ("det", "amod", "nummod"))}
        if any(pair <= words for pair in RECIPROCAL_PRONOUNS):
            return True
    return False


def gerund_subject(tok: Token) -> bool:
    """Whether a verb the parser read is a gerund standing as a clause's subject with no subject or object of its own:
    "Fighting between the two armies resumed" is the noun "fighting" (a sentence's first word is often misread so)."""
    return (tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ in ("nsubj", "dobj", "aux", "auxpass", "ccomp", "xcomp") for c in tok.children))
