"""Cleaning scraped article text into lines and sentences, keeping raw offsets.

Every later stage works on `Sentence` objects whose `start`/`end` index the raw seed text, so
whatever a fact quotes is a slice of the article: verbatim by construction.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from generator.config import Boilerplate
from generator.extract.memo import once_per
from generator.literals import GateSet

BODY, HEADING, FURNITURE = "body", "heading", "furniture"
SENTENCE_END = ".!?…"
CLOSERS = "\"'”’»“‘)]`"
END_MARKS = "■□▪◼●◆♦∎"  # a story's end sign after its last sentence: '… he said. ■'
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "gov",
    "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "dept", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p.m", "a.m",
    "u.s", "u.k", "u.n", "e.u", "d.c", "j.d", "i.e", "e.g",
}
# Abbreviations only before a number ("No. 10", "Fig. 2"): "No. Novak did not ..." is an answer
_NUMBERING = {"no", "nos", "fig"}
_NUMBER_AFTER = re.compile(r"\s*\d")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
# "URL: https://…", "Source: https://…": the address the scrape was taken from, never the headline
URL_LINE = re.compile(r"^(?:[^\W\d_][\w ]{0,20}:\s*)?<?(?P<url>https?://[^\s>]+)>?$")


@dataclass(frozen=True)
class Line:
    index: int
    start: int
    end: int
    text: str
    kind: str  # body | heading | furniture


@dataclass(frozen=True)
class Sentence:
    index: int
    line: int
    start: int
    end: int
    text: str


BULLET = re.compile(r"(?:[•◦▪▫·‣⁃*–-]|\d{1,2}[.)])\s+(?=[^\W\d])")  # "• ", "- ", "1. ", "2) "


WRAPPED_MAX = 100  # a text whose longest line is shorter than this was wrapped at a fixed width
WRAPPED_FILL = 0.6  # a wrapped line at least this full continues on the next line


def raw_lines(raw: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, stripped text) with offsets of the stripped text; a list
    item's bullet is no part of its text ("• The envoy said ..." is a sentence from "The").

    A text wrapped at a fixed width (plain-text exports, e-mail, `lynx -dump`) has each paragraph
    over several lines: those are one line here, its line breaks read as spaces (so offsets into
    the text are offsets into the article)."""
    out = []
    pos = 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            bullet = BULLET.match(stripped)
            if bullet:
                lead += bullet.end()
                stripped = stripped[bullet.end():]
            out.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(piece)
    return _unwrapped(raw, out)


