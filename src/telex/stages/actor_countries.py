"""Countries for actors the text describes but does not place ("President X" with no country).

Runs after mention linking (:mod:`telex.stages.actors`), so it never changes which mentions are one
actor. The first step that gives an answer wins: a country joined to the phrase ("King Hassan of
Morocco"), the one country left in the sentence once parties to the action are set aside, then the
article's dateline or dominant country. Each guess records its basis in ``country_basis``, which
lowers the confidence of events that rest on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from telex.stages.actor_clauses import acted_on, clause_of, hit_by, same_clause, struck_by
from telex.stages.actor_linking import inside_place_name
from telex.stages.actor_name_kinds import LOCAL_ROLE_HEADS
from telex.stages.actor_words import RELATION_NOUNS, figurative_place

if TYPE_CHECKING:
    from telex.stages.actors import ActorResolver


#: Prepositions whose object is a party to what the actor does, not where the actor belongs:
#: "returning to Kyrgyzstan", "talks with Russia", "sanctions against Iran".
OTHER_PARTY_PREPS = frozenset({"to", "with", "against", "from", "toward", "towards", "on", "into", "for", "between", "by", "over"})
#: Verbs of posting people somewhere: the place they are deployed or stationed in is not their country
#: ("1,200 troops deployed in North Kivu", "peacekeepers stationed in Kosovo").
POSTING_VERBS = frozenset("deploy station post dispatch garrison".split())
#: Verbs of coming together: where people meet is not their country ("leaders meeting in Addis Ababa", "ministers
#: gathered in Brussels"), as summits are held abroad.
MEETING_VERBS = frozenset("meet gather convene assemble".split())
#: Sectors of an actor that speaks for its own country: a country word describing one names that
#: actor's country, not the country of a person in the same sentence ("Soviet leader Gorbachev",
#: "Russian officials"). Opposition, people, rebels and the like are left as evidence.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"})
#: Sectors of a named body that belongs to one country's politics and so may take the country of its
#: article or context: state bodies, and parties ("the Conservative Party" is of the country its
#: article is about).
NATIONAL_SECTORS = STATE_SECTORS | {"PTY"}
#: Role heads that name someone from elsewhere, or who belongs to whoever he speaks for: the country
#: around such an actor is rarely his ("western allies ... talks with Moscow", "the ambassador in
#: Kabul", "his counterpart"); commentators and unnamed sources say nothing of where they are from
#: ("critics say the law mirrors Russian rules", "people familiar with the matter"). Only a country in
#: their own phrase places them.
FOREIGN_ROLE_HEADS = RELATION_NOUNS | frozenset(
    """ambassador ambassadors envoy envoys diplomat diplomats peacekeeper peacekeepers observer observers monitor monitors
    mediator mediators inspector inspectors correspondent correspondents critic critics analyst analysts expert experts
    source sources""".split()
)
#: The people of a town: "residents of Kharkiv" are of the town's country.
TOWN_PEOPLE = frozenset("resident inhabitant".split())
#: Those who seized power are of the country they seized, which their article is about, not of the
#: foreign government a sentence has speak of them ("France said the putschists had no authority").
SEIZERS = frozenset("putschists putschist plotters".split())
#: Sentences back that the context rule looks for a country acting as a main clause's subject.
CONTEXT_SENTENCES = 4
#: The article-level rule needs this many mentions of its country, and this share of all.
ARTICLE_MIN_MENTIONS = 3
ARTICLE_MIN_SHARE = 0.6
#: The one country an article names at all places an actor nothing else places when named this many times
#: ("... cleared the Bahamas ... Prime Minister X said ... as it left the Bahamas").
ARTICLE_SOLE_MIN_MENTIONS = 2
#: A dateline's country yields to the article's dominant country (by the rule above) when that is named at
#: least this many times as often: talks held abroad ("JEDDAH - Sudan's army and ...") are about their country.
DATELINE_YIELD_RATIO = 2


def infer_countries(resolver: ActorResolver) -> None:
    """Give a country to an actor described by an office or role ("President Yoweri Museveni",
    "opposition candidates") that neither its description nor the knowledge base placed.

    In order, the first that answers wins:

    1. phrase: a country in the actor's own noun phrase after the name ("King Hassan of Morocco",
       "the prime minister of Fiji"); a country word before it is already read by :meth:`describe`.
    2. sentence: the one country a sentence naming the actor names, counting country names,
       adjectives, capitals and places inside the country, but not a country that is a party to
       the action (a direct object, or the object of "to", "with", "against" ...: "President X
       visited China" says nothing of X's country) nor one that describes another state actor
       ("Soviet leader Gorbachev", "Russian officials"), nor one in a clause of the sentence that the
       actor's does not belong to (:func:`same_clause`), nor where troops were deployed. Two or more
       countries left: no answer.
    3. article: the dateline's country, else a country that has at least
       :data:`ARTICLE_MIN_MENTIONS` mentions and :data:`ARTICLE_MIN_SHARE` of all country mentions.
    4. context: the country that was last the subject of a main clause, up to
       :data:`CONTEXT_SENTENCES` sentences back, else the lede's ("Britain pledged £150m ...
       Development minister Fiona Blake told ...": the government the story is about).
    5. sole country: the only country the article names, named :data:`ARTICLE_SOLE_MIN_MENTIONS` times
       or more (too few for step 3).

    An unnamed actor of an organisation ("a Foreign Office spokesperson") takes the organisation's
    country once that is known. A named state body or party ("Foreign Office", sectors in
    :data:`NATIONAL_SECTORS`) may take a country from the article or its context.

    Named bodies ("Red Cross officials", "Hamas militants") and roles of people from elsewhere
    (:data:`FOREIGN_ROLE_HEADS`, relative roles such as "spokesman") take no country from the
    sentence or article.

    Limits: a visiting leader named in a sentence about his host ("President X arrived in Abidjan")
    takes the host's country; nationality words for people ("Ugandan opposition") count as the
    country. Inferred countries are marked with ``country_basis`` and the events stage gives
    events built on them a lower confidence. The pass runs after linking, so it never changes
    which mentions are one actor.
    """
    doc, kb = resolver.doc, resolver.kb
    candidates = [
        a for a in resolver.actors
        if a.mentions and not a.country and not a.code and a.kind in ("person", "group", "org") and (a.role or a.sectors or a.kind == "org")
    ]
    if not candidates:
        return
    heads: dict[str, list[Token]] = {}
    for i in sorted(resolver.token_actor):
        heads.setdefault(resolver.token_actor[i], []).append(doc[i])
    mentions = country_mentions(resolver)
    article = article_country(resolver, mentions)
    counts: dict[str, int] = {}
    for _, iso, _, _ in mentions:
        counts[iso] = counts.get(iso, 0) + 1
    dateline = dateline_country(resolver)
    for actor in candidates:
        tokens = heads.get(actor.id, [])
        found, basis = None, None
        for tok in tokens:
            found = phrase_country(resolver, tok) or conjunct_country(resolver, actor, tok)
            if found:
                basis = "phrase"
                break
        if found is None and actor.kind == "org" and not (actor.role or actor.sectors):
            continue  # an organisation no role describes is placed only by its own name ("the Law Society of Kenya")
        if found is None and actor.kind != "person" and not set(actor.sectors) & NATIONAL_SECTORS and any(
            t.pos_ == "PROPN" and not _country_word(resolver, t) and t.lower_ not in _titles() for t in tokens
        ):
            continue  # a named body ("Red Cross officials"): its name, not its surroundings, says whose it is
        role = kb.role(actor.role) if actor.role else None
        owner = resolver.by_id.get(actor.belongs_to or "")
        if found is None and owner is not None and not unknown_body_of_state_officer(actor, owner):
            if owner.country:
                actor.country, actor.country_basis = owner.country, owner.country_basis
            continue  # "a Foreign Office spokesperson" is from wherever the Foreign Office is
        if found is None and (actor.role_head() in FOREIGN_ROLE_HEADS or (role is not None and role[1] == "relative")):
            continue
        if found is None and any(c.lower_ in REGION_WORDS and c.ent_type_ not in ("GPE", "LOC")  # not "West Virginia"
                                 for t in tokens for c in t.children if c.dep_ in ("amod", "compound")):
            continue  # "western officials", "European diplomats", "Arab leaders": of many countries, none inferred
        if found is None and any(g.lower_ in WORLD_WORDS for t in tokens for c in t.children
                                 if c.dep_ == "prep" and c.lower_ in ("from", "around", "across") for g in c.subtree):
            continue  # "bishops from around the world", "leaders from across the globe": of many countries
        if found is None and actor.kind == "org" and any(resolver.of_person(t) for t in tokens):
            continue  # "the government of Abdullah Ali": the leader's, whom the text does not place, not the sentence's
        if found is None and actor.kind == "person" and actor.sectors == ["BUS"]:
            continue  # an executive's nationality is not the deal's ("Air Kenya agreed ..., chief executive X said")
        if found is None and actor.role_head() in SEIZERS:
            found = article or (context_country(resolver, tokens[0]) if tokens else None)
            basis = "article" if article else "context" if found else None
        if found is None and actor.role_head() in LOCAL_ROLE_HEADS:
            found = local_country(resolver, tokens)
            basis = "sentence" if found else None
        if found is None:
            # sentences that name or describe the actor: a pronoun's ("he said Sudan must ...") is about something else
            for sent in dict.fromkeys(t.sent.start for t in tokens if t.pos_ != "PRON"):
                own = [t for t in tokens if t.pos_ != "PRON" and t.sent.start == sent]
                isos = {iso for start, iso, evidence, at in mentions if evidence and start == sent
                        and any(same_clause(at, t) and not acted_on(at, t) and not struck_by(at, t) and not hit_by(at, t)
                                for t in own)}
                if len(isos) == 1:
                    found, basis = isos.pop(), "sentence"
                    break
        if (found is None and actor.kind == "group" and role is not None and role[1] == "body" and set(role[0]) & STATE_SECTORS
                and all(t.pos_ != "PRON" and t.lower_ != actor.role and not any(c.dep_ in BARE_DEPS for c in t.children)
                        for t in tokens)):
            # "drive governments to action": a state's body in the plural is of many states, the article's or others
            # (not "Police fired", one body, nor "authorities", which one state has many of)
            continue
        if found is None and tokens and set(actor.sectors) & NATIONAL_SECTORS:
            # "Congress", "Senator X" in a story filed from Doha about Washington: whose the body is, before
            # where the reporter is
            found = known_body_country(resolver, actor, counts, dateline) or fellow_country(resolver, actor, counts, dateline)
            basis = "article" if found else None
        if found is None and article and tokens:
            found, basis = article, "article"
        if found is None and tokens and set(actor.sectors) & NATIONAL_SECTORS:
            found = context_country(resolver, tokens[0])
            basis = "context" if found else None
        if found is None and tokens and len(counts) == 1 and max(counts.values()) >= ARTICLE_SOLE_MIN_MENTIONS:
            found, basis = next(iter(counts)), "article"
        if found and basis != "phrase" and any(iso == found and (struck_by(at, t) or hit_by(at, t))
                                               for _, iso, _, at in mentions for t in tokens):
            found = None  # "The army shelled Turkish positions", "A French airstrike killed rebels": not Turkey's, France's
        if found:
            actor.country, actor.country_basis = found, basis
    for actor in candidates:
        # a member read before its body was placed ("Senate Majority Leader X" before the Senate took
        # the article's country) takes the body's country now
        owner = resolver.by_id.get(actor.belongs_to or "")
        if not actor.country and owner is not None and owner.country:
            actor.country, actor.country_basis = owner.country, owner.country_basis
        elif not actor.country and not dateline and heads.get(actor.id):
            # "Representatives X, Y and Z" in a story of two countries that names one country's legislatures only,
            # now that the legislatures are placed
            found = fellow_country(resolver, actor, counts, dateline, undated=True)
            if found:
                actor.country, actor.country_basis = found, "article"


def unknown_body_of_state_officer(actor, owner) -> bool:
    """Whether a state officer ("Assembly president X", sectors in :data:`STATE_SECTORS`) belongs to a body
    of which nothing is known (no country, code or sectors): the body says nothing of his country, so the
    usual steps place him, as they would with no body named. A body of a known kind ("Acme Holdings"
    BUS, "Red Cross" NGO) still keeps its officers from taking the country around them."""
    return (actor.kind == "person" and bool(set(actor.sectors) & STATE_SECTORS)
            and not (owner.country or owner.code or owner.sectors or owner.kb_id))


def known_body_country(resolver: ActorResolver, actor, counts: dict[str, int], dateline: str | None) -> str | None:
    """The country of a body named without one ("Congress", "the Senate") whose name the knowledge base
    holds only with a country word before it ("US Congress"), when the article names that country more
    often than the dateline's (a Senate in a story from Canberra is Australia's, whatever the KB lacks),
    or with no dateline more often than any other (an Argentine story that names the US has its own
    senate), and no other named country's body of that name is known. Not when the article names the
    known body in full as well: the bare name is then another ("the Senate" of Puerto Rico beside "the US
    Senate")."""
    if actor.kind != "org" or actor.kb_id or not counts:
        return None
    name = actor.name[4:] if actor.name.lower().startswith("the ") else actor.name
    kb = resolver.kb
    found = set()
    most = max(counts.values())
    for iso in counts:
        if dateline and counts[iso] <= counts.get(dateline, 0):
            continue
        if not dateline and (counts[iso] < most or list(counts.values()).count(most) > 1):
            continue
        country = kb.countries.get(iso)
        if country is None:
            continue
        for word in (country.name, *country.aliases, *country.adjectives):
            known = kb.actor(f"{word} {name}", resolver.day)
            term = known[1] if known is not None else None
            if known is not None and known[0].kind == "org" and (term is None or term.country == iso):
                if any(a.kb_id == known[0].id and a.mentions for a in resolver.actors):
                    return None  # "the Senate" beside "the US Senate" named in full: another country's senate
                found.add(iso)
                break
    return found.pop() if len(found) == 1 else None


def fellow_country(resolver: ActorResolver, actor, counts: dict[str, int], dateline: str | None,
                   undated: bool = False) -> str | None:
    """The country of a legislator named without one ("Senator X") when every legislature the article
    names is of one country: he sits in it, whatever the dateline says. A legislature not placed yet
    counts with the country :func:`known_body_country` gives it. Against a dateline; without one
    (``undated``) only once the usual steps placed him nowhere and the legislatures are placed."""
    if actor.kind != "person" or "LEG" not in actor.sectors or not (dateline or undated):
        return None
    bodies = [a for a in resolver.actors if a.kind == "org" and a.mentions and "LEG" in a.sectors]
    isos = {a.country or known_body_country(resolver, a, counts, dateline) for a in bodies}
    return isos.pop() if len(isos) == 1 else None


#: Words that make a plural body noun more than a bare one ("their governments", "the companies", "local governments")
BARE_DEPS = frozenset({"det", "poss", "amod", "compound", "nmod", "nummod", "prep", "relcl", "acl"})
#: Words of the whole world, which an actor is "from (around)": of many countries ("bishops from around the world").
WORLD_WORDS = frozenset({"world", "globe"})
#: Words that place an actor in a region of many countries ("western officials", "Gulf states"):
#: the actor takes no one country from its sentence or article.
REGION_WORDS = frozenset(
    "western west european arab african asian gulf nordic baltic latin balkan scandinavian "
    "international allied world global".split()
)


def local_country(resolver: ActorResolver, tokens: list[Token]) -> str | None:
    """The one country of the places named in the sentences of a local office holder's mentions."""
    from telex.gazetteer import country_of

    for sent in dict.fromkeys(t.sent for t in tokens if t.pos_ != "PRON"):
        isos = set()
        for ent in sent.ents:
            if figurative_place(ent):
                continue  # "from the third Baku": no place of the sentence
            if ent.label_ in ("GPE", "LOC") or resolver.by_id.get(resolver.token_actor.get(ent.root.i, ""), None) is not None:
                owner = resolver.by_id.get(resolver.token_actor.get(ent.root.i, ""))
                iso = owner.country if owner is not None and owner.kind == "country" else None
                if iso is None and ent.label_ in ("GPE", "LOC"):
                    iso = resolver.ambiguous_country(ent.text) or country_of(ent.text)  # DR Congo before the gazetteer's "Congo"
                if iso:
                    isos.add(iso)
        if len(isos) == 1:
            return isos.pop()
    return None


def context_country(resolver: ActorResolver, tok: Token) -> str | None:
    """The country that last acted as the subject of a main clause before ``tok``'s sentence, up to
    :data:`CONTEXT_SENTENCES` back, else the lede's subject country."""
    sents = list(resolver.doc.sents)
    here = next((n for n, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
    for n in [here, *range(here - 1, max(-1, here - 1 - CONTEXT_SENTENCES), -1), 0]:
        if n > here or n < 0:
            continue
        root = sents[n].root
        for child in root.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child.i == tok.i:
                continue
            owner = _subject_actor(resolver, child)
            if owner is None or not owner.country:
                continue
            # a country; or, in the same sentence, a state actor ("He [Netanyahu] did not say whether
            # the army would expand its operation": his army)
            if n == here and clause_of(tok).i == root.i:
                continue  # the body is a party to the same clause ("faces pressure from Congress"): no owner
            if owner.kind == "country" or (n == here and set(owner.sectors) & STATE_SECTORS):
                return owner.country
    return None


def _subject_actor(resolver: ActorResolver, subject: Token):
    """The actor a subject names, or that its "of" phrase names ("hundreds of Palestinians")."""
    owner = resolver.by_id.get(resolver.token_actor.get(subject.i, ""))
    if owner is None:
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    owner = owner or resolver.by_id.get(resolver.token_actor.get(pobj.i, ""))
    return owner


def _titles() -> frozenset[str]:
    from telex.stages.actor_words import TITLES

    return TITLES


def phrase_country(resolver: ActorResolver, tok: Token) -> str | None:
    """'King Hassan of Morocco', 'the president of Fiji', 'dissidents from Egypt': a country after
    the name, joined by 'of' or (where the actor comes from) 'from'. A local office holder's or
    a resident's town is a place whatever the tagger calls it (:func:`town_country`)."""
    town = town_country(resolver, tok)
    if town is not None:
        return town
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and not pobj.is_lower:
                    owner = resolver.by_id.get(resolver.token_actor.get(pobj.i, ""))
                    if owner is not None and owner.kb_id and resolver.token_actor.get(tok.i) == owner.id:
                        continue  # a word of a known body's own name ("Islamic State of Iraq and Syria"): the KB places it
                    iso = _country_word(resolver, pobj)
                    if resolver.home_state(_entity_at(resolver, pobj.i) or pobj.doc[pobj.i:pobj.i + 1], iso):
                        return "USA"  # "Senator Cy Day of Georgia": the US state he sits for
                    if iso:
                        return iso
    return None


def town_country(resolver: ActorResolver, tok: Token) -> str | None:
    """The country of the town a local office holder or a resident is of: "the mayor of Kharkiv", "the Lviv
    governor", "Odesa's mayor", "residents of Gao". The small model often tags such a town ORG or PERSON, or
    not at all; after these nouns a proper name the gazetteer knows well is the town (:meth:`NameKinds.taken_town`).
    A name with such a title before it is read through the title ("Kharkiv mayor Ihor Terekhov")."""
    if tok.lemma_.lower() not in LOCAL_ROLE_HEADS | TOWN_PEOPLE:
        title = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.lemma_.lower() in LOCAL_ROLE_HEADS), None)
        if title is None or tok.pos_ != "PROPN":
            return None
        tok = title
    def proper(t: Token) -> bool:  # the tagger may take a town for a common noun ("Kharkiv mayor X")
        return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title)

    names = [c for c in tok.children if c.dep_ in ("compound", "poss") and proper(c)]
    names += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" and proper(g)]
    for name in names:
        iso, ent = _country_word(resolver, name), _entity_at(resolver, name.i)
        if resolver.home_state(ent or name.doc[name.i:name.i + 1], iso):
            return "USA"  # "the governor of Georgia"
        if iso is None and ent is not None and ent.label_ in ("ORG", "PERSON") and not ent.start <= tok.i < ent.end:
            iso = resolver.taken_town(ent.text[:-2] if ent.text.endswith("'s") else ent.text)
        elif iso is None and ent is None:
            iso = resolver.taken_town(name.text, city=name.pos_ == "NOUN")  # untagged: "Odesa's governor"
        if iso:
            return iso
    return None


