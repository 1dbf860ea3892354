"""Descriptions read around a named actor (actor_descriptions), on short texts written for these tests."""

import pytest

import telex


def _actor(text: str, name: str, published: str = "2026-03-14"):
    analysis = telex.extract(text, published=published)
    return next(a for a in analysis.actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "name", "country", "sectors", "role"),
    [
        # the body after "of" says whose the chief of staff is (MIL), not what he is (not "armed forces")
        ("The chief of staff of the Zambian armed forces, Gen. Peter Mwale, said the border was calm.",
         "Peter Mwale", "ZMB", ["MIL"], "chief of staff"),
        # a rebel group's commander is of the group's kind (REB), not a soldier of the state (MIL)
        ("The deputy commander of the Rapid Support Forces, Idris Kamal, rejected the charge.",
         "Idris Kamal", "SDN", ["REB"], "commander"),
        # a spokeswoman for the police speaks for the police (COP), she is no police force
        ("Lina Sari, a spokeswoman for the Indonesian police, said two men were held.",
         "Lina Sari", "IDN", ["COP"], "spokeswoman"),
        # the president of a union is a union man (LAB), not a head of state (GOV)
        ("Tom Reid, the president of the Canadian Auto Workers union, said the plant would close.",
         "Tom Reid", "CAN", ["LAB"], "president"),
        # the head of a body has no role the table names: only whose he is
        ("The head of the British counter-terrorism police, Neil Barton, said the man acted alone.",
         "Neil Barton", "GBR", ["COP"], None),
    ],
)
def test_a_body_in_a_phrase_after_the_role_is_the_owner_not_the_role(nlp, text, name, country, sectors, role):
    actor = _actor(text, name)
    assert (actor.country, actor.sectors, actor.role) == (country, sectors, role)


def test_a_partitive_of_phrase_keeps_a_bodys_own_role(nlp):
    # "the second of the big carmakers" is a carmaker: "second" is no noun that owns them
    actor = _actor("Fordham, the second of the big three American car manufacturers, beat forecasts.", "Fordham")
    assert actor.role == "manufacturer" and actor.sectors == ["BUS"]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # the tagger takes "Doctors" for a noun and "Without Borders" for the body
        ("Doctors Without Borders said its teams had treated dozens of people.", "Doctors Without Borders", "MSF"),
        # "Seven" is a number to the tagger, and the name modifies the noun after it
        ("Leaders of the Group of Seven wealthy democracies met on Tuesday.", "Group of Seven", "G7"),
        # a known name with lower-case words
        ("The UN refugee agency said 2,000 people had arrived.", "UN refugee agency", "UNHCR"),
    ],
)
def test_a_known_body_the_tagger_split_or_missed_is_read_whole(nlp, text, mention, code):
    analysis = telex.extract(text, published="2026-06-17")
    actor = next(a for a in analysis.actors if any(text[s:e] == mention for s, e in a.mentions))
    assert actor.code == code


def test_a_known_person_the_tagger_left_untagged_after_a_possessive_is_read(nlp):
    # after "Britain's" the tagger tags no person at all
    text = "Britain's Queen Elizabeth II said on Monday she was delighted."
    analysis = telex.extract(text, published="2019-08-29")
    queen = next(a for a in analysis.actors if a.name == "Queen Elizabeth II")
    assert queen.country == "GBR" and "ELI" in queen.sectors
    assert [q.speaker for q in analysis.quotes] == [queen.id]


def test_a_known_person_tagged_together_with_the_country_of_the_title_is_read(nlp):
    # the tagger makes "India Narendra Modi" one organisation
    text = "The Prime Minister of India Narendra Modi said the visit went well."
    analysis = telex.extract(text, published="2020-09-01")
    modi = next(a for a in analysis.actors if a.name == "Narendra Modi")
    assert modi.country == "IND" and modi.role == "prime minister"
    assert [text[s:e] for s, e in modi.mentions] == ["Narendra Modi"]
    assert [q.speaker for q in analysis.quotes] == [modi.id]


def test_a_known_name_is_not_read_across_brackets(nlp):
    # "(UK) Conservative Party" is no "UK Conservative Party" that the knowledge base lists
    text = "On Thursday the United Kingdom's (UK) Conservative Party won 365 seats."
    analysis = telex.extract(text, published="2019-12-13")
    assert not any(text[s:e].startswith("UK)") for a in analysis.actors for s, e in a.mentions)