def _unwrapped(raw: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    width = max((len(text) for _, _, text in lines), default=0)
    if not lines or width >= WRAPPED_MAX:
        return lines  # one line per paragraph, as scraped pages are
    # Wrapped prose breaks lines mid-sentence: many full lines go on with a lowercase word.
    full = [(a, b) for a, b in pairwise(lines)
            if len(a[2]) >= WRAPPED_FILL * width and raw.count("\n", a[1], b[0]) == 1]
    mid_sentence = sum(1 for _, b in full if b[2][:1].islower())
    if mid_sentence < 3 or mid_sentence < 0.3 * len(full):
        return lines  # short paragraphs, one per line
    out = [lines[0]]
    for start, end, text in lines[1:]:
        first, last, joined = out[-1]
        between = raw[last:start]
        physical = raw[raw.rfind("\n", 0, start) + 1:end].lstrip()  # the next line as written
        continues = (len(raw[first:last].rsplit("\n", 1)[-1]) >= WRAPPED_FILL * width  # the line before was full
                     and between.count("\n") == 1 and not between.strip()  # no blank line between
                     and not BULLET.match(physical))  # and the next is no list item
        if continues:
            out[-1] = (first, end, raw[first:end].replace("\r", " ").replace("\n", " "))
        else:
            out.append((start, end, text))
    return out


def line_key(text: str) -> str:
    """Key for spotting the same furniture line across articles despite spacing and case."""
    return " ".join(text.lower().split())


# "… the battlefield.[4]": a research note's number after a sentence's end
NOTE_NUMBERS = re.compile(r"(?<=[.!?…”’\"'])(?:\[\d{1,3}\])+\s*$")


# a news agency credited after the last sentence: "… he said.-AFP", "… on Monday. — Reuters", "(AP)"
# (or its reporters: "(By Jane Doe/Arden Daily)", "(Reporting by Jane Doe; Editing by Jan Novak)")
WIRE_CREDIT = re.compile(r"(?<=[.!?…\"'”’`])\s*(?:[-–—]+\s*[A-Z][\w.&/]*(?:\s+[A-Z][\w.&/]*){0,2}"
                         r"|\((?:(?:[A-Z][\w.&/’'-]*|by|and)[\s;,:/]*){1,12}\))\s*$")


# ... or the date and time a page set after a paragraph: "… is set. Thursday, June 3, 2021 | 09:09"
DATE_STAMP = re.compile(r"(?<=[.!?…\"'”’])\s+(?:[A-Z][a-z]+,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
                        r"|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})(?:\s*[|,–-]?\s*\d{1,2}:\d{2})?\s*$")


def ends_like_sentence(text: str) -> bool:
    if text.rstrip().endswith("]"):
        text = NOTE_NUMBERS.sub("", text)
    text = DATE_STAMP.sub("", WIRE_CREDIT.sub("", text))
    return text.rstrip(CLOSERS + END_MARKS + " ")[-1:] in SENTENCE_END + ":;" if text.strip() else False


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@once_per
def _phrases(rules: Boilerplate) -> GateSet:
    return GateSet(rules.phrases)


def classify_line(text: str, rules: Boilerplate, seen_in_article: int, seen_across: int) -> str:
    phrases = _phrases(rules)
    words = word_count(text)
    if words > rules.max_furniture_words:
        # a scrape that ran the paragraphs together: one "Read more" in it makes no widget of the story
        return BODY
    if any(phrases.gates[i].pattern.search(text) for i in phrases.possible(text)):
        return FURNITURE
    if any(masthead.match(text) for masthead in rules.official_mastheads):
        return FURNITURE  # "Ministry of Foreign Affairs of the Republic of Arden": the site's name
    if seen_across >= rules.repeated_across_articles:
        return FURNITURE
    if seen_in_article >= rules.repeated_within_article and words < rules.repeated_line_max_words:
        return FURNITURE  # live blogs repeat real paragraphs; only short repeats are widgets
    if words == 0 or URL_LINE.match(text):
        return FURNITURE
    if not ends_like_sentence(text):
        return HEADING if words >= 2 and not text.isupper() else FURNITURE
    if words < rules.min_words_for_sentence and not text.rstrip(CLOSERS).endswith(("?", "!")):
        return FURNITURE
    return BODY


def clean_lines(raw: str, rules: Boilerplate, repeated_across: Counter | None = None) -> list[Line]:
    """Label every non-blank line as body text, a heading, or page furniture."""
    lines = raw_lines(raw)
    within = Counter(line_key(text) for _, _, text in lines)
    across = repeated_across or Counter()
    return [
        Line(i, start, end, text, classify_line(text, rules, within[line_key(text)], across[line_key(text)]))
        for i, (start, end, text) in enumerate(lines)
    ]


def furniture_keys(raw: str) -> set[str]:
    """Keys of this article's lines, for counting lines that repeat across a corpus."""
    return {line_key(text) for _, _, text in raw_lines(raw) if _WORD.search(text)}


def articles_per_line(key_sets) -> Counter:
    """How many articles carry each line key (from `furniture_keys` of each article)."""
    counts: Counter = Counter()
    for keys in key_sets:
        counts.update(keys)
    return counts


_TOKEN_BEFORE = re.compile(r"([\w.]+)$")
_WORD_AFTER = re.compile(r"\s+([\"“„«]?)['‘(]?([A-Za-z]+)(?![.\w])")  # (a double quote opening: group 1)
# Words that open sentences and are never names: after "X." they mean X was a word, not an initial
_SENTENCE_OPENERS = frozenset({
    "He", "She", "It", "They", "We", "I", "You", "The", "This", "That", "These", "Those", "A", "An",
    "His", "Her", "Its", "Their", "Our", "There", "Here", "But", "And", "Or", "So", "In", "On", "At",
    "When", "While", "After", "Before", "As", "If", "Then", "However", "Meanwhile",
})


def is_abbreviation(text: str, dot: int) -> bool:
    # Look only at a short window before the dot: abbreviations are short, and searching the
    # whole line for every full stop made one long line quadratic.
    match = _TOKEN_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    token = match.group(1).lower()
    if token in _ABBREVIATIONS or token.rstrip(".") in _ABBREVIATIONS:
        return True
    if token in _NUMBERING:
        return _NUMBER_AFTER.match(text, dot + 1) is not None
    if len(token) != 1 or not token.isalpha() or not match.group(1).isupper():
        return False
    # An initial ("J. Smith", "J. R. R. Tolkien") is followed by a name; a lone capital followed
    # by a pronoun or article, or by a quote opening, is a word of its own ending a sentence
    # ("said on X. He said ...", "posted on X. “We have …").
    following = _WORD_AFTER.match(text, dot + 1)
    return not (following and (following.group(1) or following.group(2) in _SENTENCE_OPENERS))


# (or, where a scrape ran two paragraphs together, no space: 'for a fixed period of time.Doe also
# said', 'are reached."Doe also said' — after a word of two small letters, before a capitalised word)
# (a note's number may follow the full stop: "from the battlefield.[4] Jane Doe stated …")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]`]*(?:\[\d{1,3}\])*(?=\s+[\"'“‘„‚«(\[`]?[A-Z0-9\u0400-\u04FF])"
                       r"|(?<=[a-z]{2})[.!?][\"”’]?(?=[\"“]?[A-Z][a-z])")


