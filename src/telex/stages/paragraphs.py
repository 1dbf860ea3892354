"""``telex_paragraphs``: a line break ends a sentence. Runs before the parser, which respects it.

News text puts headlines, datelines, credits and furniture on lines of their own, with no final
full stop; left to itself the parser runs a headline into the lede ("... in eastern Congo French
foreign minister ...") and every stage downstream then reads one garbled sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("telex_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc
