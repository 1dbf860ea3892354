"""``telex_quotes``: direct quotes, quoted fragments and reported speech, each tied to its speaker.

Finding quotation marks is the easy half (:mod:`telex.stages.quotemarks`). The work is telling who
said them. For each quote, in order:

1. the speech verb it hangs from: walk up the parse from the quote to the first cue verb outside it
   ("..., Kirby said"; Austin "called for" an "immediate ceasefire"); its subject is the speaker;
2. a cue elsewhere in the quote's sentences, or "according to X", or a cue before a colon;
3. continuation: a quote with no cue continues the speaker of the nearest attributed quote
   in its paragraph or the one before.

Quotes of a few words with no cue, or after "so-called", "dubbed" and the like, are terms
(``kind: term``), not anyone's speech. Speakers resolve to actors through the actors stage, so
"he" and "the official" become the people they refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from telex.knowledge import data_lines
from telex.records import Quote
from telex.stages.furniture import doc_text, is_excluded
from telex.stages.quotemarks import QuoteSpan, find_quote_spans

for _name in ("telex_quotes", "telex_actor_of", "telex_actors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _cue_lemmas() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip().lower() for _, line in data_lines("speech_verbs.txt"))


SPEECH_VERBS = _cue_lemmas()

#: Words before a quote that make it a term or a name, not speech ("the so-called 'special operation'").
TERM_MARKERS = frozenset(
    "so-called dubbed termed titled entitled nicknamed nickname moniker word term phrase slogan hashtag".split()
)

#: A quote of at most this many words with no cue and no speaker in its clause is a term (scare
#: quotes, coinages). Calibrated on PolNeAR's development split, where such quotes are rarely attributions.
MAX_TERM_WORDS = 3

#: How quoted words hang from the noun after them when they only modify it.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})

#: Fewest words of a title-case quote taken as a name: one capitalised word may only open a sentence.
MIN_NAME_WORDS = 2

#: Longest quote, in words, that a line of its own in single marks can be a subheading: those seen in
#: PolNeAR run two to six words ("Totally pro-Israel.").
MAX_HEADING_WORDS = 8

#: Words before a title-case quote that make it the title of a work or programme, not speech.
MEDIA_CONTEXT = frozenset(
    """episode show programme program film movie book novel song album series newspaper magazine column
    headline article op-ed editorial podcast documentary broadcast anthem poem play
    author co-author memoir autobiography biography ad appearance appeared interview""".split()
)
#: Words inside a title-case quote that name a publication or programme ("The Wall Street Journal").
MEDIA_WORDS = frozenset("show journal times post news magazine daily today tonight live hour report herald tribune".split())
_SMALL_WORDS = frozenset("a an and at by for in of on or the to with is are as".split())
_PRONOUN_WORDS = frozenset("he she they him her them it i we you".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())

#: A line of at least this many words, this share of them capitalised, is a headline or subheading.
#: Calibrated on PolNeAR dev: running prose rarely passes 50% capitalised words; headlines are near 100%.
MIN_HEADLINE_WORDS = 4
HEADLINE_CAPITAL_SHARE = 0.85

#: Nouns of speech whose possessor is the speaker of a quote inside them ("Trump's claim that ...").
SPEECH_NOUNS = frozenset(
    """claim statement remark comment word reference description call promise pledge warning accusation charge
    label assertion message speech tweet post letter interview vow threat slogan phrase insult""".split()
)

#: Fractions that, as the subject of a cue, are a share of people ("three-quarters say", "a third said").
FRACTION_NOUNS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})

#: What a share of people answers in: the poll, not the share, is the source of what they said.
POLL_NOUNS = frozenset({"poll", "survey"})

#: Subjects that cannot be a speaker by themselves.
NON_SPEAKERS = frozenset({"what", "there"})
NOT_SPEAKER_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "me"})

#: How a quote's words hang from a verb that frames them as speech ("“…,” she pressed": ccomp;
#: "they chanted: “No more!”": dobj).
FRAMED_DEPS = frozenset({"ccomp", "parataxis", "dobj", "dep"})

#: How a clause that is not the content of the verb above it hangs from it: a relative clause, an
#: adverbial clause. A cue there with a subject of its own speaks for itself. (A coordinated clause
#: is not the content of the clause it is coordinated with either; what contains both still counts.)
SEPARATE_CLAUSE_DEPS = frozenset({"relcl", "advcl"})

#: Verbs that report speech or findings only with a clause after them ("the study found that ...").
CLAUSAL_CUES = frozenset("find show know learn hope fear feel expect agree decide read conclude".split())

#: How far a title may run before the name it ends on ("Vice President for news and talk Dan Gorse").
MAX_TITLE_TOKENS = 8

#: A dateline: a place at the start of a line ("NEW YORK", "Washington"), then an agency in brackets
#: or not and a dash.
_DATELINE_PLACE = re.compile(r"[\s\u00a0]*[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}")
_DATELINE_DASH = re.compile(r"[ \u00a0]*(?:\([A-Za-z. ]{1,20}\)[ \u00a0]*)?(?:--|[-–—―])[ \u00a0]")

#: Verbs that report speech only with a particle: "shot back", "went on", "weighed in", "chimed in".
PHRASAL_CUES = {
    "shoot": ("back",), "fire": ("back",), "hit": ("back",), "push": ("back",), "snap": ("back",),
    "go": ("on",), "weigh": ("in",), "chime": ("in",), "pipe": ("up",), "speak": ("out", "up"),
    "sound": ("off",),
}

#: An attribution after a quote on its line: "... ” ― Carla Sanchez". The name's words are
#: separated by spaces only: a newline ends the signature (the next line is the next quote).
_DASH_NAME = re.compile(r"[\s\u00a0]*[―—–-]+[ \u00a0]*((?:[A-Z][\w.'’-]*\.?[ \u00a0]?){1,5})")

#: A transcript's speaker label at the start of a quote or paragraph ("PENCE: Well, look...").
#: A quote that is only a stage direction or an editor's note: "(CROSSTALK)", "[inaudible]".
_BRACKETED = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")

_LABEL = re.compile(r"([A-Z][A-Z.'’\- ]{1,30}[A-Z.]):\s")

#: Paragraphs back that continuation may reach (the quote's own and the one before).
CONTINUATION_PARAGRAPHS = 1

#: How far back (in characters) "it said" looks for the organisation it stands for: about two sentences.
MAX_ANTECEDENT_CHARS = 300

#: How far from a subject-less cue a name may stand and still be its speaker.
MAX_ADJACENT_TOKENS = 6

#: How far back from a subject-less cue a comma-set-off subject may start ("Ann Lee, a lawyer for
#: the families who sued the city, said"): an appositive or participle phrase of a dozen words or so.
MAX_SET_OFF_TOKENS = 20

#: Tokens of a following sentence that can still carry the cue ("“…” ⏎ he said.").
MAX_TRAILING_CUE_TOKENS = 10


@dataclass
class _Found:
    qspan: QuoteSpan
    kind: str
    cue: Token | None = None
    speaker_tok: Token | None = None
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    paragraph: int = 0
    sentence: int | None = None


class QuoteFinder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.actor_of: dict[int, str] = doc._.telex_actor_of or {}
        self.mentions: list[tuple[int, int, str]] = [
            (s, e, a.id) for a in (doc._.telex_actors or []) for s, e in a.mentions
        ]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.quoted: list[tuple[int, int]] = []

    # -- helpers ----------------------------------------------------------------------------------
    def inside_quote(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.quoted)

    def sent_index(self, token_i: int) -> int:
        import bisect

        return bisect.bisect_right(self.sent_starts, token_i) - 1

    def tokens_in(self, start_char: int, end_char: int) -> Span | None:
        return self.doc.char_span(start_char, end_char, alignment_mode="expand")

    def is_cue(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX"):
            if lemma in SPEECH_VERBS:
                return True
            if lemma in CLAUSAL_CUES:
                return any(c.dep_ == "ccomp" for c in tok.children)
            if lemma == "put":
                return any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children)  # "as X put it"
            particles = PHRASAL_CUES.get(lemma)
            if particles is not None:
                return any(c.dep_ == "prt" and c.lower_ in particles for c in tok.children)
        return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)

    def speaker_of(self, cue: Token) -> Token | None:
        """The subject of a cue verb, following conjunctions ("and added") and passives ("by X")."""
        if cue.tag_ in ("VBG", "VBN") and cue.dep_ in ("acl", "amod") and not any(c.dep_.startswith("nsubj") for c in cue.children):
            holder = self.participle_holder(cue)
            if holder is not None:
                return holder
        shown = self.person_shown(cue)
        if shown is not None:
            return shown
        tok = self._speaker_of(cue)
        if tok is None:
            return None
        if tok.i < cue.i and tok.i not in self.actor_of and tok.pos_ == "NOUN":
            # "The promise to “…” appeals to voters, said Ann Lee": a thing the parser made the
            # subject; the name right after ", said" is who speaks
            after = self.name_after(cue)
            if after is not None:
                return after
        if tok.ent_type_ in NOT_SPEAKER_ENTITIES and tok.lower_ != "old" and not self.share_of_people(tok):
            return None  # "Thursday", "5:45 p.m." (but "the 46-year-old" is a person, tagged DATE)
        if tok.lower_ in NON_SPEAKERS and tok.i not in self.actor_of:
            return None
        if tok.pos_ in ("ADP", "PUNCT", "SYM"):
            # a broken parse ("Of the mayor, Lee, who ..., said": the subject is "Of"): read the words
            return self.adjacent_speaker(cue)
        if (tok.lower_ in OBJECT_PRONOUNS and tok.text != "US") or tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lower_ in ("that", "which") and tok.head.dep_ == "relcl" and tok.head.head.i not in self.actor_of:
            # "an ad that urges": a thing speaks through a relative clause; its issuer is the speaker
            return self.issuer(tok.head.head) or tok
        if self.is_dateline(tok):
            # "WASHINGTON -- President Lee, opening the museum, said": the parse makes the dateline
            # the subject and the speaker its apposition
            return next((c for c in tok.children if c.dep_ == "appos" and not self.is_dateline(c)), None)
        if tok.pos_ == "PROPN" and tok.i not in self.actor_of:
            return self.titled_name(tok) or tok
        return tok

    def share_of_people(self, tok: Token) -> bool:
        """A poll's share of people as a subject: "63 percent said", "31% of Republicans say", "Six
        in 10 say", "Half of the voters said", "Two of the senators said", "About three-quarters
        support". The tagger makes it a PERCENT or CARDINAL entity, but the people in it are the
        speakers."""
        if tok.ent_type_ == "PERCENT":
            return tok.pos_ in ("NOUN", "NUM", "SYM")
        if tok.ent_type_ == "CARDINAL" and tok.pos_ == "NOUN" and tok.lemma_.lower().split("-")[-1] in FRACTION_NOUNS:
            return True
        return tok.ent_type_ == "CARDINAL" and tok.pos_ in ("NOUN", "NUM") and any(
            c.dep_ in ("prep", "quantmod") and c.lower_ in ("of", "in") for c in tok.children
        )

    def poll_of(self, cue: Token) -> Token | None:
        """The poll a share of people answered in ("In a CNN poll released Monday, 31% said “…”"):
        the poll reports what they said, and is the quote's source."""
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.lemma_.lower() in POLL_NOUNS and not self.inside_quote(noun):
                    return noun
        return None

    def is_dateline(self, tok: Token) -> bool:
        """Whether a word is a place that opens its line before a dash, with an agency in brackets
        or not: "WASHINGTON --", "Geneva (AFP) –"."""
        line_start = self.text.rfind("\n", 0, tok.idx) + 1
        if not _DATELINE_PLACE.fullmatch(self.text[line_start:tok.idx + len(tok)]):
            return False
        return _DATELINE_DASH.match(self.text, tok.idx + len(tok)) is not None

    def titled_name(self, title: Token) -> Token | None:
        """The person a long title ends on, when the parse heads the phrase with the title: "Acme
        Radio Vice President for news and talk Dan Gorse" is Dan Gorse."""
        words = [t for t in title.subtree if t.i > title.i and not t.is_punct]
        if not words or words[-1].i - title.i > MAX_TITLE_TOKENS or self.inside_quote(words[-1]):
            return None
        last = words[-1]
        kinds = {a.id: a.kind for a in (self.doc._.telex_actors or [])}
        return last if kinds.get(self.actor_of.get(last.i)) == "person" and last.pos_ == "PROPN" else None

    def person_shown(self, cue: Token) -> Token | None:
        """The person a recording is of, right before a participle cue with no subject ("footage of
        Ann Lee asking", "a clip of Lee saying"): they speak, not the ad the parse may hang it on."""
        if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_.startswith("nsubj") for c in cue.children):
            return None
        person = self.doc[cue.i - 1]
        if person.dep_ != "pobj" or person.head.lower_ != "of" or self.inside_quote(person):
            return None
        kinds = {a.id: a.kind for a in (self.doc._.telex_actors or [])}
        return person if kinds.get(self.actor_of.get(person.i)) == "person" else None

    def participle_holder(self, cue: Token) -> Token | None:
        """Who speaks through a participle that hangs on a noun: the named person ("footage of Hillary
        Clinton asking"), whoever issued the statement, ad or post ("Smith issued a statement saying";
        "Trump posted a message reading"), or else the noun itself ("a voice-over saying")."""
        noun = cue.head
        if noun.i == cue.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        issuer = self.issuer(noun)
        if issuer is not None:
            return issuer
        return None if self.inside_quote(noun) else noun

    def issuer(self, noun: Token) -> Token | None:
        """Whoever put out a thing that speaks: the subject of the verb it is the object of ("Lee
        released an ad that says"; "Lee issued a statement saying"; "Lee held a sign that read")."""
        if noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            return next((c for c in noun.head.children if c.dep_ == "nsubj" and not self.inside_quote(c)), None)
        return None

    def _speaker_of(self, cue: Token) -> Token | None:
        if cue.lower_ == "according":
            to = next((c for c in cue.children if c.lower_ == "to"), None)
            return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        verb = cue
        for _ in range(3):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(child):
                    if child.dep_ == "nsubjpass":
                        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                        if pobj is not None:
                            return pobj
                    return child
            if (verb.dep_ in ("conj", "xcomp", "advcl") or (verb.dep_ == "dep" and verb.pos_ == "VERB")) and verb.head.i != verb.i:
                verb = verb.head  # "dep": a verb the parser could not attach ("then leaned in and boomed")
            elif verb.dep_ == "pcomp" and verb.head.dep_ in ("prep", "advcl") and verb.head.head.i != verb.head.i:
                verb = verb.head.head  # "he responded by calling it '...'": the speaker of the verb the preposition hangs on
            else:
                break
        # inverted order in news: '"...," said Kirby'; right after a quote, a common noun too: the
        # parser takes '"...," read the email' for a verb and its object
        inverted = self.right_after_quote(cue)
        for child in cue.children:
            if child.dep_ in ("dobj", "attr") and child.i > cue.i and (child.pos_ == "PROPN" or (inverted and child.pos_ == "NOUN")):
                return child
        return self.adjacent_speaker(cue)

    def right_after_quote(self, tok: Token) -> bool:
        """Whether only a comma, quotation marks or spaces stand between a closing quote and ``tok``."""
        return any(e <= tok.idx and not self.text[e:tok.idx].strip(" ,'’”\"\u00a0") for s, e in self.quoted)

    def name_after(self, cue: Token) -> Token | None:
        """The name right after a cue set off by a comma (", said Ann Lee, a lawyer"): its last word."""
        doc = self.doc
        if cue.i == 0 or doc[cue.i - 1].text != "," or cue.i + 1 >= len(doc):
            return None
        j = cue.i + 1
        if doc[j].pos_ != "PROPN" or doc[j].ent_type_ in NOT_SPEAKER_ENTITIES or self.inside_quote(doc[j]):
            return None
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        if j + 1 < len(doc) and doc[j + 1].tag_ == "POS":
            return None  # "said Lee's aide": the aide speaks
        return doc[j]

    def adjacent_speaker(self, cue: Token) -> Token | None:
        """When the parse gives the cue no subject: the name right before it ("..., Chief Jordan said")
        or right after it ("..., said Jordan")."""
        doc = self.doc
        for j in range(cue.i - 1, max(-1, cue.i - MAX_ADJACENT_TOKENS), -1):
            tok = doc[j]
            if tok.is_punct or self.inside_quote(tok) or tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                break
            if tok.ent_type_ in NOT_SPEAKER_ENTITIES:
                if self.share_of_people(tok):
                    return tok  # "About 4 in 10 say": the parser hangs the share on the verb as a number
                continue
            if tok.pos_ == "PROPN" or (tok.i in self.actor_of and tok.pos_ == "NOUN") or tok.lower_ in ("he", "she", "they"):
                return tok
        for j in range(cue.i + 1, min(len(doc), cue.i + MAX_ADJACENT_TOKENS)):
            tok = doc[j]
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
                break
            if tok.ent_type_ in NOT_SPEAKER_ENTITIES:
                continue
            if tok.i in self.actor_of or tok.pos_ == "PROPN":
                # take the last word of the name ("said Chief Chuck Jordan")
                while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
                    j += 1
                return doc[j]
        return self.set_off_speaker(cue)

    def set_off_speaker(self, cue: Token) -> Token | None:
        """The nearest name before a comma or bracket that ends the cue's subject, when the parser hung
        the subject elsewhere: "her adviser, Jake Sullivan, said", "Bill Eastland, wearing a cowboy hat,
        said", "Rep. Paul Ryan (R-Wis.) said". The search stops at a finite verb: the clause before;
        a relative clause is passed over, names in it included ("Levine, who gave money to Rubin, said")."""
        doc = self.doc
        if cue.i == 0 or doc[cue.i - 1].text not in (",", ")") or self.inside_quote(doc[cue.i - 1]):
            return None
        start = cue.sent.start
        window = range(cue.i - 2, max(start - 1, cue.i - MAX_SET_OFF_TOKENS), -1)
        relative = {t.i for j in window if doc[j].dep_ == "relcl" and not doc[j].is_ancestor(cue) for t in doc[j].subtree}
        for j in window:
            tok = doc[j]
            if self.inside_quote(tok) or tok.is_punct or tok.i in relative:
                continue
            if tok.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                break
            if tok.ent_type_ in NOT_SPEAKER_ENTITIES:
                continue
            if tok.i in self.actor_of and tok.pos_ in ("PROPN", "NOUN"):
                return tok
        return None

    def actor_span(self, tok: Token) -> tuple[str | None, tuple[int, int]]:
        """The actor a token belongs to and the mention span that contains it, or the token's phrase."""
        actor = self.actor_of.get(tok.i)
        if actor is None and tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            # "an architect who said": the mention is "who", the speaker the architect
            antecedent = tok.head.head
            actor = self.actor_of.get(antecedent.i)
            return actor, (tok.idx, tok.idx + len(tok))
        if actor is None and tok.lower_ in ("it", "they"):
            actor = self.collective_antecedent(tok)
            if actor is not None:
                return actor, (tok.idx, tok.idx + len(tok))
        if actor is not None:
            for s, e, a in self.mentions:
                if a == actor and s <= tok.idx < e:
                    return actor, (s, e)
        subtree = list(tok.subtree)
        left = [t for t in subtree if t.i <= tok.i]
        start = left[0].idx if left else tok.idx
        for t in tok.children:
            if t.dep_ in ("compound", "amod", "det", "poss") and t.i < tok.i:
                start = min(start, t.idx)
        start = max(start, self.text.rfind("\n", 0, tok.idx) + 1)  # a parse that runs over a line break
        return actor, (start, tok.idx + len(tok))

    def collective_antecedent(self, tok: Token) -> str | None:
        """For "it said" / "they said": the organisation, country or group mentioned last before, nearby."""
        actors = {a.id: a for a in (self.doc._.telex_actors or [])}
        plural = tok.lower_ == "they"
        best = None
        for s, e, actor_id in self.mentions:
            actor = actors.get(actor_id)
            if actor is None or e > tok.idx or tok.idx - e > MAX_ANTECEDENT_CHARS:
                continue
            if actor.kind == "person" or (actor.kind == "group") != plural:
                continue  # "it" is an organisation or a country; "they" a group
            if best is None or e > best[0]:
                best = (e, actor_id)
        return best[1] if best else None

    # -- classification ----------------------------------------------------------------------------
    def classify(self, q: QuoteSpan, span: Span | None) -> str:
        """direct (a statement of its own), fragment (words quoted inside a sentence) or term."""
        words = q.text.split()
        before = [w for w in self.text[max(0, q.start - 40):q.start].lower().split() if w.strip("“\"'‘(«„")]
        if before and before[-1].strip("“\"'‘(") in TERM_MARKERS:
            return "term"
        named = [w for w in before if w not in ("the", "a", "an")]  # "known as the 'Buffett rule'"
        if len(named) >= 2 and named[-2] in ("known", "referred", "called") and named[-1] in ("as", "to"):
            return "term"
        if self.is_title(q, before) or self.is_nickname(q) or self.is_heading(q):
            return "term"
        if len(words) == 1 and words[0].strip(".,!?").lower() in _PRONOUN_WORDS:
            return "term"  # a word quoted as a word: "she" is a "he"
        if span is None or len(span) == 0:
            return "fragment"
        if len({self.sent_index(t.i) for t in span if not t.is_space}) > 1:
            return "direct"
        first_word = next((t for t in self.sents[self.sent_index(span.start)] if not t.is_punct and not t.is_space), None)
        if first_word is not None and first_word.i >= span.start:
            return "direct"  # the quote opens its sentence
        prev = self.text[max(0, q.start - 5):q.start].rstrip()
        if prev.endswith(":") and len(words) > 3:
            return "direct"
        roots = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.dep_ == "ROOT"]
        for root in roots:
            if root.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and span.start <= c.i < span.end for c in root.children
            ):
                return "direct"
        return "fragment"

    def is_title(self, q: QuoteSpan, before: list[str]) -> bool:
        """A title of a work or programme: title case, after a media word or naming a publication."""
        words = [w.strip(",.!?:;") for w in q.text.split()]
        words = [w for w in words if w]
        if not words or len(words) > 8:
            return False
        if not all(w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha() for w in words):
            return False
        context = {w.strip(",.;:“\"'‘’s").lower() for w in before[-3:]}
        if context & MEDIA_CONTEXT:
            return True
        original = self.text[max(0, q.start - 30):q.start].split()
        original = [w for w in original if w.strip("“\"'‘(«„")]
        if original and original[-1].rstrip("“\"'‘").endswith(("’s", "'s")) and original[-1][0].isupper():
            return True  # MSNBC's "Morning Joe", Fox News's "Fox and Friends"
        if {w.lower() for w in words} & MEDIA_WORDS:
            return True
        return self.in_headline(q)

    def in_headline(self, q: QuoteSpan) -> bool:
        """Whether the quote sits in a title-case line: a headline or subheading inside the text."""
        start = self.text.rfind("\n", 0, q.start) + 1
        end = self.text.find("\n", q.end)
        line = self.text[start:end if end != -1 else len(self.text)]
        words = [w.strip("“”\"'‘’«»„,.:;!?()") for w in line.split()]
        words = [w for w in words if w and w[0].isalpha()]
        if len(words) < MIN_HEADLINE_WORDS or line.rstrip().endswith((".", ",")) and not line.rstrip().endswith(("’.", "'.", "”.")):
            return False
        capital = sum(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
        return capital / len(words) >= HEADLINE_CAPITAL_SHARE

    def is_name(self, q: QuoteSpan) -> bool:
        """A short quote in title case, every word capitalised: the name of a show, book, slogan or
        campaign. With no cue of its own, it is named, not said; one capitalised word may just open
        a sentence, so a name has at least two words."""
        words = [w.strip(",.!?:;") for w in q.text.split()]
        words = [w for w in words if w]
        if not MIN_NAME_WORDS <= len(words) <= MAX_TERM_WORDS or not words[0][:1].isupper():
            return False
        if re.split(r"['’]", words[0].lower())[0] in _SUBJECT_PRONOUNS:
            return False  # "“We're America.”": a sentence with its subject is said
        return all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)

    def is_modifier(self, span: Span) -> bool:
        """Quoted words that modify the noun right after them ("the “contested convention” scenario",
        "a “unity” lunch"): a label for a kind of thing, not anyone's words."""
        words = [t for t in span if not (t.is_punct or t.is_space)]
        roots = [t for t in words if not (span.start <= t.head.i < span.end)]
        if not words or len(words) > MAX_TERM_WORDS or len(roots) != 1:
            return False
        head = roots[0].head
        if roots[0].dep_ not in MODIFIER_DEPS or head.i < span.end or head.pos_ != "NOUN":
            return False
        # other modifiers of the same noun may stand between: "“quack” medical cures"
        return all(span.start <= t.head.i <= head.i for t in self.doc[span.end:head.i])

    def is_heading(self, q: QuoteSpan) -> bool:
        """A line that is only a short quote in single marks, with no colon before it to introduce it:
        a subheading quoting the story ("⏎‘A fight to the finish.’⏎"). Single marks are the style
        of headings in American news, where speech takes double marks."""
        if not q.single or len(q.text.split()) > MAX_HEADING_WORDS:
            return False
        line_start = self.text.rfind("\n", 0, q.start) + 1
        line_end = self.text.find("\n", q.end)
        line_end = len(self.text) if line_end == -1 else line_end
        if self.text[line_start:q.start].strip(" ‘'–—-\u00a0") or self.text[q.end:line_end].strip(" ’'.–—-\u00a0"):
            return False
        return not self.text[:line_start].rstrip().endswith(":")

    def is_nickname(self, q: QuoteSpan) -> bool:
        """A nickname inside a name: Rep. Robert C. "Bobby" Scott."""
        if len(q.text.split()) > 2 or q.text.endswith((",", ".", "!", "?")):
            return False  # a nickname sits inside the name; a quote ending on "," or "." is speech
        before = self.text[max(0, q.start - 20):q.start].rstrip("“\"'‘ ").split()
        if before and before[-1].endswith((".", "?", "!")) and len(before[-1].rstrip(".?!")) > 1:
            return False  # the word before ends a sentence ("... YUGE? “That's fine,” she said"), not an initial ("Robert C.")
        after = self.text[q.end + 1:q.end + 20].lstrip("”\"'’ ").split()
        return bool(before and after and before[-1][:1].isupper() and after[0][:1].isupper() and after[0][0].isalpha())

    # -- attribution -----------------------------------------------------------------------------------
    def cue_above(self, span: Span) -> Token | None:
        """The first cue verb outside the quote on the way up the parse from the quote's words."""
        roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.dep_ == "ROOT"]
        for root in roots:
            tok = root
            for _ in range(12):
                if tok.dep_ == "ROOT" or tok.head.i == tok.i:
                    break
                tok = tok.head
                if not (span.start <= tok.i < span.end) and self.is_cue(tok) and not self.inside_quote(tok):
                    return tok
        return None

    def governing_cue(self, cue: Token) -> Token:
        """The outermost cue whose statement contains ``cue``: quoted words inside reported speech
        belong to the statement's speaker, not to someone its content says spoke ("Holm said the ad
        “wrongfully” suggests ..." is Holm's; "Ng told a woman who suggested ... that “…”" is Ng's).
        A cue with a subject of its own in a clause that is not what a cue above says (a relative or
        adverbial clause, or a conjunct, whose sibling is passed over) keeps its quote: in "Cruz
        accuses Lee of “…” and Park says he is “…”", "what Park called “…”", "when Park called for
        “…”" the words are Park's."""
        tok, best = cue, cue
        named = any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS and not self.inside_quote(c)
            for c in cue.children
        )
        for _ in range(12):
            if tok.dep_ == "ROOT" or tok.head.i == tok.i:
                break
            edge = tok.dep_
            if named and edge in SEPARATE_CLAUSE_DEPS:
                break
            tok = tok.head
            if named and edge == "conj":
                continue  # the clause it is coordinated with is a sibling, not what contains it
            if self.is_cue(tok) and not self.inside_quote(tok) and self.speaker_of(tok) is not None:
                best = tok
        return best

    def outer_source(self, cue: Token, span: Span) -> Token | None:
        """"according to X" on the speech verb a quote hangs from, or on a word above it: X reports
        the whole saying, so X is who the quote comes through ("“…,” Lee said, according to a pool
        report"; "According to the transcript, Lee said “…”"), also when the parser hangs it on the
        quote's words after them. An "according to" inside what the speaker said ("Lee said that
        according to its count …") is the speaker's own source."""
        if cue.lower_ == "according":
            return None
        above = {t.i for t in (cue, *cue.ancestors)}
        for tok in cue.sent:
            if tok.lower_ != "according" or self.inside_quote(tok) or not self.is_cue(tok):
                continue
            if tok.head.i in above or (tok.i >= span.end and span.start <= tok.head.i < span.end):
                return tok if self.speaker_of(tok) is not None else None
        return None

    def frame_cue(self, q: QuoteSpan, span: Span) -> Token | None:
        """A verb outside the speech-verb list that still frames the quote as speech by where it
        stands: right after a quote that ends on "," "?" or "!" with only its subject between
        ("“…,” Hannity pressed"; "“…!” beamed a delegate"), or right before a colon that opens
        the quote ("Stone fumed: “…”"). The quote's words hang from it in the parse."""
        for root in (t for t in span if not (span.start <= t.head.i < span.end)):
            verb = root.head
            if verb.pos_ != "VERB" or root.dep_ not in FRAMED_DEPS or self.inside_quote(verb):
                continue
            if verb.i >= span.end:
                if not q.text.rstrip("”’\"' ").endswith((",", "?", "!", "—")):
                    continue
                between = [t for t in self.doc[span.end:verb.i] if not (t.is_punct or t.is_space)]
                subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
                if all(t.i in subject for t in between) and len(between) <= MAX_ADJACENT_TOKENS:
                    return verb
            else:
                before = self.text[verb.idx + len(verb):q.start].strip(" “\"'‘\n")
                if before == ":":
                    return verb
        return self.split_frame(q, span)

    def split_frame(self, q: QuoteSpan, span: Span) -> Token | None:
        """The same frame when the parser ended the sentence at the quote's "?" or "!": the next
        sentence, on the same line, is only a subject and its verb ("“Why now?” Lee pressed.")."""
        if not q.text.rstrip("”’\"' ").endswith((",", "?", "!")):
            return None
        index = self.sent_index(span.end - 1)
        if index + 1 >= len(self.sents):
            return None
        nxt = self.sents[index + 1]
        if self.text[q.end:nxt.start_char].strip(" ”’\"'\u00a0"):
            return None
        verb = nxt.root
        if verb.pos_ != "VERB" or self.inside_quote(verb):
            return None
        subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        before = [t for t in nxt if t.i < verb.i]
        if not subject or not all(t.i in subject or t.is_punct for t in before):
            return None
        if self.is_cue(verb):
            # a speech verb may have a long subject and go on: "“…!” Lee's niece, state Del. Ann
            # Park (D-Norfolk), shouted to the crowd."
            return verb if len(before) <= MAX_SET_OFF_TOKENS else None
        after = [t for t in nxt if t.i > verb.i and not t.is_punct and not t.is_space]
        return verb if len(before) <= MAX_ADJACENT_TOKENS and not after else None

    def cue_near(self, q: QuoteSpan, span: Span) -> Token | None:
        """A cue in the sentences the quote touches (or a short one right after), nearest first."""
        first, last = self.sent_index(span.start), self.sent_index(span.end - 1)
        candidates = []
        region = list(range(self.sents[first].start, self.sents[last].end))
        if last + 1 < len(self.sents):
            nxt = self.sents[last + 1]
            if len(nxt) <= MAX_TRAILING_CUE_TOKENS and self.text.count("\n", span.end_char, nxt.start_char) < 2:
                region += list(range(nxt.start, nxt.end))
            elif q.text.endswith(("?", "!", ",")) and not self.text[span.end_char:nxt.start_char].strip(" ”’\"'"):
                # the parser ended the sentence at the quote's "?" or "!": its cue opens the next one
                # ("“Why now?” asked Lee, pointing to ...")
                region += list(range(nxt.start, min(nxt.end, nxt.start + MAX_TRAILING_CUE_TOKENS)))
        for i in region:
            tok = self.doc[i]
            if span.start <= i < span.end or self.inside_quote(tok):
                continue
            if self.is_cue(tok):
                distance = span.start - i if i < span.start else i - span.end
                candidates.append((distance, tok))
        # a cue before a colon that introduces the quote
        window = max(0, q.start - 10)
        prefix = self.text[window:q.start].rstrip(" “\"'‘\n")
        if not candidates and prefix.endswith(":"):
            colon_at = window + len(prefix) - 1
            colon = self.tokens_in(colon_at, colon_at + 1)
            if colon is not None:
                sent = self.sents[self.sent_index(colon.start)]
                for tok in sent:
                    if tok.i < colon.start and self.is_cue(tok) and not self.inside_quote(tok):
                        candidates.append((colon.start - tok.i, tok))
                last = self.doc[colon.start - 1] if colon.start > sent.start else None
                if not candidates and last is not None and last.pos_ == "VERB" and not self.inside_quote(last):
                    candidates.append((1, last))  # any verb right before the colon frames it: "Potts echoed:"
                root = sent.root
                if root.i >= colon.start or self.inside_quote(root):
                    # the parser made the quote the sentence and the clause before the colon part of
                    # it ("Lee delivered a message to Park: “It's time …”"): that clause's first verb
                    root = next((t for t in sent if t.i < colon.start and t.pos_ == "VERB" and not self.inside_quote(t)), root)
                if not candidates and root.pos_ in ("VERB", "AUX") and root.i < colon.start and not self.inside_quote(root):
                    # a sentence about someone that a colon ends introduces their words: "He listed
                    # the tests a nominee must pass:", "The senator released a statement:"
                    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
                    if subj is not None and (subj.i in self.actor_of or subj.lower_ in ("he", "she", "they", "i", "we")):
                        candidates.append((colon.start - root.i, root))
        return min(candidates, key=lambda x: x[0])[1] if candidates else None

    def speech_noun_owner(self, span: Span) -> Token | None:
        """For a quote that is a sentence of its own with no cue: the possessor of the speech noun its
        words hang from ("her remark that “there is no room for cowards”", "Lee's comment that “…”")."""
        roots = [t for t in span if not (span.start <= t.head.i < span.end)]
        for root in roots[:1]:
            tok = root.head
            if span.start <= tok.i < span.end or self.inside_quote(tok) or tok.i == root.i:
                return None
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
                poss = next((c for c in tok.children if c.dep_ == "poss"), None)
                if poss is not None and not self.inside_quote(poss):
                    return poss
        return None

    def implicit_speaker(self, span: Span) -> Token | None:
        """For quoted words with no cue: the subject of the verb they belong to, or the possessor of a
        speech noun ("pounding Trump as a 'con artist'", "Trump's claim of 'thousands of shootings'")."""
        roots = [t for t in span if not (span.start <= t.head.i < span.end)]
        for root in roots[:1]:
            tok = root
            for _ in range(8):
                if tok.head.i == tok.i:
                    break
                tok = tok.head
                if span.start <= tok.i < span.end or self.inside_quote(tok):
                    continue
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
                    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
                    if poss is not None:
                        return poss
                if tok.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
                    if subj is None:
                        continue  # "for helping develop '...'": climb to the verb that has a subject
                    if subj.lower_ not in NON_SPEAKERS | RELATIVE_PRONOUNS and (subj.i in self.actor_of or subj.pos_ == "PROPN"):
                        return subj
                    break
        return None

    def label(self, q: QuoteSpan) -> tuple[int, int] | None:
        """A transcript label ("PENCE:") opening the quote or its paragraph."""
        m = _LABEL.match(q.text)
        if m:
            return q.start + m.start(1), q.start + m.end(1)
        line_start = self.text.rfind("\n", 0, q.start) + 1
        m = _LABEL.match(self.text, line_start)
        if m and m.end() <= q.start:
            return m.start(1), m.end(1)
        return None

    def name_colon(self, q: QuoteSpan) -> tuple[int, int] | None:
        """A name alone before a colon that opens the quote, as in transcripts and digests:
        "Rep. Ann Lee (D-Ore.): “…”", "… the results ― Ann Lee: “…”"."""
        window = max(0, q.start - 10)
        prefix = self.text[window:q.start].rstrip(" “\"'‘\n")
        if not prefix.endswith(":"):
            return None
        colon_at = window + len(prefix) - 1
        head = self.text[max(0, colon_at - 60):colon_at]
        head = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", head)  # a party and state: "(D-Ore.)"
        end = colon_at - (len(self.text[max(0, colon_at - 60):colon_at]) - len(head))
        last = self.tokens_in(end - 1, end)
        if last is None or not len(last):
            return None
        tok = last[-1]
        if tok.pos_ != "PROPN" or self.inside_quote(tok):
            return None
        start_tok = tok
        while start_tok.i > 0 and "\n" not in self.doc[start_tok.i - 1].text:
            prev = self.doc[start_tok.i - 1]
            if prev.pos_ == "PROPN":
                start_tok = prev
            elif prev.lower_ in ("and", "&") and start_tok.i > 1 and self.doc[start_tok.i - 2].pos_ == "PROPN":
                start_tok = self.doc[start_tok.i - 2]  # two authors: "Ann Lee and Bo Park: “…”"
            else:
                break
        before = self.text[max(0, start_tok.idx - 3):start_tok.idx].rstrip()
        if before and not before.endswith(("\n", "-", "—", "―", "–", ".")) and start_tok.idx > 2:
            return None  # a name inside running text ("… wrote to Ann Lee:") is not a label
        return start_tok.idx, tok.idx + len(tok)

    def dash_name(self, q: QuoteSpan) -> tuple[int, int] | None:
        """A name after a dash that follows the quote on its line ("...” ― Carla Sanchez")."""
        after = q.end + 1
        m = _DASH_NAME.match(self.text, after)
        if m is None:
            return None
        rest = self.text[m.end():m.end() + 3]
        if rest.strip(" .\u00a0") and not rest.startswith("\n"):
            return None  # the dash starts a clause, not a signature
        start, end = m.start(1), m.end(1)
        name = self.text[start:end].rstrip(" .\u00a0")
        return start, start + len(name)

    def label_actor(self, start: int, end: int) -> str | None:
        key = self.text[start:end].strip(" .").lower()
        key = re.split(r" (?:and|&) ", key)[0]  # of two names, the first's actor stands for the label
        for s, e, actor in self.mentions:
            if self.text[s:e].lower().endswith(key):
                return actor
        return None

    def attribute(self, found: _Found, span: Span | None) -> None:
        if span is None:
            return
        label = self.label(found.qspan) or self.dash_name(found.qspan) or self.name_colon(found.qspan)
        if label is not None:
            found.speaker_span = label
            found.speaker = self.label_actor(*label)
            return
        cue = self.cue_above(span) or self.frame_cue(found.qspan, span)
        if cue is not None:
            cue = self.governing_cue(cue)
            cue = self.outer_source(cue, span) or cue
        if cue is None and found.kind != "fragment":
            cue = self.cue_near(found.qspan, span)
        if cue is None and found.kind == "fragment":
            cue = self.cue_near(found.qspan, span)
        whole_sentence = found.kind == "direct" and found.qspan.text.endswith((".", "!", "?"))
        if cue is None and ((self.is_name(found.qspan) and not whole_sentence) or self.is_modifier(span)):
            # "the “Still Sanders” rally", "stars in “Good Night Moon”": a name, not speech; but a
            # quote that is a sentence of its own ("“Donald Trump.”") is said
            found.kind = "term"
            return
        if cue is None:
            tok = self.implicit_speaker(span) if found.kind == "fragment" else self.speech_noun_owner(span)
            if tok is not None:
                found.speaker_tok = tok
                found.speaker, found.speaker_span = self.actor_span(tok)
            return
        speaker_tok = self.speaker_of(cue)
        if speaker_tok is not None and self.share_of_people(speaker_tok):
            speaker_tok = self.poll_of(cue) or speaker_tok
        found.cue = cue
        if speaker_tok is not None:
            found.speaker_tok = speaker_tok
            found.speaker, found.speaker_span = self.actor_span(speaker_tok)

    def run(self) -> list[Quote]:
        doc = self.doc
        article = doc._.telex_article
        title = article.title_span if article is not None and article.title_span else None
        spans = [
            q for q in find_quote_spans(self.text)
            if not is_excluded(doc, q.start, q.end)
            and not (title and q.start < title[1])  # headlines restate the story; their quotes have no cue
            and not _BRACKETED.fullmatch(q.text)
        ]
        self.quoted = [(q.start - 1, q.end + 1) for q in spans]
        found: list[_Found] = []
        for q in spans:
            span = self.tokens_in(q.start, q.end)
            kind = self.classify(q, span)
            item = _Found(qspan=q, kind=kind, paragraph=q.paragraph)
            if span is not None and len(span):
                item.sentence = self.sent_index(span.start)
            if kind != "term":
                self.attribute(item, span)
            found.append(item)
        self.continue_speakers(found)
        out = []
        for item in found:
            q = item.qspan
            out.append(
                Quote(
                    text=q.text,
                    span=(q.start, q.end),
                    kind=item.kind,
                    speaker=item.speaker if item.kind != "term" else None,
                    speaker_span=item.speaker_span if item.kind != "term" else None,
                    cue=item.cue.text if item.cue is not None and item.kind != "term" else None,
                    sentence=item.sentence,
                )
            )
        return out

    def lead_in_subject(self, q: QuoteSpan) -> Token | None:
        """For a paragraph that is a quote and nothing else, with no cue and no quote before it to
        continue: the person the paragraph before ends on, as its last sentence's subject ("Lee
        praised the plan. ⏎ “It is the best we have had.”"), a person, organisation or group. Feature
        writing introduces a speaker so."""
        line_start = self.text.rfind("\n", 0, q.start) + 1
        if self.text[line_start:q.start].strip(" “\"'‘\u00a0") or self.text[q.end:].split("\n", 1)[0].strip(" ”\"'’.,\u00a0"):
            return None
        before = self.text[:line_start].rstrip()
        if not before or before.endswith(("”", "\"", "’", "'")):
            return None  # the paragraph before ends on a quote: continuation had its chance
        last = self.tokens_in(len(before) - 1, len(before))
        if last is None or not len(last):
            return None
        sent = self.sents[self.sent_index(last.start)]
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is None or self.inside_quote(subj):
            return None
        actor = self.actor_of.get(subj.i)
        kinds = {a.id: a.kind for a in (self.doc._.telex_actors or [])}
        if (actor is not None and kinds.get(actor) in ("person", "org", "group")) or subj.lower_ in ("he", "she"):
            return subj
        return None

    def reported_before(self, q: QuoteSpan) -> Token | None:
        """For a quote that opens its sentence with no cue and no quote before it to continue: the
        speaker of reported speech in the sentence right before it ("The administration may wait,
        Schiff said. “The other factor ... is ...”"): a person, organisation or group, or "he"/"she"."""
        first = self.tokens_in(q.start, q.start + 1)
        if first is None or not len(first):
            return None
        here = self.sent_index(first.start)
        if here <= 0 or self.text[self.sents[here].start_char:q.start].strip(" “\"'‘\u00a0"):
            return None
        before = self.sents[here - 1]
        if "\n\n" in self.text[before.end_char:q.start] and self.text[before.start_char:before.end_char].count("\n"):
            return None
        cues = [t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and t.dep_ in ("ROOT", "parataxis", "ccomp", "conj")]
        for cue in reversed(cues):
            subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
            if subj is None or self.inside_quote(subj) or self.inside_quote(cue):
                continue
            actor = self.actor_of.get(subj.i)
            kinds = {a.id: a.kind for a in (self.doc._.telex_actors or [])}
            if (actor is not None and kinds.get(actor) in ("person", "org", "group")) or subj.lower_ in ("he", "she"):
                return subj
        return None

    def intervening_subject(self, source: _Found, item: _Found) -> Token | None:
        """The subject of the last sentence standing wholly between a quote and the attributed one it
        would continue, when that is someone else: "“…,” Lee said. ⏎ Park, the mayor, disagreed.
        “…”" is Park's. A person, organisation or group, or "he"/"she" resolved to one."""
        kinds = {a.id: a.kind for a in (self.doc._.telex_actors or [])}
        for sent in reversed(self.sents):
            if sent.end_char >= item.qspan.start:
                continue  # the quote's own sentence, or later
            if sent.start_char <= source.qspan.end:
                break
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subj is None or self.inside_quote(subj):
                continue
            actor = self.actor_of.get(subj.i)
            if actor is None or kinds.get(actor) not in ("person", "org", "group"):
                continue
            return subj if actor != source.speaker else None
        return None

    def continue_speakers(self, found: list[_Found]) -> None:
        """A quote with no cue continues the nearest attributed quote before it (or after it, same paragraph)."""
        for index, item in enumerate(found):
            if item.kind == "term" or item.cue is not None or item.speaker_span is not None:
                continue
            source = None
            for prev in reversed(found[:index]):
                if prev.kind == "term" or prev.speaker_span is None:
                    continue
                if item.paragraph - prev.paragraph <= CONTINUATION_PARAGRAPHS:
                    source = prev
                break
            if source is None:
                for nxt in found[index + 1:]:
                    if nxt.kind != "term" and nxt.speaker_span is not None and nxt.paragraph == item.paragraph:
                        source = nxt
                        break
            if source is not None and source.qspan.end < item.qspan.start:
                tok = self.intervening_subject(source, item)
                if tok is not None:
                    item.speaker_tok = tok
                    item.speaker, item.speaker_span = self.actor_span(tok)
                    continue
            if source is not None:
                item.speaker, item.speaker_span, item.cue = source.speaker, source.speaker_span, None
                item.speaker_tok = source.speaker_tok
            elif (tok := self.lead_in_subject(item.qspan) or self.reported_before(item.qspan)) is not None:
                item.speaker_tok = tok
                item.speaker, item.speaker_span = self.actor_span(tok)
            elif len(item.qspan.text.split()) <= MAX_TERM_WORDS:
                item.kind = "term"  # a scare quote: a few words nobody is said to have said


