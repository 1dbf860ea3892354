"""Quotes and reported speech tied to their speakers, on short articles written for these tests."""

from datetime import date

import pytest

import telex

ARTICLE = """Ministers clash over grain corridor

Turkish foreign minister Selin Kaya said on Monday that the corridor must stay open. "We will not accept a blockade of any port," Kaya said. "Ships must move freely.

"Every delay raises prices in Africa," she added.

According to a senior EU diplomat, Brussels is ready to fund new inspections. The diplomat said the money could arrive in weeks.

Russia's envoy, Oleg Marin, rejected what he called "unfounded accusations" and said Moscow would respond. 'Our position has not changed,' Marin told reporters.

The agreement, which critics call the so-called "grain deal", expires next month.

Kaya later wrote on social media: "The sea belongs to trade, not to war."

Reporting by Anna Petrova; Editing by Mark Lee
"""


@pytest.fixture(scope="module")
def analysis(nlp):
    return telex.extract(ARTICLE, published=date(2023, 7, 18))


def speaker_of(analysis, fragment, kind=None):
    names = {a.id: a for a in analysis.actors}
    for q in analysis.quotes:
        if fragment in q.text and (kind is None or q.kind == kind):
            return q, names.get(q.speaker)
    raise AssertionError(f"no quote containing {fragment!r}: {[q.text for q in analysis.quotes]}")


def test_direct_quote_with_cue_after_it(analysis):
    quote, actor = speaker_of(analysis, "We will not accept")
    assert quote.kind == "direct" and quote.cue == "said"
    assert actor.name == "Selin Kaya"
    assert analysis.article.text[quote.speaker_span[0]:quote.speaker_span[1]] == "Kaya"


def test_quote_continued_in_the_next_paragraph_keeps_its_speaker(analysis):
    _, actor = speaker_of(analysis, "Ships must move freely")
    assert actor.name == "Selin Kaya"


def test_pronoun_speaker_resolves_to_the_person(analysis):
    quote, actor = speaker_of(analysis, "Every delay raises prices")
    assert actor.name == "Selin Kaya"
    assert analysis.article.text[quote.speaker_span[0]:quote.speaker_span[1]] == "she"


def test_single_quotes_and_inverted_order(analysis):
    _, actor = speaker_of(analysis, "Our position has not changed")
    assert actor.name == "Oleg Marin"


def test_fragment_inside_reported_speech(analysis):
    quote, actor = speaker_of(analysis, "unfounded accusations", kind="fragment")
    assert quote.kind == "fragment"
    assert actor.name == "Oleg Marin"


def test_scare_quotes_are_terms_without_speaker(analysis):
    quote, actor = speaker_of(analysis, "grain deal")
    assert quote.kind == "term" and quote.speaker is None and actor is None


def test_colon_introduces_a_quote(analysis):
    quote, actor = speaker_of(analysis, "The sea belongs to trade")
    assert quote.kind == "direct" and actor.name == "Selin Kaya" and quote.cue == "wrote"


def test_reported_speech_with_according_to_and_anonymous_source(analysis):
    quote, actor = speaker_of(analysis, "Brussels is ready to fund", kind="indirect")
    assert quote.cue == "according to"
    assert actor.anonymous and "GOV" in actor.sectors
    # the later definite description is the same source
    quote, later = speaker_of(analysis, "the money could arrive", kind="indirect")
    assert later.id == actor.id


def test_reported_speech_content_and_cue(analysis):
    quote, actor = speaker_of(analysis, "the corridor must stay open", kind="indirect")
    assert quote.cue == "said" and actor.name == "Selin Kaya"
    assert quote.text.startswith("the corridor must stay open")


def test_byline_is_not_a_speaker_or_actor(analysis):
    names = {a.name for a in analysis.actors}
    assert not names & {"Anna Petrova", "Mark Lee"}
    kinds = {e.text: e.kind for e in analysis.excluded}
    assert kinds.get("Reporting by Anna Petrova; Editing by Mark Lee") == "credit"


def test_quote_spans_index_the_text(analysis):
    for q in analysis.quotes:
        assert analysis.article.text[q.span[0]:q.span[1]] == q.text


