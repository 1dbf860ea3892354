"""``telex_places``: the places an article names, each resolved to a gazetteer entry.

Mentions are spaCy's GPE, LOC and FAC entities, plus PERSON and ORG entities that stand where only
a place can ("the city of Mariupol", "capturing Kyiv", "in Kharkiv") and resolve to a prominent
place. All of an article's mentions are resolved together (:func:`telex.gazetteer.resolve_scored`),
so that each is read in the light of the others; "Paris, Texas" resolves Paris inside Texas.

Metonyms are not places. A place name that stands for its government or people is an actor, left
to the actors stage:

* the subject of a verb other than a few verbs of location and state ("Moscow said", "Russia is
  struggling"; but "Kyiv lies on the Dnipro" and the passive "Mariupol was shelled" are places),
  and the places joined to such a subject ("Russia and China said");
* the object of "with", "between" or "against" ("talks with Moscow", "a fight between Nato and
  Russia", "sanctions against Russia");
* a possessive, unless what it possesses is part of a place ("Russia's invasion" is an actor,
  "Ukraine's capital" a place);
* a modifier of a person or body ("US defence secretary", "Russian army units").

Page furniture and credits (``doc._.telex_excluded``) are skipped; a wire dateline's place is read.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from telex import gazetteer
from telex.records import Place
from telex.stages.actor_words import usual_countries
from telex.stages.event_modality import ADDRESSEE_PREPS
from telex.stages.furniture import is_excluded

if not Doc.has_extension("telex_places"):
    Doc.set_extension("telex_places", default=None)
if not Doc.has_extension("telex_excluded"):
    Doc.set_extension("telex_excluded", default=None)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the model sometimes gives place names; taken only where the syntax allows only a place.
OTHER_LABELS = frozenset({"PERSON", "ORG"})

#: Verbs whose subject is a place, not an actor ("Kyiv lies on the Dnipro").
LOCATION_VERBS = frozenset(
    "be lie sit stand border stretch neighbour neighbor remain become host see witness experience "
    "suffer have contain include span lose gain".split()
)
#: Nouns of interaction whose "with"/"between" objects are parties, not places.
PARTY_PREPOSITIONS = frozenset({"with", "between", "against"})
#: Verbs whose direct object is someone addressed, judged, helped or fought, never a spot on the map:
#: "urged Manila to stop", "warned Moscow", "accused Beijing". Verbs that can take a place as object
#: ("hit", "reach", "visit", "leave") stay out.
PARTY_OBJECT_VERBS = frozenset(
    """urge ask tell warn caution accuse blame criticize criticise condemn denounce rebuke thank congratulate
    praise commend support back help assist pressure press persuade convince invite sanction punish threaten
    reassure assure remind inform advise lobby implore defeat recognise recognize reprimand chide""".split()
)
#: Prepositions after which the subject of "stand" takes sides: "Washington stands with Kyiv".
SIDE_PREPOSITIONS = frozenset({"with", "by", "behind", "alongside"})
#: Parts of a place: "Ukraine's capital" keeps Ukraine a place.
PLACE_PARTS = frozenset(
    "capital city cities town towns region regions province provinces border borders frontier territory "
    "territories coast coastline east west north south northeast northwest southeast southwest interior "
    "outskirts centre center heartland soil airspace waters port ports shore shores side hinterland "
    "countryside mountains islands island river rivers sea".split()
)
#: Persons and bodies: "US defence secretary" makes "US" an attribute of an actor.
ACTOR_NOUNS = frozenset(
    "official officials secretary minister ministers ministry president presidents premier chancellor "
    "spokesman spokeswoman spokesperson government governments army armies forces force troops military "
    "units unit soldiers soldier diplomat diplomats ambassador ambassadors embassy leader leaders "
    "leadership authorities authority administration senate senator senators congress congressman "
    "parliament lawmakers envoy envoys delegation negotiators counterpart counterparts navy officer "
    "officers intelligence agency agencies police prosecutors prosecutor court regime commander "
    "commanders general generals team side media state-media".split()
)
#: Type words that may follow a name and belong to it: "the Donets river", "Donetsk region".
TYPE_WORDS = frozenset(
    "river sea strait gulf bay lake island islands mountains peninsula region oblast province county "
    "parish state district valley desert canal".split()
)
#: Type words after which a one-word name is a place even when the tagger calls it a people or leaves it
#: untagged ("Herat province", "Zindajan district", "Herat city").
NAME_TYPE_WORDS = frozenset("province district county oblast region city town village governorate prefecture".split())
#: Nouns whose "of" object is a place: "the besieged city of Mariupol", "residents of Kharkiv", "the mayor of
#: Lviv", "the outskirts of Bakhmut" (lemmas).
PLACE_FRAMES = frozenset(
    "city town village region province state port district capital resident inhabitant people mayor governor "
    "outskirts suburb street centre center".split()
)
#: Verbs whose object is a place when a person or organisation label is doubtful ("capturing Kyiv").
TERRITORY_VERBS = frozenset(
    "capture seize take attack shell bomb besiege encircle occupy liberate retake recapture surround "
    "invade enter storm evacuate reach leave visit fly travel flee".split()
)
LOCATIVE_PREPOSITIONS = frozenset("in into near outside around across towards toward from at inside".split())
#: A PERSON/ORG entity must resolve to something this prominent to count as a place.
PROMINENT_POPULATION = 100_000
#: A place with fewer people than this, resolved with no support from the rest of the article, is
#: more likely a name the model mislabelled than a hamlet of that name.
MIN_UNSUPPORTED_POPULATION = 5_000


def _governor(token: Token) -> Token:
    """The token a conjunct hangs from: "China" in "Russia and China said" is governed like "Russia"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def is_metonym(span: Span) -> bool:
    """Whether a place name stands for an actor (its government, people or team) here; see the module doc."""
    tok = _governor(span.root)
    dep, head = tok.dep_, tok.head
    if dep == "nsubj" and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lemma not in LOCATION_VERBS:
            return True
        if lemma == "stand" and any(c.dep_ == "prep" and c.lower_ in SIDE_PREPOSITIONS for c in head.children):
            return True  # "Washington stood with its ally"
    if dep == "dobj" and head.lemma_.lower() in PARTY_OBJECT_VERBS:
        return True
    if dep == "pobj" and head.lower_ in PARTY_PREPOSITIONS:
        return True
    if dep == "pobj" and head.lower_ in ADDRESSEE_PREPS.get(head.head.lemma_.lower(), ()):  # "called on Beijing", "appealed to Tehran"
        return True
    if dep == "poss":
        return head.lemma_.lower() not in PLACE_PARTS and head.lower_ not in PLACE_PARTS
    if dep in ("compound", "nmod", "amod"):
        noun = head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            if noun.lower_ in ACTOR_NOUNS:
                break
            noun = noun.head
        return noun.lower_ in ACTOR_NOUNS or noun.ent_type_ in ("PERSON", "ORG", "NORP")
    return False


