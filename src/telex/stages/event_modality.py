"""Modality, negation and reporting of an event: whether the predicate's act is asserted, intended
("would send", "plans to visit") or hypothetical ("if", "could", "fears that"), negated, and who
reported it; and how they change its code (an intent is coded 03x, a refused concession 124x).

Split from ``events.py``: :class:`Modality` is a part of the event finder, which supplies ``doc``,
``quotes`` and the pattern matcher ``match``.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of verbs with a tense of their own (past or present), which a bare verb after a modal or "to" never has.
FINITE_PAST_PRESENT = frozenset({"VBD", "VBZ", "VBP"})
#: Tags of finite verbs, modals included: a clause with one is a statement of its own.
FINITE_TAGS = FINITE_PAST_PRESENT | {"MD"}

#: Nouns that make what depends on them hypothetical ("fears that the war will spill over").
HYPOTHETICAL_NOUNS = frozenset("fear risk danger possibility prospect threat".split())

#: Auxiliaries and governing verbs that make an event intended or hypothetical rather than asserted.
INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must", "can"})
INTENT_VERBS = frozenset("plan intend want aim agree promise pledge vow threaten offer prepare decide hope expect seek".split())
INTENT_ADJS = frozenset("willing ready prepared determined set eager poised".split())
#: Verbs whose complement is asked for or turned down, not done: "urged the Senate to approve", "refused to lift".
UNREALISED_VERBS = frozenset("urge ask call appeal press pressure demand request plead refuse reject decline".split())
#: Verbs of saying whose "must" clause is a demand on its subject ("declared that China must drop barriers").
SAY_VERBS = frozenset("say declare reiterate state insist conclude tell announce stress warn repeat add".split())
HYPOTHETICAL_VERBS = frozenset("fear risk avoid prevent consider".split())
#: Verbs of letting, whose complement is permitted, not done: "a bill that would allow China to extradite suspects",
#: "the treaty permits either side to expel observers" (Wikinews: 1, coded as an extradition that took place).
PERMIT_VERBS = frozenset("allow permit enable authorize authorise empower entitle let".split())
#: Verbs of weighing a course of action: what is weighed ("is considering imposing tariffs", "weighing whether to
#: expel the ambassador") is no act yet but a policy option considered, CAMEO 014, aimed where the act would be.
#: Written probe set: 1; Wikinews: 1 ("would consider charging the gunman", coded as the charge itself).
CONSIDER_VERBS = frozenset("consider reconsider weigh mull contemplate".split())
CONSIDER_CODE = "014"
#: Verbs whose infinitive did not happen: "failed to agree", "neglected to inform".
FAILURE_VERBS = frozenset("fail neglect".split())
#: Verbs by which a source says an act did not happen: what "Iran denied it had sent drones" reports is no
#: delivery of drones, so the act inside is negated (the denial itself is CAMEO 016, see event_readings).
DENYING_VERBS = frozenset("deny refute".split())
#: Verbs that deny an act through a claim they reject: "rejected claims that its troops had crossed the border".
CLAIM_DENYING_VERBS = DENYING_VERBS | frozenset("reject dismiss dispute".split())
#: Nouns for a claim that a denial can take before the act it denies.
CLAIM_NOUNS = frozenset("report reports claim claims allegation allegations accusation accusations charge charges suggestion suggestions rumour rumours rumor rumors".split())
#: Verbs that make an appeal when what is wanted is someone else's act: "Obama wants Putin to attack"; asking
#: someone to act is the same appeal to them ("had asked the United Nations to investigate": lead's wire articles 1,
#: coded only as the asked act, by the one asked), which "ask ... for" rows in the pattern table do not reach.
APPEAL_VERBS = frozenset("want wish ask".split())
#: Verbs that ask another for an act: what they ask for is not done, and not by their subject ("Congress pressed
#: the president to help Iran", "Obama is being pressured by Congress to help Iran", "called on Israel to stop
#: bombing"). The act asked for is no event of its own; the asking is (an appeal, a demand, pressure).
ASKING_VERBS = frozenset("urge ask call appeal press pressure push demand request plead want wish encourage implore exhort "
                         "tell advise persuade convince beg invite".split())
#: Verbs whose that-clause is asked for ("demanded that Morocco withdraw"); "told reporters that", "advised that"
#: or "was convinced that" state something.
CLAUSE_ASKING_VERBS = frozenset("urge ask appeal press demand request plead".split())
#: Nouns of asking: "renewed its call for Israel to stop bombing", "a demand for Russia to withdraw".
ASKING_NOUNS = frozenset("call appeal demand request plea pressure push".split())
#: The preposition that names whom a verb of asking addresses when no object does: "called on Israel to stop",
#: "appealed to both sides to", "prevailed upon". "Called Putin to discuss" is a phone call, no appeal.
ADDRESSEE_PREPS = {"call": ("on", "upon"), "appeal": ("to",)}
#: Wh-words that make a clause a question: "asked what he wanted", "asked why Biden had not".
QUESTION_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})
#: Verbs of asking whose object is not whom they address ("called Putin" is a phone call).
PREP_ONLY_ASKERS = frozenset(ADDRESSEE_PREPS) - {"appeal"}

#: A material act announced as intent is coded as the intent (CAMEO 03x), not as the act; mediation offered is
#: CAMEO 039 (express intent to mediate), not 036 (meet or negotiate; written probe ev12: 2 "offered to mediate").
INTENT_CODES = {"06": "031", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "0334",
                "07": "033", "08": "035", "04": "036", "045": "039", "05": "032", "081": "0351", "0813": "0351",
                "084": "0353", "0841": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
                "0874": "0356", "14": "133", "140": "133", "141": "133", "143": "133", "166": "136",
                # a coercive act announced is a threat of it (CAMEO 13)
                "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "17": "137",
                "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
                "18": "137", "19": "138", "190": "1384", "192": "1382", "195": "1384", "20": "1383"}

#: A concession refused is coded as the refusal (CAMEO 124x), from the code of the concession.
REFUSAL_CODES = {"081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246"}
#: Verbs of refusing, whose infinitive is the act refused: "refused to release the prisoners" released no
#: one; the refusal is the event, coded by what is refused (a concession 124x, a meeting 125, aid 122,
#: material cooperation 121, else 120). Written probe: 3 (each also coded the act, hypothetical); Wikinews: 1.
REFUSING_VERBS = frozenset("refuse decline".split())
REFUSED_ROOT_CODES = {"04": "125", "06": "121", "07": "122"}
GENERAL_REFUSAL = "120"
#: What is threatened is never a cooperative act of its own (03-08): "threatened to send troops into Syria" is
#: a threat of military force (CAMEO 138), not an intent to provide peacekeepers (0334); other cooperative
#: acts threatened are a threat (130). Written probe (ev12): 2 threats coded also as intents to give aid.
THREATENING_VERBS = frozenset({"threaten"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
SENT_FORCES_CODE = "074"
THREATENED_FORCE_CODE = "138"
GENERAL_THREAT_CODE = "130"
#: Verbal acts that are performed by the act they are the purpose of: "went on strike to protest the
#: arrests" protests, "marched to demand reforms" demands (CAMEO 01 statements, 02 appeals, 10 demands,
#: 11 disapproval, 14 protest).
PERFORMED_ROOTS = frozenset({"01", "02", "10", "11", "14"})
#: Coercion and force (CAMEO 16-20): announced, they are threats (13x); as the purpose of another act
#: ("police opened fire to disperse the crowd") they are announced to no one, so no threat: the act is
#: coded as itself, intended.
FORCE_ROOTS = frozenset({"16", "17", "18", "19", "20"})
#: Force an actor is getting ready to use ("the army prepared to resume shelling", "troops were preparing
#: to attack") is a show of force (CAMEO 150, PLOVER MOBILIZE): the preparation is what happened. A stated
#: readiness ("said it is prepared to attack", the adjective) is a threat instead.
PREPARED_FORCE_ROOTS = frozenset({"18", "19", "20"})
PREPARED_FORCE_CODE = "150"


def asked_infinitive(pred: Token) -> bool:
    """An infinitive that the parser hangs as a purpose ("advcl") on a verb of asking, whose complement it
    is: "was pressured by Congress to help Iran" asks for help, it does not press in order to help."""
    return (pred.dep_ == "advcl" and pred.head.pos_ == "VERB" and pred.head.lemma_.lower() in UNREALISED_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children))


#: Nouns of a decision or plan whose infinitive is what it provides for: "a resolution to expel US troops", "a bill
#: to impose sanctions", "announced plans to withdraw". Whoever adopts it intends the act. Not "in order to", nor a
#: decision, which is mostly told once carried out ("the decision to ban the players"; Wikinews: 3 of 3).
PROVIDING_NOUNS = frozenset("resolution motion bill decree measure law plan proposal".split())


def provided_for(pred: Token) -> Token | None:
    """The decision or plan noun (:data:`PROVIDING_NOUNS`) whose to-infinitive the predicate is: "expel" in
    "voted on a resolution to expel US troops"; None for any other predicate."""
    head = pred.head
    if pred.dep_ != "acl" or pred.tag_ != "VB" or head.lemma_.lower() not in PROVIDING_NOUNS or head.pos_ != "NOUN":
        return None
    return head if any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) else None


#: Subjects that say no one did it: "nobody was hurt", "none were killed".
NO_ONE = frozenset({"nobody", "none", "noone"})

#: Verbs (with their particle, where one is needed) by which an act named by a noun is called off: "the
#: visit was postponed", "called off the talks", "a trip to Warsaw, which was cancelled". The act did not
#: take place, so it is negated. "Delay" is not among them: a delayed meeting is mostly still held.
CALLED_OFF_VERBS = {"cancel": None, "postpone": None, "scrap": None, "shelve": None, "abandon": None,
                    "call": "off", "put": "off"}
#: Adjectives that make an act named by a noun one still to come: "a planned visit", "the proposed talks".
PLANNED_ADJS = frozenset("planned proposed scheduled upcoming forthcoming prospective intended".split())
#: Verbs (with their particle, where one is needed) by which talks end without result: "talks collapsed",
#: "negotiations broke down", "the dialogue stalled". The talks are coded as halted (CAMEO 164), not held.
BROKE_DOWN_VERBS = {"collapse": None, "stall": None, "founder": None, "falter": None, "fail": None, "break": "down"}
CONSULT_ROOT = "04"
HALTED_TALKS_CODE = "164"


def broke_down(noun: Token) -> bool:
    """Whether an event noun is the subject of a verb of talks ending without result ("talks collapsed")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in BROKE_DOWN_VERBS:
        return False
    particle = BROKE_DOWN_VERBS[verb.lemma_.lower()]
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def called_off(noun: Token) -> bool:
    """Whether an event noun is called off: the subject or object of a verb of calling off, or the head
    (or the place of its "to" phrase, where the parser hangs it) of a relative clause that calls it off."""
    def calls_off(verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in CALLED_OFF_VERBS:
            return False
        particle = CALLED_OFF_VERBS[lemma]
        return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)

    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and calls_off(noun.head):
        return True
    holders = [noun] + [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "relcl" and calls_off(c) and any(w.dep_ == "nsubjpass" for w in c.children)
               for h in holders for c in h.children)


