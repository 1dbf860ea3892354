"""The cue of a quote (telex.stages.quote_attribution), on short texts written for these tests."""

import pytest

import telex


def test_a_no_break_space_after_the_colon_still_introduces_the_quote(nlp, speaker_text):
    text = "The vote failed on Monday. Senator Ann Lee summed up the mood in the chamber:\u00a0\u201cThe bill was rushed and nobody had read it.\u201d"
    assert speaker_text(text, "The bill was rushed") == "Senator Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        'The audit closed on Friday. Ann Lee has since apologized for what happened: "I made a mistake and I take full responsibility for it."',
    ],
)
def test_a_verb_before_the_colon_with_no_speaker_leaves_the_sentence_subject_speaking(nlp, speaker_text, text):
    assert speaker_text(text, "I made a mistake") == "Ann Lee"


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


def test_quoted_words_in_what_someone_talks_about_are_the_talkers(nlp, speaker_text):
    text = "The admiral rarely gives interviews. He talks about how his troops must be ready ''to fight tonight.''"
    assert speaker_text(text, "to fight tonight") == "He"


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("Later in the show, Lee praised the preacher Tom Graham, who has publicly vowed not to buy the cookies "
         "because of the group's “support of new rights for all.”", "support of new rights", "who"),
    ],
)
def test_a_cue_in_a_relative_clause_set_off_by_a_comma_speaks_for_whom_it_describes(nlp, text, fragment, speaker):
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if fragment in q.text and q.kind != "indirect")
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ('A 2014 House committee report found "no evidence that there was a stand down order or a denial of air support."',
         "no evidence", "A 2014 House committee report"),
        ('The city report spells out the problem: "These rules do not apply to the system used by senior staff."',
         "These rules", "The city report"),
    ],
)
def test_a_document_that_is_the_subject_of_the_clause_speaks(nlp, speaker_text, text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


def test_a_document_noun_around_quoted_words_does_not_speak_them(nlp):
    text = "The plane made its first flight on Tuesday. The release of the ``Skyliner'' is two years behind schedule."
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if "Skyliner" in q.text)
    assert quote.speaker_span is None


def test_a_relative_clause_inside_what_someone_reports_leaves_the_words_theirs(nlp):
    text = ("Joe Lee, a talk radio host, recalled in 2008 that before Iowa, Park was not treated as credibly by his "
            "show's listeners, who wondered if “he would be the token outsider in the debate.”")
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct")
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "Joe Lee"
