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
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from telex.errors import ConfigError
from telex.kb import get_kb
from telex.knowledge import data_lines
from telex.records import Actor, DateValue, Event, EventPlace, Evidence, Plover
from telex.stages.event_policy import prune
from telex.stages.event_roles import NP_WINDOW, TALK_NOUNS, TARGET_PREPS, CONTENT_PREPS, LIGHT_VERBS, Roles, actor_code, carried_preps  # noqa: F401
from telex.stages.furniture import is_excluded

for _name in ("telex_events", "telex_actors", "telex_actor_of", "telex_quotes", "telex_dates", "telex_places", "telex_amounts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)




#: Nouns that make what depends on them hypothetical ("fears that the war will spill over").
HYPOTHETICAL_NOUNS = frozenset("fear risk danger possibility prospect threat".split())

#: CAMEO roots that need a target: consulting, cooperating, yielding, criticising, cutting ties,
#: assaulting and fighting are done to someone. Without one the event is too vague to code.
NEEDS_TARGET = frozenset({"04", "05", "06", "08", "11", "16", "18", "19", "20"})



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

#: Auxiliaries and governing verbs that make an event intended or hypothetical rather than asserted.
INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must", "can"})
INTENT_VERBS = frozenset("plan intend want aim agree promise pledge vow threaten offer prepare decide hope expect seek".split())
INTENT_ADJS = frozenset("willing ready prepared determined set eager poised".split())
#: Verbs that make what coordinated subjects undertake in their complement a joint act:
#: "Peru and Bolivia agreed to share information" is sharing between them.
MUTUAL_GOVERNORS = frozenset("agree consent".split())
#: Verbs whose complement is asked for or turned down, not done: "urged the Senate to approve", "refused to lift".
UNREALISED_VERBS = frozenset("urge ask call appeal press demand request plead refuse reject decline".split())
#: Verbs of saying whose "must" clause is a demand on its subject ("declared that China must drop barriers").
SAY_VERBS = frozenset("say declare reiterate state insist conclude tell announce stress warn repeat add".split())
#: A demand coded by what is demanded (CAMEO 10x), from the code of the act demanded.
DEMAND_CODES = {"06": "101", "07": "103", "08": "105", "084": "1053", "087": "1056", "081": "1051",
                "085": "1054", "086": "1055", "04": "106", "03": "100", "05": "102"}
HYPOTHETICAL_VERBS = frozenset("fear risk avoid prevent consider".split())
#: Verbs that make an appeal when what is wanted is someone else's act: "Obama wants Putin to attack".
APPEAL_VERBS = frozenset("want wish".split())
#: An appeal coded by what is asked for (CAMEO 02x), from the code of the act wanted.
APPEAL_CODES = {"06": "021", "05": "022", "07": "023", "08": "025", "04": "026", "03": "022"}

#: Verbs that claim an act as one's own: "claimed responsibility for the bombing", "claimed that
#: they had attacked". A claim of responsibility is CAMEO 015, against whom the act claimed was done.
CLAIM_VERBS = frozenset("claim admit acknowledge".split())
#: Nouns that name what is claimed as the act itself ("claimed responsibility for", "took credit for").
CLAIM_NOUNS = frozenset("responsibility credit".split())
#: Acts one claims responsibility for: coercion, assaults, fighting, mass violence (CAMEO 17-20).
#: "claimed that they had won" or "had agreed" is a statement, not a claim of responsibility.
RESPONSIBILITY_ROOTS = frozenset({"17", "18", "19", "20"})

#: A material act announced as intent is coded as the intent (CAMEO 03x), not as the act.
INTENT_CODES = {"06": "031", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "0334",
                "07": "033", "08": "035", "04": "036", "05": "032", "081": "0351", "0813": "0351",
                "084": "0353", "0841": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
                "0874": "0356", "14": "133", "140": "133", "141": "133", "143": "133", "166": "136",
                # a coercive act announced is a threat of it (CAMEO 13)
                "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "17": "137",
                "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
                "18": "137", "19": "138", "190": "1384", "192": "1382", "195": "1384", "20": "1383"}

#: A concession refused is coded as the refusal (CAMEO 124x), from the code of the concession.
REFUSAL_CODES = {"081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246"}
#: Verbal acts that are performed by the act they are the purpose of: "went on strike to protest the
#: arrests" protests, "marched to demand reforms" demands (CAMEO 01 statements, 02 appeals, 10 demands,
#: 11 disapproval, 14 protest).
PERFORMED_ROOTS = frozenset({"01", "02", "10", "11", "14"})

#: Base confidence, and what each piece of evidence adds. Set by hand on the seed article: an event
#: with both actors resolved and a specific pattern is rarely wrong there; one with no target often is.
CONFIDENCE_BASE = 0.4
CONFIDENCE_TARGET = 0.25
CONFIDENCE_SPECIFIC = 0.15
CONFIDENCE_ASSERTED = 0.1
#: Taken off when an actor's country was inferred, not stated ("President Museveni ... Ugandan
#: opposition": see telex.stages.actors.infer_countries), by how it was inferred.
CONFIDENCE_INFERRED = {"phrase": 0.0, "sentence": 0.1, "article": 0.15}


@dataclass(frozen=True)
class Pattern:
    lemma: str
    pos: str
    prep: str | None
    keywords: frozenset[str]
    cameo: str
    roles: str

    @property
    def specificity(self) -> int:
        return 2 * bool(self.keywords) + bool(self.prep)


def _read_patterns(lines, origin: str, table: dict) -> None:
    for number, line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 5:
            raise ConfigError(f"{origin} line {number}: expected lemma, pos, prep, keyword, cameo[, roles]")
        lemma, pos, prep, keyword, cameo = cells[:5]
        roles = cells[5] if len(cells) > 5 and cells[5] else "agent"
        if pos not in ("VERB", "NOUN") or roles not in ("agent", "mutual", "patient") or not cameo.isdigit():
            raise ConfigError(f"{origin} line {number}: bad pos, roles or CAMEO code")
        words = frozenset(k for k in keyword.split("|") if k and k != "-")
        pattern = Pattern(lemma.lower(), pos, None if prep == "-" else prep.lower(), words, cameo, roles)
        bucket = table.setdefault((pattern.lemma, pos), [])
        bucket[:] = [p for p in bucket if (p.prep, p.keywords) != (pattern.prep, pattern.keywords)]
        bucket.append(pattern)


@lru_cache(maxsize=4)
def patterns(extra: str = "") -> dict[tuple[str, str], list[Pattern]]:
    """The pattern table: built-in rows, then the user's files (``TELEX_EVENT_PATTERNS``)."""
    table: dict[tuple[str, str], list[Pattern]] = {}
    _read_patterns(data_lines("event_patterns.tsv"), "knowledge/event_patterns.tsv", table)
    for name in filter(None, extra.split(os.pathsep)):
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"TELEX_EVENT_PATTERNS: cannot read {path}: {exc.strerror}") from exc
        lines = [(n, l) for n, l in enumerate(text.splitlines(), 1) if l.strip() and not l.lstrip().startswith("#")]
        _read_patterns(lines, str(path), table)
    return table


