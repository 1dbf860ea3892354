"""Event actors: the countries and organisations behind an event's source and target codes.

Covers the actor side of events (telex.stages.actors, actor_countries, event_roles, knowledge/actors.tsv):
multi-word country words, officials of international organisations, where a group comes from, and
office holders of earlier decades.
"""

from __future__ import annotations

from datetime import date

import pytest

import telex
from telex.kb import get_kb


def _analysis(text: str, day: date | None = date(2020, 1, 1)):
    return telex.extract(text, published=day)


def _actor(analysis, name: str):
    found = [a for a in analysis.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in analysis.actors]}"
    return found[0]


def _events(analysis, prefix: str):
    hits = [e for e in analysis.events if (e.cameo or "").startswith(prefix) and not e.negated]
    assert hits, f"no {prefix} event in {[(e.source_code, e.cameo, e.target_code) for e in analysis.events]}"
    return hits


# -- country words of several words ------------------------------------------------------------------------


def test_country_at_reads_the_longest_country_word():
    kb = get_kb()
    assert kb.country_at(["South", "African", "leader"], 0) == ("ZAF", 2)
    assert kb.country_at(["Northern", "Ireland"], 0) == ("GBR", 2)
    assert kb.country_at(["in", "Chile"], 0) == (None, 0)  # lower-case words start no country
    assert kb.country_at(["Moscow"], 0) == (None, 0)
    assert kb.country_at(["Moscow"], 0, capitals=True) == ("RUS", 1)


@pytest.mark.parametrize(
    "text,name,country",
    [
        ("South African leader Pieter Mokoena arrived in Lagos on Monday.", "Pieter Mokoena", "ZAF"),
        ("North Korean envoy Ri Chol met officials on Tuesday.", "Ri Chol", "PRK"),
    ],
)
def test_two_word_demonym_places_the_person(nlp, text, name, country):
    assert _actor(_analysis(text), name).country == country


def test_two_word_country_in_a_target_phrase(nlp):
    # "Korean" alone names neither Korea; "Ireland" inside "Northern Ireland" is not the Republic
    hits = _events(_analysis("Pyongyang tried to hack into the computers of South Korean army officers."), "17")
    assert any((e.target_code or "").startswith("KOR") for e in hits), hits
    hits = _events(_analysis("London banned a paramilitary group in Northern Ireland on Monday."), "17")
    assert all(not (e.target_code or "").startswith("IRL") for e in hits), hits


# -- officials of international organisations --------------------------------------------------------------


def test_official_of_an_international_organisation_acts_for_it(nlp):
    analysis = _analysis("The UN envoy met Chilean officials in Santiago on Monday.")
    envoy = next(a for a in analysis.actors if a.role == "envoy")
    assert envoy.code == "UN" and "IGO" in envoy.sectors and envoy.country is None
    assert any(e.source_code == "IGOUNO" and (e.target_code or "").startswith("CHL") for e in _events(analysis, "04"))


def test_secretary_general_in_apposition_is_not_placed_by_the_sentence(nlp):
    # before: the role read as "general" (MIL) and the country of the sentence's subject (USA)
    analysis = _analysis("Peru rejected proposals by Maria Olsen, UN secretary-general, on Friday.")
    olsen = _actor(analysis, "Maria Olsen")
    assert olsen.code == "UN" and olsen.country is None and "MIL" not in olsen.sectors


# -- where a group comes from ---------------------------------------------------------------------------------


def test_group_from_a_country_belongs_to_it(nlp):
    analysis = _analysis("Canada helped the two exiled dissidents from Bolivia.")
    dissidents = next(a for a in analysis.actors if a.role == "dissidents")
    assert dissidents.country == "BOL"


# -- office holders of earlier decades (knowledge/actors.tsv) -----------------------------------------------