def conjunct_country(resolver: ActorResolver, actor, tok: Token) -> str | None:
    """The country of the office holder a person with an office of no stated country is coordinated with: "Israeli
    prime minister X and energy minister Y" (the same government's). Not a country the article or context gave him."""
    role = resolver.kb.role(actor.role) if actor.role else None
    if actor.kind != "person" or role is None or role[1] != "office" or tok.dep_ != "conj" or tok.ent_type_ != "PERSON":
        return None
    first = tok.head
    other = resolver.by_id.get(resolver.token_actor.get(first.i, ""))
    if other is None or other is actor or other.kind != "person" or not other.role:
        return None
    # the first one's country stated before his name ("Israeli prime minister X"), where it may cover the list
    host = first.head if first.dep_ == "appos" and first.head.i < first.i else first
    before = [t for t in host.subtree if t.i < first.i and resolver.token_actor.get(t.i, other.id) == other.id]
    stated = {_country_word(resolver, t) for t in before} - {None}
    return other.country if stated == {other.country} and (resolver.kb.role(other.role) or ((), ""))[1] == "office" else None


def _entity_at(resolver: ActorResolver, i: int):
    """The named entity covering token ``i``; the index is built once per document, since
    ``doc.ents`` makes new Span objects on every access."""
    index = getattr(resolver, "_entity_index", None)
    if index is None:
        index = {j: ent for ent in resolver.doc.ents for j in range(ent.start, ent.end)}
        resolver._entity_index = index
    return index.get(i)


