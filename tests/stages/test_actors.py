"""Actors: descriptions read from the text, the knowledge base for what it leaves out, mentions linked."""

from datetime import date

import pytest

import telex

ARTICLE = """Allies discuss air defence in Brussels

Polish defence minister Tomasz Halicki met his Lithuanian counterpart Rasa Venclova on Tuesday to discuss air defence, as Nato allies stepped up talks with Kyiv.

Halicki said Warsaw would send two more batteries. "We are ready to move quickly," the minister said.

Venclova's spokesman, Marius Dovydas, said the two had agreed to meet again. He added that a senior Polish military official would visit Vilnius next week.

The official told reporters that the batteries would arrive within a month. According to a Nato diplomat, the alliance backs the plan.

Vladimir Putin did not comment.

Additional reporting by Joanna Mazur

Leave a Comment
"""


@pytest.fixture(scope="module")
def analysis(nlp):
    return telex.extract(ARTICLE, published=date(2023, 3, 10))


def actor_named(analysis, name):
    found = [a for a in analysis.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in analysis.actors]}"
    return found[0]


def mention_texts(analysis, actor):
    return [analysis.article.text[s:e] for s, e in actor.mentions]


def test_described_person_gets_country_role_and_sectors(analysis):
    halicki = actor_named(analysis, "Tomasz Halicki")
    assert halicki.country == "POL"
    assert halicki.role == "defence minister"
    assert set(halicki.sectors) == {"GOV", "MIL"}
    assert not halicki.anonymous
    # surname and "the minister" link to the same person
    texts = mention_texts(analysis, halicki)
    assert "Halicki" in texts and "the minister" in texts


def test_counterpart_takes_its_country_from_the_text_and_sectors_from_its_anchor(analysis):
    venclova = actor_named(analysis, "Rasa Venclova")
    assert venclova.country == "LTU"
    assert set(venclova.sectors) == {"GOV", "MIL"}
    assert "Venclova" in mention_texts(analysis, venclova)


def test_possessive_apposition_and_pronoun(analysis):
    spokesman = actor_named(analysis, "Marius Dovydas")
    assert spokesman.country == "LTU", "a spokesman takes the country of whose spokesman he is"
    assert "GOV" in spokesman.sectors
    assert "He" in mention_texts(analysis, spokesman), "'He added' refers to the spokesman"


def test_anonymous_source_and_its_definite_description(analysis):
    official = [a for a in analysis.actors if a.anonymous and a.role and a.role.endswith("official")]
    assert len(official) == 1
    official = official[0]
    assert official.country == "POL" and "MIL" in official.sectors
    assert "The official" in mention_texts(analysis, official)


def test_knowledge_base_fills_in_a_bare_name(analysis):
    putin = actor_named(analysis, "Vladimir Putin")
    assert putin.country == "RUS" and putin.role == "president" and putin.kb_id


def test_organisation_and_capital_metonym(analysis):
    nato = [a for a in analysis.actors if a.code == "NATO"]
    assert nato and "IGO" in nato[0].sectors
    ukraine = [a for a in analysis.actors if a.country == "UKR"]
    assert ukraine and "Kyiv" in mention_texts(analysis, ukraine[0])


def test_credit_never_produces_an_actor(analysis):
    for actor in analysis.actors:
        assert "Mazur" not in actor.name
        assert not any("Mazur" in t for t in mention_texts(analysis, actor))


def test_office_holder_depends_on_the_date(nlp):
    text = "Talks in Washington\n\nThe US defence secretary met Gulf envoys on Monday, officials said."
    early = telex.extract(text, published="2017-03-01")
    late = telex.extract(text, published="2022-05-13")
    names = lambda a: {x.name for x in a.actors}
    assert "Jim Mattis" in names(early)
    assert "Lloyd Austin" in names(late)


# -- countries inferred for described actors the knowledge base does not know ----------------------------


def _actor(text, name):
    analysis = telex.extract(text, published=date(2020, 1, 1))
    found = [a for a in analysis.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in analysis.actors]}"
    return found[0], analysis


