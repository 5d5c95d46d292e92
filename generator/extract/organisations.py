"""Organisations an article introduces by spelling out their acronym, and armed groups it names.

A gazetteer cannot list every militia, agency and mediating body of next week's story, but news
style names an organisation in full once, with its acronym in brackets, and by the acronym after:
"the paramilitary Ruritanian Defence Forces (RDF) … the RDF said". The acronym must be the
initials of the name's capitalised words, and the name must hold a word that heads organisations
(`organisation_heads` in cues.yaml), so "Gross Domestic Product (GDP)" is not one. A party's or a
foreign body's acronym is of its own language ("Social Democrats (SPD)", "Alternative for
Germany (AfD)"): then only the first letter must agree, and the name must still hold a head word
unless the acronym has small letters inside. An armed group is often named by what it is instead
("the K9 rebel group", `group_nouns`), and a body by what it is and then its name ("the drivers'
union, Aslef,").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from generator.config import Cues
from generator.extract.actors import ActorEntry, ActorIndex, slugify
from generator.extract.text import Sentence

_WORD = r"[A-Z][\w’'.-]*"
_LINK = r"(?:of|for|and|the|in|on|to|de|du|des|la|le)"  # lowercase words inside a name
SPELLED_OUT = re.compile(
    rf"(?P<name>{_WORD}(?:\s+(?:{_LINK}\s+)*{_WORD}){{1,8}})\s+\((?P<acronym>[A-Z][A-Za-z&]{{1,7}})\)")


def _letters(acronym: str) -> str:
    return "".join(ch for ch in acronym if ch.isupper())


def spelled_out_name(words: list[str], acronym: str) -> str | None:
    """The shortest tail of `words` whose capitalised words' initials spell the acronym ("Northern
    Ruritanian Defence Forces", "RDF" -> "Ruritanian Defence Forces"), or None."""
    letters = _letters(acronym)
    if len(letters) < 2:
        return None
    for start in range(len(words) - 1, -1, -1):
        if not words[start][:1].isupper():
            continue
        tail = words[start:]
        if _spells(tail, letters):
            return " ".join(tail)
    return None


MAX_TRANSLATED_WORDS = 5


_OPENERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "both",
            "meanwhile", "but", "and", "while", "when", "after", "before", "since", "as", "in", "on", "at"}


def translated_name(words: list[str], acronym: str) -> str | None:
    """The name before an acronym of the body's own language: "Social Democrats (SPD)",
    "Alternative for Germany (AfD)", "Federal Security Service (FSB)". Its initials spell another
    language's words, so only the first letter must agree; the name is the run of capitalised
    words (small words between) up to the bracket, after any lowercase or sentence word."""
    letters = _letters(acronym)
    if len(letters) < 2:
        return None
    tail: list[str] = []
    for word in reversed(words):
        name_word = word[:1].isupper() and word.lower() not in _OPENERS and not re.search(r"['’]s$", word)
        if not (name_word or (tail and re.fullmatch(_LINK, word))):
            break
        tail.insert(0, word)
    while tail and not tail[0][:1].isupper():
        tail.pop(0)
    if not 2 <= len(tail) <= MAX_TRANSLATED_WORDS or tail[0][0] != letters[0]:
        return None
    return " ".join(tail)


def _mixed_case(acronym: str) -> bool:
    """"AfD", "PiS": an acronym with small letters inside is a party's or a body's, not a measure's."""
    return any(ch.islower() for ch in acronym[1:-1])


def _spells_exactly(words: list[str], acronym: str) -> bool:
    """Whether the words' initials are the acronym, case and all: "Memorandum of Understanding", "MoU"."""
    return "".join(word[0] for word in words) == acronym