def _country_word(resolver: ActorResolver, tok: Token) -> str | None:
    kb = resolver.kb
    ent = _entity_at(resolver, tok.i)
    if ent is not None and ent.label_ not in ("GPE", "NORP", "LOC"):
        ent = None
    if ent is not None and saints_name(ent):
        return None
    if ent is not None:
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        iso = kb.country(text) or kb.adjective(text) or kb.capital(text) or resolver.ambiguous_country(text)
        if iso is None and ent.label_ in ("GPE", "LOC"):  # the tagger takes some cities for LOC ("Christchurch")
            from telex.gazetteer import country_of

            iso = country_of(text)
        if iso:
            return iso
    iso = kb.adjective(tok.text) or kb.country(tok.text) or kb.capital(tok.text) or resolver.ambiguous_country(tok.text)
    if iso and tok.i > 0:  # "New South Wales" tagged ORG: Wales is not the country meant
        words = [t.text for t in resolver.doc[max(0, tok.i - 2):tok.i + 1]]
        iso = inside_place_name(words, len(words) - 1, 1, iso)
    return iso


def saints_name(ent) -> bool:
    """Whether a name is a saint's in the possessive before the name of what bears it ("St. John's Episcopal Church",
    "St George's Hospital"): no capital of the same name (St. John's, Antigua; St. George's, Grenada)."""
    words = ent.text.split()
    doc = ent.doc
    return (len(words) > 1 and words[0].rstrip(".").lower() in ("st", "saint") and ent[-1].text in ("'s", "’s")
            and ent.end < len(doc) and doc[ent.end].is_title)