def test_a_country_inside_a_known_groups_name_does_not_place_it(nlp):
    text = "The SDF said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped from a camp."
    group = next(a for a in telex.extract(text, published="2019-10-15").actors if a.name == "Islamic State")
    assert group.country is None


def test_another_office_with_the_same_head_word_is_not_the_holder_named_before(nlp):
    # both are ministers, but "the prime minister" is not the defence minister
    text = ("Kenya's defence minister, Daniel Otieno, said no soldier was hurt. "
            "Senator Luis Vera said the prime minister owed the country an explanation.")
    minister = next(a for a in telex.extract(text, published="2026-05-09").actors if a.name == "Daniel Otieno")
    assert not any(text[s:e] == "the prime minister" for s, e in minister.mentions)


def test_an_untagged_name_in_apposition_to_a_role_is_a_person(nlp):
    # the tagger gives the name no entity; the role noun before it says who speaks
    text = "The mayor of Chania, Panagiotis Simandirakis, said residents had been bringing food."
    analysis = telex.extract(text, published="2026-08-03")
    mayor = next(a for a in analysis.actors if a.name == "Panagiotis Simandirakis")
    assert (mayor.kind, mayor.role, mayor.country) == ("person", "mayor", "GRC")
    assert analysis.quotes[0].speaker == mayor.id


def test_a_name_the_parse_hangs_on_the_verb_still_reads_the_role_before_its_comma(nlp):
    # "signed by the deputy commander of X, Gen. Y, and by ...": the parser makes the names adverbs of
    # "signed"; the role phrases before their commas describe them, and are no unnamed actors of their own
    text = ("The accord was signed in Cairo by the deputy commander of the Sudanese Armed Forces, Gen. Idris Kamal, "
            "and by the chief negotiator of the Rapid Support Forces, Faisal Omar.")
    actors = {a.name: a for a in telex.extract(text, published="2026-03-14").actors}
    assert (actors["Idris Kamal"].country, actors["Idris Kamal"].sectors, actors["Idris Kamal"].role) == ("SDN", ["MIL"], "commander")
    assert (actors["Faisal Omar"].country, actors["Faisal Omar"].sectors) == ("SDN", ["REB"])
    assert "deputy commander" not in actors


def test_a_bodys_kind_noun_stands_for_the_body_of_that_kind_named_just_before(nlp):
    # Oxfam has no role word of its own; "the charity" is it, and so its spokeswoman is Oxfam's
    text = "Oxfam said the summit had ignored debt relief. A spokeswoman for the charity said the plan was silent on the poor."
    analysis = telex.extract(text, published="2026-06-17")
    oxfam = next(a for a in analysis.actors if a.name == "Oxfam")
    assert any(text[s:e] == "the charity" for s, e in oxfam.mentions)
    spokeswoman = next(a for a in analysis.actors if a.role == "spokeswoman")
    assert spokeswoman.code == oxfam.code and spokeswoman.sectors == ["NGO"]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # tagged as one name with "party": the knowledge base lists the party without the noun
        ("The ruling Zanu PF party, whose supporters marched in Harare, welcomed the ruling.", "Zanu PF party", "ZWE"),
        # the tagger takes "Pakistan" alone: the known name is read, and the noun after it is the same party
        ("The opposition Pakistan Tehreek-e-Insaf party, whose supporters marched, welcomed the ruling.",
         "Pakistan Tehreek-e-Insaf party", "PAK"),
    ],
)
def test_a_kind_noun_after_a_known_bodys_name_is_that_body_once(nlp, text, mention, country):
    analysis = telex.extract(text, published="2026-10-22")
    parties = [a for a in analysis.actors if "PTY" in a.sectors]
    assert len(parties) == 1 and parties[0].kb_id and parties[0].country == country
    assert [text[s:e] for s, e in parties[0].mentions] == [mention]


def test_its_is_a_body_not_the_unnamed_people_of_a_relative_clause(nlp):
    # "whose supporters make up ..." is no body "its" can mean
    text = ("Amnesty International, whose supporters make up most of the marchers, welcomed the ruling. "
            "Its director, Ana Lind, called it a victory.")
    analysis = telex.extract(text, published="2026-10-22")
    owner = next(a for a in analysis.actors if any(text[s:e] == "Its" for s, e in a.mentions))
    assert owner.name == "Amnesty International"


