"""Synthetic news corpora for benchmarks: many outlets, people, states, dates and phrasings.

The articles are made from templates and random choices (seeded, so a size always gives the same
corpus). They imitate scraped news: a URL line, a headline with the outlet, a dateline, page
furniture, paragraphs with quotes, demands, proposals and conditions, and statements that several
outlets report in nearly the same words. The names are invented, so the gazetteer knows none of
them and extraction has to discover people the way it would in next week's articles.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

FIRST = ["Anna", "Marek", "Lena", "Tomas", "Irina", "Pavel", "Sofia", "Jonas", "Elena", "Viktor", "Maria",
         "Oskar", "Nadia", "Karl", "Olga", "Piotr", "Clara", "Dmitri", "Hanna", "Luca", "Ines", "Bruno", "Mila",
         "Felix", "Greta", "Ivan", "Julia", "Emil", "Rosa", "Leon"]
LAST = ["Kovalenko", "Novak", "Berger", "Lindqvist", "Moreau", "Petrov", "Santos", "Horvath", "Fischer",
        "Duarte", "Kowalski", "Rinaldi", "Varga", "Sorensen", "Balan", "Okafor", "Hartmann", "Ilyin", "Costa",
        "Marin", "Weiss", "Dragan", "Nilsen", "Ferrari", "Tanaka", "Abbas", "Quinn", "Laine", "Borg", "Roth"]
STATES = ["Norland", "Estavia", "Karvonia", "Belmora", "Trastia", "Velmark", "Oskaria", "Drunia", "Polmar",
          "Serovia", "Ardena", "Lutavia"]
CITIES = ["Vardo", "Kessel", "Mirna", "Ostrava Nova", "Bellport", "Tarnik", "Selva", "Grona", "Haldor"]
OUTLETS = ["Daily Ledger", "Global Wire", "Northern Post", "Evening Courier", "World Report", "Capital Times",
           "Reuters-like Wire", "Continental Herald", "The Observer Desk", "Metro Chronicle", "Atlas News",
           "Harbour Gazette"]
ROLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "chief negotiator",
         "presidential spokesman", "special envoy", "Deputy Foreign Minister", "national security adviser"]
ISSUES = ["a 30-day ceasefire", "a full prisoner exchange", "talks in {city}", "new sanctions on {state}",
          "the withdrawal of troops from {region}", "an energy truce", "a peace memorandum",
          "security guarantees for {state}", "a summit in {city}", "lifting the embargo on {state}",
          "recognition of the border in {region}", "a humanitarian corridor to {city}"]
REGIONS = ["the eastern provinces", "the southern coast", "the border districts", "the river valley",
           "the northern plateau"]
FURNITURE = ["Share this article", "Sign up to our free newsletter", "Read more", "Advertisement",
             "Follow us on social media", "Comments", "Get the app for breaking news alerts", "Related articles"]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(city=rng.choice(CITIES), state=rng.choice(STATES), region=rng.choice(REGIONS))


class World:
    """The cast of a corpus: people with roles and states, and the statements they make."""

    def __init__(self, rng: random.Random, people: int = 120, statements: int = 400):
        self.people = []
        for _ in range(people):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            self.people.append((name, rng.choice(ROLES), rng.choice(STATES)))
        self.statements = []
        for _ in range(statements):
            speaker = rng.choice(self.people)
            target = rng.choice([s for s in STATES if s != speaker[2]])
            kind = rng.choice(["demand", "proposal", "condition", "threat", "quote"])
            self.statements.append((kind, speaker, target, _fill(rng.choice(ISSUES), rng)))


def _sentence(statement, rng: random.Random) -> str:
    kind, (name, role, state), target, issue = statement
    surname = name.split()[-1]
    if kind == "demand":
        return rng.choice([
            f"{role} {name} of {state} demanded that {target} agree to {issue}.",
            f"{state} demands {issue}, {role} {name} said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.",
            f"{name}, the {role} of {state}, called on {target} to accept {issue}.",
        ])
    if kind == "proposal":
        return rng.choice([
            f"{role} {name} proposed {issue} to {target}.",
            f"{state} offered {issue}, according to {role} {name}.",
            f"{name} said {state} was ready to discuss {issue} with {target}.",
        ])
    if kind == "condition":
        return (f"{role} {name} said {state} would only discuss {issue} after {target} "
                f"withdraws its forces from {rng.choice(REGIONS)}.")
    if kind == "threat":
        return f"{name} warned that {state} would impose sanctions on {target} unless it accepted {issue}."
    return rng.choice([
        f"\u201cWe want {issue}, and we want it now,\u201d {surname} said.",
        f"\"There can be no talks without {issue},\" said {role} {name}.",
        f"\u201cThis is about {issue},\u201d {name} told reporters. \u201cNothing else.\u201d",
    ])


BACKGROUND = [
    "The talks in {city} have stalled repeatedly since the spring, when delegations last met face to face.",
    "Diplomats familiar with the discussions said the two sides remained far apart on the sequencing of any deal.",
    "Fighting continued along {region} overnight, local officials said, with damage reported to power lines.",
    "{state} has called for international monitors to oversee any agreement reached in the coming weeks.",
    "Markets in {city} reacted cautiously to the news, with the currency little changed by the afternoon.",
    "Observers noted that previous rounds of negotiations ended with little more than agreements to keep talking.",
    "A spokesperson for the regional bloc said ministers would discuss the situation at their next meeting.",
    "Humanitarian groups warned that winter would make conditions in {region} considerably worse.",
    "The parliament of {state} is expected to debate a related bill before the end of the month.",
    "Residents of {city} said they had heard little about the negotiations beyond what was on television.",
]


def _background(rng: random.Random, state: str) -> str:
    picks = rng.sample(BACKGROUND, 3)
    return " ".join(_fill(p, rng).replace(rng.choice(STATES), state, 0) for p in picks)


def article(n: int, world: World, rng: random.Random) -> str:
    outlet = rng.choice(OUTLETS)
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
    chosen = rng.sample(world.statements, 6)
    speaker = chosen[0][1]
    headline = f"{speaker[0]} presses {chosen[0][2]} on {chosen[0][3]} in latest round of talks"
    lines = [f"URL: https://news.example.org/{day.isoformat()}/story-{n}",
             f"{headline} \u2013 {outlet}",
             rng.choice(FURNITURE),
             f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')} "
             f"{rng.randrange(6, 22)}:{rng.randrange(60):02d}, UK",
             ""]
    for statement in chosen:
        paragraph = [_sentence(statement, rng)]
        _, (name, role, state), target, issue = statement
        paragraph.append(rng.choice([
            f"Officials in {rng.choice(CITIES)} did not comment on the remarks.",
            f"The statement came a day after talks in {rng.choice(CITIES)} ended without agreement.",
            f"Analysts said the move would put pressure on {target}.",
            f"{state} has repeatedly rejected similar offers in the past.",
        ]))
        lines.append(" ".join(paragraph))
        lines.append("")
        lines.append(_background(rng, target))
        lines.append("")
        if rng.random() < 0.3:
            lines.append(rng.choice(FURNITURE))
            lines.append("")
    lines.append(rng.choice(FURNITURE))
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, size: int, seed: int = 2025) -> list[Path]:
    """Write `size` articles into `folder` (created); the same size and seed give the same files."""
    rng = random.Random(seed)
    world = World(rng, people=max(40, size // 25), statements=max(100, size // 2))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(size):
        path = folder / f"article-{n:05d}.txt"
        path.write_text(article(n, world, rng), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/corpus")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    write_corpus(out, count)
    print(f"wrote {count} articles to {out}")
