"""Who does an event: the subject of a predicate, read off the dependency parse.

Split from ``event_roles.py``: the subject a verb has or inherits (a conjunct, an infinitive, a relative
or participle clause), the agent of a passive ("by X", a document "by X", a force noun's owner), the one
who speaks through a document, the coordinated actors a role stands for, and the doer of an event noun.
:class:`Subjects` is a part of the event finder; :class:`telex.stages.event_roles.Roles` builds on it and
supplies ``owner``, the finder ``match``.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.stages.event_codes import ActorCodes
from telex.stages.event_modality import FINITE_PAST_PRESENT, asked_infinitive, provided_for
from telex.stages.event_syntax import (
    FORCE_NOUNS,
    judged_act_result,
    partitive,
    participle_subject,
    said_and,
    subject_past_relative,
)
from telex.stages.event_targets import ENGAGED_IN


#: Verbs that report an act as their object (the parser's reading of "saying [an attack ... caused]"): the
#: reporter is not its doer.
REPORTING_VERBS = frozenset("say state report claim".split())

#: Verbs by which someone sets off what others do: the protests "sparked" by an arrest are not the arrester's.
CAUSING_VERBS = frozenset("spark prompt trigger provoke fuel ignite unleash stoke cause".split())

#: What is issued or sent and speaks for its issuer through a participle: "issued a statement urging ...".
ISSUED_NOUNS = frozenset("statement communique communiqué declaration letter message appeal resolution".split())

#: Nouns of documents, which speak for whoever issued them ("the report alleged"): see :meth:`Subjects.issuer`.
DOCUMENT_NOUNS = frozenset("report study document dossier paper survey communique communiqué memorandum review audit".split())

#: Participles that tell who issued a document and where: "a report released in Kigali", "published by Amnesty".
ISSUE_VERBS = frozenset("release publish issue present unveil circulate submit produce compile".split())

#: Prepositions of the document through which a passive act was done: "condemned in a statement by X", "via a letter".
VIA_PREPS = frozenset({"in", "through", "via"})

#: Pronouns that may stand for several coordinated speakers.
PLURAL_PRONOUNS = frozenset({"they", "we"})
#: How many sentences back "they" may find the plural subject it stands for (see :meth:`Subjects.previous_plural_subject`).
PLURAL_ANTECEDENT_SENTENCES = 2
#: Kinds of quote whose words are the speaker's own, where "they" is the speaker's and not the narrator's.
QUOTED_KINDS = frozenset({"direct", "fragment"})

#: Verbs that carry an event noun: "held talks", "launched an attack", "ramped up talks", "entered into an agreement".
LIGHT_VERBS = frozenset("hold have launch make conduct begin start resume ramp step continue stage mount open engage enter".split())

#: Prepositions that name whose people a plural noun are: "officials from X and Y", "ministers of X and Y".
PEOPLE_OF_PREPS = frozenset({"from", "of"})

#: Sectors of a CAMEO actor code that name armed forces or police.
FORCE_SECTORS = frozenset({"MIL", "COP"})
#: Sectors of a CAMEO actor code that make the actor the state itself, which a protest is against or kept in check by,
#: never its protester: what a government, its forces or its courts do during the protests is no protest ("the
#: government tightened security during the rally").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

#: The CAMEO root of protest (14), whose setting ("during the protests") may hold acts done to the protesters.
PROTEST_ROOT = "14"

#: Verbs by which a statement is kept from being made: what it would have said is said by no one.
BLOCKING_VERBS = frozenset("veto block reject oppose scuttle thwart kill".split())

#: Prepositions by which a decision is voted on or for, whose voters adopt it ("voted on a resolution to ...").
ADOPTED_PREPS = frozenset({"on", "for"})

#: Verbs of being in a state, whose "on" object is what their subject is doing: "has been on hunger strike".
BEING_ON_VERBS = frozenset({"be", "remain", "stay"})

#: Tags of the relative pronouns that open a relative clause about the noun before them ("which", "who", "that").
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})

#: CAMEO codes of rejecting and denying (12x, 016), whose "in" phrase is what is disowned ("denied a role in the attack").
DISOWNING_ROOTS = ("12", "016")

#: Verbs of going somewhere, whose subject does what they go "for": "travel to Beijing for talks with X",
#: "negotiators return to Geneva for talks", "arrived in Moscow for a meeting with X".
TRAVEL_VERBS = frozenset("travel go head fly come return arrive leave".split())


class Subjects(ActorCodes):
    """Subject readers mixed into the event finder (needs ``doc``, ``kb``, ``actor_of`` and ``actors``)."""

    def subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        """Who does it: the subject, or the subject the verb inherits ("Scholz spoke ... and urged")."""
        if depth > 4:
            return []
        for c in verb.children:
            if c.dep_ == "nsubj" and c.tag_ in RELATIVE_PRONOUN_TAGS and verb.dep_ == "relcl" and self.actor_at(verb.head):
                return self.expand(verb.head)  # "Lithuania, which accused Belarus of ...": Lithuania accused
            if c.dep_ == "nsubj" and c.tag_ in RELATIVE_PRONOUN_TAGS and verb.dep_ == "relcl" and verb.head.lemma_.lower() in FORCE_NOUNS:
                return self.force_doers(verb.head)  # "the US airstrike that killed X": the US killed X
            if c.dep_ == "nsubj":
                # "Thousands of protesters marched": the protesters, not the number, march
                return self.expand(self.issuer(c) or self.plural_antecedent(c) or partitive(c))
            if c.dep_ == "agent":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    return self.expand(partitive(pobj[0]))
        if patient_of(verb) is not None:
            # "was criticised in a joint statement by Chile and Peru": the parser hangs the agent on the document
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in VIA_PREPS):
                for doc_ in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in ISSUED_NOUNS | DOCUMENT_NOUNS):
                    for by in (c for c in doc_.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
                        pobj = [g for g in by.children if g.dep_ == "pobj"]
                        if pobj:
                            return self.expand(pobj[0])
            # "a pact was signed between Chile, Peru and Bolivia": the parties do it, each with the others
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"):
                pobj = [g for g in prep.children if g.dep_ == "pobj"]
                if pobj and self.coded(pobj[0]):
                    return self.expand(pobj[0])
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
                for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in FORCE_NOUNS):
                    doers = self.force_doers(noun)
                    if doers:  # "soldiers were killed in a Taliban ambush": the Taliban killed them
                        return doers
            return []  # a passive with no agent names no source
        head = verb.head
        if head.i == verb.i:
            return []
        participial = participle_subject(verb)
        if participial is not None:  # "X speaking to the Y think tank called on Z": a participle taken for the root
            return self.expand(participial)
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
            # "Lee urged the ministry to relent and spoke with Park", "Cho said allies should follow and
            # warned that ...": a finite verb hung on a bare verb is the governor's conjunct (Lee spoke, Cho
            # warned), not the bare verb's (the ministry did not speak, the allies did not warn)
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "conj":
            patient = [c for c in head.children if c.dep_ == "nsubjpass"]
            if patient:  # "was indicted by the court and will resign": the one indicted resigns
                return self.expand(patient[0])
        result = judged_act_result(head) if verb.dep_ == "advcl" else None
        if result is not None and result.i == verb.i:
            # "accused the rebels of shelling a market, killing 40": what the rebels' shelling did, as the accuser
            # tells it; the accused act is no event of its own, and no more is what it did
            return []
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
            if poss:
                return self.expand(poss[0])
            return self.adopter(head) if provided_for(verb) is not None else []
        return []

    def adopter(self, noun: Token) -> list[Token]:
        """Who adopts or puts forward a decision or plan (:func:`provided_for`), and so intends what it provides for:
        the subject of the verb it is the object of ("passed a bill to", "announced a plan to"), or voted "on" or
        "for" ("voted on a resolution to expel"); no one where the verb kills it ("rejected a plan to", "voted
        against a resolution to")."""
        governor = noun.head
        if noun.dep_ == "pobj" and governor.lower_ in ADOPTED_PREPS:
            governor = governor.head
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            return []
        if governor.pos_ != "VERB" or governor.lemma_.lower() in BLOCKING_VERBS:
            return []
        return self.subjects(governor)

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
        if speaker is None:
            return self.previous_plural_subject(pronoun)
        if len(self.expand(speaker)) < 2:
            return None
        return speaker

    def previous_plural_subject(self, pronoun: Token, depth: int = 0) -> Token | None:
        """"Chile and Peru met in Lima. They called on Bolivia to ...": "they" as the subject of a main clause, in no
        one's quoted words, stands for the coded actors that were the last plural subject of a main clause in the
        sentences just before: coordinated actors, or a plural noun naming an actor ("The foreign ministers met").
        A singular subject between them cannot be "they" and is passed over ("X joined the talks as an observer.
        They concluded"); a "they" before is followed back; any other plural or pronoun subject ("researchers",
        "we") is what "they" means instead, and no actor."""
        if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ROOT" or depth > PLURAL_ANTECEDENT_SENTENCES:
            return None
        if any(q.kind in QUOTED_KINDS and q.span[0] <= pronoun.idx < q.span[1] for q in self.quotes):
            return None
        start = pronoun.sent.start
        for _ in range(PLURAL_ANTECEDENT_SENTENCES):
            if start == 0:
                return None
            sent = self.doc[start - 1].sent
            start = sent.start
            subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            if subject.lower_ == "they":
                return self.previous_plural_subject(subject, depth + 1)
            if subject.pos_ == "PRON":
                return None
            if len([t for t in self.expand(subject) if self.coded(t)]) >= 2:
                return subject
            if subject.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("conj", "cc") for c in subject.children):
                return subject if subject.tag_ in ("NNS", "NNPS") and self.coded(subject) else None
        return None

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
        if noun.dep_ == "pobj" and head.lower_ in ("during", "in") and head.head.pos_ == "VERB" and not self.done_to_protest(noun, head.head) \
                and not (head.lower_ == "in" and self.disowned(head.head)):
            return self.subjects(head.head)  # "youths threw stones during demonstrations against ..."
        if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in TRAVEL_VERBS:
            return self.subjects(head.head)  # "will travel to Beijing for talks with ...": the traveller talks
        if noun.dep_ == "nsubjpass" and head.lemma_.lower() in LIGHT_VERBS:
            return self.subjects(head)  # "Talks were held between Serbia and Kosovo", "... were held by X"
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in ("take", "begin", "start", "come"):
            return []
        return []

    def force_doers(self, noun: Token) -> list[Token]:
        """Who does an act of force named by a noun (:data:`FORCE_NOUNS`): a coded modifier ("a Taliban ambush", "the
        US airstrike") or its "by" object."""
        doers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and self.code_of(c)[1]]
        doers += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
        return self.expand(doers[0]) if doers else []

    def disowned(self, verb: Token) -> bool:
        """Whether a verb rejects or denies (:data:`DISOWNING_ROOTS`) what its "in" phrase names, the parser having
        hung on the verb a phrase of its object: "denied any role in the killing of X" is no killing by the denier."""
        pattern = self.match(verb)
        return pattern is not None and pattern.cameo.startswith(DISOWNING_ROOTS)

    def done_to_protest(self, noun: Token, verb: Token) -> bool:
        """Whether a verb that a protest is the setting of ("during the protests") is done to the protesters, not
        by them: a passive ("hundreds were arrested by police during the protests") or an act of the state, its
        police or troops ("police fired tear gas during the demonstration", "the president hid in his palace
        during the riots"), who are not the protesters. Rioters who set
        fire to a church during a riot are still the rioters. Other settings ("killed three in a gunbattle") stay
        the verb's subject's."""
        pattern = self.match(noun)
        if pattern is None or not (pattern.cameo or "").startswith(PROTEST_ROOT):
            return False
        if patient_of(verb) is not None:
            return True
        return any(s is not None and (self.code_of(s)[1] or "")[3:6] in STATE_SECTORS for s in self.subjects(verb))


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
    if passive_conjunct(verb):
        # "underwent surgery and was airlifted to hospital", "was arrested and charged with fraud": the subject shared
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None) or patient_of(head)
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ == "attr" and head.head.lemma_ == "be"
            and any(c.dep_ == "expl" for c in head.head.children)):
        return head
    return None


def passive_conjunct(verb: Token) -> bool:
    """A passive verb coordinated with another, whose subject it shares: "underwent surgery and was then airlifted"
    (a passive auxiliary of its own), "was arrested and charged" (a bare participle after a passive). A conjunct
    with a subject or an active auxiliary of its own is not ("was indicted and will resign")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.i == verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.head.children)


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