def country_mentions(resolver: ActorResolver) -> list[tuple[int, str, bool, Token]]:
    """Every country word in the article: (sentence start, ISO3, whether it may place another actor, its token).
    A country that is a party to an action, or the country of another state actor, is no evidence."""
    doc = resolver.doc
    out: list[tuple[int, str, bool, Token]] = []
    seen: set[int] = set()
    for tok in doc:
        if tok.i in seen or tok.is_lower or tok.is_punct or not (tok.pos_ in ("PROPN", "ADJ", "NOUN") or tok.ent_type_):
            continue
        iso = _country_word(resolver, tok)
        if not iso:
            continue
        ent = _entity_at(resolver, tok.i)
        if resolver.home_state(ent or doc[tok.i:tok.i + 1], iso):
            iso = "USA"  # "Senator Cy Day of Georgia": the US state, not the country
        span = list(ent) if ent is not None else [tok]
        seen.update(t.i for t in span)
        if ent is not None and figurative_place(ent):
            continue  # "the third Baku": a place likened to Baku, no mention of Azerbaijan
        root = span[-1] if ent is None else ent.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "crossed into Chad and South Sudan": a party like the first
        evidence = True
        if tok.ent_type_ == "MONEY" or (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "$"):
            evidence = False  # "(US $2.6 billion)": a currency, which says nothing of whose the actors of its sentence are
        elif any(t.dep_ == "relcl" for t in (root, *root.ancestors)):
            evidence = False  # "refugees who crossed into Chad": a clause about someone else
        elif root.dep_ in ("dobj", "iobj", "dative"):
            evidence = False
        elif resolver.names_an_episode(tok) or (ent is not None and ent.label_ == "EVENT"):
            evidence = False  # "an Iraq War veteran": where a war was, not whose he is
        elif root.dep_ == "pobj" and root.head.lower_ in OTHER_PARTY_PREPS:
            evidence = False
        elif root.dep_ == "pobj" and root.head.head.lemma_.lower() in POSTING_VERBS:
            evidence = False  # "troops deployed in North Kivu": where they were sent, not whose they are
        elif root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.lemma_.lower() in MEETING_VERBS:
            evidence = False  # "leaders meeting in Addis Ababa": where they met
        elif reported_thing(resolver, root):
            evidence = False  # "the minister said the Chinese decision was unjustified": what he speaks of, not whose he is
        else:
            # the country of another state actor: "Soviet leader Gorbachev", "the US commander in Iraq"
            t, steps = root, 0
            while steps < 5:
                owner = resolver.by_id.get(resolver.token_actor.get(t.i, ""))
                if owner is not None and owner.kind != "country":
                    if set(owner.sectors) & STATE_SECTORS:
                        evidence = False
                    break
                if t.dep_ not in ("amod", "compound", "nmod", "poss", "pobj", "prep") or t.head.i == t.i:
                    break
                t, steps = t.head, steps + 1
        out.append((tok.sent.start, iso, evidence, root))
    return out


