"""One article through every extraction stage: a pure function of its text and the config."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from generator.config import SiteConfig
from generator.extract.actors import ActorEntry, build_index, discover_people, outlet_names
from generator.extract.claims import ClaimHit, find_claims
from generator.extract.metadata import SourceMeta, extract_metadata, mark_header
from generator.extract.organisations import discover_appositions, discover_groups, discover_organisations
from generator.extract.quotes import Attributed, attribute_quotes
from generator.extract.text import HEADING, Line, clean_lines, sentences_of


@dataclass
class ArticleFacts:
    """What the corpus merge needs of one article, and nothing more: these are cached per article
    and all loaded again on every re-extraction, so the article's text, lines and sentences
    (ten times the size) are not kept. Quotes and claims carry their own sentences."""

    file: str
    meta: SourceMeta
    discovered: list[ActorEntry]
    roles: dict[str, Counter]
    surfaces: dict[str, Counter]  # actor id -> names used for it in this article
    quotes: list[Attributed]
    claims: list[ClaimHit]
    notes: list[str] = field(default_factory=list)


def extract_article(file: str, text: str, config: SiteConfig, repeated: Counter | None = None) -> ArticleFacts:
    return extract_with_lines(file, text, config, repeated)[0]


def extract_with_lines(file: str, text: str, config: SiteConfig,
                       repeated: Counter | None = None) -> tuple[ArticleFacts, list[Line]]:
    """The article's facts, and its cleaned lines with the header marked (rendering needs them too)."""
    lines = clean_lines(text, config.boilerplate, repeated)
    meta = extract_metadata(lines, config)
    lines = mark_header(lines, meta)
    sentences = sentences_of(lines)
    bylines = [line.text for line in lines if line.kind == HEADING]
    known = build_index(config)
    organisations = discover_organisations(sentences, config.cues, known, outlet_names(config.outlets))
    organisations += [g for g in discover_groups(sentences, config.cues, known)
                      if g.id not in {o.id for o in organisations}]
    organisations += [g for g in discover_appositions(sentences, config.cues, known, outlet_names(config.outlets))
                      if g.id not in {o.id for o in organisations}]
    people, roles = discover_people(sentences, config, build_index(config, organisations), bylines=bylines)
    discovered = sorted([*organisations, *people], key=lambda e: e.id)
    index = build_index(config, discovered)
    surfaces: dict[str, Counter] = {}
    for sentence in sentences:
        for mention in index.find(sentence.text):
            if mention.via == "description" and " " not in mention.surface.strip():
                continue  # "Russian" in "Russian and Ukrainian delegations": no name it goes by
            surfaces.setdefault(mention.actor, Counter())[" ".join(mention.surface.split())] += 1
    reading = attribute_quotes(lines, sentences, config.cues, index, config.boilerplate.official_mastheads)
    claims = find_claims(sentences, reading, config.cues, index)
    notes = [] if sentences else ["no article text found after removing page furniture"]
    return ArticleFacts(file, meta, discovered, roles, surfaces, reading.quotes, claims, notes), lines