#: Prepositions of a cause, whose object was done before what it causes ("sanctions over the invasion"), and nouns of a
#: response, whose "for" phrase is such a cause ("vowed revenge for the killing"). event_targets.RESPONSE_WORDS, the words
#: whose phrase names whom a response is aimed at, overlap with these but are not the same list.
CAUSE_PREPS = frozenset({"over", "after", "following"})
RESPONSE_NOUNS = frozenset("revenge retaliation reprisal reprisals punishment response vengeance".split())

#: Conjunctions that set what happened against what would have happened: "would have faced impeachment but resigned".
CONTRAST_CONJUNCTIONS = frozenset({"but", "yet"})


def counterfactual_contrast(conj: Token) -> bool:
    """Whether a conjunct verb is set by "but" against a counterfactual ("would have", "could have") before it:
    "would have faced impeachment but resigned" tells what did happen. With "and" the conjunct shares the
    counterfactual ("would have sent troops and attacked the city"); a conjunct with an auxiliary of its own has its own modality."""
    head = conj.head
    if any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False
    if not any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS and head.i < c.i < conj.i for c in head.children):
        return False
    aux = [c for c in head.children if c.dep_ == "aux"]
    return any(c.lower_ in INTENT_AUX | HYPOTHETICAL_AUX for c in aux) and any(c.lemma_.lower() == "have" for c in aux)


