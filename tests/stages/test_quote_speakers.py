"""Who speaks through a cue (telex.stages.quote_speakers), on short texts written for these tests."""

import pytest

import telex


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a participle cue climbs several clauses to the subject
        pytest.param(
            "Ann Lee tries to turn the protests to her advantage, showing off her large crowds, "
            "loudly shouting \"Keep going\" and \"Stay calm.\"",
            "Stay calm", "Ann Lee", id="participle-cue",
        ),
        # "As X put it": the parser makes the speaker the object of "as"
        pytest.param(
            "That is the risk. As Tom Park, professor of history at Ohio State, put it, "
            "''Senators should remember that the next nominee may be far worse for them.''",
            "Senators should remember", "Tom Park", id="as-x-put-it",
        ),
        # a relative clause before a cue with no subject describes the speaker
        pytest.param(
            "Although there is no such overlap with Park's team, a White House official who spoke anonymously "
            'to discuss internal strategy said Wednesday, "Certainly there are talks between the two camps."',
            "Certainly there are talks", "a White House official", id="relative-clause",
        ),
        # a title the actors stage does not know gives way to the name beside it
        pytest.param(
            "The bloc's security chief, Mara Lindqvist, told reporters that the border would stay shut.",
            "the border would stay shut", "Mara Lindqvist", id="unknown-title-apposition",
        ),
    ],
)
def test_the_speaker_span_of_a_cue(nlp, speaker_text, text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


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
