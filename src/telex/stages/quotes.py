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

This module finds the quotes, classifies them (direct, fragment or term), runs the stage and
groups segments into statements (:func:`statements`). The cue of each quote (steps 1 to 3, and
transcript labels) is found in :mod:`telex.stages.quote_attribution`; the speaker of a cue, and the
article state the finder reads, in :mod:`telex.stages.quote_speakers`. Reported speech without
quotation marks is :mod:`telex.stages.reported`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from telex.records import Quote
from telex.stages.furniture import is_excluded
from telex.stages.quote_attribution import MAX_TERM_WORDS, AttributionReader, _Found
from telex.stages.quote_cues import cue_type
from telex.stages.quotemarks import QuoteSpan, find_quote_spans

for _name in ("telex_quotes", "telex_actor_of", "telex_actors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


#: Words before a quote that make it a term or a name, not speech ("the so-called 'special operation'").
#: Words that mention the quoted words as someone's ("used the phrase “…”", "the term “…”", "the word
#: “…”") are not here: the quote is the words of whoever used them, attributed like any other, and a
#: term only where no one is said to use them (see ``continue_speakers``).
TERM_MARKERS = frozenset("so-called dubbed termed titled entitled nicknamed nickname moniker slogan hashtag".split())

#: Participles that give a thing its name: "a plan called “Build Back Better”", "the film, named “Dark
#: Water”". With a subject of their own ("Lee called it “a disaster”") they report speech.
NAMING_PARTICIPLES = frozenset({"called", "named"})

#: What stands between two quotes listed one after the other: "“Dark Star”, “Box of Rain” and “Ripple”".
_LIST_GAP = re.compile(r"[”\"’'»]*\s*(?:,|,?\s+(?:and|or))\s*(?:also\s+)?[“\"‘'«]*\s*")

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
    author co-author memoir autobiography biography ad appearance appeared interview
    host hosts co-host anchor star stars starred starring actor actress""".split()
)
#: Words of :data:`MEDIA_CONTEXT` that do not name a work or a role when they follow a title-case
#: quote: the famous “Mission Accomplished” appearance was a speech.
MEDIA_CONTEXT_ONLY_BEFORE = frozenset("appearance appeared interview author co-author starred starring".split())
#: A word between a title-case quote and the media word after it: "“Harbour Nights” TV show".
MEDIA_KINDS = frozenset("tv television radio reality talk cable web online".split())
#: Words inside a title-case quote that name a publication or programme ("The Wall Street Journal").
MEDIA_WORDS = frozenset("show journal times post news magazine daily today tonight live hour report herald tribune".split())
_SMALL_WORDS = frozenset("a an and at by for in of on or the to with is are as".split())


def _title_case(words: list[str]) -> bool:
    """Whether words are in title case: each capitalised, a small word ("of", "the") or no word."""
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)
_PRONOUN_WORDS = frozenset("he she they him her them it i we you".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())

#: A line of at least this many words, this share of them capitalised, is a headline or subheading.
#: Calibrated on PolNeAR dev: running prose rarely passes 50% capitalised words; headlines are near 100%.
MIN_HEADLINE_WORDS = 4
HEADLINE_CAPITAL_SHARE = 0.85

#: A quote that is only a stage direction or an editor's note: "(CROSSTALK)", "[inaudible]".
_BRACKETED = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")


class QuoteFinder(AttributionReader):
    """Finds the quotes of an article, classifies them and attributes each to its speaker."""

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
        if self.is_title(q, before) or self.is_nickname(q) or self.is_heading(q) or self.is_named(span):
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

    def is_named(self, span: Span | None) -> bool:
        """Quoted words a participle right before them names a thing by: "an economic plan called
        “Build Back Better”", "a group named “Open Doors”"."""
        if span is None or not len(span):
            return False
        j = span.start - 1
        while j >= 0 and (self.doc[j].is_punct or self.doc[j].is_space or self.doc[j].lower_ in ("a", "an", "the")):
            j -= 1
        tok = self.doc[j] if j >= 0 else None
        return (
            tok is not None and tok.lower_ in NAMING_PARTICIPLES and tok.tag_ == "VBN" and tok.dep_ == "acl"
            and tok.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_.startswith("nsubj") for c in tok.children)
        )

    def listed_terms(self, found: list[_Found]) -> None:
        """A quote listed right after a term, with no cue of its own or in title case, is one too:
        "songs such as “Dark Star”, “Box of Rain” and “Ripple”", "the rules: “no parties”, “no
        alcohol”, “no contact with men”". A sentence of its own is still said."""
        for prev, item in zip(found, found[1:]):
            if prev.kind != "term" or item.kind == "term" or item.qspan.text.endswith((".", "!", "?")):
                continue
            words = [w.strip(",;:") for w in item.qspan.text.split()]
            if item.cue is not None and not _title_case(words):
                continue
            if _LIST_GAP.fullmatch(self.text, prev.qspan.end, item.qspan.start):
                item.kind = "term"

    def is_subject_word(self, q: QuoteSpan, span: Span) -> bool:
        """A few quoted words with no punctuation of their own that are the subject of a verb after
        them: at the start of a sentence, a word or a name talked about ("“Containment” has been
        policy since 1950")."""
        if len(q.text.split()) > MAX_TERM_WORDS or q.text.endswith((",", ".", "!", "?", ":", ";")):
            return False
        roots = [t for t in span if not t.is_punct and not (span.start <= t.head.i < span.end)]
        return len(roots) == 1 and roots[0].dep_ in ("nsubj", "nsubjpass") and roots[0].head.i >= span.end

    def is_title(self, q: QuoteSpan, before: list[str]) -> bool:
        """A title of a work or programme: title case, after a media word or naming a publication."""
        words = [w.strip(",.!?:;") for w in q.text.split()]
        words = [w for w in words if w]
        if not words or len(words) > 8:
            return False
        if not _title_case(words):
            return False
        # "show", "star", "series" keep their s; "CBS's", "the network’s" lose theirs, "authors" its plural s
        context = {re.sub(r"['’]s?$", "", w.strip(",.;:“\"'‘")).lower() for w in before[-3:]}
        if context & MEDIA_CONTEXT or {w[:-1] for w in context if w.endswith("s")} & MEDIA_CONTEXT:
            return True
        original = self.text[max(0, q.start - 30):q.start].split()
        original = [w for w in original if w.strip("“\"'‘(«„")]
        if original and original[-1].rstrip("“\"‘").lower().endswith(("’s", "'s", "s’", "s'")) and original[-1][0].isupper():
            return True  # MSNBC's "Morning Joe", Fox News's "Fox and Friends", CBS' "Face the Nation"
        if {w.lower() for w in words} & MEDIA_WORDS:
            return True
        return self.media_word_after(q) or self.in_headline(q)

    def media_word_after(self, q: QuoteSpan) -> bool:
        """A title-case quote that modifies a media word after it: the “Harbour Nights” star, the
        “Morning Call” radio show. A quote that ends its sentence ("... “Stop.” Show me") does not."""
        if q.text.endswith((".", "!", "?")):
            return False
        after = self.text[q.end:q.end + 40].lstrip("”\"'’»").split()
        words = [w.strip(",.;:") for w in after[:2]]
        if words and words[0].lower() in MEDIA_KINDS:
            words = words[1:]
        return bool(words) and words[0] in MEDIA_CONTEXT - MEDIA_CONTEXT_ONLY_BEFORE

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
        return _title_case(words)

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

    def attribute(self, found: _Found, span: Span | None) -> None:
        if span is None:
            return
        label = self.label(found.qspan) or self.dash_name(found.qspan) or self.name_colon(found.qspan)
        if label is not None:
            found.speaker_span = label
            found.speaker = self.label_actor(*label)
            return
        owned = self.speech_noun_above(span)
        if owned is not None:
            found.cue, found.speaker_tok = owned
            found.speaker, found.speaker_span = self.actor_span(found.speaker_tok)
            return
        cue = self.cue_above(span) or self.frame_cue(found.qspan, span)
        if cue is not None:
            cue = self.governing_cue(cue)
            cue = self.outer_source(cue, span) or cue
        if cue is None and (noun_cue := self.noun_tagged_cue(found.qspan, span)) is not None:
            found.cue, found.speaker, found.speaker_span = noun_cue
            return
        if cue is None and found.kind != "fragment":
            cue = self.cue_near(found.qspan, span)
        if cue is None and found.kind == "fragment":
            cue = self.cue_near(found.qspan, span)
        whole_sentence = found.kind == "direct" and found.qspan.text.endswith((".", "!", "?"))
        if cue is None and (
            (self.is_name(found.qspan) and not whole_sentence) or self.is_modifier(span)
            or (found.kind == "direct" and self.is_subject_word(found.qspan, span))
        ):
            # "the “Still Sanders” rally", "stars in “Good Night Moon”", "“Containment” has been
            # policy": a name or a word talked about, not speech; but a quote that is a sentence of
            # its own ("“Donald Trump.”") is said
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
        elif (beside := self.beside_quote_speaker(cue)) is not None:
            found.speaker, found.speaker_span = beside

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
        self.listed_terms(found)
        for item in found:
            if item.speaker is None and item.speaker_tok is not None and item.kind != "term":
                # "I" in an interview's answer, "you" in its question: the one interviewed; a statement
                # or letter that speaks: whoever put it out ("Lee's statement read: “…”")
                tok = item.speaker_tok
                author = self.document_author(tok)
                item.speaker = self.interviewee(tok.text, tok.idx) or (self.actor_of.get(author.i) if author is not None else None)
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
                    cue_type=cue_type(item.cue) if item.kind != "term" else None,
                    sentence=item.sentence,
                )
            )
        return out


