"""Vocabulary and parse helpers shared by the actor modules: which words make a name an
organisation, which are titles, pronouns and the genders words state, and small helpers on the
dependency parse (an apposition's real host, a name split at an inner preposition).

Used by :mod:`telex.stages.actors` (mention recognition), :mod:`telex.stages.actor_descriptions`
and :mod:`telex.stages.actor_linking`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from telex.kb import norm
from telex.knowledge import data_lines

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
    king queen prince princess sheikh emir ayatollah pope cardinal bishop archbishop imam rabbi pastor rev father sir lord
    lady dame treasurer""".split()
)

#: Last words of a news outlet's name ("Military Times", "Kyiv Post", "Sky News"): the outlet is media
#: (CAMEO MED) whatever the words before say ("Military" is no army). Not "Mail" or "Express", which
#: end the names of carriers and banks as often ("Royal Mail", "American Express").
MASTHEAD_WORDS = frozenset(
    """Times Post Journal Herald Tribune Gazette Telegraph Chronicle Observer Daily News Inquirer Courier
    Dispatch Examiner Press Radio TV Television Broadcasting Magazine Newspaper Newsweek""".split()
)
#: Last words of a company's name ("Acme Inc", "Kenya Airways", "Gulf Petroleum Ltd"): the company is a business
#: (CAMEO BUS), whatever the words before say ("Kenya" makes it Kenyan, not the Kenyan state).
COMPANY_NAME_ENDS = frozenset(
    """inc incorporated ltd limited plc llc llp ag gmbh nv bv co airlines airways motors pharmaceuticals
    holdings""".split()
)

#: The office a title before a name states, where the text gives the person no other role: "Sen. Joe
#: Manchin" is a senator (LEG), "Gen. Ann Lee" a general (MIL). Keys are TITLES without their dot.
TITLE_ROLES = {
    "sen": "senator", "senator": "senator", "rep": "representative", "representative": "representative",
    "gov": "governor", "governor": "governor", "gen": "general", "general": "general", "adm": "admiral",
    "admiral": "admiral", "col": "colonel", "colonel": "colonel", "lt": "lieutenant", "maj": "major",
    "major": "major", "capt": "captain", "captain": "captain", "sgt": "sergeant", "mayor": "mayor",
    "ambassador": "ambassador", "judge": "judge", "justice": "judge", "president": "president",
    "minister": "minister", "chancellor": "chancellor", "premier": "premier", "treasurer": "treasurer",
}

#: Offices held for one of a federation's states (and their adjectives, "gubernatorial candidate"), whose holder is "of"
#: that state ("Senator Cy Day of Georgia"). US usage: a state may share its name with a country (Georgia), and the
#: office says which is meant.
STATE_OFFICES = frozenset("senator representative congressman congresswoman governor gubernatorial senatorial".split())
#: US territories with ISO codes of their own, which a governor "of" is coded as (Puerto Rico: PRI), not as the US.
US_TERRITORIES = frozenset({"PRI", "GUM", "VIR", "ASM", "MNP"})

#: Nouns of a relation to someone else: "Russia's allies", "Japan's neighbours", "Israel's militia ally"
#: are not Russia's, Japan's or Israel's own people, so a possessor that is a country or a body gives them
#: no country (it still says whose allies they are). A person's partner or ally is most often of his
#: country ("Huber's tag team partner"), so a person's possessive keeps its reading.
RELATION_NOUNS = frozenset(
    """ally allies partner partners neighbour neighbours neighbor neighbors counterpart counterparts rival rivals
    enemy enemies foe foes adversary adversaries proxy proxies""".split()
)
#: Possessives that stand for a person (a body's are "its" and "their").
PERSON_POSSESSIVES = frozenset("my your his her our".split())


def possessor_of_relation(tok: Token) -> bool:
    """Whether ``tok`` is a possessor, not a person, of a :data:`RELATION_NOUNS` noun ("Japan" in "Japan's
    neighbours", "its allies"; not "his allies")."""
    return (tok.dep_ == "poss" and tok.head.lower_ in RELATION_NOUNS and tok.ent_type_ != "PERSON"
            and tok.lower_ not in PERSON_POSSESSIVES)