@pytest.mark.parametrize(
    "text,day,kb_id",
    [
        ("President Chirac flew to Bonn on Monday.", date(1998, 3, 2), "jacques-chirac"),
        ("Assad received the envoy in Damascus.", date(1995, 6, 1), "hafez-al-assad"),
        ("Assad received the envoy in Damascus.", date(2005, 6, 1), "bashar-al-assad"),
        ("Bush spoke to reporters at the White House.", date(1991, 2, 1), "george-hw-bush"),
        ("Bush spoke to reporters at the White House.", date(2003, 2, 1), "george-w-bush"),
        ("Akayev flew to Moscow on Tuesday.", date(1996, 3, 5), "askar-akayev"),
        ("A judge summoned Menem on Friday.", date(2001, 6, 1), "carlos-menem"),
        ("President Aliyev met the envoy in Baku.", date(1998, 7, 1), "heydar-aliyev"),
        ("President Aliyev met the envoy in Baku.", date(2008, 7, 1), "ilham-aliyev"),
        ("Tudjman arrived in Zagreb.", date(1995, 8, 1), "franjo-tudjman"),
    ],
)
def test_earlier_office_holders_resolve_by_the_article_date(nlp, text, day, kb_id):
    assert any(a.kb_id == kb_id for a in _analysis(text, day).actors)


def test_former_leader_is_coded_with_his_country(nlp):
    hits = _events(_analysis("A court in Lima ordered Fujimori to testify on Monday.", date(2003, 5, 5)), "1")
    assert any((e.target_code or "").startswith("PER") for e in hits), [(e.source_code, e.cameo, e.target_code) for e in hits]


def test_old_name_of_a_country_as_a_demonym(nlp):
    hits = _events(_analysis("Thai troops shelled Kampuchean guerrilla bases on Monday."), "19")
    assert any((e.target_code or "").startswith("KHM") for e in hits), [(e.source_code, e.cameo, e.target_code) for e in hits]


def test_title_resolves_to_the_holder_on_the_article_date(nlp):
    analysis = _analysis("The Israeli prime minister arrived in Cairo on Monday.", date(1993, 5, 3))
    assert any(a.kb_id == "yitzhak-rabin" for a in analysis.actors)


def test_earlier_un_secretary_general_codes_as_the_un(nlp):
    analysis = _analysis("Kofi Annan criticised Peru on Monday.", date(1999, 4, 12))
    annan = _actor(analysis, "Kofi Annan")
    assert annan.code == "UN" and annan.country is None
    assert any(e.source_code == "IGOUNO" for e in _events(analysis, "11"))


# -- what a protest is aimed at --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,target",
    [
        ("Hundreds of Chilean farmers began a hunger strike on Monday to protest against Peru's decision.", "PER"),
        ("Bolivian students continued their hunger strike to demand the resignation of the Peruvian president.", "PER"),
    ],
)
def test_protest_is_aimed_at_what_it_is_for(nlp, text, target):
    hits = _events(_analysis(text), "14")
    assert any((e.target_code or "").startswith(target) for e in hits), [(e.source_code, e.cameo, e.target_code) for e in hits]


def test_the_security_council_alone_is_the_un_one(nlp):
    # CAMEO's international actors dictionary codes THE_SECURITY_COUNCIL as the UN's (IGOUNO)
    analysis = _analysis("The Security Council condemned Peru on Monday.")
    assert any((e.source_code or "").startswith("IGO") for e in _events(analysis, "11"))


def test_a_countrys_own_body_is_not_the_international_one_of_that_name(nlp):
    analysis = _analysis("Russia's Security Council met on Monday.")
    council = _actor(analysis, "Security Council")
    assert council.country == "RUS" and council.code is None


# -- targets named further down, organisations before a noun, ethnic groups ---------------------------------------


def _coded(analysis):
    return [(e.source_code, e.cameo, e.target_code) for e in analysis.events]


def test_a_threat_is_aimed_at_whom_its_condition_is_put_to(nlp):
    analysis = _analysis("Brazil threatened to cancel the talks if Paraguay raises the tariffs again.")
    assert any((e.target_code or "").startswith("PRY") for e in _events(analysis, "13")), _coded(analysis)


def test_a_pronoun_in_the_condition_names_no_target(nlp):
    analysis = _analysis("Brazil threatened to cancel the talks if it rains.")
    assert all(e.target_code is None for e in _events(analysis, "13")), _coded(analysis)


@pytest.mark.parametrize(
    "text,prefix,target",
    [
        # the object of an infinitive of purpose, two steps down
        ("Spain is prepared to deploy ships to help protect Morocco.", "15", "MAR"),
        # what the object is capable of, and against whom
        ("Iran has trained hundreds of fighters capable of carrying out raids against Iraq.", "15", "IRQ"),
    ],
)
def test_target_named_further_down(nlp, text, prefix, target):
    analysis = _analysis(text)
    assert any((e.target_code or "").startswith(target) for e in _events(analysis, prefix)), _coded(analysis)


