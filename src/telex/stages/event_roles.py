"""Who does what to whom: source and target of an event read off the dependency parse.

Split from ``events.py``: the grammatical roles of a predicate (subject, object, the partner in
"with X"), the owner of an object noun ("rejected a US request"), the addressee of a demand. The
CAMEO actor code of what fills a role is read by :class:`telex.stages.event_codes.ActorCodes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from telex.stages.event_modality import FINITE_PAST_PRESENT, asked_infinitive
from telex.stages.event_syntax import FORCE_NOUNS, partitive, phase_phrase, said_and, subject_past_relative, time_phrase
from telex.stages.event_codes import NP_WINDOW, actor_code  # noqa: F401  (NP_WINDOW, actor_code: also read from here)
from telex.stages.event_targets import (  # noqa: F401  (also read from here)
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
    carried_preps,
    governed_preps,
    nested_steps,
)

if TYPE_CHECKING:
    from telex.stages.event_table import Pattern


#: Verbs that report an act as their object (the parser's reading of "saying [an attack ... caused]"): the
#: reporter is not its doer.
REPORTING_VERBS = frozenset("say state report claim".split())
#: Verbs by which someone sets off what others do: the protests "sparked" by an arrest are not the arrester's.
CAUSING_VERBS = frozenset("spark prompt trigger provoke fuel ignite unleash stoke cause".split())
#: What is issued or sent and speaks for its issuer through a participle: "issued a statement urging ...".
ISSUED_NOUNS = frozenset("statement communique communiqué declaration letter message appeal resolution".split())
#: Nouns of documents, which speak for whoever issued them ("the report alleged"): see :meth:`Roles.issuer`.
DOCUMENT_NOUNS = frozenset("report study document dossier paper survey communique communiqué memorandum review audit".split())
#: Participles that tell who issued a document and where: "a report released in Kigali", "published by Amnesty".
ISSUE_VERBS = frozenset("release publish issue present unveil circulate submit produce compile".split())

#: Prepositions of the document through which a passive act was done: "condemned in a statement by X", "via a letter".
VIA_PREPS = frozenset({"in", "through", "via"})

#: Pronouns that may stand for several coordinated speakers.
PLURAL_PRONOUNS = frozenset({"they", "we"})

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


#: Verbs that carry an event noun: "held talks", "launched an attack", "ramped up talks", "entered into an agreement".
LIGHT_VERBS = frozenset("hold have launch make conduct begin start resume ramp step continue stage mount open engage enter".split())

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
#: Prepositions that name whose people a plural noun are: "officials from X and Y", "ministers of X and Y".
PEOPLE_OF_PREPS = frozenset({"from", "of"})

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
#: Sectors of a CAMEO actor code that name armed forces or police.
FORCE_SECTORS = frozenset({"MIL", "COP"})

#: The CAMEO root of protest (14), whose setting ("during the protests") may hold acts done to the protesters.
PROTEST_ROOT = "14"

#: Verbs by which a statement is kept from being made: what it would have said is said by no one.
BLOCKING_VERBS = frozenset("veto block reject oppose scuttle thwart kill".split())

#: Verbs of being in a state, whose "on" object is what their subject is doing: "has been on hunger strike".
BEING_ON_VERBS = frozenset({"be", "remain", "stay"})

#: Tags of the relative pronouns that open a relative clause about the noun before them ("which", "who", "that").
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})


class Roles(TargetReadings):
    """Role readers mixed into the event finder (needs ``doc``, ``kb``, ``actor_of`` and ``actors``)."""

    # -- roles --------------------------------------------------------------------------------------------
    def subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        """Who does it: the subject, or the subject the verb inherits ("Scholz spoke ... and urged")."""
        if depth > 4:
            return []
        for c in verb.children:
            if c.dep_ == "nsubj" and c.tag_ in RELATIVE_PRONOUN_TAGS and verb.dep_ == "relcl" and self.actor_at(verb.head):
                return self.expand(verb.head)  # "Lithuania, which accused Belarus of ...": Lithuania accused
            if c.dep_ == "nsubj":
                # "Thousands of protesters marched": the protesters, not the number, march
                return self.expand(self.issuer(c) or self.plural_antecedent(c) or partitive(c))
            if c.dep_ == "agent":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    return self.expand(partitive(pobj[0]))
        if patient_of(verb) is not None:
            # "was condemned in a joint statement by Egypt and Greece": the parser hangs the agent on the document
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in VIA_PREPS):
                for doc_ in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in ISSUED_NOUNS | DOCUMENT_NOUNS):
                    for by in (c for c in doc_.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
                        pobj = [g for g in by.children if g.dep_ == "pobj"]
                        if pobj:
                            return self.expand(pobj[0])
            # "an agreement was signed between Cyprus, Greece and Israel": the parties do it, each with the others
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"):
                pobj = [g for g in prep.children if g.dep_ == "pobj"]
                if pobj and self.coded(pobj[0]):
                    return self.expand(pobj[0])
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
                for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in FORCE_NOUNS):
                    doers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and self.code_of(c)[1]]
                    doers += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
                    if doers:  # "soldiers were killed in a Taliban ambush": the Taliban killed them
                        return self.expand(doers[0])
            return []  # a passive with no agent names no source
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "xcomp" or asked_infinitive(verb):
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            if raised and not obj:
                # "Obama is scheduled to attend": Obama attends; "was pressed by Congress to help": the one pressed helps
                return self.expand(raised[0])
            return self.expand(obj[0]) if obj else self.subjects(head, depth + 1)
        noun = subject_past_relative(verb)
        if noun is not None:  # "Scholz, whose country's carmakers depend on China, has urged"
            return self.expand(noun)
        speaker = said_and(verb)
        if speaker is not None:  # "the army said shelling had killed two, and accused X": the army accused
            return self.subjects(speaker, depth + 1)
        if (verb.dep_ == "conj" and verb.tag_ in FINITE_PAST_PRESENT and head.tag_ == "VB" and head.head.i != head.i
                and (head.dep_ == "xcomp" or (head.dep_ == "ccomp" and any(c.tag_ == "MD" for c in head.children)))):
            # "Raab urged the embassy to reconsider and spoke with Pompeo", "Rutte said allies should follow and
            # warned that ...": a finite verb hung on a bare verb is the governor's conjunct (Raab spoke, Rutte
            # warned), not the bare verb's (the embassy did not speak, the allies did not warn)
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "conj":
            patient = [c for c in head.children if c.dep_ == "nsubjpass"]
            if patient:  # "was indicted by the court and will resign": the one indicted resigns
                return self.expand(patient[0])
        if verb.dep_ in ("conj", "advcl", "acomp"):
            return self.subjects(head, depth + 1)
        if verb.dep_ == "relcl":
            return self.expand(head)
        if verb.dep_ == "acl" and head.lemma_.lower() in ISSUED_NOUNS and head.dep_ == "dobj" and verb.tag_ == "VBG":
            if head.head.lemma_.lower() in BLOCKING_VERBS:
                return []  # "vetoed a statement criticising China": the statement was not made, nor its criticism
            return self.subjects(head.head, depth + 1)  # "issued a joint statement urging the CNE": the issuers urge
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBD", "VBG"):
            # a misparsed main verb ("Doctors from two aid groups donated ..."), or a participle
            # describing what the noun does ("demonstrators protesting the results")
            return self.expand(head)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in head.children if c.dep_ == "poss"]
            return self.expand(poss[0]) if poss else []
        return []

    def issuer(self, noun: Token) -> Token | None:
        """Who speaks through a document that names no one itself: "a report released by Amnesty said",
        "the commission's report alleged"; with no author named, a capital it was released in ("a report
        published Tuesday in Kigali", "... in the Kenyan capital"), which stands for its government as a
        capital does anywhere ("Moscow said"). Another place of release says nothing of the author."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS or self.actor_at(noun) or self.code_np(noun):
            return None
        owner = self.owner(noun)
        if owner is not None:
            return owner
        for part in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUE_VERBS):
            for prep in (c for c in part.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    if prep.lower_ == "by" and (self.actor_at(pobj) or self.code_np(pobj)):
                        return pobj
                    if prep.lower_ == "in" and self.is_capital(pobj):
                        return pobj
        return None

    def plural_antecedent(self, pronoun: Token) -> Token | None:
        """"Chile and Peru said they would ...": a plural pronoun subject in reported speech stands for every
        one of the coordinated speakers, not the first alone (which is what :meth:`pronoun_subject` gives)."""
        if pronoun.lower_ not in PLURAL_PRONOUNS:
            return None
        speaker = self.pronoun_subject(pronoun)
        if speaker is None or len(self.expand(speaker)) < 2:
            return None
        return speaker

    def is_capital(self, tok: Token) -> bool:
        """Whether a noun names a capital: "Kigali", "Addis Ababa", "the Rwandan capital"."""
        if tok.lemma_.lower() == "capital":
            return any(c.dep_ in ("amod", "compound", "poss") and self.country_word(c) for c in tok.children)
        name = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "flat") or t.i == tok.i)
        return self.kb.capital(name) is not None

    def expand(self, tok: Token) -> list[Token]:
        """A token and the tokens coordinated with it ("Austin and Shoigu"), and the coordinated
        country words modifying it ("US and British activists": the British ones too)."""
        out = [*self.buried_conjuncts(tok), tok, *self.people_of_each(tok)]  # in the order written
        for c in tok.children:
            listed = any(g.dep_ == "cc" for g in c.children) or any(g.dep_ == "cc" for g in tok.children)
            if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN" and listed):
                out.extend(self.expand(c))  # "The US, Russia, and Switzerland": a list parsed as an apposition
            elif c.dep_ in ("amod", "compound", "nmod") and tok.pos_ in ("NOUN", "PROPN") and self.country_word(c):
                out.extend(g for g in c.subtree if g.i != c.i and g.dep_ == "conj" and g.head.dep_ in ("amod", "compound", "nmod", "conj") and self.country_word(g))
        return out

    def buried_conjuncts(self, tok: Token) -> list[Token]:
        """Actors coordinated with a titled name that the parser hung inside its left modifiers: in "US President
        Donald Trump and Turkish President Recep Tayyip Erdogan spoke" the small model makes "Trump" an apposition
        and "and" a dependent under "Erdogan"'s compounds. An apposition or conjunct there that is another actor,
        with an "and" among those modifiers, is a subject of its own."""
        if tok.pos_ != "PROPN":
            return []
        own = self.actor_at(tok)
        left = [t for t in tok.subtree if t.i < tok.i]
        if own is None or not any(t.dep_ == "cc" and t.lower_ == "and" for t in left):
            return []
        return [t for t in left if t.dep_ in ("appos", "conj") and self.actor_at(t) not in (None, own)]

    def people_of_each(self, tok: Token) -> list[Token]:
        """The other sides of people "from" or "of" coordinated countries or bodies: "officials from the United
        States and Ukraine signed", "the foreign ministers of Greece and Turkey met" are both sides' people; the
        noun stands for the first (as the actors stage reads it), the others for the rest. Written probe (ev11): 2."""
        if tok.tag_ != "NNS" or self.sector_of(tok) is None:
            return []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in PEOPLE_OF_PREPS):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                others = [o for g in pobj.children if g.dep_ == "conj" for o in self.expand(g) if self.coded(o)]
                if others and self.coded(pobj):
                    return others
        return []

    def targets(self, pred: Token, pattern: Pattern) -> list[Token]:
        """Whom it is done to: an actor among the objects and partners, else a noun phrase with a country."""
        found = self.actor_targets(pred, pattern)
        if found and pattern.cameo[:2] in SUBJECT_PLACE_ROOTS and all(self.code_of(t) == (None, None) for t in found):
            return self.subject_place(pred) or found  # "agreed to an extension of the mission in Haiti"
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
            found = self.purpose_target(pred)
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
            out = [c for c in out if not self.own_forces(c, pred, pattern)]
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
            obj = [c for c in obj if not own_belonging(c) and not self.own_forces(c, pred, pattern)]
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

    def noun_sources(self, noun: Token) -> list[Token]:
        """Who does a noun event: its possessor, an actor modifying it, "by X", or the light verb's subject."""
        for c in noun.children:
            if c.dep_ == "poss" and (self.actor_at(c) or c.pos_ != "PRON"):
                return self.expand(c)
        for c in noun.children:
            if c.dep_ in ("compound", "amod", "nmod") and (self.actor_at(c) or self.kb.adjective(c.text)):
                return [c]
            if c.dep_ == "prep" and c.lower_ == "by":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    return self.expand(pobj[0])
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                # "the expulsion of ten diplomats by Poland", "the killing of protesters by police": the parser
                # hangs the doer's "by" on the noun's "of" object; the object is done to, the "by" object does
                done_by = [g for o in c.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "by"
                           for g in p.children if g.dep_ == "pobj"]
                if done_by:
                    return self.expand(done_by[0])
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head  # "launched artillery and rocket fire": the list stands where its first item does
        head = noun.head
        if noun.dep_ == "pobj" and head.head.lemma_.lower() in ENGAGED_IN and head.lower_ == "in":
            patient = [c for c in head.head.children if c.dep_ == "nsubjpass"]
            if patient:  # "Serb forces were engaged in ethnic cleansing": a state of doing, not a passive
                return self.expand(patient[0])
        if noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP"):
            verb = head if head.pos_ == "VERB" else head.head
            if verb.pos_ == "VERB" and (verb.lemma_.lower() in LIGHT_VERBS or noun.dep_ == "dobj") and verb.lemma_.lower() not in REPORTING_VERBS | CAUSING_VERBS:
                # not "a statement saying an attack ... produced no casualties": told, not done; nor "detained the
                # mayor, sparking protests": others protest
                return self.subjects(verb)
        if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in BEING_ON_VERBS:
            return self.subjects(head.head)  # "has been on hunger strike since May", "workers remained on strike"
        if noun.dep_ == "pobj" and head.lower_ in ("during", "in") and head.head.pos_ == "VERB" and not self.done_to_protest(noun, head.head):
            return self.subjects(head.head)  # "youths threw stones during demonstrations against ..."
        if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in TRAVEL_VERBS:
            return self.subjects(head.head)  # "will travel to Beijing for talks with ...": the traveller talks
        if noun.dep_ == "nsubjpass" and head.lemma_.lower() in LIGHT_VERBS:
            return self.subjects(head)  # "Talks were held between Serbia and Kosovo", "... were held by X"
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in ("take", "begin", "start", "come"):
            return []
        return []

    def done_to_protest(self, noun: Token, verb: Token) -> bool:
        """Whether a verb that a protest is the setting of ("during the protests") is done to the protesters, not
        by them: a passive ("hundreds were arrested by police during the protests") or an act of police or
        troops ("police fired tear gas during the demonstration"), who are not the protesters. Rioters who set
        fire to a church during a riot are still the rioters. Other settings ("killed three in a gunbattle") stay
        the verb's subject's."""
        pattern = self.match(noun)
        if pattern is None or not (pattern.cameo or "").startswith(PROTEST_ROOT):
            return False
        if patient_of(verb) is not None:
            return True
        return any(s is not None and (self.code_of(s)[1] or "")[3:6] in FORCE_SECTORS for s in self.subjects(verb))

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

