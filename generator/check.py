"""Validation of content/: one path shared by `check`, `extract` and the MkDocs build.

Reports every problem at once, each with file:line:column, the fact id, what is wrong and how to
fix it. Returns typed `Content` only when the facts are sound.
"""

from __future__ import annotations

import difflib
import functools
import os
from collections.abc import Callable
from pathlib import Path

from generator import parsecache
from generator.config import SiteConfig
from generator.errors import BriefingError, Problem, problem
from generator.model import FACT_FILES, FIELDS, Content, check_value, record_from_dict
from generator.seeds import read_article
from generator.textmatch import fold, quote_occurs
from generator.yamlio import Located, read_yaml

REQUIRED_FILES = ("sources", "actors", "demands", "proposals")


def fact_file(content_dir: Path, name: str) -> Path:
    return content_dir / f"{name}.yaml"


def display_path(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def load_documents(content_dir: Path, root: Path) -> tuple[dict[str, Located], list[Problem]]:
    docs: dict[str, Located] = {}
    problems: list[Problem] = []
    cache_dir = root / parsecache.CACHE_DIR
    for name in FACT_FILES:
        path = fact_file(content_dir, name)
        shown = display_path(path, root)
        if not path.exists():
            if name in REQUIRED_FILES:
                problems.append(problem(shown, "file is missing", "run `python -m generator extract` to create it"))
            docs[name] = Located([], {})
            continue
        try:
            docs[name] = read_yaml(path, shown, lambda text, file: parsecache.located(text, file, cache_dir))
        except BriefingError as err:
            problems.extend(err.problems)
    return docs, problems


@functools.lru_cache(maxsize=8)
def _resolved(root: Path) -> Path:
    return root.resolve()


def resolve_inside(root: Path, relative: str) -> Path | None:
    """The path of `relative` if it stays inside `root` (no absolute paths, no .., no links out)."""
    if not relative or os.path.isabs(relative) or relative.startswith(("~", "\\")) or ":" in relative[:3]:
        return None
    candidate = (root / relative)
    try:
        resolved = candidate.resolve()
        resolved.relative_to(_resolved(root))
    except (ValueError, OSError, RuntimeError):
        return None
    return resolved


def _records(name: str, doc: Located, shown: str, problems: list[Problem]) -> list[tuple[int, dict]]:
    data = doc.data
    if data is None:
        return []
    if not isinstance(data, list):
        line, col = doc.where()
        problems.append(problem(shown, "expected a list of records", "start each record with '- id: ...'",
                                line=line, column=col))
        return []
    out = []
    for i, record in enumerate(data):
        if not isinstance(record, dict):
            line, col = doc.where(i)
            problems.append(problem(shown, f"item {i + 1} is not a record", "write it as '- id: ...' with fields below",
                                    line=line, column=col))
            continue
        out.append((i, record))
    return out


def validate(content_dir: Path, root: Path, config: SiteConfig, seed_texts: dict[str, str] | None = None) -> Content:
    """Check everything; raise `BriefingError` listing all problems, else return typed content.

    `seed_texts`: articles the caller has just read, by project-relative file name (as `extract`
    has): those are not read from disk again."""
    docs, problems = load_documents(content_dir, root)
    content = Content()
    ids: dict[str, dict[str, tuple[int, int]]] = {name: {} for name in FACT_FILES}
    where: dict[tuple[str, str], tuple[str, Located, int]] = {}
    for name in FACT_FILES:
        doc = docs.get(name)
        if doc is None:
            continue
        shown = display_path(fact_file(content_dir, name), root)
        specs = {spec.name: spec for spec in FIELDS[name]}
        for i, record in _records(name, doc, shown, problems):
            rid = record.get("id") if isinstance(record.get("id"), str) else f"item {i + 1}"
            ok = True
            for key in record:
                if key not in specs:
                    line, col = doc.where(i, key)
                    close = difflib.get_close_matches(str(key), list(specs), n=1)
                    hint = f"did you mean '{close[0]}'?" if close else f"allowed fields: {', '.join(specs)}"
                    problems.append(problem(shown, f"unknown field '{key}'", hint, line=line, column=col, fact_id=rid))
                    ok = False
            for spec in specs.values():
                if spec.required and spec.name not in record:
                    line, col = doc.where(i)
                    problems.append(problem(shown, f"missing required field '{spec.name}'",
                                            f"add '{spec.name}:' ({spec.description})", line=line, column=col,
                                            fact_id=rid))
                    ok = False
                    continue
                if spec.name in record:
                    error = check_value(spec, record[spec.name])
                    if error:
                        line, col = doc.where(i, spec.name)
                        problems.append(problem(shown, f"field '{spec.name}' {error}", spec.description,
                                                line=line, column=col, fact_id=rid))
                        ok = False
            if isinstance(record.get("id"), str):
                if record["id"] in ids[name]:
                    line, col = doc.where(i, "id")
                    first = ids[name][record["id"]][0]
                    problems.append(problem(shown, f"duplicate id (first used on line {first})",
                                            "give each record its own id", line=line, column=col, fact_id=rid))
                    ok = False
                else:
                    ids[name][record["id"]] = doc.where(i, "id")
            if ok:
                typed = record_from_dict(name, record)
                content.records(name).append(typed)
                where[(name, typed.id)] = (shown, doc, i)

    problems.extend(_check_references(content, config, where))
    problems.extend(_check_sources(content, root, where, seed_texts or {}))
    if problems:
        raise BriefingError(problems)
    return content


def _at(where: dict, name: str, rid: str, *path) -> dict:
    shown, doc, i = where[(name, rid)]
    line, col = doc.where(i, *path)
    return {"line": line, "column": col, "fact_id": rid}, shown


def _check_references(content: Content, config: SiteConfig, where: dict) -> list[Problem]:
    problems = []
    actor_ids = {a.id for a in content.actors}
    source_ids = {s.id for s in content.sources}
    topic_ids = set(config.topic_ids())

    def unknown(name, rid, path, kind, value, known):
        pos, shown = _at(where, name, rid, *path)
        close = difflib.get_close_matches(value, sorted(known), n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"add it to content/{kind}.yaml or fix the id"
        if kind == "topics":
            hint = f"use one of: {', '.join(sorted(known))} (site_config/topics.yaml)"
        problems.append(problem(shown, f"unknown {kind[:-1]} id '{value}'", hint, **pos))

    for actor in content.actors:
        if actor.affiliation and actor.affiliation not in actor_ids:
            unknown("actors", actor.id, ("affiliation",), "actors", actor.affiliation, actor_ids)
    for name in ("demands", "proposals", "quotes"):
        for fact in content.records(name):
            refs = [("speaker", fact.speaker)] if name == "quotes" else [("actor", fact.actor), ("target", fact.target)]
            for key, value in refs:
                if value and value not in actor_ids:
                    unknown(name, fact.id, (key,), "actors", value, actor_ids)
            for j, topic in enumerate(fact.topics):
                if topic not in topic_ids:
                    unknown(name, fact.id, ("topics", j), "topics", topic, topic_ids)
            for j, ref in enumerate(fact.sources):
                if ref.source not in source_ids:
                    unknown(name, fact.id, ("sources", j, "source"), "sources", ref.source, source_ids)
    return problems


def _check_sources(content: Content, root: Path, where: dict, known: dict[str, str]) -> list[Problem]:
    problems = []
    texts: dict[str, str] = {}  # raw article text by source id
    folded: dict[str, Callable[[], str]] = {}  # folded on demand: most quotes are found raw, and folding costs
    for source in content.sources:
        if source.file in known and not source.stale:
            texts[source.id] = known[source.file]  # read inside the project this very run
            continue
        pos, shown = _at(where, "sources", source.id, "file")
        path = resolve_inside(root, source.file)
        if path is None:
            problems.append(problem(shown, f"file '{source.file}' is outside the project",
                                    "use a path relative to the project root, e.g. seeds/article.txt", **pos))
            continue
        if source.stale:
            continue
        if not path.is_file():
            problems.append(problem(shown, f"file '{source.file}' does not exist",
                                    "restore the seed, fix the path, or delete this source and its facts", **pos))
            continue
        try:
            texts[source.id] = read_article(path)
        except UnicodeDecodeError as err:
            problems.append(problem(shown, f"file '{source.file}' is not UTF-8 (byte {err.start})",
                                    "re-save the seed as UTF-8", **pos))
    for name in ("demands", "proposals", "quotes"):
        for fact in content.records(name):
            for j, ref in enumerate(fact.sources):
                text = texts.get(ref.source)
                if text is None:
                    continue
                if ref.source not in folded:
                    folded[ref.source] = functools.cache(functools.partial(fold, text))
                if not quote_occurs(ref.quote, text, folded[ref.source]):
                    pos, shown = _at(where, name, fact.id, "sources", j, "quote")
                    problems.append(problem(
                        shown, f"quote does not occur in source '{ref.source}'",
                        "copy the passage exactly from the article (whitespace and quote-mark style may differ)",
                        **pos))
    return problems
