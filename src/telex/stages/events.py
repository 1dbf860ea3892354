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
from telex.stages.furniture import is_excluded

for _name in ("telex_events", "telex_actors", "telex_actor_of", "telex_quotes", "telex_dates", "telex_places", "telex_amounts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: Prepositions whose object is the target when the pattern names none.
TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "into", "between", "of", "at")

#: Prepositions whose object is what is asked for or talked about, never the target ("call for a ceasefire").
CONTENT_PREPS = frozenset({"for", "about"})

#: Nouns of contact whose partner is the target of what is said during it.
TALK_NOUNS = frozenset("call conversation talk talks meeting visit summit discussion".split())

#: Nouns that make what depends on them hypothetical ("fears that the war will spill over").
HYPOTHETICAL_NOUNS = frozenset("fear risk danger possibility prospect threat".split())

#: CAMEO roots that need a target: consulting, cooperating, yielding, criticising, cutting ties,
#: assaulting and fighting are done to someone. Without one the event is too vague to code.
NEEDS_TARGET = frozenset({"04", "05", "06", "08", "11", "16", "18", "19", "20"})

#: Tokens either side of a noun phrase's head searched for its country ("students throughout Indonesia").
NP_WINDOW = 6

#: Verbs that carry an event noun: "held talks", "launched an attack", "ramped up talks".
LIGHT_VERBS = frozenset("hold have launch make conduct begin start resume ramp step continue stage mount open".split())

#: Auxiliaries and governing verbs that make an event intended or hypothetical rather than asserted.
INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must", "can"})
INTENT_VERBS = frozenset("plan intend want seek aim agree promise pledge vow threaten offer prepare decide try hope expect".split())
HYPOTHETICAL_VERBS = frozenset("fear risk avoid prevent consider".split())

#: A material act announced as intent is coded as the intent (CAMEO 03x), not as the act.
INTENT_CODES = {"06": "031", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "0334",
                "07": "033", "08": "034", "04": "036",
                # a coercive act announced is a threat of it (CAMEO 13)
                "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "17": "137",
                "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
                "18": "137", "19": "138", "190": "1384", "192": "1382", "195": "1384", "20": "1383"}

#: Base confidence, and what each piece of evidence adds. Set by hand on the seed article: an event
#: with both actors resolved and a specific pattern is rarely wrong there; one with no target often is.
CONFIDENCE_BASE = 0.4
CONFIDENCE_TARGET = 0.25
CONFIDENCE_SPECIFIC = 0.15
CONFIDENCE_ASSERTED = 0.1


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


