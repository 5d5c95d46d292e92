"""Building every page from the project on disk: the edge where rendering meets files."""

from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.check import resolve_inside, validate
from generator.config import load_config
from generator.extract.cache import LineKeys, ViewCache, code_fingerprint, text_digest, view_fingerprint, view_key
from generator.extract.text import articles_per_line, furniture_keys
from generator.render.anchors import ArticleView, article_view
from generator.render.pages import SiteRenderer
from generator.render.verify import verify_pages
from generator.seeds import read_article
from generator.yamlio import atomic_write


def build_pages(root: Path, content_dir: Path, site_name: str = "Briefing") -> dict[str, str]:
    """Validate content/, render every page and verify footnotes and links; raise on any problem."""
    config = load_config(root)
    content = validate(content_dir, root, config)
    texts: dict[str, str] = {}
    for source in content.sources:
        path = resolve_inside(root, source.file)
        if path and path.is_file():
            texts[source.id] = read_article(path)
    digests = {sid: text_digest(text) for sid, text in texts.items()}
    line_keys = LineKeys(root)  # kept by extraction; a build adds any it lacks, removes none
    lines_of = {sid: line_keys.of(text, digests[sid]) for sid, text in texts.items()}
    line_keys.save(prune=False)
    repeated = articles_per_line(lines_of.values())
    views = article_views(texts, config, repeated, cache=ViewCache(root), lines_of=lines_of, digests=digests)
    intros = {}
    topics_dir = content_dir / "topics"
    for topic in config.topics:
        intro = topics_dir / f"{topic.id}.md"
        if intro.is_file():
            intros[topic.id] = intro.read_text(encoding="utf-8")
    pages = SiteRenderer(content, config, views, intros, site_name).render_all()
    verify_pages(pages)
    return pages


PARALLEL_VIEWS_MIN = 400  # articles; below this a worker pool costs more than it saves
_worker: dict = {}


def _init_view_worker(root: str, repeated: Counter) -> None:
    _worker["config"] = load_config(Path(root))
    _worker["repeated"] = repeated


def _view_in_worker(text: str) -> ArticleView:
    return article_view(text, _worker["config"], _worker["repeated"])


def article_views(texts: dict[str, str], config, repeated: Counter, jobs: int = 0, cache: ViewCache | None = None,
                  lines_of: dict[str, set[str]] | None = None,
                  digests: dict[str, str] | None = None) -> dict[str, ArticleView]:
    """Every source's cleaned, anchored text: from the cache extraction fills where it can, else
    computed (spread over cores on large corpora) and remembered for the next build."""
    ids = sorted(texts)
    views: dict[str, ArticleView] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        view_code = view_fingerprint(code_fingerprint())
        for sid in ids:
            lines = lines_of[sid] if lines_of else furniture_keys(texts[sid])
            digest = digests[sid] if digests else text_digest(texts[sid])
            keys[sid] = view_key(digest, config, repeated, view_code, lines)
            cached = cache.get(keys[sid])
            if cached is not None:
                views[sid] = cached
    todo = [sid for sid in ids if sid not in views]
    jobs = jobs or os.cpu_count() or 1
    if jobs < 2 or len(todo) < PARALLEL_VIEWS_MIN:
        made = [article_view(texts[sid], config, repeated) for sid in todo]
    else:
        with ProcessPoolExecutor(jobs, initializer=_init_view_worker,
                                 initargs=(str(config.root), repeated)) as pool:
            made = list(pool.map(_view_in_worker, [texts[sid] for sid in todo], chunksize=16))
    for sid, view in zip(todo, made, strict=True):
        if cache is not None:
            cache.put(keys[sid], view)
        views[sid] = view
    if cache is not None:
        cache.save(prune=False)  # only if something was put; entries of other builds stay
    return {sid: views[sid] for sid in ids}


def write_pages(pages: dict[str, str], out: Path) -> int:
    """Write changed pages (a build artifact: renamed into place, but not fsynced one by one)."""
    return sum(atomic_write(out / path, text, durable=False) for path, text in sorted(pages.items()))


def page_title(markdown: str) -> str:
    """The text of a page's first heading, past any front matter."""
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip().replace("\\", "")
    return ""


NAV_ITEMS_MAX = 40


def site_nav(pages: dict[str, str], items_max: int = NAV_ITEMS_MAX) -> list:
    """Sectioned navigation that stays small at any corpus size.

    Material writes the active section's links into every page of that section, so a section
    listing every source makes the site grow with the square of the corpus. Past `items_max`
    pages, a section shows only its index page, whose table links to every page.
    """
    def section(prefix: str, index: str | None = None) -> list:
        items = sorted(p for p in pages if p.startswith(prefix) and not p.endswith("index.md"))
        head = [index] if index else []
        if len(items) > items_max:
            return head
        return head + [{page_title(pages[path]): path} for path in items]

    return [
        {"Home": "index.md"},
        {"Topics": [*section("topics/"), {"Pages by topic": "tags.md"}]},
        {"Demands": "demands.md"},
        {"Proposals": "proposals.md"},
        {"Actors": section("actors/", "actors/index.md")},
        {"Sources": section("sources/", "sources/index.md")},
    ]