def reported_thing(resolver: ActorResolver, root: Token) -> bool:
    """Whether a country word describes a thing, not an actor, in what someone says ("X said the Chinese
    decision was unjustified", "Y told reporters Russian gas would flow"): the speaker reacts to that
    country's act or goods, which says nothing of his own country."""
    from telex.stages.event_modality import SAY_VERBS

    head = root.head
    if root.dep_ not in ("amod", "compound") or head.i == root.i or head.pos_ != "NOUN" or head.i in resolver.token_actor:
        return False
    clause = clause_of(head)
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAY_VERBS


def dateline_country(resolver: ActorResolver) -> str | None:
    """The country of the article's dateline ("DOHA, June 4 (Reuters) -"), if it has one."""
    doc = resolver.doc
    for item in doc._.telex_excluded or ():
        if item.kind == "dateline":
            for tok in doc.char_span(*item.span, alignment_mode="expand") or ():
                if not tok.is_lower and not tok.is_punct:
                    iso = _country_word(resolver, tok)
                    if iso:
                        return iso
    return None


def article_country(resolver: ActorResolver, mentions: list[tuple[int, str, bool, Token]]) -> str | None:
    """The dateline's country, else the country most of the article's country words name."""
    doc = resolver.doc
    counts: dict[str, int] = {}
    for _, iso, _, _ in mentions:
        counts[iso] = counts.get(iso, 0) + 1
    dominant = None
    if counts:
        iso, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= ARTICLE_MIN_MENTIONS and n >= ARTICLE_MIN_SHARE * sum(counts.values()):
            dominant = iso
    for item in doc._.telex_excluded or ():
        if item.kind == "dateline":
            for tok in doc.char_span(*item.span, alignment_mode="expand") or ():
                if not tok.is_lower and not tok.is_punct:
                    seat = resolver.kb.actor(tok.text)
                    if seat is not None and seat[0].kind == "org":
                        return None  # "BRUSSELS —": the EU's seat, not Belgium's story
                    iso = _country_word(resolver, tok)
                    if iso and dominant and dominant != iso and counts[dominant] >= DATELINE_YIELD_RATIO * counts.get(iso, 0):
                        return dominant
                    if iso:
                        return iso
    return dominant


