"""The CAMEO actor code of what fills an event's role: a known actor's code, else one read off the noun
phrase itself ("Egyptian police" -> EGYCOP, "Hezbollah guerrillas", "students throughout Indonesia", "the
Bush administration", an unknown "... Forum" -> NGO).

Split from ``event_roles.py``: :class:`ActorCodes` is a part of the event finder, which supplies ``doc``,
``kb``, ``actor_of`` and ``actors``; :class:`telex.stages.event_roles.Roles` builds on it.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.kb import org_code
from telex.records import Actor
from telex.stages.actor_linking import inside_place_name
from telex.stages.actor_words import RELATION_NOUNS, apposed_name, possessor_of_relation, role_noun_misread

#: Clauses whose pronoun subject stands for someone in the clause they hang from, not for whoever reports it.
SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "acl"})
#: Tokens either side of a noun phrase's head searched for its country ("students throughout Indonesia").
NP_WINDOW = 6

#: Nouns of agreements, which are named after the city they were made in ("the Paris accord", "the Minsk agreements").
AGREEMENT_NOUNS = frozenset("accord accords agreement agreements deal treaty pact protocol convention conventions declaration".split())

#: Prepositions that make a capital's name a place rather than its government ("militias in Tripoli").
PLACE_PREPS = frozenset({"in", "at", "near", "around", "outside", "inside", "from"})
#: How large another country's city of a capital's name must be, as a share of the capital, for the sentence's
#: mention of that country to claim the name: Lebanon's Tripoli is about a fifth of Libya's; Moscow, Idaho or
#: Paris, Texas are far below a tenth of theirs and never do. Set by hand on those cases, not fitted to a gold set.
RIVAL_CITY_SHARE = 0.1

#: Possessive pronouns that, in reported speech, stand for the speaker (see :meth:`ActorCodes.speakers_own`).
#: Only "its": "their" agrees with a plural subject of the clause as well ("said the rebels had lost their men").
OWNER_PRONOUNS = frozenset({"its"})

#: Singular bodies of a state that, placed by the article's country ("the government" in a Tbilisi story), are that
#: country's own: the state an article is about is the one "the government" means (lead's wire articles: 1, an appeal
#: to "the government" coded with no target). Groups ("troops") placed so stay uncoded as targets.
STATE_BODIES = frozenset("government cabinet parliament ministry".split())

#: Dependency labels of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

#: Singular nouns for a body of people that the role table does not list (it lists people by what they do):
#: "the delegation from Sudan", "the leadership in Kabul", "a crowd in Cairo".
COLLECTIVE_NOUNS = frozenset(
    "team group crowd mob militia leadership regime contingent mission coalition party family community population "
    "public force delegation committee council junta panel movement faction alliance authority side camp bloc "
    "campaign".split()
)

#: Head nouns of the names of bodies (an unknown one is coded NGO) and words that make such a name a state's own organ.
#: Not "alliance", "movement" or "league": in political news they head the names of armed groups and parties as
#: often as of NGOs ("Three Brotherhood Alliance", "March 23 Movement", "Northern League", "Five Star Movement",
#: "Awami League"), so the name alone is no evidence of an NGO and such a body stays uncoded.
BODY_HEADS = frozenset(
    "committee forum council commission foundation association institute federation society "
    "network centre center coalition organization organisation".split()
)
STATE_WORDS = frozenset(
    "national federal state supreme security electoral central military revolutionary provisional transitional "
    "presidential government governing parliamentary constitutional royal interim".split()
)

#: Heads of a government named after its leader: "the Bush administration", "the Netanyahu government".
LEADER_BODIES = frozenset("administration government regime cabinet".split())


class ActorCodes:
    """Actor codes of tokens (see the module's doc)."""

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

    def coded(self, tok: Token) -> bool:
        """Whether a token is an actor with a CAMEO code ("troops" alone is an actor of no country)."""
        actor = self.actors.get(self.actor_at(tok) or "")
        if actor is None:
            return False
        if actor.kind != "person" and self.guessed(actor):
            # "sent troops to Latvia": a group placed only by its sentence is not made a target by it; but
            # "the government" is the article's or its clause's one country's ("Kenya's opposition accused the
            # government"), and so is a named national body ("urging the CNE to publish")
            named_body = tok.pos_ == "PROPN" and bool(actor.sectors)
            if actor.kind != "org" or not (tok.lemma_.lower() in STATE_BODIES or named_body):
                return False
        return actor_code(actor) is not None

    def guessed(self, actor: Actor) -> bool:
        """Whether the actors stage guessed an actor's country from its sentence or article, not its own phrase."""
        return getattr(self, "country_basis", {}).get(actor.id) in ("sentence", "article")

    def guessed_state_body(self, tok: Token) -> bool:
        """Whether a token is "the government", "the cabinet" or the like, of a country the actors stage
        guessed from its sentence or article rather than read in its own phrase."""
        actor = self.actors.get(self.actor_at(tok) or "")
        return actor is not None and actor.kind == "org" and self.guessed(actor) and tok.lemma_.lower() in STATE_BODIES

    def actor_at(self, tok: Token) -> str | None:
        actor = self.actor_of.get(tok.i)
        if actor is not None:
            return actor
        for t in tok.children:  # "Kremlin officials": an actor modifying the head
            if t.i in self.actor_of and t.dep_ in ("compound", "amod"):
                return self.actor_of[t.i]
        name = apposed_name(tok, self.actor_of)  # "The security chief, Josep Borrell, urged"
        if name is not None:
            actor = self.actors.get(self.actor_of[name.i])
            if actor is not None and actor.kind in ("person", "org"):
                return actor.id
        return None

    def in_open_water(self, tok: Token) -> bool:
        """Whether a token is in the name of a sea or ocean of no country ("the Sea of Japan", "the Indian Ocean"),
        which names no party, whatever country word the actors stage read in it."""
        if tok.ent_type_ not in ("LOC", "GPE"):
            return False
        from telex.gazetteer import open_water

        ent = next((e for e in self.place_entities(tok.doc) if e.start <= tok.i < e.end), None)
        return ent is not None and open_water(ent.text)

    def code_of(self, tok: Token) -> tuple[str | None, str | None]:
        """(actor id, CAMEO actor code) for a token: USAGOV, RUS, IGOWSTNAT; else a code read off the
        noun phrase itself ("Egyptian demonstrators" -> EGYCVL, "students throughout Indonesia" -> IDNCVL).
        A sea's name is none ("in the Indian Ocean", "to the South China Sea")."""
        if self.in_open_water(tok):
            return None, None
        group = self.modified_group(tok)
        if group is not None:
            actor = self.actors.get(self.actor_at(tok) or "")
            if actor is not None and actor.country == group[:3] and actor_code(actor):
                return actor.id, actor_code(actor)  # the group the actors stage read ("Kyrgyz and Tajik troops")
            return None, group
        actor_id = self.actor_at(tok)
        owned = self.speakers_own(tok)
        if owned is not None:
            return actor_id, owned
        if actor_id is not None:
            actor = self.actors.get(actor_id)
            if actor is not None and actor_code(actor):
                if actor.kind != "person" and getattr(self, "country_basis", {}).get(actor_id) in ("sentence", "article"):
                    if unplaced_group(tok):
                        return actor_id, self.code_np(tok)  # "met with world leaders": not the sentence's country
                    own = self.code_np(tok)  # the phrase's own words first, with the sector the actors stage read
                    if own and len(own) == 3 and actor_code(actor).startswith(own):  # ("opposition supporters in Nairobi")
                        return actor_id, actor_code(actor)
                    return actor_id, own or actor_code(actor)
                return actor_id, actor_code(actor)
        if tok.pos_ == "PRON":
            antecedent = self.pronoun_subject(tok)
            if antecedent is not None:
                return self.code_of(antecedent)
            return None, None
        return actor_id, self.code_np(tok)

    def speakers_own(self, tok: Token) -> str | None:
        """"Pakistan's military said Indian shelling had killed two of its soldiers": a group owned by a pronoun
        ("its", "their") in reported speech is the speaker's, coded by the speaker's country and the group's sector.
        The actors stage may have placed the group by its sentence ("Indian"), which is the other side's."""
        if tok.pos_ not in ("NOUN", "PROPN") or not self.sector_of(tok):
            return None
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS]
        speaker = self.pronoun_subject(poss[0]) if poss else None
        if speaker is None:
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subj and subj[0].tag_ not in ("NNS", "NNPS") and self.actor_noun(subj[0]):
            return None  # "said Ukraine had withdrawn its troops": "its" may be the clause's subject's own
        code = self.code_of(speaker)[1]
        if not code or not code[:3].isalpha() or code.startswith(("IGO", "NGO")) or code[:3] not in self.kb.countries:
            return None
        return code[:3] + self.sector_of(tok)

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
            if verb.dep_ in SUBORDINATE_CLAUSES:
                return None  # "police fired at protesters as they tried to march, witnesses said": not the witnesses
            verb = verb.head
        return None

    def code_np(self, tok: Token) -> str | None:
        """A CAMEO actor code read off a noun phrase: a country word or known group in it ("Hezbollah
        guerrillas", "Doctors from two American aid groups"), a place's country, and the head's sector."""
        leader = self.leader_body(tok)
        if leader is not None:
            return leader
        if self.in_open_water(tok):
            return None  # "drills in the Sea of Japan" are not aimed at Japan
        skip = {"acl", "relcl", "ccomp", "advcl", "appos"}
        if tok.dep_ in SUBJECT_DEPS and not self.actor_noun(tok):
            skip.add("prep")  # "the scale of suffering in Sudan demands": what is in Sudan is not the one who demands
        # "a commander of Israel's militia ally in southern Lebanon" is no Israeli: the possessor of an ally
        # is left out, and its words do not count towards the window
        others = {i for c in tok.subtree if possessor_of_relation(c) for i in range(c.left_edge.i, c.right_edge.i + 1)}
        others |= self.venue_words(tok)  # "withdrew from the Paris accord": not done to France
        words, stack = [], [tok]
        while stack:  # the phrase itself, not the clauses hanging off it ("the accusation that ... Ukraine")
            t = stack.pop()
            between = range(min(t.i, tok.i), max(t.i, tok.i))
            if abs(t.i - tok.i) - sum(i in others for i in between) <= NP_WINDOW:
                words.append(t)
            stack.extend(c for c in t.children if c.dep_ not in skip and c.pos_ != "VERB" and c.i not in others)
        words.sort(key=lambda t: t.i)
        iso, sector = None, None
        texts = [t.text for t in words]
        for n, t in enumerate(words):
            if t.is_lower or t.is_punct or t.pos_ == "VERB" or self.in_open_water(t):
                continue  # (nor "borders in the Indian Ocean": a sea's name names no country)
            iso, size = self.kb.country_at(texts, n, capitals=True)  # "South Korean army officers", "Northern Ireland"
            if iso:
                iso = inside_place_name(texts, n, size, iso)  # "New Mexico" is in the USA
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
                    found = self.kb.actor(tok.doc[run[0].i : run[-1].i + 1].text, self.published)
                    term = (found[1] or (found[0].terms[0] if found[0].terms else None)) if found else None
                    if term is not None and term.country:
                        iso, sector = term.country, self.sector_in_office(term)
                        break
                    if term is not None and term.org:
                        return org_code(term.org, term.sectors)
                run = [t] if t is not None and t.pos_ == "PROPN" and not t.is_lower else []
        if iso is None:
            for t in words:
                found = self.kb.actor(t.text, self.published) if t.pos_ == "PROPN" and not t.is_lower else None
                named = self.person_at(t.i)
                if found and named is not None and found[0].kind == "person" and named.kb_id != found[0].id:
                    continue  # a word of another person's name: "Chris Wallace" is no Ben Wallace
                term = found[1] or (found[0].terms[0] if found[0].terms else None) if found else None
                if term is not None and term.country:
                    iso, sector = term.country, self.sector_in_office(term)
                    break
                if term is not None and term.org and found[0].kind == "org" and t.dep_ in ("compound", "nmod", "amod", "poss"):
                    return org_code(term.org, term.sectors)  # "a U.N. military presence", "NATO jets"
        if iso is None:  # a person the actors stage placed, unknown to the knowledge base: "supporters of former President X"
            for t in words:
                person = self.actors.get(self.actor_of.get(t.i, "")) if t.i != tok.i and t.pos_ == "PROPN" else None
                if person is not None and person.kind == "person" and person.country:
                    iso = person.country
                    break
        if iso is None and words:
            from telex.gazetteer import country_of

            for ent in self.place_entities(tok.doc):
                if words[0].i <= ent.start and ent.end - 1 <= words[-1].i and not others.intersection(range(ent.start, ent.end)) \
                        and not any(self.person_at(i) for i in range(ent.start, ent.end)):  # "West" (Kanye West) is no place
                    iso = country_of(ent.text)
                    if iso:
                        break
        if iso is None:
            return self.unknown_body(tok)
        return iso + (self.sector_of(tok) or sector or "")

    def venue_words(self, tok: Token) -> set[int]:
        """The words of a city naming where an agreement was made, which is no party to it: "the Paris climate
        accord", "the Minsk agreements", "the Kyoto Protocol". A country's name ("the Iran deal") names a party, and
        so do two names ("a Moscow-Kyiv deal"), which are capitals standing for their governments."""
        from telex.gazetteer import country_of

        if tok.lemma_.lower() not in AGREEMENT_NOUNS and tok.lower_ not in AGREEMENT_NOUNS:
            return set()
        names = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i and not c.is_lower and not c.is_punct]
        if len(names) != 1:
            return set()
        start = min(t.i for t in names[0].subtree if t.dep_ == "compound" or t is names[0])
        text = tok.doc[start:names[0].i + 1].text
        if self.kb.country(text) or self.kb.adjective(text) or not (self.kb.capital(text) or country_of(text)):
            return set()
        return set(range(start, names[0].i + 1))

    def sector_in_office(self, term) -> str | None:
        """The sector of a known actor's term, only when the term holds on the article's date: "supporters of
        Raila Odinga" in 2020 are Kenyans, not Kenya's government, though he was prime minister until 2013."""
        if self.published is not None and not term.holds_on(self.published):
            return None
        return next(iter(term.sectors), None)

    def person_at(self, i: int) -> Actor | None:
        """The person whose name the actors stage read token ``i`` as part of, if any."""
        actor = self.actors.get(self.actor_of.get(i, ""))
        return actor if actor is not None and actor.kind == "person" else None

    def place_entities(self, doc) -> list:
        """The document's GPE, LOC and FAC entities, read once (``doc.ents`` builds new spans on every access)."""
        if getattr(self, "_places", None) is None:
            self._places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
        return self._places

    def actor_noun(self, tok: Token) -> bool:
        """Whether a noun may stand for people or a body: a name, a pronoun, an actor the actors stage found,
        a role word ("students", "spokesman"), a collective (:data:`COLLECTIVE_NOUNS`), a plural ("supporters
        of X", "the people of Y"), or a quantity of such a noun ("dozens of students"). Not an abstract noun
        ("the scale", "the situation"), whose prepositional modifiers name where, not who."""
        if tok.pos_ in ("PROPN", "PRON") or self.actor_at(tok) or tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in COLLECTIVE_NOUNS:
            return True
        if self.kb.role(tok.lemma_.lower()) or self.kb.role(tok.lower_):
            return True
        return any(self.actor_noun(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")

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
        """"the Bush administration", "the Netanyahu government", "the military government of President
        X": the leader's country and GOV. A leader the knowledge base knows gives his country, as does one
        the actors stage placed; an unknown person's "administration" is a US presidency (the usage is
        American: other governments are "the X government")."""
        if tok.lemma_.lower() not in LEADER_BODIES:
            return None
        for pobj in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            actor = self.actors.get(self.actor_of.get(pobj.i, ""))
            if actor is not None and actor.kind == "person" and actor.country:
                return actor.country + "GOV"
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
        if not role or not role[0]:
            return None
        if role_noun_misread(tok, role[0], tok.lemma_.lower()):
            return None  # "Sudan's warring parties": sides in a war, not a political party
        for mod in (c for c in tok.children if c.dep_ in ("amod", "compound")):
            side = self.kb.role(mod.lemma_.lower()) or self.kb.role(mod.lower_)
            if side and side[0] and side[0][0] in SIDE_SECTORS:
                return side[0][0]  # "rebel commanders", "opposition leaders": the side's, not the rank's
        return role[0][0]


#: Sectors of a side a modifier puts a group on, over the sector of its head noun's rank or role: "rebel
#: commanders" are rebels (REB), not the military; "opposition leaders" the opposition, not the government.
SIDE_SECTORS = frozenset({"REB", "OPP"})


#: Modifiers that place a group outside any one country: "foreign forces", "world leaders" are not the
#: source's own nor the country the sentence names (Wikinews audit: "the Taliban wants foreign forces to
#: leave" -> AFGMIL, "met with multiple world leaders" -> the activist's own government).
UNPLACED_GROUPS = frozenset({"foreign", "world", "international", "global"})


def unplaced_group(tok: Token) -> bool:
    """Whether a group noun is modified by a word that places it in no one country (:data:`UNPLACED_GROUPS`), or
    names others by their tie to someone ("asked the allies for air defences": not the asker's own country)."""
    if tok.lower_ in RELATION_NOUNS or tok.lemma_.lower() in RELATION_NOUNS:
        return True
    return any(c.lower_ in UNPLACED_GROUPS for c in tok.children if c.dep_ in ("amod", "compound"))


def actor_code(actor: Actor) -> str | None:
    """CAMEO actor code: country and first sector (USAGOV, RUS), or the organisation's (IGOWSTNAT for
    NATO, from knowledge/organisations.tsv)."""
    if actor.country:
        sector = next((s for s in actor.sectors if s not in ("IGO", "NGO")), "")
        return actor.country + sector
    if actor.code:
        return org_code(actor.code, actor.sectors)
    return None