def test_a_demand_is_not_made_of_whom_it_is_meant_to_protect_against(nlp):
    analysis = _analysis("Farmers in Kenya demanded new laws to protect them against Ugandan traders.")
    assert all(not (e.target_code or "").startswith("UGA") for e in analysis.events if (e.cameo or "").startswith("10")), _coded(analysis)


def test_an_organisation_abbreviation_before_a_noun_codes_the_phrase(nlp):
    analysis = _analysis("U.N. helicopters delivered food to Bosnia on Monday.")
    assert any((e.source_code or "").startswith("IGOUNO") for e in analysis.events), _coded(analysis)


def test_ethnic_group_is_placed_where_the_phrase_puts_it(nlp):
    analysis = _analysis("Ethnic Hungarians in northern Serbia are demanding more schools.")
    assert all(a.country != "HUN" for a in analysis.actors)
    assert any((e.source_code or "").startswith("SRB") for e in _events(analysis, "10")), _coded(analysis)


def test_a_city_named_like_a_capital_is_placed_by_the_sentence(nlp):
    analysis = _analysis("Syrian troops shelled militia positions in Tripoli, the northern Lebanese city, on Monday.")
    assert any((e.target_code or "").startswith("LBN") for e in _events(analysis, "19")), _coded(analysis)


def test_a_small_namesake_does_not_move_a_capital(nlp):
    # London, Ontario is a twentieth of London: the Canadian in the sentence does not make it Canada's
    analysis = _analysis("Police in London arrested Canadian activists on Monday.")
    assert all(not (e.source_code or "").startswith("CAN") for e in analysis.events), _coded(analysis)


def test_an_unknown_named_body_with_no_country_is_an_ngo(nlp):
    analysis = _analysis("The Global Water Forum urged Brazil to invest more in sanitation.")
    assert any(e.source_code == "NGO" and (e.target_code or "").startswith("BRA") for e in _events(analysis, "0")), _coded(analysis)


@pytest.mark.parametrize("name", ["The Red Hills Alliance", "The Sixth of May Movement", "The Eastern Patriotic League"])
def test_an_unknown_alliance_movement_or_league_is_not_asserted_an_ngo(nlp, name):
    # armed groups and parties are named so as often as NGOs: no evidence of an NGO
    analysis = _analysis(f"{name} seized three towns near the border on Monday.")
    assert all(not (e.source_code or "").startswith("NGO") for e in analysis.events), _coded(analysis)


def test_a_state_organ_of_no_named_country_is_not_an_ngo(nlp):
    analysis = _analysis("The National Security Council urged Brazil to invest more in sanitation.")
    assert all(e.source_code != "NGO" for e in analysis.events), _coded(analysis)


# -- country words coordinated on one noun ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text,groups",
    [
        ("Armenian and Azerbaijani troops exchanged fire near the frontier.", {("ARM", "MIL"), ("AZE", "MIL")}),
        ("Police said Serbian and Kosovar police officers traded fire overnight.", {("SRB", "COP"), ("XKX", "COP")}),
    ],
)
def test_coordinated_demonyms_give_one_group_each(nlp, text, groups):
    analysis = _analysis(text)
    found = {(a.country, a.sectors[0]) for a in analysis.actors if a.kind == "group" and a.sectors}
    assert groups <= found
    # and the mutual exchange of fire pairs them, both ways, each side an actor
    pairs = {(e.source_code, e.target_code) for e in _events(analysis, "190")}
    (a, b) = sorted(c + s for c, s in groups)
    assert {(a, b), (b, a)} <= pairs
    assert all(e.source and e.target for e in _events(analysis, "190"))


def test_coordinated_demonyms_name_each_group_and_leave_single_nouns_alone(nlp):
    analysis = _analysis("The Russian and Chinese navies began a joint exercise.")
    assert {(a.name, a.country) for a in analysis.actors} >= {("Russian navies", "RUS"), ("Chinese navies", "CHN")}
    # a singular noun that is no role is one thing of two countries, not two groups
    analysis = _analysis("A Russian and Chinese naval exercise began on Monday.")
    assert not [a for a in analysis.actors if a.kind == "group"]