#: Characters between two quoted segments that can still be one statement ("“…,” said Caddell. “…”").
MAX_STATEMENT_GAP = 120

#: The same for a segment with no cue of its own that continues its speaker in the same paragraph:
#: the attribution between may run long ("“…,” said Ann Lee, who has run the shelter since 2009 and
#: ... . “…”") or go on with reported words of the speaker's own ("she said, adding that … . “…”").
MAX_CONTINUATION_GAP = 300


def statements(quotes: list[Quote], text: str) -> list[tuple[tuple[int, int], list[Quote]]]:
    """Group quoted segments into statements: consecutive direct segments by the same speaker in one
    paragraph, interrupted only by their attribution, are one statement spanning them all. A segment
    with no cue of its own that continues its speaker joins the statement also past a long
    attribution, past reported words of the same speaker that stand between, and into the next
    paragraph when that paragraph opens with it and the statement so far is one segment in one
    paragraph ("“…,” Lee said. ⏎ “…”"), as PolNeAR annotates such quotes.

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
        if host is None and q.kind == "fragment":
            host = _reporting_host(out, q, text)
        if host is not None:
            (start, end), parts = out[host]
            out[host] = ((start, max(end, q.span[1])), parts + [q])
            continue
        if out and q.kind == "direct" and q.speaker_span is not None:
            k = _continued_statement(out, q, text)
            if k is not None:
                (start, _), parts = out[k]
                out[k] = ((start, q.span[1]), parts + [q])
                continue
        out.append((q.span, [q]))
    return out


#: A sentence ending between reported content and quoted words after it: they are not its words.
_SENTENCE_END = re.compile(r"[.!?][”’\"']?\s|\n")


def _reporting_host(out: list, q: Quote, text: str) -> int | None:
    """The reported statement that quoted words further on in its sentence belong to: the same cue
    and speaker, nothing but its own clause between ("McConnell says that voters want a leader, but
    instead Obama gives them “lectures”", the parse ending the content before "but instead")."""
    for k in range(len(out) - 1, -1, -1):
        (start, end), parts = out[k]
        head = parts[0]
        if head.kind != "indirect" or head.cue != q.cue or head.speaker_span != q.speaker_span or start > q.span[0]:
            continue
        if not _SENTENCE_END.search(text[max(start, end - 1):q.span[0]]):  # the statement's own last mark too
            return k
    return None


def _continued_statement(out: list, q: Quote, text: str) -> int | None:
    """The index of the statement in ``out`` that the direct segment ``q`` continues, or None."""
    continuation = q.cue is None
    (start, end), parts = out[-1]
    if parts[-1].kind == "direct" and parts[-1].speaker_span == q.speaker_span:
        gap = text[end:q.span[0]]
        if "\n" not in gap:
            return len(out) - 1 if len(gap) <= (MAX_CONTINUATION_GAP if continuation else MAX_STATEMENT_GAP) else None
        opens_paragraph = not gap.rsplit("\n", 1)[1].strip(" “\"'‘\u00a0")
        if continuation and opens_paragraph and len(parts) == 1 and "\n" not in text[start:end] and len(gap) <= MAX_STATEMENT_GAP:
            return len(out) - 1  # "“…,” Lee said. ⏎ “…”": the quote goes on in the next paragraph
        return None
    if not continuation:
        return None
    # the speaker's attribution went on with reported words ("she said, adding that …"): past them
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k][1][-1].kind == "direct"), None)
    if k is None or any(o[1][0].kind != "indirect" for o in out[k + 1:]):
        return None
    (_, end), parts = out[k]
    gap = text[end:q.span[0]]
    if parts[-1].speaker_span == q.speaker_span and "\n" not in gap and len(gap) <= MAX_CONTINUATION_GAP:
        return k
    return None


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
