"""Where an event sits in its article: its sentence, date, place, amounts and evidence span.

Split from ``events.py``: :class:`Context` is a part of the event finder, which supplies ``doc``,
``sents``, ``sent_starts`` and ``published``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from telex.records import DateValue, EventPlace
from telex.stages.actor_name_kinds import INSTITUTION_NOUNS, SETTLEMENT_NOUNS, TOWN_NOUNS
from telex.stages.event_modality import SAY_VERBS
from telex.stages.places import PLACE_FRAMES, PLACE_PARTS

#: CAMEO roots of appeals (02) and demands (10): what they ask for is a later act, and a date inside what is
#: asked for is that act's time, not the asking's: "called for three days of protests starting on Wednesday",
#: "urged Iran to resume talks next week". A date on the verb itself ("called for calm on Friday") is the call's.
ASKING_ROOTS = frozenset({"02", "10"})
#: Prepositions that carry what an appeal or demand asks for: "called for", "appealed for", "pressed for".
ASKED_PREPS = frozenset({"for"})


#: Prepositions that put an event at a place or send it there: "met in Geneva", "a trip to Warsaw".
LOCATIVE_PREPS = frozenset("in at near outside inside across throughout around within off into onto to toward towards".split())
#: Nouns of a place whose name may follow "of": "in the province of Idlib", "in the US state of Alabama".
PLACE_HEADS = PLACE_PARTS | SETTLEMENT_NOUNS | {"state"}
#: Nouns of a site that a place name may modify: "at a Baghdad airport", "outside the Kabul embassy".
SITE_NOUNS = INSTITUTION_NOUNS | TOWN_NOUNS | frozenset({"embassy", "consulate", "headquarters", "palace", "court", "courthouse"})
#: Event nouns whose "of" names the land they happen in: "the invasion of Georgia".
TERRITORY_NOUNS = frozenset("invasion occupation annexation blockade siege bombing shelling liberation capture visit tour".split())
#: Prepositions of another happening before or after the event: a place inside one is that happening's.
OTHER_TIME_PREPS = frozenset({"after", "before", "since", "following", "until", "amid", "despite"})
#: Prepositions by which a place says where a person or body is: "the embassy in London".
HOLDING_PREPS = frozenset({"in", "at"})


class Context:
    """The event finder's placing of an event in its article (see the module's doc)."""

    def sentence_of(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def asked_for(self, tok: Token, pred: Token) -> bool:
        """Whether ``tok``, a dependent of the appeal or demand ``pred``, is what it asks for: its infinitive
        ("urged Iran to resume talks"), the object of its preposition ("called for protests"), or a subjectless
        participle after that object, which the parser often hangs on the verb ("called for protests starting on
        Wednesday": the protests start)."""
        if tok.dep_ == "xcomp":
            return True
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ASKED_PREPS:
            return tok.ent_type_ not in ("DATE", "TIME")  # "for two days" is how long, not what
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
            asked = [g for p in pred.children if p.dep_ == "prep" and p.lower_ in ASKED_PREPS for g in p.children if g.dep_ == "pobj"]
            return any(a.i < tok.i for a in asked)
        return False

    def in_clause(self, tok: Token, pred: Token, asking: bool = False) -> bool:
        """Whether ``tok`` belongs to the predicate's own clause: its head chain reaches the predicate
        (or the verb carrying it) before any other verb. For an appeal or demand (``asking``), what it asks
        for is another clause (:meth:`asked_for`)."""
        anchors = {pred.i}
        if tok.dep_ == "npadvmod":
            asking = False  # a bare date ("asked for his resignation Monday night") is the verb's, however parsed
        if pred.pos_ in ("NOUN", "PROPN"):
            head = pred.head
            while head.pos_ in ("ADP", "NOUN", "PROPN") and head.head.i != head.i:
                head = head.head
            anchors.add(head.i)
        for _ in range(10):
            if tok.i in anchors:
                return True
            if asking and tok.head.i == pred.i and tok.i != pred.i and self.asked_for(tok, pred):
                return False
            if asking and tok.dep_ == "pobj" and tok.head.head.i == pred.i and self.asked_for(tok, pred):
                return False
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
                # another clause with its own subject is another event's; a subjectless purpose or
                # infinitive clause ("spoke ... on Tuesday to push for") shares the predicate's time
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ in ("ccomp", "relcl", "acl"):
                    return False
                if tok.dep_ == "conj":
                    # a coordinated verb is another event, with a time of its own: "had spoken with Putin and
                    # would call Zelenskyy later in the week", "has criticised the plan and banned imports in August"
                    return False
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def date_for(self, pred: Token, sent: int, code: str = "", modality: str = "") -> DateValue | None:
        """The date in the predicate's own clause, else the publication date (precision "publication"). An
        intent or threat told in reported speech is made when it is told: "Paris said last week it would send
        aid" is dated last week, and "said on Monday it would send troops on Friday" on Monday."""
        cue = saying_verb(pred) if modality == "intended" else None
        found = (cue is not None and self.clause_date(cue, sent, code)) or self.clause_date(pred, sent, code)
        if found is not None:
            return found
        if self.published is not None:
            return DateValue(value=self.published.isoformat(), precision="publication", text=None)
        return None

    def clause_date(self, pred: Token, sent: int, code: str = "") -> DateValue | None:
        """The date expression of sentence ``sent`` that belongs to the predicate's clause, nearest first."""
        s = self.sents[sent]
        asking = code[:2] in ASKING_ROOTS
        best = None
        for d in self.doc._.telex_dates or []:
            if not (s.start_char <= d.span[0] < s.end_char) or d.precision in ("duration", "reference"):
                continue
            span = self.doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
            if span is None or not self.in_clause(span.root, pred, asking):
                continue
            distance = abs(d.span[0] - pred.idx)
            if best is None or distance < best[0]:
                best = (distance, d)
        if best is not None:
            return DateValue(value=best[1].value, precision=best[1].precision, text=best[1].text)
        return None

    def place_for(self, sent: int, participants=(), pred: Token | None = None) -> EventPlace | None:
        """Where the event happened, among the places named in sentence ``sent`` (not continents):

        1. a place the predicate's own clause puts it at (:meth:`located_at`), nearest first: "met in Geneva",
           "struck near Qamishli", "a trip to Warsaw", "in the province of Idlib";
        2. else a place the clause that frames the predicate puts it at (:meth:`frames_of`): in "met in Athens
           to sign a pact" the signing is in Athens too; not a clause that reports it ("said in Geneva that
           Russia had attacked"), which is somewhere else;
        3. else a place that describes a participant: one among its own left modifiers ("Kharkiv residents"),
           a country that owns it ("the government of Egypt ordered ..."), or where it is ("the embassy in
           London asked ...");
        4. else none. A place that is named for something else is not where the event happened: whose
           airstrike it was ("a United States airstrike"), where someone is from ("a senator from Ohio"),
           what was talked about ("spoke about Syria"), a party to the event ("demanded an apology from
           Russia"), what an organisation's name holds ("the Federal Reserve of the United States"), or where
           something else happened ("criticised the ban on travel from China").

        ``participants`` are the source and target tokens (or None); ``pred`` is the predicate."""
        # a participant with its appositions: "Angela Merkel, the chancellor of Germany"
        people = [a for t in participants if t is not None
                  for a in (t, *(c for c in t.children if c.dep_ == "appos"), *((t.head,) if t.dep_ == "appos" else ()))]
        described = [(self.phrase_start(t).idx, t.idx, t.lemma_.lower() in PLACE_FRAMES) for t in people]
        owners = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for t in people
                  for o in t.children if o.dep_ == "prep" and o.lower_ == "of"]
        named, roots = self.places_in(sent)

        def of_participant(p) -> bool:
            """A town among a participant's own words ("Kharkiv residents", "the Manhattan prosecutor") or a country
            that owns it ("the government of Egypt", "Japan's prime minister"); not a country that only says whose
            it is ("a US warship")."""
            owning = p.feature != "country" or any(c.dep_ == "case" for c in roots[p.span].children)
            return (any(start <= p.span[0] and p.span[1] <= head and (owning or framed) for start, head, framed in described)
                    or (p.feature == "country" and any(start <= p.span[0] < end for start, end in owners)))

        actors = {t.i for t in participants if t is not None}
        p = None
        for frame in ([pred, *self.frames_of(pred)] if pred is not None else []):
            located = [p for p in named if not of_participant(p) and self.located_at(roots[p.span], frame, actors)]
            if located:
                p = min(located, key=lambda p: abs(p.span[0] - pred.idx))
                break
        else:
            p = next((p for p in named if of_participant(p) or self.where_is(roots[p.span], actors)), None)
        return EventPlace(name=p.name, country=p.country, lat=p.lat, lon=p.lon) if p is not None else None

    def places_in(self, sent: int) -> tuple[list, dict]:
        """The places named in sentence ``sent`` (not continents) with the root token of each name, by span; read
        once per sentence, since every event of the sentence asks for them."""
        if getattr(self, "_places_in", None) is None:
            self._places_in = {}
        cache = self._places_in
        if sent not in cache:
            s = self.sents[sent]
            named = [p for p in self.doc._.telex_places or [] if s.start_char <= p.span[0] < s.end_char and p.feature != "continent"]
            spans = {p.span: self.doc.char_span(p.span[0], p.span[1], alignment_mode="expand") for p in named}
            roots = {k: v.root for k, v in spans.items() if v is not None}
            cache[sent] = ([p for p in named if p.span in roots], roots)
        return cache[sent]

    @staticmethod
    def frames_of(pred: Token) -> list[Token]:
        """The verbs whose clauses frame the predicate's, nearest first: a clause of purpose or manner, or a verb
        it is coordinated with ("met in Athens to sign a pact", "met in Athens and signed a pact"), or the verb
        an event noun hangs on ("held talks in Geneva"). Not a verb of saying whose report holds it
        ("said in Geneva that Russia had attacked"), nor a clause the predicate's own clause describes."""
        frames, tok = [], pred
        for _ in range(4):
            if tok.head.i == tok.i:
                break
            if tok.pos_ in ("VERB", "AUX"):
                # "after Russia attacked, they met in Geneva", "Russia attacked and Ukraine struck back in Belgorod":
                # a clause with a subject or a subordinator of its own is another happening
                if any(c.lower_ == "where" for c in tok.children if c.dep_ == "advmod") and tok.dep_ == "relcl":
                    pass  # "met in Niamey for a summit where they signed a treaty": the summit's place
                elif tok.dep_ not in ("xcomp", "advcl", "conj") or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
                    break
            elif tok.dep_ not in ("dobj", "pobj", "prep", "nsubj", "nsubjpass", "conj"):
                break
            tok = tok.head
            if tok.pos_ == "VERB":
                if tok.lemma_.lower() in TELLING_VERBS:
                    break
                frames.append(tok)
        return frames

    def located_at(self, place: Token, pred: Token, participants: set[int] = frozenset()) -> bool:
        """Whether the predicate's own clause puts the event at ``place`` (the root of a place name): through a
        preposition of place or direction, wherever it hangs in the clause ("met in Geneva", "attacked a convoy
        near Kabul", "a trip to Warsaw"), "from" on the predicate itself ("withdrew from Syria"), or as its
        object or bare adverbial ("visited Warsaw"). Not through "of", nor "from" on a noun, which say whose
        or where from ("the embassy of France", "a senator from Ohio"), nor "from" a participant ("demanded an
        explanation from Russia": Russia is asked, not where the asking was), nor inside what happened at another
        time ("declared an emergency after floods near the coast"). A place named with a noun of a place is
        where that noun is ("in the province of Idlib", "at a Baghdad airport"); the land an invasion or
        occupation is "of" is where it is ("the invasion of Georgia")."""
        if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lemma_.lower() in PLACE_HEADS:
            place = place.head.head
        elif place.dep_ in ("compound", "nmod") and place.head.lemma_.lower() in PLACE_HEADS | SITE_NOUNS:
            place = place.head  # "at a Baghdad airport", "in the Donetsk region"
        elif (place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.i == pred.i
              and pred.lemma_.lower() in TERRITORY_NOUNS):
            return True  # "the invasion of Georgia"
        if place.dep_ == "pobj":
            prep = place.head
            if prep.lower_ == "from":
                if prep.head.i != pred.i or place.i in participants:
                    return False
            elif prep.lower_ not in LOCATIVE_PREPS or not self.near_predicate(prep.head, pred):
                return False
        elif not (place.dep_ in ("dobj", "npadvmod") and place.head.i == pred.i):
            return False
        tok = place
        while tok.i != pred.i and tok.head.i != tok.i:  # "declared an emergency after floods near the coast"
            tok = tok.head
            if tok.dep_ == "prep" and tok.lower_ in OTHER_TIME_PREPS:
                return False
        return self.in_clause(place, pred)

    @staticmethod
    def near_predicate(holder: Token, pred: Token) -> bool:
        """Whether a preposition of place hanging on ``holder`` places the predicate: it hangs on the predicate,
        on the verb an event noun hangs on ("held talks in Geneva"), on one of the predicate's own arguments
        ("attacked a convoy near Kabul"), on a place it names ("met at a hotel in Geneva") or on what it happened
        during ("refused during a visit to Warsaw"); not on a noun
        deeper down, which is somewhere else ("sanctioned Iran over plots against dissidents in Denmark")."""
        if holder.i in (pred.i, pred.head.i):
            return True
        if holder.head.i == pred.i and holder.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd", "npadvmod"):
            return True
        return (holder.dep_ == "pobj" and holder.head.head.i == pred.i
                and holder.head.lower_ in LOCATIVE_PREPS | {"from", "during"})

    @staticmethod
    def where_is(place: Token, participants: set[int]) -> bool:
        """Whether a place (the root of its name) says where a participant is: "the embassy in London", "an
        assembly of ministers in Cairo", "residents of Kharkiv", "the Yemen-based movement" (the place may be
        one of a list: "in Cairo and Rome")."""
        while place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
        if place.dep_ == "npadvmod" and place.head.lemma_.lower() == "base":  # "the Yemen-based movement"
            return place.head.head.i in participants
        if place.dep_ != "pobj":
            return False
        holder = place.head.head
        if place.head.lower_ == "of":  # "residents of Kharkiv", "the mayor of Lviv"
            return holder.i in participants and holder.lemma_.lower() in PLACE_FRAMES
        if place.head.lower_ not in HOLDING_PREPS:
            return False
        while holder.i not in participants and holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
            holder = holder.head  # "an assembly of ministers in Cairo": the assembly's
        return holder.i in participants

    def amounts_for(self, pred: Token, span: tuple[int, int]):
        return [a for a in self.doc._.telex_amounts or [] if span[0] <= a.span[0] < span[1]]

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


#: Verbs of saying whose date is that of an intent they report (see :meth:`Context.date_for`): the verbs of
#: saying, and those of promising.
TELLING_VERBS = SAY_VERBS | frozenset("pledge promise vow".split())


def saying_verb(pred: Token) -> Token | None:
    """The verb of saying whose reported clause holds the predicate: "said" in "said it would send aid"."""
    tok = pred
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "xcomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in TELLING_VERBS:
            return tok
    return None