def test_unknown_president_takes_the_one_country_of_his_sentence():
    actor, analysis = _actor("President Tomas Berg has threatened to ban Norwegian opposition parties from the vote.", "Tomas Berg")
    assert actor.country == "NOR"
    # the event built on the inferred country is less certain than one on a stated country
    event = next(e for e in analysis.events if e.source == actor.id)
    assert event.source_code.startswith("NOR")
    assert event.confidence < 0.75


def test_a_place_in_the_country_places_the_office_holder():
    actor, _ = _actor("Prime Minister Ana Lund said the curfew in Oslo would be lifted.", "Ana Lund")
    assert actor.country == "NOR"


def test_country_after_the_name_places_the_person():
    actor, _ = _actor("King Hassan of Morocco was quoted today as saying he would host a meeting.", "Hassan")
    assert actor.country == "MAR"


def test_country_that_is_a_party_to_the_action_is_not_the_actors():
    actor, _ = _actor("President Tomas Berg visited China on Monday.", "Tomas Berg")
    assert actor.country is None


def test_country_of_another_state_actor_is_not_evidence():
    actor, _ = _actor("President Tomas Berg spoke with Russian officials about gas.", "Tomas Berg")
    assert actor.country is None


def test_two_countries_in_the_sentence_give_no_answer():
    actor, _ = _actor("President Tomas Berg said Chilean and Peruvian farmers had gathered in the square.", "Tomas Berg")
    assert actor.country is None


def test_a_country_in_another_clause_does_not_place_the_people_of_a_coordinated_one():
    text = "Ana Lund said Norway was ready to host the talks and that the government would send an envoy to meet local leaders."
    actor, _ = _actor(text, "local leaders")
    assert actor.country is None


def test_a_meeting_place_does_not_place_the_troops_of_a_relative_clause():
    text = "The talks followed a summit in Madrid at which ministers backed the regional force, which has 900 troops in the north."
    actor, _ = _actor(text, "900 troops")
    assert actor.country is None


def test_where_troops_are_deployed_is_not_their_country():
    actor, _ = _actor("The mission has about 800 troops deployed in Somalia.", "about 800 troops")
    assert actor.country is None


def test_a_country_in_what_the_actor_says_still_places_him():
    actor, _ = _actor("Prime Minister Ana Lund said on Monday that Norway would not join the pact.", "Ana Lund")
    assert actor.country == "NOR"


def test_foreign_roles_take_no_country_from_their_surroundings():
    analysis = telex.extract("The ambassador in Kabul said the talks had failed.", published=date(2020, 1, 1))
    ambassador = [a for a in analysis.actors if a.role == "ambassador"]
    assert ambassador and ambassador[0].country is None


def test_article_country_places_an_actor_in_a_sentence_with_none():
    text = (
        "Floods hit Peru\n\nHeavy rain flooded towns across Peru on Monday. Rescue teams from Lima reached "
        "the worst hit valleys in northern Peru by evening.\n\nInterior Minister Carla Ruiz said the army would stay "
        "as long as it was needed.\n"
    )
    actor, _ = _actor(text, "Carla Ruiz")
    assert actor.country == "PER"


def test_named_body_takes_no_country_from_its_sentence():
    analysis = telex.extract("Red Cross officials suspended aid deliveries in Baghdad on Wednesday.", published=date(2020, 1, 1))
    officials = [a for a in analysis.actors if "officials" in a.name]
    assert officials and officials[0].country is None