class EventFinder(Roles):
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

    # -- matching -------------------------------------------------------------------------------------
    def match(self, tok: Token) -> Pattern | None:
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
        if pos is None:
            return None
        keys = [(tok.lemma_.lower(), pos), (tok.lower_, pos)]
        if pos == "NOUN":
            keys.reverse()  # a noun's own form first: "talks" (negotiations) is not "talk"
        candidates = self.table.get(keys[0]) or self.table.get(keys[1])
        if not candidates:
            return None
        preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "agent", "dative")}
        preps |= {c.lower_ for c in carried_preps(tok)} if pos == "NOUN" else set()
        if pos == "VERB":  # "shared evidence with the US": a partner attached to the object is the verb's
            preps |= {c.lower_ for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.i > o.i}
        words = self.argument_words(tok)
        best = None
        for p in candidates:
            if p.prep and p.prep not in preps:
                continue
            if p.keywords and not (p.keywords & words):
                continue
            if best is None or p.specificity > best.specificity:
                best = p
        return best

    def argument_words(self, tok: Token) -> set[str]:
        """Lemmas and forms in the predicate's objects, prepositional phrases and infinitive complements."""
        words = set()
        for child in tok.children:
            if child.dep_ == "nsubjpass" and tok.pos_ == "VERB":
                # "prisoners were released": the patient is the object (its head and modifiers, not its clauses)
                words.update(w for t in child.subtree if t.i <= child.i for w in (t.lemma_.lower(), t.lower_))
                continue
            if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc", "conj", "advmod", "mark"):
                continue
            for t in child.subtree:
                words.add(t.lemma_.lower())
                words.add(t.lower_)
        return words

    # -- modality, negation, speech -----------------------------------------------------------------------
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
        if self.wanted_of(pred) is not None:
            return "hypothetical"  # "wants Putin to attack": wanted by one, not done by the other
        chain = [pred]
        tok = pred
        # the verb chain the predicate belongs to: "would send", "plans to visit", "held talks"
        while tok.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "acomp") and tok.head.i != tok.i and len(chain) < 5:
            tok = tok.head
            chain.append(tok)
        for t in chain:
            for c in t.children:
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
        return "asserted"

    def purpose(self, pred: Token) -> bool:
        """Whether the predicate is the purpose of another act ("sent troops to support", "staged a strike
        to protest"): aimed at, but stated by no one as an intention."""
        before = next((t for t in reversed(self.doc[max(pred.i - 3, 0) : pred.i]) if not t.is_punct and not t.is_quote), None)
        purpose = pred.dep_ in ("advcl", "conj") or (pred.dep_ == "xcomp" and pred.head.lemma_.lower() in SAY_VERBS)
        return purpose and before is not None and before.lower_ == "to"

    def negated(self, pred: Token) -> bool:
        for t in (pred, pred.head if pred.dep_ in ("xcomp", "dobj") else None):
            if t is None:
                continue
            if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in t.children):
                return True
        return False

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
        yield (CAMEO 124x), asserted, not a negated concession. An act intended is coded as the intent
        (CAMEO 03x, 13x: "will send troops", "sent troops to support"), but a verbal act done by way of
        another ("staged a strike to protest", "marched to demand") is thereby done.
        """
        negated = self.negated(pred)
        if negated and modality != "hypothetical" and code.startswith("08"):
            return REFUSAL_CODES.get(code[:3], "124"), "asserted", False
        if modality == "intended" and code[:2] in PERFORMED_ROOTS and self.purpose(pred):
            return code, "asserted", negated
        if modality == "intended":
            code = INTENT_CODES.get(code) or INTENT_CODES.get(code[:2]) or code
        return code, modality, negated

    # -- context -----------------------------------------------------------------------------------------------
    def sentence_of(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def in_clause(self, tok: Token, pred: Token) -> bool:
        """Whether ``tok`` belongs to the predicate's own clause: its head chain reaches the predicate
        (or the verb carrying it) before any other verb."""
        anchors = {pred.i}
        if pred.pos_ in ("NOUN", "PROPN"):
            head = pred.head
            while head.pos_ in ("ADP", "NOUN", "PROPN") and head.head.i != head.i:
                head = head.head
            anchors.add(head.i)
        for _ in range(10):
            if tok.i in anchors:
                return True
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
                # another clause with its own subject is another event's; a subjectless purpose or
                # infinitive clause ("spoke ... on Tuesday to push for") shares the predicate's time
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ in ("ccomp", "relcl", "acl"):
                    return False
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def date_for(self, pred: Token, sent: int) -> DateValue | None:
        s = self.sents[sent]
        best = None
        for d in self.doc._.telex_dates or []:
            if not (s.start_char <= d.span[0] < s.end_char) or d.precision in ("duration", "reference"):
                continue
            span = self.doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
            if span is None or not self.in_clause(span.root, pred):
                continue
            distance = abs(d.span[0] - pred.idx)
            if best is None or distance < best[0]:
                best = (distance, d)
        if best is not None:
            return DateValue(value=best[1].value, precision=best[1].precision, text=best[1].text)
        if self.published is not None:
            return DateValue(value=self.published.isoformat(), precision="publication", text=None)
        return None

    def place_for(self, sent: int) -> EventPlace | None:
        s = self.sents[sent]
        for p in self.doc._.telex_places or []:
            if s.start_char <= p.span[0] < s.end_char and p.feature != "continent":
                return EventPlace(name=p.name, country=p.country, lat=p.lat, lon=p.lon)
        return None

    def amounts_for(self, pred: Token, span: tuple[int, int]):
        return [a for a in self.doc._.telex_amounts or [] if span[0] <= a.span[0] < span[1]]

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

    def wanted_of(self, comp: Token) -> Token | None:
        """"Obama wants Putin to attack": for the wanted act ("attack"), whom it is wanted of ("Putin")."""
        head = comp.head
        if comp.dep_ not in ("xcomp", "ccomp") or head.i == comp.i or head.lemma_.lower() not in APPEAL_VERBS or head.pos_ != "VERB":
            return None
        if comp.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            return None
        own = [c for c in comp.children if c.dep_ == "nsubj"]
        obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        found = own[0] if own and comp.dep_ == "ccomp" else obj[0] if obj and comp.dep_ == "xcomp" else None
        return found

    def appealed(self, tok: Token):
        """"Obama wants Putin to attack Switzerland": an appeal (CAMEO 02) by the one who wants, to the one wanted of."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in APPEAL_VERBS:
            return None
        for comp in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
            addressee = self.wanted_of(comp)
            if addressee is None:
                continue
            sources = self.subjects(tok)
            if not sources:
                return None
            inner = self.match(comp)
            code = inner.cameo if inner else ""
            code = APPEAL_CODES.get(code[:2], "020")
            return Pattern(tok.lemma_.lower(), "VERB", None, frozenset(), code, "agent"), sources, self.expand(addressee)
        return None

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
        # a light verb only carries the noun's event ("held talks"); another verb makes its own
        return tok.dep_ == "dobj" and verb.lemma_.lower() not in LIGHT_VERBS and pattern.roles == "mutual"

    def passive_patient(self, tok: Token, pattern: Pattern) -> bool:
        """A passive verb whose agent, if any, names no actor: "were killed by an IED", "has been accused of"."""
        if tok.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in tok.children):
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
            demand = self.demanded(tok, pattern) or self.appealed(tok) or self.claimed(tok)
            if demand is not None:
                pattern, sources, targets = demand
            if pattern is None or is_excluded(self.doc, tok.idx, tok.idx + len(tok)):
                continue
            if demand is None and self.consumed(tok, pattern):
                continue
            is_verb = pattern.pos == "VERB"
            if demand is None:
                sources = self.subjects(tok) if is_verb else self.noun_sources(tok)
                if any(s.lemma_.lower() in MISHAP_NOUNS and self.actor_at(s) is None for s in sources):
                    continue  # "victims killed by the airliner crash": no one's act, whoever's plane it was
                targets = self.targets(tok, pattern)
                if not targets and pattern.roles == "patient" and is_verb:
                    targets = self.giver(tok)
            if pattern.roles == "patient" and is_verb:
                sources, targets = targets, sources
            if not targets and len(sources) > 1 and is_verb and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in MUTUAL_GOVERNORS:
                targets = sources  # "Peru and Bolivia agreed to share information": each with the other
            if pattern.roles == "mutual" and pattern.keywords:
                # "Kyrgyz and Tajik troops exchanged fire": the keyword object is what they do to each other, not a party
                targets = [t for t in targets if t.lemma_.lower() not in pattern.keywords or self.actor_at(t)]
            if pattern.roles == "mutual" and not targets and len(sources) > 1:
                targets = sources  # "Israel and the Palestinians reached a consensus": each with the others
            if not sources and pattern.pos == "NOUN" and pattern.roles == "mutual" and len(targets) > 1:
                sources, targets = targets[:1], targets[1:]  # "the call between Austin and Shoigu"
            modality = "asserted" if demand is not None else self.modality(tok)
            if modality == "hypothetical" and not is_verb:
                continue  # "fears of a broader fight": a state of affairs imagined, not an event
            code, modality, negated = self.coded_as(tok, pattern.cameo, modality)
            unknown_source = demand is None and is_verb and pattern.roles == "agent" and self.passive_patient(tok, pattern)
            if unknown_source and modality not in ("asserted",):
                unknown_source = False  # "officials would be indicted": no event to speak of yet
            if unknown_source and not sources:
                sources = [None]  # "three servicemen were killed": done to them, by someone unnamed
            pairs = []
            for s in sources:
                s_id, s_code = self.code_of(s) if s is not None else (None, None)
                if s_code is None and s_id is None and not unknown_source:
                    continue
                for t in targets or [None]:
                    t_id, t_code = self.code_of(t) if t is not None else (None, None)
                    if t is not None and t_code is None and s_code and s_code[:3].isalpha():
                        sector = self.sector_of(t)  # "Museveni banned opposition candidates": his own country's
                        t_code = s_code[:3] + sector if sector and not s_code.startswith(("IGO", "NGO")) else None
                    if t is s or (t is not None and s_id is not None and t_id == s_id):
                        continue
                    if t is None and s_code and s_code[:3].isalpha() and not s_code.startswith(("IGO", "NGO")) and code_domestic(pattern.cameo):
                        t_code = s_code[:3]  # "Bashir shortened the curfew", "Shevardnadze resigned": yielded at home
                    if t_code is None and t_id is None and (code[:2] in NEEDS_TARGET or (s_code is None and s_id is None)):
                        continue
                    s_id = s_id or self.phrase_actor(s, s_code)
                    t_id = t_id or self.phrase_actor(t, t_code)
                    pairs.append(((s, s_id, s_code), (t, t_id, t_code)))
                    if pattern.roles == "mutual" and t is not None and t_code and s_code:
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
                        date=self.date_for(tok, sent),
                        place=self.place_for(sent),
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

    def phrase_actor(self, tok: Token | None, code: str | None) -> str | None:
        """An actor for a participant coded from its own words ("Police in Bangladesh" -> BGDCOP), so
        that every coded side of an event is an actor with a name: the country's actor for a bare
        country code, else a group or organisation named by the noun phrase."""
        if tok is None or not code:
            return None
        iso = code[:3] if code[:3] in self.kb.countries else None
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

    #: Dependents that belong to a noun's own phrase on its left: "the European Union", "Rafiq
    #: Chowdhury", "its Kenyan counterpart", "at least 12 soldiers". Not appositions or clauses,
    #: which may reach back over the predicate.
    _PHRASE_LEFT = frozenset({"det", "compound", "flat", "amod", "nmod", "poss", "nummod", "quantmod", "predet", "advmod"})

    def phrase_start(self, tok):
        """The first token of the noun phrase that ``tok`` heads, following only its own left modifiers."""
        first = tok
        for child in tok.lefts:
            if child.dep_ in self._PHRASE_LEFT:
                start = self.phrase_start(child)
                if start.i < first.i:
                    first = start
        return first

    def evidence_span(self, tok, args, sent: int) -> tuple[int, int]:
        """Character span of the predicate and its arguments in sentence ``sent``, each argument whole.

        An argument token stands for its noun phrase, so the evidence reads "the European Union
        imposed sanctions", not "Union imposed sanctions".
        """
        start, end = tok.idx, tok.idx + len(tok)
        for arg in args:
            if arg is None or self.sentence_of(arg) != sent:
                continue
            start = min(start, self.phrase_start(arg).idx)
            end = max(end, arg.idx + len(arg))
        return start, end


#: Concessions made at home, to the actor's own country when no target is named: easing
#: restrictions, lifting a curfew or state of emergency (081x), resigning or reforming (083x).
DOMESTIC_CONCESSIONS = ("081", "083")


def code_domestic(code: str) -> bool:
    return code.startswith(DOMESTIC_CONCESSIONS)


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
