"""Gates on the rules' regexes: a cheap substring test may skip a regex only when it cannot match."""

from __future__ import annotations

import re

import pytest

from generator.extract.claims import _cue_patterns
from generator.extract.metadata import _outlet_patterns
from generator.extract.text import BODY, Line, _phrases, raw_lines, split_sentences
from generator.literals import Gated, fold, required_literals

from .conftest import ROOT


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\bnewsletter\b", ("newsletter",)),
    (r"\b(?:install|get|download) (?:the )?apps?\b", ("app",)),  # the longest certain part wins
    (r"\b(?:follow|share) (?:us|this|on)\b", ("follow", "share")),
    (r"(?:demand|demands|demanded)\b", ("demand",)),  # longer forms contain the shortest
    (r"\b(?:sign|log) ?(?:up|in)\b", ("log", "sign")),
    (r"\d+ (?:minute|hour)s? ago", (" ago",)),
    (r"(?:a|\w+) x", (" x",)),
    (r"(?:foo)?bar?", ("ba",)),  # optional parts are never required
    (r"\w+\s\d", ()),  # nothing literal: never gated
    (r"(?:news|\w+)letter", ("letter",)),
    (r"(?:news|\w+)", ()),  # one branch has no literal, so the branch requires nothing
    (r"“quoted” wording", (" wording",)),  # curly quotes are not ASCII: they end a literal
    (r"“quoted” word", ("quoted",)),
])
def test_required_literals(pattern, literals):
    assert tuple(sorted(required_literals(re.compile(pattern, re.I)))) == literals


def test_texts_lower_does_not_fold_like_the_regex_engine_are_never_gated():
    """Under IGNORECASE 'ſ' matches 's' and 'ı' matches 'i', which str.lower() keeps apart."""
    gate = Gated(re.compile(r"\bsubscribe\b", re.I))
    for text in ("Please ſubscribe today", "Please subscrıbe today", "PLEASE SUBSCRİBE TODAY"):
        assert gate.pattern.search(text), text
        assert gate.search(text, fold(text)), text
    assert gate.search("Please SUBSCRIBE now", fold("Please SUBSCRIBE now"))
    assert gate.search("Nothing to see here", fold("Nothing to see here")) is None


def test_gates_never_change_what_the_rules_find(config):
    """Every furniture rule, cue pattern and outlet shape, on every line and sentence of the seeds and the
    fixture articles, finds exactly what the bare regex finds."""
    sets = [_phrases(config.boilerplate), _cue_patterns(config.cues).cue_set, _outlet_patterns(config)[0]]
    gates = [gate for gate_set in sets for gate in gate_set.gates]
    assert sum(bool(g.literals) for g in gates) >= len(gates) // 2, "most rules are gated"
    texts = []
    for path in sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "fixtures").rglob("*.txt")]):
        raw = path.read_text(encoding="utf-8")
        for i, (start, end, line) in enumerate(raw_lines(raw)):
            texts.append(line)
            texts.extend(s.text for s in split_sentences(Line(i, start, end, line, BODY)))
    assert len(texts) > 500
    skipped = 0
    for text in texts:
        folded = fold(text)
        for gate in gates:
            bare = gate.pattern.search(text)
            assert (gate.search(text, folded) is None) == (bare is None), (gate.pattern.pattern, text)
            skipped += not gate.possible(folded)
        for gate_set in sets:
            possible = set(gate_set.possible(text))
            assert all(gate_set.gates[i].pattern.search(text) is None
                       for i in range(len(gate_set.gates)) if i not in possible), text
    assert skipped > len(texts) * len(gates) // 2, "gates rule out most patterns on most texts"


def test_topic_classification_with_gates_agrees_with_the_rules(config):
    from generator.config import Topic
    from generator.extract.topics import classify

    extra = Topic("talks-not-war", "Talks", "", any=(re.compile(r"(?<![\w-])talks?\b", re.I),),
                  all=(re.compile(r"(?<![\w-])peace", re.I),), none=(re.compile(r"(?<![\w-])war\b", re.I),))
    topics = (*config.topics, extra)
    found = set()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        for i, (start, end, line) in enumerate(raw_lines(raw)):
            for sentence in split_sentences(Line(i, start, end, line, BODY)):
                expected = [t.id for t in topics if t.matches(sentence.text)]
                assert classify(sentence.text, topics) == expected, sentence.text
                found.update(expected)
    assert found == {t.id for t in topics}, "every topic, the all/none one too, was matched somewhere"
    assert "talks-not-war" in classify("Peace talks resumed in Istanbul.", topics)
    assert "talks-not-war" not in classify("Peace talks to end the war resumed.", topics)
    assert "talks-not-war" not in classify("Talks resumed in Istanbul.", topics)
