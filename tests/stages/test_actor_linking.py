"""Pronoun resolution in actor_linking, on short texts written for these tests."""

import telex


def _owner(text: str, pronoun_at: int) -> str | None:
    analysis = telex.extract(text)
    end = text.index(" ", pronoun_at)
    return next((a.name for a in analysis.actors if (pronoun_at, end) in a.mentions), None)


def test_a_clause_the_parser_hangs_from_a_quote_after_a_colon_is_still_the_sentence_frame(nlp):
    # the quote's verb becomes the root and "Maria Lund was known ..." its complement; "her" is Lund,
    # not the woman who was the main subject of the sentence before
    text = (
        "Anna Berg refused to intervene, and the strike was crushed. In eight years she did not change a single law.\n\n"
        'Maria Lund was known for her hatred of the old regime, voiced in her famous demand in Riga in 1989: "Mr. Petrov, open the borders now!"'
    )
    assert _owner(text, text.index("her hatred")) == "Maria Lund"
    assert _owner(text, text.index("her famous")) == "Maria Lund"


def test_an_object_pronoun_of_a_participle_is_not_the_subject_it_shares(nlp):
    # "praising him": whoever praises is Dale Ross, so "him" is the other man
    text = (
        "Party leaders chose Omar Fenn as their candidate. Dale Ross spoke about Fenn on local radio in May, "
        'praising him as "a fighter who will not give up on this city."'
    )
    assert _owner(text, text.index("him as")) == "Omar Fenn"

