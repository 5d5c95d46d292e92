"""Cheap necessary conditions for the rules' regular expressions: text any match must contain.

The rules in site_config are case-insensitive regular expressions, run on every line and
sentence of every article, and nearly all of them fail nearly everywhere. A regex beginning with
"\\b" gets no literal-prefix scan from Python's engine, so each failure walks the whole line.
Reading a pattern's syntax tree gives literal strings one of which every match must contain
("newsletter", or "install"/"get"/"download"); a substring test on the lowercased text rules
the pattern out many times faster and never changes an answer.

Exactness: a gate only ever says "cannot match", and only when that is certain. Literals are
ASCII; under IGNORECASE Python's engine also matches them with 'İ', 'ı' and 'ſ', which
`str.lower` does not fold to ASCII, so text holding any of those is never gated (`fold`). The
syntax tree comes from the standard library's parser; if a future Python changes it, gates are
simply not built and every pattern runs as before.
"""

from __future__ import annotations

import re

from generator.regexcache import remembered

_UNFOLDED = ("\u0130", "\u0131", "\u017f")  # İ ı ſ: match i, i, s under IGNORECASE; lower() keeps them apart

try:  # the parser `re.compile` itself uses; private, hence the fallback
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - other Pythons
    _p = _c = None


def fold(text: str) -> str | None:
    """The text as gates read it, or None when gates must not be used on it."""
    if any(ch in text for ch in _UNFOLDED):
        return None
    return text.lower()


# Words in nearly every sentence: a gate on " to" or " the" rules out almost nothing, so any
# other requirement, even a shorter one, is the better gate.
_COMMON = frozenset({"to", "the", "of", "and", "in", "for", "on", "with", "a", "an", "that", "is", "was",
                     "by", "at", "as", "it", "he", "she", "they", "said"})


def _selectivity(literals: tuple[str, ...]) -> tuple[int, int]:
    return min(0 if lit.strip() in _COMMON else len(lit) for lit in literals), -len(literals)


