"""``telex_events``: who did what to whom, coded in CAMEO and PLOVER, with modality, negation and evidence.

Events are read off the dependency parse. A predicate is a verb ("urged", "spoke with") or an event
noun ("call", "talks", "attack"); ``knowledge/event_patterns.tsv`` maps its lemma, preposition and
object to a CAMEO code. Source and target come from grammatical roles (subject, object, the partner
in "with X" or "between A and B"), resolved to actors by the actors stage. Coordinated actors give
one event per pair; mutual events (talks, calls, agreements) are also coded the other way round.

Each event carries its modality ("would send" is intended, "if we don't get" hypothetical), its
negation, the speaker who reported it (events inside reported speech or quotes), a date (from the
sentence, else the publication date, marked as such), a place and amounts from its sentence, and
the evidence span. CAMEO codes carry Goldstein scores, quad classes and PLOVER types from
``knowledge/cameo.tsv``.

The finder is in parts: the pattern table (``event_table.py``), grammatical roles (subjects in ``event_subjects.py``,
objects and partners in ``event_roles.py``, with targets read off surrounding clauses in ``event_targets.py``), appeals coded by what they ask for
(``event_appeals.py``) and the actor codes of what fills them (``event_codes.py``),
modality, negation and reporting (``event_modality.py``), the event's sentence, date, place and
evidence (``event_context.py``), and which events of a sentence to keep (``event_policy.py``).
"""

from __future__ import annotations

import os

from spacy.language import Language
from spacy.tokens import Doc, Token

from telex.kb import get_kb
from telex.records import Actor, Event, Evidence, Plover
from telex.stages.actor_words import person_nouns
from telex.stages.event_appeals import DEMAND_CODES, Appeals
from telex.stages.event_context import Context
from telex.stages.event_fit import charges_money, stands_alone, unfit_source
from telex.stages.event_home import Home, home_source
from telex.stages.event_modality import ASKING_VERBS, SAY_VERBS, Modality
from telex.stages.event_policy import prune
from telex.stages.event_readings import FORCE_ACT_ROOTS, INTENT_NEEDS_TARGET, MILITARY_COOPERATION_CODE, NEEDS_TARGET, SHOW_OF_FORCE_CODE, Readings, shows_force
from telex.stages.event_roles import Roles
from telex.stages.event_subjects import LIGHT_VERBS, STATE_SECTORS, patient_of, reduced_relative
from telex.stages.event_targets import POSTURE_ROOT, carried_preps
from telex.stages.event_syntax import FORCE_NOUNS, gerund_subject, reciprocal_object, time_phrase
from telex.stages.event_table import Pattern, patterns
from telex.stages.furniture import is_excluded

