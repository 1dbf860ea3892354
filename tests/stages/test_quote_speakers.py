"""Who speaks through a cue (telex.stages.quote_speakers), on short texts written for these tests."""

import pytest

import telex


def test_a_participle_cue_climbs_several_clauses_to_the_subject(nlp, speaker_text):
    text = (
        "Ann Lee tries to turn the protests to her advantage, showing off her large crowds, "
        "loudly shouting \"Keep going\" and \"Stay calm.\""
    )
    assert speaker_text(text, "Stay calm") == "Ann Lee"


def test_the_speaker_the_parser_made_the_object_of_as_puts_it(nlp, speaker_text):
    text = (
        "That is the risk. As Tom Park, professor of history at Ohio State, put it, "
        "''Senators should remember that the next nominee may be far worse for them.''"
    )
    assert speaker_text(text, "Senators should remember") == "Tom Park"


def test_a_relative_clause_before_a_cue_with_no_subject_describes_the_speaker(nlp, speaker_text):
    text = (
        "Although there is no such overlap with Park's team, a White House official who spoke anonymously "
        'to discuss internal strategy said Wednesday, "Certainly there are talks between the two camps."'
    )
    assert speaker_text(text, "Certainly there are talks") == "a White House official"


def test_a_title_the_actors_stage_does_not_know_gives_way_to_the_name_beside_it(nlp, speaker_text):
    text = "The bloc's security chief, Mara Lindqvist, told reporters that the border would stay shut."
    assert speaker_text(text, "the border would stay shut") == "Mara Lindqvist"


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("Two envoys said the talks had stalled. One of them said the next round would be in Oslo.", "next round", "One of them"),
        ('"We are not going home," one of the protesters said.', "not going home", "one of the protesters"),
    ],
)
def test_a_member_picked_out_of_a_group_speaks_for_it(nlp, text, fragment, speaker):
    analysis = telex.extract(text, published="2016-05-01")
    quote = next(q for q in analysis.quotes if fragment in q.text)
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker
    group = next(a for a in analysis.actors if a.id == quote.speaker)
    assert group.kind == "group"
