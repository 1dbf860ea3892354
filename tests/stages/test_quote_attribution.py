"""The cue of a quote (telex.stages.quote_attribution), on short texts written for these tests."""

import pytest

import telex


def test_a_no_break_space_after_the_colon_still_introduces_the_quote(nlp, speaker_text):
    text = "The vote failed on Monday. Senator Ann Lee summed up the mood in the chamber:\u00a0\u201cThe bill was rushed and nobody had read it.\u201d"
    assert speaker_text(text, "The bill was rushed") == "Senator Ann Lee"


@pytest.mark.parametrize("marks", [("``", "''"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c")])
def test_typewriter_and_other_opening_marks_after_the_colon_still_introduce_the_quote(nlp, speaker_text, marks):
    text = (f"Shares fell. Acme spokeswoman Jennifer Cole spoke about the incident: {marks[0]}We do not know what caused it. "
            f"We are looking into it with the exchanges.{marks[1]} The losses were large.")
    assert speaker_text(text, "looking into it") == "Jennifer Cole"


@pytest.mark.parametrize(
    "text",
    [
        'The audit closed on Friday. Ann Lee has since apologized for what happened: "I made a mistake and I take full responsibility for it."',
    ],
)
def test_a_verb_before_the_colon_with_no_speaker_leaves_the_sentence_subject_speaking(nlp, speaker_text, text):
    assert speaker_text(text, "I made a mistake") == "Ann Lee"


def test_a_sentence_with_no_verb_but_be_before_the_colon_introduces_its_subject(nlp, speaker_text):
    text = 'The senator has not always held this view. Here is Ann Lee in 1992: "We will never give up the fight for the valley."'
    assert speaker_text(text, "never give up") == "Ann Lee"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The plan was never popular with the board. "Having the data and two people who understand it is valuable," '
         "said Skelly, explaining he worked closely with both of them.", "Skelly"),
        ('Park agreed that the gap was smaller then. "The circumstances are different when you go through a depression '
         'like we did," From said.', "From"),
    ],
)
def test_a_capitalised_word_beside_a_cue_after_a_quote_ending_on_a_comma_is_a_name(nlp, speaker_text, text, speaker):
    assert speaker_text(text, text.split('"')[1][:20]) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("The paper was not pleased.\n\n“If he wants the job, the mayor should come to the valley and see it,” the editorial read.",
         "wants the job", "the editorial"),
        ("The group ran a new spot.\n\n“They know she is the only one who can fix the roads,” a voice-over in the ad states.",
         "fix the roads", "a voice-over in the ad"),
        ('"The kingdom has fought terror for two decades," the Saudis state in the report, which was shared on Thursday.',
         "fought terror", "the Saudis"),
        # a speech word after a determiner is the noun of the phrase, and the cue comes after it
        ('The campaign sent a fundraising email Wednesday.\n\n"Friend, let me be blunt. I can beat her. Donald can\'t," '
         "the email read. It stated that he is rattled.", "let me be blunt", "the email"),
    ],
)
def test_a_speech_verb_tagged_as_a_noun_after_a_quote_still_attributes_it(nlp, speaker_text, text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


def test_a_verb_before_a_comma_that_opens_a_quoted_clause_frames_it(nlp, speaker_text):
    text = ("Yet despite constant jeers that Mr. Park is nothing but a dreamer - during their second forum, Ann Lee "
            "cracked, ''I'm a dreamer, but I'm a dreamer who gets things built'' - he has often been a capable mayor.")
    assert speaker_text(text, "gets things built") == "Ann Lee"


def test_a_noun_after_a_possessive_is_no_cue(nlp, speaker_text):
    text = "Lee says he feels “the looming presence of his father,” his boast-averse mentor."
    assert speaker_text(text, "looming presence") == "Lee"


def test_quoted_words_in_a_clause_about_a_thing_are_those_of_whoever_the_clause_is_about(nlp, speaker_text):
    text = ("Rates rose again. In the depths of the slump, Senator Ann Lee worried that the county’s safety net was "
            "becoming “a hammock for the idle.”")
    assert speaker_text(text, "a hammock") == "Senator Ann Lee"


def test_terms_in_a_relative_clause_about_a_thing_have_no_speaker(nlp, speaker_text):
    text = "The council met on Monday. The older bill, which used the phrase “shared custody,” was dropped by the Ohio Senate."
    assert speaker_text(text, "shared custody") is None


def test_a_few_quoted_words_with_no_cue_are_a_term_not_the_last_speakers_words(nlp):
    import telex

    text = "“We will not back down,” Mayor Ann Lee said on Monday. Traffic along the “green corridor” was light. “The river is ours.”"
    kinds = {q.text: (q.kind, q.speaker_span and text[q.speaker_span[0]:q.speaker_span[1]]) for q in telex.extract(text).quotes}
    assert kinds["green corridor"] == ("term", None)
    assert kinds["The river is ours."] == ("direct", "Mayor Ann Lee")  # a sentence of its own still continues


def test_a_quote_continues_the_speaker_of_the_quote_before_not_words_quoted_in_its_attribution(nlp, speaker_text):
    text = ("The hearing was long.\n\n''Is Smith fighting the party?'' asked Mr. Cho, referring to the senator's "
            "campaign against what she calls the ''rotten'' leadership. ''I think she is not.''")
    assert speaker_text(text, "I think she") == "Mr. Cho"


def test_a_quote_paragraph_after_a_sentence_in_which_someone_speaks_is_theirs(nlp, speaker_text):
    text = ("Ann Lee gave an interview on Sunday.\n\nExactly what “fix it fast” means is unclear to voters, since "
            "Lee spoke only in slogans during the interview.\n\n“We have to be a lot tougher.”")
    assert speaker_text(text, "a lot tougher") == "Lee"


_INTERVIEW = (
    "Ann Lee, a nurse, and Tom Reyes, a surgeon, spoke with us about the clinic.\n\n"
    "((WN))  On your blog you wrote \"nurses are the backbone of every hospital\". Why?\n\n"
    "((Ann Lee))  Because it is true. My manager asked me about it and I said, \"I will not take it back.\"\n\n"
    "Later I told the board, \"We need more staff on the night shift.\"\n\n"
    "((WN))  I once wrote, \"the night shift is the hardest job there is\". Is it?\n\n"
    "((Tom Reyes))  I think so. I always tell students, \"Sleep when the ward sleeps.\""
)


def _speaker_name(text: str, fragment: str) -> str | None:
    import telex

    analysis = telex.extract(text, published="2016-05-01")
    names = {a.id: a.name for a in analysis.actors}
    return next(names.get(q.speaker) for q in analysis.quotes if fragment in q.text and q.kind != "indirect")


@pytest.mark.parametrize(
    "fragment, speaker",
    [
        ("I will not take it back", "Ann Lee"),  # "I" in an answer is the one it is labelled with
        ("more staff on the night shift", "Ann Lee"),  # also in the answer's paragraphs after its label
        ("Sleep when the ward sleeps", "Tom Reyes"),  # a later answer is its own label's
        ("backbone of every hospital", "Ann Lee"),  # "you" in a question is the one who answers it
        ("the hardest job there is", None),  # "I" in a question is the one asking
    ],
)
def test_pronouns_in_an_interview_stand_for_the_one_interviewed(nlp, fragment, speaker):
    assert _speaker_name(_INTERVIEW, fragment) == speaker


def test_quoted_words_in_what_someone_talks_about_are_the_talkers(nlp, speaker_text):
    text = "The admiral rarely gives interviews. He talks about how his troops must be ready ''to fight tonight.''"
    assert speaker_text(text, "to fight tonight") == "He"


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # "be like" and "go like" report speech in conversation, the quote right after "like"
        ('Every time I bring it up, my neighbours are like, "But it is our tradition."', "our tradition", "my neighbours"),
        ('When I told the coach, he was like "you need to rest more"', "rest more", "he"),
        ('Some of the fans went like "Are you from the north or the south?"', "north or the south", "Some"),
        # a word compared with is no utterance
        ('Since 2010 the players are like "family" to me.', "family", None),
    ],
)
def test_be_like_before_a_quote_reports_speech(nlp, speaker_text, text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a statement or letter that speaks is its author's
        ("Senator Ann Lee confirmed the vote. Lee's statement read: \"The bill passed and the valley will get its road.\"",
         "the valley will get its road", "Ann Lee"),
        ('A statement from Acme Motors said, "We are fully cooperating with the government."', "fully cooperating", "Acme Motors"),
    ],
)
def test_a_document_that_speaks_is_its_authors(nlp, text, fragment, speaker):
    assert _speaker_name(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("On the radio, Kim praised the pastor Sam Ortiz, who has openly pledged not to buy the group's goods "
         "because of its “backing of new rules for all.”", "backing of new rules", "who"),
    ],
)
def test_a_cue_in_a_relative_clause_set_off_by_a_comma_speaks_for_whom_it_describes(nlp, text, fragment, speaker):
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if fragment in q.text and q.kind != "indirect")
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ('A 2016 Senate panel report found "no sign that anyone ordered a halt or refused air cover."',
         "no sign", "A 2016 Senate panel report"),
        ('The county report sets out the flaw: "Such limits never cover the servers that senior managers use."',
         "Such limits", "The county report"),
    ],
)
def test_a_document_that_is_the_subject_of_the_clause_speaks(nlp, speaker_text, text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


def test_a_document_noun_around_quoted_words_does_not_speak_them(nlp):
    text = "The plane made its first flight on Tuesday. The release of the ``Skyliner'' is two years behind schedule."
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if "Skyliner" in q.text)
    assert quote.speaker_span is None


def test_a_relative_clause_inside_what_someone_reports_leaves_the_words_theirs(nlp):
    text = ("Joe Lee, a radio host, said in 2010 that before the primary, Park was not taken as seriously by the "
            "station's callers, who asked whether “he would be the lone outsider on stage.”")
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct")
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "Joe Lee"