def speaker_text(text, fragment):
    """The text of the speaker span telex gives the quote containing ``fragment`` (None if none)."""
    for q in telex.extract(text).quotes:
        if fragment in q.text and q.kind != "indirect":
            return q.kind, (text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None)
    raise AssertionError(f"no quote containing {fragment!r}")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a verb outside the speech-verb list frames the quote by where it stands
        ("Talks on the port went on late.\n\n“We will rebuild the pier,” Mayor Jane Hollis pressed.", "rebuild the pier", "Mayor Jane Hollis"),
        ("Protesters gathered outside.\n\nThe crowd roared: “No more delays!”", "No more delays", "The crowd"),
        # participles hanging on a noun: whoever issued the statement speaks through it
        ("Senator Ken Oduya issued a statement saying the plan was “reckless and late.”", "reckless and late", "Senator Ken Oduya"),
        # ... but a recording of a person speaking is theirs
        ("The campaign released a new ad.\n\nThe ad uses footage of Nora Vance asking, “Why aren’t we ten points ahead, you might ask?”", "ten points ahead", "Nora Vance"),
        # ... and so through a relative clause on the thing put out ("an ad that urges", "a sign that read")
        ("Senator Ken Oduya released a radio ad that urges farmers to “stand up to the banks.”", "stand up to the banks", "Senator Ken Oduya"),
        ("Outside the arena, Paula Grint held up a sign that read “Fix the roads first.”", "Fix the roads first", "Paula Grint"),
        # ... also when the parser ends the sentence at the quote's "?"
        ("The host asked about the wall.\n\n“Would it be open to talks?” Morton pressed. “Maybe let some of them stay?”\n\n“I would say this,” Vance answered.", "open to talks", "Morton"),
        # a dateline the parser takes for the subject: the speaker is the person after it
        ("Morris Says New Museum Will Tell of 'Grief and Joy.'\n\nWASHINGTON -- President Ada Morris, opening the National Museum of Modern Art and Design on Saturday, said it would tell a national story, one of ''grief and joy, one of fear, but also of hope.''", "grief and joy, one", "President Ada Morris"),
        ("The crowd cheered.\n\n\"This is a big year for our mayor, Ben Hale!\" Hale's niece, state Del. Ruth Park (D-Norfolk), shouted to the crowd.", "big year", "Hale's niece"),
        # a long title before the name: the speaker is the person, not the title
        ("The network defended the host. “He is the best in the business,” said Acme Radio Vice President for news and talk Dan Gorse.", "best in the business", "Dan Gorse"),
        # phrasal speech verbs: "went on", "shot back", "weighed in"
        ("Mayor Lisa Tran spoke at length. The mayor went on, “We have waited long enough for this road.”", "waited long enough", "The mayor"),
        # a participle after a preposition takes the subject of the verb the preposition hangs on
        ("The tycoon responded by calling the critic “a total clown.”", "a total clown", "The tycoon"),
        # "the 46-year-old" is a person although the entity recogniser calls it a date
        ("The talks failed.\n\n“We did our best,” said the 46-year-old.", "We did our best", "the 46-year-old"),
        # a name alone before a colon labels the quote, as in transcripts
        ("Voters asked about the tax.\n\nSenator Ann Lee (D-Ore.): “I have not heard anyone cite that figure.”", "cite that figure", "Senator Ann Lee"),
        ("POLLS MISSED THE SWING - Mark Ostrow and Lena Field: “The samples leaned toward older voters.”", "samples leaned", "Mark Ostrow and Lena Field"),
        # ... also with when the words were said between the name and the colon
        ("The mayor has changed her mind.\n\nMayor Ruth Dale in 2009: “The tunnel will never be built.”", "never be built", "Mayor Ruth Dale"),
        # any verb right before a colon that opens the quote in the next paragraph
        ("The poll asked again. Harold Vance echoed:\n\n“He speaks his mind, and I like that.”", "He speaks his mind", "Harold Vance"),
        # the parser ends the sentence at the quote's "!" or "?": the cue opens the next one
        ("Supporters gathered.\n\n“All the way!” Dawson shouted, shorthand for taking the fight all the way to the convention in July.", "All the way", "Dawson"),
        # a list of quotes each signed after a dash: a signature ends at the end of its line
        ("Readers wrote in.\n\n“The fares are too high.” ― Dana Roe\n“The buses are never on time.” ― Lou Park\n“I walk now.” ― Mia Stone", "never on time", "Lou Park"),
        # a signature on the line after the quote, what the signer is after a comma
        ("Readers wrote in.\n\n\"The fares are too high and they rise every year.\"\n\n-Dana Roe, a teacher from Ohio.", "fares are too high", "Dana Roe"),
        # ... or on the quote's own line, pulled out of the story, what the signer is running to the line's end
        ("Dana Roe runs the depot.\n\n\"More drivers are joining us every year.\"  \u2014 \u200dDana Roe, depot manager\n\nShe started in 2004.", "More drivers", "Dana Roe"),
        # a name before a colon right after the quote before it, as in digests
        ('Ann Lee and Bo Park both reject the plan. Lee: "Our goal is to win the vote, not to delay it." Park: "The mission is to win -- not to wait."', "mission is to win", "Park"),
    ],
)
def test_speaker_found_through_the_frame_of_the_quote(nlp, text, fragment, speaker):
    kind, said = speaker_text(text, fragment)
    assert kind != "term" and said == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # quoted words inside reported speech are the statement's speaker's, not those of a subject in its content
        ("Mayor Ida Brenner said in a letter that the poster “falsely and deliberately” suggests the police back the plan.", "falsely and deliberately", "Mayor Ida Brenner"),
        ("Senator Omar Vance said his rival had once described the treaty as “a model for the region.”", "a model for the region", "Senator Omar Vance"),
        # the main clause's cue governs the quote, not a cue in a relative clause on its object
        ("Governor Lena Holt told a student who suggested that voting was pointless that “staying home is no strategy at all.”", "staying home", "Governor Lena Holt"),
    ],
)
def test_quoted_words_belong_to_the_governing_statement(nlp, text, fragment, speaker):
    kind, said = speaker_text(text, fragment)
    assert kind != "term" and said == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # the subject set off by commas or a bracket, wherever the parser hung it
        ("In a statement to the Daily Ledger, her chief of staff, Tom Reyes, said: “The governor backs the bill.”", "backs the bill", "Tom Reyes"),
        # a verb the parser left unattached ("dep") passes its subject on to its conjunct
        ("The chairman waved as if to calm the hall, then leaned in and boomed: “Let’s win in November.”", "win in November", "The chairman"),
        # a sentence about someone that a colon ends introduces their words
        ("The election is in May.\n\nSenator Ruth Gale then listed her demands:\n\n“Fund the clinics and reopen the depot.”", "reopen the depot", "Senator Ruth Gale"),
        # a paragraph that is only a quote, after a paragraph that ends on a person
        ("The rally began at noon.\n\nMayor Dan Kirby praised the volunteers and thanked the police.\n\n“We could not have done this without every one of them.”", "every one of them", "Mayor Dan Kirby"),
    ],
)
def test_speaker_outside_the_cue_clause(nlp, text, fragment, speaker):
    kind, said = speaker_text(text, fragment)
    assert kind != "term" and said == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a cue with its own subject after a preposition ("under what X called") is not what the
        # verb above says
        ("The club raised its fees. In 2012, under what Mr. Dorsey called “the old membership model,” the Pine Creek "
         "Golf Club charged a fee of $5,000.", "old membership model", "Mr. Dorsey"),
        ("Amid what the Daily Ledger and the Morning Star each called a “lost month” for the mayor, a report by a "
         "local blog says the council will vote.", "lost month", "Daily Ledger"),
        # nor is a parenthetical "“…,” he said" that the parser hangs on the verb after it
        ('"For the next few years, she will lead the party," he said, not even suggesting that Governor Ann Park '
         "could lead it for longer.", "she will lead the party", "he"),
    ],
)
def test_a_cue_with_its_own_subject_outside_the_content_of_the_verb_above_keeps_its_quote(nlp, text, fragment, speaker):
    kind, said = speaker_text(text, fragment)
    assert kind != "term" and said == speaker


def test_speaker_after_an_inverted_cue_is_not_reported_content(nlp):
    text = 'Delegates waited.\n\n"Is the chairman running against the committee?" asked Mr. Manafort, referring to the candidate.'
    quotes = telex.extract(text).quotes
    assert not [q for q in quotes if q.kind == "indirect" and "Manafort" in q.text]
    assert [q.cue for q in quotes if q.kind == "direct"] == ["asked"]


