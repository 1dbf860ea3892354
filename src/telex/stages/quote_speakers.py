"""Who speaks through a cue (the cue words are in :mod:`telex.stages.quote_cues`), for :mod:`telex.stages.quotes`
and :mod:`telex.stages.reported`.

A cue is a speech verb ("said", "told", "shot back"), a verb that reports a finding with a clause
("found that"), or "according to". Its speaker is its subject, following conjunctions ("and
added"), passives ("by X") and inverted news order ("..., said Kirby"); when the parse gives it
none, a name next to it or set off by commas before it ("Ann Lee, a lawyer, said"). Datelines, long
titles, recordings ("footage of X saying") and polls ("31% said") are read here too, and the
speaker resolves to an actor through the actors stage (``actor_span``).

:class:`SpeakerReader` holds the article's state (text, sentences, actors, quoted spans) and these
helpers; :class:`~telex.stages.quote_attribution.AttributionReader` extends it with finding the cue
of a quote, and :class:`~telex.stages.quotes.QuoteFinder` with classifying quotes and the stage.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from telex.stages.actor_words import apposed_name
from telex.stages.event_modality import FINITE_PAST_PRESENT
from telex.stages.event_syntax import subject_past_relative
from telex.stages.furniture import doc_text
from telex.stages.quote_cues import (
    AUTHORED_NOUNS,
    CLAUSAL_CUES,
    FRACTION_NOUNS,
    MADE_BY_NOUNS,
    MIN_UTTERANCE_WORDS,
    PHRASAL_CUES,
    POLL_NOUNS,
    QUOTATIVE_LIKE,
    SPEECH_VERBS,
)
from telex.stages.quote_going_on import speaker_going_on
from telex.stages.quote_syntax import partitive_member, place_then_subject, set_off_participle


#: Subjects that cannot be a speaker by themselves.
NON_SPEAKERS = frozenset({"what", "there"})
NOT_SPEAKER_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "me"})

#: Cues whose object is who is spoken to, never who speaks ("Lee, 58, told AFP").
ADDRESSEE_CUES = frozenset({"tell", "inform"})

#: Auxiliaries a subject may stand before, ahead of its verb ("who has in the past described").
_AUXILIARY_LEMMAS = frozenset({"have", "be", "will", "would", "do"})

#: How far a title may run before the name it ends on ("Vice President for news and talk Dan Gorse").
MAX_TITLE_TOKENS = 8

#: A dateline: a place at the start of a line ("NEW YORK", "Washington"), then an agency in brackets
#: or not and a dash.
_DATELINE_PLACE = re.compile(r"[\s\u00a0]*[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}")
_DATELINE_DASH = re.compile(r"[ \u00a0]*(?:\([A-Za-z. ]{1,20}\)[ \u00a0]*)?(?:--|[-–—―])[ \u00a0]")

#: How clauses and punctuation hang on a word: none of them is part of its name.
CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "conj", "cc", "punct", "parataxis"})

#: How far back (in characters) "it said" looks for the organisation it stands for: about two sentences.
MAX_ANTECEDENT_CHARS = 300

#: How many clauses up a cue with no subject of its own may look for one: through conjuncts,
#: participles and infinitives ("Lee tries to turn the interruptions to his advantage, showcasing
#: his crowds, alternately shouting “…”" climbs shouting, showcasing, turn to "tries").
MAX_SUBJECT_CLIMB = 4

#: How far from a subject-less cue a name may stand and still be its speaker.
MAX_ADJACENT_TOKENS = 6

#: How far back from a subject-less cue a comma-set-off subject may start ("Ann Lee, a lawyer for
#: the families who sued the city, said"): an appositive or participle phrase of a dozen words or so.
MAX_SET_OFF_TOKENS = 20


class SpeakerReader:
    """The article a quote finder reads, and the speaker of a cue in it."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.actor_of: dict[int, str] = doc._.telex_actor_of or {}
        self.mentions: list[tuple[int, int, str]] = [
            (s, e, a.id) for a in (doc._.telex_actors or []) for s, e in a.mentions
        ]
        self.kind_of: dict[str, str] = {a.id: a.kind for a in (doc._.telex_actors or [])}
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
            if lemma in QUOTATIVE_LIKE and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "like":
                return self.utterance_after(tok.nbor().idx + len(tok.nbor()))
            if lemma == "put":
                return any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children)  # "as X put it"
            particles = PHRASAL_CUES.get(lemma)
            if particles is not None:
                # the tagger makes "back" an adverb as often as a particle ("Lee shot back, “…”")
                return any(c.dep_ in ("prt", "advmod") and c.lower_ in particles and c.i > tok.i for c in tok.children)
        return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)

    def utterance_after(self, pos: int) -> bool:
        """Whether a quote that is an utterance, not a word or name ("they are like “family” to
        me"), opens right after ``pos``, past a comma or colon: a sentence or clause closed by its
        punctuation, or a few words at least."""
        mark = pos + len(self.text[pos:]) - len(self.text[pos:].lstrip(" ,:"))
        quote = next(((s, e) for s, e in self.quoted if s == mark), None)
        if quote is None:
            return False
        words = self.text[quote[0] + 1:quote[1] - 1]
        return words.rstrip().endswith((",", ".", "!", "?")) or len(words.split()) >= MIN_UTTERANCE_WORDS

    def speaker_of(self, cue: Token) -> Token | None:
        """The subject of a cue verb, following conjunctions ("and added") and passives ("by X")."""
        if cue.tag_ in ("VBG", "VBN") and cue.dep_ in ("acl", "amod") and not any(c.dep_.startswith("nsubj") for c in cue.children):
            if cue.dep_ == "amod" and cue.tag_ == "VBN" and cue.head.i > cue.i and cue.head.pos_ == "PROPN":
                # "Lee accused Park of being …", "who has described Park as …": the tagger read a
                # past-tense verb as a participle on the name after it, which is who is spoken of
                # (but "Continued Lee: “…”" opens its sentence, and the name is the speaker)
                before = self.subject_before(cue)
                if before is not None:
                    return before
            holder = self.participle_holder(cue)
            if holder is not None:
                return holder
        if (cue.dep_ == "acl" and cue.tag_ == "VBD" and cue.head.i == cue.i - 1 and cue.head.dep_ in ("nsubj", "ROOT")
                and not any(c.dep_.startswith("nsubj") for c in cue.children) and not self.inside_quote(cue.head)):
            return cue.head  # "a man yelled “…”": the parser read the past tense as a participle on its subject
        shown = self.person_shown(cue)
        if shown is not None:
            return shown
        tok = self._speaker_of(cue)
        if tok is None:
            return speaker_going_on(self, cue)
        if tok.i < cue.i and tok.i not in self.actor_of and tok.pos_ == "NOUN" and cue.lemma_.lower() not in ADDRESSEE_CUES:
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
        if (tok.lower_ in OBJECT_PRONOUNS and tok.text != "US") or (tok.pos_ in ("VERB", "AUX") and not self.known_name(tok)):
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
        if tok.pos_ == "NOUN" and tok.i not in self.actor_of:
            tok = self.employed_name(tok) or tok  # "chief economist at Acme Bank, Ann Lee, said"
        name = apposed_name(tok, self.actor_of)  # "The security chief, Josep Borrell, said"
        if name is not None and self.kind_of.get(self.actor_of[name.i]) in ("person", "org"):
            return name
        return tok

    def share_of_people(self, tok: Token) -> bool:
        """A poll's share of people as a subject: "63 percent said", "31% of Republicans say", "Six
        in 10 say", "nine out of 10 say", "Half of the voters said", "Two of the senators said", "About
        three-quarters support", "a third say", or a bare count ("at least 21,000 said"). The tagger
        makes it a PERCENT, CARDINAL or ORDINAL entity, but the people in it are the speakers."""
        if tok.ent_type_ == "PERCENT":
            return tok.pos_ in ("NOUN", "NUM", "SYM")
        if (tok.ent_type_ in ("CARDINAL", "ORDINAL") and tok.lower_.split("-")[-1] in FRACTION_NOUNS
                and (tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and tok.head.pos_ in ("VERB", "AUX")))):
            return True  # "three-fourths say", "A third of independents say", "Nearly a third say" (an adjective on the verb)
        if tok.ent_type_ != "CARDINAL" or tok.pos_ not in ("NOUN", "NUM"):
            return False
        if any(c.dep_ in ("prep", "quantmod") and c.lower_ in ("of", "in", "out") for c in tok.children):
            return True  # "Six in 10", "nine out of 10", "Two of the senators"
        # a bare count that is a verb's subject counts people: "at least 21,000 said", "160 have said", "Those over 60 say"
        return tok.pos_ == "NUM" and tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX")

    def poll_of(self, cue: Token) -> Token | None:
        """The poll a share of people answered in ("In a CNN poll released Monday, 31% said “…”"):
        the poll reports what they said, and is the quote's source. The poll may open the
        sentence for all the shares in it ("In a poll, 8% said …; 3% said “…”") or be its subject
        ("The poll finds that, while 37% say “…”, …"; "A new survey shows a split: six
        in 10 said “…”"): the nearest before the cue, as the subject or after "in"; or after
        "in" on the cue itself ("31% said in a poll")."""
        polls = [
            t for t in cue.sent
            if t.lemma_.lower() in POLL_NOUNS and not self.inside_quote(t)
            and (t.i < cue.i or t.head.head.i == cue.i)
            and ((t.dep_ == "nsubj" and t.i < cue.i) or (t.dep_ == "pobj" and t.head.lower_ == "in"))
        ]
        return polls[-1] if polls else None

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
        return last if self.kind_of.get(self.actor_of.get(last.i)) == "person" and last.pos_ == "PROPN" else None

    def employed_name(self, title: Token) -> Token | None:
        """The person a title and employer run up to, when the parse heads the phrase with the title:
        "chief investment officer at Acme Capital Group Ann Lee", "chief economist at Acme Bank, Ann
        Lee". Only an organisation stands between ("the wife of Ann Lee" is the wife)."""
        last = self.titled_name(title)
        if last is None:
            return None
        first = last
        while first.i > title.i + 1 and self.doc[first.i - 1].ent_type_ == "PERSON" and self.doc[first.i - 1].pos_ == "PROPN":
            first = self.doc[first.i - 1]
        between = [t for t in self.doc[title.i + 1:first.i] if not t.is_punct]
        if len(between) < 2 or between[0].pos_ != "ADP" or any(t.ent_type_ != "ORG" for t in between[1:]):
            return None
        return last

    def person_shown(self, cue: Token) -> Token | None:
        """The person a recording is of, right before a participle cue with no subject ("footage of
        Ann Lee asking", "a clip of Lee saying"): they speak, not the ad the parse may hang it on."""
        if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_.startswith("nsubj") for c in cue.children):
            return None
        person = self.doc[cue.i - 1]
        if person.dep_ != "pobj" or person.head.lower_ != "of" or self.inside_quote(person):
            return None
        return person if self.kind_of.get(self.actor_of.get(person.i)) == "person" else None

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
        if noun.pos_ == "NOUN" and noun.i not in self.actor_of and noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
            # a participle the parser hung on the object of a preposition that says when or where:
            # "Lee clashed with the board, at one point calling the chairman a “coward”" is Lee's
            verb = noun.head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and not self.inside_quote(c)), None)
            if subject is not None:
                return subject
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
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            return self.document_author(source) or source if source is not None else None
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            held = self.object_of_as(cue)
            if held is not None:
                return held
        verb = cue
        for _ in range(MAX_SUBJECT_CLIMB):
            for child in self.subjects_nearest_first(verb):
                if child.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(child):
                    if child.dep_ == "nsubjpass" and verb.i == cue.i:
                        # "was quoted by X"; but in "Lee was joined by Park and joked" the
                        # passive's subject is the one who joked
                        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                        if pobj is not None:
                            return pobj
                    return place_then_subject(child) or child
            noun = subject_past_relative(verb)
            if noun is not None:
                return noun  # "Scholz, whose country's carmakers depend on China, has urged": Scholz
            doer = self.object_of_control(verb)
            if doer is not None:
                return doer
            if verb.i != cue.i and any(c.dep_ == "expl" for c in verb.children):
                return None  # "there was a tradition ..., Washington sought": an existential clause lends no subject
            if (verb.dep_ == "conj" and verb.tag_ in FINITE_PAST_PRESENT and verb.head.tag_ == "VB"
                    and verb.head.dep_ in ("ccomp", "xcomp") and verb.head.head.i != verb.head.i):
                verb = verb.head.head  # "said allies should follow and warned that ...": hung on the bare verb, the sayer's
            elif (verb.dep_ in ("conj", "xcomp", "advcl") or (verb.dep_ == "dep" and verb.pos_ == "VERB")) and verb.head.i != verb.i:
                verb = verb.head  # "dep": a verb the parser could not attach ("then leaned in and boomed")
            elif verb.dep_ == "pcomp" and verb.head.dep_ in ("prep", "advcl") and verb.head.head.i != verb.head.i:
                # "he responded by calling it '...'": the speaker of the verb the preposition hangs on
                prep, verb = verb.head, verb.head.head
                if (prep.lower_ == "of" and verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.i not in self.actor_of
                        and verb.head.pos_ in ("VERB", "AUX")):
                    verb = verb.head  # "he made a point of saying …", "she has a habit of calling …": the noun's verb
            elif verb.i != cue.i and verb.pos_ in ("ADV", "ADJ") and verb.dep_ in ("advmod", "acomp") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # "Lee went as far as to say …", "Kim was quick to call …": the adverb's or adjective's verb
            else:
                break
        if (verb.dep_ == "ROOT" and verb.pos_ in ("NOUN", "PROPN") and self.known_name(verb)
                and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].tag_ in ("VBD", "VBN")):
            return verb  # "Lee defended the plan, calling it …", the tagger reading "Lee" as a noun and its verb as a modifier
        # inverted order in news: '"...," said Kirby'; right after a quote, a common noun too: the
        # parser takes '"...," read the email' for a verb and its object
        inverted = self.right_after_quote(cue)
        for child in cue.children:
            if child.dep_ in ("dobj", "attr") and child.i > cue.i and (child.pos_ == "PROPN" or (inverted and child.pos_ == "NOUN")):
                if cue.lemma_.lower() in ADDRESSEE_CUES:
                    break  # "“…,” Lee, 58, told AFP": the one told is the hearer
                return child
        return self.adjacent_speaker(cue)

    def known_name(self, tok: Token) -> bool:
        """Whether a capitalised word is an actor's name, here or as the last word of a mention
        elsewhere, whatever the tagger made of it ("Schilling describes", read as a verb)."""
        if tok.i in self.actor_of:
            return True
        if not tok.text[:1].isupper() or not tok.is_alpha or tok.is_sent_start and tok.lower_ in SPEECH_VERBS:
            return False
        return any(self.text[s:e].split()[-1:] == [tok.text] for s, e, _ in self.mentions if e - s > len(tok))

    def subjects_nearest_first(self, verb: Token) -> list[Token]:
        """A verb's children, its subjects ordered for when the parser gives it two: a person first,
        then an organisation or group, then the one next to it ("Addressing voters in Salem, New
        Hampshire, Lee turned on Park, calling him …": "Lee", not "Hampshire"; "The carmaker Ford said":
        "Ford"), a number last ("Isaiah 45:1 reads": "Isaiah"). After the verb, the last comes first:
        the name a title runs up to ("said co-author Professor Ann Lee")."""
        def rank(c: Token) -> tuple[bool, int, bool, int]:
            number = c.ent_type_ in NOT_SPEAKER_ENTITIES and not self.share_of_people(c)
            kind = self.kind_of.get(self.actor_of.get(c.i))
            return number, 0 if kind == "person" else 1 if kind in ("org", "group") else 2, c.i > verb.i, -c.i

        return sorted(verb.children, key=rank)

    def object_of_as(self, cue: Token) -> Token | None:
        """The speaker the parser hung on the "as" that opens the cue's clause, as its object: "As Ann
        Lee, a professor at Yale, put it, “…”" (Lee the object of "As", the cue with no subject)."""
        for mark in cue.children:
            if mark.dep_ == "mark" and mark.lower_ == "as" and mark.i < cue.i:
                return next(
                    (c for c in mark.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN") and not self.inside_quote(c)),
                    None,
                )
        return None

    def relative_host(self, cue: Token) -> Token | None:
        """The person a relative clause right before a subject-less cue describes, when the parser hung
        the person elsewhere: "a White House official who spoke anonymously said" (the official made
        an apposition of an earlier noun, the cue left with no subject)."""
        if cue.i == 0:
            return None
        prev = self.doc[cue.i - 1]
        clause = next((t for t in (prev, *prev.ancestors) if t.dep_ == "relcl"), None)
        if clause is None or clause.is_ancestor(cue) or max(t.i for t in clause.subtree) != cue.i - 1:
            return None
        if clause.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
            return None  # a clause the relative pronoun is the subject of ("who spoke"), not a broken one ("who Lee on Friday")
        host = clause.head
        if host.i >= clause.i or self.inside_quote(host) or host.i not in self.actor_of:
            return None
        return host if host.pos_ in ("PROPN", "NOUN") else None

    def object_of_control(self, verb: Token) -> Token | None:
        """Who is made to do what an infinitive says, the object of the verb it completes: in "The
        defeat led Ann Lee to say …", "Park urged the senator to declare …" the object speaks, not
        the subject. A person or body, named or known as an actor. Not when the verb above is a
        cue itself: in "Lee urged Democrats to reject the deal" Lee speaks, urging."""
        if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.i == verb.i or self.is_cue(verb.head):
            return None
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
        if obj is None or self.inside_quote(obj) or obj.ent_type_ in NOT_SPEAKER_ENTITIES:
            return None
        return obj if obj.i in self.actor_of or obj.pos_ == "PROPN" else None

    def subject_of_relative(self, cue: Token) -> Token | None:
        """The name the parser made a second subject of a relative clause before a subject-less cue:
        in "Park, meanwhile, who sits on no board, said" both "Park" and "who" hang on "sits"
        (read as an adverbial clause of the cue); the name before "who" speaks."""
        for clause in cue.children:
            if clause.dep_ not in ("advcl", "ccomp") or clause.i > cue.i:
                continue
            who = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
            if who is None:
                continue
            name = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < who.i and not self.inside_quote(c)), None)
            if name is not None and (name.i in self.actor_of or name.pos_ == "PROPN"):
                return name
        return None

    def document_author(self, noun: Token) -> Token | None:
        """Who put out a statement, report or letter that is cited ("according to a statement from Japan's
        foreign ministry", "according to the ministry's statement", "according to a report by X", "a statement
        released by X"): its author, where the document names one and is no actor itself."""
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in AUTHORED_NOUNS | MADE_BY_NOUNS or self.actor_of.get(noun.i):
            return None
        makers = ("from", "by") if lemma in MADE_BY_NOUNS else ("from", "by", "of")
        for c in noun.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                return c
            # "a statement released by the ministry": the agent of the participle that puts it out
            preps = [g for g in c.children if g.dep_ == "agent"] if c.dep_ == "acl" and c.tag_ == "VBN" else [c]
            for prep in (p for p in preps if p.dep_ in ("prep", "agent") and p.lower_ in makers):
                pobj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)
                if pobj is not None:
                    return pobj
        return None

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
        host = self.relative_host(cue) or self.subject_of_relative(cue)
        if host is not None:
            return host
        for j in range(cue.i - 1, max(-1, cue.i - MAX_ADJACENT_TOKENS), -1):
            tok = doc[j]
            if tok.pos_ == "AUX" and tok.i in self.actor_of:
                return tok  # a surname the tagger read as a modal ("Will also said"), linked by the actors stage
            if tok.is_punct or self.inside_quote(tok) or tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                break
            if tok.ent_type_ in NOT_SPEAKER_ENTITIES:
                if self.share_of_people(tok):
                    return tok  # "About 4 in 10 say": the parser hangs the share on the verb as a number
                continue
            if tok.pos_ == "PROPN" or (tok.i in self.actor_of and tok.pos_ == "NOUN") or tok.lower_ in ("he", "she", "they"):
                return tok
        after = range(cue.i + 1, min(len(doc), cue.i + MAX_ADJACENT_TOKENS))
        for j in after if cue.lemma_.lower() not in ADDRESSEE_CUES else ():
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

    def subject_before(self, cue: Token) -> Token | None:
        """The subject right before a verb the parse did not give one: the nearest person or body
        mentioned, or "he"/"she"/"they"/"who", with only auxiliaries, adverbs and a phrase like "in
        the past" between; none after a determiner or a hyphen ("the accused Lee", "self-described")."""
        doc = self.doc
        if cue.i == 0 or doc[cue.i - 1].pos_ == "DET" or doc[cue.i - 1].text == "-" or self.text[cue.idx - 1:cue.idx] == "-":
            return None
        for j in range(cue.i - 1, max(cue.sent.start - 1, cue.i - MAX_ADJACENT_TOKENS - 1), -1):
            tok = doc[j]
            if tok.is_punct or self.inside_quote(tok):
                break
            if tok.ent_type_ in NOT_SPEAKER_ENTITIES:
                continue
            if (tok.i in self.actor_of and tok.pos_ in ("PRON", "NOUN")) or tok.pos_ == "PROPN" or tok.lower_ in ("he", "she", "they", "who"):
                return tok
            if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") and tok.lemma_.lower() not in _AUXILIARY_LEMMAS:
                break
        return None

    def set_off_speaker(self, cue: Token) -> Token | None:
        """The nearest name before a comma or bracket that ends the cue's subject, when the parser hung
        the subject elsewhere: "her adviser, Jake Sullivan, said", "Bill Eastland, wearing a cowboy hat,
        said", "Rep. Paul Ryan (R-Wis.) said". The search stops at a finite verb: the clause before;
        a relative clause is passed over, names in it included ("Levine, who gave money to Rubin, said").
        A past tense with no subject of its own after "and" or "now" is a participle in the phrase
        ("Ann Lee, now 81 and retired in Ohio, said"), not a clause."""
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
            if tok.tag_ == "VBD" and set_off_participle(tok):
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
            antecedent = above = tok.head.head
            for _ in range(MAX_SUBJECT_CLIMB):
                if above.i in self.actor_of or above.dep_ not in ("pobj", "prep", "amod", "acl"):
                    break
                above = above.head  # "one Democrat familiar with the talks, who": the parser hung it on "talks"
            if above.i in self.actor_of:
                antecedent = above
            actor = self.actor_of.get(antecedent.i)
            if actor is None and antecedent.i < tok.i and antecedent.pos_ in ("NOUN", "PROPN"):
                # no actor to name them: the phrase the pronoun stands for names the speakers ("some
                # commentators who have suggested")
                left = [t for t in antecedent.subtree if t.i < antecedent.i and t.dep_ not in CLAUSE_DEPS]
                start = min([t.idx for t in left] + [antecedent.idx])
                if tok.i - antecedent.i <= MAX_ADJACENT_TOKENS and "\n" not in self.text[start:tok.idx]:
                    return None, (start, tok.idx + len(tok))
            return actor, (tok.idx, tok.idx + len(tok))
        if actor is None and tok.lower_ in ("it", "they"):
            actor = self.collective_antecedent(tok)
            if actor is not None:
                return actor, (tok.idx, tok.idx + len(tok))
        member = partitive_member(tok) if actor is None else None
        if member is not None:
            # "One of the diplomats said", "Some of them said": the group they are of speaks through them
            group = self.actor_of.get(member.i) or (self.collective_antecedent(member) if member.lower_ == "them" else None)
            if group is not None:
                return group, (tok.idx, member.idx + len(member))
        if actor is not None:
            for s, e, a in self.mentions:
                if a == actor and s <= tok.idx < e:
                    return actor, (s, e)
        subtree = list(tok.subtree)
        # not a clause the parser hung on it: "[when Lee spoke, the crowd booed,] a man yelled"
        clause = {t.i for c in tok.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}
        left = [t for t in subtree if t.i <= tok.i and t.i not in clause]
        start = left[0].idx if left else tok.idx
        for t in tok.children:
            if t.dep_ in ("compound", "amod", "det", "poss") and t.i < tok.i:
                start = min(start, t.idx)
        start = max(start, self.text.rfind("\n", 0, tok.idx) + 1)  # a parse that runs over a line break
        return actor, (start, tok.idx + len(tok))

    def collective_antecedent(self, tok: Token) -> str | None:
        """For "it said" / "they said" ("some of them said"): the organisation, country or group mentioned
        last before, nearby."""
        actors = {a.id: a for a in (self.doc._.telex_actors or [])}
        plural = tok.lower_ in ("they", "them")
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
