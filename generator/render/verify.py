"""Checks on generated Markdown, with markdown-it-py, before MkDocs ever sees it.

Every footnote reference must have exactly one definition (and every definition a reference),
and every relative link must land on a generated page and, for source passages, on an element
with that id. A failure here is a bug in the renderer, reported like any other problem.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from generator.errors import BriefingError, Problem, problem

_IDS = re.compile(r'\bid="([^"]+)"')
_DEFINITION = re.compile(r"(?m)^\[\^([^\]\s]+)\]:")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").use(footnote_plugin)


def _walk(tokens):
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


@dataclass(frozen=True)
class _Parsed:
    """What a page says about its links and footnotes: depends on its text alone."""

    hrefs: tuple[str, ...]
    refs: frozenset[str]
    defined: frozenset[str]
    twice: tuple[str, ...]


_PARSED: dict[bytes, _Parsed] = {}  # by digest of the page text; under serve most pages do not change
_KEEP = 50_000


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_NOTHING = _Parsed((), frozenset(), frozenset(), ())
_LINK_SYNTAX = ("](", "]:", "[^")  # inline links, reference definitions, footnotes


def _has_links(text: str) -> bool:
    """False when the page can hold no link or footnote that the checks look at: an inline link
    needs "](", a reference link a "]:" definition, a footnote "[^". Autolinks ("<https://…>")
    are external and never checked. Most source pages are article text in an HTML block and
    nothing else, and parsing them was half the self-check's time."""
    return any(mark in text for mark in _LINK_SYNTAX)


def _parse(md: MarkdownIt, text: str) -> _Parsed:
    if not _has_links(text):
        return _NOTHING
    key = _key(text)
    known = _PARSED.get(key)
    if known is not None:
        return known
    env: dict = {}
    tokens = md.parse(text, env)
    hrefs = tuple(str(t.attrs.get("href", "")) for t in _walk(tokens) if t.type == "link_open")
    # A reference without a definition is plain text to the parser, so find references textually.
    refs = frozenset(re.findall(r"\[\^([^\]\s]+)\](?!:)", text))
    defined = frozenset(str(label).lstrip(":") for label in env.get("footnotes", {}).get("refs", {}))
    twice = tuple(sorted(label for label, n in Counter(_DEFINITION.findall(text)).items() if n > 1))
    if len(_PARSED) >= _KEEP:
        _PARSED.clear()
    _PARSED[key] = parsed = _Parsed(hrefs, refs, defined, twice)
    return parsed


def _parse_many(texts: list[str]) -> list[_Parsed]:
    md = _parser()
    return [_parse(md, text) for text in texts]


PARALLEL_MIN = 400_000  # characters to parse; below this a worker pool costs more than it saves


def _parse_in_parallel(pages: dict[str, str], jobs: int) -> None:
    """Parse the pages not seen before across processes; the results land in `_PARSED`."""
    todo = sorted({text for text in pages.values() if _has_links(text) and _key(text) not in _PARSED})
    jobs = jobs or os.cpu_count() or 1
    if jobs < 2 or sum(map(len, todo)) < PARALLEL_MIN:
        return
    chunks = _balanced(todo, jobs * 4)
    with ProcessPoolExecutor(jobs) as pool:
        for chunk, parsed in zip(chunks, pool.map(_parse_many, chunks), strict=True):
            for text, result in zip(chunk, parsed, strict=True):
                _PARSED[_key(text)] = result


def _balanced(texts: list[str], count: int) -> list[list[str]]:
    """`count` chunks of about equal total length, largest texts first: the home and topic pages
    are a hundred times the size of a source page, and equal-count chunks left one worker idle."""
    chunks: list[list[str]] = [[] for _ in range(count)]
    loads = [0] * count
    for text in sorted(texts, key=len, reverse=True):
        lightest = loads.index(min(loads))
        chunks[lightest].append(text)
        loads[lightest] += len(text)
    return [chunk for chunk in chunks if chunk]


def verify_pages(pages: dict[str, str], jobs: int = 0) -> None:
    _parse_in_parallel(pages, jobs)
    md = _parser()
    ids = {path: set(_IDS.findall(text)) for path, text in pages.items() if path.startswith("sources/")}
    problems: list[Problem] = []
    for path, text in sorted(pages.items()):
        parsed = _parse(md, text)
        for href in parsed.hrefs:
            problems.extend(_check_link(path, href, pages, ids))
        for label in sorted(parsed.refs - parsed.defined):
            problems.append(problem(f"(generated) {path}", f"footnote [^{label}] has no definition",
                                    "report this renderer bug"))
        for label in sorted(parsed.defined - parsed.refs):
            problems.append(problem(f"(generated) {path}", f"footnote [^{label}] is defined but never cited",
                                    "report this renderer bug"))
        for label in parsed.twice:
            problems.append(problem(f"(generated) {path}", f"footnote [^{label}] is defined twice",
                                    "report this renderer bug"))
    if problems:
        raise BriefingError(problems)


def _check_link(page: str, href: str, pages: dict[str, str], ids: dict[str, set[str]]) -> list[Problem]:
    if not href or re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("#"):
        return []
    target, _, anchor = href.partition("#")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
    if resolved not in pages:
        return [problem(f"(generated) {page}", f"link to missing page '{href}'", "report this renderer bug")]
    if anchor and resolved.startswith("sources/") and anchor not in ids[resolved]:
        return [problem(f"(generated) {page}", f"link '{href}' points to no passage", "report this renderer bug")]
    return []