SIGNED = ("The deal was signed in Doha by the chief of staff of the Sudanese Armed Forces, Gen. Idris Kamal, "
          "and by the deputy commander of the Rapid Support Forces, Osman Bashir Adam.")


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the second name on the body ("Forces"), not on "commander"
        SIGNED,
        # with the group named before, it hangs "by the deputy commander ..." and the comma on the name
        "Sudan's army and the paramilitary Rapid Support Forces agreed on Saturday to a ceasefire, the Qatari "
        "Foreign Ministry said. " + SIGNED,
    ],
)
def test_the_second_name_of_a_list_reads_the_role_before_its_comma(nlp, text):
    actors = {a.name: a for a in telex.extract(text, published="2026-03-14").actors}
    adam = actors["Osman Bashir Adam"]
    assert (adam.country, adam.sectors, adam.role) == ("SDN", ["REB"], "commander")
    assert "deputy commander" not in actors


def test_a_prominent_town_tagged_as_a_body_after_in_is_no_actor(nlp):
    # the tagger calls "El Fasher" an organisation; after "in" it is where the workers are
    analysis = telex.extract("Aid workers in El Fasher said the fighting continued on Saturday.", published="2026-03-14")
    assert not any(a.name == "El Fasher" for a in analysis.actors)


def test_a_possessor_inside_an_apposition_is_someone_else():
    text = "Police detained Harbourton Mayor Lena Varga, Governor Tom Ash's main rival, on Friday. The mayor denied the charges."
    analysis = telex.extract(text, published="2025-03-19")
    varga = next(a for a in analysis.actors if a.name == "Lena Varga")
    assert varga.role == "mayor"
    assert "The mayor" in [text[s:e] for s, e in varga.mentions]
    assert any(a.name == "Tom Ash" for a in analysis.actors)


def test_the_alliance_and_the_bloc_refer_back_to_the_body_named_before():
    text = (
        "NATO defence ministers met in Brussels on Thursday. The alliance said it would send more air defences. "
        "ASEAN foreign ministers met in Jakarta. The 10-member bloc said it was concerned. "
        "At home, the ruling alliance lost its majority."
    )
    analysis = telex.extract(text, published="2025-02-14")
    mentions = {a.code: [text[s:e] for s, e in a.mentions] for a in analysis.actors if a.kind == "org" and a.code}
    assert "The alliance" in mentions.get("NATO", [])
    assert "The 10-member bloc" in mentions.get("ASEAN", [])
    assert not any("ruling alliance" in m for ms in mentions.values() for m in ms)


def test_a_description_of_another_sector_is_not_an_office_holder_with_the_same_last_word(nlp):
    # "the prosecutor general" (JUD) ends with "general", but is no general (MIL)
    text = ("General Hamid Rostami, the army's commander, inspected troops on Monday. Later the prosecutor "
            "general said the case was closed.")
    analysis = telex.extract(text, published="2020-07-02")
    at = text.index("the prosecutor general")
    owner = next(a for a in analysis.actors if any(s <= at < e for s, e in a.mentions))
    assert owner.name != "Hamid Rostami" and "JUD" in owner.sectors


def test_a_known_persons_lone_surname_the_tagger_left_out_is_read_where_his_country_is_named(nlp):
    # the tagger tags no entity on "Mitsotakis"; Greece is named, so the knowledge base's Greek prime minister
    text = "Greek officials met in Athens on Monday. Mitsotakis said the deal was void."
    analysis = telex.extract(text, published="2020-01-10")
    pm = next(a for a in analysis.actors if a.name == "Kyriakos Mitsotakis")
    assert pm.country == "GRC" and pm.role == "prime minister"
    assert [q.speaker for q in analysis.quotes] == [pm.id]
    # with no Greece in the text, the lone word is not taken for him
    alone = telex.extract("Mitsotakis said the deal was void.", published="2020-01-10")
    assert not [a for a in alone.actors if a.name == "Kyriakos Mitsotakis"]


