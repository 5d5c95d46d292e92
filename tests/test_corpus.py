"""Merging per-article results into one record per actor."""

from collections import Counter

from generator.extract.corpus import _distinct_aliases


def test_aliases_that_differ_only_in_case_are_one_alias():
    seen = Counter({"The Russian leader": 3, "the Russian leader": 1, "Mr Putin": 2, "Vladimir Putin": 5,
                    "vladimir putin": 1})
    assert _distinct_aliases(seen, "Vladimir Putin") == ["Mr Putin", "the Russian leader"]
