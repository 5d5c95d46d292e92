"""Gates on the rules' regexes: a cheap substring test may skip a regex only when it cannot match."""

from __future__ import annotations

import random
import re

import pytest

from generator.extract.claims import _cue_patterns
from generator.extract.metadata import _outlet_patterns
from generator.extract.text import BODY, Line, _phrases, raw_lines, split_sentences
from generator.literals import Gated, fold, required_literals, trie_alternation

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
    # a common word gates nothing: any other requirement, even shorter, rules out more sentences
    (r"g(?:ave|ive) (?:\w+ ){1,6}?(?:days?|weeks?) to\b", ("ave", "ive")),
    (r"(?:told|asked) the", ("asked", "told")),
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
    # ("^…" rules fail at a line's first character and are never gated, by design)
    unanchored = [g for g in gates if not g.pattern.pattern.startswith(("^", "\\A"))]
    assert sum(bool(g.literals) for g in unanchored) >= len(unanchored) * 9 // 10, "nearly every rule is gated"
    texts = []
    for path in sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "fixtures").rglob("*.txt")]):
        raw = path.read_text(encoding="utf-8")
        for i, (start, end, line) in enumerate(raw_lines(raw)):
            texts.append(line)
            texts.extend(s.text for s in split_sentences(Line(i, start, end, line, BODY)))
    assert len(texts) > 500
    skipped = 0
    gated = [gate for gate in gates if gate.literals]  # "^..." rules fail at once and need no gate
    for text in texts:
        folded = fold(text)
        for gate in gates:
            bare = gate.pattern.search(text)
            assert (gate.search(text, folded) is None) == (bare is None), (gate.pattern.pattern, text)
            skipped += bool(gate.literals) and not gate.possible(folded)
        for gate_set in sets:
            possible = set(gate_set.possible(text))
            assert all(gate_set.gates[i].pattern.search(text) is None
                       for i in range(len(gate_set.gates)) if i not in possible), text
    assert skipped > len(texts) * len(gated) * 0.9, "a gated pattern is ruled out on nine texts in ten"


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


def _plain(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _spans(pattern: str, flags: int, texts) -> list:
    compiled = re.compile(pattern, flags)
    return [[(m.span(), m.groups()) for m in compiled.finditer(text)] for text in texts]


WRAPS = ("(?:{})", r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})s?\b", r"(?P<w>{})\s+(?P<n>[A-Z]\w+)")


def test_word_trees_match_exactly_what_the_longest_first_alternation_matches(config):
    """Every cue list and every gazetteer list, written as a prefix tree, on every line of the
    seeds and fixtures: the same matches, in the case mode each is used in."""
    texts = [line for path in sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "fixtures").rglob("*.txt")])
             for line in path.read_text(encoding="utf-8").splitlines()]
    cues = config.cues
    lists = [list(v) for v in vars(cues).values()
             if isinstance(v, (tuple, list, frozenset)) and v and all(isinstance(x, str) for x in v)]
    lists += [list(items) for group in (cues.demand, cues.proposal) for items in group.values() if items
              and not any("(" in i or "." in i for i in items)]
    entries = config.actors
    lists += [[a for e in entries for a in e.aliases], [d for e in entries for d in e.descriptions]]
    trees = 0
    for words in lists:
        for fold_case, flags in ((False, 0), (False, re.I), (True, re.I)):
            tree = trie_alternation(words, fold_case=fold_case)
            if tree is None:
                continue
            trees += 1
            for wrap in WRAPS:
                assert _spans(wrap.format(tree), flags, texts) == _spans(wrap.format(_plain(words)), flags, texts), \
                    (words[:5], fold_case, flags, wrap)
    assert trees >= len(lists) * 2, "most lists are written as trees"


def test_word_trees_on_random_words_with_shared_prefixes_and_case_variants():
    rng = random.Random(7)
    alphabet = "abAB ."
    for _ in range(300):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))).strip() or "a" for _ in range(6)]
        texts = ["".join(rng.choice(alphabet + "c") for _ in range(40)) for _ in range(20)]
        for fold_case, flags in ((False, 0), (False, re.I), (True, re.I)):
            tree = trie_alternation(words, fold_case=fold_case)
            if tree is None:
                assert any(a != b and a.lower() == b.lower() for a in "".join(words) for b in "".join(words))
                continue
            for wrap in WRAPS[:3]:
                assert _spans(wrap.format(tree), flags, texts) == _spans(wrap.format(_plain(words)), flags, texts), \
                    (words, fold_case, flags, wrap)


def test_words_whose_case_folding_is_irregular_stay_a_plain_alternation():
    assert trie_alternation(["Straße", "strasse"], fold_case=True) is None  # "ß" upper-cases to "SS"
    assert trie_alternation(["İstanbul"], fold_case=True) is None  # lowercases to two characters
    assert trie_alternation(["sea", "ſeal"]) is None  # "ſ" matches "s" under IGNORECASE
    assert trie_alternation(["Pope", "pope francis"]) is None  # siblings P/p: unless folded first
    assert trie_alternation(["Pope", "pope francis"], fold_case=True) is not None


def test_one_scan_finds_every_literal_a_substring_test_finds_even_overlapping_and_nested():
    """GateSet reads each text once: the literals it finds (each standing for its prefixes) are
    exactly those `in` finds, for literals that share prefixes, nest and overlap."""
    from generator.literals import _literal_scan

    rng = random.Random(11)
    alphabet = "ab d'."
    for _ in range(300):
        literals = tuple(sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(8)}))
        scan = _literal_scan(literals)
        for _ in range(20):
            text = "".join(rng.choice(alphabet + "c") for _ in range(rng.randint(0, 30)))
            found = {lit for hit in scan.findall(text) for lit in literals if hit.startswith(lit)}
            assert found == {lit for lit in literals if lit in text}, (literals, text)
