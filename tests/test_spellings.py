import pytest

from generator.extract.run import extract_all
from generator.extract.spellings import spelling_key
from generator.seeds import Seed

HEAD = "Talks on the nuclear programme resume\nMay 20, 2025\n"


@pytest.mark.parametrize("a, b", [
    ("Abbas Araghchi", "Abbas Araqchi"),
    ("Esmaeil Baghaei", "Esmaeil Baqaei"),
    ("Andriy Sybiha", "Andrii Sybiha"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Mohammed Abou Khalil", "Mohammed Abu Halil"),
    ("Rustem Umierov", "Rustem Umerov"),
])
def test_transliterations_of_one_name_read_alike(a, b):
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize("a, b", [("Jan Novak", "Jana Novak"), ("Ali Khan", "Ali Kahn"), ("Anna Berg", "Hanna Berg")])
def test_different_names_stay_apart(a, b):
    assert spelling_key(a) != spelling_key(b)


def test_one_person_spelled_two_ways_in_two_articles_is_one_actor(config):
    first = HEAD + "Iranian Foreign Minister Abbas Araghchi said: \u201cIran will never give up its right to enrichment.\u201d\n"
    second = HEAD + ("Iranian Foreign Minister Abbas Araqchi said Tehran was ready to negotiate some limits on its "
                     "nuclear work in return for the lifting of sanctions.\n")
    content = extract_all([Seed("seeds/a.txt", first), Seed("seeds/b.txt", second)], config, jobs=1)
    people = [a for a in content.actors if a.kind == "person"]
    assert [(a.id, a.name) for a in people] == [("abbas-araghchi", "Abbas Araghchi")]
    assert {q.speaker for q in content.quotes} == {"abbas-araghchi"}
    assert "Abbas Araqchi" in people[0].aliases