def indirect_texts(text):
    return [q.text for q in telex.extract(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text, content",
    [
        # an attribution set off by commas: the content is the clause it interrupts
        ("The plan, the mayor said, will fail.", "The plan, the mayor said, will fail"),
        # what the object is called or blamed for belongs to the content
        ("Agents described the ground under the city as Swiss cheese.", "the ground under the city as Swiss cheese"),
        ("Cruz slammed the president for not using the term.", "the president for not using the term"),
        # a conjunction the content ends on is not part of it
        ("Most of the nurses said they were deeply unhappy with their pay, and about a third said the governor "
         "should step in.", "they were deeply unhappy with their pay"),
        # a second that-clause after "but" goes on with the first, whatever its verb
        ("Officials agreed that the bridge was safe but that it would add costs to the budget.",
         "the bridge was safe but that it would add costs to the budget"),
    ],
)
def test_reported_content_bounds(nlp, text, content):
    assert content in indirect_texts(text)


@pytest.mark.parametrize(
    "text, content",
    [
        # whom a warning is given to is not what it says; the phrase on what it warns of is
        ("The envoy warned the farmers against burning the stubble.", ["burning the stubble"]),
        ("The mayor informed the council of the new parking rules.", ["the new parking rules"]),
        ("Aides cautioned the senator about the polling numbers.", ["the polling numbers"]),
        # a clause after the addressee, read by the parser as a relative clause on it, is what was said
        ("The minister warned the rebels the army would attack the city.", ["the army would attack the city"]),
        # a warning with no word on what it was about has no content, and a date is not one
        ("The general warned the rebels on Tuesday night.", []),
    ],
)
def test_the_addressee_of_a_warning_is_not_its_content(nlp, text, content):
    assert indirect_texts(text) == content


@pytest.mark.parametrize(
    "text, content",
    [
        # a clause of a subject and its verb is a whole statement, however short
        ("Ann Lee said talks failed.", ["talks failed"]),
        ("The governor said troops withdrew.", ["troops withdrew"]),
        # a complement with no verb of its own, or only an auxiliary, says nothing
        ("The governor said so.", []),
        ("The governor said he would.", []),
        # nor does a bare infinitive or a participle after a verb of seeing
        ("The bank saw shares fall.", []),
    ],
)
def test_a_two_word_clause_with_its_own_subject_is_reported_content(nlp, text, content):
    assert indirect_texts(text) == content


@pytest.mark.parametrize(
    "text, statements",
    [
        # a statement set against the one before it by "while", "whereas" or "but" is a second one, its own speaker's
        ("Several nurses said the plan was fair, while two doctors said it was not.",
         [("the plan was fair", "Several nurses"), ("it was not", "two doctors")]),
        ("Most farmers said the new dam would help them, whereas the fishermen said it would ruin the river.",
         [("the new dam would help them", "Most farmers"), ("it would ruin the river", "the fishermen")]),
        ("Officials said the bridge was safe but engineers said it needed repairs.",
         [("the bridge was safe", "Officials"), ("it needed repairs", "engineers")]),
    ],
)
def test_a_contrasted_statement_is_not_part_of_the_one_before_it(nlp, text, statements):
    quotes = [q for q in telex.extract(text).quotes if q.kind == "indirect"]
    for content, speaker in statements:
        assert [text[q.speaker_span[0]:q.speaker_span[1]] for q in quotes if q.text == content] == [speaker]


@pytest.mark.parametrize(
    "text, found",
    [
        # who speaks before a headline's colon, what they said after it
        ("Ann Lee: Talks with the union have failed\n\nThe mayor spoke on Monday about the strike.",
         [("Talks with the union have failed", ":", "Ann Lee")]),
        # a label before the colon names no speaker, and a name before a topic is no statement
        ("The Latest: Lee wins the vote in Ohio\n\nThe mayor spoke on Monday.", []),
        ("Ann Lee: A Profile of the Mayor\n\nThe mayor spoke on Monday.", []),
        # a poll, report or newspaper before the colon is the source of what follows it; a kind of article is not
        ("Poll: Lee leads Baker in Ohio\n\nThe race is close.", [("Lee leads Baker in Ohio", ":", "Poll")]),
        ("Newspaper: Mayor used a private phone at city hall\n\nThe mayor spoke.",
         [("Mayor used a private phone at city hall", ":", "Newspaper")]),
        ("Analysis: Lee will win the vote\n\nThe race is close.", []),
    ],
)
def test_a_headline_with_a_speaker_before_its_colon_is_their_statement(nlp, text, found):
    quotes = [q for q in telex.extract(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.cue, text[q.speaker_span[0]:q.speaker_span[1]]) for q in quotes] == found


@pytest.mark.parametrize(
    "text, content", [("Governor Ann Lee endorsed Baker on Friday.", ["Baker"]), ("The union endorsed Lee.", ["Lee"])]
)
def test_one_name_endorsed_is_the_content_of_the_endorsement(nlp, text, content):
    assert indirect_texts(text) == content


@pytest.mark.parametrize(
    "text, content",
    [
        # what a poll, study or audit shows or found, named by a noun, is its finding
        ("The survey shows Lee with 47 percent versus Baker.", ["Lee with 47 percent versus Baker"]),
        ("The audit found no evidence of fraud.", ["no evidence of fraud"]),
        # a person who finds a thing, or a picture that shows one, reports nothing
        ("Lee found the keys.", []),
        ("The video shows the fighters with heavy weapons.", []),
    ],
)
def test_what_a_record_shows_or_found_is_its_finding(nlp, text, content):
    assert indirect_texts(text) == content


@pytest.mark.parametrize(
    "text, content, cue_type",
    [
        ("The minister said the border would reopen in May.", "the border would reopen in May", "speech"),
        ("Prices will rise, according to the central bank.", "Prices will rise", "speech"),
        ("Her claim that the vote was rigged drew scorn.", "the vote was rigged", "speech"),
        ("The senator believes the treaty is doomed.", "the treaty is doomed", "thought"),
        ("Farmers know the drought will last.", "the drought will last", "thought"),
        ("The union wants to strike next week.", "to strike next week", "stance"),
        ("The party backs the new pipeline.", "the new pipeline", "stance"),
        ("The council decided to close two libraries.", "to close two libraries", "stance"),
        ("The survey shows the mayor far ahead of his rival.", "the mayor far ahead of his rival", "finding"),
    ],
)
def test_reported_content_says_whether_it_is_speech_thought_stance_or_finding(nlp, text, content, cue_type):
    found = [(q.text, q.cue_type) for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "indirect"]
    assert found == [(content, cue_type)]


def test_quoted_words_are_speech_and_terms_report_nothing(nlp):
    text = 'The mayor called the plan "a disgrace." "We will fight it," she said. "Every step."\n\nThe so-called "green belt" stays.'
    found = {q.text: (q.kind, q.cue_type) for q in telex.extract(text, published="2016-05-01").quotes}
    assert found["a disgrace."] == ("fragment", "speech")
    assert found["We will fight it,"] == ("direct", "speech")
    assert found["Every step."] == ("direct", "speech")  # no cue of its own: continues her statement
    assert found["green belt"] == ("term", None)


@pytest.mark.parametrize(
    "text, content",
    [
        # a verb of speech with an infinitive: what is promised, vowed or refused
        ("The governor vowed to veto the new budget.", ["to veto the new budget"]),
        ("The union has threatened to strike in May.", ["to strike in May"]),
        ("The mayor refused to answer.", ["to answer"]),
        ("The minister declined to comment.", ["to comment"]),
        # a relative word before the cue is not part of what was said
        ("The firm bought a plant which it claims to be worth ten million dollars.", ["to be worth ten million dollars"]),
        # but "continued to" says how a deed goes on, and after a passive or a gerund after a preposition
        # the one who spoke is not the subject
        ("The senator continued to lead the field.", []),
        ("Lee went on to sit in the state senate for twenty years.", []),
        ("The senator was asked to name a single bill.", []),
        ("The panel fined the banker for refusing to testify.", []),
    ],
)
def test_an_infinitive_after_a_verb_of_speech_is_what_was_said(nlp, text, content):
    assert indirect_texts(text) == content


@pytest.mark.parametrize(
    "text, found",
    [
        ("Ann Lee hopes the strike will end soon.", [("the strike will end soon", "stance")]),
        ("The mayor hoped to win the vote.", [("to win the vote", "stance")]),
        ("Lee is hoping to win the vote.", [("to win the vote", "stance")]),
    ],
)
def test_hoping_is_a_stance_in_every_form(nlp, text, found):
    assert [(q.text, q.cue_type) for q in telex.extract(text).quotes if q.kind == "indirect"] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # a poll named through "in" is the source of the clause
        ("In the new poll, Lee leads Baker by six points.", [("Lee leads Baker by six points", "the new poll")]),
        ("Ann Lee is leading in the polls.", [("Ann Lee is leading", "the polls")]),
        # unless a cue attributes the clause
        ("Lee leads Baker in the polls, according to the party.", [("Lee leads Baker in the polls", "the party")]),
        # or the poll is where a noun is: no clause is its finding
        ("Lee's lead in the polls has shrunk.", []),
    ],
)
def test_a_poll_named_through_in_is_the_source_of_its_clause(nlp, text, found):
    quotes = [q for q in telex.extract(text).quotes if q.kind == "indirect"]
    assert [(q.text, text[q.speaker_span[0]:q.speaker_span[1]]) for q in quotes] == found


