"""`nox -s eval`: precision and recall of extraction against hand-annotated gold.

Runs the real extractor on the seeds and compares with `tests/gold/seeds.yaml`:
- actors: extracted actor ids against gold ids;
- roles: a gold person's extracted role must contain the gold phrase;
- demands / proposals: one item per (fact, reporting source); it matches a gold item of the same
  seed when its quote contains the gold passage and its actor is one the gold accepts;
- quote speakers: extracted quotes matched to gold quotes by passage; a speaker counts as
  correct when it is the gold speaker (an unattributed gold quote must stay unattributed).
Prints a table, and the misses and false hits with examples, so failures can be read.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.config import load_config
from generator.extract.run import extract_all
from generator.model import Content
from generator.seeds import read_seeds
from generator.textmatch import fold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "seeds.yaml"


@dataclass
class Score:
    name: str
    true_pos: int = 0
    predicted: int = 0
    gold_found: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_pos / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _accepts(value) -> set:
    return set(value) if isinstance(value, list) else {value}


def _seed_of(content: Content, source_id: str) -> str:
    source = content.source(source_id)
    return Path(source.file).name[:3] if source else ""


def score_actors(content: Content, gold: list[dict]) -> tuple[Score, Score, Score]:
    extracted = {a.id: a for a in content.actors}
    gold_ids = {g["id"] for g in gold}
    actors = Score("actors", predicted=len(extracted), gold=len(gold_ids))
    actors.true_pos = actors.gold_found = len(gold_ids & set(extracted))
    actors.misses = sorted(gold_ids - set(extracted))
    actors.false_hits = sorted(set(extracted) - gold_ids)
    roles = Score("roles")
    media = Score("media marked")
    for entry in gold:
        if "role" in entry:
            roles.gold += 1
            actor = extracted.get(entry["id"])
            if actor and actor.role:
                roles.predicted += 1
                if entry["role"].lower() in actor.role.lower():
                    roles.true_pos += 1
                    roles.gold_found += 1
                else:
                    roles.false_hits.append(f"{entry['id']}: {actor.role!r} (gold: {entry['role']})")
            else:
                roles.misses.append(entry["id"])
        actor = extracted.get(entry["id"])
        if entry.get("media"):
            media.gold += 1
            if actor and actor.kind == "media":
                media.gold_found += 1
            else:
                media.misses.append(entry["id"])
    for actor in extracted.values():
        if actor.kind == "media":
            media.predicted += 1
            if any(g["id"] == actor.id and g.get("media") for g in gold):
                media.true_pos += 1
            else:
                media.false_hits.append(actor.id)
    return actors, roles, media


def score_claims(content: Content, name: str, gold: list[dict]) -> Score:
    score = Score(name, gold=len(gold))
    items = [(fact, ref) for fact in content.records(name) for ref in fact.sources]
    score.predicted = len(items)
    found = [False] * len(gold)
    for fact, ref in items:
        seed = _seed_of(content, ref.source)
        quote = fold(ref.quote)
        hit = False
        for n, entry in enumerate(gold):
            if entry["seed"] == seed and fold(entry["key"]) in quote and fact.actor in _accepts(entry["actor"]):
                found[n] = hit = True
        if hit:
            score.true_pos += 1
        else:
            score.false_hits.append(f"[{seed}] {fact.actor}: {ref.quote[:110]}")
    score.gold_found = sum(found)
    score.misses = [f"[{g['seed']}] {g['actor']}: {g['key']}" for g, ok in zip(gold, found, strict=True) if not ok]
    return score


def score_speakers(content: Content, gold: list[dict]) -> Score:
    score = Score("quote speakers")
    attributed_gold = [g for g in gold if g.get("speaker")]
    score.gold = len(attributed_gold)
    for entry in gold:
        key = fold(entry["key"])
        matches = [(q, ref) for q in content.quotes for ref in q.sources
                   if _seed_of(content, ref.source) == entry["seed"]
                   and (key in fold(ref.quote) or (len(fold(ref.quote)) >= 8 and fold(ref.quote) in key))]
        accepted = _accepts(entry.get("speaker"))
        for quote, _ in matches:
            if quote.speaker:
                score.predicted += 1
                if quote.speaker in accepted:
                    score.true_pos += 1
                else:
                    score.false_hits.append(f"[{entry['seed']}] {entry['key'][:60]!r}: {quote.speaker} "
                                            f"(gold: {entry.get('speaker')})")
        if entry.get("speaker"):
            if any(q.speaker in accepted for q, _ in matches):
                score.gold_found += 1
            else:
                got = sorted({str(q.speaker) for q, _ in matches}) or ["not found"]
                score.misses.append(f"[{entry['seed']}] {entry['key'][:60]!r}: {', '.join(got)} "
                                    f"(gold: {entry['speaker']})")
    return score


def evaluate(root: Path = ROOT, gold_path: Path = GOLD) -> list[Score]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    config = load_config(root)
    seeds, _ = read_seeds(root / "seeds", root)
    content = extract_all(seeds, config, jobs=1)
    return [*score_actors(content, gold["actors"]), score_claims(content, "demands", gold["demands"]),
            score_claims(content, "proposals", gold["proposals"]), score_speakers(content, gold["quotes"])]


def table(scores: list[Score]) -> str:
    lines = ["| row | precision | recall | F1 | hits / predicted | found / gold |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for s in scores:
        lines.append(f"| {s.name} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {s.true_pos}/{s.predicted} | "
                     f"{s.gold_found}/{s.gold} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Precision and recall of extraction against tests/gold.")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false hit")
    args = parser.parse_args()
    scores = evaluate()
    print(table(scores))
    for s in scores:
        if args.verbose or s.precision < 0.9 or s.recall < 0.85:
            for label, rows in (("missed", s.misses), ("false", s.false_hits)):
                for row in rows[: None if args.verbose else 8]:
                    print(f"  {s.name} {label}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
