"""The extract command: seeds on disk -> pure per-article stages -> merged content/ on disk."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.config import SiteConfig, load_config
from generator.extract.article import ArticleFacts, extract_article
from generator.extract.corpus import merge_articles
from generator.extract.text import furniture_keys
from generator.model import Content
from generator.seeds import Seed, read_seeds
from generator.store import MergeReport, write_content

PARALLEL_THRESHOLD = 16


def repeated_lines(seeds: list[Seed]) -> Counter:
    counter: Counter = Counter()
    for seed in seeds:
        counter.update(furniture_keys(seed.text))
    return counter


_worker_state: dict = {}


def _init_worker(root: str, repeated: Counter) -> None:
    _worker_state["config"] = load_config(Path(root))
    _worker_state["repeated"] = repeated


def _extract_in_worker(seed: Seed) -> ArticleFacts:
    return extract_article(seed.file, seed.text, _worker_state["config"], _worker_state["repeated"])


def extract_all(seeds: list[Seed], config: SiteConfig, jobs: int = 0,
                progress: Callable[[int, int, str], None] | None = None) -> Content:
    """Pure given its inputs: the same seeds and config always give the same Content."""
    repeated = repeated_lines(seeds)
    jobs = jobs or os.cpu_count() or 1
    articles: list[ArticleFacts] = []
    if jobs > 1 and len(seeds) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(str(config.root), repeated)) as pool:
            for n, facts in enumerate(pool.map(_extract_in_worker, seeds, chunksize=8), 1):
                articles.append(facts)
                if progress:
                    progress(n, len(seeds), facts.file)
    else:
        for n, seed in enumerate(seeds, 1):
            articles.append(extract_article(seed.file, seed.text, config, repeated))
            if progress:
                progress(n, len(seeds), seed.file)
    return merge_articles(articles, config)


def run_extract(root: Path, seeds_dir: Path, content_dir: Path, jobs: int = 0,
                progress: Callable[[int, int, str], None] | None = None) -> tuple[Content, MergeReport, list[str]]:
    config = load_config(root)
    seeds, warnings = read_seeds(seeds_dir, root)
    extracted = extract_all(seeds, config, jobs, progress)
    report = write_content(content_dir, extracted, {s.file for s in seeds})
    return extracted, report, warnings