@pytest.mark.parametrize(
    "text, content",
    [
        ("Most voters see the mayor as the candidate with the better plan.", ["the mayor as the candidate with the better plan"]),
        ("They see their own party as weak.", ["their own party as weak"]),
        # "as" opening a clause of time is no view of the object
        ("We saw the fire as we drove home.", []),
        ("Shops saw large drops in sales as a result of the strike.", []),
    ],
)
def test_seeing_someone_as_something_is_a_view_held(nlp, text, content):
    assert indirect_texts(text) == content


def test_reported_speech_quoting_some_words_is_one_statement():
    from telex.records import Quote
    from telex.stages.quotes import statements

    text = "Lee said the plan was “a disaster for the city.” He left, calling it “sad.”"
    def quote(words, kind):
        start = text.index(words)
        return Quote(text=words, span=(start, start + len(words)), kind=kind, cue="said")

    # the parse ends the reported clause at the quotation mark; the statement runs to the quote's end
    reported, quoted = quote("the plan was", "indirect"), quote("a disaster for the city.", "fragment")
    assert statements([reported, quoted], text) == [((reported.span[0], quoted.span[1]), [reported, quoted])]
    # quoted words outside the reported content stay a statement of their own
    apart = quote("sad.", "fragment")
    assert len(statements([reported, quoted, apart], text)) == 2


def test_a_request_inside_reported_speech_is_not_a_statement_of_its_own(nlp):
    texts = indirect_texts("Lena Holt said the panel would ask the ministry to explain how the money was spent.")
    assert texts == ["the panel would ask the ministry to explain how the money was spent"]


@pytest.mark.parametrize("text", ["The mayor welcomed the announcement on Monday.", "The senator raised money in Ohio."])
def test_noun_objects_of_clause_only_cues_are_not_reported_speech(nlp, text):
    assert indirect_texts(text) == []


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("The levy, known as the “Harbour Rule”, was dropped in March, the minister said.", "Harbour Rule"),
        ("At the rally he gave his rival the nickname “Sleepy Sam” and laughed.", "Sleepy Sam"),
        # a participle naming a thing: the plan is called so, nobody is said to call it so
        ("In Ohio, the governor presented an economic plan called “Jobs Along the River Valley” on Monday.", "Jobs Along the River Valley"),
        ("Both women belong to a support group named “Open Doors for Every Family”.", "Open Doors for Every Family"),
        # quotes listed after a term are terms too, in title case even after a cue
        ("Hunter wrote the lyrics of songs such as “Dark Star”, “Box of Rain”, and “Ripple in the Still Water”.", "Ripple in the Still Water"),
        ("The rules were the classic “no parties”, “no alcohol” and “no contact with men at all”.", "no contact with men at all"),
    ],
)
def test_names_after_known_as_or_nickname_are_terms(nlp, text, fragment):
    kinds = [q.kind for q in telex.extract(text).quotes if q.text == fragment]
    assert kinds == ["term"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # wanting, planning and taking sides are stances held: their infinitive or object is the content
        ("The governor wants to raise the fuel tax next spring.", "to raise the fuel tax next spring", "The governor"),
        ("The union plans to strike in March.", "to strike in March", "The union"),
        ("Most farmers oppose the new levy.", "the new levy", "Most farmers"),
        # a raising verb is the writer's judgement of a whole clause, held by no one in it
        ("The senator seems to have changed her mind.", "The senator seems to have changed her mind", None),
        # ... unless what it judges is a saying or a stance of its subject
        ("Senator Ann Lee seemed to urge a delay in the vote.", "Senator Ann Lee seemed to urge a delay in the vote", "Senator Ann Lee"),
        ("He seems to feel the case is already lost.", "He seems to feel the case is already lost", "He"),
    ],
)
def test_attitudes_are_attributions(nlp, text, content, speaker):
    found = [q for q in telex.extract(text).quotes if q.kind == "indirect" and q.text == content]
    assert found, [q.text for q in telex.extract(text).quotes]
    said = text[found[0].speaker_span[0]:found[0].speaker_span[1]] if found[0].speaker_span else None
    assert said == speaker


def test_trying_is_not_an_attitude(nlp):
    assert indirect_texts("The minister tried to calm the crowd outside the hall.") == []


def test_the_us_is_a_speaker_not_the_pronoun_us():
    analysis = telex.extract("The US said it would send more aid to the region.", published="2022-06-07")
    (quote,) = [q for q in analysis.quotes if q.kind == "indirect"]
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert speaker.country == "USA"


def test_according_to_on_the_last_of_two_clauses_attributes_both():
    text = ("The fighting has killed more than 1,000 people and forced 1.1 million to flee their homes, "
            "according to the United Nations.")
    (quote,) = telex.extract(text, published="2023-05-21").quotes
    assert quote.text == "The fighting has killed more than 1,000 people and forced 1.1 million to flee their homes"


