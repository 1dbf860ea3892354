"""Reading named mentions: a person's name with the words that describe it, an organisation's name,
and a nationality word standing for its country.

Split from ``actors.py`` (which had passed 600 lines): :class:`MentionReaders` is a part of the actor
resolver, which calls :meth:`MentionReaders.person_mention`, :meth:`MentionReaders.org_mention` and
:meth:`MentionReaders.norp_mention` for each entity it reads, in order.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from telex.kb import norm
from telex.stages.actor_descriptions import Description
from telex.stages.actor_linking import ActorState
from telex.stages.actor_references import ReferenceReader, name_head
from telex.stages.actor_words import COMPANY_NAME_ENDS, MASTHEAD_WORDS, TITLE_ROLES, TITLES, given_names, names_clash, word_gender

#: Those who speak for a body: one named with no owner is the spokesperson of the body that last spoke.
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
#: Last words of known bodies' names that alone name another body: "the House" is not the White House.
NOT_SHORT_FORMS = frozenset({"house", "office", "department", "union", "nations", "states"})
#: Nouns of a venue, whose name may open with a body's word that names no body ("Toronto Congress Centre",
#: "Parliament Square", "Assembly Hall"): the venue is of no body's kind.
VENUE_NOUNS = frozenset("centre center hall square building hotel stadium arena".split())
#: Sectors of a force whose word in a venue's name makes the venue its own institution ("Walter Reed National
#: Military Medical Center", "Army Medical Center", "Police Training Centre"): a military hospital is the
#: military's, as a "Congress Centre" is no congress's.
FORCE_SECTORS = frozenset({"MIL", "COP"})
#: A legislative chamber's name alone, capitalised: "the House" (of Representatives, of Commons), "the Assembly"
#: (National, Legislative), as "the Senate" is one (LEG). Not in roles.tsv: "the house", "an assembly" are no bodies.
CHAMBER_NAMES = frozenset({"house", "assembly"})
#: Words that make an organisation called a "Union" a trade union ("National Union of Mineworkers").
LABOUR_WORDS = frozenset("trade trades labour labor workers mineworkers miners teachers employees nurses "
                         "journalists farmers dockers transport seafarers".split())
#: Where a nationality or party word stands for its country or party ("the Russians said", "Republicans
#: voted"), not modifying a noun ("Republican senators").
STANDS_FOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


class MentionReaders(ReferenceReader):
    """Named mentions: people, organisations and nationality words (see the module docstring)."""

    def national_chapter(self, ent: Span) -> ActorState | None:
        """"Amnesty International Kenya", "Oxfam Kenya": an international non-governmental organisation's name
        followed at once by a country's (as one entity or two) is its national section, an actor of that country
        with the organisation's code, not the organisation itself nor the country. Linked and returned, if so."""
        doc = self.doc
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        found, iso, end = self.kb.actor(doc[start:ent.end].text, self.day), None, ent.end
        if found is not None:
            country = self.entity_at(ent.end) if ent.end < len(doc) else None  # two entities: "Amnesty International" "Kenya"
            if country is not None and country.start == ent.end:
                iso, end = self.kb.country(country.text), country.end
        else:
            for cut in range(ent.end - 1, start, -1):  # one entity: the name, then the country's last word(s)
                iso = self.kb.country(doc[cut:ent.end].text)
                if iso:
                    found = self.kb.actor(doc[start:cut].text, self.day)
                    break
        term = found[1] if found is not None else None
        if not iso or term is None or not term.org or term.country or "NGO" not in term.sectors:
            return None
        name = doc[start:end].text
        actor = next((a for a in self.actors if a.kind == "org" and a.name == name), None)
        if actor is None:
            actor = self.new_actor(name, "org", country=iso, code=term.org, sectors=list(term.sectors))
        self.link(actor, start, end, doc[end - 1])
        return actor

    def person_mention(self, span: Span, first: int, head: Token, desc_tokens: list[Token]) -> None:
        key_last = norm(span[-1].text)
        actor = None
        # "Mrs. Clinton" after "Bill Clinton" is someone else: a title's gender must agree
        title_gender = next((g for g in (word_gender(t.text) for t in self.doc[first:span.start]) if g), None)
        if len(span) == 1:
            actor = self.person_by_surname(key_last)
            if actor is not None and title_gender and actor.gender and actor.gender != title_gender:
                actor = None
        else:
            full = norm(span.text)
            # (or a body the tagger took for a person before: "Hagia Sophia, formerly a church")
            actor = next((a for a in self.actors if (a.kind == "person" or (a.kind == "org" and not a.kb_id))
                          and norm(a.name) == full), None)
            if actor is None:
                candidate = self.person_by_surname(key_last)
                # "Olaf Scholz" after "Scholz", "Robert Gabriel Mugabe" after "Robert Mugabe": the same
                # person unless the names clash ("Grace Mugabe")
                if candidate is not None and len(candidate.name.split()) == 1:
                    actor = candidate
                    actor.name = span.text
                elif candidate is not None and not names_clash(span.text, candidate.name):
                    actor = candidate
        if actor is None:
            found = self.kb.actor(span.text, self.day)
            if found and title_gender and self.kb_gender(found[0]) not in (None, title_gender):
                # "Mrs. Clinton": of the people the KB calls Clinton, the woman
                other = next((a for a in self.kb.actors_named(span.text) if self.kb_gender(a) == title_gender), None)
                found = (other, other.term_on(self.day)) if other is not None else None
            if found and found[0].kind == "person":
                actor = self.actor_from_kb(*found)
            else:
                actor = self.new_actor(span.text, "person")
        desc = self.describe(desc_tokens, person=True) if desc_tokens else Description()
        if desc.anchor is None and desc.org is None and not desc.country and self.unowned_relative(desc_tokens):
            desc.anchor = self.body_subject_before(span[0])  # "China's defence ministry said ... A spokesman, X, said"
        actor = self.named_anonymous(actor, span, desc)
        actor.name_tokens |= {norm(t.text) for t in span if not t.is_punct}
        if actor.gender is None:
            # a title before the name or inside the entity ("Mrs Patel"), a gendered role ("spokeswoman"),
            # else the given name
            titles = [t for t in self.doc[first:span.end - 1] if t.lower_.strip(".") in TITLES]
            stated = [g for g in (word_gender(t.text) for t in [*titles, *desc_tokens]) if g]
            names = [t for t in span[:-1] if t.lower_.strip(".") not in TITLES]
            given = given_names().get(names[0].lower_) if names else None
            actor.gender = stated[-1] if stated else given
        if not actor.role and (not desc.role or (desc.role_kind == "member" and not desc.sectors)):
            # a title before the name says the office, over a sectorless apposition ("Senator X, a critic")
            title = next((TITLE_ROLES[t.lower_.strip(".")] for t in reversed(self.doc[first:span.start])
                          if t.lower_.strip(".") in TITLE_ROLES), None) or self.list_title(span)
            found = self.kb.role(title) if title else None
            if found is not None:
                desc.role, (desc.sectors, desc.role_kind) = title, found  # "Sen. Joe Manchin": a senator
        # the noun right before the name or in apposition to it, not a possessor ("the party's nominee")
        role_nouns = {t.lower_ for t in desc_tokens if t.pos_ == "NOUN" and (t.i == span.start - 1 or t.dep_ in ("appos", "compound"))}
        if (actor.kind == "person" and not actor.mentions and actor.kb_id is None and desc.role_kind == "body"
                and desc.role and desc.role.split()[-1] in role_nouns and not given_names().get(span[0].lower_)):
            # "human rights group Foro Penal", "Hagia Sophia, formerly a church": a body the tagger took for a person
            actor.kind = "org"
        if desc.role or desc.country or desc.anchor or desc.org or desc.sectors:
            self.apply(actor, desc)
            for t in desc_tokens:
                self.consumed.add(t.i)
                # the describing words refer to the person too ("Scholz's spokesman, ..., said")
                self.token_actor.setdefault(t.i, actor.id)
        if actor.kb_id is None:
            found = self.kb.actor(span.text, self.day)
            # the last words of a name read before ("Putin", "De La Fuente" after "Rocky De La Fuente") are a surname
            by_surname = len(span) < len(actor.name.split()) and norm(actor.name).endswith(" " + norm(span.text))
            if found is None and len(span) > 1:
                found, by_surname = self.kb.actor(span[-1].text, self.day), True
            if by_surname and found is not None and self.day is not None and not (found[1] is not None and found[1].holds_on(self.day)):
                # by the surname alone, only someone in office that day: "Cyrus R. Vance" in 2019 is
                # not the vice president Vance of 2025
                found = None
            if (found and found[0].kind == "person" and (not actor.country or found[1] is None or found[1].country == actor.country)
                    and not self.other_person(actor, found[0])):
                actor.kb_id = found[0].id
                term = found[1]
                if term is not None and not self.in_office(term):
                    actor.country = actor.country or term.country
                elif term is not None:
                    actor.country = actor.country or term.country
                    if not actor.role or desc.role_kind == "relative":
                        actor.role = term.role  # "his Russian counterpart": the office itself comes from the KB
                    actor.sectors = list(dict.fromkeys([*actor.sectors, *term.sectors]))
        self.link(actor, first, span.end, head)

    @staticmethod
    def of_person(tok: Token) -> bool:
        """Whether a noun is owned by someone named after it: "the elected government of Aung San Suu Kyi"
        is hers, not the government the article described before."""
        return any(g.ent_type_ == "PERSON" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")

    def unowned_relative(self, tokens: list[Token]) -> bool:
        """Whether a description has a spokesperson noun that names no owner: no possessor and no "for"
        phrase ("A spokesman, Senior Colonel X": whose is left to the context). Other relative roles
        ("adviser", "director", "founder") are too often someone else's than the last body that spoke."""
        for t in tokens:
            if t.pos_ == "NOUN" and t.lower_ in SPOKESPEOPLE:
                return all(c.dep_ in ("det", "punct", "appos") for c in t.children)  # not "a junta spokesman"
        return False

    @staticmethod
    def kb_gender(known) -> str | None:
        """A KB person's gender, from the given name ("Hillary Clinton" f)."""
        first = known.name.split()[0].lower() if known.kind == "person" and known.name else ""
        return given_names().get(first)

    @staticmethod
    def other_person(actor: ActorState, known) -> bool:
        """Whether the knowledge base's ``known`` person is someone else than ``actor``, whose full name
        the text gave: a surname alone ("Li") finds the KB's Li Keqiang, but "Li Wenliang" is not he."""
        names = [known.name, *(a for a in known.aliases if len(a.split()) > 1)]
        return all(names_clash(actor.name, name) for name in names)

    def org_mention(self, span: Span, head: Token, desc_tokens: list[Token]) -> None:
        doc = self.doc
        if self.national_chapter(span) is not None:
            return
        found = self.kb.actor(span.text, self.day) or self.known_with_kind_noun(span)
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            # "Inter-Services Public Relations (ISPR)": the abbreviation is read as its own mention
            # (read_abbreviation), not as a description of the name; a known one names the body
            # ("the Iranian Revolutionary Guard Corps (IRGC)")
            desc_tokens = [t for t in desc_tokens if t.i not in (span.end, span.end + 1, span.end + 2)]
            abbreviation = doc[span.end + 1]
            if found is None and abbreviation.is_upper and abbreviation.is_alpha:
                known = self.kb.actor(abbreviation.text, self.day)
                found = known if known is not None and known[0].kind != "person" else None
        if found and found[1] is not None and not found[1].country and desc_tokens:
            if self.owner_country(desc_tokens):
                found = None  # "Russia's Security Council": a national body, not the international one of that name
        if found:
            actor = self.actor_from_kb(*found)
        else:
            # "the US Senate": a country word and a body noun inside the name
            words = [t for t in span if not t.is_punct]
            inner = self.describe(words, read_orgs=False)
            full = norm(span.text)
            actor = next((a for a in self.actors if a.kind == "org" and norm(a.name) == full), None)
            # only the name's own modifiers say whose it is, not an apposition ("the Bank of Canada, the Bank of England")
            before = [t for t in desc_tokens if t.i < span.start and span.root.is_ancestor(t)]
            if actor is not None and actor.country and before and self.owner_country(before) not in (None, actor.country):
                actor = None  # "Azerbaijan's defence ministry" after Armenia's: the same words, another country's body
            if actor is None and len(words) <= 2 and all(t.dep_ == "det" or t.is_punct for t in desc_tokens):
                # a short form of a body named before: "the Commission" after "the European Commission"
                shorter = [
                    a for a in self.actors
                    if a.kind == "org" and (
                        # a known body has its own short names ("House" is not the White House), but its head noun
                        # alone is it too ("the Commission" after "the European Commission")
                        (norm(a.name).endswith(" " + full) and (not a.kb_id or full not in NOT_SHORT_FORMS))
                        or (not a.kb_id and self.body_word_after(norm(a.name), full))
                        # "Parliament" after "the Parliament of Iraq", "House" after "the House of Representatives":
                        # the head noun of a name with "of"
                        or (" of " in norm(a.name) and name_head(a.name) == full))
                ]
                actor = max(shorter, key=lambda a: self.last_seen.get(a.id, -1), default=None)
            if actor is None:
                actor = self.new_actor(span.text, "org")
                if span[-1].text in MASTHEAD_WORDS and len(span) > 1:
                    inner.role, inner.sectors = None, ("MED",)  # "Military Times" is a newspaper, not an army
                elif span[-1].lower_.strip(".") in COMPANY_NAME_ENDS and len(span) > 1 and not inner.sectors:
                    inner.sectors = ("BUS",)  # "Kenya Airways", "Acme Inc": a company
                elif inner.role == "union" and not {t.lower_ for t in span} & LABOUR_WORDS:
                    inner.role, inner.sectors = None, ()  # "Zimbabwe African National Union" is a party
                elif inner.role_kind == "body" and self.venue_named_for(words, inner.role):
                    # "Toronto Congress Centre": a venue; a force's ("Military Medical Center") is of the force's sector
                    force = tuple(x for x in inner.sectors if x in FORCE_SECTORS)
                    inner.role, inner.role_kind, inner.sectors = None, None, force
                elif len(words) == 1 and words[0].lower_ in CHAMBER_NAMES and not inner.sectors:
                    inner.role, inner.role_kind, inner.sectors = words[0].lower_, "body", ("LEG",)  # "the Senate and House"
                self.apply(actor, inner)
        # the words of another mention of the same body say nothing more of it: "the Kurdistan Workers' Party
        # (PKK)" read again for "PKK" would make the armed group a political party (its words "workers", "party")
        desc_tokens = [t for t in desc_tokens if self.token_actor.get(t.i) != actor.id]
        if found:
            # nor does another body's name beside a known one: in "the Bank of Canada, the Bank of England, ..." the
            # parse puts each bank in apposition to the one before, whose kind the knowledge base already gives
            own = range(span.start - 1 if span.start and doc[span.start - 1].lower_ == "the" else span.start, span.end)
            desc_tokens = [t for t in desc_tokens if not (t.ent_type_ == "ORG" and t.dep_ != "poss" and t.i not in own)]
        if desc_tokens:
            desc = self.describe(desc_tokens)
            if found and desc.role_kind in ("office", "member"):
                # "the agency ISNA, the chief prosecutor of Isfahan, X, said": a person's office beside a known body
                # describes the person the parse left out, not the body
                desc.role, desc.role_kind, desc.sectors = None, None, ()
            self.apply(actor, desc)
            after = [t.i for t in desc_tokens if t.i > span.end and t.i not in self.consumed]
            if desc.role_kind == "body" and after:
                # "Vyasna, a Belarusian rights centre,": the apposition is a mention of this body, no other one
                self.link(actor, min(after), max(after) + 1)
                self.consumed.update(range(min(after), max(after) + 1))
        self.link(actor, span.start, span.end, head)

    @staticmethod
    def venue_named_for(words: list[Token], role: str) -> bool:
        """Whether a name's body noun only opens the name of a venue after it ("Toronto Congress Centre for Anime
        North", "Parliament Square"): the noun of :data:`VENUE_NOUNS` comes after the body's."""
        noun = next((t.i for t in words if t.lower_ == role.split()[-1]), None)
        return noun is not None and any(t.i > noun and t.lower_ in VENUE_NOUNS and t.is_title for t in words)

    def known_with_kind_noun(self, span: Span):
        """The known body a name is when it ends in a lower-case noun of the body's kind that the knowledge
        base does not list with it ("Zanu PF party", "Awami League party"): (entry, term), or None."""
        if len(span) < 2 or not span[-1].is_lower:
            return None
        kind = self.kb.role(span[-1].lemma_.lower()) or self.kb.role(span[-1].lower_)
        found = self.kb.actor(span[:-1].text, self.day)
        if kind is None or kind[1] != "body" or not kind[0] or found is None or found[0].kind == "person" or found[1] is None:
            return None
        return found if set(kind[0]) <= set(found[1].sectors) else None

    def owner_country(self, desc_tokens: list[Token]) -> str | None:
        """The country the words before a body's name say it belongs to: "Russia's", "the Armenian"."""
        desc = self.describe(desc_tokens)
        owner = desc.anchor if desc.anchor is not None and desc.anchor.kind == "country" and not desc.relation else None
        return desc.country or (owner.country if owner is not None else None)

    def norp_mention(self, span: Span) -> None:
        """'Russian' before a role noun is handled with the noun; 'the Russians' alone is the country."""
        tok = span.root
        iso = self.kb.adjective(span.text) or self.ambiguous_country(span.text)
        if iso is None:
            found = self.kb.actor(span.text, self.day)
            if found and found[0].kind in ("org", "group") and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in STANDS_FOR_DEPS:
                # members named for their body: "Republicans said", "the Tories" (listed as its aliases)
                self.link(self.actor_from_kb(*found), span.start, span.end)
            return
        if any(c.lower_ == "ethnic" for c in tok.children):
            return  # "ethnic Albanians (in Serbia)": a people, not the state; the events stage places them
        if tok.dep_ in STANDS_FOR_DEPS and tok.pos_ in ("PROPN", "NOUN"):
            self.link(self.country_actor(iso), span.start, span.end)