def _in_place_frame(span: Span) -> bool:
    """Whether a PERSON/ORG-labelled span stands where only a place can."""
    tok = _governor(span.root)
    dep, head = tok.dep_, tok.head
    if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_FRAMES:
        return True
    if dep == "dobj" and head.lemma_.lower() in TERRITORY_VERBS:
        return True
    if dep == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    return False


#: Punctuation the tagger may take into a place's name before an apposition: "in Kerman, the general's
#: hometown" came out as "Kerman,".
TRAILING_PUNCT = frozenset({",", ";", ":"})


def _strip(span: Span) -> Span:
    """The span without a leading article or trailing possessive ("the US", "Russia's")."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in ("the", "a"):
        start += 1
    while end > start + 1 and (span.doc[end - 1].lower_ in ("'s", "’s", "'") or span.doc[end - 1].is_space
                               or span.doc[end - 1].text in TRAILING_PUNCT):
        end -= 1  # "Russia's"; the line break the tagger may take in ("Beijing\n\n"); the comma of an apposition
    return span.doc[start:end]


def _query(span: Span) -> tuple[str, str]:
    """The name to look up, and a longer one to try first ("Donets river", "Ky.")."""
    doc = span.doc
    text = span.text
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None:
        if after.lower_ in TYPE_WORDS:
            return text, f"{text} {after.text}"
        if after.text == "." and not span[-1].whitespace_ and len(text) <= 5:
            return text, text + "."
    return text, text


def _mentions(doc: Doc) -> list[tuple[Span, bool]]:
    """Candidate place mentions: (span, whether the model labelled it a place)."""
    surnames = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in OTHER_LABELS:
            continue
        span = _strip(ent)
        if is_excluded(doc, span.start_char, span.end_char, kinds=("credit", "furniture")):  # a dateline's place is one
            continue
        if ent.label_ in PLACE_LABELS:
            out.append((span, True))
        elif ent.label_ == "ORG" and is_excluded(doc, span.start_char, span.end_char, kinds=("dateline",)):
            out.append((span, True))  # "KABUL, Oct 8 (Reuters) -": a dateline names a place, whatever the tag
        elif _in_place_frame(span) and span.text.lower() not in surnames:
            out.append((span, False))
    # a name the tagger calls a people, or leaves out, before a place's type word ("Herat province",
    # "Zindajan district", "Herat city")
    taken = {i for span, _ in out for i in range(span.start, span.end)}
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if (tok.lower_ in NAME_TYPE_WORDS and prev.is_title and prev.i not in taken and prev.ent_type_ in ("NORP", "")
                and prev.pos_ in ("PROPN", "ADJ", "NOUN") and not is_excluded(doc, prev.idx, tok.idx, kinds=("credit", "furniture"))):
            out.append((doc[prev.i:prev.i + 1], True))
    # a capitalised word the tagger left out, where only a place can stand ("the approaches to Odesa")
    for tok in doc:
        if (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title and len(tok) > 2 and tok.lower_ not in surnames
                and (_in_place_frame(doc[tok.i:tok.i + 1]) or (tok.dep_ == "pobj" and tok.head.lower_ == "to"))
                and not is_excluded(doc, tok.idx, tok.idx + len(tok), kinds=("credit", "furniture"))):
            out.append((doc[tok.i:tok.i + 1], False))
    out.sort(key=lambda m: m[0].start)
    return out


def _container(doc: Doc, span: Span, spans: dict[int, Span]) -> Span | None:
    """The place named right after ", " ("Paris, Texas"), if any."""
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        return spans.get(span.end + 1)
    return None


def is_prominent(entry: gazetteer.GazetteerEntry) -> bool:
    """Whether a place is known enough to read a name the model tagged PERSON or ORG as it."""
    return entry.feature != "city" or entry.capital or entry.population >= PROMINENT_POPULATION


def find_places(doc: Doc) -> list[Place]:
    """The places ``doc`` names, resolved, in text order; metonyms and excluded text left out.

    Needs a parsed, NER-tagged doc (the ``telex_furniture`` marks are used when present).
    """
    mentions = _mentions(doc)
    if not mentions:
        return []
    by_start = {span.start: span for span, _ in mentions}
    queries: list[str] = []
    within: dict[int, str] = {}
    for n, (span, _) in enumerate(mentions):
        short, long = _query(span)
        queries.append(long if long != short and gazetteer.get_index().candidates(long) else short)
        cont = _container(doc, span, by_start)
        if cont is not None:
            within[n] = _query(cont)[1]
    resolved = gazetteer.resolve_scored(queries, within=within)
    places = []
    for (span, labelled), res in zip(mentions, resolved):
        if res is None:
            continue
        entry = res.entry
        usual = usual_countries().get(span.text.lower().removeprefix("the "))
        if usual and res.support <= 0 and entry.feature == "country" and entry.country != usual:
            # "eastern Congo" with no other place to tell: DR Congo, as the actors stage reads it, not the
            # Republic whose GeoNames short name "Congo" is
            entry = gazetteer.get_index().country_entry(usual) or entry
        if not labelled and not is_prominent(entry):
            continue
        if entry.feature == "city" and entry.population < MIN_UNSUPPORTED_POPULATION and res.support <= 0:
            continue
        if is_metonym(span):
            continue
        places.append(Place(
            text=span.text,
            span=(span.start_char, span.end_char),
            name=entry.name,
            country=entry.country,
            lat=entry.lat,
            lon=entry.lon,
            feature=entry.feature,
            gazetteer_id=entry.id,
        ))
    return places


@Language.factory(
    "telex_places",
    assigns=["doc._.telex_places"],
    requires=["doc.ents", "token.dep"],
    default_config={},
)
def make_places(nlp: Language, name: str):
    return PlaceFinder()


class PlaceFinder:
    def __init__(self):
        gazetteer.get_index()  # load (or build) the index when the pipeline is built, not on the first doc

    def __call__(self, doc: Doc) -> Doc:
        doc._.telex_places = find_places(doc)
        return doc
