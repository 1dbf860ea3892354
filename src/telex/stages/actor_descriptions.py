"""Reading the words around an actor: the country, role, sectors, possessor and organisation that
a description states ("Scholz's spokesman", "a Foreign Office spokesperson", "the UN envoy"), and
filling an actor's fields from them.

:class:`DescriptionReader` extends :class:`~telex.stages.actor_linking.ActorIndex`; mention
recognition (:class:`telex.stages.actors.ActorResolver`) builds on it and provides ``org_mention``
and ``name_kind``, which reading an organisation's name inside a description needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from telex import gazetteer
from telex.kb import norm
from telex.stages.actor_linking import ActorIndex, ActorState
from telex.stages.actor_words import (
    ADJECTIVE_ROLES,
    MAX_ROLE_TOKENS,
    OWNER_PREPS,
    STATE_OFFICES,
    TIME_ZONES,
    US_TERRITORIES,
    inside_a_name,
    possessor_of_relation,
    presiding_branch,
    stands_for_legislature,
    titled_person,
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
    #: Sectors a party takes from a word apart from its name: "the ruling Georgian Dream party" (GOV)
    standing: tuple[str, ...] = ()
    #: The anchor is whom the actor stands in relation to ("Japan's neighbours", "his counterpart"), not
    #: whose it is: the anchor's country is not the actor's.
    relation: bool = False
    #: The sectors are those of the body a phrase after the role names ("a spokesman for the union": LAB).
    owned: bool = False
    #: The office is held no longer ("the former president"): not its holder on the article's day.
    former: bool = False


#: Sectors of holding office as such, which tell no function apart: "the secretary-general" (GOV by its word) is
#: the UN's (IGO), "the king" (GOV) a ceremonial monarch (ELI). Other sectors (MIL, JUD, LEG, ...) are functions.
STATE_SECTORS = frozenset({"GOV", "IGO", "ELI"})

#: Sectors of a body that "his"/"their" makes the body of its owner's country ("his government", "their army").
BODY_OF_COUNTRY_SECTORS = frozenset({"GOV", "MIL", "LEG", "COP", "SPY"})

#: Wars and other episodes a country word can name inside a description ("Iraq War veteran",
#: "Gaza conflict negotiator"): the country is where it happened, not the actor's.
EPISODE_NOUNS = frozenset("war wars conflict conflicts invasion occupation campaign crisis uprising revolution".split())

#: Words that give a party its place in government ("the ruling X party", "the opposition X party").
PARTY_STANDING = {"ruling": "GOV", "governing": "GOV", "opposition": "OPP"}

#: Words that make an office another, lesser one: a description without them ("the president") does
#: not name its holder ("vice president Pence").
LESSER_OFFICE = frozenset("vice deputy assistant under junior associate".split())
#: Roles that say nothing of a sector beyond the body they are of: "Hamas official", "a Taliban spokesperson".
GENERIC_MEMBER_ROLES = frozenset("official officials spokesman spokeswoman spokesperson member members leader leaders".split())
#: Sectors of a body whose office holders are of the state or an international body: "the ministry's director"
#: keeps the GOV of "director", "the UN's secretary-general" IGO and GOV; other bodies' officers take the body's.
OFFICE_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO"})
#: Role heads that a later "the official" may stand for, when the earlier one was unnamed: "a senior
#: Japanese diplomat, who asked not to be named, said ... The official said ...".
OFFICIAL_HYPONYMS = frozenset("diplomat diplomats envoy aide adviser advisor officer spokesman spokeswoman spokesperson "
                              "negotiator minister commander".split())
#: Role heads a business is described by in general: a later "the company" or "the firm" stands for the
#: business named before whatever trade it was described by ("supermarket giant X ... the company said").
COMPANY_HYPERNYMS = frozenset({"company", "firm"})
#: Sectors whose body nouns ("the charity", "the aid group", "the union", "the broadcaster") stand for the
#: body of that sector named just before without a role word of its own ("Oxfam", "Unite").
KIND_HYPERNYM_SECTORS = frozenset({"NGO", "LAB", "MED"})
#: How many sentences back such a "the company" looks for the business it stands for.
COMPANY_REACH = 2


#: Descriptions that name a country's armed forces, or the soldiers ruling it, as a whole: one of them and
#: an earlier name of that body are one actor (:meth:`DescriptionReader.whole_military`).
WHOLE_MILITARY_ROLES = frozenset({"military", "armed forces", "junta", "military junta", "military government"})
#: Words of the names of whole armed forces ("Israel Defense Forces", "Armed Forces of Ukraine", "People's
#: Liberation Army").
WHOLE_MILITARY_NAMES = frozenset({"forces", "army", "military"})


class DescriptionReader(ActorIndex):
    """Description reading on top of the actor index."""

    # -- descriptions -----------------------------------------------------------------------------
    def describe(self, tokens: list[Token], read_orgs: bool = True, person: bool = False) -> Description:
        """Read country, role and possessor from the words describing an actor. ``read_orgs``: also
        read an organisation's name among them as its own mention (not inside that name itself).
        ``person``: the words describe a person, whom no body's name describes as such."""
        desc = Description(tokens=tokens)
        words = [t for t in tokens if not t.is_punct and t.dep_ != "det"]
        role_tokens: list[Token] = []
        # role: the longest phrase from the roles table ending at some token, preferring the rightmost
        for end in range(len(words), 0, -1):
            for size in range(min(MAX_ROLE_TOKENS, end), 0, -1):
                phrase = " ".join(t.lower_ for t in words[end - size:end])
                # the plural of a listed phrase: "aid groups" is an "aid group"
                singular = " ".join([*(t.lower_ for t in words[end - size:end - 1]), words[end - 1].lemma_.lower()])
                found = self.kb.role(phrase) or self.kb.role(singular)
                if found and size == 1 and self.adjective_role(words[end - 1], words):
                    found = None  # "General Motors", "the Executive Branch": an adjective, not a general
                if found and size > 1 and inside_a_name(words[end - size:end]):
                    found = None  # "head of the State Property Agency" is no "head of state"
                if found:
                    if not self.kb.role(phrase):
                        phrase = singular
                    desc.role, (desc.sectors, desc.role_kind) = phrase, found
                    break
            if desc.role:
                role_tokens = words[end - size:end]
                break
        before = words[words.index(role_tokens[0]) - 1] if role_tokens and words.index(role_tokens[0]) > 0 else None
        if desc.role_kind == "office" and before is not None and before.lower_ in LESSER_OFFICE:
            # "the deputy defence minister", "Vice Foreign Minister X": another office than the minister's, whom
            # neither the knowledge base's holder nor a later "the defence minister" is
            desc.role, role_tokens = f"{before.lower_} {desc.role}", [before, *role_tokens]
        owner_sectors: tuple[str, ...] = ()
        owned = self.owner_phrase(words, role_tokens) if role_tokens else None
        if owned is not None:
            # "the chief of staff of the armed forces, X", "X, a spokeswoman for the police": the role named
            # after the preposition is whose the actor is; the noun it hangs on is what the actor is, and a
            # noun that is no role ("the head of the police") gives a person no role, only whose he is
            if desc.role_kind == "body":
                owner_sectors = tuple(desc.sectors)
            holder = self.holder_role(words, owned[0])
            if holder is not None:
                desc.role, (desc.sectors, desc.role_kind), role_tokens = holder
            elif desc.role_kind == "body" and person:
                desc.role, desc.role_kind, role_tokens = None, None, []
            else:
                owned = None
        if read_orgs and desc.role_kind == "body" and role_tokens and role_tokens[-1].i != words[-1].i and role_tokens[-1].dep_ in ("compound", "nmod") \
                and role_tokens[-1].head.pos_ == "NOUN" and role_tokens[-1].head.i > role_tokens[-1].i:
            # a body modifying another noun ("the Republican Party presidential nominee", "Police press
            # officer X") says whose the actor is, not what: its sectors stay, its role does not
            desc.role, desc.role_kind, role_tokens = None, None, []
        desc.standing = tuple(sorted({PARTY_STANDING[t.lower_] for t in words if t.lower_ in PARTY_STANDING}))
        if desc.role and desc.role_kind == "office" and any(
            (t.lower_ == "former" or t.lower_.startswith("ex-")) and t.head.i in {r.i for r in role_tokens} for t in words
        ):
            desc.sectors = ("ELI",)  # "the former president": an elite (CAMEO ELI), no longer the government
            desc.former = True
        texts = [t.text for t in words]
        skip_to = 0
        for n, tok in enumerate(words):
            if n < skip_to:
                continue
            if tok.dep_ == "poss":
                anchor = self.resolve_token(tok)
                if anchor is not None:
                    desc.anchor = anchor
                    desc.relation = possessor_of_relation(tok) and anchor.kind != "person"
                    if anchor.kind == "country" and not desc.relation:
                        desc.country = desc.country or anchor.country  # "Russia's president" is the Russian president
                    elif (anchor.kind in ("person", "group") and anchor.country and tok.pos_ == "PRON" and not desc.relation
                          and desc.role_kind == "body" and set(desc.sectors) & BODY_OF_COUNTRY_SECTORS):
                        # "Erdogan said his government would respond", "officials from Iran said their army ...": the
                        # state body of the speaker's country
                        desc.country = desc.country or anchor.country
                    continue
                if possessor_of_relation(tok):
                    continue  # "Japan's neighbours" are not Japanese
                # a possessor not read yet may be a country or an organisation: "the UN's special representative"
            # country words are capitalised ("us" is a pronoun, "western" no country), and may be
            # several words ("South African leader")
            iso, size = self.country_at(texts, n)
            if iso and self.names_an_episode(tok):
                iso = None
            if self.home_state(self.doc[tok.i:tok.i + size], iso):
                iso = "USA"  # "the governor of Georgia, X": the US state
            if iso:
                desc.country = desc.country or iso
                skip_to = n + size
                continue
            org = self.org_at(tok)
            if org is None and read_orgs and tok.pos_ == "PROPN" and tok.i not in self.token_actor:
                # "a Foreign Office spokesperson": the body's name is read with the noun; a one-word name
                # only as an employer ("Airbus chief executive"), not as a word of an office ("House Speaker")
                employer = desc.role_kind == "relative" or "BUS" in desc.sectors
                org = self.unread_org(tok, one_word=employer and tok not in role_tokens)
            if org is not None:
                desc.org = org  # the last wins: "the chair of the House of Commons' development committee"
                continue
            if (tok.pos_ == "PROPN" or self.single_norp(tok)) and tok.i not in self.token_actor:
                found = self.kb.actor(tok.text, self.day)
                if found and found[1] is not None and "PTY" in found[1].sectors and not read_orgs:
                    continue  # a party's word inside another name ("Republican Guard") is not that party
                if found and found[0].kind in ("org", "group") and not self.definite_alias_only(found[0], tok.text):
                    # "a Foreign Office official", "Taliban spokesperson X": the body or group he speaks for
                    org = self.actor_from_kb(found[0], found[1])
                    self.link(org, tok.i, tok.i + 1)
                    desc.org = org
        if owned is not None:
            owner = self.by_id.get(self.token_actor.get(owned[1].i, ""))
            if owner is not None and owner.kind in ("org", "group"):
                desc.org = owner  # "a spokesman for Force Ouvriere, the Airbus union": the union's, not Airbus's
                owner_sectors = tuple(owner.sectors) or owner_sectors
            if owner_sectors:
                # the holder of a role in a body is of the body's kind: "the army's chief of staff" MIL, not
                # GOV; "the deputy commander of a rebel group" REB; "the president of a union" LAB, not GOV
                desc.sectors = tuple(dict.fromkeys([*owner_sectors, *(s for s in desc.sectors if s == "ELI")]))
                desc.owned = True
        if desc.role_kind == "relative" and not set(desc.sectors) & OFFICE_STATE_SECTORS - {"IGO"} and role_tokens:
            # "Nigeria's President X, the current chairman of ECOWAS": an office held before a chair of no kind of its
            # own is what he is (GOV), the chair only what he also does
            for tok in reversed(words[:words.index(role_tokens[0])]):
                found = self.kb.role(tok.lower_)
                if found is not None and found[1] == "office" and tok.is_title and "poss" not in (tok.dep_, tok.head.dep_):
                    # (not a possessor's title: "Governor X's deputy chief of staff")
                    desc.role, (desc.sectors, desc.role_kind), role_tokens = tok.lower_, found, [tok]
                    break
        if desc.role_kind in ("relative", "member") and desc.org is None and desc.anchor is None and not desc.country and role_tokens:
            desc.org = self.body_before(words, role_tokens[0])
        if desc.role_kind == "relative" and not desc.sectors and desc.org is None and desc.anchor is None and role_tokens:
            # "electoral commission chairman X", "bank director X": a chair or head of a kind of body the
            # article has not named takes that kind's sectors
            desc.sectors = self.body_sectors_before(words, role_tokens[0])
        if desc.org is None and desc.anchor is None and not desc.country:
            # "A junta spokesman, Major General X": the office is the title's, the body the spokesman's
            role_words = set((desc.role or "").split())
            for t in (w for w in words if w.pos_ == "NOUN" and w.lower_ not in role_words
                      and (self.kb.role(w.lower_) or ((), ""))[1] == "relative"):
                desc.org = self.body_before(words, t)
                if desc.org is not None:
                    break
        return desc

    @staticmethod
    def owner_phrase(words: list[Token], role_tokens: list[Token]) -> tuple[Token, Token] | None:
        """When the role found last among an actor's describing words lies in a phrase that says whose an
        earlier noun is ("the chief of staff of the armed forces", "a spokeswoman for the National Police",
        "the head of the police"): that noun and the preposition's object. None when the role is the actor's own."""
        inside = {t.i for t in words}
        tok = role_tokens[-1]
        while tok.head.i != tok.i and tok.head.i in inside:
            prep = tok.head
            if (tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS and prep.i < role_tokens[0].i
                    and prep.head.i in inside and prep.head.i < prep.i and prep.head.pos_ in ("NOUN", "PROPN")):
                # a noun's, not a partitive's ("the second of the big three carmakers", "one of the parties")
                return prep.head, tok
            tok = prep
        return None

    def holder_role(self, words: list[Token], noun: Token) -> tuple[str, tuple, list[Token]] | None:
        """The role, not a body's, that the describing words name ending at ``noun`` ("chief of staff",
        "spokeswoman"): (phrase, (sectors, kind), tokens), or None."""
        before = [t for t in words if t.i <= noun.i]
        for size in range(min(MAX_ROLE_TOKENS, len(before)), 0, -1):
            phrase = " ".join(t.lower_ for t in before[-size:])
            singular = " ".join([*(t.lower_ for t in before[-size:-1]), before[-1].lemma_.lower()])
            found = self.kb.role(phrase) or self.kb.role(singular)
            if found is not None and found[1] != "body":
                return (phrase if self.kb.role(phrase) else singular), found, before[-size:]
        return None

    @staticmethod
    def adjective_role(tok: Token, words: list[Token]) -> bool:
        """Whether a role word that is an adjective too (:data:`ADJECTIVE_ROLES`) modifies a later noun
        among the words read ("General" in "General Motors"), so is that adjective."""
        return (tok.lower_ in ADJECTIVE_ROLES and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i
                and any(w.i == tok.head.i for w in words))

    @staticmethod
    def single_norp(tok: Token) -> bool:
        """A one-word group name the tagger calls an adjective ("Democratic lawmakers"), not a word of a
        longer one ("Social Democratic leader")."""
        doc = tok.doc
        return (
            tok.ent_type_ == "NORP" and tok.is_title and tok.ent_iob_ == "B"
            and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
        )

    def body_before(self, words: list[Token], role_start: Token) -> ActorState | None:
        """The body a relative or member role belongs to when the words before it name one the article
        already has ("Foreign ministry spokesman Wang Wenbin" after "China's foreign ministry", "a
        ministry official" after "India's foreign ministry"): the latest organisation with that role
        (foreign ministry, defence ministry, army, police), or one it is a kind of."""
        before = [t for t in words if t.i < role_start.i]
        for size in range(min(MAX_ROLE_TOKENS, len(before)), 0, -1):
            phrase = " ".join(t.lower_ for t in before[-size:])
            found = self.kb.role(phrase)
            if found is None or found[1] != "body":
                continue
            bodies = [
                a for a in self.actors
                if a.kind == "org" and a.role and a.country and f" {norm(a.role)}".endswith(f" {norm(phrase)}")
            ]
            return max(bodies, key=lambda a: self.last_seen.get(a.id, -1)) if bodies else None
        return None

    def body_sectors_before(self, words: list[Token], role_start: Token) -> tuple[str, ...]:
        """The sectors of the kind of body named by the words right before a role ("electoral commission"
        GOV in "electoral commission chairman"), or none."""
        before = [t for t in words if t.i < role_start.i]
        for size in range(min(MAX_ROLE_TOKENS, len(before)), 0, -1):
            found = self.kb.role(" ".join(t.lower_ for t in before[-size:]))
            if found is not None and found[1] == "body":
                return tuple(found[0])
        return ()

    @staticmethod
    def definite_alias_only(known, word: str) -> bool:
        """Whether a word names a known body only through a definite alias ("the alliance" for NATO): the
        word "Alliance" inside "Three Brotherhood Alliance" is no mention of NATO."""
        names = {norm(known.name)} | {norm(a) for a in known.aliases if not a.lower().startswith("the ")}
        return norm(word) not in names

    def org_at(self, tok: Token) -> ActorState | None:
        """The organisation (or known group) a token's mention already names, if any."""
        actor = self.by_id.get(self.token_actor.get(tok.i, ""))
        if actor is not None and actor.kind == "group" and actor.kb_id:
            return actor  # a known armed or political group ("Taliban spokesperson X")
        return actor if actor is not None and actor.kind == "org" else None

    def body_at(self, tok: Token) -> bool:
        """Whether a token is in the mention of a group or body, named or not ("the Ukrainian armed forces"
        in "the chief of staff of the Ukrainian armed forces, Gen. X": whose the general is)."""
        actor = self.by_id.get(self.token_actor.get(tok.i, ""))
        return actor is not None and actor.kind in ("org", "group")

    def unread_org(self, tok: Token, one_word: bool = False) -> ActorState | None:
        """An organisation name inside a description that the main pass skipped as a modifier
        ("Foreign Office" in "a Foreign Office spokesperson"), read now as a mention of its own."""
        ent = self.entity_at(tok.i)
        if ent is None or ent.label_ != "ORG" or any(t.i in self.token_actor for t in ent) or norm(ent.text) in TIME_ZONES:
            return None  # "at 16:15 UTC, ..., the chief executive": a clock, not his employer
        if titled_person(ent, self.kb):
            return None  # "Imam" in "Imam Yusuf Bello" tagged ORG: his title, no body
        start = ent.start + (ent[0].lower_ == "the")
        kind = self.name_kind(self.doc[start:ent.end], "ORG")
        if start >= ent.end or self.kb.country(ent.text) or not (kind == "org" or (kind is None and one_word)):
            return None
        self.org_mention(self.doc[start:ent.end], ent.root, [])
        return self.org_at(tok)

    def apply(self, actor: ActorState, desc: Description) -> None:
        """Fill an actor's fields from a description, text first, anchors and organisations next."""
        base = desc.org if desc.relation else desc.anchor or desc.org
        if desc.country and not actor.country:
            actor.country = desc.country
        if base is not None and not actor.country:
            actor.country = base.country
            if base.code and not actor.code and (actor.kind != "person" or desc.role_kind == "relative"):
                # "the UN Office for ...": a body of the UN is the UN's (IGO); so is the spokesman of
                # its secretary-general ("His spokesman, Stéphane Dujarric")
                actor.code = base.code
                actor.sectors = list(dict.fromkeys([*actor.sectors, *(s for s in base.sectors if s in ("IGO", "NGO"))]))
        org = desc.org
        # the body a possessor names ("the union's president"), not a party or body a modifier names ("Republican senator")
        body = desc.anchor if desc.anchor is not None and desc.anchor.kind == "org" else None
        if org is not None and actor.kind != "org" and org.id != actor.id:
            actor.belongs_to = actor.belongs_to or org.id
            if not org.sectors and not org.country and not org.code and tuple(desc.sectors) == ("BUS",):
                org.sectors = ["BUS"]  # "Airbus chief executive X": a body with a chief executive is a business
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
        elif (org := desc.org or body) is not None and org.sectors and desc.role in GENERIC_MEMBER_ROLES and not desc.country:
            # "Hamas official X" is of Hamas (REB), "the Green Party's leader" of his party (PTY), not of a government
            actor.sectors = list(dict.fromkeys([*org.sectors, *(s for s in actor.sectors if s not in desc.sectors)]))
        elif presiding_branch(desc, body or org, actor.kind):
            # "Senate president X", "the court's president": he presides over that branch (LEG, JUD), not the government
            actor.sectors = list(dict.fromkeys([*presiding_branch(desc, body or org, actor.kind), *actor.sectors]))
        elif (desc.role_kind == "office" and body is not None and actor.kind == "person" and not desc.country
              and not set(body.sectors) & OFFICE_STATE_SECTORS):
            # "the union's president", "the association's chairman": he heads that body (LAB, NGO or a kind unknown),
            # not a government, as "president" alone says; a chief executive stays BUS
            state = OFFICE_STATE_SECTORS & set(desc.sectors)
            actor.sectors = list(dict.fromkeys([*body.sectors, *(s for s in [*actor.sectors, *desc.sectors] if s not in state)]))
        elif desc.role_kind == "relative" and base is not None and base.kind in ("org", "group") and not base.code and not desc.owned:
            pass  # "a spokesman for Acme Holdings": the body's kind is unknown, so is its spokesman's (GOV is no default)
        elif desc.sectors:
            actor.sectors = list(dict.fromkeys([*actor.sectors, *desc.sectors]))
        if desc.standing and actor.kind == "org" and "PTY" in actor.sectors:
            actor.sectors = list(dict.fromkeys([*desc.standing, *actor.sectors]))

    def home_state(self, span: Span, iso: str | None) -> bool:
        """Whether a name that reads as the country ``iso`` is the US state an American legislator or governor is
        "of" ("Senator Cy Day of Georgia", "the governor of Georgia"): the state (a place, which the places stage
        reads), not the country of the same name. Not a territory with a country code of its own ("the governor of
        Puerto Rico": PRI); never for no country or the US itself."""
        if not iso or iso == "USA":
            return False
        if self.state_title_after(span):
            return self.us_state(span)
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.i >= span.start:
            return False
        office = root.head.head
        holder = self.by_id.get(self.token_actor.get(office.i, ""))
        if holder is None and not (office.is_lower and office.lemma_ in STATE_OFFICES):  # "the governor of Georgia, X"
            return False
        for_state = holder is not None and (holder.role in STATE_OFFICES or any(  # "gubernatorial candidate X of Georgia"
            t.lower_ in STATE_OFFICES for t in office.subtree if t.i < office.i))
        if holder is not None and (holder.kind != "person" or not for_state or holder.country not in (None, "USA")):
            return False
        return self.us_state(span)

    def us_state(self, span: Span) -> bool:
        """Whether a name is one of the US states (not a territory with a country code of its own)."""
        return (self.kb.country(span.text) not in US_TERRITORIES
                and any(e.country == "USA" and e.feature == "admin1" for e in gazetteer.lookup(span.text)))

    def people_of_each(self, actor: ActorState, tok: Token) -> None:
        """People "of" or "from" two or more coordinated countries are each country's ("the ministers of Chile and
        Peru met": Chile's ministers and Peru's, not Chile's alone). The noun stays the first country's people (as
        :func:`telex.stages.actor_countries.phrase_country` reads it); each further country's name becomes the
        mention of its own people, with the same role and sectors, and is no longer one of the country itself."""
        if actor.kind != "group" or tok.tag_ != "NNS" or not actor.role or not actor.sectors or actor.code:
            return
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                first = self.by_id.get(self.token_actor.get(pobj.i, ""))
                if first is None or first.kind != "country":
                    continue
                for conj in pobj.conjuncts:
                    country = self.by_id.get(self.token_actor.get(conj.i, ""))
                    if country is None or country.kind != "country" or country.country in (None, first.country):
                        continue
                    mention = next((m for m in country.mentions if m[0] <= conj.idx < m[1]), None)
                    if mention is None:
                        continue
                    country.mentions.remove(mention)
                    people = self.new_actor(actor.name, "group", country=country.country, sectors=list(actor.sectors),
                                            role=actor.role, anonymous=actor.anonymous)
                    people.mentions.append(mention)
                    for t in self.doc.char_span(*mention, alignment_mode="expand") or [conj]:
                        self.token_actor[t.i] = people.id

    @staticmethod
    def state_title_after(span: Span) -> bool:
        """Whether a US state's office follows a name as its title ("Georgia Governor Brian Kemp", "Georgia Gov. X",
        "Georgia Senator X") or as what it possesses ("Georgia's governor"); not a country's envoy ("Georgia's
        representative to the UN")."""
        doc = span.doc
        if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
            return span.end + 1 < len(doc) and doc[span.end + 1].lemma_.lower() in ("governor", "senator")
        office = doc[span.end] if span.end < len(doc) else None
        return office is not None and office.is_title and office.lower_.rstrip(".") in STATE_OFFICES | {"gov", "sen"}

    def role_from(self, tok: Token) -> tuple[tuple[str, ...], str] | None:
        """The role a noun names alone or opening a longer role phrase ("chief" in "chief of staff")."""
        for size in range(MAX_ROLE_TOKENS, 1, -1):
            words = self.doc[tok.i:tok.i + size]
            if len(words) == size and words[-1].pos_ == "NOUN" and self.kb.role(words.text.lower()) is not None:
                return self.kb.role(words.text.lower())
        return self.kb.role(tok.lemma_.lower()) or self.kb.role(tok.lower_)

    def names_an_episode(self, tok: Token) -> bool:
        """Whether a country word modifies a noun that is no role, body or place of people: "an Iraq
        War veteran" served in Iraq, he is not Iraqi ("the US Army general" is American)."""
        head = tok.head
        return (tok.dep_ == "compound" and head.i != tok.i and head.pos_ in ("NOUN", "PROPN")
                and head.lemma_.lower() in EPISODE_NOUNS)

    def body_modifier(self, tok: Token) -> tuple[str, ...] | None:
        """The sectors of a body noun modifying a role noun ("party" in "a party spokesman", "army" in "an army
        spokesman", "junta" in "the junta leader"), if any."""
        noun = self.body_modifier_noun(tok)
        if noun is None:
            return None
        found = self.kb.role(noun.lemma_.lower()) or self.kb.role(noun.lower_)
        return tuple(found[0]) if found is not None else None

    def body_modifier_noun(self, tok: Token) -> Token | None:
        """The body noun modifying a role noun, if any (see :meth:`body_modifier`)."""
        for child in tok.children:
            if child.i < tok.i and child.dep_ in ("compound", "nmod") and child.is_lower and child.pos_ == "NOUN":
                found = self.kb.role(child.lemma_.lower()) or self.kb.role(child.lower_)
                if found is not None and found[1] == "body" and found[0]:
                    return child
        return None

    def match_description(self, desc: Description, at: Token | None = None) -> ActorState | None:
        """An earlier actor that a definite description fits: same role head, same country if stated.
        ``at``, the description's head, bounds how far back a generic "the company" looks."""
        role = norm(desc.role)  # "secretary-general" and "secretary general" are one role
        head = role.split()[-1]
        best = None
        body = desc.role_kind == "body"
        noun = self.body_modifier_noun(at) if at is not None and at.pos_ == "NOUN" else None
        # a body noun that says more than the role ("junta" before "leader"; not "police" before "constable")
        kind_word = f" {noun.lower_} " if (noun is not None and noun.lower_ not in role.split()
                                          and not set(self.body_modifier(at) or ()) <= set(desc.sectors)) else ""
        for actor in self.actors:
            # "the bank" after a central bank (GOV) is that bank, though a bare "bank" is a business
            narrower = body and actor.kind == "org" and " " in (actor.role or "") and f" {norm(actor.role)}".endswith(f" {role}")
            if actor.kind not in ("person",) and not (body and actor.kind == "org" and (set(desc.sectors) <= set(actor.sectors) or narrower)):
                continue  # a singular description ("the official") names one person, not a group; "the army" one body
            if body and actor.kind == "person" and (self.kb.role(actor.role or "") or ((), ""))[1] != "body":
                continue  # "the opposition" is not the opposition leader named before (but is a body the tagger took for a person)
            known = norm(actor.role) if actor.role else ""
            hypernym = head == "official" and actor.anonymous and (known.split() or [""])[-1] in OFFICIAL_HYPONYMS
            hypernym = hypernym or (body and actor.kind == "org" and "BUS" in actor.sectors and self.seen_lately(actor, at) and (
                head in COMPANY_HYPERNYMS  # "the company" is any business
                # "the automaker", "the airline": a business named but not by another trade ("the firm GM")
                or (list(desc.sectors) == ["BUS"] and not actor.anonymous and (known.split() or ["company"])[-1] in COMPANY_HYPERNYMS)))
            # "the charity", "the union", "the newspaper" after a body named with no role word ("Oxfam"),
            # whose kind the knowledge base or the text gave
            hypernym = hypernym or (body and actor.kind == "org" and not known and not actor.anonymous and desc.sectors
                                    and set(desc.sectors) <= KIND_HYPERNYM_SECTORS & set(actor.sectors)
                                    and self.seen_lately(actor, at)) or (body and stands_for_legislature(head, desc.sectors, actor))
            if (known.split() or [None])[-1] != head and not (known and f" {role}" in f" {known}") and not hypernym:
                continue
            if (" " in role and " " in known and known.split()[-1] == head and not hypernym
                    and not (f" {known}".endswith(f" {role}") or f" {role}".endswith(f" {known}"))):
                continue  # "the prime minister" is not the defence minister named before, though both are ministers
            if set(known.split()) & LESSER_OFFICE != set(role.split()) & LESSER_OFFICE:
                continue  # "the president" is not the vice president, nor "the vice president" the president
            functions = set(desc.sectors) - STATE_SECTORS, set(actor.sectors) - STATE_SECTORS
            if desc.role_kind == "office" and all(functions) and not functions[0] & functions[1]:
                # "the prosecutor general" (JUD) is not the general (MIL) named before (only an office's sectors are
                # its own: "the official" may be a military one, "the spokesperson" speaks for anyone)
                continue
            if desc.country and actor.country and desc.country != actor.country:
                continue
            if desc.country and not actor.country:
                continue
            if desc.anchor is not None and actor.anonymous and actor.belongs_to and actor.belongs_to != desc.anchor.id:
                continue  # "the group's chairman" is not the union's chairman named before
            if kind_word and actor.anonymous and kind_word not in f" {norm(actor.name)} {known} ":
                continue  # "the junta leader" is not "an elected leader" named before
            if best is None or self.last_seen.get(actor.id, -1) > self.last_seen.get(best.id, -1):
                best = actor
        if best is None and body and desc.role in WHOLE_MILITARY_ROLES:
            best = self.whole_military(desc)
        return best

    def seen_lately(self, actor: ActorState, at: Token | None) -> bool:
        """Whether ``actor`` was last mentioned at most :data:`COMPANY_REACH` sentences before ``at``: a
        generic "the company" stands for a business the text is still about, not one named paragraphs
        before another that the tagger missed."""
        seen = self.last_seen.get(actor.id)
        if at is None or seen is None:
            return False
        return self.sentence_index(at) - self.sentence_index(self.doc[seen]) <= COMPANY_REACH

    def whole_military(self, desc: Description) -> ActorState | None:
        """The one body named before that a definite description of a country's military as a whole stands
        for under another name: "the military government" or "the military" after "the Myanmar junta",
        "Israel's military" after "the IDF". Of the description's country when it states one; a body
        described so ("junta", "armed forces") or named so ("... Defense Forces", "... Army"), not a branch
        ("Revolutionary Guard Corps") nor an armed group. None unless exactly one fits."""
        found = []
        for actor in self.actors:
            if actor.kind != "org" or not actor.mentions or "MIL" not in actor.sectors or not actor.country:
                continue
            if desc.country and actor.country != desc.country:
                continue
            named_so = actor.role is None and any(w.lower() in WHOLE_MILITARY_NAMES for w in actor.name.split())
            if (actor.role in WHOLE_MILITARY_ROLES or named_so) and set(actor.sectors) <= {"GOV", "MIL"}:
                found.append(actor)
        return found[0] if len(found) == 1 else None