class EventFinder:
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

    # -- matching -------------------------------------------------------------------------------------
    def match(self, tok: Token) -> Pattern | None:
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
        if pos is None:
            return None
        candidates = self.table.get((tok.lemma_.lower(), pos)) or self.table.get((tok.lower_, pos))
        if not candidates:
            return None
        preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "agent", "dative")}
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
            if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc", "conj", "advmod", "mark"):
                continue
            for t in child.subtree:
                words.add(t.lemma_.lower())
                words.add(t.lower_)
        return words

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
        if head is verb:
            return []
        if verb.dep_ == "xcomp":
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            return self.expand(obj[0]) if obj else self.subjects(head, depth + 1)
        if verb.dep_ in ("conj", "advcl", "ccomp") and verb.dep_ != "ccomp":
            return self.subjects(head, depth + 1)
        if verb.dep_ == "relcl":
            return self.expand(head)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in head.children if c.dep_ == "poss"]
            return self.expand(poss[0]) if poss else []
        return []

    def expand(self, tok: Token) -> list[Token]:
        """A token and the tokens coordinated with it ("Austin and Shoigu")."""
        out = [tok]
        for c in tok.children:
            if c.dep_ == "conj":
                out.extend(self.expand(c))
        return out

    def targets(self, pred: Token, pattern: Pattern) -> list[Token]:
        if pred.pos_ in ("VERB", "AUX"):
            passive = [c for c in pred.children if c.dep_ == "nsubjpass"]
            if passive:
                return self.expand(passive[0])
            obj = [c for c in pred.children if c.dep_ in ("dobj", "dative", "iobj")]
            if obj and self.actor_at(obj[0]):
                return self.expand(obj[0])
        preps = [c for c in pred.children if c.dep_ in ("prep", "dative")]
        order = [pattern.prep] if pattern.prep and pattern.prep not in CONTENT_PREPS else []
        order += [p for p in TARGET_PREPS if p not in order]
        for name in order:
            for prep in preps:
                if prep.lower_ == name:
                    pobj = [c for c in prep.children if c.dep_ == "pobj"]
                    if pobj and (self.actor_at(pobj[0]) or name == pattern.prep):
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
        head = noun.head
        if noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP"):
            verb = head if head.pos_ == "VERB" else head.head
            if verb.pos_ == "VERB" and (verb.lemma_.lower() in LIGHT_VERBS or noun.dep_ == "dobj"):
                return self.subjects(verb)
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
                out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp")) or out.append(c)
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
        """(actor id, CAMEO actor code) for a token: USAGOV, RUS, IGONATO; else a code read off the
        noun phrase itself ("Egyptian demonstrators" -> EGYCVL, "students throughout Indonesia" -> IDNCVL)."""
        actor_id = self.actor_at(tok)
        if actor_id is not None:
            actor = self.actors.get(actor_id)
            if actor is not None and actor_code(actor):
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
            if verb.head is verb:
                return None
            if verb.dep_ == "ccomp":
                speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                if speaker is not None and speaker.pos_ != "PRON":
                    return speaker
                return None
            verb = verb.head
        return None

    def code_np(self, tok: Token) -> str | None:
        """A CAMEO actor code read off a noun phrase: a country word in it, and the sector of its head."""
        words = [t for t in tok.subtree if abs(t.i - tok.i) <= NP_WINDOW and t.sent == tok.sent]
        iso = None
        for t in words:
            if t.is_lower or t.is_punct:
                continue
            iso = self.kb.adjective(t.text) or self.kb.country(t.text) or self.kb.capital(t.text)
            if iso:
                break
        if iso is None:
            for ent in tok.doc.ents:
                if ent.label_ in ("GPE", "LOC") and words and words[0].i <= ent.start and ent.end - 1 <= words[-1].i:
                    from telex.gazetteer import country_of

                    iso = country_of(ent.text)
                    if iso:
                        break
        if iso is None:
            return None
        role = self.kb.role(tok.lemma_.lower()) or self.kb.role(tok.lower_)
        sector = role[0][0] if role and role[0] else ""
        return iso + sector

    # -- modality, negation, speech -----------------------------------------------------------------------
    def modality(self, pred: Token) -> str:
        """intended ("would send", "plans to visit"), hypothetical ("if", "could", "fears that"), or asserted."""
        tok = pred
        for _ in range(8):  # anything above that makes the whole clause hypothetical
            lemma = tok.lemma_.lower()
            if tok is not pred and (lemma in HYPOTHETICAL_NOUNS or (tok.pos_ == "VERB" and lemma in HYPOTHETICAL_VERBS)):
                return "hypothetical"
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
                return "hypothetical"
            if tok.head is tok or tok.dep_ in ("ROOT",):
                break
            tok = tok.head
        chain = [pred]
        tok = pred
        # the verb chain the predicate belongs to: "would send", "plans to visit", "held talks"
        while tok.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep") and tok.head is not tok and len(chain) < 5:
            tok = tok.head
            chain.append(tok)
        for t in chain:
            for c in t.children:
                if c.dep_ == "aux" and c.lower_ in INTENT_AUX:
                    return "intended"
                if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
                    return "hypothetical"
            if t is not pred and t.lemma_.lower() in INTENT_VERBS and t.pos_ == "VERB":
                return "intended"
        if pred.dep_ == "xcomp" and pred.head.lower_ == "going":
            return "intended"
        return "asserted"

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

    # -- context -----------------------------------------------------------------------------------------------
    def sentence_of(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def in_clause(self, tok: Token, pred: Token) -> bool:
        """Whether ``tok`` belongs to the predicate's own clause: its head chain reaches the predicate
        (or the verb carrying it) before any other verb."""
        anchors = {pred.i}
        if pred.pos_ in ("NOUN", "PROPN"):
            head = pred.head
            while head.pos_ in ("ADP", "NOUN", "PROPN") and head.head is not head:
                head = head.head
            anchors.add(head.i)
        for _ in range(10):
            if tok.i in anchors:
                return True
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
                return False
            if tok.head is tok:
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

    # -- assembly -------------------------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        from telex.cameo import lookup

        events: list[Event] = []
        seen = set()
        for tok in self.doc:
            if tok.pos_ not in ("VERB", "NOUN", "PROPN", "AUX"):
                continue
            pattern = self.match(tok)
            if pattern is None or is_excluded(self.doc, tok.idx, tok.idx + len(tok)):
                continue
            is_verb = pattern.pos == "VERB"
            sources = self.subjects(tok) if is_verb else self.noun_sources(tok)
            targets = self.targets(tok, pattern)
            if pattern.roles == "patient" and is_verb:
                sources, targets = targets, sources
            if not sources and pattern.pos == "NOUN" and pattern.roles == "mutual" and len(targets) > 1:
                sources, targets = targets[:1], targets[1:]  # "the call between Austin and Shoigu"
            pairs = []
            for s in sources:
                s_id, s_code = self.code_of(s)
                if s_code is None and s_id is None:
                    continue
                for t in targets or [None]:
                    t_id, t_code = self.code_of(t) if t is not None else (None, None)
                    if t is not None and s_id is not None and t_id == s_id:
                        continue
                    if t_code is None and t_id is None and pattern.cameo[:2] in NEEDS_TARGET:
                        continue
                    pairs.append(((s, s_id, s_code), (t, t_id, t_code)))
                    if pattern.roles == "mutual" and t is not None and t_code and s_code:
                        pairs.append(((t, t_id, t_code), (s, s_id, s_code)))
            if not pairs:
                continue
            sent = self.sentence_of(tok)
            modality = self.modality(tok)
            if modality == "hypothetical" and not is_verb:
                continue  # "fears of a broader fight": a state of affairs imagined, not an event
            reported_by = self.reporter(tok)
            if reported_by and modality == "asserted":
                modality = "reported"
            code = pattern.cameo
            if modality == "intended":
                code = INTENT_CODES.get(code) or INTENT_CODES.get(code[:2]) or code
            info = lookup(code)
            plover = _plover(code)
            negated = self.negated(tok)
            for (s, s_id, s_code), (t, t_id, t_code) in pairs:
                key = (s_id or s_code, t_id or t_code, code, sent)
                if key in seen:
                    continue
                seen.add(key)
                parts = [tok] + [x for x in (s, t, *self.objects(tok)) if x is not None and self.sentence_of(x) == sent]
                start = min(p.idx for p in parts)
                end = max(p.idx + len(p) for p in parts)
                confidence = CONFIDENCE_BASE
                confidence += CONFIDENCE_TARGET if (t_id or t_code) else 0
                confidence += CONFIDENCE_SPECIFIC if pattern.specificity else 0
                confidence += CONFIDENCE_ASSERTED if modality == "asserted" else 0
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
        return events


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


def actor_code(actor: Actor) -> str | None:
    """CAMEO actor code: country and first sector (USAGOV, RUS), or IGO and the organisation (IGONATO)."""
    if actor.country:
        sector = next((s for s in actor.sectors if s not in ("IGO", "NGO")), "")
        return actor.country + sector
    if actor.code:
        prefix = "IGO" if "IGO" in actor.sectors else "NGO" if "NGO" in actor.sectors else ""
        return prefix + actor.code
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
