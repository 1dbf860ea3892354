"""Speakers that a label names rather than a cue, for :mod:`telex.stages.quote_attribution`: a transcript's
label ("PENCE: ..."), a name alone before a colon that opens the quote ("Ann Lee: “…”"), a signature after a
dash ("“…” ― Carla Sanchez"). :class:`LabelReader` finds their spans and the actor a label names.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from telex.stages.quote_speakers import SpeakerReader
from telex.stages.quotemarks import QuoteSpan

#: An attribution after a quote on its line: "... ” ― Carla Sanchez". The name's words are
#: separated by spaces only: a newline ends the signature (the next line is the next quote).
_DASH_NAME = re.compile(r"[\s\u00a0]*[―—–-]+[ \u00a0\u200b\u200d]*((?:[A-Z][\w.'’-]*\.?[ \u00a0]?){1,5})")

#: Most words of what a signature says the person is, after a comma to the end of the line ("…”
#: ― Ann Lee, head nurse at the clinic").
MAX_SIGNATURE_TITLE_WORDS = 8

#: A transcript's speaker label at the start of a quote or paragraph ("PENCE: Well, look...").
_LABEL = re.compile(r"([A-Z][A-Z.'’\- ]{1,30}[A-Z.]):\s")

#: An interview's turn label opening a paragraph: "((Ann Lee))  …" for the one who answers,
#: "((WN))  …" or a reporter's initials for the one who asks.
_TURN_LABEL = re.compile(r"^[ \u00a0]*\(\(([^()\n]{1,60})\)\)", re.M)

#: Pronouns by which the one answering in an interview speaks of themselves, and those by which
#: the one asking addresses them.
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
SECOND_PERSON = frozenset({"you", "your", "yourself"})

#: What may stand between a colon or comma and the quote it introduces: spaces (a no-break space
#: too, as in "Lee told the paper:\u00a0“…”") and opening marks.
BEFORE_QUOTE = " “\"'‘`«„\n\u00a0"


class LabelReader(SpeakerReader):
    """The labels, names before colons and signatures that name a quote's speaker."""

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
        prefix = self.text[window:q.start].rstrip(BEFORE_QUOTE)
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
        time = tok
        while time.i > 0 and time.ent_type_ in ("DATE", "TIME") and "\n" not in self.doc[time.i - 1].text:
            time = self.doc[time.i - 1]
        if time.i < tok.i:
            # when the words were said, after the name: "Ann Lee in 1992: “…”", "Lee, on Monday: “…”"
            tok = time
            for skip in ("ADP", "PUNCT"):
                tok = self.doc[tok.i - 1] if tok.pos_ == skip and tok.i > 0 else tok
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
        if before and not before.endswith(("\n", "-", "—", "―", "–", ".", "”", '"')) and start_tok.idx > 2:
            # a name inside running text ("… wrote to Ann Lee:") is not a label; one right after the
            # quote before it is, as in digests ("Lee: “…” Park: “…”")
            return None
        return start_tok.idx, tok.idx + len(tok)

    def dash_name(self, q: QuoteSpan) -> tuple[int, int] | None:
        """A name after a dash that follows the quote on its line ("...” ― Carla Sanchez"), or opens
        the next line, where what the name is may follow it after a comma ("...” ⏎ ―Carla Sanchez,
        a nurse from Ohio.")."""
        after = q.end + 1
        m = _DASH_NAME.match(self.text, after)
        if m is None:
            return None
        rest = self.text[m.end():m.end() + 3]
        own_line = "\n" in self.text[after:m.start(1)]
        if rest.strip(" .\u00a0") and not rest.startswith("\n") and not (rest.startswith(",") and (own_line or self.pulled(q, m.end()))):
            return None  # the dash starts a clause, not a signature
        start, end = m.start(1), m.end(1)
        name = self.text[start:end].rstrip(" .\u00a0")
        return start, start + len(name)

    @cached_property
    def interview_turns(self) -> list[tuple[int, str | None, tuple[int, int]]]:
        """The turns of an interview laid out with labels: where each label opens its paragraph, the
        person it names (None for the one asking: "WN", initials no actor has) and the name's span."""
        turns = []
        for m in _TURN_LABEL.finditer(self.text):
            actor = next((a for s, e, a in self.mentions if s < m.end(1) and e > m.start(1) and self.kind_of.get(a) == "person"), None)
            turns.append((m.start(), actor, m.span(1)))
        return turns

    @cached_property
    def _turn_starts(self) -> list[int]:
        return [t[0] for t in self.interview_turns]

    def turn_at(self, pos: int) -> int:
        """The index of the interview turn ``pos`` is in (-1 before the first label)."""
        return bisect.bisect_right(self._turn_starts, pos) - 1

    def answering(self, pos: int) -> tuple[str, tuple[int, int]] | None:
        """The person answering at ``pos`` in an interview, and their label's span: an answer runs on
        from its label over the paragraphs after it, up to the next label."""
        turns = self.interview_turns
        k = self.turn_at(pos)
        if k < 0 or turns[k][1] is None:
            return None
        return turns[k][1], turns[k][2]

    def interviewee(self, pronoun: str, pos: int) -> str | None:
        """Who a pronoun at ``pos`` stands for in an interview: "I" in an answer is the one it is
        labelled with ("((Ann Lee))  … and I said, “…”"); "you" in a question is the one who answers
        it ("((WN))  You wrote “…”; why?")."""
        word = pronoun.lower()
        if word in FIRST_PERSON:
            answer = self.answering(pos)
            return answer[0] if answer is not None else None
        if word not in SECOND_PERSON:
            return None
        turns = self.interview_turns
        k = self.turn_at(pos)
        if k < 0 or turns[k][1] is not None:
            return None
        return next((actor for _, actor, _ in turns[k + 1:] if actor is not None), None)

    def pulled(self, q: QuoteSpan, comma: int) -> bool:
        """Whether a quote is pulled out on a line of its own with its signature, and what the person
        is runs from the comma at ``comma`` to the end of the line: "“We are ready.” ― Ann Lee, head
        nurse ⏎" (but not "“…” ― Lee, who spoke on Monday, agreed.")."""
        line_start = self.text.rfind("\n", 0, q.start) + 1
        line_end = self.text.find("\n", comma)
        title = self.text[comma + 1:line_end if line_end != -1 else len(self.text)].strip()
        if self.text[line_start:q.start].strip(" “\"'‘\u00a0") or not q.text.endswith((".", "!", "?")):
            return False
        return 0 < len(title.split()) <= MAX_SIGNATURE_TITLE_WORDS and not title.endswith((".", "!", "?", ":", ";"))

    def label_actor(self, start: int, end: int) -> str | None:
        key = self.text[start:end].strip(" .").lower()
        key = re.split(r" (?:and|&) ", key)[0]  # of two names, the first's actor stands for the label
        for s, e, actor in self.mentions:
            if self.text[s:e].lower().endswith(key):
                return actor
        return None