for _name in ("telex_events", "telex_actors", "telex_actor_of", "telex_quotes", "telex_dates", "telex_places", "telex_amounts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: Verbs whose event is the one done to their object: "helped the refugees" is aid to them, while
#: "helped to plan the killings" is a share in what was planned, aid to no one. Approving funding is aid only
#: to someone named: "Congress approved a budget authorizing funding" is a state's own spending (Wikinews
#: audit: 2 of 2 such approvals with no recipient were budgets, coded 070 or, refused, 033).
#: CAMEO root of rejections: a mutual act refused is refused by one side only.
REFUSAL_ROOT = "12"

NEEDS_OBJECT = frozenset({"help", "approve", "invite"})  # "invited bids": no one to meet

#: CAMEO roots worth coding with no known source, against the patient of a passive: being accused,
#: arrested, attacked or killed by someone unnamed is news about the target; so is being released
#: or demobilised (a concession made by someone unnamed); being rebuffed is not.
UNKNOWN_SOURCE_ROOTS = frozenset({"08", "11", "17", "18", "19", "20"})

#: Accidents and natural disasters: what they do ("killed by the crash", "the flood destroyed") is done by
#: no actor, though a modifier may name a country ("the Malaysian airliner crash").
MISHAP_NOUNS = frozenset(
    "crash accident collision derailment explosion blast fire blaze flood floods flooding earthquake quake storm "
    "hurricane cyclone typhoon tornado landslide mudslide avalanche tsunami drought disease epidemic outbreak "
    "virus collapse stampede".split()
)

#: Verbs that make what coordinated subjects undertake in their complement a joint act:
#: "Peru and Bolivia agreed to share information" is sharing between them.
MUTUAL_GOVERNORS = frozenset("agree consent".split())
#: Verbs that claim an act as one's own: "claimed responsibility for the bombing", "claimed that
#: they had attacked". A claim of responsibility is CAMEO 015, against whom the act claimed was done.
CLAIM_VERBS = frozenset("claim admit acknowledge".split())
#: Nouns that name what is claimed as the act itself ("claimed responsibility for", "took credit for").
CLAIM_NOUNS = frozenset("responsibility credit".split())
#: Acts one claims responsibility for: coercion, assaults, fighting, mass violence (CAMEO 17-20).
#: "claimed that they had won" or "had agreed" is a statement, not a claim of responsibility.
RESPONSIBILITY_ROOTS = frozenset({"17", "18", "19", "20"})

#: Base confidence, and what each piece of evidence adds. Set by hand on the seed article: an event
#: with both actors resolved and a specific pattern is rarely wrong there; one with no target often is.
CONFIDENCE_BASE = 0.4
CONFIDENCE_TARGET = 0.25
CONFIDENCE_SPECIFIC = 0.15
CONFIDENCE_ASSERTED = 0.1
#: Taken off when an actor's country was inferred, not stated ("President Museveni ... Ugandan
#: opposition": see telex.stages.actors.infer_countries), by how it was inferred.
CONFIDENCE_INFERRED = {"phrase": 0.0, "sentence": 0.1, "article": 0.15}


#: The keyword a pattern row uses for an object that names people, whatever the word ("@people":
#: "release" + "five Iranians", "free" + "the Americans"); see knowledge/event_patterns.tsv.
PEOPLE_KEYWORD = "@people"
#: Codes of verbs that judge an act named as their object (accuse, criticise, reject, deny, praise, back): the act is
#: not the judge's own, so its noun makes no event with the judge as its source.
JUDGING_CODES = ("11", "12", "016", "051", "052")
#: Codes of verbs that act against the act named as their object (threaten, cut off, ban, break up, fight off): "police
#: dispersed the protest", "the government banned the rally", "the army repelled the attack". The act is someone
#: else's, so its noun makes no event with the verb's subject as its source.
COUNTERING_CODES = ("13", "16", "17", "18", "19", "20")
#: Talking to the press is making a statement, not consulting (CAMEO 04): no 04 event has a media target.
CONSULT_ROOT = "04"
MEDIA_SECTOR = "MED"
#: Particles the parser often hangs as adverbs ("vowed to strike back against Israel", "pressed ahead with"):
#: matched like "prt".
ADVERB_PARTICLES = frozenset({"back", "ahead"})


class EventFinder(Readings, Appeals, Roles, Modality, Context, Home):
    """Finds the events of one parsed document: predicates matched against the pattern table and read in
    context (:class:`Readings`), their roles (:class:`Roles`), modality (:class:`Modality`) and place in the
    article (:class:`Context`)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.kb = get_kb()
        self.table = patterns(os.environ.get("TELEX_EVENT_PATTERNS", ""))
        self.actor_of: dict[int, str] = doc._.telex_actor_of or {}
        self.actors: dict[str, Actor] = {a.id: a for a in (doc._.telex_actors or [])}
        self.sent_starts = [s.start for s in doc.sents]
        self.sents = list(doc.sents)
        article = doc._.telex_article
        self.published = article.published if article is not None else None
        self.quotes = doc._.telex_quotes or []
        basis = doc._.telex_actor_country_basis if doc.has_extension("telex_actor_country_basis") else None
        self.country_basis: dict[str, str] = basis or {}
        #: actors made for participants coded from their own words (see :meth:`phrase_actor`)
        self.phrase_actors: dict[str, Actor] = {}
        self.phrase_keys: dict[tuple[str, str], str] = {}
        #: the acts coded so far, in order: predicate lemma, sentence, doer and CAMEO code (see :meth:`Readings.criticised`)
        self.acts: list[tuple[str, int, Token, str]] = []

    # -- matching and speech acts -------------------------------------------------------------------------------------
    def match(self, tok: Token) -> Pattern | None:
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
        if pos is None:
            return None
        if gerund_subject(tok):
            pos = "NOUN"  # "Fighting between Armenia and Azerbaijan resumed": the parser's verb is the noun "fighting"
        keys = [(tok.lemma_.lower(), pos), (tok.lower_, pos)]
        if pos == "NOUN":
            keys.reverse()  # a noun's own form first: "talks" (negotiations) is not "talk"
        candidates = self.table.get(keys[0]) or self.table.get(keys[1])
        if not candidates:
            return None
        # a preposition of time is no partner: "called Biden on Tuesday" is no "call on" (an appeal)
        preps = {c.lower_ for c in tok.children if (c.dep_ in ("prep", "prt", "agent", "dative") or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES))
                 and not time_phrase(c)}
        preps |= {c.lower_ for c in carried_preps(tok)} if pos == "NOUN" else set()
        if pos == "VERB":  # "shared evidence with the US": a partner attached to the object is the verb's
            preps |= {c.lower_ for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.i > o.i}
        words = self.argument_words(tok)
        # a keyword that heads the object beats one among its modifiers: "blocked an EU aid package" is the
        # blocked package (120), not blocked aid (191)
        heads = {w for o in tok.children if o.dep_ == "dobj" for w in (o.lemma_.lower(), o.lower_)}
        best = None
        for p in candidates:
            if p.prep and p.prep not in preps:
                continue
            if p.keywords and not (p.keywords & words):
                continue
            if best is None or p.specificity > best.specificity or (
                p.specificity == best.specificity and p.keywords & heads and not best.keywords & heads
            ):
                best = p
        return best if best is None or best.cameo else None  # a "none" row: this reading is no event

    def argument_words(self, tok: Token) -> set[str]:
        """Lemmas and forms in the predicate's objects, prepositional phrases and infinitive complements."""
        words = set()
        done_to = patient_of(tok) if tok.pos_ == "VERB" else None
        if done_to is not None:
            # "prisoners were released": the patient is the object (its head and modifiers, not its clauses)
            words.update(w for t in done_to.subtree if t.i <= done_to.i for w in (t.lemma_.lower(), t.lower_))
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            words.update((tok.head.lemma_.lower(), tok.head.lower_))  # "a truce brokered by Qatar": the noun is what was brokered
        # "according to reports": a source named is no argument (nor is "according" the verb "accord")
        attribution = {t.i for a in tok.subtree if a.lower_ == "according" for t in a.subtree}
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc", "conj", "advmod", "mark", "advcl"):
                continue
            for t in child.subtree:
                if t.i not in attribution:
                    words.add(t.lemma_.lower())
                    words.add(t.lower_)
        objects = [done_to] if done_to is not None else [c for c in tok.children if c.dep_ == "dobj"]
        if tok.pos_ == "NOUN":  # "the release of five Iranians"
            objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(self.names_people(o) for o in objects):
            words.add(PEOPLE_KEYWORD)  # "released five Iranians", "Five Americans were freed"
        return words

    def names_people(self, tok: Token) -> bool:
        """Whether a noun names people: a person or group actor, or a nationality or name ("five Iranians")."""
        actor = self.actors.get(self.actor_of.get(tok.i, ""))
        if actor is not None and actor.kind in ("person", "group"):
            return True
        if tok.ent_type_ in ("NORP", "PERSON") and tok.pos_ in ("PROPN", "NOUN"):
            return True
        role = self.kb.role(tok.lemma_.lower()) or self.kb.role(tok.lower_)
        if role is not None and role[1] in ("member", "office"):
            return True  # "the aid worker", "two journalists"
        return tok.lemma_.lower() in person_nouns()  # "two French citizens", "five prisoners" (knowledge/person_nouns.txt)

    def demanded(self, tok: Token, pattern: Pattern | None):
        """"declared that China must drop barriers": a demand (CAMEO 10) by the speaker on the clause's subject."""
        if tok.dep_ != "ccomp" or tok.pos_ not in ("VERB", "AUX") or tok.head.lemma_.lower() not in SAY_VERBS:
            return None
        if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children):
            return None
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        sources = self.subjects(tok.head)
        if not subj or not sources:
            return None
        inner = pattern.cameo if pattern else ""
        code = DEMAND_CODES.get(inner[:3]) or DEMAND_CODES.get(inner[:2]) or "100"
        return Pattern(tok.lemma_.lower(), "VERB", None, frozenset({"must"}), code, "agent"), sources, self.expand(subj[0])

    def claimed(self, tok: Token):
        """"al-Shabab claimed responsibility for the attack in Kenya", "the US claimed that they had attacked
        Iraq": a claim of responsibility (CAMEO 015) by the claimer, against the target of the act claimed
        (or, where that act names none, an actor named in its phrase: the place of an attack is attacked).
        The act claimed must be the claimer's own: "claimed that Russia had attacked" is an accusation."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in CLAIM_VERBS:
            return None
        sources = self.subjects(tok)
        if not sources:
            return None
        own = {self.actor_at(s) for s in sources} - {None}
        acts = [g for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in CLAIM_NOUNS
                for p in o.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ in ("pobj", "pcomp")]
        for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
            subj = [c for c in clause.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ == "PRON" and self.actor_at(subj[0]) in own | {None}:
                acts.append(clause)
        for act in acts:
            inner = self.match(act)
            if inner is None and act.pos_ == "NOUN":  # "responsibility for the attack": no partner needed
                inner = next((p for p in self.table.get((act.lemma_.lower(), "NOUN"), []) if not p.keywords), None)
            if inner is None or inner.cameo[:2] not in RESPONSIBILITY_ROOTS:
                continue
            targets = self.targets(act, inner)
            if not targets:
                named = [t for t in act.subtree if t.i > act.i and self.coded(t) and self.actor_at(t) not in own]
                targets = self.expand(named[0]) if named else []
            return Pattern(tok.lemma_.lower(), "VERB", None, frozenset(CLAIM_NOUNS), "015", "agent"), sources, targets
        return None

    def giver(self, verb: Token) -> list[Token]:
        """Who does what the subject receives or faces: "faced criticism from Uganda", "came under pressure
        from Congress". The "from" or "by" phrase may hang on the verb, its object, or the noun after "under"."""
        holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        holders += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children if g.dep_ == "pobj"]
        for holder in holders:
            for prep in (c for c in holder.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    return self.expand(pobj)
        return []

    def consumed(self, tok: Token, pattern: Pattern) -> bool:
        """An event noun that is the object of a coded verb belongs to the verb's event: "lift the sanctions"
        (easing, not sanctioning), "ratified an agreement", "attend a summit"."""
        if pattern.pos != "NOUN":
            return False
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
            verb = tok.head.head  # "engaged the rebels in a firefight"
        else:
            return False
        governing = self.match(verb)
        if governing is None:
            return False
        if governing.keywords & {tok.lemma_.lower(), tok.lower_}:
            return True  # the verb's pattern names this noun: "lifted the sanctions", "opened fire on"
        if tok.dep_ == "dobj" and governing.cameo.startswith(JUDGING_CODES + COUNTERING_CODES):
            return True  # "blamed the protests on X", "rejected talks", "dispersed the protest": not the subject's own act
        # a light verb only carries the noun's event ("held talks"); another verb makes its own
        return tok.dep_ == "dobj" and verb.lemma_.lower() not in LIGHT_VERBS and pattern.roles == "mutual"

    def passive_patient(self, tok: Token, pattern: Pattern) -> bool:
        """A passive verb whose agent, if any, names no actor: "were killed by an IED", "has been accused of"."""
        if tok.pos_ != "VERB" or patient_of(tok) is None:
            return False
        return pattern.cameo[:2] in UNKNOWN_SOURCE_ROOTS

    # -- assembly -------------------------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        from telex.cameo import lookup

        events: list[Event] = []
        seen = set()
        for tok in self.doc:
            if tok.pos_ not in ("VERB", "NOUN", "PROPN", "AUX"):
                continue
            pattern = self.match(tok)
            agreed = pattern is None and (pattern := self.agreed_act(tok)) is not None  # "agreed to build a pipeline"
            demand = (self.demanded(tok, pattern) or self.appealed(tok, pattern) or self.claimed(tok) or self.endorsed(tok, pattern)
                      or self.told_in_call(tok))
            if demand is not None:
                pattern, sources, targets = demand
            if pattern is None or is_excluded(self.doc, tok.idx, tok.idx + len(tok)):
                continue
            if (demand is None or tok.lemma_.lower() in ASKING_VERBS) and self.asker(tok) is not None:
                # "pressed the president to help Iran": the help is asked for, done by no one; so is an appeal asked
                # of another ("urged China to press Russia": China has pressed no one; written probe ev12: 1)
                continue
            if demand is None and (self.naming(tok, pattern) or self.audience(tok, pattern) or self.intent_told(tok, pattern)
                                   or self.court_appeal(tok) or self.fell(tok) or self.helped_act(tok)
                                   or self.beaten_at_the_polls(tok) or self.match_result(tok) or self.in_protest(tok, pattern)
                                   or self.hazard_warning(tok, pattern) or self.shown(tok, pattern) or charges_money(tok)):
                continue  # "called the deal a disaster": no phone call; "told a rally": no protest; "appealed the ruling"; "prices declined"; "helped negotiate"; "can beat Clinton"; "beat Ajax 3-1"; "in protest"; "a storm warning"; "demonstrated its resolve"; "charged users a fee"
            if demand is None:
                pattern = self.arriving_forces(tok, self.criticism(tok, self.no_comment(tok, self.denial(tok, pattern))))
                if not pattern.cameo:
                    continue  # "troops arrived in X": a deployment whose purpose is untold, no visit
            if demand is None and (self.consumed(tok, pattern) or reduced_relative(tok) or self.comment_refused(tok)):
                continue  # a participle describing its noun ("the civilians imprisoned for ...") is no event of its own
            is_verb = pattern.pos == "VERB"
            judges_force = False  # "condemned the attack", its doer not named: criticism with no target (event_fit.CRITICISM_CODE)
            if demand is None:
                sources = self.subjects(tok) if is_verb else self.noun_sources(tok)
                if any(s.lemma_.lower() in MISHAP_NOUNS and self.actor_at(s) is None for s in sources):
                    continue  # "victims killed by the airliner crash": no one's act, whoever's plane it was
                judged = self.judged_act(tok, pattern)  # "condemned the attack on peacekeepers": its doer, not its victim
                targets = self.targets(tok, pattern) if judged is None else judged
                judges_force = judged == [] and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in FORCE_NOUNS for c in tok.children)
                sources = self.other_side(tok, sources, targets)  # "exchanged fire, killing a Cambodian soldier"
                if not targets and pattern.roles == "patient" and is_verb:
                    targets = self.giver(tok)
                if not targets:
                    targets = self.criticised(tok, pattern, self.sentence_of(tok))
                if not targets and pattern.cameo.startswith(POSTURE_ROOT) and sources and sources[0] is not None:
                    targets = self.posture_target(tok, self.code_of(sources[0])[1] or "")  # "massed troops near X"
                partners = self.joint_exercise(tok, pattern, sources)
                if partners is not None:  # "Seoul and Washington held joint drills": cooperation, each with the other
                    pattern, targets = Pattern(pattern.lemma, "VERB", None, pattern.keywords, MILITARY_COOPERATION_CODE, "mutual"), partners
                if shows_force(tok, pattern, targets):
                    pattern, targets = Pattern(pattern.lemma, "VERB", None, pattern.keywords, SHOW_OF_FORCE_CODE, "agent"), []
            if not targets and tok.lemma_.lower() in NEEDS_OBJECT:
                continue
            if agreed and not targets:  # "Nigeria and Ghana agreed to build": each with the other; "Trump agreed to pay": no one
                if len(sources) < 2:
                    continue
                targets = sources
            if pattern.roles == "patient" and is_verb:
                sources, targets = targets, sources
            if not targets and len(sources) > 1 and is_verb and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in MUTUAL_GOVERNORS:
                targets = sources  # "Peru and Bolivia agreed to share information": each with the other
            if pattern.roles == "mutual" and pattern.keywords:
                # "Kyrgyz and Tajik troops exchanged fire": the keyword object is what they do to each other, not a party
                targets = [t for t in targets if t.lemma_.lower() not in pattern.keywords or self.actor_at(t)]
            if len(sources) > 1 and reciprocal_object(tok):
                targets = sources  # "India and Pakistan fought each other", "accused one another": each the other
            elif pattern.roles in ("mutual", "reciprocal") and len(sources) > 1 and all(self.code_of(t) == (None, None) for t in targets):
                # "Israel and the Palestinians reached a consensus", "Indian and Pakistani troops clashed": each with the others
                targets = sources
            parties = self.between(tok) if pattern.pos == "NOUN" and pattern.roles == "mutual" else []
            if pattern.pos == "NOUN" and pattern.roles == "mutual" and (not sources or len(parties) > 1) and len(targets) > 1:
                # "the call between Austin and Shoigu", "worked to arrange a meeting between A and B": the parties
                # are those named between, not whoever arranged it (Wikinews audit: 3 of 3 such pairs wrong)
                sources, targets = targets[:1], targets[1:]
            modality = "asserted" if demand is not None else self.modality(tok)
            if modality == "hypothetical" and not is_verb:
                continue  # "fears of a broader fight": a state of affairs imagined, not an event
            code, modality, negated = self.coded_as(tok, pattern.cameo, modality)
            if code.startswith(PROPERTY_DAMAGE_CODE) and any(s is not None and s.lemma_.lower() in PROTESTER_NOUNS for s in sources):
                code = RIOT_CODE  # "rioters torched police stations": a violent protest (CAMEO 145), not a seizure (171)
            if modality == "intended" and demand is None and self.purpose(tok) and not targets and pattern.cameo[:2] in NEEDS_TARGET:
                continue  # "approved a loan to support its health sector": a purpose aimed at no one is no intent of its own
            unknown_source = demand is None and is_verb and pattern.roles == "agent" and self.passive_patient(tok, pattern)
            if unknown_source and modality not in ("asserted",):
                unknown_source = False  # "officials would be indicted": no event to speak of yet
            if unknown_source and all(self.code_of(s) == (None, None) for s in sources):
                # "three servicemen were killed (by a bomb)": done to them, by someone unnamed; unless they were
                # another country's forces killed on foreign soil, where whoever fought them is that country's
                sources = self.host_fighters(tok, code, targets) or sources or [None]
            pairs = []
            for s in sources:
                s_id, s_code = self.code_of(s) if s is not None else (None, None)
                if s_code is None and s_id is None and not unknown_source and not self.home_sector(s):
                    continue  # (police or government forces named by no country may take their target's: see home_force below)
                for t in targets or [None]:
                    t_id, t_code = self.code_of(t) if t is not None else (None, None)
                    t_code = None if t is not None and self.borrowed_country(t, t_id, s_id, s_code, code) else t_code
                    if t is not None and t_code is None and s_code and s_code[:3].isalpha():
                        t_code = self.group_target(tok, t, s_code, sources, code)
                    if s is not None and s_code is None and (s_id is None or self.home_sector(s)):
                        s_code = self.home_force(s, t, t_code)  # "X was beaten by police", "police detained two Kenyan activists"
                        if s_code is None and s_id is None and not unknown_source:
                            continue
                    if s is not None and s_code is None and s_id is not None:
                        s_code = home_source(self.actors.get(s_id), s, t, t_code, code, self.kb.countries)  # "students protested against the Kenyan president"
                    if t is s or (t is not None and s_id is not None and t_id == s_id):
                        continue
                    if t is not None and t_id is None and s_code and len(s_code) == 3 and t_code == s_code and self.several_countries(sources):
                        continue  # "Egypt and Sudan agreed ... and allowed Egyptian deployments": Sudan allowed them, Egypt not itself
                    if t is not None and s_code and t_code and s_code[:3] == t_code[:3] and s_code[3:6] in ("", "GOV") and self.guessed_state_body(t):
                        t_id, t_code = None, None  # "Russia urged the government to act": a guessed government is not the speaker's own
                    if t_code is None and t_id is None:  # the thing imposed or lifted ("martial law") names no one
                        named = t is not None and not ({t.lemma_.lower(), t.lower_} & pattern.keywords)
                        # a protest read off another act ("rioters torched a station": 145) is aimed at home as one named
                        t_code = at_home(s, s_code, code if code.startswith(PROTEST_ROOT) else pattern.cameo, named=named) or t_code
                    if t_code is None and t_id is None and not stands_alone(code, s_code, tok, judges_force) and (code[:2] in NEEDS_TARGET or pattern.cameo[:2] in INTENT_NEEDS_TARGET or (s_code is None and s_id is None)):
                        if s is not None and s_code and modality == "asserted" and code.startswith(FORCE_ACT_ROOTS):
                            # no event, but its doer may be condemned for it: "jets bombed a market. Germany condemned the bombing"
                            self.acts.append((tok.lemma_.lower(), self.sentence_of(tok), s, code))
                        continue
                    if s_code is None and t_code is None:
                        continue  # "Barr refused to hand over the documents", "who want me": no side is coded, no coded event
                    if unfit_source(code, self.actors.get(s_id or ""), s_code, tok.lemma_.lower(), any(c.dep_ in ("xcomp", "ccomp") for c in tok.children), source=s,
                                    noun=not is_verb):
                        continue  # "Smith retreated to his ranch", "the airline offers flights", "57 percent of voters oppose": no state's act
                    if code.startswith(CONSULT_ROOT) and (self.media(t_id, t_code) or self.media(s_id, s_code)):
                        continue  # "spoke to reporters", "not authorised to speak to the media": a statement, not consultation
                    s_id = s_id or self.phrase_actor(s, s_code)
                    t_id = t_id or self.phrase_actor(t, t_code)
                    pairs.append(((s, s_id, s_code), (t, t_id, t_code)))
                    if pattern.roles == "mutual" and t is not None and t_code and s_code and not (modality == "intended" and len(parties) < 2) and not code.startswith(REFUSAL_ROOT):
                        # "Iran agreed to resume talks with the IAEA": the intent is the subject's, the partner stated
                        # none; talks between two named parties that are to be held are both parties' still; a
                        # meeting refused ("refused to meet X", 125) is the refuser's alone
                        pairs.append(((t, t_id, t_code), (s, s_id, s_code)))
            if not pairs:
                continue
            sent = self.sentence_of(tok)
            reported_by = self.reporter(tok)
            if reported_by and modality == "asserted":
                modality = "reported"
            info = lookup(code)
            plover = _plover(code)
            for (s, s_id, s_code), (t, t_id, t_code) in pairs:
                key = (s_id or s_code, t_id or t_code, code, sent)
                if key in seen:
                    continue
                seen.add(key)
                if s is not None and s_code:
                    self.acts.append((tok.lemma_.lower(), sent, s, code))
                start, end = self.evidence_span(tok, (s, t, *self.objects(tok)), sent)
                confidence = CONFIDENCE_BASE
                confidence += CONFIDENCE_TARGET if (t_id or t_code) else 0
                confidence += CONFIDENCE_SPECIFIC if pattern.specificity else 0
                confidence += CONFIDENCE_ASSERTED if modality == "asserted" else 0
                confidence -= max((CONFIDENCE_INFERRED.get(self.country_basis.get(a or ""), 0.0) for a in (s_id, t_id)), default=0.0)
                events.append(
                    Event(
                        source=s_id,
                        target=t_id,
                        source_code=s_code,
                        target_code=t_code,
                        cameo=code,
                        plover=plover,
                        goldstein=info.goldstein if info else None,
                        quad_class=info.quad_class if info else None,
                        date=self.date_for(tok, sent, code, modality),
                        place=self.place_for(sent, (s, t), tok),
                        amounts=self.amounts_for(tok, (self.sents[sent].start_char, self.sents[sent].end_char)),
                        negated=negated,
                        modality=modality,
                        reported_by=reported_by,
                        evidence=Evidence(span=(start, end), sentence=sent),
                        confidence=round(min(confidence, 0.95), 2),
                    )
                )
        kept = prune(events)
        used = {a for e in kept for a in (e.source, e.target)}
        if any(a in used for a in self.phrase_actors):
            self.doc._.telex_actors = [*(self.doc._.telex_actors or ()), *(a for a in self.phrase_actors.values() if a.id in used)]
        return kept

    def several_countries(self, sources: list[Token | None]) -> bool:
        """Whether coordinated sources are of more than one country ("Egypt and Sudan", not "two US groups")."""
        return len({code[:3] for code in (self.code_of(s)[1] for s in sources if s is not None) if code}) > 1

    def media(self, actor_id: str | None, code: str | None) -> bool:
        """Whether a side is the press: a media code, or a news outlet of no country, which has no code ("Wikinews")."""
        return (code or "").endswith(MEDIA_SECTOR) or MEDIA_SECTOR in getattr(self.actors.get(actor_id or ""), "sectors", ())

    def phrase_actor(self, tok: Token | None, code: str | None) -> str | None:
        """An actor for a participant coded from its own words ("Police in Bangladesh" -> BGDCOP), so
        that every coded side of an event is an actor with a name: the country's actor for a bare
        country code, else a group or organisation named by the noun phrase."""
        if tok is None or not code:
            return None
        iso = code[:3] if code[:3] in self.kb.countries else None
        if not self.actor_noun(tok):
            # "the spectacle of Mr. Netanyahu denouncing ...", "Biden's plan", "a Trump lawsuit", "declared
            # victory": a thing is no actor; the one it is of, else its country, stands for it
            owner = self.owner(tok)
            if owner is not None and self.actor_at(owner):
                return self.actor_at(owner)
            if iso:
                code = iso
        if iso and len(code) == 3:
            found = next((a for a in self.actors.values() if a.kind == "country" and a.country == iso), None)
            if found is not None:
                return found.id
        name = self.doc[self.phrase_start(tok).i:tok.i + 1].text if not iso or len(code) > 3 else self.kb.countries[iso].name
        key = (name.lower(), code)
        if key not in self.phrase_keys:
            numbers = [int(a.id[1:]) for a in [*self.actors.values(), *self.phrase_actors.values()] if a.id[1:].isdigit()]
            kind = "country" if iso and len(code) == 3 else "group" if tok.tag_ in ("NNS", "NNPS") else "org"
            sectors = [code[i:i + 3] for i in range(3, len(code), 3)] if iso else [code[:3]]
            actor = Actor(
                id=f"a{max(numbers, default=0) + 1}", name=name, kind=kind, country=iso,
                code=None if iso else code[3:] or code, sectors=sectors,
                mentions=[(self.phrase_start(tok).idx, tok.idx + len(tok))],
            )
            self.phrase_actors[actor.id] = actor
            self.phrase_keys[key] = actor.id
        return self.phrase_keys[key]