# -- every coded side of an event is an actor -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in Nepal detained the student leader Hari Thapa at his home on Friday.",
        "Soldiers in Mali fired on protesters in Bamako on Tuesday.",
    ],
)
def test_every_coded_event_side_is_a_named_actor(nlp, text):
    analysis = _analysis(text)
    actors = {a.id: a for a in analysis.actors}
    assert analysis.events
    for e in analysis.events:
        for actor_id, code in ((e.source, e.source_code), (e.target, e.target_code)):
            if code:
                assert actor_id in actors and actors[actor_id].name, (code, e)


# -- groups of no country of their own as targets ---------------------------------------------------------


def test_rebels_attacked_by_several_countries_are_neither_ones(nlp):
    analysis = _analysis("Germany and France would attack the rebels.")
    targets = {e.target_code for e in _events(analysis, "13")}
    assert not targets & {"DEUREB", "FRAREB"}, _coded(analysis)


def test_a_group_target_is_placed_where_the_act_is_done(nlp):
    analysis = _analysis("Ethiopia attacked the insurgents near Mogadishu on Tuesday.")
    assert {e.target_code for e in _events(analysis, "19")} == {"SOMREB"}, _coded(analysis)


def test_a_group_target_of_a_single_state_is_still_its_own(nlp):
    analysis = _analysis("The Sudanese army attacked the rebels on Monday.")
    assert {e.target_code for e in _events(analysis, "19")} == {"SDNREB"}, _coded(analysis)


# -- a country in the modifier of an abstract subject is not the subject -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The extent of hunger in Yemen demands a generous answer from donors.",
        "The situation in Myanmar demands a serious response.",
    ],
)
def test_a_country_modifying_an_abstract_subject_is_no_source(nlp, text):
    analysis = _analysis(text)
    assert not [e for e in analysis.events if e.source_code], _coded(analysis)


@pytest.mark.parametrize(
    "text,source",
    [
        ("The delegation from Chile demanded a ceasefire.", "CHL"),
        ("Dozens of students in Lima demanded new elections.", "PER"),
    ],
)
def test_a_group_subject_is_placed_by_its_modifier(nlp, text, source):
    analysis = _analysis(text)
    assert any((e.source_code or "").startswith(source) for e in analysis.events), _coded(analysis)


@pytest.mark.parametrize("text", [
    "Chad's warring parties agreed on Monday to a three-day truce.",
    "Talks between the warring parties of Chad resumed on Monday.",
])
def test_warring_parties_are_no_political_party(nlp, text):
    """A side in a war is not a political party, in the events stage's own reading of a phrase as in the
    actors stage's (one guard for both)."""
    a = _analysis(text)
    assert not any("PTY" in (e.source_code or "") + (e.target_code or "") for e in a.events)
    assert not any("PTY" in x.sectors for x in a.actors)


def test_the_government_of_the_only_country_in_its_clause_is_a_target(nlp):
    """"Kenya's opposition accused the government": the government is Kenya's, and the accusation's target."""
    e = _events(_analysis("Kenya's opposition accused the government of fraud on Monday."), "112")[0]
    assert (e.source_code, e.target_code) == ("KENOPP", "KENGOV")


def test_a_guessed_government_is_not_the_speaking_states_own(nlp):
    """"Chad urged the government to ...": which government the sentence does not say, and it is not Chad's
    own, whatever country the actors stage guessed for it."""
    a = _analysis("Chad urged the government to release the prisoners on Monday.")
    assert not any(e.source_code == "TCD" and e.target_code == "TCDGOV" for e in a.events)


@pytest.mark.parametrize("text,target", [
    ("Police fired tear gas at opposition supporters in Lusaka on Friday.", "ZMBOPP"),
    ("Soldiers beat opposition activists in Lusaka on Friday.", "ZMBOPP"),
])
def test_opposition_supporters_are_the_opposition(nlp, text, target):
    """Supporters or activists of the opposition are coded OPP, also where their country comes from a
    place in their own phrase ("in Lusaka")."""
    a = _analysis(text)
    assert any(e.target_code == target for e in a.events), [(e.cameo, e.source_code, e.target_code) for e in a.events]


def test_a_pronoun_in_a_subordinate_clause_is_not_the_reporter(nlp):
    """"Police fired at protesters as they tried to march, witnesses said": "they" are not the witnesses."""
    a = _analysis("Police in Lusaka fired tear gas at students as they tried to march to parliament, witnesses said.")
    witnesses = [x.id for x in a.actors if x.name.lower() == "witnesses"]
    assert not any(e.source in witnesses for e in a.events)


