"""Reading references to actors named elsewhere in the article, for :mod:`telex.stages.actors`.

News names a body or person once and then refers back to it in other words: a bracketed
abbreviation ("the Rapid Support Forces (RSF)"), a short form ("the Commission", "Tata"), a noun
("the Iran-backed group"), a definite description that names a source given earlier ("a government
spokesman said ... X, the spokesman, ..."), or a phrase after a relative role ("a spokesman for the
president"). Unnamed sources ("two people familiar with the matter") are read here too.

:class:`ReferenceReader` extends :class:`~telex.stages.actor_appositions.DescriptionFinder`;
:class:`~telex.stages.actors.ActorResolver` builds on it and provides ``name_mention`` and
``role_mention``, which reading a phrase ahead of its turn needs.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from telex import gazetteer
from telex.knowledge import data_lines
from telex.kb import norm
from telex.stages.actor_appositions import DescriptionFinder
from telex.stages.actor_descriptions import Description
from telex.stages.actor_linking import ActorState
from telex.stages.actor_words import ORG_WORDS, OWNER_PREPS

#: How many sentences back an unnamed person may be that a name with a definite description of the same role
#: names ("a spokesman said ... X, the spokesman, added"); further back, the description is someone new.
NAMING_REACH = 3
#: Nouns news uses to refer back to a named armed group, movement or organisation: "Hezbollah ... the
#: Iran-backed group said", "Hamas ... the militant group".
GROUP_ANAPHORS = frozenset({"group", "movement", "militia", "organisation", "organization"})
#: Of those, nouns only an armed group is called: "the militia" after a rights group is not that group.
ARMED_ANAPHORS = frozenset({"militia"})
#: How far back (in tokens) "the group" looks for the body it refers to.
GROUP_ANAPHOR_WINDOW = 120
#: Head nouns of bodies' names by which news refers back to the body named before: "the commission" after "the
#: European Commission" or "the Ethiopian Human Rights Commission", "the union" after "the European Union" or "the
#: Ghana Union of Traders", "the association" after "the Kenya Medical Association", "the embassy" after "the French
#: Embassy", "the department" after "the State Department", "the bank" after "the Central Bank of Nigeria".
NAME_HEAD_ANAPHORS = frozenset(
    "union commission association council court party ministry agency committee league federation tribunal authority "
    "board assembly parliament foundation institute embassy consulate department bank".split()
)
#: Body nouns that follow a place's name ("Kamloops Police", "Leeds City Council"): the name alone is the place.
PLACE_BODY_WORDS = frozenset("police council authority assembly university club".split())


#: What makes "people" an unnamed source: "two people familiar with the matter", "a person briefed on
#: the talks", "people with knowledge of the plans", "people close to the negotiations".
SOURCE_MODIFIERS = frozenset({"familiar", "briefed", "close"})


def unnamed_source(tok: Token) -> bool:
    """Whether "people"/"person" is modified as someone who knows, as wire reports name their sources."""
    for child in tok.children:
        if child.lower_ in SOURCE_MODIFIERS and child.dep_ in ("amod", "acl", "advmod"):
            return True
        if child.dep_ == "prep" and child.lower_ == "with" and any(g.lower_ == "knowledge" for g in child.children):
            return True
    return False


#: Words that may describe a group referred back to: "the militant group", "the armed movement".
GROUP_ANAPHOR_WORDS = frozenset(
    "militant armed rebel islamist jihadist extremist insurgent separatist hardline radical paramilitary "
    "militia palestinian lebanese shiite shia sunni kurdish islamic".split()
)


def anaphor_modifier(tok: Token) -> bool:
    """A modifier that keeps "the ... group" a reference back: a describing word, the group's own name
    ("the Houthi movement"), or who backs or bases it ("the Iran-backed group", "the Yemen-based")."""
    if tok.lower_ in GROUP_ANAPHOR_WORDS or (tok.pos_ == "PROPN" and tok.dep_ == "compound"):
        return True
    return tok.pos_ == "VERB" and tok.lower_ in ("backed", "based", "led", "aligned", "linked", "allied")


def _org_anaphors() -> dict[str, frozenset[str]]:
    out = {}
    for _, line in data_lines("org_anaphors.tsv"):
        noun, orgs = line.split("\t")[:2]
        out[noun.strip().lower()] = frozenset(o.strip() for o in orgs.split("|") if o.strip())
    return out


#: Nouns that refer back to an international organisation named before ("the alliance": NATO); see org_anaphors.tsv.
ORG_ANAPHORS = _org_anaphors()
#: Words that may stand before such a noun and keep it a reference back: "the Western military alliance", "the
#: 27-nation bloc", "the 32-member alliance".
ORG_ANAPHOR_WORDS = frozenset(
    "western military transatlantic atlantic european regional economic trade defence defense security nation member".split()
)


def the_noun(tok: Token) -> bool:
    """Whether a noun has "the" for its determiner."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def name_head(name: str) -> str:
    """The head noun of a body's name: its last word, or the last before "of" ("Union of Traders' Associations")."""
    words = norm(name).split()
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return words[-1] if words else ""


