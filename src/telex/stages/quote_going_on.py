"""Speakers that a cue with no subject of its own takes from the words around it, for
:mod:`telex.stages.quote_speakers`: a participle that opens a sentence goes on from the sentence
before ("Lee called the report unfair. Adding, “…”")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from telex.stages.quote_speakers import SpeakerReader

#: What may stand before a participle that opens its sentence: "Adding, …", "Then, adding, …", "And adding …".
OPENING_POS = frozenset({"ADV", "CCONJ", "PUNCT"})


def speaker_going_on(reader: SpeakerReader, cue: Token) -> Token | None:
    """The speaker of the sentence before, for a participle that opens a sentence with no subject
    ("Lee called the report unfair. Adding, “…”"): it goes on from that sentence's cue, in the same
    paragraph. None for any other cue, or when the sentence before has no cue."""
    sent = cue.sent
    if cue.tag_ != "VBG" or any(t.pos_ not in OPENING_POS for t in reader.doc[sent.start:cue.i]):
        return None
    if cue.dep_ != "ROOT" and not (cue.dep_ == "advcl" and reader.inside_quote(cue.head)):
        return None  # the parser may hang it on the quoted words it introduces
    index = reader.sent_index(sent.start)
    if index == 0:
        return None
    root = reader.sents[index - 1].root
    if root.i == cue.i or not reader.is_cue(root) or "\n" in reader.text[root.idx:cue.idx]:
        return None
    return reader.speaker_of(root)