@pytest.mark.parametrize(
    ("text", "name", "sectors"),
    [
        # the president of a legislature or a court presides over that branch (LEG, JUD), not the government
        ("Chile held a vote on Friday. Senate president Marta Solis said the bill would pass.", "Marta Solis", ["LEG"]),
        ("Chile held a vote on Friday. The Senate's president, Marta Solis, said the bill would pass.", "Marta Solis", ["LEG"]),
        ("Chile held a vote on Friday. Supreme Court president Rafael Vidal said the ruling stood.", "Rafael Vidal", ["JUD"]),
        # a former one is an elite, as before
        ("Chile held a vote on Friday. Former Senate president Marta Solis said the bill would pass.", "Marta Solis", ["ELI"]),
        # the country's president stays the government
        ("Chile held a vote on Friday. President Gabriel Ortiz said the bill would pass.", "Gabriel Ortiz", ["GOV"]),
    ],
)
def test_a_presiding_office_of_a_legislature_or_court_is_of_that_branch(nlp, text, name, sectors):
    assert _actor(text, name).sectors == sectors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Samoa's Legislative Assembly was dissolved on Monday.", "Legislative Assembly"),
        ("The National Assembly of Kenya passed the budget on Monday.", "National Assembly of Kenya"),
        ("The Ohio General Assembly passed the budget on Monday.", "Ohio General Assembly"),
        ("The Tasmanian Legislative Council passed the budget on Monday.", "Tasmanian Legislative Council"),
    ],
)
def test_a_legislature_called_an_assembly_or_council_is_a_legislature(nlp, text, name):
    assert _actor(text, name).sectors == ["LEG"]


def test_the_parliament_stands_for_a_legislature_named_otherwise(nlp):
    analysis = telex.extract("Samoa's Legislative Assembly was dissolved on Monday. "
                             "The parliament will meet again in May.", published="2026-03-14")
    assembly = next(a for a in analysis.actors if a.name == "Legislative Assembly")
    assert "The parliament" in [analysis.article.text[s:e] for s, e in assembly.mentions]
    assert not any(a.name == "parliament" for a in analysis.actors)


@pytest.mark.parametrize(
    ("text", "name", "sectors"),
    [
        # the leader of a party or an armed group is of that body (PTY, REB), not of a government as "leader" alone says
        ("Chile voted on Friday. The Green Party's leader, Ana Soto, conceded defeat.", "Ana Soto", ["PTY"]),
        ("Gaza was calm on Friday. Hamas leader Omar Saadi rejected the offer.", "Omar Saadi", ["REB"]),
        # a leader with no body named stays GOV
        ("Chile voted on Friday. Leader Ana Soto conceded defeat.", "Ana Soto", ["GOV"]),
    ],
)
def test_the_leader_of_a_body_is_of_that_body(nlp, text, name, sectors):
    assert _actor(text, name).sectors == sectors


def test_a_name_after_a_role_and_a_comma_with_no_closing_comma_is_the_role_holder(nlp):
    """"The party's leader, X announced ...": the parse makes the noun and the name two subjects of the verb; the
    name is the noun's apposition all the same, and no second, unnamed leader is left."""
    analysis = telex.extract("Britain voted on Thursday. The Green Party's leader, Jim Hart announced he will not run again.",
                             published="2026-03-14")
    hart = next(a for a in analysis.actors if a.name == "Jim Hart")
    assert (hart.country, hart.role, hart.sectors) == ("GBR", "leader", ["PTY"])
    assert not any(a.name == "leader" for a in analysis.actors)


@pytest.mark.parametrize(
    ("text", "names", "role", "sectors"),
    [
        # a plural title before a list gives every name in it its office, though the parse hangs the later names
        # on the first as appositions, which describe nothing
        ("Senators Ann Lee of Ohio, Bo Kim of Utah, and Paul Rivera of Texas backed the bill.",
         ["Ann Lee", "Bo Kim", "Paul Rivera"], "senator", ["LEG"]),
        ("Reps. Tom Hall and Jim Ford voted against it.", ["Tom Hall", "Jim Ford"], "representative", ["LEG"]),
        ("Ministers Ali Reza and Omar Said met in the capital.", ["Ali Reza", "Omar Said"], "minister", ["GOV"]),
        # the list reads back over names after a comma or "and" up to its own title
        ("At the time, Ann Berg, Congresswoman Jo Demings, and Senators Kim Harris and Ella Warren were finalists.",
         ["Kim Harris", "Ella Warren"], "senator", ["LEG"]),
    ],
)
def test_a_plural_title_before_a_list_of_names_gives_each_its_office(nlp, text, names, role, sectors):
    for name in names:
        actor = _actor(text, name)
        assert (actor.role, actor.sectors) == (role, sectors), name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a plural title ending a sentence opens no list in the next
        ("The House has impeached two other Presidents. Tom Hale was impeached in 1868.", "Tom Hale"),
        # a name with words of its own before it ends the list
        ("At the time, Ann Berg, Congresswoman Jo Demings, and Senators Kim Harris and Ella Warren were finalists.",
         "Ann Berg"),
    ],
)
def test_a_plural_title_gives_no_office_outside_its_list(nlp, text, name):
    assert _actor(text, name).role is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the state an American senator or governor is "of" is no country of the same name
        ("Senator Ann Lee of Georgia said the bill would fail.", "Ann Lee", "USA"),
        ("Senators Bo Kim of Utah and Paul Rivera of Georgia backed the bill.", "Paul Rivera", "USA"),
        ("The governor of Georgia, Bo Kim, declared an emergency.", "Bo Kim", "USA"),
        ("Former gubernatorial candidate Ann Ray of Georgia endorsed him.", "Ann Ray", "USA"),
        # a territory with a country code of its own is coded as itself
        ("The governor of Puerto Rico, Ana Ruiz, declared an emergency.", "Ana Ruiz", "PRI"),
        # an office of no US state: the country
        ("Speaker Max Berg of Georgia met the delegation.", "Max Berg", "GEO"),
    ],
)
def test_a_us_state_after_a_state_office_is_the_state_not_a_country(nlp, text, name, country):
    analysis = telex.extract(text, published="2019-01-05")
    actor = next(a for a in analysis.actors if a.name == name)
    assert actor.country == country
    assert any(a.country == "GEO" and a.kind == "country" for a in analysis.actors) == (country == "GEO")


