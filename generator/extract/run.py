"""The extract command: seeds on disk -> pure per-article stages -> merged content/ on disk."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.config import SiteConfig, load_config
from generator.extract.article import ArticleFacts, extract_article
from generator.extract.cache import ExtractCache, code_fingerprint, seed_key
from generator.extract.corpus import merge_articles
from generator.extract.text import articles_per_line, furniture_keys
from generator.model import Content
from generator.seeds import Seed, read_seeds
from generator.store import MergeReport, write_content

PARALLEL_THRESHOLD = 16


_worker_state: dict = {}


def _init_worker(root: str, repeated: Counter) -> None:
    _worker_state["config"] = load_config(Path(root))
    _worker_state["repeated"] = repeated


def _extract_in_worker(seed: Seed) -> ArticleFacts:
    return extract_article(seed.file, seed.text, _worker_state["config"], _worker_state["repeated"])


def extract_all(seeds: list[Seed], config: SiteConfig, jobs: int = 0,
                progress: Callable[[int, int, str], None] | None = None,
                cache: ExtractCache | None = None) -> Content:
    """Pure given its inputs: the same seeds and config always give the same Content.

    Per-seed work is independent (a pool of processes when there is enough of it); with a cache,
    only seeds whose key changed are extracted again. Merging is one keyed reduce at the end.
    """
    lines_of = {seed.file: furniture_keys(seed.text) for seed in seeds}
    repeated = articles_per_line(lines_of.values())
    jobs = jobs or os.cpu_count() or 1
    results: dict[str, ArticleFacts] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        code = code_fingerprint()
        for seed in seeds:
            keys[seed.file] = seed_key(seed, config, repeated, code, lines_of[seed.file])
            cached = cache.get(keys[seed.file])
            if cached is not None:
                results[seed.file] = cached
    todo = [seed for seed in seeds if seed.file not in results]
    done = len(results)
    if progress and done:
        progress(done, len(seeds), f"{done} unchanged, from the cache")

    def finished(facts: ArticleFacts) -> None:
        nonlocal done
        results[facts.file] = facts
        if cache is not None:
            cache.put(keys[facts.file], facts)
        done += 1
        if progress:
            progress(done, len(seeds), facts.file)

    if jobs > 1 and len(todo) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(str(config.root), repeated)) as pool:
            for facts in pool.map(_extract_in_worker, todo, chunksize=8):
                finished(facts)
    else:
        for seed in todo:
            finished(extract_article(seed.file, seed.text, config, repeated))
    if cache is not None:
        cache.prune()
    return merge_articles([results[seed.file] for seed in seeds], config)


def run_extract(root: Path, seeds_dir: Path, content_dir: Path, jobs: int = 0,
                progress: Callable[[int, int, str], None] | None = None,
                use_cache: bool = True, config: SiteConfig | None = None) -> tuple[Content, MergeReport, list[str]]:
    config = config or load_config(root)
    seeds, warnings = read_seeds(seeds_dir, root)
    cache = ExtractCache(root) if use_cache else None
    extracted = extract_all(seeds, config, jobs, progress, cache)
    report = write_content(content_dir, extracted, {s.file for s in seeds})
    return extracted, report, warnings
