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