#: Characters between two quoted segments that can still be one statement ("“…,” said Caddell. “…”").
MAX_STATEMENT_GAP = 120


def statements(quotes: list[Quote], text: str) -> list[tuple[tuple[int, int], list[Quote]]]:
    """Group quoted segments into statements: consecutive direct segments by the same speaker in one
    paragraph, interrupted only by their attribution, are one statement spanning them all.

    Reported speech that quotes some of its words ("said the plan was “a disaster”", PolNeAR's
    "mixed") is one statement too: quoted words that start inside reported content, or right where it
    ends, join it, and the statement runs to the end of the quote.

    Returns ``(span, segments)`` for every direct quote, fragment and indirect quote, in text order.
    """
    out: list[tuple[tuple[int, int], list[Quote]]] = []
    for q in sorted((q for q in quotes if q.kind != "term"), key=lambda q: q.span):
        host = next(
            (
                k for k in range(len(out) - 1, -1, -1)
                if out[k][1][0].kind == "indirect"
                and out[k][0][0] <= q.span[0]
                and not text[out[k][0][1]:q.span[0]].strip(" “”‘’\"'`")
            ),
            None,
        ) if q.kind != "indirect" else None
        if host is not None:
            (start, end), parts = out[host]
            out[host] = ((start, max(end, q.span[1])), parts + [q])
            continue
        if out and q.kind == "direct":
            (start, end), parts = out[-1]
            last = parts[-1]
            gap = text[end:q.span[0]]
            if (
                last.kind == "direct"
                and last.speaker_span == q.speaker_span
                and q.speaker_span is not None
                and len(gap) <= MAX_STATEMENT_GAP
                and "\n" not in gap
            ):
                out[-1] = ((start, q.span[1]), parts + [q])
                continue
        out.append((q.span, [q]))
    return out


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct quotes and fragments, then reported speech, in text order."""
    finder = QuoteFinder(doc)
    quotes = finder.run()
    from telex.stages.reported import find_reported_speech

    quotes += find_reported_speech(doc, finder)
    return sorted(quotes, key=lambda q: q.span)


@Language.factory(
    "telex_quotes",
    requires=["doc._.telex_actors", "doc._.telex_actor_of", "token.dep"],
    assigns=["doc._.telex_quotes"],
    default_config={},
)
def make_quotes(nlp: Language, name: str):
    return QuoteStage()


class QuoteStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.telex_quotes = find_quotes(doc)
        return doc