#: Acts done at home, to the actor's own country when no target is named: concessions (easing
#: restrictions, lifting a curfew or state of emergency, 081x; resigning or reforming, 083x) and their
#: opposites that only a state's own territory can be put under, a curfew (1723) and a state of
#: emergency or martial law (1724): "the government imposed martial law".
DOMESTIC_CODES = ("081", "083", "1723", "1724")


#: Protests, strikes and riots (CAMEO 14) by people rather than by a state are aimed, when they name no
#: one, at the authorities of the protesters' own country: "Egyptian demonstrators rioted", "landowners
#: began a hunger strike outside parliament". A state's protest ("China protested") is not aimed at itself.
PROTEST_ROOT = "14"
#: Property seized or destroyed (CAMEO 171) by protesters or rioters is a violent protest: CAMEO 145 "riot or
#: protest violently" names property destruction among its forms (written probe ev12: 1, "rioters torched").
PROPERTY_DAMAGE_CODE = "171"
RIOT_CODE = "145"
PROTESTER_NOUNS = frozenset("protester protestor demonstrator rioter mob marcher".split())


def code_domestic(code: str) -> bool:
    return code.startswith(DOMESTIC_CODES)


def at_home(source: Token | None, s_code: str | None, code: str, named: bool = False) -> str | None:
    """The source's own country as the target of an act that names no actor as its target, where the act
    is done at home: a concession or a curfew ("Bashir shortened the curfew", "Shevardnadze resigned";
    only when no target is named at all) or a protest by people, not the state ("students protested against fees")."""
    if source is None or not s_code or not s_code[:3].isalpha() or s_code.startswith(("IGO", "NGO")):
        return None
    if code_domestic(code) and not named:
        return s_code[:3]
    if code.startswith(PROTEST_ROOT) and (source.pos_ == "NOUN" or source.ent_type_ == "NORP") and s_code[3:6] not in STATE_SECTORS:
        # people named by their nationality protest too: "Israelis demonstrated in Tel Aviv" (the parser tags them PROPN)
        return s_code[:3]
    return None


def _plover(code: str) -> Plover | None:
    """PLOVER type and mode of a CAMEO code, from the code or its nearest parent that has one."""
    from telex.cameo import lookup

    while code:
        try:
            info = lookup(code)
        except KeyError:
            return None
        if info.plover_type:
            return Plover(type=info.plover_type, mode=info.plover_mode)
        code = code[:-1] if len(code) > 2 else ""
    return None


def find_events(doc: Doc) -> list[Event]:
    return EventFinder(doc).run()


@Language.factory(
    "telex_events",
    requires=["doc._.telex_actors", "doc._.telex_actor_of", "doc._.telex_quotes", "token.dep"],
    assigns=["doc._.telex_events"],
    default_config={},
)
def make_events(nlp: Language, name: str):
    return EventStage()


class EventStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.telex_events = find_events(doc)
        return doc
