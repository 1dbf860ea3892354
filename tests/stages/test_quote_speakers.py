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
        # a title and employer before the name, the parse heading the phrase with the title: the person
        pytest.param(
            'Acme will cut 9,000 jobs. "Nobody knows yet if the cuts go deep enough, but investors seem pleased," '
            "said chief strategist at Harbor Point Capital, Lena Ortiz.",
            "Nobody knows yet", "Lena Ortiz", id="title-at-employer-then-name",
        ),
        # ... but a relative's title is theirs, not the relative's
        pytest.param(
            'The trial ended. "He is innocent and we will appeal," said the wife of Tom Hale.',
            "He is innocent", "the wife", id="title-of-a-person",
        ),
        # a relative pronoun with no actor behind it: the phrase it stands for names the speakers
        pytest.param(
            "Lee is popular with some hard-line bloggers who have claimed that Park is weak on crime.",
            "weak on crime", "some hard-line bloggers who", id="relative-with-no-actor",
        ),
        # a description before a name, both taken for subjects: the name next to the verb
        pytest.param(
            "The French car manufacturer Renault has said that it posted a net loss of 300 million euros in the first quarter.",
            "net loss", "Renault", id="description-then-name",
        ),
        # a control verb that is a cue itself: its subject speaks, not its object
        pytest.param(
            "At the briefing, Lee practically begged journalists to ask him about anything except the budget.",
            "anything except", "Lee", id="begged-reporters-to-ask",
        ),
        # a cue after a preposition on an adjective ("forceful in"): the subject of the adjective's verb
        pytest.param(
            "The government was more forceful in blaming the rebels for the bombing, and sent more troops.",
            "the rebels for the bombing", "The government", id="forceful-in-blaming",
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


def _quoted_speaker(text: str, fragment: str) -> str | None:
    """The speaker span of the direct quote or fragment containing ``fragment`` (not reported speech)."""
    for q in telex.extract(text, published="2016-05-01").quotes:
        if fragment in q.text and q.kind != "indirect":
            return text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None
    raise AssertionError(f"no quote containing {fragment!r}")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # of two subjects the parser gives the verb a participle cue climbs to, the one next to it
        pytest.param(
            "Addressing voters in Salem, New Hampshire, Lee turned on Park, calling him “a fraud.”",
            "fraud", "Lee", id="nearest-of-two-subjects",
        ),
        # the parser joins the name to the state that says which town, as its conjunct: the name speaks
        pytest.param(
            "Speaking to a crowd in Salem, Oregon, Smith went after Jones, calling him “weak.”",
            "weak", "Smith", id="place-then-subject",
        ),
        # a participle hung on the object of a preposition that says when: the clause's subject speaks
        pytest.param(
            "Ann Lee has clashed with the board over taxes, at one point calling the chairman a “coward.”",
            "coward", "Ann Lee", id="at-one-point-calling",
        ),
        # "made a point of saying": the speaker of the verb the noun is the object of
        pytest.param(
            "And Ann Lee made a point of saying the park “was a place of peace and joy.”",
            "place of peace", "Ann Lee", id="made-a-point-of-saying",
        ),
        # a relative clause on the speaker goes on with his words: PolNeAR marks "who"
        pytest.param(
            '"We are gearing up," said Bo Park, the group\'s chief strategist, who added that it will focus on '
            'local races "like folks are running for sheriff."',
            "like folks", "who", id="who-added",
        ),
        # a past tense the parser read as a participle on its subject; the clause before is no part of the name
        pytest.param(
            "Some in the hall booed, and when Lee greeted the town and said it was nice to return, a man yelled “Get out!”",
            "Get out", "a man", id="a-man-yelled",
        ),
        # a name the tagger reads as a verb or a noun, known from its mention elsewhere
        pytest.param(
            "Ann Schilling was fired.\n\nSchilling describes herself on her Facebook account as a ''Conservative pro "
            "life American who wants to help.''",
            "Conservative", "Schilling", id="name-tagged-as-verb",
        ),
        pytest.param(
            "Mr. Trump was asked about it.\nTrump defended eminent domain, calling it an “absolute necessity” for the government.",
            "necessity", "Trump", id="name-tagged-as-noun",
        ),
        # a description set off by commas whose participle the tagger reads as a past tense
        pytest.param(
            '"Without that trade I might still be in jail," Mr. Ortiz, now 83 and '
            "retired in Portland, Maine, said by telephone on Friday.",
            "still be in jail", "Mr. Ortiz", id="now-81-and-retired",
        ),
        # a cue under an adverb ("back to", "so far as to"): the subject of the adverb's verb
        pytest.param(
            "Soon she was back to bragging about “results” and promising to lower fees.",
            "results", "she", id="back-to-boasting",
        ),
        pytest.param(
            "The columnist Ann Lee went so far as to say: ''The paper as we know it is over.''",
            "paper as we know", "Ann Lee", id="went-so-far-as-to-say",
        ),
        # the parser hangs the name and "who" on the relative clause, and the cue has no subject
        pytest.param(
            'Ann Lee, meanwhile, who has won no such backing, said that fact tells voters who is '
            '"ready to fight the party bosses."',
            "ready to fight", "Ann Lee", id="name-and-who-both-subjects",
        ),
        # an infinitive that completes a verb with an object: the object is made to speak
        pytest.param(
            "The defeat last week led the mayor to say “we are proud of what we did.”",
            "proud of what", "the mayor", id="object-control",
        ),
    ],
)
def test_the_speaker_of_a_quote_through_a_misparsed_clause(nlp, text, fragment, speaker):
    assert _quoted_speaker(text, fragment) == speaker


def test_a_surname_the_tagger_reads_as_a_modal_speaks():
    text = ("Columnist Ann Will wrote about the race on Monday. Will also said the nominee “cannot win.” "
            "Will the party listen?")
    analysis = telex.extract(text, published="2016-05-01")
    will = next(a for a in analysis.actors if a.name == "Ann Will")
    quote = next(q for q in analysis.quotes if "cannot win" in q.text and q.kind != "indirect")
    assert quote.speaker == will.id
    assert len(will.mentions) == 2  # not the "Will" that opens a question



def test_a_cue_types_row_with_an_unknown_type_is_a_clear_configuration_error(monkeypatch):
    from telex.errors import ConfigError
    from telex.stages import quote_cues

    monkeypatch.setattr(quote_cues, "data_lines", lambda name: iter([(7, "think\tthought"), (8, "hint\trumour")]))
    with pytest.raises(ConfigError, match=r"cue_types.tsv line 8: .*'hint\\trumour'"):
        quote_cues._cue_types()
    monkeypatch.setattr(quote_cues, "data_lines", lambda name: iter([(7, "Think\tthought")]))
    assert quote_cues._cue_types() == {"think": "thought"}


def test_a_verb_joined_to_an_existential_clause_takes_no_subject_from_above_it(speaker_text):
    # the parser joins "sought" to "was" with no subject: "there" lends none, nor does the charter above it
    text = ("The charter did not limit the number of terms, but there was a long custom of not seeking a third term "
            "after the state's first governor, Ann Lee, sought no third term.")
    assert speaker_text(text, "no third term") is None