def _speaker_of(text, fragment):
    analysis = telex.extract(text, published=date(2020, 1, 1))
    names = {a.id: a for a in analysis.actors}
    for q in analysis.quotes:
        if fragment in q.text:
            return names.get(q.speaker), analysis
    raise AssertionError(f"no quote containing {fragment!r}: {[q.text for q in analysis.quotes]}")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a given name says who "she" can be, though the man was the last subject
        ("Paul Meyer met Anna Kowal in Oslo. Meyer said the deal was done. She said more work was needed.", "more work", "Anna Kowal"),
        # so does a title ("Ms"), when no given name is written
        ("Mrs Patel spoke first at the hearing. Tom Briggs spoke next. She said the rules were unfair.", "the rules were unfair", "Mrs Patel"),
        # a gendered role word: "the spokeswoman" is not the man named after her
        (
            "A spokeswoman, Sandra Lin, met Mr Okafor on Friday. Okafor declined to comment. She said the talks would go on.",
            "the talks would go on", "Sandra Lin",
        ),
    ],
)
def test_pronouns_resolve_only_to_a_person_of_their_gender(text, fragment, speaker):
    actor, _ = _speaker_of(text, fragment)
    assert actor is not None and actor.name == speaker


def test_a_name_in_apposition_after_role_of_organisation_is_the_role_holder():
    # the parser hangs the name on "committee"; the person is the chair, and the subject of "criticised"
    text = "In Leeds, the chair of the regional transport committee, Susan Dwyer, criticised the timetable. She said the trains were late."
    actor, analysis = _speaker_of(text, "the trains were late")
    assert actor is not None and actor.name == "Susan Dwyer"
    said = [q for q in analysis.quotes if q.cue == "criticised"]
    assert said and said[0].speaker == actor.id


def test_an_organisation_name_split_at_for_the_is_one_organisation():
    text = "A spokeswoman for the UN Office for the Coordination of Humanitarian Affairs, Maria Lopez, said the convoy had arrived."
    analysis = telex.extract(text, published=date(2020, 1, 1))
    names = [a.name for a in analysis.actors]
    assert "UN Office for the Coordination of Humanitarian Affairs" in names
    assert "Coordination of Humanitarian Affairs" not in names
    ruiz = next(a for a in analysis.actors if a.name == "Maria Lopez")
    assert ruiz.code == "UN" and "IGO" in ruiz.sectors


def test_anonymous_spokesperson_of_a_named_body_is_an_actor_with_its_country():
    text = "Britain pledged more aid for the region on Monday. A Foreign Office spokesperson said the money would arrive soon."
    actor, _ = _speaker_of(text, "the money would arrive soon")
    assert actor is not None and actor.anonymous and "GOV" in actor.sectors and actor.country == "GBR"


def test_generic_groups_are_anonymous_group_speakers():
    actor, _ = _speaker_of("Aid groups warned that the roads would close before the rains.", "the roads would close")
    assert actor is not None and actor.anonymous and actor.kind == "group" and "NGO" in actor.sectors


def test_an_unplaced_official_takes_the_country_the_story_is_about():
    # the only country in the official's sentence is where refugees went, in a clause about them
    text = (
        "Britain pledged £20 million for Sudan on Monday. Development minister Clara Wynn said the money "
        "would go to refugees who have crossed into Chad and South Sudan."
    )
    actor, _ = _actor(text, "Clara Wynn")
    assert actor.country == "GBR"


# -- a country as possessor says whose body or office it is ---------------------------------------------


@pytest.mark.parametrize(
    "text,name,country",
    [
        ("Norway's foreign ministry said in a statement that it welcomed the deal.", "foreign ministry", "NOR"),
        ("Finland's defence ministry rejected the report on Monday.", "defence ministry", "FIN"),
    ],
)
def test_a_countrys_ministry_is_an_actor_of_that_country(text, name, country):
    actor, analysis = _actor(text, name)
    assert actor.country == country
    assert any(q.speaker == actor.id for q in analysis.quotes) or any(e.source == actor.id for e in analysis.events)


def test_a_countrys_office_is_its_holder_not_another_bodys():
    # "Russia's president" is the Russian president on the day, not the president of some organisation
    actor, _ = _actor("Russia's president said he would attend the summit.", "Vladimir Putin")
    assert actor.country == "RUS"


# -- country words shared by two countries: the article's places decide -------------------------------


