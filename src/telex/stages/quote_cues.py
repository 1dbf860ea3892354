"""The vocabulary of attribution cues, for the quote stages: verbs of speech (knowledge/speech_verbs.txt), what a
cue reports (knowledge/cue_types.tsv: speech, thought, stance, finding), verbs that report only with a clause, a
particle or "like", and the documents, polls and counts that speak for whoever made them.

:class:`~telex.stages.quote_speakers.SpeakerReader` reads who speaks through these cues.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.errors import ConfigError
from telex.knowledge import data_lines


def _cue_lemmas() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip().lower() for _, line in data_lines("speech_verbs.txt"))


SPEECH_VERBS = _cue_lemmas()

#: What a quote's cue reports besides speech (see knowledge/cue_types.tsv).
CUE_KINDS = frozenset({"speech", "thought", "stance", "finding"})


def _cue_types() -> dict[str, str]:
    types = {}
    for number, line in data_lines("cue_types.tsv"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 2 or cells[1] not in CUE_KINDS:
            raise ConfigError(f"knowledge/cue_types.tsv line {number}: expected a lemma and one of "
                              f"{', '.join(sorted(CUE_KINDS))}, got {line!r}")
        types[cells[0].lower()] = cells[1]
    return types


CUE_TYPES = _cue_types()


def cue_type(cue: Token | None) -> str:
    """What a cue reports: "thought", "stance" or "finding" for the verbs cue_types.tsv lists
    ("believes", "wants", "the poll shows"), else "speech" ("said", "according to", a colon, "the
    claim that", or no cue at all for words in quotation marks)."""
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return "speech"
    return CUE_TYPES.get(cue.lemma_.lower(), "speech")

#: Fractions that, as the subject of a cue, are a share of people ("three-quarters say", "a third said").
FRACTION_NOUNS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "tenth", "tenths"}
)

#: What a share of people answers in: the poll, not the share, is the source of what they said.
POLL_NOUNS = frozenset({"poll", "survey"})
#: Documents whose author speaks through them when they are cited ("according to a statement from the ministry").
AUTHORED_NOUNS = frozenset("statement report letter release communique communiqué readout transcript memo memorandum "
                           "document study filing announcement notice summary post".split())

#: Counts and analyses whose maker speaks through them ("according to a tally by Reuters");
#: "of" names what was counted or analysed ("an analysis of campaign filings"), not who did it.
MADE_BY_NOUNS = frozenset("count tally analysis calculation estimate".split())

#: Verbs that report speech or findings only with a clause after them ("the study found that ...").
CLAUSAL_CUES = frozenset("find show know learn hope fear feel expect agree decide read conclude".split())

#: Verbs that report speech only with a particle: "shot back", "went on", "weighed in", "chimed in".
PHRASAL_CUES = {
    "shoot": ("back",), "fire": ("back",), "hit": ("back",), "push": ("back",), "snap": ("back",),
    "go": ("on",), "weigh": ("in",), "chime": ("in",), "pipe": ("up",), "speak": ("out", "up"),
    "sound": ("off",),
}

#: Verbs that report speech in conversation with "like" right before the quote: "she was like, “…”",
#: "they went like “…”".
QUOTATIVE_LIKE = frozenset({"be", "go"})
#: Fewest words of a quote after "like" with no punctuation of its own that make it an utterance.
MIN_UTTERANCE_WORDS = 4
