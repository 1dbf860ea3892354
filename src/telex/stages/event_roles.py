"""Who does what to whom: source and target of an event read off the dependency parse.

Split from ``events.py``: the grammatical roles of a predicate (subject, object, the partner in
"with X"), the owner of an object noun ("rejected a US request"), the addressee of a demand, and
the CAMEO actor code of a noun phrase that names no known actor ("Egyptian police", "Hezbollah
guerrillas", "students throughout Indonesia").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from telex.kb import org_code
from telex.records import Actor

if TYPE_CHECKING:
    from telex.stages.events import Pattern


#: Prepositions whose object is the target when the pattern names none.
TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "into", "between", "of", "at")

#: Prepositions whose object is what is asked for or talked about, never the target ("call for a ceasefire").
CONTENT_PREPS = frozenset({"for", "about"})

#: Nouns of contact whose partner is the target of what is said during it.
TALK_NOUNS = frozenset("call conversation talk talks meeting visit summit discussion".split())

#: Tokens either side of a noun phrase's head searched for its country ("students throughout Indonesia").
NP_WINDOW = 6

#: Verbs that carry an event noun: "held talks", "launched an attack", "ramped up talks".
LIGHT_VERBS = frozenset("hold have launch make conduct begin start resume ramp step continue stage mount open engage".split())

#: CAMEO roots whose target may be the place where it happens when no actor is named: lifting a
#: curfew in Montenegro, reinforcing forces in Lebanon, shelling towns in Iraq are done to that country.
#: A visit (042: "attend a summit in Switzerland") is made to the place it is in.
PLACE_TARGET_ROOTS = frozenset({"08", "14", "15", "16", "17", "18", "19", "20", "042"})

#: CAMEO roots whose target is the addressee of a that-clause ("demanded that the US match ...").
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})

#: CAMEO roots whose target may be the one a condition is put to: "threatened to stop talks if the United
#: States goes ahead", "will cut aid unless Kenya releases them". The threat is aimed at whoever must act.
CONDITION_TARGET_ROOTS = frozenset({"13"})
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

#: Prepositions that make a capital's name a place rather than its government ("militias in Tripoli").
PLACE_PREPS = frozenset({"in", "at", "near", "around", "outside", "inside", "from"})
#: How large another country's city of a capital's name must be, as a share of the capital, for the sentence's
#: mention of that country to claim the name: Lebanon's Tripoli is about a fifth of Libya's; Moscow, Idaho or
#: Paris, Texas are far below a tenth of theirs and never do. Set by hand on those cases, not fitted to a gold set.
RIVAL_CITY_SHARE = 0.1

#: Head nouns of the names of bodies (an unknown one is coded NGO) and words that make such a name a state's own organ.
BODY_HEADS = frozenset(
    "committee forum council commission foundation association institute league federation movement society "
    "network centre center coalition alliance organization organisation".split()
)
STATE_WORDS = frozenset(
    "national federal state supreme security electoral central military revolutionary provisional transitional "
    "presidential government governing parliamentary constitutional royal interim".split()
)

#: CAMEO roots whose target is the owner of the object ("rejected North Korea's demand", "welcomed Reagan's statement").
OWNER_TARGET_ROOTS = frozenset({"05", "12", "11", "04", "16"})

#: CAMEO roots whose target may be read off what the act is for ("a hunger strike to protest X's decision").
PURPOSE_TARGET_ROOTS = frozenset({"14"})
#: Dependencies of a purpose clause on its predicate ("to demand", "calling for"), and the prepositions
#: whose object is what it is for or against ("protest against", "call for").
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
PURPOSE_PREPS = frozenset({"against", "for", "over"})
#: Verbs that say what a protest is for without a "to" ("a demonstration calling for ...").
PURPOSE_VERBS = frozenset("call demand protest urge press oppose denounce condemn seek".split())

#: Heads of a government named after its leader: "the Bush administration", "the Netanyahu government".
LEADER_BODIES = frozenset("administration government regime cabinet".split())


class Roles:
    """Role readers mixed into the event finder (needs ``doc``, ``kb``, ``actor_of`` and ``actors``)."""

    # -- roles --------------------------------------------------------------------------------------------
    def subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        """Who does it: the subject, or the subject the verb inherits ("Scholz spoke ... and urged")."""
        if depth > 4:
            return []
        for c in verb.children:
            if c.dep_ == "nsubj":
                return self.expand(c)
            if c.dep_ == "agent":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    return self.expand(pobj[0])
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return []  # a passive with no agent names no source
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "xcomp":
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            if raised and not obj and not any(c.dep_ == "agent" for c in head.children):
                return self.expand(raised[0])  # "Obama is scheduled to attend": Obama attends
            return self.expand(obj[0]) if obj else self.subjects(head, depth + 1)
        if verb.dep_ == "conj":
            patient = [c for c in head.children if c.dep_ == "nsubjpass"]
            if patient:  # "was indicted by the court and will resign": the one indicted resigns
                return self.expand(patient[0])
        if verb.dep_ in ("conj", "advcl", "acomp"):
            return self.subjects(head, depth + 1)
        if verb.dep_ == "relcl":
            return self.expand(head)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBD", "VBG"):
            # a misparsed main verb ("Doctors from two aid groups donated ..."), or a participle
            # describing what the noun does ("demonstrators protesting the results")
            return self.expand(head)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in head.children if c.dep_ == "poss"]
            return self.expand(poss[0]) if poss else []
        return []

    def expand(self, tok: Token) -> list[Token]:
        """A token and the tokens coordinated with it ("Austin and Shoigu"), and the coordinated
        country words modifying it ("US and British activists": the British ones too)."""
        out = [tok]
        for c in tok.children:
            listed = any(g.dep_ == "cc" for g in c.children) or any(g.dep_ == "cc" for g in tok.children)
            if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN" and listed):
                out.extend(self.expand(c))  # "The US, Russia, and Switzerland": a list parsed as an apposition
            elif c.dep_ in ("amod", "compound", "nmod") and tok.pos_ in ("NOUN", "PROPN") and self.country_word(c):
                out.extend(g for g in c.subtree if g.i != c.i and g.dep_ == "conj" and g.head.dep_ in ("amod", "compound", "nmod", "conj") and self.country_word(g))
        return out

    def country_word(self, tok: Token) -> str | None:
        """The country of a capitalised country name or adjective ("British", "US"), else None."""
        if tok.is_lower or tok.is_punct:
            return None
        return self.kb.adjective(tok.text) or self.kb.country(tok.text)

    def modified_group(self, tok: Token) -> str | None:
        """"British" in "US and British activists": the country of a coordinated modifier and the sector of the noun."""
        if tok.dep_ != "conj" or not self.country_word(tok):
            return None
        head = tok.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ not in ("amod", "compound", "nmod") or head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        return self.country_word(tok) + (self.sector_of(head.head) or "")

    def targets(self, pred: Token, pattern: Pattern) -> list[Token]:
        """Whom it is done to: an actor among the objects and partners, else a noun phrase with a country."""
        found = self.actor_targets(pred, pattern)
        if found:
            return found
        objects = self.candidate_objects(pred, pattern)
        for tok in objects:
            if own_belonging(tok):
                continue  # "withdraw its troops from Lebanon": the subject's own, not whom it is done to
            if self.coded(tok) or self.code_np(tok):  # "endorsed an agreement with the European Union"
                return self.expand(tok)
        root = pattern.cameo[:2]
        if root in PURPOSE_TARGET_ROOTS:  # "began a hunger strike to protest Sweden's decision"
            found = self.purpose_target(pred)
            if found:
                return found
        if root in CLAUSE_TARGET_ROOTS:  # "demanded that the United States match ..."
            objs = [c for c in pred.children if c.dep_ == "dobj"]
            for clause in (c for h in [pred] + objs for c in h.children if c.dep_ in ("ccomp", "acl")):
                subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and subj[0].pos_ != "PRON":
                    return self.expand(subj[0])
        for comp in (c for c in pred.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            inner = self.actor_targets(comp, pattern) or [t for t in self.candidate_objects(comp, pattern) if self.code_np(t)][:1]
            if inner:  # "threatened to break relations with Russia"
                return self.expand(inner[0]) if len(inner) == 1 else inner
        if root in CONDITION_TARGET_ROOTS:  # "threatened to stop talks if the United States goes ahead"
            found = self.condition_target(pred)
            if found:
                return found
        found = self.nested_target(pred) if root in NESTED_TARGET_ROOTS else []
        if found:  # "willing to send arms to help defend Saudi Arabia"
            return found
        if root in PLACE_TARGET_ROOTS or pattern.cameo[:3] in PLACE_TARGET_ROOTS:
            holders = [pred] + [c for c in pred.children if c.dep_ == "dobj"]
            if pred.pos_ == "NOUN" and pred.dep_ == "dobj":
                holders.append(pred.head)  # "staged a protest in Beijing"
            if pred.pos_ == "NOUN" and pred.dep_ == "pobj" and pred.head.head.lemma_.lower() in ENGAGED_IN:
                holders.append(pred.head.head)  # "were engaged in ethnic cleansing in Bosnia"
            for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if self.code_np(pobj):
                        return [pobj]
        return objects[:1] if objects and pattern.cameo[:2] in ("17", "18", "19", "20") else []

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

    def candidate_objects(self, pred: Token, pattern: Pattern) -> list[Token]:
        """Direct objects and prepositional partners that could be the target, best first."""
        out = []
        if pred.pos_ in ("VERB", "AUX"):
            out = [c for c in pred.children if c.dep_ in ("dobj", "dative", "iobj")]
        preps = governed_preps(pred)
        for name in TARGET_PREPS + ("from",):
            for prep in (c for c in preps if c.lower_ == name):
                out.extend(c for c in prep.children if c.dep_ == "pobj")
        for obj in [o for o in out if o.dep_ == "dobj"]:  # "opened investigations against 28 officials"
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("against", "into", "with", "to", "on")):
                out.extend(c for c in prep.children if c.dep_ == "pobj")
        return out

    def coded(self, tok: Token) -> bool:
        """Whether a token is an actor with a CAMEO code ("troops" alone is an actor of no country)."""
        actor_id = self.actor_at(tok) or ""
        actor = self.actors.get(actor_id)
        if actor is not None and actor.kind != "person" and getattr(self, "country_basis", {}).get(actor_id) in ("sentence", "article"):
            return False  # "sent troops to Latvia": a group placed only by its sentence is not made a target by it
        return actor is not None and actor_code(actor) is not None

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
            passive = [c for c in pred.children if c.dep_ == "nsubjpass"]
            if passive:
                return self.expand(passive[0])
            obj = [c for c in pred.children if c.dep_ in ("dobj", "dative", "iobj") and not own_belonging(c)]
            if obj and self.coded(obj[0]):
                return self.expand(obj[0])
            if obj and pattern.cameo[:2] in OWNER_TARGET_ROOTS and obj[0].pos_ == "NOUN":
                owner = self.owner(obj[0])  # "rejected a U.S. request": the requester
                if owner is not None:
                    return [owner]
        preps = governed_preps(pred)  # with those carried: "gave a warm welcome on Monday to the president"
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
                if prep.lower_ == name:
                    pobj = [c for c in prep.children if c.dep_ == "pobj"]
                    if pobj and pattern.keywords & {pobj[0].lemma_.lower(), pobj[0].lower_} and not self.coded(pobj[0]):
                        continue  # "agreed to a ceasefire": what is agreed to, not whom
                    if pobj and (self.coded(pobj[0]) or name == pattern.prep):
                        return self.expand(pobj[0])
        # "called for a ceasefire during his call with Shoigu": the partner of the talks it came in
        nested = [g for c in preps for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep"]
        for prep in preps + nested:
            if prep.lower_ in ("during", "in", "at"):
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
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head  # "launched artillery and rocket fire": the list stands where its first item does
        head = noun.head
        if noun.dep_ == "pobj" and head.head.lemma_.lower() in ENGAGED_IN and head.lower_ == "in":
            patient = [c for c in head.head.children if c.dep_ == "nsubjpass"]
            if patient:  # "Serb forces were engaged in ethnic cleansing": a state of doing, not a passive
                return self.expand(patient[0])
        if noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP"):
            verb = head if head.pos_ == "VERB" else head.head
            if verb.pos_ == "VERB" and (verb.lemma_.lower() in LIGHT_VERBS or noun.dep_ == "dobj"):
                return self.subjects(verb)
        if noun.dep_ == "pobj" and head.lower_ in ("during", "in") and head.head.pos_ == "VERB":
            return self.subjects(head.head)  # "youths threw stones during demonstrations against ..."
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in ("take", "begin", "start", "come"):
            return []
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

    def actor_at(self, tok: Token) -> str | None:
        actor = self.actor_of.get(tok.i)
        if actor is not None:
            return actor
        for t in tok.children:  # "Kremlin officials": an actor modifying the head
            if t.i in self.actor_of and t.dep_ in ("compound", "amod"):
                return self.actor_of[t.i]
        return None

    def code_of(self, tok: Token) -> tuple[str | None, str | None]:
        """(actor id, CAMEO actor code) for a token: USAGOV, RUS, IGOWSTNAT; else a code read off the
        noun phrase itself ("Egyptian demonstrators" -> EGYCVL, "students throughout Indonesia" -> IDNCVL)."""
        group = self.modified_group(tok)
        if group is not None:
            actor = self.actors.get(self.actor_at(tok) or "")
            if actor is not None and actor.country == group[:3] and actor_code(actor):
                return actor.id, actor_code(actor)  # the group the actors stage read ("Kyrgyz and Tajik troops")
            return None, group
        actor_id = self.actor_at(tok)
        if actor_id is not None:
            actor = self.actors.get(actor_id)
            if actor is not None and actor_code(actor):
                if actor.kind != "person" and getattr(self, "country_basis", {}).get(actor_id) in ("sentence", "article"):
                    return actor_id, self.code_np(tok) or actor_code(actor)  # the phrase's own words first
                return actor_id, actor_code(actor)
        if tok.pos_ == "PRON":
            antecedent = self.pronoun_subject(tok)
            if antecedent is not None:
                return self.code_of(antecedent)
            return None, None
        return actor_id, self.code_np(tok)

    def pronoun_subject(self, tok: Token) -> Token | None:
        """'Switzerland said it had expelled ...': a pronoun subject inside reported speech is the reporter."""
        verb = tok.head
        for _ in range(4):
            if verb.head.i == verb.i:
                return None
            if verb.dep_ == "ccomp":
                speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                if speaker is not None and speaker.pos_ != "PRON":
                    return speaker
                return None
            verb = verb.head
        return None

    def code_np(self, tok: Token) -> str | None:
        """A CAMEO actor code read off a noun phrase: a country word or known group in it ("Hezbollah
        guerrillas", "Doctors from two American aid groups"), a place's country, and the head's sector."""
        leader = self.leader_body(tok)
        if leader is not None:
            return leader
        words, stack = [], [tok]
        while stack:  # the phrase itself, not the clauses hanging off it ("the accusation that ... Ukraine")
            t = stack.pop()
            if abs(t.i - tok.i) <= NP_WINDOW:
                words.append(t)
            stack.extend(c for c in t.children if c.dep_ not in ("acl", "relcl", "ccomp", "advcl", "appos") and c.pos_ != "VERB")
        words.sort(key=lambda t: t.i)
        iso, sector = None, None
        texts = [t.text for t in words]
        for n, t in enumerate(words):
            if t.is_lower or t.is_punct or t.pos_ == "VERB":
                continue
            iso, size = self.kb.country_at(texts, n, capitals=True)  # "South Korean army officers", "Northern Ireland"
            if iso and self.kb.capital(" ".join(texts[n:n + size])) == iso:
                iso = self.capital_in_context(" ".join(texts[n:n + size]), iso, t)
            if iso and n and words[n - 1].lower_ == "ethnic":
                # "ethnic Albanians in south Serbia": a people, placed by the rest of the phrase if it can be
                later = [self.kb.country_at(texts, m, capitals=True)[0] for m in range(n + 1, len(words)) if words[m].i > t.i and not words[m].is_lower]
                iso = next((c for c in later if c and c != iso), iso)
            if iso:
                break
        if iso is None:  # a known organisation named in several words: "United Nations inspectors"
            run: list[Token] = []
            for t in words + [None]:
                if t is not None and t.pos_ == "PROPN" and not t.is_lower and (not run or t.i == run[-1].i + 1):
                    run.append(t)
                    continue
                if len(run) > 1:
                    found = self.kb.actor(tok.doc[run[0].i : run[-1].i + 1].text)
                    term = (found[1] or (found[0].terms[0] if found[0].terms else None)) if found else None
                    if term is not None and term.country:
                        iso, sector = term.country, next(iter(term.sectors), None)
                        break
                    if term is not None and term.org:
                        return org_code(term.org, term.sectors)
                run = [t] if t is not None and t.pos_ == "PROPN" and not t.is_lower else []
        if iso is None:
            for t in words:
                found = self.kb.actor(t.text) if t.pos_ == "PROPN" and not t.is_lower else None
                term = found[1] or (found[0].terms[0] if found[0].terms else None) if found else None
                if term is not None and term.country:
                    iso, sector = term.country, next(iter(term.sectors), None)
                    break
                if term is not None and term.org and found[0].kind == "org" and t.dep_ in ("compound", "nmod", "amod", "poss"):
                    return org_code(term.org, term.sectors)  # "a U.N. military presence", "NATO jets"
        if iso is None and words:
            from telex.gazetteer import country_of

            if getattr(self, "_places", None) is None:  # doc.ents builds new spans on every access
                self._places = [e for e in tok.doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
            for ent in self._places:
                if words[0].i <= ent.start and ent.end - 1 <= words[-1].i:
                    iso = country_of(ent.text)
                    if iso:
                        break
        if iso is None:
            return self.unknown_body(tok)
        return iso + (self.sector_of(tok) or sector or "")

    def unknown_body(self, tok: Token) -> str | None:
        """NGO for a named body that no country word places and the knowledge base does not know: "the Third
        World Water Forum", "the Ceasefire Violations Committee". A name that sounds like a state's own organ
        ("the National Security Council", "the Supreme Court") is left uncoded: it belongs to some country."""
        if tok.pos_ != "PROPN" or tok.lemma_.lower() not in BODY_HEADS:
            return None
        name = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and not c.is_lower]
        if not name or any(c.lower_ in STATE_WORDS for c in name):
            return None
        return "NGO"

    def capital_in_context(self, name: str, iso: str, tok: Token) -> str:
        """The country a capital's name stands for in its sentence: its own, unless the sentence names another
        country that has a city of that name ("rival militias in Tripoli ... the north Lebanese port": the
        Lebanese Tripoli, not Libya's capital)."""
        from telex.gazetteer import lookup

        sent = tok.sent
        others = []
        for t in sent:
            if t.is_lower or t.is_punct:
                continue
            word = t.text
            other = self.kb.adjective(word) or self.kb.country(word)
            if other and other != iso and other not in others:
                others.append(other)
        if not others or tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
            return iso  # "London criticised Canadian plans": the government, not a place to be placed
        cities = [e for e in lookup(name) if e.feature == "city"]
        own = max((e.population or 0 for e in cities if e.country == iso), default=0)
        rivals = {e.country for e in cities if (e.population or 0) >= RIVAL_CITY_SHARE * own}
        return next((c for c in others if c in rivals), iso)

    def leader_body(self, tok: Token) -> str | None:
        """"the Bush administration", "the Netanyahu government": the leader's country and GOV. A leader the
        knowledge base knows gives his country; an unknown person's "administration" is a US presidency
        (the usage is American: other governments are "the X government")."""
        if tok.lemma_.lower() not in LEADER_BODIES:
            return None
        for c in tok.children:
            if c.dep_ not in ("compound", "poss", "amod", "nmod") or c.is_lower or c.pos_ not in ("PROPN", "ADJ"):
                continue
            found = self.kb.actor(c.text)
            term = (found[1] or (found[0].terms[0] if found[0].terms else None)) if found else None
            if found and found[0].kind == "person" and term is not None and term.country:
                return term.country + "GOV"
            if found is None and c.ent_type_ == "PERSON" and tok.lemma_.lower() == "administration":
                return "USAGOV"
        return None

    def sector_of(self, tok: Token) -> str | None:
        """The sector of a group noun: "police" -> COP, "rebels" -> REB, "students" -> EDU."""
        role = self.kb.role(tok.lemma_.lower()) or self.kb.role(tok.lower_)
        if role and role[0]:
            return role[0][0]
        return None


#: Prepositions naming what a complaint is about, whose author is the party complained of.
GRIEVANCE_PREPS = frozenset({"over", "about", "against"})


#: Verbs whose "in" phrase names what their subject does: "were engaged in ethnic cleansing against X".
ENGAGED_IN = frozenset("engage involve participate".split())


#: Nouns of number that stand before what they count: "hundreds of fighters".
QUANTITY_NOUNS = frozenset("hundred thousand dozen dozens hundreds thousands million millions score scores".split())


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


def governed_preps(pred: Token) -> list[Token]:
    """The prepositions a predicate governs: its own, one that a misparse hangs under a particle
    ("kidnapped up to 16 advisers": "up" taken for a particle, "to" put under it), and for a noun
    those its verb carries for it (see :func:`carried_preps`)."""
    out = [c for c in pred.children if c.dep_ in ("prep", "dative")]
    out += [g for c in pred.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep"]
    return out + carried_preps(pred)


def own_belonging(tok: Token) -> bool:
    """'its troops', 'their borders': a noun the subject owns, named by a possessive pronoun."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)


def actor_code(actor: Actor) -> str | None:
    """CAMEO actor code: country and first sector (USAGOV, RUS), or the organisation's (IGOWSTNAT for
    NATO, from knowledge/organisations.tsv)."""
    if actor.country:
        sector = next((s for s in actor.sectors if s not in ("IGO", "NGO")), "")
        return actor.country + sector
    if actor.code:
        return org_code(actor.code, actor.sectors)
    return None
