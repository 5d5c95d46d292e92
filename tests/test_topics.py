"""The shipped topic rules (site_config/topics.yaml) on the kinds of sentence facts are told in."""

import pytest

from generator.extract.topics import classify


@pytest.mark.parametrize("text, topics", [
    ("Russia and Ukraine agreed to a 30-day ceasefire.", ["ceasefire"]),
    # the talks meant to reach a truce belong to it, however they are named
    ("Ukraine is ready for direct negotiations with Russia in any format.", ["ceasefire"]),
    ("Turkey has offered to host a meeting between the two presidents.", ["ceasefire"]),
    ("Zelensky has called for security guarantees from Western allies.", ["ceasefire"]),
    ("Putin said a settlement is possible only if the root causes of the conflict are eliminated.", ["ceasefire"]),
    ("Fidan proposed that the next round be held at the level of leaders.", ["ceasefire"]),
    ("Pakistan called on India to immediately cease fire along the border.", ["ceasefire", "territory"]),
    ("The envoy urged both sides to return to dialogue.", ["ceasefire"]),
    ("The mediators called for an urgent de-escalation.", ["ceasefire"]),
    ("Baku said the peace treaty is ready for signing.", ["ceasefire"]),
    ("The EU approved a 17th package of sanctions against Russia.", ["sanctions"]),
    ("Russia demanded that Ukraine withdraw its troops from four regions.", ["territory"]),
    ("The Pope offered to host talks at the Vatican.", ["ceasefire", "vatican-venue"]),
    ("Seoul urged Pyongyang to respond to the offer.", []),
])
def test_a_fact_belongs_to_the_topics_its_words_name(config, text, topics):
    assert classify(text, config.topics) == topics
