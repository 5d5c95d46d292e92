"""Merging per-article results into one record per actor."""

from collections import Counter

from generator.extract.corpus import _distinct_aliases


def test_aliases_that_differ_only_in_case_are_one_alias():
    seen = Counter({"The Russian leader": 3, "the Russian leader": 1, "Mr Putin": 2, "Vladimir Putin": 5,
                    "vladimir putin": 1})
    assert _distinct_aliases(seen, "Vladimir Putin") == ["Mr Putin", "the Russian leader"]


def test_mentions_found_with_or_without_the_word_prefilter():
    from generator.extract.actors import ActorEntry, ActorIndex

    index = ActorIndex([ActorEntry("kremlin", "the Kremlin", "organisation", aliases=["Kremlin"]),
                        ActorEntry("g7", "G7", "organisation", aliases=["7"]),
                        ActorEntry("un", "United Nations", "organisation", descriptions=["the world body"])])
    text = "The Kremlin told the World Body that 7 members and the G7 disagree."
    assert [(m.actor, m.surface) for m in index.find(text)] == [
        ("kremlin", "Kremlin"), ("un", "the World Body"), ("g7", "7"), ("g7", "G7")]
    assert index.find("Nothing here names anyone.") == []


def test_a_persons_state_is_an_actor_even_where_only_its_adjective_names_it(config):
    """Emmanuel Macron's gazetteer entry and a newly discovered Hungarian prime minister both link
    to their states, though no sentence names France or Hungary."""
    from generator.extract.article import extract_article
    from generator.extract.corpus import merge_articles

    text = ("Example News\nLeaders meet as talks stall\n"
            "French President Emmanuel Macron said on Monday that Europe would keep up the pressure.\n"
            "Hungarian Prime Minister Viktor Orban said the sanctions had failed and must be lifted.\n")
    content = merge_articles([extract_article("seeds/a.txt", text, config, None)], config)
    actors = {a.id: a for a in content.actors}
    assert actors["emmanuel-macron"].affiliation == "france"
    assert actors["viktor-orban"].affiliation == "hungary"
    assert actors["france"].kind == actors["hungary"].kind == "state"
