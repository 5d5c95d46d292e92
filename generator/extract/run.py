"""The extract command: seeds on disk -> pure per-article stages -> merged content/ on disk."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from generator import regexcache
from generator.config import SiteConfig, load_config
from generator.extract.article import ArticleFacts, extract_with_lines
from generator.extract.cache import (
    ExtractCache,
    LineKeys,
    ViewCache,
    code_fingerprint,
    pack,
    seed_key,
    text_digest,
    view_fingerprint,
    view_key,
)
from generator.extract.corpus import merge_articles
from generator.extract.shortcut import forget_state
from generator.extract.text import articles_per_line, furniture_keys
from generator.model import Content
from generator.render.anchors import ArticleView, view_of_lines
from generator.seeds import Seed, read_seeds
from generator.store import MergeReport, write_content

PARALLEL_THRESHOLD = 16


_worker_state: dict = {}


def _init_worker(root: str, repeated: Counter, views: bool) -> None:
    _worker_state["config"] = load_config(Path(root))
    _worker_state["repeated"] = repeated
    _worker_state["views"] = views


def _extract_one(seed: Seed, config: SiteConfig, repeated: Counter,
                 views: bool) -> tuple[ArticleFacts, ArticleView | None]:
    """Facts of one seed, and (if `views`) its view for rendering, made on the way: its lines are
    already cleaned."""
    facts, lines = extract_with_lines(seed.file, seed.text, config, repeated)
    return facts, view_of_lines(lines, seed.text) if views else None


def _extract_in_worker(seed: Seed) -> tuple[ArticleFacts, bytes | None, tuple[dict, dict]]:
    """The view comes back packed (pickled, compressed): the parent only stores it, and unpickling it there would cost
    the time and memory of every article's lines. So do the patterns the worker compiled for it (mostly with its
    first article), which the parent keeps for the next run (`generator.regexcache`)."""
    state = _worker_state
    facts, view = _extract_one(seed, state["config"], state["repeated"], state["views"])
    return facts, None if view is None else pack(view, ViewCache.COMPRESSED), regexcache.take_new()


@dataclass
class SeedKeys:
    """What decides each seed's cached results: its text digest, its furniture line keys, the
    corpus count of articles per line, and from those its facts key and view key."""

    digests: dict[str, str] = field(default_factory=dict)
    lines: dict[str, frozenset[str]] = field(default_factory=dict)
    repeated: Counter = field(default_factory=Counter)
    facts: dict[str, str] = field(default_factory=dict)
    views: dict[str, str] = field(default_factory=dict)


def key_seeds(seeds: list[Seed], config: SiteConfig, line_keys: LineKeys | None, cached: bool) -> SeedKeys:
    """Keys of every seed (`cached`: also the facts and view keys); line keys come from
    `line_keys` where it has them."""
    keys = SeedKeys()
    if line_keys is not None or cached:
        keys.digests = {seed.file: text_digest(seed.text) for seed in seeds}
    if line_keys is not None:
        keys.lines = {seed.file: line_keys.of(seed.text, keys.digests[seed.file]) for seed in seeds}
        line_keys.save()
    else:
        keys.lines = {seed.file: frozenset(furniture_keys(seed.text)) for seed in seeds}
    keys.repeated = articles_per_line(keys.lines.values())
    if cached:
        code = code_fingerprint()
        view_code = view_fingerprint(code)
        for seed in seeds:
            lines, digest = keys.lines[seed.file], keys.digests[seed.file]
            keys.facts[seed.file] = seed_key(seed, config, keys.repeated, code, lines, digest)
            keys.views[seed.file] = view_key(digest, config, keys.repeated, view_code, lines)
    return keys


def extract_all(seeds: list[Seed], config: SiteConfig, jobs: int = 0,
                progress: Callable[[int, int, str], None] | None = None,
                cache: ExtractCache | None = None, views: ViewCache | None = None,
                line_keys: LineKeys | None = None, keys: SeedKeys | None = None) -> Content:
    """Pure given its inputs: the same seeds and config always give the same Content.

    Per-seed work is independent (a pool of processes when there is enough of it); with a cache,
    only seeds whose key changed are extracted again, and the views of those are kept for
    rendering. Merging is one keyed reduce at the end. `keys`, if given, are `key_seeds` of the
    same arguments.
    """
    keys = keys or key_seeds(seeds, config, line_keys, cache is not None)
    repeated = keys.repeated
    jobs = jobs or os.cpu_count() or 1
    results: dict[str, ArticleFacts] = {}
    views = views if cache is not None else None
    view_keys = keys.views if views is not None else {}
    if cache is not None:
        for seed in seeds:
            cached = cache.get(keys.facts[seed.file])
            if cached is not None:
                results[seed.file] = cached
        if views is not None:
            views.used.update(view_keys.values())
    todo = [seed for seed in seeds if seed.file not in results]
    done = len(results)
    if progress and done:
        progress(done, len(seeds), f"{done} unchanged, from the cache")

    def finished(facts: ArticleFacts, view: ArticleView | bytes | None) -> None:
        nonlocal done
        results[facts.file] = facts
        if cache is not None:
            cache.put(keys.facts[facts.file], facts)
        if views is not None and view is not None:
            if isinstance(view, bytes):
                views.put_pickled(view_keys[facts.file], view)
            else:
                views.put(view_keys[facts.file], view)
        done += 1
        if progress:
            progress(done, len(seeds), facts.file)

    if jobs > 1 and len(todo) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(jobs, initializer=_init_worker,
                                 initargs=(str(config.root), repeated, views is not None)) as pool:
            for facts, view, compiled in pool.map(_extract_in_worker, todo, chunksize=8):
                regexcache.merge(*compiled)  # what the worker compiled, kept for the next run
                finished(facts, view)
    else:
        for seed in todo:
            finished(*_extract_one(seed, config, repeated, views is not None))
    if cache is not None:
        cache.save()
    if views is not None:
        views.save()
    return merge_articles([results[seed.file] for seed in seeds], config)


@dataclass
class Extraction:
    content: Content  # as extracted, before merging with content/
    report: MergeReport
    warnings: list[str]
    seeds: list[Seed]  # as read
    keys: SeedKeys


def run_extract(root: Path, seeds_dir: Path, content_dir: Path, jobs: int = 0,
                progress: Callable[[int, int, str], None] | None = None,
                use_cache: bool = True, config: SiteConfig | None = None) -> Extraction:
    """Extract and merge into content/."""
    config = config or load_config(root)
    seeds, warnings = read_seeds(seeds_dir, root)
    cache = ExtractCache(root) if use_cache else None
    views = ViewCache(root) if use_cache else None
    line_keys = LineKeys(root) if use_cache else None
    keys = key_seeds(seeds, config, line_keys, use_cache)
    forget_state(root)  # until this run's check passes, the next run must not take its shortcut
    extracted = extract_all(seeds, config, jobs, progress, cache, views, line_keys, keys)
    report = write_content(content_dir, extracted, {s.file for s in seeds})
    return Extraction(extracted, report, warnings, seeds, keys)
