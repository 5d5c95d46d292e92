"""One person, two spellings: "Yusuf Haghani" in one outlet and "Yusuf Haqani" in the next.

Names transliterated from Persian, Arabic, Russian or Ukrainian are spelled differently from outlet
to outlet, and each article discovers its people on its own. Across the corpus, people discovered
under names that read the same once the common variations are folded (gh/q, kh/h, y/i, doubled
letters, accents) are one person, under the id that sorts first, so that ids do not move as
articles are added in another order. A gazetteer person wins over any discovered spelling.
So, too, is a name with a middle name and the same name without it ("Khawaja Muhammad Asif" and
"Khawaja Asif"), when no one else shares that first and last name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.config import SiteConfig
from generator.extract.actors import slugify
from generator.extract.article import ArticleFacts

# (pattern, replacement) applied in order to a slug; each pair spells one sound two ways
_FOLDS = (
    (re.compile(r"gh"), "q"),  # Haghani / Haqani
    (re.compile(r"kh"), "h"),  # Khalili / Halili
    (re.compile(r"ou"), "u"),  # Abou / Abu
    (re.compile(r"(?<=[bcdfgklmnprstvz])ie(?=[a-z])"), "e"),  # Umierov / Umerov (a Polish-style softening)
    (re.compile(r"[yj](?=[aeiou])"), "i"),  # Yuri / Iuri, Dmytro / Dmitro (before a vowel)
    (re.compile(r"y"), "i"),  # Andriy / Andrii, Novaky / Novakii
    (re.compile(r"([a-z])\1+"), r"\1"),  # Novakii / Novaki, Abbas / Abas
)


def spelling_key(name: str) -> str:
    """The name with the usual transliteration variations folded away."""
    key = slugify(name)
    for pattern, replacement in _FOLDS:
        key = pattern.sub(replacement, key)
    return key


def spelling_variants(articles: list[ArticleFacts], config: SiteConfig) -> dict[str, tuple[str, str | None]]:
    """Discovered person id -> (the id to use instead, its name; None for a gazetteer person)."""
    by_key: dict[str, set[str]] = {}
    names: dict[str, str | None] = {}
    for actor in config.actors:
        if actor.kind == "person":
            by_key.setdefault(spelling_key(actor.name), set()).add(actor.id)
            names[actor.id] = None
    for article in articles:
        for entry in article.discovered:
            if entry.kind == "person":
                by_key.setdefault(spelling_key(entry.name), set()).add(entry.id)
                names.setdefault(entry.id, entry.name)
    out: dict[str, tuple[str, str | None]] = {}
    for ids in by_key.values():
        listed = sorted(i for i in ids if names[i] is None)
        if len(ids) < 2 or len(listed) > 1:
            continue  # one spelling, or two listed people who read alike: the gazetteer keeps them apart
        keep = listed[0] if listed else min(ids)
        out.update({other: (keep, names[keep]) for other in ids if other != keep})
    full_names = {actor.id: actor.name for actor in config.actors if actor.kind == "person"}
    full_names.update({entry.id: entry.name for article in articles for entry in article.discovered
                       if entry.kind == "person"})
    for longer, shorter in _middle_name_variants(full_names).items():
        if longer in out or shorter in out or (names[longer] is None and names[shorter] is None):
            continue  # (two listed people: the gazetteer keeps them apart)
        if names[longer] is None:
            out[shorter] = (longer, None)  # a listed person keeps its id under either name
        else:
            out[longer] = (shorter, names[shorter])
    return out


def _middle_name_variants(full_names: dict[str, str]) -> dict[str, str]:
    """Person id with a middle name -> the one id named without it ("Karl Johan Lindqvist" ->
    "Karl Lindqvist"), where exactly one person has those first and last names and no other
    name with a middle name shares them (then the short name could be either)."""
    short: dict[tuple[str, str], list[str]] = {}
    long: dict[tuple[str, str], list[str]] = {}
    for actor_id, name in sorted(full_names.items()):
        words = name.split()
        if len(words) >= 2:
            key = (spelling_key(words[0]), spelling_key(words[-1]))
            (short if len(words) == 2 else long).setdefault(key, []).append(actor_id)
    return {longer[0]: shorter[0] for key, longer in long.items()
            if len(longer) == 1 and len(shorter := short.get(key, [])) == 1}


def unify_spellings(articles: list[ArticleFacts], config: SiteConfig) -> list[ArticleFacts]:
    """The articles with every spelling variant's id replaced by the one kept."""
    variants = spelling_variants(articles, config)
    if not variants:
        return articles
    return [_renamed(article, variants) for article in articles]


def _renamed(article: ArticleFacts, variants: dict[str, tuple[str, str | None]]) -> ArticleFacts:
    def rename(actor_id: str | None) -> str | None:
        return variants[actor_id][0] if actor_id in variants else actor_id

    discovered = []
    for entry in article.discovered:
        if entry.id not in variants:
            discovered.append(entry)
            continue
        kept, name = variants[entry.id]
        if name is not None:  # (a gazetteer person needs no discovered entry)
            discovered.append(replace(entry, id=kept, name=name, aliases=list(entry.aliases)))
    return replace(
        article,
        discovered=discovered,
        roles=_merged_keys(article.roles, rename), surfaces=_merged_keys(article.surfaces, rename),
        quotes=[replace(q, speaker=rename(q.speaker)) for q in article.quotes],
        claims=[replace(c, actor=rename(c.actor), target=rename(c.target)) for c in article.claims],
    )


def _merged_keys(counters: dict, rename) -> dict:
    out: dict = {}
    for actor_id, counter in counters.items():
        out.setdefault(rename(actor_id), counter.__class__()).update(counter)
    return out
