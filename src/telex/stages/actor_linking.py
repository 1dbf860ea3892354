"""Actor bookkeeping and linking: the actors found so far, which tokens mention which, and how
a later mention finds its actor (a surname, a knowledge-base entry, a pronoun).

:class:`ActorIndex` holds the state that :class:`telex.stages.actors.ActorResolver` builds on;
:func:`merge_descriptions` folds an unnamed office holder into the named person holding it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from telex.kb import KnowledgeBase, norm, norm_role
from telex.records import Actor
from telex.stages.actor_words import (
    PRONOUN_GENDER,
    PRONOUN_WINDOW_SENTENCES,
    PRONOUNS,
    ambiguous_countries,
    appos_host,
    joined_entities,
    modal_surname,
    person_nouns,
    usual_countries,
    word_gender,
)
from telex.stages.quotemarks import find_quote_spans

#: Clauses whose subject a later pronoun in the sentence may mean: the main clause, an adverbial
#: clause ("While Lee said ..., he added") or a coordinated one.
FRAME_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "conj"})

#: Dependencies of an object pronoun, which cannot refer to the subject of its own verb.
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
#: Object pronouns the parser may make the subject of a small clause ("ordered him held", "let her go").
ACCUSATIVE_PRONOUNS = frozenset({"him", "her", "them"})


def before_its_governor(clause: Token) -> bool:
    """Whether ``clause`` is a complement the parser hung from a verb after it, so the sentence's own
    frame: "Reagan was known for ...: “Tear down this wall!”" (the quote's verb made the root),
    "Park lost his seat, Lee said"."""
    return clause.dep_ == "ccomp" and clause.head.i > clause.i


def understood_subject_verbs(verb: Token) -> list[Token]:
    """``verb`` and, when it is a participle or infinitive clause with no subject of its own ("spoke
    about Lee, describing him"), the verb whose subject it shares. One step only, to stay close to
    what the parse can be trusted with."""
    shares = (
        verb.dep_ in ("advcl", "xcomp")
        and verb.tag_ in ("VBG", "VBN", "VB")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and verb.head.i != verb.i
    )
    return [verb, verb.head] if shares else [verb]


def governing_verb(tok: Token) -> Token | None:
    """The verb whose subject an object pronoun cannot be: its own verb ("Lee scolded him"), or, for an
    accusative pronoun the parser made the subject of a small clause, the verb governing that clause
    ("a judge ordered him held": not the judge). None for any other pronoun."""
    if tok.dep_ in OBJECT_DEPS:
        return tok.head
    if tok.dep_ == "nsubj" and tok.lower_ in ACCUSATIVE_PRONOUNS and tok.head.dep_ in ("ccomp", "xcomp"):
        return tok.head.head
    return None

#: How a relative clause's noun may hang inside an appositive that describes a name ("Ann Lee, a
#: lawyer familiar with the talks, who ..."; "Bo Park, a consultant and a Republican who ...").
APPOSITIVE_PATH_DEPS = frozenset({"appos", "pobj", "prep", "amod", "conj"})

#: Words the climb from a relative clause's noun to the name its appositive describes may cross.
MAX_APPOSITIVE_CLIMB = 5


@dataclass
class ActorState:
    id: str
    name: str
    kind: str  # person | org | country | group
    country: str | None = None
    code: str | None = None
    sectors: list[str] = field(default_factory=list)
    role: str | None = None
    anonymous: bool = False
    kb_id: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    name_tokens: set[str] = field(default_factory=set)
    #: Where ``country`` came from when the actor's own description and the knowledge base gave none:
    #: "phrase" (a country word in the same noun phrase: "King Hassan of Morocco"), "sentence" (the one
    #: country its sentence names) or "article" (the dateline's or the article's dominant country).
    #: None when the country was stated or known. See :func:`infer_countries`.
    country_basis: str | None = None
    #: "f" or "m" where the text or a given name says so; pronouns resolve only to a person they fit.
    gender: str | None = None
    #: The organisation or person an unnamed actor speaks or works for ("a Foreign Office spokesperson",
    #: "a spokesman for the president"), whose country it shares when only the owner's is inferred.
    belongs_to: str | None = None

    def role_head(self) -> str | None:
        return self.role.split()[-1].lower() if self.role else None

    def to_record(self) -> Actor:
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=self.country,
            code=self.code,
            sectors=list(dict.fromkeys(self.sectors)),
            role=self.role,
            anonymous=self.anonymous,
            kb_id=self.kb_id,
            mentions=sorted(set(self.mentions)),
        )


class ActorIndex:
    """The actors of one document and their mentions, with salience for pronouns."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, day: date | None):
        self.doc = doc
        self.kb = kb
        self.day = day
        self.actors: list[ActorState] = []
        self.token_actor: dict[int, str] = {}
        self.by_id: dict[str, ActorState] = {}
        self.consumed: set[int] = set()
        #: abbreviations the text gave in brackets after a name ("(RSF)"): normalised form -> actor id
        self.abbreviations: dict[str, str] = {}
        # salience: actor id -> (token index of last mention, token index of last subject mention)
        self.last_seen: dict[str, int] = {}
        self.last_subject: dict[str, int] = {}
        #: the same for bodies, groups and countries, which "its" refers back to
        self.last_body_subject: dict[str, int] = {}
        self.last_main_subject: dict[str, int] = {}
        self._sent_starts: list[int] | None = None
        self._entities: list[Span] | None = None
        self._ent_index: dict[int, Span] | None = None
        self._texts: list[str] | None = None
        self._place_countries: dict[str, int] | None = None
        self._quote_starts: list[tuple[int, int]] | None = None

    # -- bookkeeping ------------------------------------------------------------------------------
    def new_actor(self, name: str, kind: str, **fields) -> ActorState:
        actor = ActorState(id=f"a{len(self.actors) + 1}", name=name, kind=kind, **fields)
        self.actors.append(actor)
        self.by_id[actor.id] = actor
        return actor

    def link(self, actor: ActorState, start: int, end: int, head: Token | None = None) -> ActorState:
        """Record tokens ``start:end`` as a mention of ``actor``."""
        span = self.doc[start:end]
        actor.mentions.append((span.start_char, span.end_char))
        for i in range(start, end):
            self.token_actor.setdefault(i, actor.id)
            self.consumed.add(i)
        head = head or span.root
        self.last_seen[actor.id] = head.i
        if head.dep_ == "appos":
            head = appos_host(head)  # "Venclova's spokesman, Marius Dovydas, said": the apposition's noun is the subject
        if head.dep_ in ("nsubj", "nsubjpass") and actor.kind != "person" and not actor.anonymous:
            self.last_body_subject[actor.id] = head.i  # "China's coast guard said ... Its spokesperson"
        if head.dep_ in ("nsubj", "nsubjpass") and (actor.kind == "person" or actor.anonymous):
            self.last_subject[actor.id] = head.i
            verb = head.head
            framing = before_its_governor(verb) and not self.opened_quote(head.i)
            if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT") or framing:
                self.last_main_subject[actor.id] = head.i
        return actor

    # -- resolution ---------------------------------------------------------------------------------
    def actor_from_kb(self, entry, term) -> ActorState:
        for actor in self.actors:
            if actor.kb_id == entry.id:
                return actor
        actor = self.new_actor(entry.name, entry.kind if entry.kind in ("person", "org", "group") else "org", kb_id=entry.id)
        if term is not None and not self.in_office(term):
            actor.country = term.country  # out of office that day: still of his country, but not its government
        elif term is not None:
            actor.country, actor.code, actor.role = term.country, term.org, term.role
            actor.sectors = list(term.sectors)
        actor.name_tokens = {norm(p) for p in entry.name.split()} | {norm(a) for a in entry.aliases if " " not in a}
        return actor

    def in_office(self, term) -> bool:
        """Whether ``term`` holds on the article's date (or the article has none): Trump in May 2016 is
        a candidate, not the president; Hillary Clinton then is no longer secretary of state."""
        return self.day is None or term.holds_on(self.day)

    def ambiguous_country(self, word: str) -> str | None:
        """The country an ambiguous country word ("Congolese", "Korea") names in this article: the one
        candidate whose names, capitals and places the article mentions more than the others' ("Goma",
        "Kinshasa" -> COD; "Brazzaville" -> COG), else the one news usually means by the word ("Congo"
        alone is DR Congo, :func:`usual_countries`), else None. The places stage resolves place names
        the same way."""
        key = word.lower().removeprefix("the ")
        candidates = ambiguous_countries().get(key)
        if not candidates or not word[:1].isupper():
            return None
        if self._place_countries is None:
            from telex.gazetteer import country_of

            counts: dict[str, int] = {}
            for ent in self.doc.ents:
                if ent.label_ not in ("GPE", "LOC", "FAC") or ent.text.lower() in ambiguous_countries():
                    continue
                iso = self.kb.country(ent.text) or self.kb.capital(ent.text) or country_of(ent.text)
                if iso:
                    counts[iso] = counts.get(iso, 0) + 1
            self._place_countries = counts
        ranked = sorted(((self._place_countries.get(c, 0), c) for c in candidates), reverse=True)
        if ranked[0][0] and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return ranked[0][1]
        return usual_countries().get(key)

    def country_at(self, texts: list[str], n: int) -> tuple[str | None, int]:
        """The knowledge base's country word at ``texts[n]``, else an ambiguous one this article resolves."""
        iso, size = self.kb.country_at(texts, n)
        if iso is not None:
            iso = inside_place_name(texts, n, size, iso)
        if iso is None and texts[n].lower() in ambiguous_countries():
            iso = self.ambiguous_country(texts[n])
            size = 1 if iso else 0
        return iso, size

    def country_actor(self, iso: str) -> ActorState:
        for actor in self.actors:
            if actor.kind == "country" and actor.country == iso:
                return actor
        country = self.kb.countries[iso]
        return self.new_actor(country.name, "country", country=iso)

    def person_by_surname(self, key: str) -> ActorState | None:
        """The person a name word stands for. Of several with that word, the one mentioned most so far, then
        the last seen: a bare "Biden" after "Biden's son Hunter Biden" is still the candidate the story is
        about, who was named most, not the son named last (a relative is called by his first name)."""
        people = [a for a in self.actors if a.kind == "person" and key in a.name_tokens]
        return max(people, key=lambda a: (len(a.mentions), self.last_seen.get(a.id, -1)), default=None)

    # -- the document's sentences and entities, computed once ---------------------------------------
    def sentence_index(self, tok: Token) -> int:
        """Which sentence ``tok`` is in (``self._sent_starts`` holds where each begins)."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        return bisect.bisect_right(self._sent_starts, tok.i) - 1

    def entities(self) -> list[Span]:
        """The entities as the actors stage reads them (:func:`~telex.stages.actor_words.joined_entities`);
        ``doc.ents`` builds new spans on every access."""
        if self._entities is None:
            self._entities = joined_entities(self.doc, self.kb)
        return self._entities

    def entity_at(self, i: int) -> Span | None:
        """The entity covering token ``i``, if any."""
        if self._ent_index is None:
            self._ent_index = {j: e for e in self.entities() for j in range(e.start, e.end)}
        return self._ent_index.get(i)

    def their_owner(self, tok: Token) -> ActorState | None:
        """Whose "their" is: the plural group or the country that is the subject of a clause the word stands in
        ("Iranian officials admitted that their government had ...", "the rebels said their fighters ...")."""
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for subject in verb.children:
                if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i >= tok.i or subject.i not in self.token_actor:
                    continue
                actor = self.by_id[self.token_actor[subject.i]]
                if actor.kind == "country" or (actor.kind == "group" and subject.tag_ in ("NNS", "NNPS")):
                    return actor
        return None

    def resolve_pronoun(self, tok: Token) -> ActorState | None:
        """The most salient person before ``tok``: a recent subject first, else the last person mentioned."""
        sent_index = self.sentence_index(tok)
        window_start = self._sent_starts[max(0, sent_index - PRONOUN_WINDOW_SENTENCES)]
        wanted = PRONOUN_GENDER.get(tok.lower_)
        people = [
            a for a in self.actors
            if (a.kind == "person" or (a.anonymous and a.kind != "group")) and (a.gender is None or wanted is None or a.gender == wanted)
        ]
        reporter = self.reported_owner(tok)
        if reporter is not None and reporter in people:
            return reporter
        if self.unnamed_speaker(tok, wanted):
            return None
        people = self.not_speaking(tok, people)
        people = self.not_relative_antecedent(tok, people)
        sentence_start = self._sent_starts[sent_index]
        verb = governing_verb(tok)
        if verb is not None:
            other = self.other_than_subject(verb, tok, sentence_start, people)
            if other is not None:
                return other
        # a subject earlier in the pronoun's own sentence comes first ("While Lee said ..., he added"),
        # then the last main-clause subject nearby, then any subject nearby
        passes = ((self.last_subject, sentence_start, True), (self.last_main_subject, window_start, False), (self.last_subject, window_start, False))
        for table, start, own_sentence in passes:
            subjects = [(table[a.id], a) for a in people if start <= table.get(a.id, -1) < tok.i]
            if own_sentence:
                # only the subject of a main or adverbial clause: in "Lee said Park was wrong, and he
                # left", Park is what Lee said, and "he" is Lee
                subjects = [
                    (i, a) for i, a in subjects
                    if self.frame_subject(i, tok.i) and not self.quoted(sentence_start, i, tok.i)
                ]
            if verb is not None:
                # "Lee scolded him": an object pronoun is never its own verb's subject ("himself" would be),
                # nor that of the clause a subjectless participle hangs from ("Lee spoke, praising him")
                bound = {v.i for v in understood_subject_verbs(verb)}
                subjects = [(i, a) for i, a in subjects if self.doc[i].head.i not in bound]
            if subjects:
                return max(subjects, key=lambda x: x[0])[1]
        seen = [(self.last_seen[a.id], a) for a in people if self.last_seen.get(a.id, -1) < tok.i and a.id in self.last_seen]
        return max(seen, key=lambda x: x[0])[1] if seen else None

    def unnamed_speaker(self, tok: Token, wanted: str | None) -> bool:
        """Whether ``tok`` is the subject of a clause whose governing verb has for subject a person the text
        does not name and no actor stands for: in "The attacker claimed he was jailed under Lee", "he" is
        the attacker, not Lee named before. A noun with an owner ("her husband said she") may speak of
        that owner, and one of the other gender ("the woman said he") of someone else; a noun that a
        name stands beside is that named actor."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp" or wanted is None:
            return False
        if self.quote_start(tok) is not None:
            return False  # 'A man wrote, "She ...': in someone's own words "she" is another
        governor = tok.head.head
        subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subject is None or subject.tag_ != "NN" or any(t.i in self.token_actor for t in subject.subtree):
            return False  # "the party's leader, Ann Lee, said she": the name beside the noun is an actor
        word = subject.lemma_.lower()
        if any(c.dep_ == "poss" for c in subject.children) or (word_gender(word) or person_nouns().get(word)) not in (None, wanted):
            return False
        role = self.kb.role(word)
        return word in person_nouns() or (role is not None and role[1] != "body")

    def frame_subject(self, i: int, pronoun: int) -> bool:
        """Whether the subject at ``i`` heads a clause that frames the pronoun's sentence: a main,
        adverbial or coordinated clause, or a clause the parser made the complement of a verb only
        after the pronoun. "Reagan was known for his hatred of ...: “Tear down this wall!”" hangs the
        first clause from the quote's verb, and "Park lost his seat, Lee said" from "said"; neither is
        what someone before the pronoun said ("Lee said Park was wrong, and he left": he is Lee)."""
        clause = self.doc[i].head
        if clause.dep_ == "parataxis" and clause.head.i > clause.i:
            return True  # "In May, Lee wrote, she began ...": a reporting clause set in before the clause it frames
        return clause.dep_ in FRAME_CLAUSE_DEPS or (before_its_governor(clause) and clause.head.i > pronoun)

    def other_than_subject(self, verb: Token, tok: Token, sentence_start: int, people: list[ActorState]) -> ActorState | None:
        """An object pronoun (``tok``, of ``verb``) whose own clause has a person for subject is someone
        else in the sentence: "Lula spoke with Maduro and pressed him" (him: Maduro), "Lee said Park had
        called him" (him: Lee). The last other person named in the sentence before it; None if there is none."""
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.head.i != verb.i:
            verb = verb.head  # "spoke with Maduro and pressed him": the subject of the first verb
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = self.by_id.get(self.token_actor.get(subject.i, "")) if subject is not None else None
        if own is None or own not in people:
            return None
        named = [(i, self.by_id[a]) for i, a in self.token_actor.items()
                 if sentence_start <= i < tok.i and self.doc[i].pos_ != "PRON" and a in self.by_id]
        named = [(i, a) for i, a in named if a is not own and a in people]
        return max(named, key=lambda x: x[0])[1] if named else None

    def resolve_its(self, tok: Token) -> ActorState | None:
        """The body, group or country "its" refers to: the noun it is coordinated with ("Airbus and its
        chief executive"), else the subject of its own clause if that is a body, else (no subject) the
        last body that was a subject, in this sentence or the one before ("China's coast guard said ...
        Its spokesperson urged")."""
        owner = tok.head
        if owner.dep_ == "conj" and owner.head.i < owner.i:
            # "Airbus and its chief executive": the noun it is coordinated with
            other = self.by_id.get(self.token_actor.get(owner.head.i, ""))
            return other if other is not None and other.kind != "person" else None
        verb = owner
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subject is not None:
            # the subject of its own clause, when that is a body ("GM named X as its chief executive");
            # another subject means it is about something else ("RTHK withdrew its reporters")
            actor = self.by_id.get(self.token_actor.get(subject.i, ""))
            return actor if actor is not None and actor.kind != "person" and not actor.anonymous else None
        return self.body_subject_before(tok)

    def body_subject_before(self, tok: Token) -> ActorState | None:
        """The last body that was a subject before ``tok``, in its sentence or the one before: whose
        "its spokesperson" or "a spokesman" it is ("China's coast guard said ... A spokesman, X, said")."""
        sent_index = self.sentence_index(tok)
        window_start = self._sent_starts[max(0, sent_index - 1)]
        # not people the text does not name ("whose supporters make up ...": "its" is a body's, not theirs)
        subjects = [(i, self.by_id[a]) for a, i in self.last_body_subject.items() if window_start <= i < tok.i
                    and not (self.by_id[a].kind == "group" and not self.by_id[a].kb_id)]
        return max(subjects, key=lambda x: x[0])[1] if subjects else None

    def not_speaking(self, tok: Token, people: list[ActorState]) -> list[ActorState]:
        """Inside quoted words a third-person pronoun is not the one who speaks them: in 'Modi wrote, "India grieves
        the passing of Pranab Mukherjee. He has left an indelible mark"', "He" is not Modi. The speaker taken out is
        a subject of the sentence the quote opens in, before it opens; a speaker named after the quote ('"...," Lee
        said') is not yet seen when the pronoun is read."""
        start = self.quote_start(tok)
        if start is None:
            return people
        opening = self.doc.char_span(start, start, alignment_mode="expand")
        first = opening.start if opening is not None else tok.i
        sentence_start = self._sent_starts[self.sentence_index(self.doc[min(first, len(self.doc) - 1)])]
        speakers = {a.id for a in people if sentence_start <= self.last_subject.get(a.id, -1) < first}
        if not speakers and all(t.is_quote or t.is_space for t in self.doc[sentence_start:first]):
            speakers = self.speaker_before(sentence_start, people)
        return [a for a in people if a.id not in speakers] if speakers else people

    def speaker_before(self, sentence_start: int, people: list[ActorState]) -> set[str]:
        """Who speaks quoted words that open their sentence right after a sentence that closes a quote
        with its speaker: in '“…,” Cole said. “That is what people want, and he is ready.”' the words
        go on as Cole's, and "he" is not Cole. The subjects of that sentence after its quote closes, or the
        person after the verb in the inverted order ('“…,” said Senator Tom Webb.')."""
        index = self._sent_starts.index(sentence_start) if sentence_start in self._sent_starts else 0
        if index == 0:
            return set()
        previous = self._sent_starts[index - 1]
        speakers = set()
        for a in people:
            i = self.last_seen.get(a.id, -1)
            if not previous <= i < sentence_start or not self.quote_closed_before(previous, i):
                continue
            tok = self.doc[i]
            head = tok.head
            inverted = tok.dep_ in ("dobj", "attr") and 0 < head.i < tok.i and self.doc[head.i - 1].is_quote
            if tok.dep_ in ("nsubj", "nsubjpass") or inverted:
                speakers.add(a.id)
        return speakers

    def quote_closed_before(self, start: int, i: int) -> bool:
        """Whether quoted words close between token ``start`` and token ``i``."""
        before = self.doc[start:i].text
        return "”" in before or before.count('"') >= 2 or before.count("''") >= 1

    def not_relative_antecedent(self, tok: Token, people: list[ActorState]) -> list[ActorState]:
        """The subject of a relative clause is not the person the clause is on: in "Christie, whom he
        describes as a prosecutor" or "Park, who he says lied", "he" is someone else than Christie or Park."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
            return people
        antecedent = self.by_id.get(self.token_actor.get(verb.head.i, ""))
        return [a for a in people if a is not antecedent]

    def quote_start(self, tok: Token) -> int | None:
        """Where the quoted words that ``tok`` stands in open (a character offset), or None."""
        if self._quote_starts is None:
            article = self.doc._.telex_article if self.doc.has_extension("telex_article") else None
            text = article.text if article is not None else self.doc.text  # the doc is made from it; cheaper
            self._quote_starts = [(q.start, q.end) for q in find_quote_spans(text)]
        return next((s for s, e in self._quote_starts if s <= tok.idx < e), None)

    def reported_owner(self, tok: Token) -> ActorState | None:
        """The subject of the reported clause before "his/her ... said": in "Lee will veto the bill,
        his spokesman said" the spokesman is Lee's, whoever was the topic before."""
        if tok.dep_ != "poss" or tok.head.dep_ != "nsubj":
            return None
        verb = tok.head.head
        for clause in verb.children:
            if clause.dep_ == "ccomp" and clause.i < tok.i:
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.i in self.token_actor:
                    return self.by_id[self.token_actor[subject.i]]
        return None

    def opened_quote(self, i: int) -> bool:
        """Whether quoted words opened earlier in token ``i``'s sentence are still open at it:
        "“Lee is wrong,” he said" hangs Lee's clause from "said" too, but it is someone's words."""
        sent_index = self.sentence_index(self.doc[i])
        before = self.doc[self._sent_starts[sent_index]:i].text
        return before.count("“") > before.count("”") or any(before.count(mark) % 2 == 1 for mark in ('"', "''"))

    def quoted(self, sentence_start: int, i: int, pronoun: int) -> bool:
        """Whether token ``i`` may stand inside quoted words, opened earlier in its sentence or closed
        before the pronoun: a subject in someone's words ("“Lee is wrong,” he said") is not who a
        pronoun after them means."""
        before, after = self.doc[sentence_start:i].text, self.doc[i:pronoun].text
        if before.count("“") > before.count("”") or after.count("”") > after.count("“"):
            return True
        return any(before.count(mark) % 2 == 1 or after.count(mark) % 2 == 1 for mark in ('"', "''"))

    def link_relative(self, tok: Token) -> ActorState | None:
        """"who" opening a relative clause on a person or group already read is a mention of them
        ("Lee, who said ...": "who" is Lee), so a quote hung on the clause's verb is theirs. It
        leaves pronoun salience alone: the name before it was just seen."""
        clause = tok.head
        if clause.dep_ != "relcl":
            return None
        host = self.appositive_owner(clause.head)
        if host is None:
            return None
        actor = self.by_id[self.token_actor[host.i]]
        if actor.kind not in ("person", "group") and not actor.anonymous:
            return None
        actor.mentions.append((tok.idx, tok.idx + len(tok)))
        self.token_actor.setdefault(tok.i, actor.id)
        return actor

    def appositive_owner(self, noun: Token) -> Token | None:
        """The mentioned word a relative clause's noun stands for: the noun itself, or, when it is
        unlinked, the name its appositive describes ("Ann Lee, a lawyer familiar with the talks,
        who added": the clause hangs on "talks", the appositive "a lawyer" on Ann Lee). A mentioned
        word the clause hangs on directly is the owner ("a lawyer for Acme, who": Acme, which
        :meth:`link_relative` then refuses as no person or group)."""
        if noun.i in self.token_actor:
            return noun
        tok = noun
        for _ in range(MAX_APPOSITIVE_CLIMB):
            if tok.dep_ not in APPOSITIVE_PATH_DEPS or tok.head.i == tok.i:
                return None
            if tok.dep_ == "appos":
                return tok.head if tok.head.i in self.token_actor else None
            tok = tok.head
        return None

    def resolve_token(self, tok: Token) -> ActorState | None:
        """Actor for a single token already mentioned, a pronoun, or a surname."""
        if tok.i in self.token_actor:
            return self.by_id[self.token_actor[tok.i]]
        if tok.lower_ == "its" and tok.dep_ == "poss":
            actor = self.resolve_its(tok)
            if actor is not None:
                self.link(actor, tok.i, tok.i + 1, tok)
            return actor
        if tok.lower_ == "their" and tok.dep_ == "poss":
            actor = self.their_owner(tok)
            if actor is not None:
                self.link(actor, tok.i, tok.i + 1, tok)
            return actor
        if tok.lower_ in PRONOUNS:
            actor = self.resolve_pronoun(tok)
            if actor is not None:
                actor.gender = actor.gender or PRONOUN_GENDER.get(tok.lower_)
                self.link(actor, tok.i, tok.i + 1, tok)
            return actor
        if tok.pos_ == "PROPN" or tok.ent_type_ or (tok.pos_ == "NOUN" and tok.is_title) or modal_surname(tok):
            # "Mijares claimed", "Will said": a surname tagged as a noun or a modal
            actor = self.person_by_surname(norm(tok.text))
            if actor is not None:
                self.link(actor, tok.i, tok.i + 1, tok)
                return actor
        return None


def merge_descriptions(resolver: ActorIndex) -> None:
    """Fold an unnamed office holder ("Russian defence minister" in a headline) into the named
    person who holds that office in the same article, so one person is one actor; a named holder the
    text does not place takes the description's country when the office is described only once."""
    named = [a for a in resolver.actors if a.kind == "person" and not a.anonymous and a.role]
    unnamed = [a for a in resolver.actors if a.anonymous and a.kind == "person" and a.role and a.country]
    for actor in unnamed:
        role = resolver.kb.role(actor.role)
        if role is None or role[1] != "office":
            continue
        same = [n for n in named if norm_role(n.role) == norm_role(actor.role)]
        twin = next((n for n in same if n.country == actor.country), None)
        if twin is None and len(same) == 1 and same[0].country is None and sum(
            norm_role(a.role) == norm_role(actor.role) for a in unnamed
        ) == 1:
            # "the French ambassador" ... "Ambassador Sylvain Itte": the one named holder of an office the
            # article also describes once, unplaced, is that holder, and takes the description's country
            twin = same[0]
            twin.country = actor.country
        if twin is None:
            continue
        twin.mentions.extend(actor.mentions)
        for i, owner in list(resolver.token_actor.items()):
            if owner == actor.id:
                resolver.token_actor[i] = twin.id
        actor.mentions = []


def inside_place_name(texts: list[str], n: int, size: int, iso: str) -> str:
    """The country of the place whose name ends with the country word at ``texts[n]``, where
    that place lies in another country: "New Mexico" and "New Jersey" are in the USA, "New South
    Wales" in Australia (the words before must be capitalised and name the place exactly)."""
    from telex.gazetteer import resolve

    for before in (2, 1):
        if n < before or not all(w[:1].isupper() and w.lower() != "the" for w in texts[n - before:n]):  # not "The U.S."
            continue
        place = resolve(" ".join(texts[n - before:n + size]))
        if place is not None and place.country and place.country != iso and place.feature != "country":
            return place.country
    return iso
