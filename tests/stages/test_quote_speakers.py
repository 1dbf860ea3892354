"""Who speaks through a cue (telex.stages.quote_speakers), on short texts written for these tests."""

import telex


def speaker_text(text, fragment):
    for q in telex.extract(text, published="2016-05-01").quotes:
        if fragment in q.text:
            return text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None
    raise AssertionError(f"no quote containing {fragment!r}")


def test_a_participle_cue_climbs_several_clauses_to_the_subject(nlp):
    text = (
        "Ann Lee tries to turn the protests to her advantage, showing off her large crowds, "
        "loudly shouting \"Keep going\" and \"Stay calm.\""
    )
    assert speaker_text(text, "Stay calm") == "Ann Lee"
