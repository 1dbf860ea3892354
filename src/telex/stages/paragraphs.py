"""``telex_paragraphs``: a line break ends a sentence. Runs before the parser, which respects it.

News text puts headlines, datelines, credits and furniture on lines of their own, with no final
full stop; left to itself the parser runs a headline into the lede ("... in eastern Congo French
foreign minister ...") and every stage downstream then reads one garbled sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from telex.stages.furniture import dateline_at


@Language.component("telex_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    text = doc.text
    starts = {tok.idx: tok.i for tok in doc}
    for tok in doc[:-1]:
        if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
            _after_dateline(doc, text, starts, doc[tok.i + 1].idx)
        elif _letter_ends_sentence(doc, tok):
            doc[tok.i + 1].is_sent_start = True
    if len(doc):
        _after_dateline(doc, text, starts, 0)
    return doc


def _letter_ends_sentence(doc: Doc, tok) -> bool:
    """A capital letter and full stop after a lower-case word ends a sentence ("she wrote on X. Parliament
    can ...", "plan B. The"); the tokenizer keeps such a stop as an initial's, as in "John F. Kennedy"."""
    return (
        len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and tok.i > 0
        and doc[tok.i - 1].is_lower and doc[tok.i + 1].is_title and tok.whitespace_
    )


def _after_dateline(doc: Doc, text: str, starts: dict[int, int], line_start: int) -> None:
    """A wire dateline ends a sentence too: left in, "NAIROBI, July 18 (Reuters) - Kenya's opposition
    leader ... called" is parsed with NAIROBI as the subject."""
    end = dateline_at(text, line_start)
    if end is not None and end in starts:
        doc[starts[end]].is_sent_start = True
