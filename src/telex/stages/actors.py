"""``telex_actors``: who takes part in an article, resolved to country, sector and role, with every mention linked.

The article's own words come first: "US defence secretary Lloyd Austin" says USA, GOV and MIL
before any dictionary does. The knowledge base (:mod:`telex.kb`) fills in what the text leaves out
("Putin" alone) and says who held an office on the publication date ("the Russian president").

Mentions are read in order, so later ones link to earlier actors: surnames ("Austin"), titles
("Minister Shoigu"), definite descriptions ("the German chancellor", "the official") and pronouns
("he", resolved to the most salient person before it).

Assigns ``doc._.telex_actors`` (list of :class:`~telex.records.Actor`) and ``doc._.telex_actor_of``
(token index -> actor id, for every token inside a mention), which the quotes and events stages read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from telex.kb import KnowledgeBase, get_kb, norm, norm_role
from telex.knowledge import data_lines
from telex.records import Actor

for _name in ("telex_actors", "telex_actor_of", "telex_article", "telex_actor_country_basis"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: Words that make a capitalised name an organisation rather than a person.
ORG_WORDS = frozenset(
    """ministry ministries party council agency union committee army forces force court bank group company
    corporation corp inc ltd llc association organisation organization department office commission parliament
    senate congress assembly front movement brigade brigades institute university times post news service guard
    police navy command coalition alliance federation fund foundation network tribunal authority board
    administration government cabinet club league press radio television tv journal channel""".split()
)

#: Titles that may stand before a surname ("Secretary Austin", "Mr Putin"); kept in the mention span.
TITLES = frozenset(
    """mr mrs ms miss dr prof president minister secretary chancellor premier senator sen rep representative
    gen general col colonel lt maj major adm admiral capt captain sgt governor gov mayor ambassador judge justice
    king queen prince princess sheikh emir ayatollah pope cardinal bishop rev father sir lord lady dame""".split()
)

PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person"}

#: The gender a pronoun, a title or a role word states: "she" must not resolve to a man named earlier.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
TITLE_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m", "sheikh": "m", "emir": "m",
    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "queen": "f", "princess": "f",
}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name -> "f" or "m", from knowledge/given_names.tsv."""
    out = {}
    for _, line in data_lines("given_names.tsv"):
        name, gender = line.split("\t")[:2]
        out[name.strip().lower()] = gender.strip()
    return out


def word_gender(word: str) -> str | None:
    """The gender a title or a role word states: "Ms" f, "spokeswoman" f, "chairman" m."""
    word = word.lower().strip(".")
    if word in TITLE_GENDER:
        return TITLE_GENDER[word]
    if word.endswith(("woman", "women")):
        return "f"
    if word.endswith(("man", "men")) and len(word) > 5 and word not in ("human", "german", "german"):
        return "m"  # spokesman, chairman, congressman (not "German", "Oman")
    return None

#: Dependency labels of a noun in an argument position: where a name is taking part, not only named.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "appos", "poss", "agent", "attr", "conj"})
#: Prepositions whose object takes part in an action ("talks with Moscow", "aid to Kyiv").
ARGUMENT_PREPS = frozenset({"with", "to", "between", "against", "from", "by", "toward", "towards", "for"})

#: Longest role phrase looked up, in tokens ("chief of the general staff" is five).
MAX_ROLE_TOKENS = 5

#: Sentences back that a pronoun looks for its antecedent's subject position. Two covers
#: "X said ... . He added ..." and a quote in between.
PRONOUN_WINDOW_SENTENCES = 3


#: Prepositions that join two capitalised parts of one organisation's name, which the tagger splits
#: into two entities: "Office for the Coordination of Humanitarian Affairs", "Commission on Human Rights".
NAME_JOINERS = frozenset({"for", "of", "on"})


