"""Site configuration: everything in `site_config/` that is knowledge, not facts.

Declared and validated in one place. A mistake in a config file (a bad regex, a missing key, an
unknown topic id) stops every command with a file:line message before any work starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import BriefingError, Problem, problem
from generator.model import ACTOR_KINDS, SLUG

if TYPE_CHECKING:
    from generator.yamlio import Located


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    description: str
    any: tuple[re.Pattern, ...] = ()
    all: tuple[re.Pattern, ...] = ()
    none: tuple[re.Pattern, ...] = ()

    def matches(self, text: str) -> bool:
        if self.any and not any(p.search(text) for p in self.any):
            return False
        if not all(p.search(text) for p in self.all):
            return False
        return not any(p.search(text) for p in self.none)


@dataclass(frozen=True)
class KnownActor:
    id: str
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Cues:
    speech_verbs: tuple[str, ...]
    role_nouns: tuple[str, ...]
    media_roles: tuple[str, ...]
    honorifics: tuple[str, ...]
    not_names: frozenset[str]
    demand: dict[str, tuple[str, ...]]
    proposal: dict[str, tuple[str, ...]]
    clause_breaks: tuple[str, ...]
    pronouns: dict[str, tuple[str, ...]]
    hedges: tuple[str, ...] = ()
    hypotheticals: tuple[str, ...] = ()
    speculation: tuple[str, ...] = ()
    locatives: tuple[str, ...] = ()
    measure_objects: tuple[str, ...] = ()
    speaker_prepositions: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    naming_verbs: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    group_members: tuple[str, ...] = ()
    representatives: tuple[str, ...] = ()
    not_actor_before: tuple[str, ...] = ()
    receiving_verbs: tuple[str, ...] = ()
    quote_labels: tuple[str, ...] = ()
    role_anaphors: tuple[str, ...] = ()
    head_titles: tuple[str, ...] = ()
    terms_nouns: tuple[str, ...] = ()
    office_anaphors: tuple[str, ...] = ()
    document_nouns: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    desire_verbs: tuple[str, ...] = ()
    voicing_verbs: tuple[str, ...] = ()
    belief_verbs: tuple[str, ...] = ()
    siding_verbs: tuple[str, ...] = ()
    expressing_verbs: tuple[str, ...] = ()
    title_modifiers: tuple[str, ...] = ()
    organisation_heads: tuple[str, ...] = ()
    not_actors: tuple[str, ...] = ()
    named_after_places: tuple[str, ...] = ()
    group_nouns: tuple[str, ...] = ()
    asking_verbs: tuple[str, ...] = ()
    offering_verbs: tuple[str, ...] = ()
    interview_words: tuple[str, ...] = ()
    opinion_labels: tuple[str, ...] = ()
    unnamed_groups: tuple[str, ...] = ()
    body_anaphors: tuple[str, ...] = ()
    title_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    title_abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    office_words: tuple[str, ...] = ()
    portfolio_words: tuple[str, ...] = ()
    public_addressees: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    title_participles: tuple[str, ...] = ()
    gendered_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    time_names: tuple[str, ...] = ()  # names of days and months (from calendar.yaml): "On Sunday Ruritania …"


@dataclass(frozen=True)
class Calendar:
    """The words of date stamps, in every language listed: spellings are lowercased."""

    months: dict[str, int]  # every spelling -> month number
    weekdays: tuple[str, ...]  # every spelling
    ordinals: tuple[str, ...] = ()
    joiners: tuple[str, ...] = ()
    stamp_words: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # the name (first spelling) of each month and day, as written


@dataclass(frozen=True)
class Boilerplate:
    phrases: tuple[re.Pattern, ...]
    title_prefixes: tuple[re.Pattern, ...] = ()
    official_mastheads: tuple[re.Pattern, ...] = ()
    min_words_for_sentence: int = 4
    max_header_lines: int = 8
    repeated_within_article: int = 2
    repeated_across_articles: int = 2
    repeated_line_max_words: int = 8
    max_title_words: int = 40
    max_furniture_words: int = 150


@dataclass(frozen=True)
class SiteConfig:
    root: Path
    topics: tuple[Topic, ...]
    actors: tuple[KnownActor, ...]
    outlets: tuple[Outlet, ...]
    outlet_patterns: tuple[re.Pattern, ...]
    outlet_patterns_strong: tuple[re.Pattern, ...]
    boilerplate: Boilerplate
    cues: Cues
    calendar: Calendar
    fingerprint: str = field(default="", compare=False)

    def topic_ids(self) -> list[str]:
        return [t.id for t in self.topics]


class _Reader:
    """Collects problems while reading one config file, so all are reported together."""

    def __init__(self, path: Path, display: str):
        self.display = display
        from generator.yamlio import read_yaml  # only when parsing: a cached config needs no YAML

        self.doc: Located = read_yaml(path, display)
        self.problems: list[Problem] = []

    def fail(self, path: tuple, message: str, hint: str) -> None:
        line, col = self.doc.where(*path)
        self.problems.append(problem(self.display, message, hint, line=line, column=col))

    def mapping(self) -> dict:
        if not isinstance(self.doc.data, dict):
            self.fail((), "expected a mapping at the top of the file", "compare with the file in the repository")
            return {}
        return self.doc.data

    def strings(self, value: Any, path: tuple) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(path, "expected a list of non-empty strings", "write it as [a, b, c] or one '- item' per line")
            return ()
        return tuple(value)

    def regexes(self, value: Any, path: tuple, flags: int = re.IGNORECASE) -> tuple[re.Pattern, ...]:
        out = []
        for i, pattern in enumerate(self.strings(value, path)):
            try:
                out.append(re.compile(pattern, flags))
            except re.error as err:
                self.fail(path + (i,), f"invalid regular expression {pattern!r}: {err}",
                          "fix the pattern; quote it with single quotes in YAML")
        return tuple(out)


def _word_start(pattern: str) -> str:
    return pattern if pattern.startswith(("^", "\\b", "(?")) else r"(?<![\w-])" + pattern


def _load_topics(reader: _Reader) -> tuple[Topic, ...]:
    topics = []
    seen = set()
    for i, raw in enumerate(reader.mapping().get("topics") or []):
        path = ("topics", i)
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not SLUG.match(raw["id"]):
            reader.fail(path, "each topic needs an 'id' that is a lowercase slug", "e.g. id: ceasefire")
            continue
        if raw["id"] in seen:
            reader.fail(path, f"topic id '{raw['id']}' is defined twice", "give each topic its own id")
        seen.add(raw["id"])
        rules = {}
        for key in ("any", "all", "none"):
            patterns = [_word_start(p) for p in reader.strings(raw.get(key), path + (key,))]
            rules[key] = reader.regexes(patterns, path + (key,))
        if not rules["any"] and not rules["all"]:
            reader.fail(path, f"topic '{raw['id']}' has no rules", "add an 'any:' list of patterns")
        topics.append(Topic(raw["id"], str(raw.get("title") or raw["id"].replace("-", " ").title()),
                            str(raw.get("description") or ""), **rules))
    if not topics:
        reader.fail(("topics",), "no topics defined", "add a 'topics:' list")
    return tuple(topics)


def _load_actors(reader: _Reader) -> tuple[KnownActor, ...]:
    actors = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(reader.mapping().get("actors") or []):
        path = ("actors", i)
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not SLUG.match(raw["id"]):
            reader.fail(path, "each actor needs an 'id' that is a lowercase slug", "e.g. id: jane-doe")
            continue
        if raw["id"] in seen:
            reader.fail(path, f"actor id '{raw['id']}' is defined twice", "merge the two entries")
        seen[raw["id"]] = i
        if raw.get("kind") not in ACTOR_KINDS:
            reader.fail(path + ("kind",), f"kind must be one of {', '.join(ACTOR_KINDS)}", "e.g. kind: person")
        if raw.get("gender") not in (None, "he", "she", "they"):
            reader.fail(path + ("gender",), "gender must be he, she or they", "or leave it out")
        actors.append(KnownActor(
            id=raw["id"], name=str(raw.get("name") or raw["id"]), kind=str(raw.get("kind")),
            role=raw.get("role"), affiliation=raw.get("affiliation"), gender=raw.get("gender"),
            aliases=reader.strings(raw.get("aliases"), path + ("aliases",)),
            descriptions=reader.strings(raw.get("descriptions"), path + ("descriptions",)),
            adjectives=reader.strings(raw.get("adjectives"), path + ("adjectives",)),
        ))
    for i, actor in enumerate(actors):
        if actor.affiliation and actor.affiliation not in seen:
            reader.fail(("actors", i, "affiliation"), f"affiliation '{actor.affiliation}' is not an actor id here",
                        "use the id of another entry in this file")
    return tuple(actors)


def _load_cues(reader: _Reader) -> Cues:
    data = reader.mapping()

    def words(key: str) -> tuple[str, ...]:
        return reader.strings(data.get(key), (key,))

    def group(key: str) -> dict[str, tuple[str, ...]]:
        raw = data.get(key) or {}
        if not isinstance(raw, dict):
            reader.fail((key,), f"'{key}' must be a mapping of lists", "see the comments in the file")
            return {}
        out = {name: reader.strings(value, (key, name)) for name, value in raw.items()}
        for name, items in out.items():
            reader.regexes(list(items), (key, name))
        return out

    return Cues(
        speech_verbs=words("speech_verbs"), role_nouns=words("role_nouns"), media_roles=words("media_roles"),
        honorifics=words("honorifics"), not_names=frozenset(words("not_names")),
        demand=group("demand"), proposal=group("proposal"), clause_breaks=words("clause_breaks"),
        pronouns=group("pronouns"), hedges=words("hedges"), hypotheticals=words("hypotheticals"),
        speculation=words("speculation"), locatives=words("locatives"), prepositions=words("prepositions"),
        measure_objects=words("measure_objects"), speaker_prepositions=words("speaker_prepositions"),
        group_members=words("group_members"), representatives=words("representatives"),
        institutions=words("institutions"), naming_verbs=words("naming_verbs"),
        not_actor_before=words("not_actor_before"), receiving_verbs=words("receiving_verbs"),
        quote_labels=words("quote_labels"), role_anaphors=words("role_anaphors"),
        head_titles=words("head_titles"), terms_nouns=words("terms_nouns"),
        office_anaphors=words("office_anaphors"), document_nouns=words("document_nouns"),
        addressees=words("addressees"), desire_verbs=words("desire_verbs"),
        voicing_verbs=words("voicing_verbs"), belief_verbs=words("belief_verbs"),
        siding_verbs=words("siding_verbs"), expressing_verbs=words("expressing_verbs"),
        title_modifiers=words("title_modifiers"),
        organisation_heads=words("organisation_heads"), not_actors=words("not_actors"),
        named_after_places=words("named_after_places"), group_nouns=words("group_nouns"),
        asking_verbs=words("asking_verbs"), offering_verbs=words("offering_verbs"),
        interview_words=words("interview_words"), opinion_labels=words("opinion_labels"),
        unnamed_groups=words("unnamed_groups"),
        body_anaphors=words("body_anaphors"),
        title_synonyms=group("title_synonyms"), title_abbreviations=group("title_abbreviations"),
        office_words=words("office_words"), portfolio_words=words("portfolio_words"),
        public_addressees=words("public_addressees"), regions=words("regions"),
        gendered_words=group("gendered_words"), title_participles=words("title_participles"),
    )


CALENDAR_SIZES = {"months": 12, "weekdays": 7}


def _load_calendar(reader: _Reader) -> Calendar:
    """Every language's spellings, merged: a page's language is not known before it is read."""
    languages = reader.mapping().get("languages")
    if not isinstance(languages, dict) or not languages:
        reader.fail(("languages",), "expected 'languages:' with one block per language",
                    "compare with the file in the repository")
        return Calendar({}, ())
    months: dict[str, int] = {}
    weekdays: list[str] = []
    names: list[str] = []
    words: dict[str, list[str]] = {"ordinals": [], "joiners": [], "stamp_words": []}
    for language, block in languages.items():
        if not isinstance(block, dict):
            reader.fail(("languages", language), f"language '{language}' must be a mapping",
                        "give it 'months:' and 'weekdays:' lists")
            continue
        for key, size in CALENDAR_SIZES.items():
            entries = block.get(key)
            path = ("languages", language, key)
            if not isinstance(entries, list) or len(entries) != size:
                reader.fail(path, f"'{key}' of '{language}' must list {size} entries",
                            f"list all {size}, in order, each a name or a list of spellings")
                continue
            for number, entry in enumerate(entries, 1):
                spellings = reader.strings([entry] if isinstance(entry, str) else entry, (*path, number - 1))
                names.extend(spellings[:1])
                for spelling in spellings:
                    if key == "weekdays":
                        weekdays.append(spelling.lower())
                    elif months.setdefault(spelling.lower(), number) != number:
                        reader.fail((*path, number - 1), f"'{spelling}' stands for two months",
                                    "keep one of its spellings, or drop the short form")
        for key, found in words.items():
            found.extend(w.lower() for w in reader.strings(block.get(key), ("languages", language, key)))
    return Calendar(months, tuple(dict.fromkeys(weekdays)), tuple(dict.fromkeys(words["ordinals"])),
                    tuple(dict.fromkeys(words["joiners"])), tuple(dict.fromkeys(words["stamp_words"])),
                    tuple(dict.fromkeys(names)))


CONFIG_FILES = ("topics", "actors", "outlets", "boilerplate", "cues", "calendar")
CACHE_FILE = ".briefing-cache/config.pickle"
_CODE = tuple(Path(__file__).resolve().parent / name for name in ("config.py", "model.py", "yamlio.py"))


def load_config(root: Path) -> SiteConfig:
    """Read and validate `site_config/` under `root`; raise one error listing every problem.

    A configuration read before from the same bytes (by the same code) is taken from
    `.briefing-cache/` instead: parsing and checking the YAML, and importing the YAML library,
    were most of what re-running `extract` after a small change cost."""
    key = _cache_key(root)
    cached = _cached(root, key) if key else None
    if cached is not None:
        return replace(cached, root=root)
    config = _read_config(root)
    if key:
        _store(root, key, config)
    return config


def _cache_key(root: Path) -> str | None:
    import hashlib

    digest = hashlib.sha256()
    try:
        for path in (*_CODE, *(root / "site_config" / f"{name}.yaml" for name in CONFIG_FILES)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    except OSError:
        return None  # a missing file: read in full, which reports it
    return digest.hexdigest()


def _cached(root: Path, key: str) -> SiteConfig | None:
    from generator.cachefile import read_pickle

    stored = read_pickle(root / CACHE_FILE)
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
        return None  # missing, damaged, or of other files or code
    return stored[1] if isinstance(stored[1], SiteConfig) else None


def _store(root: Path, key: str, config: SiteConfig) -> None:
    from generator.cachefile import write_pickle

    write_pickle(root / CACHE_FILE, (key, config))


def _read_config(root: Path) -> SiteConfig:
    folder = root / "site_config"
    problems: list[Problem] = []
    readers: dict[str, _Reader] = {}
    for name in CONFIG_FILES:
        path = folder / f"{name}.yaml"
        display = f"site_config/{name}.yaml"
        if not path.is_file():
            problems.append(problem(display, "file is missing", "restore it from the repository"))
            continue
        try:
            readers[name] = _Reader(path, display)
        except BriefingError as err:
            problems.extend(err.problems)
    if problems:
        raise BriefingError(problems)

    topics = _load_topics(readers["topics"])
    actors = _load_actors(readers["actors"])
    outlets_raw = readers["outlets"].mapping()
    outlets = tuple(
        Outlet(str(o.get("name")), readers["outlets"].strings(o.get("aliases"), ("outlets", i, "aliases")))
        for i, o in enumerate(outlets_raw.get("outlets") or []) if isinstance(o, dict)
    )
    outlet_patterns = readers["outlets"].regexes(outlets_raw.get("self_reference"), ("self_reference",), 0)
    outlet_strong = readers["outlets"].regexes(
        outlets_raw.get("strong_self_reference"), ("strong_self_reference",), 0)
    bp_raw = readers["boilerplate"].mapping()
    shape = bp_raw.get("shape") or {}
    boilerplate = Boilerplate(
        phrases=readers["boilerplate"].regexes(bp_raw.get("phrases"), ("phrases",)),
        title_prefixes=readers["boilerplate"].regexes(bp_raw.get("title_prefixes"), ("title_prefixes",), 0),
        official_mastheads=readers["boilerplate"].regexes(bp_raw.get("official_mastheads"), ("official_mastheads",), 0),
        **{k: int(v) for k, v in shape.items() if k in Boilerplate.__dataclass_fields__ and isinstance(v, int)},
    )
    calendar = _load_calendar(readers["calendar"])
    cues = replace(_load_cues(readers["cues"]), time_names=calendar.names)
    for reader in readers.values():
        problems.extend(reader.problems)
    if problems:
        raise BriefingError(problems)
    fingerprint = _fingerprint(folder)
    return SiteConfig(root, topics, actors, outlets, outlet_patterns, outlet_strong, boilerplate, cues, calendar,
                      fingerprint)


def _fingerprint(folder: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    for name in CONFIG_FILES:
        digest.update((folder / f"{name}.yaml").read_bytes())
    return digest.hexdigest()[:16]