def test_an_attribution_parsed_as_a_conjunct_reports_the_clause_before_it(nlp):
    from spacy.tokens import Doc

    from telex.stages.reported import _content

    # the parse the small model gives some wire sentences: "said" a conjunct of "agreed", with its own subject
    words = ["The", "army", "agreed", "to", "talks", ",", "the", "envoy", "said", ",", "after", "a", "week", "."]
    heads = [1, 2, 2, 2, 3, 2, 7, 8, 2, 8, 2, 12, 10, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "det", "nsubj", "conj", "punct", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    start, end = _content(doc[8])
    assert doc.text[start:end] == "The army agreed to talks"


def test_a_that_clause_the_parser_hangs_on_the_statements_medium_is_its_content():
    text = "Dagalo said in an audio message that his forces were ready to observe the truce."
    analysis = telex.extract(text, published="2023-05-21")
    (quote,) = [q for q in analysis.quotes if q.kind == "indirect"]
    assert quote.text == "his forces were ready to observe the truce"

@pytest.mark.parametrize(
    "text, quote",
    [
        # a short quote between a sentence that ends on a name and the speaker's name is speech, not a nickname
        ("The panel met on Tuesday in Boston.\n\n\"They're worried,\" Carson said.", "They're worried,"),
        ("Would you call it a win? \"That's fine,\" Lee said.", "That's fine,"),
    ],
)
def test_short_quotes_between_two_names_are_speech_not_nicknames(nlp, text, quote):
    (found,) = [q for q in telex.extract(text).quotes if q.text == quote]
    assert found.kind == "direct" and found.speaker_span is not None


def test_a_nickname_inside_a_name_is_a_term(nlp):
    kinds = [q.kind for q in telex.extract("Rep. Robert C. \"Bobby\" Scott spoke on Monday.").quotes]
    assert kinds == ["term"]


@pytest.mark.parametrize(
    "text, name",
    [
        # a title-case quote with no cue of its own names a show, a rally or a slogan; nobody says it
        ("Fans packed the “Still Sanders” rally in Ohio on Sunday.", "Still Sanders"),
        ("The mayor, who stars in “Harbour Nights,” opened the fair.", "Harbour Nights,"),
    ],
)
def test_short_title_case_quotes_without_a_cue_are_names(nlp, text, name):
    kinds = [q.kind for q in telex.extract(text).quotes if q.text == name]
    assert kinds == ["term"]


@pytest.mark.parametrize(
    "text, fragment",
    [
        # "called" with a subject of its own reports speech
        ("Senator Ann Lee called the plan “a disaster for the whole valley” on Monday.", "a disaster for the whole valley"),
        # chanted words listed after one another are the crowd's, whatever their length
        ("The crowd chanted “No more war”, “Peace now” and “Bring our soldiers home to their families”.", "Bring our soldiers home"),
    ],
)
def test_words_called_or_listed_with_a_speaker_stay_speech(nlp, text, fragment):
    kinds = [q.kind for q in telex.extract(text).quotes if fragment in q.text and q.kind != "indirect"]
    assert kinds == ["fragment"]


def test_a_short_sentence_with_its_subject_stays_speech(nlp):
    quotes = telex.extract("“We will win,” the president said. “We’re America.”").quotes
    assert [(q.text, q.kind) for q in quotes] == [("We will win,", "direct"), ("We’re America.", "direct")]


def test_a_line_that_is_only_a_single_quoted_phrase_is_a_subheading(nlp):
    text = "The board approved the merger.\n\n‘A fight to the finish.’\n\nThe merger was not her idea."
    assert [q.kind for q in telex.extract(text).quotes] == ["term"]
    # introduced by a colon, the same line is a quote
    said = "The chairman told the board:\n\n‘We will fight to the finish.’\n"
    assert [q.kind for q in telex.extract(said).quotes] == ["direct"]


@pytest.mark.parametrize(
    "text, label",
    [
        ("Senator Lee backed the governor's “tough love” approach on Monday.", "tough love"),
        ("The mayor adopted a “zero tolerance” policy last year.", "zero tolerance"),
        # other modifiers of the same noun may stand between
        ("Senator Lee promoted “miracle” weight loss pills on his show.", "miracle"),
    ],
)
def test_quoted_words_modifying_the_noun_after_them_are_terms(nlp, text, label):
    kinds = [q.kind for q in telex.extract(text).quotes if q.text == label]
    assert kinds == ["term"]


@pytest.mark.parametrize(
    "text, title",
    [
        # the title of someone's book or the show they appeared on is named, not said
        ("“The vote is close,” said Ann Park, the author of “The Long Road to Power,” a history of the party.", "The Long Road to Power,"),
        ("Lee said in an appearance on “Good Morning Harbor Town” that he would run.", "Good Morning Harbor Town"),
        # media words that begin or end in s are read whole: the show, the star, the series
        ("Ann Lee, star of the series “Harbour Nights,” said she would run.", "Harbour Nights,"),
        ("Ann Lee, who has starred in “Harbour Nights,” said she would run.", "Harbour Nights,"),
        ("Lee spoke to the hosts of the reality TV show “Island Life” on Monday.", "Island Life"),
    ],
)
def test_titles_after_author_of_or_an_appearance_on_are_terms(nlp, text, title):
    kinds = [q.kind for q in telex.extract(text).quotes if q.text == title]
    assert kinds == ["term"]


@pytest.mark.parametrize(
    "text, title",
    [
        # a title-case quote before the media word it modifies names a show, not anyone's words
        ("Ann Lee, the “Harbour Nights” star, said on Monday that she would run.", "Harbour Nights"),
        ("He told the hosts of “Morning Call” that he would run.", "Morning Call"),
        ("Lee told CBS' “Face the Nation” that he would run.", "Face the Nation"),
    ],
)
def test_titles_before_a_media_word_or_after_a_host_of_are_terms(nlp, text, title):
    kinds = [q.kind for q in telex.extract(text).quotes if q.text == title]
    assert kinds == ["term"]


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # words mentioned as someone's ("used the phrase", "the term") are the quoted words of their user
        ("The senator has used the phrase “open borders” in every debate.", "open borders", "The senator"),
        ("The mayor rejected the term “crisis” at the meeting on Monday.", "crisis", "The mayor"),
        ("The governor never used the word “deal” in the talks.", "deal", "The governor"),
    ],
)
def test_words_mentioned_as_someones_are_fragments_with_a_speaker(nlp, text, words, speaker):
    (quote,) = [q for q in telex.extract(text).quotes if q.text == words]
    assert quote.kind == "fragment" and text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


def test_a_mentioned_phrase_with_no_one_using_it_stays_a_term(nlp):
    kinds = [q.kind for q in telex.extract("The phrase “open borders” appears twice in the report.").quotes]
    assert kinds == ["term"]


def test_a_quoted_word_that_is_the_subject_of_a_verb_after_it_is_a_term(nlp):
    # not the last speaker's words either
    text = "“We will not contain them,” the minister said. “Containment” has been the policy since 1950."
    assert [q.kind for q in telex.extract(text).quotes] == ["direct", "term"]
    # with a cue of its own, the same construction is said
    quotes = telex.extract("“Hard workers” are “the backbone of this town,” she said.").quotes
    assert [q.kind for q in quotes] == ["direct", "fragment"]


def test_a_title_case_quote_that_is_a_sentence_of_its_own_is_speech(nlp):
    quotes = telex.extract("“Only one man can fix this,” Lee told delegates. “Donald Trump.”").quotes
    assert [(q.text, q.kind) for q in quotes] == [("Only one man can fix this,", "direct"), ("Donald Trump.", "direct")]
    assert quotes[1].speaker_span == quotes[0].speaker_span

@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("Of the voters polled, 58 percent said the mayor was “out of touch” with the city.", "out of touch", "58 percent"),
        ("Asked about the budget, 41% of renters said it was “a disaster” for them.", "a disaster", "41%"),
    ],
)
def test_a_polled_share_of_people_speaks(nlp, text, fragment, speaker):
    # the tagger makes "58 percent" a PERCENT entity, but the people it counts are the speakers
    quote = next(q for q in telex.extract(text).quotes if q.text.strip(",. ") == fragment)
    assert quote.speaker_span and text[quote.speaker_span[0]:quote.speaker_span[1]].startswith(speaker)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Six in 10 say he has done a poor job as mayor.", "he has done a poor job as mayor", "Six in 10"),
        ("Half of the tenants said the rent was too high.", "the rent was too high", "Half"),
        ("Two of the senators said the bill would fail in committee.", "the bill would fail in committee", "Two of the senators"),
    ],
)
def test_a_counted_share_of_people_speaks(nlp, text, content, speaker):
    found = [q for q in telex.extract(text).quotes if q.kind == "indirect" and q.text == content]
    assert found and found[0].speaker_span, [q.text for q in telex.extract(text).quotes]
    assert text[found[0].speaker_span[0]:found[0].speaker_span[1]] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # someone else is the subject of a sentence between the quotes: the cue-less quote is theirs
        ("“We will not back down,” Ann Lee said on Monday.\n\nTom Park, the mayor, disagreed with her.\n\n“This plan costs far too much money for the city.”", "Tom Park"),
        # the same speaker in between ("She") leaves continuation alone
        ("“We will not back down,” Ann Lee said on Monday. She spoke for an hour.\n\n“This plan costs far too much money for the city.”", "Ann Lee"),
    ],
)
def test_a_cueless_quote_after_another_persons_sentence_is_theirs(nlp, text, speaker):
    quote = next(q for q in telex.extract(text).quotes if q.text.startswith("This plan"))
    assert quote.speaker_span and text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


def test_a_quote_with_no_cue_after_reported_speech_is_that_speakers():
    text = ("Talks with Moscow went on all week.\n\nThe ministry may wait before it acts, Ann Holt said. "
            "\"The other factor is whether it would look like we were taking sides.\"")
    analysis = telex.extract(text, published="2016-10-01")
    holt = next(a for a in analysis.actors if a.name == "Ann Holt")
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == [holt.id]


