"""Where an event's target is found when it is not an object or partner of the predicate.

Split from ``event_roles.py`` and ``events.py``: the country of the place an act is done in (a group
target's country, or who fought a country's forces killed abroad), the holder of the places struck
("Hezbollah positions"), the one a condition is put to ("would retaliate if Israel attacked"), a target
further down a chain of infinitives, what a protest or a use of force is for, whom sympathy is for, the
country a group's own clause ties it to, and the country what is agreed to or rejected is about. :class:`TargetReadings` is
a part of the event finder; :class:`telex.stages.event_roles.Roles` builds on it and supplies
``owner``, and :class:`telex.stages.event_subjects.Subjects` ``expand``.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.stages.event_codes import ActorCodes, unplaced_group
from telex.stages.event_modality import FINITE_TAGS
from telex.stages.event_syntax import QUANTITY_NOUNS

#: Places held by a side that an attack is on: the side holding them is the target ("Hezbollah positions").
HELD_PLACES = frozenset("position positions base bases camp camps hideout hideouts stronghold strongholds outpost outposts "
                        "post posts headquarters depot depots installation installations target targets".split())
#: Roots of the use of force (CAMEO 18-20), whose target may be the holder of the places struck, or read off
#: what the force was used for ("opened fire to disperse the demonstrators" fired on them; only the object of
#: an infinitive of purpose is taken).
FORCE_ROOTS = frozenset({"18", "19", "20"})

#: Sectors of a group that the source's country does not place: "Russian troops shelled civilians" or
#: "Putin released civilians held for X" say nothing of whose civilians they are (in conflict news they are
#: as often the other side's); CAMEO coders leave such a target unplaced (---CVL).
UNPLACED_SECTORS = frozenset({"CVL"})
#: Sectors of a source of force (:data:`FORCE_ROOTS`) that is as often used abroad as at home: a state named as such,
#: no organ of it ("a French airstrike killed rebel commanders", "the United States bombed militants"). The group such
#: force is used against takes no country from the source. Police, a government or courts acting on a group ("police
#: beat protesters", "Museveni banned opposition candidates"), rebels ("Houthis attacked journalists") and, most often,
#: an army named as such ("the Sudanese army attacked the rebels") act at home: the group is of their own country.
STATE_FORCE_SECTORS = frozenset({""})
#: Force (:data:`FORCE_ROOTS`) against a country's armed forces on another country's soil, whose attacker is
#: unnamed, is coded as by that other country: see :meth:`TargetReadings.host_fighters`.
FORCE_SECTORS = frozenset({"MIL"})
#: Prepositions that place an act: "killed in Ukraine", "near Kandahar", "outside of Basra", "struck targets across
#: southern Lebanon".
HOST_PREPS = frozenset({"in", "near", "outside", "inside", "around", "at", "across", "throughout"})

#: CAMEO roots whose target may be the country that what is agreed to (03) or rejected (12) is about, when
#: no actor is named (see :meth:`TargetReadings.subject_place`), within this many tokens of the object.
SUBJECT_PLACE_ROOTS = frozenset({"03", "12"})
SUBJECT_PLACE_WINDOW = 15


#: CAMEO roots whose target may be the one a condition is put to: "threatened to stop talks if the United
#: States goes ahead", "will cut aid unless Kenya releases them", "would retaliate if Israel attacked". The
#: threat, or the force promised, is aimed at whoever must act.
CONDITION_TARGET_ROOTS = frozenset({"13", "19"})
#: Conjunctions that make a clause a condition.
CONDITION_MARKS = frozenset({"if", "unless"})

#: How many steps a target is looked for down chains of infinitives and of what an object is capable of:
#: "willing to send material to help defend Saudi Arabia", "trained hackers capable of launching attacks
#: against the United States". Three steps reach both; more would wander into other events.
NESTED_TARGET_DEPTH = 3
#: CAMEO roots whose target may be found so: intentions and acts of cooperation and aid (what is sent to
#: help whom), threats, mobilisation and force (against whom). Demands, complaints and rejections have an
#: addressee instead ("demanded a UN force to protect them against X" is not a demand of X).
NESTED_TARGET_ROOTS = frozenset({"03", "05", "06", "07", "08", "13", "15", "16", "17", "18", "19", "20"})



#: CAMEO roots whose target may be read off what the act is for ("a hunger strike to protest X's decision").
PURPOSE_TARGET_ROOTS = frozenset({"14"})
#: Dependencies of a purpose clause on its predicate ("to demand", "calling for"), and the prepositions
#: whose object is what it is for or against ("protest against", "call for").
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
PURPOSE_PREPS = frozenset({"against", "for", "over"})
#: Verbs that say what a protest is for without a "to" ("a demonstration calling for ...").
PURPOSE_VERBS = frozenset("call demand protest urge press oppose denounce condemn seek".split())

#: Prepositions of the premises a protest is held at, whose holder it is aimed at: "demonstrated outside the US
#: embassy", "gathered outside parliament" (a body's building is the body: an actor to the actors stage).
PREMISES_PREPS = frozenset({"outside"})

#: CAMEO roots whose target, a group that names no country, may be the country its own clause ties it to:
#: sanctions on "companies it accused of helping Iran" are aimed at Iran (see :meth:`TargetReadings.tied_to`). Lead's
#: wire articles: 1, with no event at all since the companies are no actor.
TIED_TARGET_ROOTS = frozenset({"16"})

#: Particles the parser may take for adverbs, whose prepositions belong to the verb: "pulled back from".
PARTICLE_ADVERBS = frozenset({"back", "out"})

#: A show of force (CAMEO 15) is aimed at the country it is made near: "deployed warships near Taiwan", "massed troops
#: along the Ukrainian border", "off the coast of Yemen" (written probe ev12: 2 such, coded at no one).
POSTURE_ROOT = "15"
POSTURE_PREPS = frozenset({"near", "along", "off", "on", "toward", "towards"})
#: Verbs that tie a group to a country in such a clause: helping, supplying, funding or being linked to it.
TIE_VERBS = frozenset("help aid assist supply fund finance arm link tie connect".split())

#: Sympathy (CAMEO 018) is for those who suffered: an actor named in what it is for or over, else the place
#: where that happened ("expressed sorrow for the shootings in South Carolina" is sympathy for the US).
SYMPATHY_CODE = "018"
SYMPATHY_PREPS = frozenset({"for", "over", "at", "to", "with"})
#: Verbs stating a feeling whose "for" or "with" phrase names whom, as sympathy's: "expressed support for Vilnius".
STATED_FOR_LEMMAS = frozenset({"express"})

#: Verbs whose "in" phrase names what their subject does: "were engaged in ethnic cleansing against X".
ENGAGED_IN = frozenset("engage involve participate".split())


#: Words of a response or revenge, whose "for" or "over" phrase names the act answered (see :meth:`TargetReadings.response_target`);
#: compare event_modality.RESPONSE_NOUNS, which read the same phrase as a cause that was done.
RESPONSE_WORDS = frozenset("revenge retaliation reprisal reprisals response vengeance retaliate avenge respond".split())


class TargetReadings(ActorCodes):
    """Targets read off clauses and phrases around the predicate (see the module docstring)."""

    def group_target(self, pred: Token, target: Token, s_code: str, sources: list[Token | None], code: str = "") -> str | None:
        """The code of a group target that names no country ("the rebels", "opposition candidates"), from its
        source: the country of the place the act is done in, when that is not the source's own ("French jets
        struck militants near Gao": Mali's militants); else the source's own country ("Museveni banned
        opposition candidates"), except for force by a state itself
        (:data:`STATE_FORCE_SECTORS`) not done at home, for civilians (:data:`UNPLACED_SECTORS`) and where the sources are of
        several countries ("Germany and France would attack the rebels": rebels cannot be both countries' own,
        and are most likely a third country's), which stay unplaced."""
        sector = self.sector_of(target)
        if not sector or unplaced_group(target):
            return None
        host = self.act_country(pred)
        if host and host != s_code[:3]:
            return host + sector
        if sector in UNPLACED_SECTORS or s_code.startswith(("IGO", "NGO")):
            return None
        if code[:2] in FORCE_ROOTS and s_code[3:6] in STATE_FORCE_SECTORS and host != s_code[:3]:
            return None  # "a French airstrike killed rebel commanders": not France's rebels ("in Homs" is at home)
        countries = {code[:3] for code in (self.code_of(s)[1] if s is not None else None for s in sources) if code}
        if len(countries) > 1:
            return None
        return s_code[:3] + sector

    def borrowed_country(self, target: Token, t_id: str | None, s_id: str | None, s_code: str | None, code: str) -> bool:
        """Whether a group target of force by a state (:data:`STATE_FORCE_SECTORS`) has its country only
        because the actors stage guessed it from the sentence, whose one country is the source's own, read in its
        own phrase ("A French airstrike killed five rebel commanders": the commanders are not French);
        :meth:`group_target` then places it, or leaves it unplaced. Both guessed from the article ("protesters
        clashed with the police") are of one country."""
        actor, source = self.actors.get(t_id or ""), self.actors.get(s_id or "")
        if actor is None or actor.kind != "group" or not s_code or code[:2] not in FORCE_ROOTS or not self.guessed(actor):
            return False
        if s_code[3:6] not in STATE_FORCE_SECTORS or (source is not None and self.guessed(source)):
            return False
        return actor.country == s_code[:3] and not self.code_np(target)

    def act_places(self, pred: Token) -> list[Token]:
        """The places a predicate is done in: "killed in Ukraine", "near Kandahar", "outside of the Iraqi
        city of Basra" (the place may stand after a second preposition)."""
        places = []
        for prep in (c for c in pred.children if c.dep_ == "prep" and c.lower_ in HOST_PREPS):
            places += [g for g in prep.children if g.dep_ == "pobj"]
            places += [g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return places

    def act_country(self, pred: Token) -> str | None:
        """The country of the place a predicate is done in (:meth:`act_places`), if it names one."""
        for place in self.act_places(pred):
            code = self.code_np(place)
            if code and code[:3].isalpha() and not code.startswith(("IGO", "NGO")) and code[:3] in self.kb.countries:
                return code[:3]
        return None

    def host_fighters(self, pred: Token, code: str, targets: list[Token]) -> list[Token]:
        """Who fought a country's forces that were attacked or killed in another country, by no one named: that
        country, as CAMEO codes the armed groups of a country (its forces, its insurgents) by its own code.
        "Ten Russian soldiers were killed in Ukraine" -> UKR; civilians or tourists killed abroad stay unnamed
        (a crime or a terrorist attack is no act of the host country), as does a place that is no country's."""
        if code[:2] not in FORCE_ROOTS or len(targets) != 1:
            return []
        victims = self.code_of(targets[0])[1] or ""
        if victims[3:6] not in FORCE_SECTORS or not victims[:3].isalpha() or victims.startswith(("IGO", "NGO")):
            return []
        for place in self.act_places(pred):
            host = self.code_np(place)
            if host and host[:3] != victims[:3] and not host.startswith(("IGO", "NGO")):
                return [place]
        return []

    def tied_to(self, noun: Token) -> Token | None:
        """The country a group that names none is tied to by its own clause: "companies linked to Russia's
        military", "firms that helped Syria evade the embargo", "individuals it accused of helping Iran". The
        clause must have a verb of :data:`TIE_VERBS`; the country is the first actor of a country named in it,
        other than the clause's own subject ("it" is the one accusing)."""
        if noun.pos_ not in ("NOUN", "PROPN") or self.coded(noun):
            return None
        for member in self.expand(noun):
            for clause in (c for c in member.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"):
                words = [t for t in clause.subtree if not (t.dep_ == "nsubj" and t.head.i == clause.i)]
                if not any(t.pos_ == "VERB" and t.lemma_.lower() in TIE_VERBS for t in words):
                    continue
                for t in words:
                    if t.pos_ == "PROPN" and self.coded(t):
                        code = self.code_of(t)[1] or ""
                        if code[:3] in self.kb.countries:
                            return t
        return None

    def posture_target(self, pred: Token, source_code: str) -> list[Token]:
        """Whom a show of force is aimed at: the country it is massed or sent near ("deployed warships near
        Taiwan", "massed troops along the Ukrainian border", "on the border with Ukraine", "off the coast of
        Yemen"). A border of the actor's own ("along its border") names the neighbour it is "with", or no one."""
        holders = [pred] + [c for c in pred.children if c.dep_ == "dobj"]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in POSTURE_PREPS):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                places = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("with", "of") for g in p.children if g.dep_ == "pobj"]
                for place in places + [pobj]:
                    code = self.code_np(place)
                    if code and code[:3] in self.kb.countries and code[:3] != source_code[:3]:
                        return [place]
        return []

    def subject_place(self, pred: Token) -> list[Token]:
        """The country an agreement or a rejection is about, when it names no actor: the place ("in X") of what
        is agreed to or rejected, a few steps down its object ("agreed to extend the mandate of the force in
        Lebanon", "rejected a call for troops to be deployed in Haiti")."""
        objs = [c for c in pred.children if c.dep_ in ("dobj", "xcomp")]
        objs += [g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children if g.dep_ == "pobj"]
        for obj in objs:
            phrase, stack = [], [obj]
            while stack:  # what is proposed, not what is stated: "rejected the accusation that Nazism is rife in X"
                t = stack.pop()
                phrase.append(t)
                stack.extend(c for c in t.children if not (c.pos_ in ("VERB", "AUX") and c.tag_ in FINITE_TAGS))
            for prep in (t for t in phrase if t.dep_ == "prep" and t.lower_ == "in" and t.i - obj.i <= SUBJECT_PLACE_WINDOW):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    code = self.code_np(pobj)
                    if code and code[:3] in self.kb.countries and len(code) == 3:
                        return [pobj]
        return []

    def condition_target(self, pred: Token) -> list[Token]:
        """Whom a conditional threat is aimed at: the subject of an "if"/"unless" clause on the predicate or
        on its infinitive ("threatened to stop talks if the United States goes ahead"). A pronoun there
        names no one new ("if it is attacked")."""
        holders = [pred] + [c for c in pred.children if c.dep_ == "xcomp"]
        for clause in (c for h in holders for c in h.children if c.dep_ == "advcl"):
            if not any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in clause.children):
                continue
            subj = [g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"]
            if subj and (self.coded(subj[0]) or self.code_np(subj[0])):
                return self.expand(subj[0])
        return []

    def nested_target(self, pred: Token) -> list[Token]:
        """A target named further down: an actor that is the object of an infinitive of purpose ("to send
        material to help defend Saudi Arabia"), or one that something is "against" in what the object is
        capable of or meant for ("trained hackers capable of launching attacks against the United States").
        Reported speech and conditions are other events' business and are not entered."""
        frontier = [pred]
        for _ in range(NESTED_TARGET_DEPTH):
            frontier = [c for node in frontier for c in nested_steps(node)]
            for node in frontier:
                if node.dep_ == "dobj" and node.head.i != pred.i and self.coded(node):
                    return self.expand(node)
                holders = [node] + [c for c in node.children if c.dep_ == "dobj"]  # "carrying out raids against X"
                for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"):
                    for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                        if self.coded(pobj) or self.code_np(pobj):
                            return self.expand(pobj)
        return []

    def purpose_target(self, pred: Token) -> list[Token]:
        """Whom a protest is aimed at, read off what it is for: "staged demonstrations to demand reforms by
        Suharto's government", "a hunger strike to protest Sweden's decision", "a demonstration calling for
        the removal of President X". The purpose clause hangs on the predicate, on the verb whose object the
        protest noun is, or on a noun after one of its prepositions ("rioted following a demonstration
        calling for ..."). Its object, if an actor, is the target; else the object's owner."""
        holders = [pred]
        if pred.dep_ == "dobj" and pred.head.pos_ == "VERB":
            holders.append(pred.head)
        holders += [g for c in pred.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for holder in holders:
            for clause in (c for c in holder.children if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB"):
                infinitive = any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)
                if not infinitive and clause.lemma_.lower() not in PURPOSE_VERBS:
                    continue  # "staged a protest, unfurling banners": what else they did, not what for
                nouns = [c for c in clause.children if c.dep_ == "dobj"]
                nouns += [g for c in clause.children if c.dep_ == "prep" and c.lower_ in PURPOSE_PREPS for g in c.children if g.dep_ == "pobj"]
                for noun in nouns:
                    if self.coded(noun):
                        return self.expand(noun)
                    owner = self.owner(noun) if noun.pos_ == "NOUN" else None
                    if owner is not None and self.code_of(owner)[1]:
                        return [owner]
        return []

    def premises_target(self, pred: Token) -> list[Token]:
        """Whom a protest is aimed at, read off the building it is held outside (:data:`PREMISES_PREPS`): an actor
        there, on the predicate or, for a protest noun, on the verb whose object it is ("held a rally outside the
        embassy")."""
        holders = [pred] + ([pred.head] if pred.dep_ == "dobj" and pred.head.pos_ == "VERB" else [])
        for pobj in (g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in PREMISES_PREPS
                     for g in c.children if g.dep_ == "pobj"):
            if self.actor_at(pobj):
                return self.expand(pobj)
        return []

    def sympathy_target(self, pred: Token) -> list[Token]:
        """For whom sympathy is expressed: an actor that it is "for" or "over" ("condolences to Japan",
        "sorrow over the deaths of Kenyan soldiers"), else the place of what it is for ("for the victims
        of the floods in Pakistan"), a few steps down that phrase."""
        holders = [pred] + [c for c in pred.children if c.dep_ == "dobj"]
        nouns = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SYMPATHY_PREPS for g in c.children if g.dep_ == "pobj"]
        for noun in nouns:
            if self.coded(noun) or self.code_np(noun):
                return self.expand(noun)
        for noun in nouns:
            for t in noun.subtree:
                if t.dep_ == "pobj" and t.head.lower_ == "in" and self.code_np(t):
                    return [t]
        return []

    def force_purpose_target(self, pred: Token) -> list[Token]:
        """Whom force was used against, read off the infinitive of purpose on it: "opened fire to disperse
        the demonstrators", "fired shots to scatter Kurdish villagers". The purpose's object must be an
        actor, or a group of people (a noun with a sector), which the source's country then places."""
        for clause in (c for c in pred.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
            if not any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children):
                continue
            for noun in (c for c in clause.children if c.dep_ == "dobj"):
                if self.coded(noun) or self.code_np(noun) or self.sector_of(noun):
                    return self.expand(noun)
        return []

    def response_target(self, pred: Token) -> list[Token]:
        """Whom a threat of response is aimed at: the doer of the act it answers ("vowed revenge for the killing of
        X by the United States", "vowed to retaliate over Israel's strikes"), or whom it is "against" ("vowed
        revenge against Israel"); not the victim of that act, whose country the phrase's words would give."""
        holders = [c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in RESPONSE_WORDS]
        holders += [c for c in [pred, *(g for g in pred.children if g.dep_ == "xcomp")] if c.lemma_.lower() in RESPONSE_WORDS]
        for holder in holders:
            for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("for", "over", "against")):
                for act in (g for g in prep.children if g.dep_ == "pobj"):
                    if self.coded(act):
                        return self.expand(act)
                    doers = self.act_doers(act)
                    if doers:
                        return doers
        return []

    def holder_of(self, noun: Token) -> Token | None:
        """Whose positions, bases or camps were struck: the actor that owns them ("Hezbollah positions",
        "positions of the PKK", "the rebels' bases"), where the phrase names one."""
        if noun.lemma_.lower() not in HELD_PLACES:
            return None
        modifiers = sorted((c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < noun.i),
                           key=lambda c: c.dep_ == "amod")  # a noun first: "Ukrainian army positions" are the army's
        for c in modifiers:
            if self.coded(c) or self.code_np(c):
                return c
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "belonging")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                if self.coded(pobj) or self.code_np(pobj):
                    return pobj
        return None


