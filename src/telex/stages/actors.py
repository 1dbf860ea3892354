"""``telex_actors``: who takes part in an article, resolved to country, sector and role, with every mention linked.

The article's own words come first: "US defence secretary Lloyd Austin" says USA, GOV and MIL
before any dictionary does. The knowledge base (:mod:`telex.kb`) fills in what the text leaves out
("Putin" alone) and says who held an office on the publication date ("the Russian president").

Mentions are read in order, so later ones link to earlier actors: surnames ("Austin"), titles
("Minister Shoigu"), definite descriptions ("the German chancellor", "the official") and pronouns
("he", resolved to the most salient person before it).

This module recognises mentions (names, nationality words, role nouns), reading a named person,
organisation or nationality word in :mod:`telex.stages.actor_mentions`. References back to actors
named before (abbreviations, short forms, "the group", unnamed sources) live in
:mod:`telex.stages.actor_references`, reading the words that describe an actor in
:mod:`telex.stages.actor_descriptions`, the actor index, linking and pronouns in
:mod:`telex.stages.actor_linking`, shared vocabulary in :mod:`telex.stages.actor_words`, which kind of thing a name
is when the tagger may be wrong in :mod:`telex.stages.actor_name_kinds`, and the countries of actors the text does
not place in :mod:`telex.stages.actor_countries`.

Assigns ``doc._.telex_actors`` (list of :class:`~telex.records.Actor`) and ``doc._.telex_actor_of``
(token index -> actor id, for every token inside a mention), which the quotes and events stages read.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from telex.kb import KnowledgeBase, get_kb, norm
from telex.stages.actor_descriptions import Description
from telex.stages.actor_linking import ActorIndex, ActorState, merge_descriptions
from telex.stages.actor_name_kinds import NameKinds
from telex.stages.actor_references import (
    GROUP_ANAPHORS,
    NAME_HEAD_ANAPHORS,
    ORG_ANAPHORS,
    according_to,
    the_noun,
    unnamed_source,
)
from telex.stages.actor_words import (
    KNOWN_NAME,
    COORDINATORS,
    MAX_ROLE_TOKENS,
    ORG_WORDS,
    PRONOUNS,
    TITLES,
    appos_host,
    figurative_place,
    not_actors,
    last_run,
    modal_surname,
    role_noun_misread,
    titled_person,
    word_gender,
)
from telex.stages.event_modality import FINITE_TAGS

#: Entity labels of names that may be actors.
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
#: Things a body holds or occupies, which stand for it as the object of an attack or a seizure ("shelled
#: army positions", "attacked a police station"): CAMEO codes the body (MIL, COP) as the target.
HOLDINGS = frozenset("position positions base bases post posts checkpoint checkpoints station stations barracks "
                     "headquarters outpost outposts garrison garrisons depot depots convoy convoys".split())
#: Labels of a picture's credit that a caption puts after the name of whom it shows ("X Image: Reuters").
CAPTION_LABELS = frozenset({"image", "photo", "picture"})
#: How many words an untagged person's name in apposition may have ("Panagiotis Simandirakis", "Ana
#: Maria de Souza"): one word alone is too often a place or a body.
MIN_NAME_TOKENS, MAX_NAME_TOKENS = 2, 4
#: Where a capitalised word the tagger calls a noun is read as a surname already named: a subject,
#: object or possessor ("Mijares further claimed"), not a modifier ("Rice prices").
SURNAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"})
#: Words that end an organisation's name: a run of untagged proper nouns ending in one is part of the name
ORG_NAME_ENDS = ORG_WORDS | frozenset("presidency directorate secretariat bureau house".split())

__all__ = ["ActorIndex", "ActorResolver", "ActorState", "Description", "find_actors", "ORG_WORDS", "TITLES"]

for _name in ("telex_actors", "telex_actor_of", "telex_article", "telex_actor_country_basis"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


#: Labels the tagger gives a lone surname it misreads: "“…,” Sanders continued" as a WORK_OF_ART.
MISREAD_NAME_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


def misread_name(tok: Token, ent: Span | None) -> bool:
    """Whether a one-word entity of a label no actor has may still be a name, as a subject, object or the
    like; not a title in quotation marks ("“Sanders” sold well")."""
    if ent is None or len(ent) != 1 or ent.label_ not in MISREAD_NAME_LABELS or tok.dep_ not in SURNAME_DEPS:
        return False
    return not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_quote)


class ActorResolver(NameKinds):
    """Reads an article's mentions in order: names, nationality words and role nouns."""

    # -- the passes ---------------------------------------------------------------------------------
    def run(self) -> None:
        ent_at = {e.start: e for e in self.entities()}
        excluded = [item.span for item in (self.doc._.telex_excluded or ())]
        role_heads = self.kb.role_heads
        for tok in self.doc:
            if tok.i in self.consumed:
                continue
            if excluded and any(s <= tok.idx < e for s, e in excluded):
                continue
            if not tok.is_lower and self.coordinated_mention(tok):
                continue
            ent = ent_at.get(tok.i)
            if ent is not None and ent.label_ not in NAME_LABELS and self.kb.country(ent.text):
                ent = Span(self.doc, ent.start, ent.end, label="GPE")  # "Greece and Cyprus", Cyprus tagged PRODUCT
            if ent is not None and (ent.label_ in NAME_LABELS
                                    or self.kb.actor(ent.text, self.day) is not None):  # "ISIL" tagged PRODUCT
                if self.national_chapter(ent) is not None:
                    continue  # "Amnesty International Kenya": the organisation's section in that country
                ent = self.run_on_name(ent)
                if titled_person(ent, self.kb):
                    ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "Imam Yusuf Bello" tagged ORG
                if self.is_modifier(ent):
                    continue  # "US" in "US defence secretary": read with the noun it modifies
                self.name_mention(ent)
                self.read_abbreviation(ent)
            elif tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
                self.resolve_token(tok)
            elif tok.is_upper and norm(tok.text) in self.abbreviations:
                self.link(self.by_id[self.abbreviations[norm(tok.text)]], tok.i, tok.i + 1)  # "the JSPA" untagged
            elif tok.is_upper and not tok.ent_type_ and tok.pos_ == "PROPN" and self.initials_of_named(tok.text) is not None:
                self.link(self.initials_of_named(tok.text), tok.i, tok.i + 1)  # "the RSF of General X", untagged
            elif tok.lower_ == "who" and tok.dep_ in ("nsubj", "nsubjpass"):
                self.link_relative(tok)
            elif ((not tok.ent_type_ or misread_name(tok, ent))
                  and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title and tok.dep_ in SURNAME_DEPS) or modal_surname(tok))
                  and self.person_by_surname(norm(tok.text)) is not None):
                # a surname the tagger missed ("..., Marchand said"), or took for a noun ("Mijares claimed"), a
                # modal ("Will also said" after "George Will") or a title ("“…,” Sanders continued")
                self.resolve_token(tok)
            elif (not tok.ent_type_ and tok.is_title and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in ("nsubj", "nsubjpass")
                  and self.org_named(tok.text) is not None):
                # a one-word business or body named before, untagged this time, acting ("Woolworths said")
                self.link(self.org_named(tok.text), tok.i, tok.i + 1, tok)
            elif (tok.pos_ == "NOUN" and tok.is_lower and tok.lower_ in NAME_HEAD_ANAPHORS and the_noun(tok)
                  and self.name_head_anaphor(tok)):
                pass  # "the commission" after "the European Commission": read and linked
            elif tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ and (
                tok.lower_ in role_heads or tok.lemma_.lower() in role_heads
            ):
                self.role_mention(tok)
            elif tok.pos_ == "PROPN" and not tok.ent_type_ and len(tok) > 2 and (tok.is_upper or tok.is_title):
                if not self.untagged_country(tok):  # "Senegal, which borders ..., said": a country the tagger missed
                    self.known_body(tok)  # "the West African bloc ECOWAS", untagged
            elif tok.lemma_.lower() in ("people", "person") and tok.pos_ == "NOUN" and unnamed_source(tok):
                self.source_mention(tok)
            elif tok.lower_ in GROUP_ANAPHORS and tok.pos_ == "NOUN" and the_noun(tok):
                self.group_anaphor(tok)
            elif tok.lower_ in ORG_ANAPHORS and tok.pos_ == "NOUN" and the_noun(tok):
                self.org_anaphor(tok)  # "the alliance" for NATO named before

    def named_before(self, span: Span) -> bool:
        """Whether a name is of a person, by surname, or a body that the article has named before."""
        return self.person_by_surname(norm(span[-1].text)) is not None or self.org_named(span.text) is not None

    def org_named(self, word: str) -> ActorState | None:
        """The organisation of known sectors the article has named by exactly this one word, if any (not a
        name of unknown kind, often a product or a common word the tagger took for a body: "Stream")."""
        key = norm(word)
        return next((a for a in self.actors if a.kind == "org" and a.mentions and a.sectors and a.name[:1].isupper()
                     and norm(a.name) == key), None)

    def coordinated_mention(self, tok: Token) -> bool:
        """"Kyrgyz and Tajik troops", "Indian, Pakistani and Chinese officials": country words
        coordinated before one plural role noun name one group per country (KGZ MIL and TJK MIL),
        not one group of the first country. Read from the words, since the parser attaches such
        lists in many ways (the first word as the subject, the noun as its conjunct). The noun
        itself is linked to the group of the country word the parser hangs on it, so the events
        stage, which expands coordinations from there, reaches every group once. True when read."""
        doc = self.doc
        if tok.lower_ == "the":
            return False  # "The Russian and Chinese navies": the country word starts the list
        if self._texts is None:
            self._texts = [t.text for t in doc]
        countries: list[tuple[str, int, int]] = []  # (iso, start, end)
        i = tok.i
        while True:
            iso, size = self.country_at(self._texts, i)
            if not iso:
                break
            countries.append((iso, i, i + size))
            j = i + size
            while j < len(doc) and j - (i + size) < 2 and doc[j].lower_ in COORDINATORS:
                j += 1
            if j == i + size or j >= len(doc) or doc[j].is_lower or not self.country_at(self._texts, j)[0]:
                break
            i = j
        if len({iso for iso, _, _ in countries}) < 2:
            return False
        start = countries[-1][2]
        run = []
        for t in doc[start:start + MAX_ROLE_TOKENS]:
            if not (t.is_lower and t.pos_ in ("NOUN", "ADJ")) or t.i in self.consumed:
                break
            run.append(t)
        if not run or run[-1].pos_ != "NOUN":
            return False
        head = run[-1]
        desc = self.describe(run)
        if desc.role is None or desc.role.split()[-1] not in (head.lower_, head.lemma_.lower()):
            return False
        if head.tag_ not in ("NNS", "NNPS") and desc.role_kind != "body":
            return False  # "a Russian and Chinese naval exercise", "the Franco-German proposal"
        phrase = doc[start:head.i + 1].text
        groups = []
        for iso, s, e in countries:
            actor = self.new_actor(f"{doc[s:e].text} {phrase}", "group")
            actor.anonymous = desc.role_kind == "body"
            self.apply(actor, Description(country=iso, role=desc.role, role_kind=desc.role_kind, sectors=desc.sectors))
            groups.append(actor)
        direct = [n for n, (_, s, e) in enumerate(countries) if any(t.head.i == head.i for t in doc[s:e])]
        owner = groups[direct[0] if direct else 0]
        for actor, (_, s, e) in zip(groups, countries):
            self.link(actor, s, e)
        self.link(owner, start, head.i + 1, head)
        self.consumed.update(range(tok.i, head.i + 1))
        return True

    def run_on_name(self, ent: Span) -> Span:
        """An organisation's name the tagger stopped short of its last words: the capitalised proper nouns
        the name modifies, untagged, when they end in a word for a body ("Disaster and Emergency Management" +
        "Presidency"; "Ford" + "Foundation"; but "EU" + "Commissioner" stays a modifier of the office)."""
        if ent.label_ != "ORG":
            return ent
        doc, end = self.doc, ent.end
        while (end < len(doc) and end - ent.start < MAX_NAME_TOKENS + 2 and doc[end].pos_ == "PROPN"
               and doc[end].is_title and not doc[end].ent_type_ and doc[end - 1].head.i == end
               and doc[end].lower_ in ORG_NAME_ENDS):
            end += 1
        if (ent.end < end < len(doc) - 1 and doc[end].lower_ == "of" and doc[end].head.i == end - 1
                and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title and not doc[end + 1].ent_type_
                and doc[end + 1].head.i == end):
            end += 2  # "the United States" + "House of Representatives"
        return ent if end == ent.end else Span(doc, ent.start, end, label="ORG")

    def is_modifier(self, ent: Span) -> bool:
        root = ent.root
        head = root.head
        if (ent.kb_id_ == KNOWN_NAME and head.dep_ not in ("compound", "nmod", "amod")
                and not (head.lower_ in self.kb.role_heads or head.lemma_.lower() in self.kb.role_heads)
                and not any(c.ent_type_ == "PERSON" for c in head.children)):
            # a known name the tagger split is read where no role noun, nor a name it describes ("CIA agent
            # Tony X", "his US Senate opponent Ann X"), reads it: "the Group of Seven democracies"
            return False
        return (
            root.dep_ in ("compound", "amod", "nmod")
            and head.i >= ent.end
            and head.pos_ in ("NOUN", "PROPN")
            and head.i - ent.end <= MAX_ROLE_TOKENS
        )

    def name_mention(self, ent: Span) -> None:
        doc = self.doc
        start, end = ent.start, ent.end
        slash = next((t.i for t in ent[1:-1] if t.text == "/"), None)
        if slash is not None and any(self.named_before(doc[s:e]) for s, e in ((start, slash), (slash + 1, end))):
            # "Collins/Parker", a ticket or pair joined by a slash, one of them named before: two names, each a
            # mention of its own (a surname of a person named before is that person)
            for s, e in ((start, slash), (slash + 1, end)):
                part = doc[s:e]
                person = self.org_named(part.text) is None and self.person_by_surname(norm(part[-1].text)) is not None
                label = "PERSON" if person else ent.label_
                self.name_mention(Span(doc, s, e, label=label))
            return
        while end > start + 1 and doc[end - 1].lower_ in CAPTION_LABELS and end < len(doc) and doc[end].text == ":":
            end -= 1  # "Kamala Harris Image: U.S. Senate": a picture's caption, the label of its credit after the name
        while start < end and (doc[start].lower_ in ("the",) or doc[start].text in ("'s", "’s")):
            start += 1  # "the", and a possessive ending the tagger put at the start ("Obama’s Clinton")
        while end > start and (doc[end - 1].dep_ == "case" or doc[end - 1].is_space or doc[end - 1].text in ("&", "-")
                               or (doc[end - 1].is_lower and (doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")
                                                              or doc[end - 1].tag_ in FINITE_TAGS))):
            # possessive 's; a line break the tagger took in ("Beijing\n\n"); a dangling "&" ("restraint &") or "of"
            # ("Patrice Talon of Benin" tagged up to "of"); the verb after a name ("Lee went after Park" tagged
            # ORG "Lee went")
            end -= 1
        if ent.label_ == "PERSON":
            # rank words the tagger took into the name ("Superintendent Graciano Mijares") describe him, unless
            # the knowledge base knows the name only with them ("Pope Francis", not "Francis")
            bare = start
            while end - bare > 1 and doc[bare].is_title and self.kb.role(doc[bare].lower_) is not None:
                bare += 1
            if (bare == start or self.kb.actor(doc[bare:end].text, self.day) is not None
                    or self.kb.actor(doc[start:end].text, self.day) is None):
                start = bare
        paren = next((t.i for t in doc[start:end] if t.text == "("), None)
        if paren is not None and paren > start:
            end = paren  # "Movement for Democratic Change (MDC": the abbreviation is a mention of its own
        if start >= end:
            return
        text = doc[start:end].text
        label = ent.label_
        if sum(c.isalpha() for c in text) < 2 or text.lower() in ("i", "we", "you", "it", "they"):
            return  # "I." tagged as a name
        if norm(text) in not_actors():
            return  # "a no-deal Brexit": a policy, not a person (knowledge/not_actors.txt)
        if (label in ("PERSON", "ORG") and not any(c.isupper() for c in ent.text) and self.kb.actor(text, self.day) is None
                and not any(self.kb.role(w) for w in (text.lower(), *(t.lower_ for t in doc[start:end])))):
            # "with restraint & ensure" tagged ORG: a name has a capital letter, unless a body's noun ("the senate")
            # or a known name ("president obama" in a wire's lower case)
            return
        if label == "PERSON" and any(c.isdigit() for c in text):
            return  # "$700mn" tagged as a name: no person's name has digits
        named = self.abbreviated(start, end) or self.by_id.get(self.abbreviations.get(norm(text), "")) or self.initials_of_named(text)
        if named is not None:
            self.link(named, start, end)  # "the Rapid Support Forces (RSF)": RSF is they, here and later
            return
        if label == "NORP" and not self.kb.adjective(text) and self.person_by_surname(norm(text)) is not None:
            label = "PERSON"  # "Safavian was charged": a surname the tagger took for a nationality (-ian)
        if label == "NORP" and not (self.kb.country(text) or self.kb.capital(text)):  # "Tajikistan's", "Kigali" tagged NORP
            self.norp_mention(doc[start:end])
            return
        seat = self.kb.actor(text, self.day) if self.kb.capital(text) else None
        if seat is not None and seat[0].kind == "org":
            # a capital that stands for the organisation seated there more than for its own state
            # ("quotas imposed from Brussels": the EU), listed as the organisation's alias
            self.link(self.actor_from_kb(*seat), start, end)
            return
        if label in ("GPE", "LOC") and figurative_place(doc[start:end]):
            return  # "the third Baku": a place likened to Baku, not Azerbaijan
        iso = self.kb.country(text) or self.kb.capital(text) or self.ambiguous_country(text)
        if self.home_state(doc[start:end], iso):
            return  # "Senator X of Georgia": the US state, not the country
        if iso and label in ("GPE", "ORG", "PERSON", "LOC", "FAC", "NORP"):
            self.link(self.country_actor(iso), start, end)
            return
        if label in ("GPE", "LOC", "FAC", "PERSON", "ORG") and self.place_taken(doc[start:end], label):
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



    def role_mention(self, tok: Token) -> None:
        """A noun phrase headed by a role noun: 'a senior US defence official', 'the German chancellor'."""
        holding = self.body_holding(tok)
        if tok.dep_ in ("compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i and holding is None:
            if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and not tok.head.ent_type_ and tok.head.dep_ in ("nsubj", "nsubjpass"):
                self.untagged_name(tok.head, tok)  # "Kharkiv Mayor Ihor Terekhov said", the name untagged (a subject:
                # not "the General Public License", "at General Riquelme Base")
            return  # part of a longer noun ("US Secretary of State Antony Blinken"); its head decides
        named = next((c for c in tok.children if c.dep_ == "appos" and (c.ent_type_ or c.pos_ == "PROPN")), None)
        if named is None and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and appos_host(c).i == tok.i
                                 for t in tok.subtree if t.i > tok.i for c in t.children):
            return  # "the deputy commander of the RSF, X": the parse hangs the name on the body, the name reads this
        if named is not None:
            if not named.ent_type_:
                self.untagged_name(named, tok)  # "The mayor of Chania, Panagiotis Simandirakis, said": no entity
            return  # "Scholz's spokesman, Steffen Hebestreit": the name reads this as its description
        if self.loosely_apposed(tok):
            return  # the same, where the parse hangs the name on the verb
        # a possessor already read stays in ("Rwanda's foreign ministry", "his spokesman"): it says whose;
        # a body's holding is read with the holding's own modifiers ("Ukrainian army positions")
        root = holding if holding is not None else tok
        left = [t for t in root.subtree if t.i <= tok.i and (t.i not in self.consumed or t.dep_ == "poss")
                and t.ent_type_ not in ("DATE", "TIME")]  # "at the summit on Sunday Presidents X and Y met": the day is no description
        left = last_run(left)
        desc = self.describe(left)
        if desc.role is None or not desc.role.split()[-1] in (tok.lower_, tok.lemma_.lower()):
            if tok.lower_ in GROUP_ANAPHORS and the_noun(tok):
                self.group_anaphor(tok)  # "the Iran-backed group": no role of its own, a body named before
            return
        if (desc.role_kind == "body" or "PTY" not in desc.sectors) and role_noun_misread(tok, desc.sectors, desc.role):
            return  # "a birthday party", "third parties", "a warring party", "water sources": not parties or informants
        if desc.role_kind == "body" and self.untagged_body(tok):
            return  # "Vyasna, a human rights group, said": the name is the body the noun describes
        determiner = next((t.lower_ for t in left if t.dep_ == "det"), None)
        plural = tok.tag_ in ("NNS", "NNPS")
        body_after = None
        if (desc.role_kind in ("office", "relative") and not plural and determiner in ("the", "a", "an")
                and desc.anchor is None and desc.org is None and not desc.country):
            # "the president of the Tunisian League ...": that body's, not a state's (not a title before a name,
            # "Minister of X Y", where the parser may take the name into the body's)
            desc.anchor = body_after = self.office_body(tok)
        # a place as possessor makes a phrase definite, even one naming no actor ("Odesa's governor", the town
        # untagged or taken for a body); not a pronoun or a person, whose phrase is often no actor ("his department", "your major",
        # "Biden's opposition", "the party's first female candidate")
        possessed = any(c.dep_ == "poss" and c.pos_ == "PROPN" and (c.ent_type_ in ("", "GPE", "LOC") or (
            (ent := self.entity_at(c.i)) is not None and self.town_of_office(ent))) for c in tok.children)
        definite = determiner in ("the", "this", "that", "these", "those") or desc.anchor is not None or possessed
        start = left[0].i
        # the mention keeps its article ("the official") but not a possessor, which is a mention of its own
        while start < tok.i and (self.doc[start].dep_ in ("poss", "case", "cc", "punct")
                                 or (self.doc[start].dep_ == "advmod" and self.doc[start].head.i == tok.i)):  # "only the government"
            start += 1
        span = self.doc[start:tok.i + 1]
        if determiner in ("the",) and not desc.country and desc.anchor is None and desc.role_kind == "body" and not self.in_argument(tok):
            return
        actor = None
        if not plural and (definite or (desc.role_kind == "office" and desc.country and determiner is None)):
            # definite descriptions, and headline-style "Russian defence minister" with no article
            if desc.country is None and desc.anchor is None and desc.org is None:
                desc.country = self.office_country(tok)  # "the president of France"
            actor = None if self.of_person(tok) else self.match_description(desc, tok)  # "the government of X" is X's
            if actor is None and desc.role_kind == "office" and not desc.former:
                org = desc.org.code if desc.org is not None and not desc.country else None  # "the UN secretary-general"
                holder = self.kb.holder(desc.role, desc.country, self.day, org=org)
                if holder is not None:
                    actor = self.actor_from_kb(holder, holder.term_on(self.day))
        if (actor is None and not plural and desc.role_kind == "body" and desc.org is not None and desc.org.kb_id
                and desc.sectors and set(desc.sectors) <= set(desc.org.sectors) and self.token_actor.get(tok.i - 1) == desc.org.id):
            # "the opposition Pakistan Tehreek-e-Insaf party": the known body whose name the noun follows, of its kind
            actor = desc.org
            self.apply(actor, desc)
        if actor is None:
            if desc.role_kind in ("body",) and not desc.country and desc.anchor is None and desc.org is None and (
                " " not in desc.role or plural is False and determiner in ("the",)
            ) and not (tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB") and not according_to(tok):
                return  # "the government", "the army" with no owner: too vague to be an actor ("aid groups" is one)
            if desc.role_kind == "relative" and desc.anchor is None and desc.org is None and not desc.country:
                kind_of_body = self.body_modifier(tok)
                if kind_of_body is not None:
                    # "a party spokesman", "a union spokeswoman": of a body of that kind, which the text does not name
                    if " " not in desc.role:
                        desc.sectors = kind_of_body
                else:
                    desc.anchor = self.owner_after(tok)  # "a spokesman for the president", "an adviser to Kaczynski"
                    if desc.anchor is None:
                        return
            body_officer = (desc.anchor is not None and desc.anchor.kind in ("org", "group")
                            and tok.dep_ in ("nsubj", "nsubjpass"))  # "Its spokesman said", "The union's chairman said"
            cited = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
            if determiner is None and not plural and not desc.country and not body_officer and not cited and not possessed:
                # bare singular noun ("leadership", "official figures"): not an actor; but one cited as a source is
                # ("according to state television")
                return
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
            if (desc.role_kind == "relative" or body_after is not None) and desc.anchor is not None and desc.anchor.kind != "country":
                actor.belongs_to = actor.belongs_to or desc.anchor.id  # takes the owner's country once known
        for t in left:
            self.consumed.add(t.i)
        if holding is not None:
            # what the body holds stands for it in an event ("struck Ukrainian army positions": the army, UKRMIL)
            self.link(actor, span.start, holding.i + 1, holding)
            return
        # a mention of the same actor inside this one ("Pakistan Tehreek-e-Insaf" in "... party") is this one
        actor.mentions = [m for m in actor.mentions if not (span.start_char <= m[0] and m[1] <= span.end_char)]
        self.link(actor, span.start, span.end, tok)

    def untagged_name(self, name: Token, noun: Token) -> None:
        """Read a person's name that the tagger left untagged, in apposition to a noun of a person's role
        ("The mayor of Chania, Panagiotis Simandirakis, said"): two to four capitalised proper nouns ending
        at ``name``, none a word of an organisation's name."""
        role = self.kb.role(noun.lemma_.lower()) or self.kb.role(noun.lower_)
        if role is None or role[1] == "body" or name.i < noun.i:
            return
        doc = self.doc
        start = name.i
        while (start - 1 > noun.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_
               and doc[start - 1].head.i == name.i and doc[start - 1].dep_ == "compound"):
            start -= 1
        words = doc[start:name.i + 1]
        if not (MIN_NAME_TOKENS <= len(words) <= MAX_NAME_TOKENS) or any(
                not t.is_title or t.i in self.consumed or t.lower_ in ORG_WORDS or t.lower_.strip(".") in TITLES for t in words):
            return
        self.name_mention(Span(doc, start, name.i + 1, label="PERSON"))

    def untagged_body(self, noun: Token) -> bool:
        """Read a body's name that the tagger left untagged, which a body noun stands in apposition to ("Vyasna, a
        human rights group, said"): one to four capitalised proper nouns ending at the noun's host. True when read."""
        host = noun.head
        if noun.dep_ != "appos" or host.i > noun.i or host.pos_ != "PROPN" or host.ent_type_ or host.i in self.consumed:
            return False
        doc = self.doc
        start = host.i
        while (start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_
               and doc[start - 1].head.i == host.i and doc[start - 1].dep_ == "compound"):
            start -= 1
        words = doc[start:host.i + 1]
        if len(words) > MAX_NAME_TOKENS or any(not t.text[:1].isupper() or t.i in self.consumed for t in words):
            return False
        self.name_mention(Span(doc, start, host.i + 1, label="ORG"))
        return True

    def body_holding(self, tok: Token) -> Token | None:
        """The noun a body noun modifies when that noun is something the body holds or occupies, not a
        person or another body: "army" in "army positions", "army bases", "police station" (whose owner
        an attack on them hits). None otherwise ("army chief", "police officers": roles of their own)."""
        head = tok.head
        if tok.dep_ != "compound" or head.i != tok.i + 1 or head.pos_ != "NOUN" or not head.is_lower:
            return None
        if (self.kb.role(tok.lemma_.lower()) or self.kb.role(tok.lower_) or ((), ""))[1] != "body":
            return None
        if head.lemma_.lower() in self.kb.role_heads or head.lower_ in self.kb.role_heads or head.lemma_.lower() in GROUP_ANAPHORS:
            return None
        return head if head.lemma_.lower() in HOLDINGS else None


    def untagged_country(self, tok: Token) -> bool:
        """A country's name the tagger left untagged, standing as a subject, object or possessor (not modifying a
        noun: "Senegal River"): a mention of the country. True when linked."""
        if self._texts is None:
            self._texts = [t.text for t in self.doc]
        iso, size = self.country_at(self._texts, tok.i)
        last = self.doc[tok.i + size - 1] if iso else None
        if last is None or any(t.ent_type_ or not t.is_title for t in self.doc[tok.i:tok.i + size] if not t.is_punct):
            return False
        if last.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj") or self.kb.country(last.text) is None and size == 1:
            return False
        self.link(self.country_actor(iso), tok.i, tok.i + size, last)
        return True

    def known_body(self, tok: Token) -> None:
        """A one-word name of an organisation or group the KB knows, which the tagger left untagged."""
        found = self.kb.actor(tok.text, self.day)
        if found is not None and found[0].kind in ("org", "group"):
            self.link(self.actor_from_kb(*found), tok.i, tok.i + 1, tok)

    def office_body(self, tok: Token) -> ActorState | None:
        """The named body an office is "of" ("the president of the Kenya Red Cross", "the chairman of Acme Holdings"),
        read now, before its turn: whose office it is, so the holder is of the body's kind and not the holder of
        that office in another body named before. Not a country ("the president of France": :meth:`office_country`)."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ent = self.entity_at(pobj.i) if pobj is not None else None
            if ent is None or ent.label_ != "ORG" or any(t.i < ent.start and t.dep_ != "det" for t in pobj.subtree):
                continue  # a body's name with words before it ("the Kenya Red Cross") is read in its turn
            if pobj.i not in self.token_actor and pobj.i not in self.consumed:
                self.name_mention(ent)
            body = self.by_id.get(self.token_actor.get(pobj.i, ""))
            return body if body is not None and body.kind == "org" else None
        return None

    def office_country(self, tok: Token) -> str | None:
        """The country an office is "of" when the text names the country itself ("the president of
        France"); not a place inside one ("the premier of New South Wales" is no prime minister)."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and not pobj.is_lower:
                        words = [t.text for t in pobj.subtree if t.dep_ != "det"]
                        if words and words[-1] == pobj.text:
                            return self.kb.country(" ".join(words))
        return None


def find_actors(doc: Doc, day: date | None = None, kb: KnowledgeBase | None = None) -> ActorResolver:
    from telex.stages.actor_countries import infer_countries

    resolver = ActorResolver(doc, kb or get_kb(), day)
    resolver.run()
    for i, actor_id in list(resolver.token_actor.items()):
        resolver.people_of_each(resolver.by_id[actor_id], doc[i])  # once the countries are read
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