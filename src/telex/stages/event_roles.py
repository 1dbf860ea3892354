"""Whom an event is done to: the target of a predicate read off the dependency parse.

Split from ``events.py``: the objects and partners of a predicate (object, "with X", "between A and B"),
the owner of an object noun ("rejected a US request"), the addressee of a demand or that-clause, the
place an act is done in. Subjects are read in ``event_subjects.py``, targets read off surrounding clauses
in ``event_targets.py``, and the CAMEO actor code of what fills a role by
:class:`telex.stages.event_codes.ActorCodes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from telex.stages.event_subjects import FORCE_SECTORS, Subjects, patient_of
from telex.stages.event_syntax import partitive, phase_phrase, time_phrase
from telex.stages.event_targets import (
    CONDITION_TARGET_ROOTS,
    ENGAGED_IN,
    FORCE_ROOTS,
    NESTED_TARGET_ROOTS,
    PURPOSE_TARGET_ROOTS,
    SUBJECT_PLACE_ROOTS,
    STATED_FOR_LEMMAS,
    SYMPATHY_CODE,
    TIED_TARGET_ROOTS,
    TargetReadings,
    governed_preps,
)

if TYPE_CHECKING:
    from telex.stages.event_table import Pattern


#: Verbs whose object takes a bare infinitive, which the parser makes the object the subject of: "help Nigeria rebuild".
BARE_INFINITIVE_VERBS = frozenset({"help", "let"})

#: Prepositions whose object is the target when the pattern names none.
TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "into", "between", "of", "at")

#: Objects that name the act itself ("fought a war over the region", "waged a campaign"): never the target,
#: though their "against" or "with" phrase may name it.
COGNATE_OBJECTS = frozenset("war wars battle battles fight conflict campaign offensive skirmish skirmishes duel".split())

#: Prepositions whose object is what is asked for or talked about, never the target ("call for a ceasefire").
CONTENT_PREPS = frozenset({"for", "about"})

#: Nouns of contact whose partner is the target of what is said during it.
#: The means of one ("spoke by telephone with X") has the partner too, where the parser hangs "with" on it.
TALK_NOUNS = frozenset("call conversation talk talks meeting visit summit discussion telephone phone".split())

#: CAMEO roots whose target may be the place where it happens when no actor is named: lifting a
#: curfew in Montenegro, reinforcing forces in Lebanon, shelling towns in Iraq are done to that country.
#: A visit (042: "attend a summit in Switzerland") is made to the place it is in.
PLACE_TARGET_ROOTS = frozenset({"08", "14", "15", "16", "17", "18", "19", "20", "042"})

#: Prepositions that put such an act in a place: "shelled towns in Iraq", "struck targets across southern Lebanon".
PLACE_TARGET_PREPS = frozenset({"in", "inside", "across", "throughout"})

#: Words that open a clause telling the same happening as the predicate ("killed three soldiers when a bomb
#: exploded in Kandahar"), whose place is then the predicate's.
SAME_TIME_MARKS = frozenset({"when", "as", "while"})

#: Prepositions on a verb's object that name whom the act is done to: "opened investigations against 28 officials".
OBJECT_PREPS = ("against", "into", "with", "to", "on", "between")

#: CAMEO roots whose target is the addressee of a that-clause ("demanded that the US match ...").
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})

#: CAMEO roots whose target is the owner of the object ("rejected North Korea's demand", "welcomed Reagan's statement").
OWNER_TARGET_ROOTS = frozenset({"05", "12", "11", "04", "16"})

#: Nouns of a leader's going: a demand or call for one is aimed at the leader ("demanded the resignation of X").
STEP_DOWN_NOUNS = frozenset("resignation removal ouster dismissal impeachment sacking firing departure".split())

#: Appeals and demands, whose addressee may be a body or group that names no country ("ordered police to stop").
ASKED_GROUP_ROOTS = frozenset({"02", "10"})

#: Threats, whose that-clause may tell what the threatener's own side will do to someone.
THREAT_ROOT = "13"

#: Subjects of such a clause that are the threatener's side: "warned it would retaliate", "we will respond".
OWN_PRONOUNS = frozenset({"it", "we", "he", "she"})

#: Roots whose object may be the troops or police the subject sends or offers, not whom it is for: intent (03),
#: aid (07), threats (13), force posture (15).
SENT_FORCE_ROOTS = frozenset({"03", "07", "13", "15"})

#: Prepositions of what a state is taken out of by the one acting for it ("withdrew the United States from the
#: treaty", "pulled Britain out of the alliance"): the state moved is no target (see :meth:`Roles.own_state_moved`).
LEAVING_PREPS = frozenset({"from", "out", "of"})

#: Prepositions naming what a complaint is about, whose author is the party complained of.
GRIEVANCE_PREPS = frozenset({"over", "about", "against"})


class Roles(Subjects, TargetReadings):
    """Target readers mixed into the event finder, on the subject readers (needs ``doc``, ``kb``, ``actor_of`` and ``actors``)."""

    def targets(self, pred: Token, pattern: Pattern) -> list[Token]:
        """Whom it is done to: an actor among the objects and partners, else a noun phrase with a country."""
        found = self.actor_targets(pred, pattern)
        if found and pattern.cameo[:2] in SUBJECT_PLACE_ROOTS and all(self.code_of(t) == (None, None) for t in found):
            return self.subject_place(pred) or found  # "agreed to an extension of the mission in Haiti"
        if found:
            return found
        if pattern.cameo[:2] == THREAT_ROOT:
            found = self.response_target(pred)  # "vowed revenge for the killing of X by Y": Y
            if found:
                return found
        objects = self.candidate_objects(pred, pattern)
        if pattern.cameo[:2] in FORCE_ROOTS:
            for obj in objects:
                holder = self.holder_of(obj)
                if holder is not None:  # "struck Hezbollah positions in southern Lebanon": Hezbollah, not Lebanon
                    return self.expand(holder)
        # an actor among them first, then a phrase read by its words: "mend ties with Brussels" is with the actor
        # the actors stage linked "Brussels" to (the EU), not with the capital's country that "ties" would be read as
        for tok in [o for o in objects if self.coded(o)] + objects:
            if own_belonging(tok):
                continue  # "withdraw its troops from Lebanon": the subject's own, not whom it is done to
            if self.coded(tok) or self.code_np(tok):  # "endorsed an agreement with the European Union"
                return self.expand(tok)
        root = pattern.cameo[:2]
        if root in PURPOSE_TARGET_ROOTS:  # "began a hunger strike to protest Sweden's decision"
            found = self.purpose_target(pred) or self.premises_target(pred)
            if found:
                return found
        if root in FORCE_ROOTS:  # "opened fire to disperse the demonstrators"
            found = self.force_purpose_target(pred)
            if found:
                return found
        if pattern.cameo.startswith(SYMPATHY_CODE) or pattern.lemma in STATED_FOR_LEMMAS:  # "expressed sorrow for the shootings in Texas"
            found = self.sympathy_target(pred)
            if found:
                return found
        if root in CLAUSE_TARGET_ROOTS:  # "demanded that the United States match ..."
            objs = [c for c in pred.children if c.dep_ == "dobj"]
            for clause in (c for h in [pred] + objs for c in h.children if c.dep_ in ("ccomp", "acl")):
                subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and root == THREAT_ROOT and (subj[0].lower_ in OWN_PRONOUNS or self.own_side(subj[0], pred)):
                    # "Gallant warned that Israel would push Hezbollah back", "China warned it would retaliate
                    # against Japan": the threat is the threatener's side's, made to whom it would act on
                    inner = [t for t in self.candidate_objects(clause, pattern) if self.coded(t)]
                    return self.expand(inner[0]) if inner else []
                if subj and subj[0].pos_ != "PRON":
                    return self.expand(subj[0])
        for comp in (c for c in pred.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            candidates = self.candidate_objects(comp, pattern)
            inner = self.actor_targets(comp, pattern) or [t for t in candidates if self.coded(t)][:1] or [t for t in candidates if self.code_np(t)][:1]
            if inner:  # "threatened to break relations with Russia"
                return self.expand(inner[0]) if len(inner) == 1 else inner
        if root in CONDITION_TARGET_ROOTS:  # "threatened to stop talks if the United States goes ahead"
            found = self.condition_target(pred)
            if found:
                return found
        found = self.nested_target(pred) if root in NESTED_TARGET_ROOTS else []
        if found:  # "willing to send arms to help defend Saudi Arabia"
            return found
        if root in SUBJECT_PLACE_ROOTS:
            found = self.subject_place(pred)
            if found:  # "rejected a call for peacekeepers to be deployed in Haiti"
                return found
        if root in PLACE_TARGET_ROOTS or pattern.cameo[:3] in PLACE_TARGET_ROOTS:
            holders = [pred] + [c for c in pred.children if c.dep_ == "dobj"]
            if pred.pos_ == "NOUN" and pred.dep_ == "dobj":
                holders.append(pred.head)  # "staged a protest in Beijing"
            if pred.pos_ == "NOUN" and pred.dep_ == "pobj" and pred.head.head.lemma_.lower() in ENGAGED_IN:
                holders.append(pred.head.head)  # "were engaged in ethnic cleansing in Bosnia"
            # the same happening told in a "when" clause: "killed 23 people when they blew themselves up in Haifa"
            # a clause whose subject is an actor of its own tells another happening: "traded fire across the Nile as aid
            # agencies warned of famine in Darfur" (written probe ev11: 1, Darfur was the target)
            holders += [c for c in pred.children if c.dep_ == "advcl" and any(g.dep_ in ("advmod", "mark") and g.lower_ in SAME_TIME_MARKS for g in c.children)
                        and not any(g.dep_ == "nsubj" and g.pos_ != "PRON" and self.actor_at(g) for g in c.children)]
            for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_TARGET_PREPS):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    place = self.code_np(pobj)
                    if place:
                        # "attacked opposition activists in Lusaka": the activists, of the place's country, with their sector
                        codes = ((o, self.code_of(o)[1] or "") for o in objects)
                        same = [o for o, code in codes if code[:3] == place[:3] and len(code) > 3]
                        return same[:1] or [pobj]
        if root in TIED_TARGET_ROOTS:  # "sanctions on six companies it accused of helping Iran"
            for tok in objects:
                found = self.tied_to(tok)
                if found is not None:
                    return [found]
        if objects and pattern.cameo[:2] in ASKED_GROUP_ROOTS and self.sector_of(objects[0]):
            return objects[:1]  # "the court ordered police to stop": a body of no named country, placed by its source
        return objects[:1] if objects and pattern.cameo[:2] in ("17", "18", "19", "20") else []

    def own_forces(self, obj: Token, pred: Token, pattern: Pattern) -> bool:
        """Whether the object of an act of sending, deploying or offering is the subject's own troops or police,
        which are what is sent, not whom it is done to: "Kenya promised to contribute 1,000 police officers to
        the mission in Haiti", "threatened to send ground troops into Lebanon" (written probe ev12: 2, both coded
        with the subject's own forces as the target)."""
        if pattern.cameo[:2] not in SENT_FORCE_ROOTS:
            return False
        theirs = self.code_of(obj)[1] or ""
        if theirs[3:6] not in FORCE_SECTORS:
            return False
        mine = self.subject_code(pred)
        return bool(mine) and mine[:3] == theirs[:3]

    def own_state_moved(self, obj: Token, pred: Token, pattern: Pattern) -> bool:
        """Whether the object of a predicate read with a preposition of leaving is the state its subject acts for,
        taken out of what the phrase names: "the president withdrew the United States from a treaty with Iran" is done
        to the treaty's partner, not to the president's own country."""
        return pattern.prep in LEAVING_PREPS and obj.dep_ == "dobj" and self.own_side(obj, pred)

    def subject_code(self, pred: Token) -> str:
        """The CAMEO actor code of the predicate's first subject ("" for none or an uncoded one)."""
        subjects = self.subjects(pred)
        return (self.code_of(subjects[0])[1] or "") if subjects and subjects[0] is not None else ""

    def own_side(self, tok: Token, pred: Token) -> bool:
        """Whether ``tok`` names the state that the subject of ``pred`` belongs to: "Israel" for "Israel's defence
        minister warned". A person or a party of the same country is no such side ("Trump warned that Biden would ...")."""
        mine = self.subject_code(pred)[:3]
        actor_id, theirs = self.code_of(tok)
        actor = self.actors.get(actor_id or "")
        if not theirs or (actor is not None and actor.kind != "country"):
            return False
        return len(theirs) == 3 and theirs.isalpha() and mine == theirs

    def candidate_objects(self, pred: Token, pattern: Pattern) -> list[Token]:
        """Direct objects and prepositional partners that could be the target, best first."""
        out = []
        if pred.pos_ in ("VERB", "AUX"):
            out = [partitive(c) for c in pred.children if c.dep_ in ("dobj", "dative", "iobj")]
            out = [c for c in out if not self.own_forces(c, pred, pattern) and not self.own_state_moved(c, pred, pattern)]
            # "allow UN planes to land": the parser may hang the object on the infinitive as its subject
            # and "help Nigeria rebuild": a bare infinitive, whose subject is the one helped
            out += [s for c in pred.children if c.dep_ == "ccomp" and (any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                                                       or pred.lemma_.lower() in BARE_INFINITIVE_VERBS)
                    for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
        preps = governed_preps(pred)
        for name in TARGET_PREPS + ("from",):
            for prep in (c for c in preps if c.lower_ == name and not phase_phrase(c)):
                out.extend(partitive(c) for c in prep.children if c.dep_ == "pobj")
        for obj in [o for o in out if o.dep_ == "dobj"]:  # "opened investigations against 28 officials", "a truce between X and Y"
            # one's own taken back "from" somewhere: "recalled its ambassador from Paris" (written probe ev11: 1)
            names = OBJECT_PREPS + (("from",) if own_belonging(obj) else ())
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in names):
                out.extend(c for c in prep.children if c.dep_ == "pobj")
        return [o for o in out if not (o.dep_ == "dobj" and o.lemma_.lower() in COGNATE_OBJECTS)]

    def owner(self, noun: Token) -> Token | None:
        """Whose request, offer or plan it is: "a U.S. request", "North Korea's demand", "calls by Annan"."""
        for c in noun.children:
            if c.dep_ == "poss" and (self.actor_at(c) or self.code_np(c)):
                return c
            if c.dep_ in ("compound", "amod", "nmod") and (self.actor_at(c) or self.kb.adjective(c.text) or self.kb.country(c.text)):
                return c
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                pobj = [g for g in c.children if g.dep_ == "pobj" and (self.actor_at(g) or self.code_np(g))]
                if pobj:
                    return pobj[0]
        return None

    def actor_targets(self, pred: Token, pattern: Pattern) -> list[Token]:
        if pred.pos_ in ("VERB", "AUX"):
            passive = patient_of(pred)
            if passive is not None:
                return self.expand(partitive(passive))  # "dozens of soldiers were killed": the soldiers
            obj = [partitive(c) for c in pred.children if c.dep_ in ("dobj", "dative", "iobj")]
            obj = [c for c in obj if not own_belonging(c) and not self.own_forces(c, pred, pattern) and not self.own_state_moved(c, pred, pattern)]
            asked = obj + [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
            for noun in (n for n in asked if n.lemma_.lower() in STEP_DOWN_NOUNS):
                owner = self.owner(noun)  # "demanded the resignation of the president", "called for Lee's removal"
                if owner is not None:
                    return self.expand(owner)
            if obj and self.coded(obj[0]):
                return self.expand(obj[0])
            if obj and pattern.cameo[:2] in OWNER_TARGET_ROOTS and obj[0].pos_ == "NOUN":
                owner = self.owner(obj[0])  # "rejected a U.S. request": the requester
                if owner is not None:
                    return [owner]
        preps = governed_preps(pred)  # with those carried: "gave a warm welcome on Monday to the president"
        if pattern.prep and pred.pos_ in ("VERB", "AUX"):  # on the object, as matched: "filed a complaint against China"
            preps += [c for o in pred.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == pattern.prep]
        if pattern.cameo[:2] == "11":  # "complained to the UN over Israeli raids": the party complained of
            for prep in (p for p in preps if p.lower_ in GRIEVANCE_PREPS):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    culprit = pobj if self.coded(pobj) else self.owner(pobj)
                    if culprit is not None and not (self.code_of(culprit)[1] or "IGO").startswith(("IGO", "NGO")):
                        return [culprit]
        order = [pattern.prep] if pattern.prep and pattern.prep not in CONTENT_PREPS else []
        order += [p for p in TARGET_PREPS if p not in order]
        for name in order:
            for prep in preps:
                if prep.lower_ == name and not phase_phrase(prep) and not time_phrase(prep):  # "protested at the start of Yoon's visit", "on Monday": when
                    pobj = [partitive(c) for c in prep.children if c.dep_ == "pobj"]  # "at thousands of protesters"
                    if pobj and pattern.keywords & {pobj[0].lemma_.lower(), pobj[0].lower_} and not self.coded(pobj[0]):
                        continue  # "agreed to a ceasefire": what is agreed to, not whom
                    if pobj and (self.coded(pobj[0]) or name == pattern.prep):
                        # "met with the IMF, then with President Trump": each phrase of the pattern's preposition
                        # ("... and with Rwandan officials on Tuesday": a conjunct of the phrase)
                        others = {p for q in preps for p in (q, *q.conjuncts) if p.i > prep.i and p.lower_ == name and not time_phrase(p)}
                        others = sorted(others, key=lambda p: p.i)
                        again = [o for p in others for o in p.children if o.dep_ == "pobj" and self.coded(o)] if name == pattern.prep else []
                        return [*self.expand(pobj[0]), *(t for o in again for t in self.expand(o))]
        # "called for a ceasefire during his call with Shoigu": the partner of the talks it came in
        nested = [g for c in preps for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep"]
        for prep in preps + nested:
            if prep.lower_ in ("during", "in", "at", "by"):
                for noun in (c for c in prep.children if c.dep_ == "pobj"):
                    if noun.lemma_.lower() in TALK_NOUNS:
                        for with_ in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
                            pobj = [c for c in with_.children if c.dep_ == "pobj"]
                            if pobj:
                                return self.expand(pobj[0])
        return []

    def objects(self, pred: Token) -> list[Token]:
        """What the predicate acts on, for the evidence span: objects, prepositional objects, infinitives."""
        out = []
        for c in pred.children:
            if c.dep_ in ("dobj", "xcomp", "attr"):
                out.append(c)
            elif c.dep_ in ("prep", "prt"):
                # the preposition itself too: a particle ("pull out") has no object of its own
                out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
                out.append(c)
        return out


def own_belonging(tok: Token) -> bool:
    """'its troops', 'their borders': a noun the subject owns, named by a possessive pronoun."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