def nested_steps(node: Token) -> list[Token]:
    """One step down from a predicate towards a nested target (see :meth:`Roles.nested_target`): its
    complement ("help defend"), an infinitive of purpose ("to help"), its object, what the object is said
    to be capable of or meant for ("hackers capable of launching ...", "missiles aimed at ...")."""
    out = []
    for c in node.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            out.append(c)
        elif c.dep_ == "advcl" and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            out.append(c)
        elif c.dep_ == "dobj" and node.pos_ == "VERB":
            out.append(c)
            # "hundreds of fighters": the quantity's noun stands with it
            out.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and c.tag_ in ("NNS", "CD") and c.lemma_.lower() in QUANTITY_NOUNS)
        elif node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("dobj", "pobj") and c.dep_ in ("amod", "acl") and c.i > node.i:
            out.append(c)
        elif node.pos_ == "ADJ" and c.dep_ == "prep" and c.lower_ == "of":
            out.extend(g for g in c.children if g.dep_ == "pcomp")
    return out


def governed_preps(pred: Token) -> list[Token]:
    """The prepositions a predicate governs: its own, one that a misparse hangs under a particle
    ("kidnapped up to 16 advisers": "up" taken for a particle, "to" put under it), and for a noun
    those its verb carries for it (see :func:`carried_preps`)."""
    out = [c for c in pred.children if c.dep_ in ("prep", "dative")]
    out += [g for c in pred.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep"]
    # and one hung under a particle the parser takes for an adverb or a preposition of its own: "pulled back
    # from the town", "pulled out of the town" (written probe ev12: 2)
    out += [g for c in pred.children if c.dep_ in ("advmod", "prep") and c.lower_ in PARTICLE_ADVERBS
            and not any(x.dep_ == "pobj" for x in c.children) for g in c.children if g.dep_ == "prep"]
    return out + carried_preps(pred)


def carried_preps(noun: Token) -> list[Token]:
    """The prepositions a verb carries for its object noun: "gave a warm welcome to X" is a welcome to X,
    "were engaged in attacks against X" attacks on X. Only prepositions after the noun."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in ENGAGED_IN:
        verb = noun.head.head
    else:
        return []
    return [c for c in verb.children if c.dep_ in ("prep", "dative") and c.i > noun.i]