def _best(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Of two requirements that both hold, the more selective: longest shortest literal, and
    never a common word when there is anything else."""
    if not b:
        return a
    if not a:
        return b
    return b if _selectivity(b) > _selectivity(a) else a


def _sequence(items) -> tuple[str, ...] | None:
    """Literals one of which a match of this sequence contains; None if nothing is certain."""
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, arg in items:
        if op is _c.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        if run:
            best = _best(best, ("".join(run),))
            run = []
        if op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
            best = _best(best, _sequence(arg[-1] if op is _c.SUBPATTERN else arg))
        elif op is _c.BRANCH:
            options = [_sequence(branch) for branch in arg[1]]
            if all(options):
                best = _best(best, tuple(sorted({lit for option in options for lit in option})))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
            best = _best(best, _sequence(arg[2]))
    if run:
        best = _best(best, ("".join(run),))
    return best


def required_literals(pattern: re.Pattern) -> tuple[str, ...]:
    """Lowercase ASCII strings, one of which occurs (case-insensitively) in every match of
    `pattern`; () when none can be derived, and then the pattern is never gated."""
    if _p is None or not isinstance(pattern.pattern, str):
        return ()
    return _literals_of(pattern.pattern, pattern.flags)


@remembered
def _literals_of(source: str, flags: int) -> tuple[str, ...]:
    try:
        literals = _sequence(_p.parse(source, flags)) or ()
    except Exception:  # noqa: BLE001 - an unknown tree shape only means no gate
        return ()
    # "demand" already admits "demanded" and "demands": test the shortest forms only
    return tuple(lit for lit in literals if not any(other != lit and other in lit for other in literals))


class Gated:
    """A compiled pattern with its gate; `search` takes the text and its `fold`."""

    __slots__ = ("pattern", "literals", "_absent")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        # "^..." fails at the first character already: a gate would only cost time
        anchored = pattern.pattern.startswith(("^", "\\A")) and not pattern.flags & re.MULTILINE
        self.literals = () if anchored else required_literals(pattern)
        self._absent = _absence_test(self.literals)

    def possible(self, folded: str | None) -> bool:
        return folded is None or not self._absent(folded)

    def search(self, text: str, folded: str | None) -> re.Match | None:
        if folded is not None and self._absent(folded):
            return None
        return self.pattern.search(text)


def _absence_test(literals: tuple[str, ...]):
    """A function telling whether none of `literals` occurs in a folded text (hot: no generator
    for the common single literal)."""
    if not literals:
        return lambda folded: False
    if len(literals) == 1:
        literal = literals[0]
        return lambda folded: literal not in folded
    return lambda folded: not any(literal in folded for literal in literals)


class GateSet:
    """Patterns tried on the same texts: all the literals of all their gates are found in one scan
    of each text, and only the patterns they leave possible are run, in their order.

    The scan is one regular expression: at every position, a lookahead takes the longest literal
    that starts there (a prefix tree, so the engine reads each character once per position); every
    shorter literal starting there is a prefix of it, so each literal found also stands for its
    prefixes. That finds exactly the literals a substring test of each would, many times faster."""

    __slots__ = ("gates", "literals", "_ungated", "_by_literal", "_scan", "_with_prefixes")

    def __init__(self, patterns):
        self.gates = tuple(Gated(pattern) for pattern in patterns)
        self.literals = tuple(sorted({lit for gate in self.gates for lit in gate.literals}))
        self._ungated = frozenset(i for i, gate in enumerate(self.gates) if not gate.literals)
        self._by_literal = {lit: frozenset(i for i, gate in enumerate(self.gates) if lit in gate.literals)
                            for lit in self.literals}
        self._scan = _literal_scan(self.literals)
        self._with_prefixes = {lit: frozenset().union(*(self._by_literal[other] for other in self.literals
                                                         if lit.startswith(other)))
                               for lit in self.literals}

    def possible(self, text: str) -> list[int]:
        """Indices of the patterns that may match `text`, in order."""
        folded = fold(text)
        if folded is None:
            return list(range(len(self.gates)))
        found = set(self._ungated)
        if self._scan is not None:
            for lit in set(self._scan.findall(folded)):
                found |= self._with_prefixes[lit]
        return sorted(found)


@remembered
def _literal_scan(literals: tuple[str, ...]) -> re.Pattern | None:
    """`(?=(…))` over a prefix tree of the literals, exact and case-sensitive (texts are folded)."""
    if not literals:
        return None
    root: dict = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(f"(?=({_exact_tree(root)}))", re.DOTALL)


def _exact_tree(node: dict) -> str:
    """The tree as a regular expression preferring the longest word: an optional (greedy) tail."""
    branches = []
    for char, child in node.items():
        if char:
            text = [char]
            while len(child) == 1 and "" not in child:
                (char, child), = child.items()
                text.append(char)
            branches.append(re.escape("".join(text)) + _exact_tree(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def trie_alternation(words: list[str] | tuple[str, ...], fold_case: bool = False) -> str | None:
    """The alternation of `words`, longest first, as a prefix tree; None where the tree could
    match differently from the plain alternation. `fold_case`: for use under IGNORECASE only,
    where a word and its lowercase match the same text."""
    return _trie_alternation(tuple(words), fold_case)


@remembered
def _trie_alternation(words: tuple[str, ...], fold_case: bool) -> str | None:
    if fold_case:
        if any(len(char.lower()) != 1 for word in words for char in word):
            return None  # "İ" lowercases to two characters
        words = [word.lower() for word in words]
    root: dict = {}
    for word in sorted(set(words)):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not _case_distinct_everywhere(words) and not _case_distinct(root):
        return None
    return _emit(root)


def _case_distinct_everywhere(words) -> bool:
    """No two letters of all the words match the same character: then no siblings can (the
    usual case, checked once rather than at every node of the tree)."""
    forms: set[str] = set()
    for char in {c for word in words for c in word}:
        variants = {char, char.lower(), char.upper(), char.casefold()}
        if any(len(v) != 1 for v in variants) or variants & forms:
            return False
        forms |= variants
    return True


def _case_distinct(node: dict) -> bool:
    """Sibling characters never match the same text character, with or without IGNORECASE: then
    at most one branch of each node can match, and the tree tries the words that match at a
    position in the same order as the longest-first alternation (longest first)."""
    chars = [c for c in node if c]
    forms: set[str] = set()
    for char in chars:
        variants = {char, char.lower(), char.upper(), char.casefold()}
        if any(len(v) != 1 for v in variants):
            return False  # "ß" folds to "ss": leave such words to the plain alternation
        if variants & forms:
            return False
        forms |= variants
    return all(_case_distinct(child) for c, child in node.items() if c)


def _emit(node: dict) -> str:
    branches = []
    for char, child in node.items():
        if not char:
            continue
        text = [char]
        while len(child) == 1 and "" not in child:  # a chain of single letters: one literal run
            (char, child), = child.items()
            text.append(char)
        piece = "".join(r"\s+" if c == " " else re.escape(c) for c in text)
        branches.append(piece + _emit(child) if child.keys() - {""} or "" not in child else piece)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body
