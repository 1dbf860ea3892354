"""The cue and speaker of each quote, for :mod:`telex.stages.quotes`.

For each quote, in the order :meth:`~telex.stages.quotes.QuoteFinder.attribute` tries them: a
transcript label ("PENCE:"), a name after a dash or before a colon; the speech verb the quote hangs
from in the parse, the outermost one whose statement contains it, or "according to X" above it; a
verb that frames it by where it stands ("“…,” Hannity pressed"); a cue elsewhere in its sentences or
before a colon that introduces it; for quoted words with no cue, the possessor of a speech noun or
the subject of the verb they belong to. Then continuation: a quote with no cue continues the speaker
of the nearest attributed quote, or takes the subject of the sentence that leads into it.

:class:`AttributionReader` extends :class:`~telex.stages.quote_labels.LabelReader` (speakers a label names),
itself a :class:`~telex.stages.quote_speakers.SpeakerReader`, which finds who speaks through a cue;
:class:`~telex.stages.quotes.QuoteFinder` builds on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from telex.stages.event_modality import FINITE_TAGS
from telex.stages.quote_cues import AUTHORED_NOUNS, SPEECH_VERBS
from telex.stages.quote_labels import BEFORE_QUOTE, LabelReader
from telex.stages.quote_speakers import (
    MAX_ADJACENT_TOKENS,
    MAX_SET_OFF_TOKENS,
    MAX_TITLE_TOKENS,
    NON_SPEAKERS,
    RELATIVE_PRONOUNS,
)
from telex.stages.quote_syntax import describes_speaker
from telex.stages.quotemarks import QuoteSpan

#: A quote of at most this many words with no cue and no speaker in its clause is a term (scare
#: quotes, coinages). Calibrated on PolNeAR's development split, where such quotes are rarely attributions.
MAX_TERM_WORDS = 3

#: Nouns of speech whose possessor is the speaker of a quote inside them ("Trump's claim that ...").
SPEECH_NOUNS = frozenset(
    """claim statement remark comment word reference description call promise pledge warning accusation charge
    label assertion message speech tweet post letter interview vow threat slogan phrase insult suggestion argument
    insistence denial answer response reply conclusion explanation""".split()
)

#: How a quote's words hang from a verb that frames them as speech ("“…,” she pressed": ccomp;
#: "they chanted: “No more!”": dobj).
FRAMED_DEPS = frozenset({"ccomp", "parataxis", "dobj", "dep"})

#: Of those, how a quoted clause after a comma hangs from the verb that frames it ("Lee cracked, “I'm ...”").
CLAUSE_FRAMED_DEPS = frozenset({"ccomp", "parataxis"})

#: How a clause that is not the content of the verb above it hangs from it: a relative clause, an
#: adverbial clause. A cue there with a subject of its own speaks for itself. (A coordinated clause
#: is not the content of the clause it is coordinated with either; what contains both still counts.)
SEPARATE_CLAUSE_DEPS = frozenset({"relcl", "advcl"})

#: How a cue's own clause may hang from the verb above it without being what that verb says: a
#: parenthetical "“…,” Lee said, …" that the parser hangs on the verb after it ("…, after Park
#: said …"). A cue so attached, with a subject of its own, keeps its quote.
PARENTHETICAL_DEPS = frozenset({"parataxis"})

#: Likewise a clause after a preposition ("under what Lee called “…”", "amid what the papers
#: called “…”"), when its subject is a name or noun; a pronoun there ("what he called") mostly
#: stands for the subject of the clause above, which the climb reaches directly.
PREPOSITION_CLAUSE_DEPS = frozenset({"pcomp"})

#: Verbs by which a news outlet passes on what someone said, in a clause of their own that closes the
#: sentence ("“…,” Lee said, the Times reported."): the outlet is the quote's source.
REPORTING_VERBS = frozenset({"report"})

#: Verbs of talking that take no content but say who talks ("Lee spoke only in slogans").
TALK_VERBS = frozenset({"speak", "talk"})

#: Paragraphs back that continuation may reach (the quote's own and the one before).
CONTINUATION_PARAGRAPHS = 1

#: Tokens of a following sentence that can still carry the cue ("“…” ⏎ he said.").
MAX_TRAILING_CUE_TOKENS = 10


#: Parts of speech that make the words between a quote and its cue a clause, not a speaker's name
#: (a verb too, unless capitalised: the tagger reads "Trump" and "Will" as verbs).
CLAUSE_WORDS = frozenset({"CCONJ", "SCONJ", "ADP", "PART", "ADV"})


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


class AttributionReader(LabelReader):
    """Finds the cue and speaker of a quote, and continues speakers to quotes with none."""

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
        “…”", "under what Park called “…”", "“…,” Park said, after Lee said …" the words are Park's."""
        tok, best = cue, cue
        subjects = [
            c for c in cue.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS and not self.inside_quote(c)
        ]
        named = bool(subjects)
        if named and cue.dep_ in PARENTHETICAL_DEPS:
            return cue
        if self.speaker_goes_on(cue) or describes_speaker(cue):
            return cue
        if cue.dep_ in PREPOSITION_CLAUSE_DEPS and any(c.pos_ != "PRON" for c in subjects):
            return cue
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

    def speaker_goes_on(self, cue: Token) -> bool:
        """Whether a cue is a relative clause on the speaker of the cue above it: in "“…,” said Ann
        Lee, a strategist, who added that her group will run “like a sheriff”" the added words are
        Lee's through "who", which is where PolNeAR puts the speaker."""
        if cue.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in cue.children):
            return False
        above = next((t for t in cue.ancestors if self.is_cue(t) and not self.inside_quote(t)), None)
        speaker = self.speaker_of(above) if above is not None else None
        return speaker is not None and (speaker.i == cue.head.i or cue.head.is_ancestor(speaker) or speaker.is_ancestor(cue.head))

    def outer_source(self, cue: Token, span: Span) -> Token | None:
        """"according to X" on the speech verb a quote hangs from, or on a word above it: X reports
        the whole saying, so X is who the quote comes through ("“…,” Lee said, according to a pool
        report"; "According to the transcript, Lee said “…”"), also when the parser hangs it on the
        quote's words after them, or on any clause when it closes the sentence after a comma ("Lee
        said he was “glad” that it passed, according to the Times"). An "according to" inside what
        the speaker said ("Lee said that according to its count …") is the speaker's own source.
        Likewise a reporting clause of its own that closes the sentence: "“…,” Lee said, the Times
        reported."; "Lee said that he was “…,” reported the Post."."""
        if cue.lower_ == "according":
            return None
        above = {t.i for t in (cue, *cue.ancestors)}
        for tok in cue.sent:
            if self.inside_quote(tok) or tok.i < span.end or not self.closes_sentence(tok, span.end):
                continue
            if tok.lemma_.lower() in REPORTING_VERBS and tok.head.i in above and tok.dep_ in ("ccomp", "parataxis"):
                if not any(c.dep_ in ("ccomp", "xcomp", "mark") and not self.inside_quote(c) for c in tok.children):
                    return tok if self.speaker_of(tok) is not None else None
        for tok in cue.sent:
            if tok.lower_ != "according" or self.inside_quote(tok) or not self.is_cue(tok):
                continue
            if tok.head.i in above or (tok.i >= span.end and (span.start <= tok.head.i < span.end or self.closes_sentence(tok, tok.i))):
                return tok if self.speaker_of(tok) is not None else None
        return None

    def closes_sentence(self, tok: Token, after: int) -> bool:
        """Whether a word's phrase, its words from token ``after`` on outside quotes, is the last of
        its sentence, set off by a comma before it (or by the comma that ends a quote)."""
        words = [t for t in tok.subtree if t.i >= after and not t.is_punct and not self.inside_quote(t)]
        if not words:
            return False
        j = words[0].i - 1
        while j > tok.sent.start and self.doc[j].is_quote:
            j -= 1
        if j <= tok.sent.start or self.doc[j].text != ",":
            return False
        return all(t.is_punct or t.is_space for t in self.doc[words[-1].i + 1:tok.sent.end])

    def frame_cue(self, q: QuoteSpan, span: Span) -> Token | None:
        """A verb outside the speech-verb list that still frames the quote as speech by where it
        stands: right after a quote that ends on "," "?" or "!" with only its subject between
        ("“…,” Hannity pressed"; "“…!” beamed a delegate"), or right before a colon that opens
        the quote ("Stone fumed: “…”"), or before a comma that opens a quoted clause, the verb's
        subject before it ("Lee cracked, “I'm a dreamer”"). The quote's words hang from it in the parse."""
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
                before = self.text[verb.idx + len(verb):q.start].strip(BEFORE_QUOTE)
                if before == ":":
                    return verb
                if before == "," and q.text[:1].isupper() and root.dep_ in CLAUSE_FRAMED_DEPS and any(
                    c.dep_ == "nsubj" and c.i < verb.i and not self.inside_quote(c) for c in verb.children
                ):
                    return verb  # "Lee cracked, “I'm a dreamer who builds”": a comma opens a quoted clause as a colon does
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

    def noun_tagged_cue(self, q: QuoteSpan, span: Span) -> tuple[Token, str | None, tuple[int, int]] | None:
        """A speech verb the tagger read as a noun, right after a quote that ends on "," "?" or "!"
        and a short noun phrase, its subject: "“…,” the editorial read.", "“…,” a voice-over in
        the ad states.", "“…,” the ministry states in its report". After such a quote the sentence
        goes on with its attribution, so the phrase speaks. The cue, the phrase's actor and its span."""
        if not q.text.rstrip("”’\"' ").endswith((",", "?", "!")):
            return None
        sent = self.sents[self.sent_index(span.end - 1)]
        after = [t for t in self.doc[span.end:sent.end] if not t.is_space]
        while after and after[0].is_punct:
            after.pop(0)  # the closing marks
        for k, tok in enumerate(after[:MAX_TITLE_TOKENS + 1]):
            if self.inside_quote(tok) or tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text != "-"):
                return None
            if k and tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_VERBS:
                nxt = after[k + 1] if k + 1 < len(after) else None
                if after[k - 1].pos_ in ("DET", "PART", "PRON") or after[k - 1].tag_ == "POS":
                    continue  # "the email", "the crowd's chants", "his boast": a noun after all
                if nxt is not None and (nxt.text == "-" or not (nxt.is_punct or nxt.pos_ == "ADP")):
                    return None  # "“…,” the report states that …" is parsed right; other words go on a noun
                words = after[:k]
                actor = next((self.actor_of[t.i] for t in words if t.i in self.actor_of), None)
                return tok, actor, (words[0].idx, words[-1].idx + len(words[-1]))
        return None

    def beside_quote_speaker(self, cue: Token) -> tuple[str | None, tuple[int, int]] | None:
        """Who speaks through a cue right beside a quote when the parse gives it no speaker: the
        words between the quote and the cue ("“…,” Trump shot back", the tagger taking "Trump" for
        a verb; "“…,” the 43-year-old asked"), or, with the cue right after the quote, the noun
        phrase after it ("“…,” said retired judge Ann Lee, asked about …", the parser making her
        the subject of "asked"; "“…,” said the woman, who …"). News puts the speaker there."""
        if self.inside_quote(cue):
            return None
        ends = [e for _, e in self.quoted if e <= cue.idx and "\n" not in self.text[e:cue.idx]]
        if not ends:
            return None
        end = max(ends)
        # after a quote that ends on a comma the sentence goes on, so a capitalised word is a name,
        # whatever the tagger made of it ("“…,” From said"; "“…,” said Skelly", read as an adverb)
        mid_sentence = self.text[:end].rstrip(" ”’\"'\u00a0").endswith(",")

        def name_like(t: Token) -> bool:
            return mid_sentence and t.is_alpha and t.text[:1].isupper()

        between = [t for t in cue.sent if end <= t.idx and t.i < cue.i]
        words = [t for t in between if not (t.is_punct or t.is_space)]
        if words:
            inner = [t for t in between if t.i > words[0].i]
            if len(words) > MAX_ADJACENT_TOKENS or any(t.is_punct and t.text != "-" for t in inner):
                return None
            if any((t.pos_ in CLAUSE_WORDS and not name_like(t)) or (t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper()) for t in words):
                return None  # a clause, not a name: "… “…” and let them know …"
        else:
            for t in self.doc[cue.i + 1:cue.sent.end]:
                if t.is_punct or t.is_space or t.lower_ in RELATIVE_PRONOUNS or t.pos_ in ("ADP", "SCONJ", "CCONJ", "AUX"):
                    break
                if t.tag_ in FINITE_TAGS:
                    break
                words.append(t)
            if not words or len(words) > MAX_TITLE_TOKENS or words[0].ent_type_ in ("DATE", "TIME"):
                return None  # "said Tuesday, …", "said in a statement"
        if (words[-1].pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "VERB", "AUX") and not name_like(words[-1])) or self.inside_quote(words[-1]):
            return None
        actor = next((self.actor_of[t.i] for t in reversed(words) if t.i in self.actor_of), None)
        return actor, (words[0].idx, words[-1].idx + len(words[-1]))

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
        prefix = self.text[window:q.start].rstrip(BEFORE_QUOTE)
        # a comma can introduce a whole quoted sentence as a colon does ("Lee issued a statement, “…”")
        comma = prefix.endswith(",") and q.text[:1].isupper() and q.text.rstrip("”’\"' ").endswith((".", "!", "?"))
        if not candidates and (prefix.endswith(":") or comma):
            colon_at = window + len(prefix) - 1
            colon = self.tokens_in(colon_at, colon_at + 1)
            if colon is not None:
                sent = self.sents[self.sent_index(colon.start)]
                for tok in sent:
                    if tok.i < colon.start and self.is_cue(tok) and not self.inside_quote(tok):
                        candidates.append((colon.start - tok.i, tok))
                last = self.doc[colon.start - 1] if colon.start > sent.start else None
                if (
                    not candidates and not comma and last is not None and last.pos_ == "VERB"
                    and not self.inside_quote(last) and self.speaker_of(last) is not None
                ):
                    # any verb right before the colon frames it: "Potts echoed:"; but one with no speaker
                    # ends a phrase ("Lee apologized for what happened:"), and the sentence's subject speaks
                    candidates.append((1, last))
                root = sent.root
                if root.i >= colon.start or self.inside_quote(root):
                    # the parser made the quote the sentence and the clause before the colon part of
                    # it: that clause's first verb ("Lee delivered a message to Park: “…”"), or its
                    # "be" where it has no other ("Here is Lee in 1992: “…”")
                    before = [t for t in sent if t.i < colon.start and not self.inside_quote(t)]
                    root = next((t for t in before if t.pos_ == "VERB"), None) or next(
                        (t for t in before if t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass")), root
                    )
                if not candidates and root.pos_ in ("VERB", "AUX") and root.i < colon.start and not self.inside_quote(root):
                    # a sentence about someone that a colon ends introduces their words: "He listed
                    # the tests a nominee must pass:", "The senator released a statement:"; or about
                    # what someone said or wrote ("Lee's reply was:", "Park's letter makes the case:"), or
                    # about a document, which speaks ("The report spells out the problem:")
                    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
                    owner = subj is not None and any(
                        c.dep_ == "poss" and (c.i in self.actor_of or c.pos_ == "PROPN" or c.lower_ in ("his", "her", "their"))
                        for c in subj.children
                    )
                    document = subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in AUTHORED_NOUNS
                    if subj is not None and (subj.i in self.actor_of or subj.lower_ in ("he", "she", "they", "i", "we") or owner or document):
                        candidates.append((colon.start - root.i, root))
        return min(candidates, key=lambda x: x[0])[1] if candidates else None

    def speech_noun_above(self, span: Span) -> tuple[Token, Token] | None:
        """The speech noun whose that-clause holds quoted words, and its possessor, when the climb
        from the words reaches it before any cue: in "Lee's claim that Park “founded the group”",
        "her comment that, “…”", "Lee's answer was that “…”" the words are the possessor's, as
        quoted words in a statement are its speaker's (and not those of a subject inside it). Words
        that only name or judge the noun ("Lee's call for a “wall”", "called Lee's comments
        “toxic”") are someone else's."""
        roots = [t for t in span if not (span.start <= t.head.i < span.end)]
        for root in roots[:1]:
            tok, clause = root, False  # whether the climb has passed a that-clause
            for _ in range(12):
                if tok.head.i == tok.i:
                    break
                clause = clause or any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
                child, tok = tok, tok.head
                if span.start <= tok.i < span.end or self.inside_quote(tok):
                    continue
                if self.is_cue(tok):
                    return None
                if not clause or child.dep_ not in ("acl", "ccomp"):
                    continue
                noun = tok
                if tok.lemma_.lower() == "be" and child.dep_ == "ccomp":
                    noun = next((c for c in tok.children if c.dep_ == "nsubj"), tok)  # "Lee's answer was that “…”"
                if noun.pos_ == "NOUN" and noun.lemma_.lower() in SPEECH_NOUNS:
                    poss = next((c for c in noun.children if c.dep_ == "poss" and not self.inside_quote(c)), None)
                    if poss is not None:
                        return noun, poss
        return None

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

    def talker_above(self, root: Token) -> Token | None:
        """The subject of the outermost verb of talking ("talk", "speak") above quoted words, outside
        quotes: a person, organisation or group, or "he"/"she"/"they"."""
        talker = None
        for tok in root.ancestors:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in TALK_VERBS or self.inside_quote(tok):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and not self.inside_quote(c)), None)
            if subj is None:
                continue
            kind = self.kind_of.get(self.actor_of.get(subj.i))
            if kind in ("person", "org", "group") or subj.lower_ in ("he", "she", "they"):
                talker = subj
        return talker

    def implicit_speaker(self, span: Span) -> Token | None:
        """For quoted words with no cue: the subject of the verb they belong to, or the possessor of a
        speech noun ("pounding Trump as a 'con artist'", "Trump's claim of 'thousands of shootings'");
        but words in what someone talks about are the talker's, whoever the subjects inside it ("He
        talks about how his troops must be ready “to fight tonight.”")."""
        roots = [t for t in span if not (span.start <= t.head.i < span.end)]
        for root in roots[:1]:
            talker = self.talker_above(root)
            if talker is not None:
                return talker
            tok = root
            passed = False  # whether the climb passed a clause whose subject is a thing
            for _ in range(8):
                if tok.head.i == tok.i:
                    break
                edge, tok = tok.dep_, tok.head
                if span.start <= tok.i < span.end or self.inside_quote(tok):
                    continue
                if tok.lemma_.lower() == "be" and edge in ("attr", "acomp"):
                    continue  # "the committee is a “witch hunt”": what is so called, not who calls it
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
                    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
                    if poss is not None:
                        return poss
                if tok.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
                    if subj is None:
                        continue  # "for helping develop '...'": climb to the verb that has a subject
                    if subj.lower_ in RELATIVE_PRONOUNS:
                        break  # "a bill which used the terms “…”": the relative clause's thing is no speaker
                    if subj.lower_ not in NON_SPEAKERS and (subj.i in self.actor_of or (subj.pos_ == "PROPN" and not passed)):
                        return subj
                    if subj.pos_ == "NOUN" and subj.lemma_.lower() in AUTHORED_NOUNS and not passed and not subj.is_ancestor(root):
                        return subj  # "a 2014 report found “no evidence …”": the document speaks (not "the release of “X” is late")
                    # "Lee worried that the safety net was becoming “a hammock”": the clause's subject is
                    # a thing, and the words are those of whoever's clause contains it; past it, only a
                    # known actor is taken
                    passed = True
        return None

    # -- continuation ----------------------------------------------------------------------------------
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
        # the sentence's subject, else whoever speaks in it ("What that means is left to the voters,
        # since Lee spoke only in slogans. ⏎ “We have to be tougher.”")
        verbs = [sent.root] + [
            t for t in sent
            if t.i != sent.root.i and (self.is_cue(t) or t.lemma_.lower() in TALK_VERBS) and not self.inside_quote(t)
        ]
        for verb in verbs:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or self.inside_quote(subj):
                continue
            actor = self.actor_of.get(subj.i)
            if (actor is not None and self.kind_of.get(actor) in ("person", "org", "group")) or subj.lower_ in ("he", "she"):
                return subj
            if verb.i == sent.root.i:
                return None  # the sentence is about someone or something else
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
            if (actor is not None and self.kind_of.get(actor) in ("person", "org", "group")) or subj.lower_ in ("he", "she"):
                return subj
        return None

    def intervening_subject(self, source: _Found, item: _Found) -> Token | None:
        """The subject of the last sentence standing wholly between a quote and the attributed one it
        would continue, when that is someone else: "“…,” Lee said. ⏎ Park, the mayor, disagreed.
        “…”" is Park's. A person, organisation or group, or "he"/"she" resolved to one."""
        for sent in reversed(self.sents):
            if sent.end_char >= item.qspan.start:
                continue  # the quote's own sentence, or later
            if sent.start_char <= source.qspan.end:
                break
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subj is None or self.inside_quote(subj):
                continue
            actor = self.actor_of.get(subj.i)
            if actor is None or self.kind_of.get(actor) not in ("person", "org", "group"):
                continue
            return subj if actor != source.speaker else None
        return None

    def in_attribution(self, item: _Found, before: list[_Found]) -> bool:
        """Whether quoted words stand in the attribution of a direct quote before them: in "“Is Lee
        running?” asked Park, referring to what Lee calls a “crooked” process. “The answer is no.”"
        the last quote goes on with Park's, not with the words Lee is said to use."""
        return item.kind == "fragment" and any(
            d.kind == "direct" and d.cue is not None and d.qspan.end <= item.qspan.start
            and d.cue.sent.start_char <= item.qspan.start < d.cue.sent.end_char
            for d in before
        )

    def continue_speakers(self, found: list[_Found]) -> None:
        """A quote with no cue continues the nearest attributed quote before it (or after it, same
        paragraph); a fragment of a few words with no speaker is a term."""
        for index, item in enumerate(found):
            if item.kind == "term" or item.cue is not None or item.speaker_span is not None:
                continue
            if item.kind == "fragment" and len(item.qspan.text.split()) <= MAX_TERM_WORDS:
                # a few words in a sentence with no cue and no speaker in their clause are a term (a
                # scare quote, a title), not the last speaker's words: on PolNeAR train, continuing
                # them gave the right speaker to 2 of 33
                item.kind = "term"
                continue
            source = None
            for prev in reversed(found[:index]):
                if prev.kind == "term" or prev.speaker_span is None or self.in_attribution(prev, found[:index]):
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
