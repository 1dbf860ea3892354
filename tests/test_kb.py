"""The knowledge base of actors (telex.kb, knowledge/actors.tsv): named office holders resolve, by name and
article date, to the country, role and sectors of their term; and the table's rows stay consistent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import telex
from telex import kb as kb_module
from telex.kb import get_kb

# name as news writes it, article date, expected id, country, role, sectors, whether in office that day
LEADERS = [
    ("Pedro Sánchez", date(2024, 1, 1), "pedro-sanchez", "ESP", "prime minister", ("GOV",), True),
    ("Pedro Sanchez", date(2016, 1, 1), "pedro-sanchez", "ESP", "prime minister", ("GOV",), False),
    ("Rajoy", date(2015, 6, 1), "mariano-rajoy", "ESP", "prime minister", ("GOV",), True),
    ("Felipe VI", date(2020, 3, 1), "felipe-vi", "ESP", "king", ("ELI",), True),
    ("al-Maliki", date(2010, 5, 1), "nouri-al-maliki", "IRQ", "prime minister", ("GOV",), True),
    ("Sudani", date(2023, 5, 1), "mohammed-shia-al-sudani", "IRQ", "prime minister", ("GOV",), True),
    ("Maduro", date(2020, 2, 1), "nicolas-maduro", "VEN", "president", ("GOV",), True),
    ("Ruto", date(2018, 2, 1), "william-ruto", "KEN", "deputy president", ("GOV",), True),
    ("Ruto", date(2023, 2, 1), "william-ruto", "KEN", "president", ("GOV",), True),
    ("Abiy", date(2020, 11, 4), "abiy-ahmed", "ETH", "prime minister", ("GOV",), True),
    ("Abiy Ahmed", date(2015, 1, 1), "abiy-ahmed", "ETH", "prime minister", ("GOV",), False),
    ("Tinubu", date(2024, 6, 1), "bola-tinubu", "NGA", "president", ("GOV",), True),
    ("Madbouly", date(2020, 6, 1), "mostafa-madbouly", "EGY", "prime minister", ("GOV",), True),
    ("Sharif", date(2015, 6, 1), "nawaz-sharif", "PAK", "prime minister", ("GOV",), True),
    ("Sharif", date(2023, 1, 10), "shehbaz-sharif", "PAK", "prime minister", ("GOV",), True),
    ("Shehbaz Sharif", date(2023, 11, 1), "shehbaz-sharif", "PAK", "prime minister", ("GOV",), False),
    ("Aoun", date(2018, 6, 1), "michel-aoun", "LBN", "president", ("GOV",), True),
    ("Aoun", date(2023, 6, 1), "joseph-aoun", "LBN", "commander-in-chief", ("MIL",), True),
    ("Aoun", date(2025, 6, 1), "joseph-aoun", "LBN", "president", ("GOV",), True),
    ("Haftar", date(2019, 4, 5), "khalifa-haftar", "LBY", "commander", ("MIL",), True),
    ("Prayuth", date(2016, 1, 1), "prayut-chan-o-cha", "THA", "prime minister", ("GOV",), True),
    ("Vucic", date(2015, 1, 1), "aleksandar-vucic", "SRB", "prime minister", ("GOV",), True),
    ("Vučić", date(2020, 1, 1), "aleksandar-vucic", "SRB", "president", ("GOV",), True),
    ("Pashinyan", date(2020, 10, 1), "nikol-pashinyan", "ARM", "prime minister", ("GOV",), True),
    ("Tokayev", date(2022, 1, 5), "kassym-jomart-tokayev", "KAZ", "president", ("GOV",), True),
    ("Boluarte", date(2023, 1, 1), "dina-boluarte", "PER", "president", ("GOV",), True),
    ("Boluarte", date(2026, 1, 1), "dina-boluarte", "PER", "president", ("GOV",), False),
    ("Diaz-Canel", date(2019, 1, 1), "miguel-diaz-canel", "CUB", "president", ("GOV",), True),
    ("Kurz", date(2015, 9, 1), "sebastian-kurz", "AUT", "foreign minister", ("GOV",), True),
    ("Kurz", date(2018, 9, 1), "sebastian-kurz", "AUT", "chancellor", ("GOV",), True),
    ("Frederiksen", date(2020, 4, 1), "mette-frederiksen", "DNK", "prime minister", ("GOV",), True),
    ("Fico", date(2024, 5, 15), "robert-fico", "SVK", "prime minister", ("GOV",), True),
    ("Rebelo de Sousa", date(2026, 5, 1), "marcelo-rebelo-de-sousa", "PRT", "president", ("GOV",), False),
    ("Sandu", date(2021, 7, 1), "maia-sandu", "MDA", "president", ("GOV",), True),
    ("Deby", date(2010, 1, 1), "idriss-deby", "TCD", "president", ("GOV",), True),
    ("Deby", date(2022, 1, 1), "mahamat-idriss-deby", "TCD", "president", ("GOV",), True),
    ("Ibrahim Traore", date(2023, 3, 1), "ibrahim-traore", "BFA", "president", ("GOV", "MIL"), True),
    ("Tshisekedi", date(2020, 1, 1), "felix-tshisekedi", "COD", "president", ("GOV",), True),
    ("King Felipe", date(2010, 1, 1), "felipe-vi", "ESP", "king", ("ELI",), False),
    ("Bukele", date(2020, 2, 9), "nayib-bukele", "SLV", "president", ("GOV",), True),
    ("Boric", date(2027, 1, 1), "gabriel-boric", "CHL", "president", ("GOV",), False),
    ("Ardern", date(2019, 3, 15), "jacinda-ardern", "NZL", "prime minister", ("GOV",), True),
    ("Anwar Ibrahim", date(2023, 6, 1), "anwar-ibrahim", "MYS", "prime minister", ("GOV",), True),
    ("Kurti", date(2022, 8, 1), "albin-kurti", "XKX", "prime minister", ("GOV",), True),
    ("Mutharika", date(2022, 1, 1), "peter-mutharika", "MWI", "president", ("GOV",), False),
    ("Ouattara", date(2015, 1, 1), "alassane-ouattara", "CIV", "president", ("GOV",), True),
    ("Barzani", date(2015, 1, 1), "masoud-barzani", "IRQ", "kurdistan region president", ("GOV",), True),
    ("Christodoulides", date(2020, 1, 8), "nikos-christodoulides", "CYP", "foreign minister", ("GOV",), True),
    ("Lamamra", date(2022, 3, 1), "ramtane-lamamra", "DZA", "foreign minister", ("GOV",), True),
]


@pytest.mark.parametrize("name,day,kb_id,country,role,sectors,in_office", LEADERS)
def test_leader_resolves_to_the_term_of_the_article_date(name, day, kb_id, country, role, sectors, in_office):
    found = get_kb().actor(name, day)
    assert found is not None, name
    actor, term = found
    assert actor.id == kb_id
    assert (term.country, term.role, term.sectors) == (country, role, sectors)
    assert term.holds_on(day) is in_office


@pytest.mark.parametrize(
    "role,country,day,kb_id",
    [
        ("prime minister", "ESP", date(2019, 1, 1), "pedro-sanchez"),
        ("prime minister", "ESP", date(2010, 1, 1), "jose-luis-rodriguez-zapatero"),
        ("president", "IRQ", date(2016, 1, 1), "fuad-masum"),
        ("foreign minister", "HUN", date(2020, 1, 1), "peter-szijjarto"),
        ("president", "COL", date(2027, 1, 1), None),  # Petro's term ends on its constitutional date
        ("president", "IRQ", date(2015, 1, 1), "fuad-masum"),  # not the Kurdistan Region's president
    ],
)
def test_holder_of_an_office_on_a_day(role, country, day, kb_id):
    holder = get_kb().holder(role, country, day)
    assert (holder.id if holder else None) == kb_id


@pytest.mark.parametrize("word", ["Anwar", "Najib", "Muscat", "Store", "Lugo", "Dar", "Chapo", "Boko", "Barrow", "Borisov"])
def test_a_given_name_word_or_place_is_no_leader_alone(word):
    # "Anwar" is a mother's name in a Pakistani court report, "Dar" part of Dar es Salaam, Yuri Borisov a Russian
    found = get_kb().actor(word)
    assert found is None or found[0].kind != "person", (word, found[0].id)


def test_every_built_in_term_starts_before_it_ends_and_one_id_is_one_actor():
    for actor in get_kb().actors.values():
        if actor.source != "built-in":
            continue
        for term in actor.terms:
            assert term.start is None or term.end is None or term.start <= term.end, (actor.id, term)
    table = Path(kb_module.__file__).parent / "knowledge" / "actors.tsv"
    seen: dict[str, tuple[str, str]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        actor_id, kind, name = line.split("\t")[:3]
        assert seen.setdefault(actor_id, (kind, name)) == (kind, name), (actor_id, seen[actor_id], (kind, name))


def test_surname_of_a_new_head_of_government_places_the_speaker(nlp):
    analysis = telex.extract("Sánchez said the government would not raise taxes this year.", published=date(2024, 3, 4))
    sanchez = [a for a in analysis.actors if a.kb_id == "pedro-sanchez"]
    assert sanchez and sanchez[0].country == "ESP", [(a.name, a.kb_id, a.country) for a in analysis.actors]