def joined_entities(doc: Doc) -> list[Span]:
    """The document's entities, with an organisation whose name the tagger split at an inner
    preposition joined again: ORG ending in an organisation word ("UN Office"), "for/of/on",
    optionally "the", then a capitalised ORG ("Coordination of Humanitarian Affairs")."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if i + 1 < len(ents) and ent.label_ == "ORG" and ents[i + 1].label_ == "ORG" and ent[-1].lower_ in ORG_WORDS:
            between = [t.lower_ for t in doc[ent.end:ents[i + 1].start]]
            nxt = ents[i + 1]
            first = next((t for t in nxt if t.lower_ != "the"), None)
            if between and between[0] in NAME_JOINERS and between[1:] in ([], ["the"]) and first is not None and first.is_title:
                out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                i += 2
                continue
        out.append(ent)
        i += 1
    return out


def appos_host(tok: Token) -> Token:
    """The noun a name stands in apposition to. The parser often hangs the name on the last noun of
    the phrase before it: in "the chair of the defence committee, Ann Lee" on "committee", though Ann
    Lee is the chair. A person's name after "<role> of/for <organisation>" is the role's."""
    host = tok.head
    if host.dep_ == "pobj" and host.head.dep_ == "prep" and host.head.lower_ in ("of", "for", "at"):
        role = host.head.head
        if role.pos_ == "NOUN" and role.lower_ not in ORG_WORDS and host.lower_ in ORG_WORDS:
            return role
    return host


def _last_run(tokens: list[Token]) -> list[Token]:
    """The contiguous run of tokens that ends the list: the words right before a name, not a clause
    further left that the parse also hangs on it."""
    run: list[Token] = []
    for t in reversed(tokens):
        if run and t.i != run[-1].i - 1:
            break
        run.append(t)
    return list(reversed(run))


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
    #: The organisation an unnamed actor speaks or works for ("a Foreign Office spokesperson"), whose
    #: country it shares when only the organisation's is inferred.
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


@dataclass
class Description:
    """What the words around a name say: country, role, sectors, and whose it is ("Scholz's spokesman")."""

    country: str | None = None
    role: str | None = None
    role_kind: str | None = None
    sectors: tuple[str, ...] = ()
    anchor: ActorState | None = None
    org: ActorState | None = None
    tokens: list[Token] = field(default_factory=list)


class ActorResolver:
    def __init__(self, doc: Doc, kb: KnowledgeBase, day: date | None):
        self.doc = doc
        self.kb = kb
        self.day = day
        self.actors: list[ActorState] = []
        self.token_actor: dict[int, str] = {}
        self.by_id: dict[str, ActorState] = {}
        self.consumed: set[int] = set()
        # salience: actor id -> (token index of last mention, token index of last subject mention)
        self.last_seen: dict[str, int] = {}
        self.last_subject: dict[str, int] = {}
        self.last_main_subject: dict[str, int] = {}
        self._sent_starts: list[int] | None = None
        self._ent_index: dict[int, Span] | None = None

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
        if head.dep_ in ("nsubj", "nsubjpass") and (actor.kind == "person" or actor.anonymous):
            self.last_subject[actor.id] = head.i
            verb = head.head
            if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
                self.last_main_subject[actor.id] = head.i
        return actor

    # -- descriptions -----------------------------------------------------------------------------
    def describe(self, tokens: list[Token], read_orgs: bool = True) -> Description:
        """Read country, role and possessor from the words describing an actor. ``read_orgs``: also
        read an organisation's name among them as its own mention (not inside that name itself)."""
        desc = Description(tokens=tokens)
        words = [t for t in tokens if not t.is_punct and t.dep_ != "det"]
        # role: the longest phrase from the roles table ending at some token, preferring the rightmost
        for end in range(len(words), 0, -1):
            for size in range(min(MAX_ROLE_TOKENS, end), 0, -1):
                phrase = " ".join(t.lower_ for t in words[end - size:end])
                # the plural of a listed phrase: "aid groups" is an "aid group"
                singular = " ".join([*(t.lower_ for t in words[end - size:end - 1]), words[end - 1].lemma_.lower()])
                found = self.kb.role(phrase) or self.kb.role(singular)
                if found:
                    if not self.kb.role(phrase):
                        phrase = singular
                    desc.role, (desc.sectors, desc.role_kind) = phrase, found
                    break
            if desc.role:
                break
        texts = [t.text for t in words]
        skip_to = 0
        for n, tok in enumerate(words):
            if n < skip_to:
                continue
            if tok.dep_ == "poss":
                anchor = self.resolve_token(tok)
                if anchor is not None:
                    desc.anchor = anchor
                continue
            # country words are capitalised ("us" is a pronoun, "western" no country), and may be
            # several words ("South African leader")
            iso, size = self.kb.country_at(texts, n)
            if iso:
                desc.country = desc.country or iso
                skip_to = n + size
                continue
            org = self.org_at(tok)
            if org is None and read_orgs and tok.pos_ == "PROPN" and tok.i not in self.token_actor:
                org = self.unread_org(tok)  # "a Foreign Office spokesperson": the body's name is read with the noun
            if org is not None:
                desc.org = org  # the last wins: "the chair of the House of Commons' development committee"
                continue
            if tok.pos_ == "PROPN" and tok.i not in self.token_actor:
                found = self.kb.actor(tok.text, self.day)
                if found and found[0].kind == "org":
                    org = self.actor_from_kb(found[0], found[1])
                    self.link(org, tok.i, tok.i + 1)
                    desc.org = org
        return desc

    def org_at(self, tok: Token) -> ActorState | None:
        """The organisation a token's mention already names, if any."""
        actor = self.by_id.get(self.token_actor.get(tok.i, ""))
        return actor if actor is not None and actor.kind == "org" else None

    def unread_org(self, tok: Token) -> ActorState | None:
        """An organisation name inside a description that the main pass skipped as a modifier
        ("Foreign Office" in "a Foreign Office spokesperson"), read now as a mention of its own."""
        if self._ent_index is None:
            self._ent_index = {i: e for e in joined_entities(self.doc) for i in range(e.start, e.end)}
        ent = self._ent_index.get(tok.i)
        if ent is None or ent.label_ != "ORG" or any(t.i in self.token_actor for t in ent):
            return None
        start = ent.start + (ent[0].lower_ == "the")
        if start >= ent.end or self.kb.country(ent.text) or self.name_kind(self.doc[start:ent.end], "ORG") != "org":
            return None
        self.org_mention(self.doc[start:ent.end], ent.root, [])
        return self.org_at(tok)

    def apply(self, actor: ActorState, desc: Description) -> None:
        """Fill an actor's fields from a description, text first, anchors and organisations next."""
        base = desc.anchor or desc.org
        if desc.country and not actor.country:
            actor.country = desc.country
        if base is not None and not actor.country:
            actor.country = base.country
            if base.code and not actor.code and actor.kind != "person":
                actor.code = base.code  # "the UN Office for ...": a body of the UN is the UN's (IGO)
                actor.sectors = list(dict.fromkeys([*actor.sectors, *(s for s in base.sectors if s in ("IGO", "NGO"))]))
        org = desc.org
        if org is not None and actor.kind != "org" and org.id != actor.id:
            actor.belongs_to = actor.belongs_to or org.id
        if org is not None and org.code and not org.country and not actor.country and not actor.code:
            # "UN secretary-general Kofi Annan", "the NATO envoy": an international organisation's
            # own official acts for it (IGOUNO), not for the country he is in or comes from
            actor.code = org.code
            actor.sectors = list(dict.fromkeys([*(s for s in org.sectors if s in ("IGO", "NGO")), *actor.sectors]))
        if desc.role and (not actor.role or desc.role_kind != "relative"):
            if desc.role_kind == "relative" and desc.role == "counterpart" and desc.anchor and desc.anchor.role:
                actor.role = actor.role or desc.anchor.role
            else:
                actor.role = desc.role if not actor.role or len(desc.role) >= len(actor.role) else actor.role
        if desc.role_kind == "relative" and base is not None and base.sectors:
            actor.sectors = list(dict.fromkeys([*base.sectors, *actor.sectors]))
        elif desc.sectors:
            actor.sectors = list(dict.fromkeys([*actor.sectors, *desc.sectors]))

    # -- resolution ---------------------------------------------------------------------------------
    def actor_from_kb(self, entry, term) -> ActorState:
        for actor in self.actors:
            if actor.kb_id == entry.id:
                return actor
        actor = self.new_actor(entry.name, entry.kind if entry.kind in ("person", "org", "group") else "org", kb_id=entry.id)
        if term is not None:
            actor.country, actor.code, actor.role = term.country, term.org, term.role
            actor.sectors = list(term.sectors)
        actor.name_tokens = {norm(p) for p in entry.name.split()} | {norm(a) for a in entry.aliases if " " not in a}
        return actor

    def country_actor(self, iso: str) -> ActorState:
        for actor in self.actors:
            if actor.kind == "country" and actor.country == iso:
                return actor
        country = self.kb.countries[iso]
        return self.new_actor(country.name, "country", country=iso)

    def person_by_surname(self, key: str) -> ActorState | None:
        best = None
        for actor in self.actors:
            if actor.kind == "person" and key in actor.name_tokens:
                if best is None or self.last_seen.get(actor.id, -1) > self.last_seen.get(best.id, -1):
                    best = actor
        return best

    def resolve_pronoun(self, tok: Token) -> ActorState | None:
        """The most salient person before ``tok``: a recent subject first, else the last person mentioned."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        import bisect

        sent_index = bisect.bisect_right(self._sent_starts, tok.i) - 1
        window_start = self._sent_starts[max(0, sent_index - PRONOUN_WINDOW_SENTENCES)]
        wanted = PRONOUN_GENDER.get(tok.lower_)
        people = [
            a for a in self.actors
            if (a.kind == "person" or (a.anonymous and a.kind != "group")) and (a.gender is None or wanted is None or a.gender == wanted)
        ]
        for table in (self.last_main_subject, self.last_subject):
            subjects = [(table[a.id], a) for a in people if window_start <= table.get(a.id, -1) < tok.i]
            if subjects:
                return max(subjects, key=lambda x: x[0])[1]
        seen = [(self.last_seen[a.id], a) for a in people if self.last_seen.get(a.id, -1) < tok.i and a.id in self.last_seen]
        return max(seen, key=lambda x: x[0])[1] if seen else None

    def resolve_token(self, tok: Token) -> ActorState | None:
        """Actor for a single token already mentioned, a pronoun, or a surname."""
        if tok.i in self.token_actor:
            return self.by_id[self.token_actor[tok.i]]
        if tok.lower_ in PRONOUNS:
            actor = self.resolve_pronoun(tok)
            if actor is not None:
                actor.gender = actor.gender or PRONOUN_GENDER.get(tok.lower_)
                self.link(actor, tok.i, tok.i + 1, tok)
            return actor
        if tok.pos_ == "PROPN" or tok.ent_type_:
            actor = self.person_by_surname(norm(tok.text))
            if actor is not None:
                self.link(actor, tok.i, tok.i + 1, tok)
                return actor
        return None

    # -- the passes ---------------------------------------------------------------------------------
    def run(self) -> None:
        ent_at = {e.start: e for e in joined_entities(self.doc)}
        excluded = [item.span for item in (self.doc._.telex_excluded or ())]
        role_heads = self.kb.role_heads
        for tok in self.doc:
            if tok.i in self.consumed:
                continue
            if excluded and any(s <= tok.idx < e for s, e in excluded):
                continue
            ent = ent_at.get(tok.i)
            if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
                if self.is_modifier(ent):
                    continue  # "US" in "US defence secretary": read with the noun it modifies
                self.name_mention(ent)
            elif tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
                self.resolve_token(tok)
            elif tok.pos_ == "PROPN" and not tok.ent_type_ and self.person_by_surname(norm(tok.text)) is not None:
                self.resolve_token(tok)  # a surname the tagger missed ("..., Marchand said")
            elif tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ and (
                tok.lower_ in role_heads or tok.lemma_.lower() in role_heads
            ):
                self.role_mention(tok)

    def is_modifier(self, ent: Span) -> bool:
        root = ent.root
        head = root.head
        return (
            root.dep_ in ("compound", "amod", "nmod")
            and head.i >= ent.end
            and head.pos_ in ("NOUN", "PROPN")
            and head.i - ent.end <= MAX_ROLE_TOKENS
        )

    def name_mention(self, ent: Span) -> None:
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the",):
            start += 1
        while end > start and doc[end - 1].dep_ == "case":  # possessive 's
            end -= 1
        if start >= end:
            return
        text = doc[start:end].text
        label = ent.label_
        if sum(c.isalpha() for c in text) < 2 or text.lower() in ("i", "we", "you", "it", "they"):
            return  # "I." tagged as a name
        if label == "NORP":
            self.norp_mention(doc[start:end])
            return
        iso = self.kb.country(text) or self.kb.capital(text)
        if iso and label in ("GPE", "ORG", "PERSON", "LOC", "FAC"):
            self.link(self.country_actor(iso), start, end)
            return
        kind = self.name_kind(doc[start:end], label)
        if kind is None:
            return
        # titles before the name belong to the mention ("Secretary Austin")
        first = start
        while first > 0 and doc[first - 1].lower_.strip(".") in TITLES and doc[first - 1].is_title and first - 1 not in self.consumed:
            first -= 1
        head = doc[start:end].root
        desc_tokens = self.description_tokens(doc[start:end])
        if kind == "person":
            self.person_mention(doc[start:end], first, head, desc_tokens)
        else:
            self.org_mention(doc[start:end], head, desc_tokens)

    def name_kind(self, span: Span, label: str) -> str | None:
        """person, org, or None (a place or a name that takes no part), correcting the tagger from context."""
        key = norm(span.text)
        found = self.kb.actor(span.text, self.day)
        if found:
            return "person" if found[0].kind == "person" else "org"
        if self.person_by_surname(key) is not None or (len(span) > 1 and self.person_by_surname(norm(span[-1].text))):
            return "person"
        words = {t.lower_ for t in span}
        if words & ORG_WORDS:
            return "org"
        before = span.doc[span.start - 1] if span.start > 0 else None
        found = (self.kb.role(before.lemma_.lower()) or self.kb.role(before.lower_)) if before is not None else None
        role_before = found is not None and found[1] in ("office", "relative", "member")  # "chancellor Olaf Scholz"
        appos_role = span.root.dep_ == "appos" and bool(self.kb.role(appos_host(span.root).lemma_.lower()))
        looks_like_name = all(t.is_title for t in span) and 1 <= len(span) <= 4
        if label == "PERSON":
            if len(span) == 1 and not (role_before or appos_role) and not self.in_argument(span.root):
                return None  # a lone capitalised word tagged PERSON in passing ("on Twitter")
            return "person"
        if (role_before or appos_role) and looks_like_name:
            return "person"
        if label == "ORG":
            return "org" if (self.in_argument(span.root) or len(span) > 1) else None
        if label in ("GPE", "LOC", "FAC"):
            return None  # places; the places stage reads them
        return None

    def in_argument(self, tok: Token) -> bool:
        if tok.dep_ in ARGUMENT_DEPS:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ in ARGUMENT_PREPS

    def description_tokens(self, span: Span) -> list[Token]:
        """Words describing the named span: modifiers before it, and an apposition on either side."""
        head = span.root
        out = [t for t in head.subtree if t.i < span.start and (t.i not in self.consumed or t.dep_ == "poss")]
        # keep only the contiguous run that ends at the name (not a clause further left)
        out = _last_run(out)
        if head.dep_ == "appos" and head.head.i < span.start:
            noun = appos_host(head)
            out += [
                t for t in noun.subtree
                if t.i < span.start and not t.is_punct and t not in out
                and (t.i not in self.consumed or t.dep_ == "poss" or self.org_at(t) is not None)
            ]
        for child in head.children:
            if child.dep_ == "appos" and child.i > span.end:
                out += [t for t in child.subtree if not t.is_punct]
        return sorted(set(out), key=lambda t: t.i)

    def person_mention(self, span: Span, first: int, head: Token, desc_tokens: list[Token]) -> None:
        key_last = norm(span[-1].text)
        actor = None
        if len(span) == 1:
            actor = self.person_by_surname(key_last)
        else:
            full = norm(span.text)
            actor = next((a for a in self.actors if a.kind == "person" and norm(a.name) == full), None)
            if actor is None:
                candidate = self.person_by_surname(key_last)
                # "Olaf Scholz" after "Scholz": the same person unless the first names clash
                if candidate is not None and len(candidate.name.split()) == 1:
                    actor = candidate
                    actor.name = span.text
        if actor is None:
            found = self.kb.actor(span.text, self.day)
            if found and found[0].kind == "person":
                actor = self.actor_from_kb(*found)
            else:
                actor = self.new_actor(span.text, "person")
        actor.name_tokens |= {norm(t.text) for t in span if not t.is_punct}
        desc = self.describe(desc_tokens) if desc_tokens else Description()
        if actor.gender is None:
            # a title before the name or inside the entity ("Mrs Patel"), a gendered role ("spokeswoman"),
            # else the given name
            titles = [t for t in self.doc[first:span.end - 1] if t.lower_.strip(".") in TITLES]
            stated = [g for g in (word_gender(t.text) for t in [*titles, *desc_tokens]) if g]
            names = [t for t in span[:-1] if t.lower_.strip(".") not in TITLES]
            given = given_names().get(names[0].lower_) if names else None
            actor.gender = stated[-1] if stated else given
        if desc.role or desc.country or desc.anchor or desc.org:
            self.apply(actor, desc)
            for t in desc_tokens:
                self.consumed.add(t.i)
                # the describing words refer to the person too ("Scholz's spokesman, ..., said")
                self.token_actor.setdefault(t.i, actor.id)
        if actor.kb_id is None:
            found = self.kb.actor(span.text, self.day) or (self.kb.actor(span[-1].text, self.day) if len(span) > 1 else None)
            if found and found[0].kind == "person" and (not actor.country or found[1] is None or found[1].country == actor.country):
                actor.kb_id = found[0].id
                term = found[1]
                if term is not None:
                    actor.country = actor.country or term.country
                    if not actor.role or desc.role_kind == "relative":
                        actor.role = term.role  # "his Russian counterpart": the office itself comes from the KB
                    actor.sectors = list(dict.fromkeys([*actor.sectors, *term.sectors]))
        self.link(actor, first, span.end, head)

    def org_mention(self, span: Span, head: Token, desc_tokens: list[Token]) -> None:
        found = self.kb.actor(span.text, self.day)
        if found and found[1] is not None and not found[1].country and desc_tokens:
            desc = self.describe(desc_tokens)
            owner = desc.country or (desc.anchor.country if desc.anchor is not None and desc.anchor.kind == "country" else None)
            if owner:
                found = None  # "Russia's Security Council": a national body, not the international one of that name
        if found:
            actor = self.actor_from_kb(*found)
        else:
            # "the US Senate": a country word and a body noun inside the name
            words = [t for t in span if not t.is_punct]
            inner = self.describe(words, read_orgs=False)
            full = norm(span.text)
            actor = next((a for a in self.actors if a.kind == "org" and norm(a.name) == full), None)
            if actor is None:
                actor = self.new_actor(span.text, "org")
                self.apply(actor, inner)
        if desc_tokens:
            self.apply(actor, self.describe(desc_tokens))
        self.link(actor, span.start, span.end, head)

    def norp_mention(self, span: Span) -> None:
        """'Russian' before a role noun is handled with the noun; 'the Russians' alone is the country."""
        tok = span.root
        iso = self.kb.adjective(span.text)
        if iso is None:
            return
        if any(c.lower_ == "ethnic" for c in tok.children):
            return  # "ethnic Albanians (in Serbia)": a people, not the state; the events stage places them
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and tok.pos_ in ("PROPN", "NOUN"):
            self.link(self.country_actor(iso), span.start, span.end)

    def role_mention(self, tok: Token) -> None:
        """A noun phrase headed by a role noun: 'a senior US defence official', 'the German chancellor'."""
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            return  # part of a longer noun; its head decides
        if any(c.dep_ == "appos" and (c.ent_type_ or c.pos_ == "PROPN") for c in tok.children):
            return  # "Scholz's spokesman, Steffen Hebestreit": the name reads this as its description
        left = [t for t in tok.subtree if t.i <= tok.i and t.i not in self.consumed]
        left = _last_run(left)
        desc = self.describe(left)
        if desc.role is None or not desc.role.split()[-1] in (tok.lower_, tok.lemma_.lower()):
            return
        determiner = next((t.lower_ for t in left if t.dep_ == "det"), None)
        plural = tok.tag_ in ("NNS", "NNPS")
        definite = determiner in ("the", "this", "that", "these", "those") or desc.anchor is not None
        start = left[0].i
        # the mention keeps its article ("the official") but not a possessor, which is a mention of its own
        while start < tok.i and self.doc[start].dep_ in ("poss", "case", "cc", "punct"):
            start += 1
        span = self.doc[start:tok.i + 1]
        if determiner in ("the",) and not desc.country and desc.anchor is None and desc.role_kind == "body" and not self.in_argument(tok):
            return
        actor = None
        if not plural and (definite or (desc.role_kind == "office" and desc.country and determiner is None)):
            # definite descriptions, and headline-style "Russian defence minister" with no article
            actor = self.match_description(desc)
            if actor is None and desc.role_kind == "office":
                holder = self.kb.holder(desc.role, desc.country, self.day)
                if holder is not None:
                    actor = self.actor_from_kb(holder, holder.term_on(self.day))
        if actor is None:
            if desc.role_kind in ("body",) and not desc.country and desc.anchor is None and desc.org is None and (
                " " not in desc.role or plural is False and determiner in ("the",)
            ):
                return  # "the government", "the army" with no owner: too vague to be an actor ("aid groups" is one)
            if desc.role_kind == "relative" and desc.anchor is None and desc.org is None and not desc.country:
                return
            if determiner is None and not plural and not desc.country:
                return  # bare singular noun ("leadership", "official figures"): not an actor
            words = [t for t in span if t.dep_ != "det"]
            name = self.doc[words[0].i:words[-1].i + 1].text if words else tok.text
            kind = "group" if plural or desc.role_kind == "body" else "person"
            actor = self.new_actor(name or tok.text, "org" if desc.role_kind == "body" and not plural else kind)
            # "a spokesperson", "aid groups": people or bodies the text does not name
            actor.anonymous = (kind == "person" and desc.role_kind in ("member", "relative", "office")) or (
                plural and desc.role_kind == "body"
            )
            actor.gender = word_gender(tok.text) if kind == "person" else None
            self.apply(actor, desc)
        for t in left:
            self.consumed.add(t.i)
        self.link(actor, span.start, span.end, tok)

    def match_description(self, desc: Description) -> ActorState | None:
        """An earlier actor that a definite description fits: same role head, same country if stated."""
        head = desc.role.split()[-1]
        best = None
        for actor in self.actors:
            if actor.kind not in ("person",):
                continue  # a singular description ("the official") names one person, not a group
            if actor.role_head() != head and not (actor.role and f" {desc.role}" in f" {actor.role}"):
                continue
            if desc.country and actor.country and desc.country != actor.country:
                continue
            if desc.country and not actor.country:
                continue
            if best is None or self.last_seen.get(actor.id, -1) > self.last_seen.get(best.id, -1):
                best = actor
        return best


def merge_descriptions(resolver: ActorResolver) -> None:
    """Fold an unnamed office holder ("Russian defence minister" in a headline) into the named
    person who holds that office in the same article, so one person is one actor."""
    named = [a for a in resolver.actors if a.kind == "person" and not a.anonymous and a.role and a.country]
    for actor in list(resolver.actors):
        if not (actor.anonymous and actor.kind == "person" and actor.role and actor.country):
            continue
        role = resolver.kb.role(actor.role)
        if role is None or role[1] != "office":
            continue
        twin = next((n for n in named if n.country == actor.country and norm_role(n.role) == norm_role(actor.role)), None)
        if twin is None:
            continue
        twin.mentions.extend(actor.mentions)
        for i, owner in list(resolver.token_actor.items()):
            if owner == actor.id:
                resolver.token_actor[i] = twin.id
        actor.mentions = []


def find_actors(doc: Doc, day: date | None = None, kb: KnowledgeBase | None = None) -> ActorResolver:
    from telex.stages.actor_countries import infer_countries

    resolver = ActorResolver(doc, kb or get_kb(), day)
    resolver.run()
    merge_descriptions(resolver)
    infer_countries(resolver)
    return resolver


@Language.factory(
    "telex_actors",
    requires=["doc._.telex_excluded", "doc.ents", "token.dep"],
    assigns=["doc._.telex_actors", "doc._.telex_actor_of"],
    default_config={},
)
def make_actors(nlp: Language, name: str):
    return ActorStage()


class ActorStage:
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.telex_article
        day = article.published if article is not None else None
        resolver = find_actors(doc, day)
        kept = [a for a in resolver.actors if a.mentions]
        doc._.telex_actors = [a.to_record() for a in kept]
        doc._.telex_actor_of = dict(resolver.token_actor)
        doc._.telex_actor_country_basis = {a.id: a.country_basis for a in kept if a.country_basis}
        return doc
