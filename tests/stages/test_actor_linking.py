"""Pronoun resolution in actor_linking, on short texts written for these tests."""

import pytest

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



@pytest.mark.parametrize(
    ("text", "pronoun", "owner"),
    [
        # the unnamed attacker speaks of himself, not of the mayor named before
        ("Mayor Tom Vance was stabbed at a concert on Sunday. The attacker claimed he had been jailed unfairly.", "he had", None),
        ("Judge Ken Orr was shot outside the court. A man told police he had lost a case there.", "he had", None),
        # a thing that speaks is no person: "he" is still the man named before
        ("Mayor Tom Vance was stabbed at a concert on Sunday. The report said he had been warned.", "he had", "Tom Vance"),
        # a noun a name stands beside is that named person
        ("Tom Vance met Ken Orr in May. The union's chief, Ken Orr, said he would resign.", "he would", "Ken Orr"),
        # a man speaking of "she" speaks of someone else, and so does anyone in their own quoted words
        ("Mayor Jane Vance was stabbed at a concert on Sunday. A man told police she had been warned.", "she had", "Jane Vance"),
        ('Mayor Jane Vance spoke at a concert on Sunday. One critic wrote, "She talks and talks."', "She talks", "Jane Vance"),
        # a noun with an owner may speak of that owner
        ("Mayor Jane Vance was stabbed at a concert on Sunday. Her husband said she was recovering.", "she was", "Jane Vance"),
    ],
)
def test_a_pronoun_does_not_skip_an_unnamed_person_who_speaks(nlp, text, pronoun, owner):
    assert _owner(text, text.index(pronoun)) == owner


@pytest.mark.parametrize(
    ("text", "pronoun", "owner"),
    [
        ("Anna Berg praised Maria Lund at the meeting. In those last weeks, Lund wrote, she began to pray every night.",
         "she began", "Maria Lund"),
        ("Tom Vance met Ken Orr in May. After the vote, Orr said, he began to write letters.", "he began", "Ken Orr"),
    ],
)
def test_a_reporting_clause_set_in_before_the_pronoun_frames_its_sentence(nlp, text, pronoun, owner):
    # "Lund wrote," hangs from "began" after it: whoever wrote it is who began
    assert _owner(text, text.index(pronoun)) == owner


@pytest.mark.parametrize("text, pronoun, owner", [
    # quoted words that open the sentence after '“…,” said X.' are X's, and "he" in them is someone else
    ("Senator Paul Drake backed the bill. “I admire Paul a great deal,” said Senator Tom Webb. “He is smart and he works hard.”",
     "He is", "Paul Drake"),
    ("Mayor Ann Kerr lost the vote. ''It was close,'' said Mary Stone, a council member. ''She will run again next year.''",
     "She will", "Ann Kerr"),
])
def test_a_pronoun_in_words_that_go_on_after_their_speaker_is_not_the_speaker(nlp, text, pronoun, owner):
    assert _owner(text, text.index(pronoun)) == owner


def test_the_subject_of_a_relative_clause_is_not_the_person_the_clause_is_on(nlp):
    # "whom he regards": he regards Christie, so he is not Christie
    text = "At the rally, the crowd cheered for Chris Christie, whom he regards as a tough prosecutor, Tom Park said."
    assert _owner(text, text.index("he regards")) != "Chris Christie"
    text = "George Kent urged Republicans to rally behind Chris Christie, whom he regards as a tough prosecutor."
    assert _owner(text, text.index("he regards")) == "George Kent"