@pytest.mark.parametrize(
    "text,country",
    [
        ("Fighting spread near Goma on Sunday. Congolese officials blamed the rebels.", "COD"),
        ("Talks opened in Brazzaville on Sunday. Congolese officials said they welcomed the envoy.", "COG"),
        ("Protests spread in Seoul. Korean officials said the curfew would end.", "KOR"),
    ],
)
def test_an_ambiguous_country_word_takes_the_country_of_the_articles_places(text, country):
    actor, _ = _actor(text, "Congolese officials" if "Congolese" in text else "Korean officials")
    assert actor.country == country


def test_an_ambiguous_country_word_with_no_places_stays_unplaced_and_never_takes_the_target():
    # Rwanda is whom they accuse, not their country; with nothing to tell the two Congos apart, no country
    actor, analysis = _actor("Congolese officials have accused Rwanda of backing the rebels.", "Congolese officials")
    assert actor.country is None
    assert not any((e.source_code or "").startswith("RWA") for e in analysis.events)


def test_a_capital_tagged_as_a_nationality_is_still_the_country():
    actor, _ = _actor("Congolese officials accused Rwanda of backing the rebels, a charge Kigali denies.", "Rwanda")
    assert actor.kind == "country"


def test_an_organisations_official_named_by_its_possessive_acts_for_it():
    # the possessor is read with the description although it comes after the name
    actor, _ = _actor('"We are concerned," said Ola Berg, the UN\'s special representative for the Sahel.', "Ola Berg")
    assert actor.code == "UN" and "IGO" in actor.sectors
    assert actor.role == "special representative"


def test_ministers_and_an_anonymous_diplomat_of_the_eu_act_for_it():
    analysis = telex.extract(
        "European Union ministers met in Vienna on Monday. A senior EU diplomat said the bloc would pay.", published=date(2020, 1, 1)
    )
    ministers = [a for a in analysis.actors if a.name == "European Union ministers"]
    diplomat = [a for a in analysis.actors if a.name.endswith("EU diplomat")]
    assert ministers and (ministers[0].code, "IGO" in ministers[0].sectors) == ("EU", True)
    assert diplomat and (diplomat[0].code, "IGO" in diplomat[0].sectors, diplomat[0].anonymous) == ("EU", True, True)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a subject earlier in the pronoun's own sentence, though another man was the main subject before
        (
            "Mark Dunn opened the hearing on Monday. While Peter Hale said the budget was sound, he said the new rules were too strict.",
            "the new rules were too strict", "Peter Hale",
        ),
        # but not a subject inside quoted words before the pronoun
        ("Mark Dunn opened the hearing on Monday. “Peter Hale is wrong about the budget,” he said.", "Peter Hale is wrong", "Mark Dunn"),
    ],
)
def test_a_pronoun_prefers_a_subject_of_its_own_sentence(text, fragment, speaker):
    actor, _ = _speaker_of(text, fragment)
    assert actor is not None and actor.name == speaker


def test_who_opening_a_relative_clause_is_a_mention_of_the_person():
    text = "Officials met in Oslo on Monday. Rosa Lind, who called the plan “a costly mistake”, left early."
    analysis = telex.extract(text)
    who = text.index("who")
    rosa = next(a for a in analysis.actors if a.name == "Rosa Lind")
    assert (who, who + 3) in rosa.mentions


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb():
    # "Vantrell scolded him": "him" is not Vantrell, so "she" after it still can be
    text = "Tom Reyes spoke first at the hearing. Senator Jo Vantrell scolded him: “You have ignored every expert,” she said."
    actor, _ = _speaker_of(text, "ignored every expert")
    assert actor is not None and actor.name.endswith("Jo Vantrell")


def test_a_pronoun_does_not_mean_the_subject_of_what_was_said_before_it():
    # "Park" is the subject of what Lee said; "he" after it is Lee
    text = "Ann Cole chaired the session. Tom Lee said that Bill Park had misled voters, and he accused Park of lying."
    analysis = telex.extract(text)
    he = text.index(" he ") + 1
    owner = next(a for a in analysis.actors if (he, he + 2) in a.mentions)
    assert owner.name == "Tom Lee"
