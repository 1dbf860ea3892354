"""Which kind of thing a name is, when the tagger may be wrong: a person, an organisation, or a place that takes no
part ("in Maidan Shahr", "between Crete and Cyprus", "John Radcliffe Hospital"), and towns a verb of taking or striking
acts on, which stand for their country. A mixin of :class:`telex.stages.actors.ActorResolver`; the places stage reads
the same names as places (:mod:`telex.stages.places`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from telex import gazetteer
from telex.kb import norm
from telex.stages.actor_mentions import MentionReaders
from telex.stages.actor_words import ARGUMENT_DEPS, ARGUMENT_PREPS, ORG_WORDS, TIME_ZONES, appos_host, given_names

#: Last words of the names of places and buildings, which may open with a given name ("Grace Church",
#: "Victoria Falls"): such an ORG is no person.
PLACE_NOUNS = frozenset("church cathedral mosque temple hall park square street road avenue bridge tower airport station "
                        "stadium hotel hospital school college museum falls river lake island bay harbour harbor "
                        "centre center gardens theatre theater arena library".split())

#: Of those, the nouns that end an institution's name and no person's ("John Radcliffe Hospital"; not "Jenny Hall").
INSTITUTION_NOUNS = frozenset("cathedral mosque temple airport stadium hotel hospital clinic school college university "
                              "museum theatre theater arena library".split())

#: Nouns of a place whose name follows "of" ("the city of X", "the town of X"): the name is that place.
SETTLEMENT_NOUNS = frozenset("city town village province district region municipality county".split())

#: Offices of a town or region: whoever holds one is of the country of his town ("the mayor of Kharkiv") or, failing
#: that, where the places of his sentence are, even places attacked or visited ("Russian forces shelled Kharkiv,
#: regional governor Oleh Synyehubov said"; see telex.stages.actor_countries).
LOCAL_ROLE_HEADS = frozenset("governor mayor councillor councilor chief commissioner sheriff prefect".split())

#: A town the model tags PERSON or ORG, taken or struck ("Rebels seized Goma"), needs this many people
#: in the gazetteer to be read as a place; lower than the places stage's bar for any frame, since a
#: verb of taking or striking rarely has a person for its object. GeoNames' figures for towns of the
#: regions at war are often years old (Goma: 78,200).
TAKEN_PLACE_POPULATION = 50_000


def known_town(text: str, taken: bool = False) -> gazetteer.GazetteerEntry | None:
    """The gazetteer's town or region of that name, in a country (not a country, continent or large region itself);
    ``taken``: a name the tagger took for a person or body must be a prominent place or have
    :data:`TAKEN_PLACE_POPULATION` people, as in the places stage."""
    from telex.stages.places import is_prominent

    entry = gazetteer.resolve(text)
    if entry is None or not entry.country or entry.feature in ("country", "continent", "region"):
        return None
    if taken and not (is_prominent(entry) or entry.population >= TAKEN_PLACE_POPULATION):
        return None
    return entry


#: Prepositions and verbs after which a name is a place, whatever the tagger calls it ("a camp near Ain Issa", "entered
#: Tell Tamer"). Not "from" or "to" ("a call from Smith"), nor verbs a person may be the object of ("attacked", "visited");
#: the preposition must hang on a noun of a place ("a camp at X", not "an analyst at X").
TOWN_PREPOSITIONS = frozenset("in at near outside".split())
TOWN_NOUNS = frozenset("camp town village city area district region province base border outskirts prison".split())
TOWN_TAKING_VERBS = frozenset("enter capture seize retake recapture besiege encircle occupy liberate storm shell".split())

#: Sectors of the offices whose titles carry a portfolio of words joined by "and" (:meth:`NameKinds.portfolio_of_title`).
PORTFOLIO_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG"})
#: How many words after such a name may still belong to the portfolio before the title ("and Bridges").
MAX_PORTFOLIO_TAIL = 4

#: Prepositions of place: a town after one is where something is, not a body ("workers in El Fasher").
PLACE_PREPOSITIONS = frozenset("in near outside inside around across".split())


class NameKinds(MentionReaders):
    """Reading a name's kind from its words, its place in the sentence and the gazetteer."""

    def place_taken(self, span: Span, label: str) -> bool:
        """A town or region a verb of taking or striking acts on ("shelled Kharkiv", "captured Mariupol",
        "visited Lviv") stands for its country, as CAMEO codes the target: the mention is linked to the
        country's actor. The small model often tags such names PERSON or ORG; those must resolve to a
        prominent place, as in the places stage. True when linked."""
        from telex.stages.places import TERRITORY_VERBS

        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "attacked Timbuktu and Gao"
        if root.dep_ != "dobj" or root.head.lemma_.lower() not in TERRITORY_VERBS:
            return False
        if label in ("PERSON", "ORG") and (self.person_by_surname(norm(span[-1].text)) is not None or self.kb.actor(span.text)):
            return False
        entry = known_town(span.text, taken=label in ("PERSON", "ORG"))
        if entry is None:
            return False
        if label in ("PERSON", "ORG") and len(span) > 1 and given_names().get(span[0].lower_):
            return False  # "attacked John Pelham": a person
        self.link(self.country_actor(entry.country), span.start, span.end)
        return True

    def name_kind(self, span: Span, label: str) -> str | None:
        """person, org, or None (a place or a name that takes no part), correcting the tagger from context."""
        key = norm(span.text)
        found = self.kb.actor(span.text, self.day)
        if found:
            return "person" if found[0].kind == "person" else "org"
        if span.start >= 2 and span.doc[span.start - 1].lower_ == "of" and span.doc[span.start - 2].lower_ in SETTLEMENT_NOUNS:
            return None  # "the city of El Fasher", "the province of Idlib": a place, whatever the tagger calls it
        if self.person_by_surname(key) is not None or (len(span) > 1 and self.person_by_surname(norm(span[-1].text))):
            return "person"
        if label in ("ORG", "PERSON") and self.portfolio_of_title(span, label):
            return None  # "Police and Crime Commissioner X", "Road Transport and Bridges Minister X": his title's portfolio
        words = {t.lower_ for t in span}
        if words & ORG_WORDS:
            return "org"
        if label in ("ORG", "PERSON") and any(a.kind == "org" and not a.kb_id and self.body_word_after(norm(a.name), key) for a in self.actors):
            return "org"  # "Vela said" after "the Vela Group", whatever the tagger calls it
        if key in TIME_ZONES:
            return None  # "by 1200 GMT": a clock, not an organisation
        if label in ("ORG", "PERSON") and not words & ORG_WORDS and self.town_of_office(span):
            return None  # "Kharkiv's mayor condemned ...": the town he governs, a place, not the body he belongs to
        if label == "ORG" and (self.place_after_preposition(span, words) or self.places_tagged_org(span, words)):
            return None  # "aid workers in El Fasher said", "the island of Crete": a town or region the tagger took for a body
        before = span.doc[span.start - 1] if span.start > 0 else None
        found = (self.kb.role(before.lemma_.lower()) or self.kb.role(before.lower_)) if before is not None else None
        trade = span.doc[max(0, span.start - 2):span.start]
        trade = self.kb.role(trade.text.lower()) if len(trade) == 2 else None
        if any(t is not None and t[1] == "body" and "BUS" in t[0] for t in (found, trade)) and label in ("ORG", "PERSON"):
            return "org"  # "retailer X", "supermarket chain X": the trade says a business, not a person
        role_before = found is not None and found[1] in ("office", "relative", "member")  # "chancellor Olaf Scholz"
        appos_role = span.root.dep_ == "appos" and bool(self.kb.role(appos_host(span.root).lemma_.lower()))
        # "Gáspár Maróth, the government commissioner": a person's office in apposition to the name
        appos_role = appos_role or any(
            c.dep_ == "appos" and (self.kb.role(c.lemma_.lower()) or (None, ""))[1] in ("office", "relative", "member")
            for c in span.root.children if c.i >= span.end)
        looks_like_name = all(t.is_title for t in span) and 1 <= len(span) <= 4
        if label == "PERSON" and len(span) > 1 and span[-1].lower_ in INSTITUTION_NOUNS and span[-1].pos_ == "PROPN":
            return "org"  # "John Radcliffe Hospital", "St Mary's Church" tagged PERSON: the building's institution
        if label == "PERSON" and not (role_before or appos_role) and self.town_tagged_person(span):
            return None  # "voters in Maidan Shahr", "the road between Mandya and the coast": a town, not a person
        if label == "PERSON":
            if len(span) == 1 and not (role_before or appos_role) and not self.in_argument(span.root):
                return None  # a lone capitalised word tagged PERSON in passing ("on Twitter")
            if any(a.kind == "org" and not a.kb_id and norm(a.name) == key for a in self.actors):
                return "org"  # "Woolworths said" after "supermarket chain Woolworths"
            return "person"
        if (role_before or appos_role) and looks_like_name:
            return "person"
        if (label == "ORG" and 2 <= len(span) <= 3 and looks_like_name and given_names().get(span[0].lower_)
                and span[-1].lower_ not in PLACE_NOUNS and span[-1].pos_ == "PROPN"
                and not (span.start > 0 and span.doc[span.start - 1].lower_ == "the")):
            return "person"  # "Nikki Haley", "Elijah Cummings" tagged ORG: a given name opens a person's name
        if label == "ORG":
            return "org" if (self.in_argument(span.root) or len(span) > 1) else None
        if label in ("GPE", "LOC", "FAC"):
            return None  # places; the places stage reads them
        return None

    def portfolio_of_title(self, span: Span, label: str) -> bool:
        """Whether a name is (a conjunct of) the portfolio of a state office's title between it and a person's name,
        joined by "and" ("Police and Crime Commissioner X", "Road Transport and Bridges Minister X", "Health and Social
        Care Secretary X"): no body of its own. A business's officers ("Procter and Gamble Chief Executive X") are not
        of the state. A name tagged PERSON is one only with the title inside it ("Bridges Minister"): a person's name
        before "and" another title and name is a person ("Secretary X and Attorney General Y")."""
        doc = span.doc
        joiners = ("and", "&")
        joined = any(t.lower_ in joiners for t in span) or (
            span.start >= 2 and doc[span.start - 1].lower_ in joiners and doc[span.start - 2].is_title)
        title = span.end - 1 if len(span) > 1 and span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" else span.end
        if label == "PERSON" and title == span.end:
            return False
        while label == "ORG" and title < min(len(doc), span.end + MAX_PORTFOLIO_TAIL) and (
                doc[title].lower_ in joiners or (doc[title].is_title and self.kb.role(doc[title].lower_) is None)):
            joined = joined or doc[title].lower_ in joiners  # "Road Transport" before "and Bridges Minister X"
            title += 1
        if not joined or title + 1 >= len(doc) or doc[title + 1].ent_type_ != "PERSON" or not doc[title].is_title:
            return False  # (the tagger may take the title into the portfolio's span: "Bridges Minister")
        found = self.kb.role(doc[title].lower_)
        return found is not None and found[1] == "office" and bool(set(found[0]) & PORTFOLIO_SECTORS)

    def town_tagged_person(self, span: Span) -> bool:
        """Whether a name tagged PERSON is a town or region, opening with no given name: one the gazetteer knows
        ("Baracoa", "Maidan Shahr", "Jefferson Parish"), or any where only a place can stand ("a camp outside Ain Issa",
        "troops entered Tell Tamer"). A lone word acting as a subject stays a person ("Wharton said"): a surname may be a town's name too."""
        from telex.stages.places import MIN_UNSUPPORTED_POPULATION

        if given_names().get(span[0].lower_) or (len(span) == 1 and span.root.dep_ in ("nsubj", "nsubjpass")):
            return False  # a person's name opens with the given name ("Ain Issa" does not)
        root = span.root
        while root.head.i != root.i and (root.dep_ == "conj" or (root.head.pos_ == "PROPN" and root.dep_ in ("dobj", "compound"))):
            root = root.head  # "entered Tell Tamer and Ain Issa" (the parse may hang "Tamer" on "Tell")
        if ((root.dep_ == "pobj" and root.head.lower_ in TOWN_PREPOSITIONS and root.head.head.lemma_.lower() in TOWN_NOUNS)
                or (root.dep_ == "dobj" and root.head.lemma_.lower() in TOWN_TAKING_VERBS)):
            return True
        entry = gazetteer.resolve(span.text)
        return (entry is not None and bool(entry.country) and entry.feature in ("city", "admin1", "admin2")
                and (entry.feature != "city" or entry.population >= MIN_UNSUPPORTED_POPULATION))

    def town_of_office(self, span: Span) -> bool:
        """Whether a name the tagger took for a body or person is the town or region possessing a local office
        ("Kharkiv's mayor", "Chelyabinsk's governor"), known enough to the gazetteer to read it so
        (:meth:`taken_town`). Not a "chief": a firm has one too ("Toyota's chief")."""
        head = span.root.head
        if span.root.dep_ != "poss" or head.lemma_.lower() not in LOCAL_ROLE_HEADS - {"chief"} or head.i < span.end:
            return False
        return self.taken_town(span.text[:-2] if span.text.endswith("'s") else span.text) is not None

    def taken_town(self, text: str, city: bool = False) -> str | None:
        """The country of a town the tagger took for a person or organisation, if it is known enough to read it so
        (:func:`known_town`, as :meth:`place_taken` does) and is no known actor: "Court Commissioner X" is no Swiss
        village's. ``city``: a word the tagger took for a common noun must be a city of some size, not a district or
        an island that shares a common word's name ("Town", "Village", "Capital")."""
        if self.kb.actor(text, self.day) is not None or self.person_by_surname(norm(text)) is not None:
            return None
        entry = known_town(text, taken=True)
        if entry is None or (city and (entry.feature != "city" or entry.population < TAKEN_PLACE_POPULATION)):
            return None
        return entry.country

    def places_tagged_org(self, span: Span, words: set[str]) -> bool:
        """Whether a name tagged ORG is one or more provinces (with countries) and no body ("Crete", "between Crete and
        Cyprus"), with no word of an organisation's name. Not towns or counties: a company or a paper may bear such a
        name ("Toyota", "Forbes"). A subject stays a body: a team or council named for its region ("Cornwall said")."""
        if words & ORG_WORDS or span.root.dep_ in ("nsubj", "nsubjpass", "poss"):
            return False  # a possessor is read by :meth:`town_of_office` ("Chelyabinsk's governor")
        entries = [gazetteer.resolve(p) for p in re.split(r",\s*|\s+and\s+", span.text) if p]
        return (all(e is not None and e.country and e.feature in ("admin1", "country") for e in entries)
                and any(e.feature == "admin1" for e in entries))

    def place_after_preposition(self, span: Span, words: set[str]) -> bool:
        """Whether a name tagged ORG is a prominent town or region where something is ("in El Fasher",
        "near Omdurman"): the object of a preposition of place, no word of an organisation's name, and a
        place the gazetteer knows well, not a body the knowledge base knows."""
        from telex.stages.places import is_prominent

        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in PLACE_PREPOSITIONS or words & ORG_WORDS:
            return False
        entry = gazetteer.resolve(span.text)
        return entry is not None and bool(entry.country) and entry.feature in ("city", "admin1", "admin2") and is_prominent(entry)

    def in_argument(self, tok: Token) -> bool:
        if tok.dep_ in ARGUMENT_DEPS:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ in ARGUMENT_PREPS