#: Prepositions that name whose a role is: "a spokesman for the president", "an adviser to X", "the chief of
#: staff of the army".
OWNER_PREPS = frozenset({"for", "of", "to"})

PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person"}

#: The gender a pronoun, a title or a role word states: "she" must not resolve to a man named earlier.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
TITLE_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m", "sheikh": "m", "emir": "m",
    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "queen": "f", "princess": "f",
}


@lru_cache(maxsize=1)
def not_actors() -> frozenset[str]:
    """Names that never give an actor ("Brexit", "Obamacare"), normalised, from knowledge/not_actors.txt."""
    return frozenset(norm(line) for _, line in data_lines("not_actors.txt"))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name -> "f" or "m", from knowledge/given_names.tsv."""
    out = {}
    for _, line in data_lines("given_names.tsv"):
        name, gender = line.split("\t")[:2]
        out[name.strip().lower()] = gender.strip()
    return out


@lru_cache(maxsize=1)
def ambiguous_countries() -> dict[str, tuple[str, ...]]:
    """Country word -> the countries it may name ("Congolese" -> COD, COG), from knowledge/ambiguous_countries.tsv."""
    out = {}
    for _, line in data_lines("ambiguous_countries.tsv"):
        word, candidates = line.split("\t")[:2]
        out[word.strip().lower()] = tuple(c.strip() for c in candidates.split(";") if c.strip())
    return out


@lru_cache(maxsize=1)
def usual_countries() -> dict[str, str]:
    """Ambiguous country word -> the country news means by it when the article does not tell ("Congo" ->
    COD), from the optional third column of knowledge/ambiguous_countries.tsv."""
    out = {}
    for _, line in data_lines("ambiguous_countries.tsv"):
        cells = line.split("\t")
        if len(cells) > 2 and cells[2].strip():
            out[cells[0].strip().lower()] = cells[2].strip()
    return out


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str | None]:
    """Common nouns for an unnamed person ("the attacker", "a man") and the gender a few of them state
    ("m", "f"), from knowledge/person_nouns.txt."""
    found: dict[str, str | None] = {}
    for _, line in data_lines("person_nouns.txt"):
        word, _, gender = line.partition("\t")
        found[word.strip().lower()] = gender.strip() or None
    return found


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

#: Modifiers of "party" that make it a side in a conflict or a deal, not a political party.
NOT_POLITICAL_PARTY = frozenset({"warring", "third", "injured", "guilty", "interested", "other", "contracting"})
#: Role nouns that are also everyday words, and whose modifiers can say which reading is meant.
NON_ROLE_READINGS = frozenset({"party", "parties", "source", "sources"})


def role_noun_misread(tok: Token, sectors: tuple[str, ...] | list[str], role: str) -> bool:
    """Whether a party or source noun's own modifiers make it no role at all: "a birthday party",
    "third parties", "Sudan's warring parties" (sides, not political parties), "water sources"
    (not informants). The actors and events stages both ask, so neither reads such a noun as an actor."""
    if not ("PTY" in sectors or role in ("source", "sources")):
        return False
    return any(
        (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in role.split())
        or c.ent_type_ == "ORDINAL" or c.lower_ in NOT_POLITICAL_PARTY
        for c in tok.children
    )


#: Time zones the tagger takes for organisations ("1200 GMT").
TIME_ZONES = frozenset("gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt ist jst kst aest aedt msk".split())

#: Longest role phrase looked up, in tokens ("chief of the general staff" is five).
MAX_ROLE_TOKENS = 5

#: Role nouns that are adjectives too: alone before another noun of the same phrase they are the adjective
#: ("General Motors", "General Electric", "the Executive Branch", "an executive order", "Major League
#: Baseball"), no general, executive or major; as a title before a name they stay roles ("General X").
ADJECTIVE_ROLES = frozenset({"general", "executive", "major"})

#: Words that join country words modifying one noun: "Kyrgyz and Tajik troops", "US, British and
#: French diplomats", "Kyrgyz-Tajik". At most two in a row (", and").
COORDINATORS = frozenset({",", "and", "or", "-", "&"})

#: Sentences back that a pronoun looks for its antecedent's subject position. Two covers
#: "X said ... . He added ..." and a quote in between.
PRONOUN_WINDOW_SENTENCES = 3


#: Prepositions that join two capitalised parts of one organisation's name, which the tagger splits
#: into two entities: "Office for the Coordination of Humanitarian Affairs", "Commission on Human Rights".
NAME_JOINERS = frozenset({"for", "of", "on"})


#: The most words a known organisation's name that the tagger split or missed is looked for in
#: ("International Federation of Red Cross and Red Crescent Societies" is longer, and always tagged).
MAX_KNOWN_NAME_TOKENS = 6


#: Punctuation inside a known name as the text writes it ("Kurdistan Workers' Party", "Al-Aqsa").
NAME_PUNCT = frozenset({"-", "'", "’", "&", "."})
#: The ``kb_id`` of the spans :func:`known_name_spans` adds, which the tagger did not give.
KNOWN_NAME = "telex-known-name"


@lru_cache(maxsize=4)
def _known_names(kb) -> dict[str, str]:
    """Normalised names of the knowledge base's actors of two words or more, written with a capital, with the
    entity label each is given: ORG for organisations and groups ("Doctors Without Borders", "Group of Seven",
    "UN refugee agency"), PERSON for people ("Queen Elizabeth II", which the tagger leaves untagged after
    "Britain's")."""
    return {
        norm(name): "PERSON" if actor.kind == "person" else "ORG"
        for actor in kb.actors.values() if actor.kind in ("org", "group", "person")
        for name in (actor.name, *actor.aliases) if name[:1].isupper() and len(norm(name).split()) >= 2
    }


@lru_cache(maxsize=4)
def _known_surnames(kb) -> dict[str, frozenset[str]]:
    """Normalised one-word names of the knowledge base's people ("Mitsotakis", "Erdogan"), which the tagger sometimes
    leaves untagged where a person stands (:func:`known_name_spans`), with the countries of their terms."""
    out: dict[str, set[str]] = {}
    for actor in kb.actors.values():
        if actor.kind != "person":
            continue
        countries = {t.country for t in actor.terms if t.country}
        for name in (actor.name, *actor.aliases):
            if name[:1].isupper() and len(norm(name).split()) == 1:
                out.setdefault(norm(name), set()).update(countries)
    return {name: frozenset(c) for name, c in out.items()}


def _countries_named(kb, ents: list[Span]) -> set[str]:
    """The countries the document's place and people entities name ("Greece", "Greek")."""
    return {c for e in ents if e.label_ in ("GPE", "NORP") for c in (kb.country(e.text), kb.adjective(e.text)) if c}