def according_to(tok: Token) -> bool:
    """Whether ``tok`` is the source in "according to X", who is a speaker however vague."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


class ReferenceReader(DescriptionFinder):
    """Abbreviations, short forms, anaphoric nouns, named sources and owners after a role."""

    def body_word_after(self, name: str, short: str) -> bool:
        """Whether ``name`` is ``short`` and a body noun ("treasury department" for "the Treasury", "tata group"
        for "Tata")."""
        rest = name[len(short) + 1:] if name.startswith(short + " ") else ""
        if not rest or " " in rest:
            return False
        if rest in PLACE_BODY_WORDS and gazetteer.get_index().candidates(short):
            return False  # "Kamloops" after "Kamloops Police" is the town
        found = self.kb.role(rest)
        return rest in ORG_WORDS or (found is not None and found[1] == "body")  # "Tata" for "Tata Group"

    def abbreviated(self, start: int, end: int) -> ActorState | None:
        """The actor named right before a bracketed abbreviation of its name: "the Rapid Support
        Forces (RSF)", "Movement for Democratic Change (MDC)". The abbreviation is remembered, so
        that a later "the RSF" is the same actor."""
        doc = self.doc
        text = doc[start:end].text
        if not (start >= 2 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"):
            return None
        if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 8):
            return None
        actor = self.by_id.get(self.token_actor.get(start - 2, ""))
        if actor is None or actor.kind not in ("org", "group"):
            return None
        initials = "".join(w[0] for w in actor.name.replace("-", " ").split() if w[:1].isupper())
        if not ((text[0] == initials[:1] and set(text) <= set(initials)) or set(text) == set(initials)):
            return None  # the name's initials, or all of them reordered: an abbreviation of the name in its own
            # language ("National Electoral Council (CNE)"); not part of it ("Parliament of New South Wales (NSW)")
        self.abbreviations[norm(text)] = actor.id
        return actor

    def initials_of_named(self, text: str) -> ActorState | None:
        """The one body or group named before whose name's initials the capitals ``text`` are, given
        with no brackets ("the paramilitary Rapid Support Forces ... the RSF of General X"); not a
        name the knowledge base knows, and none where two bodies named share the initials."""
        if not (text.isupper() and text.isalpha() and 3 <= len(text) <= 8) or self.kb.actor(text, self.day) is not None:
            return None  # two letters match too much by chance ("UK" and "United Kingdom officials")
        if self.kb.country(text) or self.kb.capital(text):
            return None
        found = [
            a for a in self.actors
            if a.kind in ("org", "group") and a.mentions and not a.anonymous
            and "".join(w[0] for w in a.name.replace("-", " ").split() if w[:1].isupper()) == text
        ]
        return found[0] if len(found) == 1 else None

    def read_abbreviation(self, ent: Span) -> None:
        """A bracketed abbreviation inside the entity just read, or right after it ("Rapid Support
        Forces (RSF"): a mention of the same actor."""
        doc = self.doc
        paren = next((t.i for t in doc[ent.start:min(ent.end + 1, len(doc))] if t.text == "("), None)
        if paren is None or paren + 2 >= len(doc) or doc[paren + 2].text != ")" or paren + 1 in self.consumed:
            return
        named = self.abbreviated(paren + 1, paren + 2)
        if named is not None:
            self.link(named, paren + 1, paren + 2)

    def group_anaphor(self, tok: Token) -> None:
        """"the group" (or "the Iran-backed group", "the militant movement") is the named non-state body
        seen last, a few sentences back at most; bodies of a state are referred to by their own nouns."""
        if not all(anaphor_modifier(c) for c in tok.children if c.i < tok.i and c.dep_ != "det"):
            return  # "the anti-war movement", "the control group": a group of its own, not one named before
        candidates = [
            a for a in self.actors
            if a.kind in ("group", "org") and not a.anonymous and a.mentions
            and (not a.role or a.role.split()[-1] in GROUP_ANAPHORS)
            and a.sectors and not set(a.sectors) & {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "BUS", "MED"}
            and tok.i - GROUP_ANAPHOR_WINDOW <= self.last_seen.get(a.id, -1) < tok.i
        ]
        # a name before the noun must be the body's own ("the Houthi movement" after the Houthis); "the Fano
        # militia" after Amnesty is a body of its own. "The militia" is only an armed group, not a rights group.
        names = {norm(c.text) for c in tok.children if c.i < tok.i and c.pos_ == "PROPN" and c.dep_ == "compound"
                 and not (self.kb.adjective(c.text) or self.kb.country(c.text))}

        def fits(known: list[str], sectors, role: str | None) -> bool:
            return (all(any(n in norm(k) for k in known) for n in names)
                    and (tok.lower_ not in ARMED_ANAPHORS or "REB" in sectors or (role or "").split()[-1:] == [tok.lower_]))

        text = self.doc.text
        candidates = [a for a in candidates if fits([a.name, *(text[s:e] for s, e in a.mentions)], a.sectors, a.role)]
        actor = max(candidates, key=lambda a: self.last_seen.get(a.id, -1)) if candidates else None
        named = self.group_named_before(tok)  # also as a modifier only ("Hezbollah rocket launchers")
        if named is not None and not fits([named[1][0].name, *named[1][0].aliases],
                                          named[1][1].sectors if named[1][1] is not None else (), None):
            named = None
        if named is not None and (actor is None or named[0] > self.last_seen.get(actor.id, -1)):
            actor = self.actor_from_kb(*named[1])
        if actor is None:
            return
        start = min(t.i for t in tok.subtree if t.i <= tok.i)
        self.link(actor, start, tok.i + 1, tok)

    def name_head_anaphor(self, tok: Token) -> bool:
        """"the commission" (bare: not "the electoral commission") is the body named before whose name has that head
        noun ("the European Commission", "the Ethiopian Human Rights Commission"; "the Union of Traders"): the one seen
        last. True when linked."""
        if any(c.i < tok.i and c.dep_ not in ("det", "case") for c in tok.children):
            return False  # "the ruling party", "the electoral commission": a body of its own
        key = tok.lemma_.lower() if tok.tag_ == "NN" else tok.lower_
        named = [a for a in self.actors if a.kind == "org" and a.mentions and not a.anonymous and a.name[:1].isupper()
                 and name_head(a.name) == key and self.last_seen.get(a.id, -1) < tok.i]
        if not named:
            return False
        actor = max(named, key=lambda a: self.last_seen.get(a.id, -1))
        if any(a.kind == "org" and a.role_head() == key and self.last_seen.get(actor.id, -1) < self.last_seen.get(a.id, -1) < tok.i
               for a in self.actors):
            return False  # "the party" after the Liberal Democrats, a party named since: read as a role, as before
        self.link(actor, min(t.i for t in tok.subtree if t.i <= tok.i), tok.i + 1, tok)
        return True

    def org_anaphor(self, tok: Token) -> None:
        """"the alliance" (or "the Western alliance", "the 27-nation bloc") is the organisation of that kind
        (:data:`ORG_ANAPHORS`) named last before it."""
        left = [t for c in tok.children if c.i < tok.i and c.dep_ != "det" for t in c.subtree]
        if not all(t.like_num or t.is_punct or t.lower_ in ORG_ANAPHOR_WORDS for t in left):
            return  # "the ruling alliance", "the opposition alliance": a body of its own
        kinds = ORG_ANAPHORS.get(tok.lower_, frozenset())
        named = [a for a in self.actors if a.kind == "org" and a.code in kinds and a.mentions and self.last_seen.get(a.id, -1) < tok.i]
        if not named:
            return
        # the organisation itself before one of its bodies: "the bloc" is the EU, not the European Parliament named since
        whole = [a for a in named if a.kb_id and a.code and a.kb_id == a.code.lower()]
        actor = max(whole or named, key=lambda a: self.last_seen.get(a.id, -1))
        start = min(t.i for t in tok.subtree if t.i <= tok.i)
        self.link(actor, start, tok.i + 1, tok)

    def group_named_before(self, tok: Token):
        """(position, KB entry) of the last known non-state body the text names before ``tok``, within
        :data:`GROUP_ANAPHOR_WINDOW` tokens, however it was used."""
        for ent in reversed([e for e in self.entities() if tok.i - GROUP_ANAPHOR_WINDOW <= e.start < tok.i]):
            if ent.label_ not in ("ORG", "NORP", "PERSON"):
                continue
            found = self.kb.actor(ent.text, self.day)
            if found is None or found[0].kind not in ("group", "org"):
                continue
            sectors = set(found[1].sectors if found[1] is not None else ())
            if sectors & {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO"} or not sectors:
                continue
            return ent.start, found
        return None

    def named_anonymous(self, actor: ActorState, span: Span, desc: Description) -> ActorState:
        """The unnamed actor a name just introduced was: "a government spokesman said ... Zabihullah
        Mujahid, the spokesman, urged ...". A new person whose apposition is a definite description of
        an earlier anonymous person's role is that person, now named, if seen at most :data:`NAMING_REACH` sentences
        before (not "the president may serve two terms" paragraphs before "its first president, Tom Hale")."""
        if actor.mentions or actor.kb_id or actor is not self.actors[-1] or not desc.role:
            return actor
        if not any(t.dep_ == "det" and t.lower_ == "the" for t in desc.tokens):
            return actor
        head = desc.role.split()[-1]
        here = self.sentence_index(span[0])
        earlier = [a for a in self.actors[:-1] if a.anonymous and a.kind == "person" and a.role and a.role.split()[-1] == head
                   and a.id in self.last_seen and here - self.sentence_index(self.doc[self.last_seen[a.id]]) <= NAMING_REACH]
        if not earlier:
            return actor
        found = max(earlier, key=lambda a: self.last_seen.get(a.id, -1))
        self.actors.pop()
        del self.by_id[actor.id]
        found.name, found.anonymous = span.text, False
        found.gender = found.gender or actor.gender
        return found

    def source_mention(self, tok: Token) -> None:
        """"two people familiar with the matter": an anonymous source, named by the words up to the noun."""
        start = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ in ("nummod", "det", "amod", "quantmod") or t.i == tok.i)
        span = self.doc[start:tok.i + 1]
        name = " ".join(t.text for t in span if t.dep_ != "det")
        actor = self.new_actor(name or tok.text, "group" if tok.tag_ == "NNS" else "person", role="sources" if tok.tag_ == "NNS" else "source")
        actor.anonymous = True
        self.link(actor, span.start, span.end, tok)

    def owner_after(self, tok: Token) -> ActorState | None:
        """Whose a relative role is when a phrase after it says so ("a spokesman for the president", "an
        adviser to Kaczynski", "a spokeswoman of the ministry"); that phrase is read now, before its turn."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.i not in self.token_actor and pobj.i not in self.consumed:
                ent = self.entity_at(pobj.i)
                if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                    self.name_mention(ent)
                elif not pobj.ent_type_ and pobj.pos_ == "NOUN" and (
                    pobj.lower_ in self.kb.role_heads or pobj.lemma_.lower() in self.kb.role_heads
                ):
                    self.role_mention(pobj)
            owner = self.resolve_token(pobj)
            if owner is not None:
                return owner
        return None