def split_sentences(line: Line, first_index: int = 0) -> list[Sentence]:
    """Split one line into sentences; offsets index the raw article."""
    text = line.text
    cuts = []
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and is_abbreviation(text, match.start()):
            continue
        cuts.append(match.end())
    out = []
    begin = 0
    for cut in _bounded(text, cuts + [len(text)]):
        piece = text[begin:cut]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            start = line.start + begin + lead
            out.append(Sentence(first_index + len(out), line.index, start, start + len(piece), piece))
        begin = cut
    return out


MAX_SENTENCE_CHARS = 1500  # far beyond any sentence a reporter writes (most are under 400)


def _bounded(text: str, cuts: list[int]) -> list[int]:
    """`cuts`, with more wherever a sentence would run past MAX_SENTENCE_CHARS: a scrape's run-on
    text (a comment thread or a list glued into one line) is read in pieces, at the last ";", ","
    or space before the limit. Every stage reads a sentence against its own beginning, so one
    sentence of thousands of words would cost the square of its length."""
    out: list[int] = []
    begin = 0
    for cut in cuts:
        while cut - begin > MAX_SENTENCE_CHARS:
            limit = begin + MAX_SENTENCE_CHARS
            split = max(text.rfind("; ", begin, limit), text.rfind(", ", begin, limit))
            split = split + 2 if split > begin else text.rfind(" ", begin, limit) + 1
            if split <= begin:
                split = limit
            out.append(split)
            begin = split
        out.append(cut)
        begin = cut
    return out


def sentences_of(lines: list[Line], kinds: tuple[str, ...] = (BODY,)) -> list[Sentence]:
    out: list[Sentence] = []
    for line in lines:
        if line.kind in kinds:
            out.extend(split_sentences(line, len(out)))
    return out
