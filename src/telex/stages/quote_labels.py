"""Speakers that a label names rather than a cue, for :mod:`telex.stages.quote_attribution`: a transcript's
label ("PENCE: ..."), a name alone before a colon that opens the quote ("Ann Lee: “…”"), a signature after a
dash ("“…” ― Carla Sanchez"). :class:`LabelReader` finds their spans and the actor a label names.
"""

from __future__ import annotations

import re

from telex.stages.quote_speakers import SpeakerReader
from telex.stages.quotemarks import QuoteSpan

#: An attribution after a quote on its line: "... ” ― Carla Sanchez". The name's words are
#: separated by spaces only: a newline ends the signature (the next line is the next quote).
_DASH_NAME = re.compile(r"[\s\u00a0]*[―—–-]+[ \u00a0]*((?:[A-Z][\w.'’-]*\.?[ \u00a0]?){1,5})")

#: A transcript's speaker label at the start of a quote or paragraph ("PENCE: Well, look...").
_LABEL = re.compile(r"([A-Z][A-Z.'’\- ]{1,30}[A-Z.]):\s")

#: What may stand between a colon or comma and the quote it introduces: spaces (a no-break space
#: too, as in "Lee told the paper:\u00a0“…”") and opening marks.
BEFORE_QUOTE = " “\"'‘\n\u00a0"


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
        if rest.strip(" .\u00a0") and not rest.startswith("\n") and not (own_line and rest.startswith(",")):
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