def test_according_to_on_the_speech_verb_makes_its_source_the_speaker():
    text = "“We will rebuild the bridge,” Mayor Ann Lee said of the flood, according to a city hall pool report."
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "a city hall pool report"


def test_according_to_inside_what_was_said_is_the_speakers_own_source():
    text = "Tom Reed said that according to his own count, the party had “won every district.”"
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "fragment"]
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "Tom Reed"


@pytest.mark.parametrize(
    "text, fragment, source",
    [
        # a reporting clause of its own closes the sentence: the outlet passes the words on
        ("Asked about the plan, Ann Lee said: “Some towns will be left out,” the Herald reported.",
         "towns", "Herald"),
        # "according to" that closes the sentence covers all of it, whatever clause the parser hangs it on
        ('On Tuesday, Ann Lee said she was "glad to see" that Bo Park was sworn in, according to The Boston Globe.',
         "glad", "Boston Globe"),
    ],
)
def test_a_source_that_closes_the_sentence_is_the_source_of_its_quote(text, fragment, source):
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind in ("direct", "fragment") and fragment in q.text]
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == source


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” Ann Lee said, and Bo Park reported it.",
        "“We will win,” Ann Lee said, and Bo Park reported.",
    ],
)
def test_a_reporting_verb_coordinated_with_the_cue_is_no_outer_source(text):
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "Ann Lee"


def test_a_noun_after_the_verb_right_after_a_quote_is_its_speaker():
    # the parser reads '"...," read the email' as a verb and its object
    text = "“Our movement has already changed the debate on trade,” read the email. “We grow stronger.”"
    quotes = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert [text[q.speaker_span[0]:q.speaker_span[1]] for q in quotes] == ["the email", "the email"]


def test_a_quote_that_is_the_content_of_a_remark_is_its_owners():
    text = "Ann Park, a party veteran, caused a stir over her remark that “there is no room in this party for cowards.”"
    analysis = telex.extract(text, published="2016-05-01")
    names = {a.id: a.name for a in analysis.actors}
    (quote,) = [q for q in analysis.quotes if q.kind == "direct"]
    assert names.get(quote.speaker) == "Ann Park"


@pytest.mark.parametrize("text, fragment, speaker", [
    # the quoted words are in the content of the possessor's claim, not the subject's inside it
    ("Ann Lee’s accusation that Bo Park is playing the “race card” set off a long debate.", "race card", "Ann Lee"),
    # ... nor those of a cue further up
    ("Gov. Ann Lee on Thursday blamed the press for making an issue of Bo Park’s claim that the mayor "
     "“founded the gang,” saying they missed the point.", "founded the gang", "Bo Park"),
    # the speech noun is the subject of "be" and the content its complement
    ("The senator’s answer was that “the family is the most important institution,” so the state should help.",
     "the family is", "The senator"),
])
def test_quoted_words_in_the_content_of_a_speech_noun_are_its_possessors(text, fragment, speaker):
    assert speaker_text(text, fragment)[1] == speaker


def test_quoted_words_that_say_what_a_speech_noun_is_are_not_its_possessors():
    text = "Ann Lee says Bo Park’s late-night tweets attacking the judge are “lies and smears.”"
    assert speaker_text(text, "lies and smears")[1] == "Ann Lee"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a coordinated clause with its own subject is not what the first speaker says
    ("Tom Cruz accuses the mayor of “leading from behind” and Ann Park says he is “losing the war on crime.”",
     "losing the war", "Ann Park"),
    # an adverbial clause: the senators did not say the words, Lane did
    ("Some senators said they feared a repeat of Bo Lane's speech in 1992, when Mr. Lane called for a “cultural war” "
     "against liberals.", "cultural war", "Bo Lane"),
    # a relative clause with a named subject
    ("Ann Park said her plans were strong, to which Tom Lee interjected: “It's just not true.”", "just not true", "Tom Lee"),
    # what a speaker says keeps its quoted words
    ("Jon Holm said the ad “wrongfully” suggests that the mayor lied.", "wrongfully", "Jon Holm"),
])
def test_a_cue_with_its_own_subject_in_a_separate_clause_keeps_its_quote(text, fragment, speaker):
    analysis = telex.extract(text, published="2016-05-01")
    names = {a.id: a.name for a in analysis.actors}
    (quote,) = [q for q in analysis.quotes if q.kind != "indirect" and fragment in q.text]
    assert names.get(quote.speaker) == speaker


def test_coordinated_sayings_inside_a_finding_stay_the_finders():
    text = "The new poll finds that 37 percent of voters say Lee is “very responsible” and 20 percent say he is “not responsible.”"
    quotes = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "fragment"]
    assert [text[q.speaker_span[0]:q.speaker_span[1]] for q in quotes] == ["The new poll", "The new poll"]


def test_a_subject_set_off_by_a_relative_clause_speaks_not_the_name_inside_it():
    # the parser takes "Of" for the subject; the words say Levine, not the Rubin of the relative clause
    text = "Of the mayor, Levine, who has given money to Tom Rubin, said, “He is flat-out scary.”"
    analysis = telex.extract(text, published="2016-05-01")
    (quote,) = [q for q in analysis.quotes if q.kind == "direct"]
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "Levine"


def test_the_name_after_a_comma_and_said_speaks_not_a_thing_parsed_as_subject():
    text = ("The promise to “take our country back” appeals to older voters who wish for an earlier era, "
            "said Alan Abramowitz, a demographer at Emory University.")
    analysis = telex.extract(text, published="2016-05-01")
    names = {a.id: a.name for a in analysis.actors}
    (quote,) = [q for q in analysis.quotes if q.kind == "fragment"]
    assert names.get(quote.speaker) == "Alan Abramowitz"


def test_a_share_of_people_answering_in_a_poll_speaks_through_the_poll():
    text = "In a national CNN poll released Monday, 31% of Republicans said they were “extremely enthusiastic” about voting."
    quotes = telex.extract(text, published="2016-05-01").quotes
    assert {text[q.speaker_span[0]:q.speaker_span[1]] for q in quotes} == {"a national CNN poll"}


@pytest.mark.parametrize(
    "text, poll",
    [
        # the poll opens the sentence for every share in it, the one in a second clause too
        ("In a Gallup poll released Friday, 12 percent of voters said they were undecided; "
         "just 4 percent of independents said the race was “already over.”", "a Gallup poll"),
        # the poll is the subject of a clause before the share's
        ("A new poll shows how hard the fight will be: 60 percent of Democrats said the party should "
         "“pick the leader.”", "A new poll"),
        ("The poll has grim news for the mayor — 35 percent of likely voters say they would "
         "“never back” him, the most for any candidate.", "The poll"),
    ],
)
def test_a_share_of_people_speaks_through_the_poll_the_sentence_names(text, poll):
    quotes = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "fragment"]
    assert [text[q.speaker_span[0]:q.speaker_span[1]] for q in quotes] == [poll]


def test_a_clause_before_a_colon_introduces_the_quote_the_parser_made_the_sentence():
    # the parser makes "delivered" part of the quote's sentence, whose root is inside the quote
    text = ("“It is sad that we have such poor choices,” he told a radio station.\n\n"
            "Senate leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "
            "“It's time to quit attacking various people and get on message.”")
    analysis = telex.extract(text, published="2016-05-01")
    names = {a.id: a.name for a in analysis.actors}
    quote = next(q for q in analysis.quotes if q.text.startswith("It's time"))
    assert names.get(quote.speaker) == "Mitch McConnell"