@pytest.mark.parametrize("text, prefix, source, target", [
    # the commander is of the ally, placed in Lebanon: not Israel's
    ("Hezbollah fighters killed a commander of Israel's militia ally in southern Lebanon on Sunday.", "19", "LBN", "LBN"),
    ("China warned Japan's neighbours against joining the pact.", "13", "CHN", None),
    ("Russia's allies sent troops to Kazakhstan on Thursday.", "07", None, "KAZ"),
])
def test_a_countrys_allies_and_neighbours_are_coded_apart_from_it(nlp, text, prefix, source, target):
    event = _events(_analysis(text), prefix)[0]
    assert (event.source_code or "")[:3] == (source or "")
    assert (event.target_code or "")[:3] == (target or "")


def test_a_word_of_an_unknown_persons_name_is_not_a_known_namesake(nlp):
    """"Chris Wallace" shares a surname with a British defence secretary of the time, but is not him."""
    event = _events(_analysis("Moderator Chris Wallace was criticized by Kenya for his questions.", date(2020, 10, 1)), "11")[0]
    assert not (event.target_code or "").startswith("GBR")


@pytest.mark.parametrize("text", ["The Philippine navy held drills in the South China Sea on Monday.",
                                  "China and Russia held naval drills in the Sea of Japan."])
def test_a_sea_named_for_a_country_is_not_that_country(nlp, text):
    events = _events(_analysis(text), "15")
    assert all((e.target_code or "")[:3] not in ("CHN", "JPN") for e in events), [(e.source_code, e.target_code) for e in events]


def test_a_word_of_a_persons_name_the_tagger_calls_a_place_is_no_place(nlp):
    """"West" (Kanye West, named before) tagged as a place would be Cameroon's West Region."""
    analysis = _analysis("Kanye West entered the race in July. Critics said West was running to help President Trump.",
                         date(2020, 8, 31))
    assert all(not (e.source_code or "").startswith("CMR") for e in analysis.events)


def test_a_thing_owned_by_an_actor_is_not_named_as_an_actor(nlp):
    """"alleged Ruto's plan would ...": the target is Ruto, not an actor called "Ruto's plan" nor Kenya."""
    analysis = _analysis("Kenyan opposition leader Raila Odinga alleged President William Ruto's plan would ruin farmers.",
                         date(2023, 5, 1))
    names = {a.id: a.name for a in analysis.actors}
    event = _events(analysis, "11")[0]
    assert names.get(event.target) == "William Ruto"
    assert "plan" not in " ".join(names.values())


def test_the_name_in_apposition_acts_for_a_title_the_actors_stage_does_not_know(nlp):
    analysis = _analysis("The bloc's security chief, Mara Lindqvist, urged Iran to release the sailors.")
    (event,) = _events(analysis, "02")
    assert event.source == _actor(analysis, "Mara Lindqvist").id
    assert event.target_code == "IRN"


def test_a_bracketed_name_is_no_apposition_naming_the_noun():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from telex.stages.actor_words import apposed_name

    words = ["an", "extension", "(", "UNIFIL", ")", "and", "the", "chief", ",", "Ann", "Lee", ","]
    heads = [1, 1, 1, 1, 1, 1, 7, 1, 7, 10, 7, 7]
    deps = ["det", "ROOT", "punct", "appos", "punct", "cc", "det", "conj", "punct", "compound", "appos", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    actor_of = {3: "a1", 9: "a2", 10: "a2"}
    assert apposed_name(doc[1], actor_of) is None
    assert apposed_name(doc[7], actor_of).text == "Lee"


@pytest.mark.parametrize("text,code", [
    ("Officials from Kenya and Uganda signed a trade agreement on Wednesday.", "057"),
    ("The foreign ministers of Kenya and Tanzania met in Arusha on Monday.", "040"),
])
def test_people_from_coordinated_countries_are_each_sides(text, code):
    analysis = telex.extract(text, published="2021-05-01")
    pairs = {(e.source_code[:3], e.target_code[:3]) for e in analysis.events if e.cameo == code}
    assert len(pairs) == 2 and all(s != t for s, t in pairs), analysis.events