#: Where a lone known surname the tagger left untagged is read as the person: a subject, object or conjunct
#: ("Mitsotakis said", "met Mitsotakis"), not a modifier ("a Mitsotakis ally", "the Trump Tower").
SURNAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss"})


@lru_cache(maxsize=4)
def _known_first_words(kb) -> frozenset[str]:
    """The first words of :func:`_known_names`: a name can only start on a token that is one of them."""
    return frozenset(name.split()[0] for name in _known_names(kb))


def _country_before(doc: Doc, kb, span: Span, covering: set[Span]) -> Span | None:
    """Where the tagger took a country into a known person's name ("the Prime Minister of India Narendra Modi" as
    one entity "India Narendra Modi"), the country's own span (GPE), else None."""
    if len(covering) != 1:
        return None
    ent = next(iter(covering))
    if ent.end != span.end or ent.start >= span.start or ent.label_ not in ("ORG", "PERSON", "GPE"):
        return None
    before = doc[ent.start:span.start]
    return Span(doc, before.start, before.end, label="GPE") if kb.country(before.text) else None


def known_name_spans(doc: Doc, kb, ents: list[Span]) -> list[Span]:
    """Names of known organisations, groups and people that the tagger split or left untagged ("Doctors" a
    noun and "Without Borders" an ORG; "Group of Seven" with "Seven" a number), as ORG or PERSON spans. A name
    inside one longer entity ("the Supreme Court of Pakistan") or going on into more capitalised words
    is left to the tagger."""
    names, first_words = _known_names(kb), _known_first_words(kb)
    inside = {i: e for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    countries = None
    i = 0
    while i < len(doc):
        found = None
        first = norm(doc[i].text) if doc[i].is_title or doc[i].is_upper else None
        # a capitalised word that opens no known name is skipped at once ("The", which norm drops, may open one)
        if first is not None and (not first or first in first_words):
            for size in range(min(MAX_KNOWN_NAME_TOKENS, len(doc) - i), 1, -1):
                span = doc[i:i + size]
                if span[-1].is_punct or any(t.is_punct and t.text not in NAME_PUNCT for t in span) or norm(span.text) not in names:
                    continue  # not across brackets or commas: "the United Kingdom's (UK) Conservative Party"
                covering = {inside[j] for j in range(span.start, span.end) if j in inside}
                if any(e.start == span.start and e.end == span.end for e in covering):
                    break  # tagged as it is
                # "President of Ukraine Volodymyr Zelenskyy": "Ukraine Volodymyr Zelenskyy" tagged whole
                country = _country_before(doc, kb, span, covering)
                if country is None and any(e.start < span.start or e.end > span.end for e in covering):
                    break  # part of a longer entity
                after = doc[span.end] if span.end < len(doc) else None
                if after is not None and after.pos_ == "PROPN" and after.is_title and after.lower_ not in TITLES:
                    break  # a longer name ("Red Cross Society of China"), not a title after it ("ECOWAS Commission President X")
                found = span
                if country is not None:
                    out.append(country)
                break
        theirs = _lone_surname_countries(doc[i], kb, inside) if found is None else frozenset()
        if theirs:
            # "Mitsotakis said": a known person's name alone, untagged, in an article that names his country (not
            # "Moon" in a story on comics, nor "Sola" airport in Norway for an Argentine minister)
            if countries is None:
                countries = _countries_named(kb, ents)
            if theirs & countries:
                out.append(Span(doc, i, i + 1, label="PERSON", kb_id=KNOWN_NAME))
            i += 1
        elif found is not None:
            out.append(Span(doc, found.start, found.end, label=names[norm(found.text)], kb_id=KNOWN_NAME))
            i = found.end
        else:
            i += 1
    return out


def _lone_surname_countries(tok, kb, inside: dict) -> frozenset[str]:
    """The countries of the known people whose one-word name (:func:`_known_surnames`) ``tok`` is, where the tagger
    left it out of every entity and it stands where a person can (:data:`SURNAME_DEPS`); else none."""
    if tok.i in inside or tok.pos_ != "PROPN" or not tok.is_title or tok.dep_ not in SURNAME_DEPS:
        return frozenset()
    return _known_surnames(kb).get(norm(tok.text), frozenset())


def joined_entities(doc: Doc, kb=None) -> list[Span]:
    """The document's entities, with an organisation whose name the tagger split at an inner
    preposition joined again: ORG ending in an organisation word ("UN Office"), "for/of/on",
    optionally "the", then a capitalised ORG ("Coordination of Humanitarian Affairs"); with ``kb``,
    the names of known organisations the tagger split or missed too (:func:`known_name_spans`)."""
    ents = list(doc.ents)
    if kb is not None:
        known = known_name_spans(doc, kb, ents)
        if known:
            taken = {i for span in known for i in range(span.start, span.end)}
            ents = sorted([e for e in ents if not any(i in taken for i in range(e.start, e.end))] + known,
                          key=lambda e: e.start)
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
        out.append(_whole_person(doc, ent))
        i += 1
    return out


def _lone_entity(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an entity of its own one token long (a surname the tagger split off)."""
    return doc[i].ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")


def _whole_person(doc: Doc, ent: Span) -> Span:
    """A PERSON entity with the surname the tagger left out: in "Chief Superintendent Graciano Mijares"
    the small model tags "Superintendent Graciano" alone, a compound of the untagged "Mijares"."""
    if ent.label_ != "PERSON":
        return ent
    end = ent.end
    while (end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title
           and (not doc[end].ent_type_ or _lone_entity(doc, end)) and doc[end].lower_ not in ORG_WORDS
           and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end):
        end += 1  # "Ursula von der" PERSON + "Leyen" GPE: one name
    return ent if end == ent.end else Span(doc, ent.start, end, label="PERSON")


def appos_host(tok: Token) -> Token:
    """The noun a name stands in apposition to. The parser often hangs the name on the last noun of
    the phrase before it: in "the chair of the defence committee, Ann Lee" on "committee", though Ann
    Lee is the chair. A person's name after "<role> of/for <organisation or place>" is the role's."""
    host = tok.head
    if host.dep_ == "pobj" and host.head.dep_ == "prep" and host.head.lower_ in ("of", "for", "at"):
        role = host.head.head
        if role.pos_ == "NOUN" and role.lower_ not in ORG_WORDS and host.lower_ in ORG_WORDS:
            return role
        if role.pos_ == "NOUN" and host.ent_type_ in ("GPE", "LOC") and tok.ent_type_ == "PERSON":
            return role  # "the chief prosecutor of Isfahan, Reza X": the prosecutor, not the city
    return host


def apposed_name(tok: Token, actor_of: dict) -> Token | None:
    """The name that a common noun with no actor of its own is put in apposition with: "Borrell" in
    "The foreign policy chief, Josep Borrell, said". Where the noun is an office the actors stage
    knows, the mention takes it in; where it is not ("security chief"), the name still says who it is."""
    if tok.pos_ != "NOUN" or tok.i in actor_of:
        return None
    # not in brackets: a bracketed name after a noun is often an acronym the parse hangs on the wrong
    # noun ("an extension of the mandate for the force (UNIFIL)")
    return next(
        (c for c in tok.children
         if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in actor_of and tok.doc[max(0, c.left_edge.i - 1)].text != "("),
        None,
    )


def last_run(tokens: list[Token]) -> list[Token]:
    """The contiguous run of tokens that ends the list: the words right before a name, not a clause
    further left that the parse also hangs on it."""
    run: list[Token] = []
    for t in reversed(tokens):
        if run and t.i != run[-1].i - 1:
            break
        run.append(t)
    return list(reversed(run))


def names_clash(name: str, other: str) -> bool:
    """Whether two names of people cannot be one person: each has a word the other lacks ("Li
    Wenliang" and "Li Keqiang", "Hillary Clinton" and "Bill Clinton"). Titles and initials do not
    count, and a name that adds words to the other does not clash ("Sergei K. Shoigu", "Shoigu").

    >>> names_clash("Li Wenliang", "Li Keqiang"), names_clash("Sergei Kuzhugetovich Shoigu", "Sergei Shoigu")
    (True, False)
    >>> names_clash("George W. Bush", "George H. W. Bush"), names_clash("Sergei K. Shoigu", "Sergei Shoigu")
    (True, False)
    """
    def words(text: str, initials: bool = False) -> set[str]:
        return {w for w in norm(text).replace(".", " ").split() if (len(w) == 1) == initials and w not in TITLES}

    mine, theirs = words(name), words(other)
    if bool(mine - theirs) and bool(theirs - mine):
        return True
    # initials count when both names have them: "George W. Bush" is not "George H. W. Bush"
    mine_i, theirs_i = words(name, True), words(other, True)
    return bool(mine_i) and bool(theirs_i) and mine_i != theirs_i


def titled_person(ent: Span, kb) -> bool:
    """Whether an entity the tagger took for an organisation is a person's title and name ("Imam Yusuf Bello"
    tagged ORG): a title that is a person's role, then a known given name ("General Motors" has none)."""
    return (ent.label_ == "ORG" and len(ent) >= 3 and ent[0].lower_.strip(".") in TITLES and ent[0].is_title
            and (kb.role(ent[0].lower_) or ((), ""))[1] in ("office", "member")
            and bool(given_names().get(ent[1].lower_)) and all(t.is_title for t in ent))


#: Offices that preside over the body they belong to: the president of a legislature or court is of that
#: branch, not of the government his title alone says ("Senate president", "the Supreme Court's president").
PRESIDING_OFFICES = frozenset({"president", "vice president", "deputy president"})
#: Branches of the state whose presiding officers take the branch's sector.
PRESIDED_BRANCHES = frozenset({"LEG", "JUD"})


def presiding_branch(desc, body, kind: str) -> tuple[str, ...]:
    """The sectors (LEG, JUD) of a legislature or court that a person's office presides over ("Assembly
    president X", "the Senate's president"), or none: the office's GOV gives way to them."""
    if kind != "person" or body is None or desc.role_kind != "office" or desc.role not in PRESIDING_OFFICES:
        return ()
    if tuple(desc.sectors) != ("GOV",):
        return ()  # "the former Senate president" is an elite (ELI)
    return tuple(s for s in body.sectors if s in PRESIDED_BRANCHES)


#: Nouns for a country's legislature whatever its own name: "the parliament" after "the Legislative Assembly".
LEGISLATURE_NOUNS = frozenset({"parliament", "legislature"})


def stands_for_legislature(head: str, sectors, actor) -> bool:
    """Whether "the parliament" (a LEG body noun of :data:`LEGISLATURE_NOUNS`) may stand for a legislature
    named before by a name with another head ("Tonga's parliament, the Legislative Assembly", "the Knesset")."""
    return (head in LEGISLATURE_NOUNS and tuple(sectors) == ("LEG",) and actor.kind == "org"
            and "LEG" in actor.sectors and not actor.anonymous)


def double_subject(noun: Token, name: Token) -> bool:
    """Whether a role noun and the name after its comma are both subjects of the verb right after the name ("The
    party's leader, X announced ...", the closing comma left out): a verb has one subject, so the name is the noun's
    apposition."""
    return (noun.dep_ == "nsubj" and name.dep_ == "nsubj" and noun.head.i == name.head.i and noun.i < name.i
            and name.head.i == name.i + 1)  # the verb right after the name; with the comma, the usual reading stands


def inside_a_name(phrase: list[Token]) -> bool:
    """Whether a role phrase read across a left-out article ends inside a proper name: "head of [the] State" in
    "head of the State Property Agency" ("State" modifies the name after it), which is no "head of state"."""
    last = phrase[-1]
    article = any(t.dep_ == "det" for t in last.doc[phrase[0].i:last.i])
    return article and last.dep_ in ("compound", "nmod") and last.head.i > last.i and last.head.pos_ == "PROPN"


def modal_surname(tok: Token) -> bool:
    """Whether a capitalised modal may be a surname ("Will" after "George Will"): not opening a question, where a
    subject follows it ("Will the party win?", "Will he run?"), but followed by an adverb, a verb or a comma."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (tok.tag_ == "MD" and tok.is_title and nxt is not None
            and (nxt.pos_ in ("ADV", "VERB") and nxt.tag_ != "VB" or nxt.text in (",", "'s", "’s")))


#: Words before a place's name that make it a figure of speech for another place like it ("another Vietnam").
LIKENESS_WORDS = frozenset({"another"})


def figurative_place(span: Span) -> bool:
    """Whether a place's name stands for another place like it, not for itself: counted ("the third Baku", an oil
    region likened to Baku; "a second Vietnam") or "another Vietnam". No actor or country of the place is meant."""
    return any(c.dep_ == "amod" and c.i < span.start and (c.ent_type_ == "ORDINAL" or c.lower_ in LIKENESS_WORDS)
               for t in span for c in t.children)