@pytest.mark.parametrize("text, speaker", [
    # the parser hangs "10" on the verb as a number, with no subject
    ("About 4 in 10 say they want the next president to have more liberal policies.", "About 4 in 10"),
    # a fraction tagged as a number
    ("About three-quarters support a temporary ban on imports.", "About three-quarters"),
])
def test_a_share_of_people_the_parser_misreads_still_speaks(text, speaker):
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "indirect"]
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a fraction in words, as a noun or as the adjective the parser hangs on the verb
    ("Three-fourths say the city should cap the rents.", "Three-fourths"),
    ("Nearly a third say the plan confuses them.", "Nearly a third"),
    ("A third of independents, 33%, say the race is too close to call.", "A third"),
    # "out of" as "in" ("Six in 10")
    ("Nearly nine out of 10 say taxes are too high.", "Nearly nine"),
    # a bare count as the subject: people counted
    ("Since June, at least 21,000 said the schools need more teachers.", "at least 21,000"),
    ("Those over 60 say the pension plan is fair.", "Those over 60"),
])
def test_a_count_or_fraction_of_people_as_subject_speaks(text, speaker):
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "indirect"]
    assert quote.speaker_span and text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Ten soldiers were wounded, according to a statement from Chile's defence ministry.", "Chile's defence ministry"),
    ("Ten soldiers were wounded, according to the Chilean army's statement.", "Chilean army"),
    ("Forty homes were destroyed, according to a report by Oxfam.", "Oxfam"),
    ("Trade talks will resume in May, according to a statement issued by the Chilean economy ministry.",
     "the Chilean economy ministry"),
])
def test_according_to_a_document_is_its_author(nlp, text, speaker):
    """"according to a statement from X": X speaks through the statement, and is the speaker."""
    analysis = telex.extract(text, published="2023-05-21")
    (quote,) = [q for q in analysis.quotes if q.cue == "according to"]
    actors = {a.id: a for a in analysis.actors}
    assert quote.speaker in actors
    spoken = {text[s:e] for s, e in actors[quote.speaker].mentions}
    assert any(speaker.endswith(m) or m.endswith(speaker) for m in spoken), spoken


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The clip ran for a minute.\n\n"Why does nobody fix the roads?" the 52-year-old asked in the video.', "the 52-year-old"),
        ('Two signs stood out. "Farmers first," read one.', "one"),
    ],
)
def test_the_words_beside_a_cue_next_to_a_quote_speak_when_the_parse_gives_it_no_subject(nlp, text, speaker):
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert quote.speaker_span and text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ('At a rally in Ohio, Trump accused Cruz, the senator from Texas, of being "soft on crime" and "weak".', "soft on crime", "Trump"),
        ('Beck, who has in the past described Trump as "a walking disaster," spoke in Ohio.', "a walking disaster", "who"),
        ('In March, Lee blasted Acme for its "shameful practices" in hiring.', "shameful practices", "Lee"),
        ('The machines are old.\n\nContinued Stone: "So I think it is a very real problem for the city."', "So I think", "Stone"),
    ],
)
def test_a_past_tense_cue_read_as_a_participle_on_the_name_after_it_is_said_by_the_subject_before(nlp, text, fragment, speaker):
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if fragment in q.text and q.kind != "indirect")
    assert quote.speaker_span and text[quote.speaker_span[0]:quote.speaker_span[1]].endswith(speaker)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We were wrong to stay quiet for so long," Lopez, 58, told AFP in an interview on Monday.', "Lopez"),
        ('"The plan will fail," an aide, who was not allowed to speak on the record, told Fox News.', "an aide"),
    ],
)
def test_the_one_told_is_the_hearer_not_the_speaker(nlp, text, speaker):
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert quote.speaker_span and text[quote.speaker_span[0]:quote.speaker_span[1]].endswith(speaker)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('After the mayor criticized Lee during a debate, Park shot back, "I could have stayed home, but I chose to serve this city."', "Park"),
        ('When Lee said the plan would fail, Park fired back forcefully: "If they block us in court, they are going to lose."', "Park"),
    ],
)
def test_a_phrasal_cue_whose_particle_the_tagger_made_an_adverb_is_still_a_cue(nlp, text, speaker):
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert quote.cue in ("shot", "fired") and text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


def test_the_subject_of_a_passive_speaks_through_the_verb_coordinated_with_it_not_its_agent(nlp):
    text = 'Ann Lee was joined on stage by Senator Tom Park and joked, "You are all being ridiculous tonight."'
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "Ann Lee"


def test_the_subject_of_a_copula_is_what_quoted_words_label_not_who_says_them(nlp):
    text = 'The hearing ended early. For Ann Lee, Senator Tom Park is the "most honest man in this building" by far.'
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "fragment"]
    assert quote.speaker_span is None or "Park" not in text[quote.speaker_span[0]:quote.speaker_span[1]]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"That is fantastic news for the whole town!" beamed Ann Lee, a farmer from Ohio.', "Ann Lee"),
        ('"The way I see it," she elaborated, "nobody should ever question the service of these men."', "she"),
    ],
)
def test_manner_of_speaking_verbs_beside_a_quote_are_cues(nlp, text, speaker):
    quotes = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert quotes and all(q.speaker_span and text[q.speaker_span[0]:q.speaker_span[1]] == speaker for q in quotes)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The mayor wrote to her on Friday. Lee’s reply was: "I will not resign over this and I never will."', "Lee’s reply"),
        ('The report was released on Monday. Park’s letter makes a simple case: "The city cannot afford another year of delays."', "Park’s letter"),
        ('Immediately after the vote, Lee issued a statement, "Tonight the people of this city chose hope over fear."', "Lee"),
    ],
)
def test_a_clause_about_someone_or_their_words_introduces_the_quoted_sentence_after_it(nlp, text, speaker):
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert quote.speaker_span and text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


def test_a_comma_after_a_phrase_is_no_introduction(nlp):
    text = 'In 2009, "Nobody here believed the mill would ever close."'
    (quote,) = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "direct"]
    assert quote.speaker_span is None


@pytest.mark.parametrize("text, content, speaker", [
    ("Norway will raise its aid budget by a third, Prime Minister Ann Lund told donors on Monday.", "Norway will raise its aid budget by a third", "Ann Lund"),
    ("Norway will add two frigates to its fleet, the defence ministry said.", "Norway will add two frigates to its fleet", "defence ministry"),
])
def test_a_clause_reported_before_its_cue_is_the_content_whatever_its_own_verb(text, content, speaker):
    analysis = telex.extract(text, published="2016-05-01")
    names = {a.id: a.name for a in analysis.actors}
    found = [(q.text, names.get(q.speaker)) for q in analysis.quotes if q.kind == "indirect"]
    assert found == [(content, speaker)]


@pytest.mark.parametrize("text, content, speaker", [
    ("Senator Ann Lee made the claim that the port was closed on Monday.", "the port was closed on Monday", "Senator Ann Lee"),
    ("Lee entered the debate with an argument that the race was over.", "the race was over", "Lee"),
    ("The mayor bristled at the suggestion that he had misled the council.", "he had misled the council", "The mayor"),
    ("He backed away from a suggestion that the state would pay.", "the state would pay", "He"),
    # a thing as the verb's subject holds no claim
    ("The report fuelled claims that the vote was rigged.", "the vote was rigged", None),
])
def test_a_speech_noun_with_no_possessor_is_held_by_the_subject_of_its_verb(nlp, text, content, speaker):
    found = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "indirect" and q.text == content]
    assert found, [q.text for q in telex.extract(text).quotes]
    assert (text[found[0].speaker_span[0]:found[0].speaker_span[1]] if found[0].speaker_span else None) == speaker