#: Prepositions naming what a complaint is about, whose author is the party complained of.
GRIEVANCE_PREPS = frozenset({"over", "about", "against"})


#: Verbs of going somewhere, whose subject does what they go "for": "travel to Beijing for talks with X",
#: "negotiators return to Geneva for talks", "arrived in Moscow for a meeting with X".
TRAVEL_VERBS = frozenset("travel go head fly come return arrive leave".split())



def patient_of(verb: Token) -> Token | None:
    """Whom a passive verb is done to: its passive subject; the subject of a participle that the parser took
    for the main verb, with the real one conjoined to it ("The civilians imprisoned for X were released by Y":
    see :func:`reduced_relative`); the noun after an existential "there were" ("There were ten soldiers
    killed in the raid")."""
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c
    head = verb.head
    if verb.dep_ == "conj" and reduced_relative(head):
        return next(c for c in head.children if c.dep_ == "nsubj")
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ == "attr" and head.head.lemma_ == "be"
            and any(c.dep_ == "expl" for c in head.head.children)):
        return head
    return None


def reduced_relative(verb: Token) -> bool:
    """A past participle that the parser made the main verb of its subject though it only describes it, the
    real predicate being a passive conjoined to it: "The civilians imprisoned for X were released by Y" reads
    "imprisoned" as the root and "were released" as a second verb with no subject of its own."""
    if verb.tag_ not in ("VBN", "VBD") or verb.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass", "cc") for c in verb.children):
        return False  # with "and" it is a true second verb: "seized the town and were welcomed"
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(c.dep_ == "conj" and any(g.dep_ == "auxpass" for g in c.children)
               and not any(g.dep_ in ("nsubj", "nsubjpass", "cc") for g in c.children) for c in verb.children)


def own_belonging(tok: Token) -> bool:
    """'its troops', 'their borders': a noun the subject owns, named by a possessive pronoun."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