@pytest.mark.parametrize("chamber", ["House", "Assembly"])
def test_a_chambers_name_alone_is_a_legislature(nlp, chamber):
    text = f"Senator Ann Lee proposed term limits for the Senate and {chamber}. The {chamber} passed the bill on Monday."
    actor = _actor(text, chamber)
    assert (actor.kind, actor.sectors) == ("org", ["LEG"])


def test_a_body_noun_and_a_name_after_it_without_a_comma_are_one_actor(nlp):
    # the parse makes both subjects of the verb: the name is the noun's apposition
    analysis = telex.extract("The state-owned Iranian news agency Tasnim reported the strike.", published="2020-01-08")
    agencies = [a for a in analysis.actors if "MED" in a.sectors]
    assert len(agencies) == 1 and agencies[0].country == "IRN"


def test_a_name_tagged_as_a_person_with_a_body_in_apposition_is_that_body(nlp):
    text = "The cabinet voted to turn Hagia Sophia, formerly a church and currently a museum, into a mosque."
    assert _actor(text, "Hagia Sophia", published="2020-07-01").kind == "org"


def test_a_venue_named_with_a_bodys_word_is_no_body(nlp):
    text = "Thousands of gamers packed the Toronto Congress Centre for Gaming Expo, a yearly trade fair."
    venue = _actor(text, "Toronto Congress Centre for Gaming Expo", published="2019-05-30")
    assert (venue.sectors, venue.country) == ([], None)


@pytest.mark.parametrize(
    ("text", "name", "sectors"),
    [
        # a force's word in a venue's name makes the venue the force's: a military hospital, a police college
        ("The senator was flown to the Kenley National Military Medical Center on Friday.",
         "Kenley National Military Medical Center", ["MIL"]),
        ("Recruits graduated from the Harlow Police Training Centre on Monday.", "Harlow Police Training Centre", ["COP"]),
    ],
)
def test_a_venue_named_with_a_forces_word_is_of_the_forces_sector(nlp, text, name, sectors):
    assert _actor(text, name, published="2020-10-05").sectors == sectors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a saint's name before a church's is no capital of the same name (St. John's, Antigua)
        ("Protesters smashed windows at St. John's Episcopal Church near the plaza. The Senate said the US was ready.",
         "Protesters"),
        # people from around the world are of no one country, not of the country they meet in
        ("Anglican bishops from around the world gathered for a synod in Rome.", "Anglican bishops"),
        # bare plural bodies are of any country, not of the article's only one
        ("The WHO stressed that governments must act faster. The US is ready. The US said so.", "governments"),
    ],
)
def test_an_actor_with_no_country_of_its_own_takes_none_from_weak_evidence(nlp, text, name):
    actor = _actor(text, name, published="2020-06-05")
    assert actor.country is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a nationality before the first of two coordinated office holders covers the second, of no country stated
        ("The talks were attended by Israeli prime minister Dan Levi and energy minister Ari Stein.", "Ari Stein", "ISR"),
        # a first one placed by no word before his name places no one
        ("The talks were attended by Prime Minister Dan Levi and energy minister Ari Stein.", "Ari Stein", None),
    ],
)
def test_a_coordinated_office_holder_shares_the_stated_country(nlp, text, name, country):
    assert _actor(text, name, published="2020-01-02").country == country