def test_said_in_a_statement_that_is_one_statement_of_the_speaker(nlp):
    text = "Governor Tom Reyes said in a statement that the bridge would reopen in May."
    found = [(q.cue, text[q.speaker_span[0]:q.speaker_span[1]]) for q in telex.extract(text).quotes
             if q.kind == "indirect" and q.text == "the bridge would reopen in May"]
    assert found == [("said", "Governor Tom Reyes")]


def _segments(text, *parts):
    """Direct segments of ``text``: (words, cue) pairs, all with the speaker span of "Ann Lee"."""
    from telex.records import Quote

    who = (text.index("Ann Lee"), text.index("Ann Lee") + len("Ann Lee"))
    out = []
    for words, cue in parts:
        start = text.index(words)
        out.append(Quote(text=words, span=(start, start + len(words)), kind="direct", cue=cue, speaker_span=who))
    return out


@pytest.mark.parametrize("text, first, second", [
    # a long attribution between a quote and its continuation
    ("“We will keep the shelter open,” said Ann Lee, who has run the shelter on Elm Street since it opened in 2009 "
     "and has raised most of its money from local churches and the county. “Nobody will sleep outside.”",
     "We will keep the shelter open,", "Nobody will sleep outside."),
    # the continuation opens the next paragraph
    ("“We will keep the shelter open,” Ann Lee said.\n\n“Nobody will sleep outside this winter.”",
     "We will keep the shelter open,", "Nobody will sleep outside this winter."),
])
def test_a_continuation_with_no_cue_joins_its_speakers_statement(text, first, second):
    from telex.stages.quotes import statements

    a, b = _segments(text, (first, "said"), (second, None))
    assert statements([a, b], text) == [((a.span[0], b.span[1]), [a, b])]


def test_a_continuation_past_the_speakers_own_reported_words_joins_her_statement():
    from telex.records import Quote
    from telex.stages.quotes import statements

    text = "“We will keep the shelter open,” Ann Lee said, adding that the county had paid for it. “Nobody will sleep outside.”"
    a, b = _segments(text, ("We will keep the shelter open,", "said"), ("Nobody will sleep outside.", None))
    start = text.index("the county")
    added = Quote(text="the county had paid for it", span=(start, start + 26), kind="indirect", cue="adding",
                  speaker_span=a.speaker_span)
    assert statements([a, added, b], text) == [((a.span[0], b.span[1]), [a, b]), (added.span, [added])]


def test_a_quote_with_its_own_cue_in_the_next_paragraph_is_a_statement_of_its_own():
    from telex.stages.quotes import statements

    text = "“We will keep the shelter open,” Ann Lee said.\n\n“Nobody will sleep outside,” she added."
    a, b = _segments(text, ("We will keep the shelter open,", "said"), ("Nobody will sleep outside,", "added"))
    assert len(statements([a, b], text)) == 2


def test_quoted_words_further_on_in_reported_speech_join_it_as_one_statement():
    from telex.records import Quote
    from telex.stages.quotes import statements

    text = "Lee says the town needs a new bridge, but the council keeps offering “studies and excuses.” Park disagreed."
    def quote(words, kind):
        start = text.index(words)
        return Quote(text=words, span=(start, start + len(words)), kind=kind, cue="says", speaker_span=(0, 3))

    # the parse ends the reported clause before "but the council ..."; the quoted words are still Lee's
    reported, quoted = quote("the town needs a new bridge", "indirect"), quote("studies and excuses.", "fragment")
    assert statements([reported, quoted], text) == [((reported.span[0], quoted.span[1]), [reported, quoted])]
    # in the next sentence they are not
    later = "Lee says the town needs a new bridge. The council keeps offering “studies and excuses.”"
    reported2 = Quote(text="the town needs a new bridge", span=(9, 36), kind="indirect", cue="says", speaker_span=(0, 3))
    start = later.index("studies")
    quoted2 = Quote(text="studies and excuses.", span=(start, start + 20), kind="fragment", cue="says", speaker_span=(0, 3))
    assert len(statements([reported2, quoted2], later)) == 2


@pytest.mark.parametrize("text, speaker", [
    ("The mayor leads by 40 votes, according to a count by the Associated Press.", "the Associated Press"),
    ("Turnout rose by a fifth, according to an analysis by the Pew Research Center.", "the Pew Research Center"),
    # what was analysed is no author
    ("Donors gave $2 million, according to a POLITICO analysis of FEC records.", "a POLITICO analysis"),
])
def test_according_to_a_count_or_analysis_is_its_makers(nlp, text, speaker):
    found = [q for q in telex.extract(text, published="2016-05-01").quotes if q.kind == "indirect" and q.cue == "according to"]
    assert found and found[0].speaker_span, [q.text for q in telex.extract(text).quotes]
    assert text[found[0].speaker_span[0]:found[0].speaker_span[1]].endswith(speaker.split()[-1])


def test_a_speech_verb_hung_on_a_modal_clause_is_the_sayers_and_not_part_of_what_was_said():
    # the parser joins "warned" to "follow": what was said ends at "follow", and the warning is the minister's too
    text = "The Dutch minister said other allies should follow and warned that Russia was rearming."
    analysis = telex.extract(text, published="2024-02-15")
    minister = next(a for a in analysis.actors if a.name == "Dutch minister")
    said = {q.text: q.speaker for q in analysis.quotes if q.kind == "indirect"}
    assert said == {"other allies should follow": minister.id, "Russia was rearming": minister.id}


@pytest.mark.parametrize("text, reported", [
    ("The rebels attacked the town on Monday.", False),
    ("Police questioned the suspect for hours.", False),
    ("The senator attacked the plan as reckless.", True),
    ("She questioned the integrity of the vote.", True),
    ("The carmaker posted a loss of $2 billion.", False),  # "post" reports speech only through a clause
    ("The mayor posted that the road was closed.", True),
])
def test_a_cue_that_names_a_deed_done_to_a_place_or_a_suspect_reports_nothing(text, reported):
    analysis = telex.extract(text, published="2020-01-01")
    assert any(q.kind == "indirect" for q in analysis.quotes) is reported


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Later in the show, Lee stated of the scandal that the report “was unfair.” Adding, “Now, as with every such "
     "story, the truth will come out in the end.”", "Now, as", "Lee"),
    ("Park called the ruling a disgrace. Adding, “We will appeal this as far as we can, and we will win.”", "We will appeal", "Park"),
])
def test_a_participle_that_opens_a_sentence_goes_on_from_the_speaker_before(text, fragment, speaker):
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if q.text.startswith(fragment))
    assert quote.speaker_span and text[quote.speaker_span[0]:quote.speaker_span[1]] == speaker


def test_a_participle_that_opens_a_sentence_after_no_cue_has_no_speaker():
    text = "The storm hit the coast overnight. Adding, “We will appeal this as far as we can, and we will win.”"
    quote = next(q for q in telex.extract(text, published="2016-05-01").quotes if q.text.startswith("We will appeal"))
    assert quote.speaker is None and quote.speaker_span is None
