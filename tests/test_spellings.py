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


@pytest.mark.parametrize("said, also, actor", [
    # one name spelled two ways
    ("Iranian Foreign Minister Abbas Araghchi", "Iranian Foreign Minister Abbas Araqchi", "Abbas Araghchi"),
    # one name with and without a middle name
    ("Ruritanian Defence Minister Karl Lindqvist", "Ruritanian Defence Minister Karl Johan Lindqvist",
     "Karl Lindqvist"),
])
def test_one_person_named_two_ways_in_two_articles_is_one_actor(config, said, also, actor):
    first = HEAD + f"{said} said: \u201cWe will never give up our right to enrichment.\u201d\n"
    second = HEAD + (f"{also} said the country was ready to negotiate some limits on its "
                     "nuclear work in return for the lifting of sanctions.\n")
    content = extract_all([Seed("seeds/a.txt", first), Seed("seeds/b.txt", second)], config, jobs=1)
    people = [a for a in content.actors if a.kind == "person"]
    actor_id = actor.lower().replace(" ", "-")
    assert [(a.id, a.name) for a in people] == [(actor_id, actor)]
    assert {q.speaker for q in content.quotes} == {actor_id}
    assert also.split(" Minister ")[1] in people[0].aliases


def test_a_name_without_its_middle_name_that_two_people_share_names_neither(config):
    first = HEAD + ("Ruritanian Defence Minister Karl Johan Lindqvist met Ruritanian Trade Minister Karl Erik "
                    "Lindqvist on Monday.\n")
    second = HEAD + "Ruritanian Defence Minister Karl Lindqvist said talks would resume.\n"
    content = extract_all([Seed("seeds/a.txt", first), Seed("seeds/b.txt", second)], config, jobs=1)
    assert {a.id for a in content.actors if a.kind == "person"} == {
        "karl-johan-lindqvist", "karl-erik-lindqvist", "karl-lindqvist"}


def test_a_listed_person_keeps_its_id_when_an_article_names_him_without_his_middle_name(config):
    listed = next(a for a in config.actors if a.kind == "person" and len(a.name.split()) >= 3)
    words = listed.name.split()
    short = f"{words[0]} {words[-1]}"
    body = HEAD + f"Ruritanian officials met {short}, the envoy, who said talks would resume on Monday.\n"
    content = extract_all([Seed("seeds/a.txt", body)], config, jobs=1)
    assert not any(a.name == short for a in content.actors)
