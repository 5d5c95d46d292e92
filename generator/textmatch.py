"""Verbatim matching "up to whitespace and the style of quotation marks".

Quotes in facts must occur in their article. Scraped text mixes “curly”, "straight", „German“
and ‚single‘ marks, and editors retype quotes with whatever their keyboard gives, so both sides
are folded to one canonical form before comparing. `Folded` keeps a map back to raw offsets so a
quote found in folded text can be anchored at its exact place in the article.
"""

from __future__ import annotations

from dataclasses import dataclass

QUOTE_MARKS = "\"'“”„‟«»″‘’‚‛‹›′`´"
_FOLD = {ord(c): "'" for c in QUOTE_MARKS}
_FOLD.update({ord(c): " " for c in "\u00a0\u2009\u202f\u2007\t\r\n"})
_FOLD.update({ord("\u2026"): "...", ord("\u2013"): "-", ord("\u2014"): "-", ord("\u2012"): "-",
              ord("\u2010"): "-", ord("\u2011"): "-", ord("\u00ad"): ""})


def fold(text: str) -> str:
    """Canonical form: one kind of quote mark and dash, single spaces, no ends."""
    return " ".join(text.translate(_FOLD).split())


@dataclass(frozen=True)
class Folded:
    """Folded text of an article with, for every folded character, its offset in the raw text."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, raw: str) -> Folded:
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
        return cls("".join(chars), tuple(offsets))

    def find(self, quote: str) -> tuple[int, int] | None:
        """Raw (start, end) of the first occurrence of `quote`, or None if it does not occur."""
        needle = fold(quote)
        if not needle:
            return None
        at = self.text.find(needle)
        if at < 0:
            return None
        end = at + len(needle) - 1
        return self.offsets[at], self.offsets[end] + 1


def occurs_in(quote: str, article: str) -> bool:
    needle = fold(quote)
    return bool(needle) and needle in fold(article)
