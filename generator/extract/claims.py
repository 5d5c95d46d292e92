"""Demands and proposals: who wants what of whom, found by cue words around actor mentions.

Cues (verbs such as "demanded"/"proposed", modals such as "must", conditions such as "would only
... after", threats such as "could impose sanctions") come from `site_config/cues.yaml`. The
actor is the subject of the cue (or the speaker whose reported words contain it); the target is
the party the cue is aimed at. Each claim keeps the whole sentence as its verbatim quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.config import Cues
from generator.extract.actors import ActorIndex, Mention, words_pattern
from generator.extract.quotes import CLAUSE_BREAK, Attributed, Attributor, Reading
from generator.extract.text import Sentence

DEMAND, PROPOSAL = "demand", "proposal"
NEGATION = re.compile(r"(?i:\b(?:not|never|no|n't|nor|refuse[sd]?\s+to|rejected|declined\s+to)\W+(?:\w+\W+)?$)")
ASIDE = re.compile(r"\s[–—-]\s|;\s")
NOT_A_VERB = re.compile(r"(?i:(?:['’‚]s|\bthe|\bits|\btheir|\bhis|\bher|\bour|\bof|\bwas|\bwere|\bbeen|\bbeing|\ba)\s+$)")
POSSESSIVE_AFTER = re.compile(r"^['’‚]s\b")
MIN_WORDS = 6
MAX_SUMMARY_WORDS = 45


@dataclass(frozen=True)
class ClaimHit:
    kind: str  # demand | proposal
    actor: str
    target: str | None
    summary: str
    sentence: Sentence
    cue: str


def _alternation(items: tuple[str, ...], regex: bool) -> str:
    if regex:
        return "|".join(f"(?:{item})" for item in items)
    return words_pattern(items)


class ClaimFinder:
    def __init__(self, cues: Cues, index: ActorIndex):
        self.index = index
        self.attributor = Attributor(cues, index)
        self.patterns: list[tuple[str, str, re.Pattern]] = []
        for kind, group in ((DEMAND, cues.demand), (PROPOSAL, cues.proposal)):
            for family, items in group.items():
                if not items:
                    continue
                regex = family in ("conditions", "threats", "nouns") or any("(" in i or "." in i for i in items)
                body = _alternation(items, regex)
                self.patterns.append((kind, family, re.compile(rf"(?i:(?<![\w-])(?:{body}))")))
        adjectives = {adj: e.id for e in index.entries.values() if e.kind in ("state", "organisation")
                      for adj in e.adjectives}
        self.adjective = re.compile(rf"(?<![\w-])(?:{words_pattern(list(adjectives))})(?![\w-])") if adjectives else None
        self.adjective_owner = adjectives

    def is_party(self, actor_id: str | None) -> bool:
        entry = self.index.get(actor_id)
        return bool(entry and entry.is_party)

    def _targets_after(self, text: str, start: int, actor: str) -> str | None:
        clause = text[start:]
        cut = ASIDE.search(clause)
        clause = clause[:cut.start()] if cut else clause
        found = [(m.start, m.actor) for m in self.index.find(clause)]
        if self.adjective:
            found += [(m.start(), self.adjective_owner[m.group()]) for m in self.adjective.finditer(clause)]
        affiliation = self.index[actor].affiliation if actor in self.index.entries else None
        for _, actor_id in sorted(found):
            if actor_id not in (actor, affiliation) and self.is_party(actor_id) and \
                    self.index[actor_id].affiliation != actor:
                return actor_id
        return None

    def _target_before(self, text: str, at: int, actor: str) -> str | None:
        found = [m for m in self.index.find(text[:at]) if text[m.end:at].strip(" ,’'s") == ""
                 or len(text[m.end:at].split()) <= 2]
        if found and found[-1].actor != actor and self.is_party(found[-1].actor):
            return found[-1].actor
        return None

    def _actor_before(self, text: str, at: int, reading: Reading, sentence: Sentence) -> tuple[str, int] | None:
        """Subject of the cue: a party named in its clause, else the sentence subject."""
        window = text[:at]
        breaks = list(CLAUSE_BREAK.finditer(window))
        clause_at = breaks[-1].end() if breaks else 0
        clause = window[clause_at:]
        found = [m for m in self.index.find(clause) if self.is_party(m.actor)
                 and not POSSESSIVE_AFTER.match(clause[m.end:])]
        if found:
            mention = found[-1]
            return mention.actor, clause_at + mention.end
        pron = re.search(r"(?i:\b(he|she|they|it)\b)\W*(?:\w+\W+){0,3}$", window[clause_at:])
        subject = reading.subjects.get(sentence.index)
        if subject and self.is_party(subject):
            head = self.attributor.subject(text)
            if pron or clause_at or head is not None:
                return subject, head.end if head else (clause_at + pron.end(1) if pron else 0)
        return None

    def _quote_at(self, sentence: Sentence, offset: int, quotes: list[Attributed]) -> Attributed | None:
        raw = sentence.start + offset
        for quote in quotes:
            if quote.span.start <= raw < quote.span.end:
                return quote
        return None

    def find(self, sentence: Sentence, reading: Reading, quotes: list[Attributed]) -> list[ClaimHit]:
        text = sentence.text
        if len(text.split()) < MIN_WORDS or text.rstrip(" ”’\"'").endswith("?"):
            return []
        hits: dict[tuple[str, str], ClaimHit] = {}
        for kind, family, pattern in self.patterns:
            for match in pattern.finditer(text):
                if NEGATION.search(text[:match.start()]):
                    continue
                if family == "verbs" and NOT_A_VERB.search(text[:match.start()]):
                    continue  # "Russia's demands", "the call for", "was asked to": a noun or a passive
                hit = self._hit(kind, family, match, sentence, reading, quotes)
                if hit and (hit.kind, hit.actor) not in hits:
                    hits[(hit.kind, hit.actor)] = hit
        return sorted(hits.values(), key=lambda h: (h.kind, h.actor))

    def _hit(self, kind: str, family: str, match: re.Match, sentence: Sentence, reading: Reading,
             quotes: list[Attributed]) -> ClaimHit | None:
        text = sentence.text
        quote = self._quote_at(sentence, match.start(), quotes)
        summary_from = None
        if quote is not None:
            if not quote.speaker or not self.is_party(quote.speaker):
                return None
            actor = quote.speaker
            target = self._targets_after(text, match.end(), actor)
        elif family in ("modals", "conditions", "threats"):
            verbs = [v for v in self.attributor.speech.finditer(text[:match.start()])]
            actor = None
            if verbs:
                mention = self.attributor.speaker_of_verb(text, verbs[-1].start())
                actor = self._resolve(mention, reading, sentence)
                if mention is not None and mention.via != "pronoun":
                    summary_from = mention.end
            if actor is None and family == "modals":
                return None  # "X will have to ..." in the reporter's voice is a prediction, not a demand
            if actor is None:
                found = self._actor_before(text, match.start(), reading, sentence)
                if found is None:
                    return None
                actor, summary_from = found
            target = self._target_before(text, match.start(), actor) if family == "modals" else None
            target = target or self._targets_after(text, match.start(), actor)
        else:
            passive = re.match(r"\s+by\s+", text[match.end():])
            if passive:
                after = [m for m in self.index.find(text[match.end():]) if self.is_party(m.actor)]
                if not after or after[0].start > passive.end() + 4:
                    return None
                actor = after[0].actor
                target = None
            else:
                found = self._actor_before(text, match.start(), reading, sentence)
                if found is None:
                    return None
                actor, summary_from = found
                target = self._targets_after(text, match.end(), actor)
        if not self.is_party(actor):
            return None
        summary = self.summarise(actor, text, summary_from, match.end())
        return ClaimHit(kind, actor, target, summary, sentence, match.group())

    def _resolve(self, mention: Mention | None, reading: Reading, sentence: Sentence) -> str | None:
        if mention is None:
            return None
        if mention.via == "pronoun":
            return reading.subjects.get(sentence.index) or reading.speakers.get(sentence.index)
        return mention.actor

    def summarise(self, actor: str, text: str, start: int | None, cue_end: int) -> str:
        """The actor's canonical name followed by what the sentence says they said or did."""
        name = self.index[actor].name
        cut = ASIDE.search(text, cue_end)
        if cut and len(text[:cut.start()].split()) >= MIN_WORDS:
            text = text[:cut.start()]
        if start is None or start >= len(text):
            body = text
        else:
            body = text[start:]
            body = name + (body if body[:1] in ",’'" else " " + body.lstrip())
        words = body.split()
        if len(words) > MAX_SUMMARY_WORDS:
            body = " ".join(words[:MAX_SUMMARY_WORDS]) + " …"
        body = body.strip().rstrip(",;:–—- ")
        if body and body[-1] not in ".!?…”’\"'":
            body += "."
        return body[:1].upper() + body[1:]


def find_claims(sentences: list[Sentence], reading: Reading, cues: Cues, index: ActorIndex) -> list[ClaimHit]:
    finder = ClaimFinder(cues, index)
    out: list[ClaimHit] = []
    for sentence in sentences:
        out.extend(finder.find(sentence, reading, reading.quotes))
    return out
