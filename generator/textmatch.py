"""Verbatim matching "up to whitespace and the style of quotation marks".

Quotes in facts must occur in their article. Scraped text mixes “curly”, "straight", „German“
and ‚single‘ marks, and editors retype quotes with whatever their keyboard gives, so both sides
are folded to one canonical form before comparing. `Folded` keeps a map back to raw offsets so a
quote found in folded text can be anchored at its exact place in the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

QUOTE_MARKS = "\"'“”„‟«»″‘’‚‛‹›′`´"
_FOLD = {ord(c): "'" for c in QUOTE_MARKS}
_FOLD.update({ord(c): " " for c in "\u00a0\u2009\u202f\u2007\t\r\n"})
_FOLD.update({ord("\u2026"): "...", ord("\u2013"): "-", ord("\u2014"): "-", ord("\u2012"): "-",
              ord("\u2010"): "-", ord("\u2011"): "-", ord("\u00ad"): ""})


def fold(text: str) -> str:
    """Canonical form: one kind of quote mark and dash, single spaces, no ends."""
    return " ".join(text.translate(_FOLD).split())


def quote_occurs(quote: str, text: str, folded_text: Callable[[], str]) -> bool:
    """The rule every quote is held to: it occurs in its article verbatim, or up to whitespace and
    the style of quote marks and dashes. `folded_text` gives `fold(text)`, computed only when needed
    (most quotes are found raw) and best remembered by the caller."""
    return quote in text or fold(quote) in folded_text()


_SPACE = "\\s\u00a0\u2009\u202f\u2007"
_PIECE = {
    "'": "[" + re.escape(QUOTE_MARKS) + "]",
    "-": "[-\u2013\u2014\u2012\u2010\u2011]",
    " ": f"[{_SPACE}]+",
}


def _pattern(needle: str) -> re.Pattern:
    """A regex matching every raw spelling whose fold is `needle` (soft hyphens aside)."""
    parts = []
    i = 0
    while i < len(needle):
        if needle.startswith("...", i):
            parts.append("(?:\\.\\.\\.|\u2026)")
            i += 3
            continue
        ch = needle[i]
        parts.append(_PIECE.get(ch, re.escape(ch)))
        i += 1
    return re.compile("".join(parts))


@dataclass(frozen=True)
class Folded:
    """An article, searchable for quotes up to whitespace, quote-mark and dash style.

    Searching the raw text with a pattern built from the folded quote gives raw offsets directly,
    without a per-character offset map of every article (which cost more than the rest of
    rendering together on large corpora).
    """

    raw: str

    @classmethod
    def of(cls, raw: str) -> Folded:
        return cls(raw)

    def find(self, quote: str) -> tuple[int, int] | None:
        """Raw (start, end) of the first occurrence of `quote`, or None if it does not occur."""
        exact = self.raw.find(quote)  # the usual case: the quote was cut from this very text
        if exact >= 0 and quote.strip() == quote and quote:
            return exact, exact + len(quote)
        needle = fold(quote)
        if not needle:
            return None
        match = _pattern(needle).search(self.raw)
        if match:
            return match.start(), match.end()
        if needle in fold(self.raw):  # a spelling the pattern misses (e.g. a soft hyphen inside)
            return _slow_find(self.raw, needle)
        return None


def _slow_find(raw: str, needle: str) -> tuple[int, int] | None:
    chars: list[str] = []
    offsets: list[int] = []
    pending_space = False
    for i, ch in enumerate(raw):
        mapped = ch.translate(_FOLD)
        if mapped == " " or mapped.isspace():
            pending_space = bool(chars)
            continue
        if pending_space:
            chars.append(" ")
            offsets.append(i)
            pending_space = False
        for piece in mapped:
            chars.append(piece)
            offsets.append(i)
    at = "".join(chars).find(needle)
    if at < 0:
        return None
    return offsets[at], offsets[at + len(needle) - 1] + 1


def occurs_in(quote: str, article: str) -> bool:
    needle = fold(quote)
    return bool(needle) and needle in fold(article)


_OPENERS = "«„"
_CLOSERS = "»"
_EITHER = "\"“”"  # opening or closing, as the text around it says


def _stray_marks(text: str) -> list[int]:
    """Offsets of the quotation marks in `text` that open or close nothing."""
    marks: list[tuple[int, bool]] = []  # (offset, is opener)
    for i, char in enumerate(text):
        if char in _OPENERS:
            marks.append((i, True))
        elif char in _CLOSERS:
            marks.append((i, False))
        elif char in _EITHER:
            marks.append((i, i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/"))
    stack: list[int] = []
    stray: list[int] = []
    for i, opener in marks:
        if opener:
            stack.append(i)
        elif stack:
            stack.pop()
        else:
            stray.append(i)
    return sorted(stray + stack)


def balance_quotes(text: str) -> str:
    """`text` without quotation marks that open or close nothing.

    A sentence can begin inside a quote that opened in the sentence before ('The killing must
    stop," she said.'), and a summary cut short can end inside one: a summary is no verbatim
    quote, and a stray mark in it reads as a typo. Paired marks stay, whatever their style."""
    for i in reversed(_stray_marks(text)):
        text = text[:i] + text[i + 1:]
    return text


def without_stray_ends(passage: str) -> str:
    """A verbatim passage as shown between our own quotation marks: a mark at either end that
    belongs to the article's quote around it ('… this is not our war.“', cut from inside a
    „German“ quote) would stand doubled against ours. Marks inside are the article's and stay."""
    stray = set(_stray_marks(passage))
    end = len(passage.rstrip())
    if end and end - 1 in stray:
        passage = passage[:end - 1] + passage[end:]
    start = len(passage) - len(passage.lstrip())
    if start < len(passage) and start in stray:
        passage = passage[:start] + passage[start + 1:]
    return passage