class Modality:
    """The event finder's reading of modality, negation and reporting (see the module's doc)."""

    def modality(self, pred: Token) -> str:
        """intended ("would send", "plans to visit"), hypothetical ("if", "could", "fears that"), or asserted."""
        tok = pred
        for _ in range(8):  # anything above that makes the whole clause hypothetical
            lemma = tok.lemma_.lower()
            if tok.i != pred.i and (lemma in HYPOTHETICAL_NOUNS or (tok.pos_ == "VERB" and lemma in HYPOTHETICAL_VERBS)):
                return "hypothetical"
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
                return "hypothetical"
            if tok.head.i == tok.i or tok.dep_ in ("ROOT",):
                break
            tok = tok.head
        if pred.dep_ == "ccomp" and pred.head.lemma_.lower() in UNREALISED_VERBS:
            return "hypothetical"  # "demanded that Morocco withdraw": asked for, not done
        if pred.dep_ in ("ccomp", "xcomp") and pred.head.lemma_.lower() in PERMIT_VERBS:
            return "hypothetical"  # "would allow Russia to expel journalists": permitted, not done
        if asked_infinitive(pred):
            return "hypothetical"  # "was pressured by Congress to help Iran": asked for, not done
        if self.asker(pred) is not None:
            return "hypothetical"  # "wants Putin to attack": wanted by one, not done by the other
        if provided_for(pred) is not None:
            return "intended"  # "passed a resolution to expel US troops": decided on, still to be done
        if pred.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in PLANNED_ADJS for c in pred.children):
            return "intended"  # "a planned visit": still to come
        chain = [pred]
        tok = pred
        # the verb chain the predicate belongs to: "would send", "plans to visit", "held talks"
        while tok.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "acomp") and tok.head.i != tok.i and len(chain) < 5:
            if tok.dep_ == "conj" and tok.tag_ in FINITE_PAST_PRESENT and tok.head.tag_ == "VB":
                break  # "said allies should follow and warned that ...": a verb with a tense of its own shares no modal
            if tok.dep_ == "conj" and counterfactual_contrast(tok):
                break  # "would have faced impeachment but resigned": what did happen, against what would have
            if tok.dep_ == "pobj" and self.cause_phrase(tok.head):
                break  # "threatened sanctions over the attack", "vowed revenge for the killing": the cause was done
            tok = tok.head
            chain.append(tok)
        for t in chain:
            for c in t.children:
                if c.dep_ == "aux" and c.lower_ in INTENT_AUX and any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in t.children):
                    return "hypothetical"  # "would have sent troops": what did not happen, no intent
                if c.dep_ == "aux" and c.lower_ in INTENT_AUX:
                    return "intended"
                if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
                    return "hypothetical"
            if t.i != pred.i and t.lemma_.lower() in UNREALISED_VERBS and t.pos_ == "VERB" and pred.dep_ in ("xcomp", "ccomp"):
                return "hypothetical"
            if t.i != pred.i and t.lemma_.lower() in INTENT_VERBS and t.pos_ == "VERB":
                return "intended"
            if t.i != pred.i and t.lower_ in INTENT_ADJS:
                return "intended"
        if self.purpose(pred):
            return "intended"  # a purpose: "sent troops to support the defence of allies"
        if pred.dep_ == "xcomp" and pred.head.lower_ == "going":
            return "intended"
        if headline_infinitive(pred):
            return "intended"  # a headline's "Germany to send air defence systems": what is to happen
        return "asserted"

    def cause_phrase(self, prep: Token) -> bool:
        """Whether a preposition gives the cause of what its head names: "over" or "after" ("imposed sanctions over the
        invasion", "will retaliate after the attack"), or "for" on a response or an event noun ("revenge for the killing",
        "sanctions for the attack"). What is intended or threatened there is the response, not the act that caused it;
        "called for talks" and "plans for talks" name a goal."""
        word = prep.lower_
        if word in CAUSE_PREPS:
            return True
        head = prep.head
        return word == "for" and head.pos_ == "NOUN" and (head.lemma_.lower() in RESPONSE_NOUNS or self.match(head) is not None)

    def purpose(self, pred: Token) -> bool:
        """Whether the predicate is the purpose of another act ("sent troops to support", "staged a strike
        to protest"): aimed at, but stated by no one as an intention."""
        before = next((t for t in reversed(self.doc[max(pred.i - 3, 0) : pred.i]) if not t.is_punct and not t.is_quote), None)
        purpose = pred.dep_ in ("advcl", "conj") or (pred.dep_ == "xcomp" and pred.head.lemma_.lower() in SAY_VERBS)
        return purpose and before is not None and before.lower_ == "to"

    def negated(self, pred: Token) -> bool:
        if pred.pos_ in ("NOUN", "PROPN") and called_off(pred):
            return True  # "the visit was postponed": it did not take place
        for t in (pred, pred.head if pred.dep_ in ("xcomp", "dobj") else None):
            if t is None:
                continue
            if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in t.children):
                return True
        if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in FAILURE_VERBS:
            return True  # "leaders failed to agree on a statement": no agreement was made
        # "No troops were injured", "nobody was hurt": the subject denies the act
        for subj in (c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.lower_ in NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
                return True
        return False

    @staticmethod
    def denied(pred: Token) -> bool:
        """Whether the act is what a source denies: "denied that it had sent weapons", "denies sending
        troops", "denied reports that its forces had shelled the town"."""
        while pred.dep_ == "conj" and pred.head.i != pred.i:
            pred = pred.head
        head = pred.head
        if pred.dep_ in ("acl", "ccomp") and head.lower_ in CLAIM_NOUNS and head.dep_ == "dobj":
            verb = head.head
            return verb.pos_ == "VERB" and verb.lemma_.lower() in CLAIM_DENYING_VERBS
        if not (pred.dep_ in ("ccomp", "xcomp", "pcomp") or (pred.tag_ == "VBG" and pred.dep_ == "dobj")):
            return False
        return head.i != pred.i and head.pos_ == "VERB" and head.lemma_.lower() in DENYING_VERBS

    def reporter(self, pred: Token) -> str | None:
        """The speaker of reported speech or a quote that contains the predicate."""
        best = None
        for q in self.quotes:
            if q.kind != "term" and q.span[0] <= pred.idx < q.span[1] and q.speaker:
                if best is None or (q.span[1] - q.span[0]) < (best.span[1] - best.span[0]):
                    best = q
        return best.speaker if best else None

    def coded_as(self, pred: Token, code: str, modality: str) -> tuple[str, str, bool]:
        """The event's code, modality and negation, from the pattern's code and the predicate's modality.

        A concession refused ("would not release the prisoners", "did not lift the ban") is a refusal to
        yield (CAMEO 124x), asserted, not a negated concession; an act its source denies ("denied that it
        had sent troops") is negated. An act intended is coded as the intent
        (CAMEO 03x, 13x: "will send troops", "sent troops to support"), but a verbal act done by way of
        another ("staged a strike to protest", "marched to demand") is thereby done, and force used for
        the purpose of another act ("opened fire to disperse the crowd") is no threat.
        """
        negated = self.negated(pred)
        head = pred.head
        if pred.pos_ in ("NOUN", "PROPN") and code.startswith(CONSULT_ROOT) and broke_down(pred):
            return HALTED_TALKS_CODE, modality, negated  # "talks between Serbia and Kosovo collapsed"
        if pred.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in CONSIDER_VERBS and head.i != pred.i:
            return CONSIDER_CODE, self.modality(head), negated
        if pred.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in REFUSING_VERBS and head.i != pred.i:
            refused = REFUSAL_CODES.get(code[:3], "124") if code.startswith("08") else REFUSED_ROOT_CODES.get(code[:2], GENERAL_REFUSAL)
            return refused, self.modality(head), self.negated(head)
        if negated and modality != "hypothetical" and code.startswith("08"):
            return REFUSAL_CODES.get(code[:3], "124"), "asserted", False
        # denied by its source, it did not happen (and a denied resignation is no refusal to resign, above)
        negated = negated or self.denied(pred)
        if pred.dep_ == "xcomp" and head.lemma_.lower() in THREATENING_VERBS and code[:2] in COOPERATIVE_ROOTS and head.i != pred.i:
            # "threatened to send troops into Syria" threatens force; "threatened to withdraw its offer" is a threat
            return (THREATENED_FORCE_CODE if code.startswith(SENT_FORCES_CODE) else GENERAL_THREAT_CODE), modality, negated
        if modality == "intended" and code[:2] in PERFORMED_ROOTS and self.purpose(pred):
            return code, "asserted", negated
        if modality == "intended" and code[:2] in FORCE_ROOTS and pred.dep_ == "advcl" and self.purpose(pred):
            return code, modality, negated
        if modality == "intended" and code[:2] in PREPARED_FORCE_ROOTS and self.prepared(pred):
            return PREPARED_FORCE_CODE, "asserted", negated
        if modality == "intended":
            code = INTENT_CODES.get(code) or INTENT_CODES.get(code[:2]) or code
        return code, modality, negated

    def prepared(self, pred: Token) -> bool:
        """Whether the predicate is what its subject is preparing to do, by the verb "prepare" up its chain
        of infinitives ("prepared to resume shelling"), not the adjective of a stated readiness."""
        tok = pred
        for _ in range(3):
            if tok.dep_ != "xcomp" or tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.lemma_.lower() == "prepare" and tok.pos_ == "VERB":
                return True
        return False

    def wanted_of(self, comp: Token) -> Token | None:
        """"Obama wants Putin to attack", "pressed the president to help", "was urged by Paris to withdraw": for
        the act asked for ("attack"), whom it is asked of ("Putin"), when ``comp`` is a verb of asking's own
        infinitive or that-clause; None when it is no such act or the asker's own ("wants to attack")."""
        head = comp.head
        own_for = [c for c in comp.children if c.dep_ == "nsubj"] if self.for_to(comp) else []
        if own_for and head.pos_ in ("VERB", "NOUN"):
            # "pushed for Russia to withdraw", "renewed its call for Israel to stop": the one named after "for"
            holders = [head] + [c for c in head.children if c.dep_ == "dobj"]
            if any(h.lemma_.lower() in (ASKING_VERBS if h.pos_ == "VERB" else ASKING_NOUNS) for h in holders):
                return own_for[0]
        if head.i == comp.i or head.pos_ != "VERB" or head.lemma_.lower() not in ASKING_VERBS:
            return None
        if comp.pos_ not in ("VERB", "AUX") or not (comp.dep_ in ("xcomp", "ccomp") or asked_infinitive(comp)):
            return None
        own = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if comp.dep_ == "ccomp":  # "demanded that Morocco withdraw", "wants Putin to attack" parsed as a clause
            # a clause before the verb is what was said ("Johnson said, 'Corbyn wants ...'"); one that asks "what",
            # "why" or "whether" is a question, no act asked for ("asked me what I wanted")
            first = comp.left_edge  # "asked me how long I had", "asked me if she gave me a job would I"
            question = first.tag_ in QUESTION_TAGS or first.lower_ in ("whether", "if") or any(
                c.tag_ in QUESTION_TAGS or (c.dep_ == "mark" and c.lower_ in ("whether", "if")) for c in comp.children)
            asked = head.lemma_.lower() in CLAUSE_ASKING_VERBS or any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
            # a clause after a comma is the report's own ("demanded the withdrawal ..., diplomats quoted ... as saying")
            asked = asked and not any(t.is_punct for t in comp.doc[head.i + 1 : comp.left_edge.i])
            return own[0] if own and asked and comp.i > head.i and not question else None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            return None
        return self.addressee(head)

    @staticmethod
    def for_to(comp: Token) -> bool:
        """Whether ``comp`` is a "for X to do" clause: "for Russia to withdraw"."""
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in comp.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)

    def addressee(self, verb: Token) -> Token | None:
        """Whom a verb of asking addresses: its object ("urged Iran"), its preposition's object ("called on
        Israel", "appealed to Moscow"), or, passive, its subject ("Iran was urged by France")."""
        lemma = verb.lemma_.lower()
        if lemma not in PREP_ONLY_ASKERS:
            obj = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            if obj:
                return obj[0]
        preps = ADDRESSEE_PREPS.get(lemma, ())
        named = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
        if named:
            return named[0]
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)

    def asker(self, pred: Token) -> Token | None:
        """The verb of asking whose act, asked of another, ``pred`` is: directly ("urged Iran to resume") or
        down a chain of infinitives ("called on Israel to stop bombing": the bombing is asked to stop)."""
        tok = pred
        for _ in range(3):
            if self.wanted_of(tok) is not None:
                return tok.head
            if tok.dep_ != "xcomp" or tok.head.i == tok.i:
                return None
            tok = tok.head
        return None


def headline_infinitive(pred: Token) -> bool:
    """Whether ``pred`` is a headline's infinitive with its own subject ("Germany to send air defences
    to Ukraine, Scholz says"): the main verb or what a final "says" reports, in a sentence with no full
    stop; in prose such an infinitive is allowed, asked or described ("allowing China to extradite")."""
    if not (pred.dep_ == "ROOT" or (pred.dep_ == "ccomp" and pred.head.dep_ == "ROOT" and pred.head.lemma_.lower() == "say")):
        return False
    if pred.sent[-1].text in (".", "!", "?") or any(c.dep_ == "mark" for c in pred.children):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in pred.children) and any(c.dep_ == "nsubj" for c in pred.children)
