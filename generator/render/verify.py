"""Checks on generated Markdown, with markdown-it-py, before MkDocs ever sees it.

Every footnote reference must have exactly one definition (and every definition a reference),
and every relative link must land on a generated page and, for source passages, on an element
with that id. A failure here is a bug in the renderer, reported like any other problem.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter

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


def verify_pages(pages: dict[str, str]) -> None:
    md = _parser()
    ids = {path: set(_IDS.findall(text)) for path, text in pages.items()}
    problems: list[Problem] = []
    for path, text in sorted(pages.items()):
        env: dict = {}
        tokens = md.parse(text, env)
        # A reference without a definition is plain text to the parser, so find references textually.
        refs = re.findall(r"\[\^([^\]\s]+)\](?!:)", text)
        for token in _walk(tokens):
            if token.type == "link_open":
                href = str(token.attrs.get("href", ""))
                problems.extend(_check_link(path, href, pages, ids))
        defined = [str(label) for label in env.get("footnotes", {}).get("refs", {})]
        defined = [d.lstrip(":") for d in defined]
        for label in set(refs) - set(defined):
            problems.append(problem(f"(generated) {path}", f"footnote [^{label}] has no definition",
                                    "report this renderer bug"))
        for label in set(defined) - set(refs):
            problems.append(problem(f"(generated) {path}", f"footnote [^{label}] is defined but never cited",
                                    "report this renderer bug"))
        definitions = Counter(_DEFINITION.findall(text))
        duplicates = [label for label, count in definitions.items() if count > 1]
        for label in duplicates:
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