def _spells(words: list[str], letters: str) -> bool:
    """Whether the capitalised words' initials spell `letters`, where a small word between may
    give its initial too: "Economic Community of West African States" spells ECOWAS."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if first[:1].isupper():
        return bool(letters) and first[0] == letters[0] and _spells(rest, letters[1:])
    return _spells(rest, letters) or (bool(letters) and first[0].upper() == letters[0] and _spells(rest, letters[1:]))


def discover_organisations(sentences: list[Sentence], cues: Cues, index: ActorIndex,
                           outlets: Collection[str] = ()) -> list[ActorEntry]:
    """Organisations spelled out with their acronym that the index does not know by either.

    `outlets` (lowercase names) are news outlets: a state news agency carries a government's
    statement and is no party to it ("a statement carried by the Ruritanian News Agency (RNA)")."""
    heads = {h.lower() for h in cues.organisation_heads}
    if not heads:
        return []
    found: dict[str, ActorEntry] = {}
    body = " ".join(sentence.text for sentence in sentences)
    for sentence in sentences:
        if "(" not in sentence.text:
            continue
        for match in SPELLED_OUT.finditer(sentence.text):
            acronym = match["acronym"]
            words = match["name"].split()
            spelled = spelled_out_name(words, acronym)
            name = spelled or translated_name(words, acronym)
            if name is None or name.split()[0].lower() in _OPENERS:
                continue
            # a small letter inside marks an acronym of another language ("AfD"), unless the English
            # name spells it, small word for small letter ("Line of Control (LoC)"): a place, no body
            foreign = _mixed_case(acronym) and not (spelled and _spells_exactly(spelled.split(), acronym))
            if not any(word.lower().strip("’'.") in heads for word in name.split()) and not foreign:
                continue
            if name in index.aliases or acronym in index.aliases or {name.lower(), acronym.lower()} & set(outlets):
                continue  # a known actor, spelled out: "the Arden League (AL)", when listed
            # "the RDF said": named with the article, as the gazetteer names its bodies ("The …")
            titled = f"The {name}" if _with_article(body, acronym) else name
            entry = ActorEntry(slugify(name), titled, "organisation", aliases=[name, acronym], known=False)
            found.setdefault(entry.id, entry)
    return sorted(found.values(), key=lambda e: e.id)


_NAME_WORD = r"[A-Z][\w’'-]*"
_FUNCTION_WORDS = (r"(?:that|the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|as|is|was|were|are|has|had|have|"
                   r"said|says|told|which|who|whose|its|their|his|her|this|these|those|would|will)")


@functools.lru_cache(maxsize=16)
def _group_pattern(nouns: tuple[str, ...]) -> re.Pattern:
    # (the words between qualify the noun: "rebel", "armed"; never "told the BBC that the group")
    between = rf"(?:(?!{_FUNCTION_WORDS}\b)[a-z][\w-]*\s+){{0,2}}?"
    return re.compile(rf"\b[Tt]he\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+{between}"
                      rf"(?:{'|'.join(map(re.escape, nouns))})\b")


def discover_groups(sentences: list[Sentence], cues: Cues, index: ActorIndex) -> list[ActorEntry]:
    """Armed groups named as such ("the Freedonia-backed K9 rebel group") that the index does not know."""
    if not cues.group_nouns:
        return []
    pattern = _group_pattern(tuple(cues.group_nouns))
    found: dict[str, ActorEntry] = {}
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            words = match["name"].split()
            while words and re.search(r"-[a-z]", words[0]):
                words = words[1:]  # "Freedonia-backed K9": who backs it is no part of its name
            name = " ".join(words)
            # (nor "the Arden group" for the listed "Ardens": a group named by one of its members)
            if not words or words[0] in cues.not_names or any(w in index.aliases or w + "s" in index.aliases
                                                              for w in (name, *words)):
                continue
            if index.find(name) or name.lower() in {n.lower() for n in cues.group_nouns}:
                continue  # a known party's group ("the Arden movement", when Arden is listed) is that party
            entry = ActorEntry(slugify(name), name, "group", aliases=[name], known=False)
            found.setdefault(entry.id, entry)
    return sorted(found.values(), key=lambda e: e.id)


@functools.lru_cache(maxsize=16)
def _apposition_pattern(heads: tuple[str, ...]) -> re.Pattern:
    # "the drivers' union, Aslef,": a description ending in a head noun, then the name set off by
    # commas (a word or two, or an acronym) and a verb or the sentence's end after it
    return re.compile(rf"\b[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{'|'.join(map(re.escape, heads))}),\s+"
                      rf"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),(?=\s+[a-z])")


def discover_appositions(sentences: list[Sentence], cues: Cues, index: ActorIndex,
                         outlets: Collection[str] = ()) -> list[ActorEntry]:
    """Organisations named after what they are: "The drivers' union, Aslef, demanded …",
    "the rebel alliance, Tagam, said …". Not a known actor or outlet, nor a person's name."""
    heads = tuple(sorted({h.lower() for h in cues.organisation_heads}))
    if not heads:
        return []
    pattern = _apposition_pattern(heads)
    found: dict[str, ActorEntry] = {}
    for sentence in sentences:
        if "," not in sentence.text:
            continue
        for match in pattern.finditer(sentence.text):
            name = match["name"]
            words = name.split()
            if words[0] in cues.not_names or name.lower() in outlets or index.find(name):
                continue
            if len(words) > 1 and not name.isupper():
                continue  # "the union, Jane Doe," is more likely a person than a body
            entry = ActorEntry(slugify(name), name, "organisation", aliases=[name], known=False)
            found.setdefault(entry.id, entry)
    return sorted(found.values(), key=lambda e: e.id)


def _with_article(body: str, acronym: str) -> bool:
    """Whether the text mostly writes "the RDF" rather than "RDF" (the bracketed spelling-out aside)."""
    uses = re.findall(rf"(?:\b([Tt]he)\s+)?(?<![\w(-]){re.escape(acronym)}(?![\w-])", body)
    return sum(1 for the in uses if the) * 2 > len(uses)
