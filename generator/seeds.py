"""Reading seed articles: the only place seeds come off the disk, with errors people can act on."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import BriefingError, Problem, problem

SEED_SUFFIXES = (".txt", ".md", ".text")


@dataclass(frozen=True)
class Seed:
    file: str  # path relative to the project root, with forward slashes
    text: str


# "&amp;", "&#8217;", "&nbsp;": a scrape that kept the page's HTML escapes. Only complete references
# are decoded ("AT&T" and "Q&A" stay as they are).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Soft hyphens, zero-width spaces and joiners, and byte-order marks: invisible on the page, but they
# split names ("Zelen\u00adsky") and words for every rule that reads the text.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # (a regex: str.translate is slow)


def article_text(raw: str) -> str:
    """An article's text as the program reads it everywhere (extraction, `check`, the source pages):
    HTML character references decoded and invisible characters removed, so that quotes taken
    from it are found in it again however the scrape spelled them."""
    if "&" in raw:
        raw = _ENTITY.sub(lambda ref: html.unescape(ref.group()), raw)
    return _INVISIBLE.sub("", raw) if _INVISIBLE.search(raw) else raw


def read_article(path: Path) -> str:
    """An article file's text as every stage reads it; raises UnicodeDecodeError if not UTF-8."""
    return article_text(path.read_bytes().decode("utf-8-sig"))


def seed_paths(seeds_dir: Path) -> list[Path]:
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith(".")
                  and p.suffix.lower() in SEED_SUFFIXES)


def ignored_paths(seeds_dir: Path) -> list[Path]:
    """Files in the seeds folder that are not read as articles (a saved .html page, a .pdf)."""
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith(".")
                  and p.suffix.lower() not in SEED_SUFFIXES)


# A saved web page rather than its text: the markup's words would be read as the article's
_HTML_PAGE = re.compile(r"^\s*<(?:!doctype\s+html|html\b)", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|script|li|h[1-6]|article|section|nav)\b[^>]{0,300}>", re.IGNORECASE)
HTML_TAGS_MIN = 10


def relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _inside(path: Path, root: Path) -> bool:
    # Resolving every path costs a syscall per component; only links can lead elsewhere.
    if not path.is_symlink() and not path.parent.is_symlink():
        return True
    return path.resolve().is_relative_to(root.resolve())


def read_seed(path: Path, shown: str, root: Path) -> tuple[Seed | None, Problem | str | None]:
    """One seed, or what is wrong with it: a problem (unreadable) or a warning (empty)."""
    if not _inside(path, root):
        return None, problem(shown, f"links outside the project (to {path.resolve()})",
                             "copy the article into seeds/ instead of linking to it")
    raw = path.read_bytes()
    nul = raw.find(b"\x00", 0, 8192)
    if nul >= 0:
        return None, problem(shown, f"looks like a binary file (NUL byte at offset {nul})",
                             "seeds must be plain-text articles; remove this file or export it as text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return None, problem(shown, f"not UTF-8: invalid byte 0x{raw[err.start]:02x} at offset {err.start}",
                             "re-save the article as UTF-8 (e.g. `iconv -f windows-1252 -t utf-8`)")
    text = article_text(text)
    if not text.strip():
        return None, f"{shown}: empty article, skipped — delete it or paste the article text into it"
    if _HTML_PAGE.match(text) or len(_HTML_TAG.findall(text, 0, 20_000)) >= HTML_TAGS_MIN:
        return Seed(shown, text), (f"{shown}: looks like a saved web page (HTML markup), not its text — few "
                                   "facts will be found in it; paste the article's text into the file instead")
    return Seed(shown, text), None


def read_seeds(seeds_dir: Path, root: Path) -> tuple[list[Seed], list[str]]:
    """All readable seeds and warnings; raise if a seed is unreadable or there is nothing to read."""
    shown_dir = relative(seeds_dir, root)
    if not seeds_dir.is_dir():
        raise BriefingError(problem(shown_dir, "seeds folder does not exist",
                                    "create it and put article .txt files in it, or pass --seeds DIR"))
    paths = seed_paths(seeds_dir)
    if not paths:
        raise BriefingError(problem(shown_dir, "no articles found (looked for *.txt, *.md)",
                                    "save each article as a UTF-8 .txt file in this folder"))
    seeds: list[Seed] = []
    problems: list[Problem] = []
    warnings: list[str] = []
    shown_prefix = relative(seeds_dir, root)
    if not seeds_dir.resolve().is_relative_to(root.resolve()):
        raise BriefingError(problem(shown_prefix, "the seeds folder lies outside the project",
                                    "copy the articles into the project's seeds/ folder"))
    for path in paths:
        seed, trouble = read_seed(path, f"{shown_prefix}/{path.name}", root)
        if isinstance(trouble, Problem):
            problems.append(trouble)
        elif trouble:
            warnings.append(trouble)
        if seed is not None:
            seeds.append(seed)
    if problems:
        raise BriefingError(problems)
    if not seeds:
        raise BriefingError(problem(shown_dir, "every article is empty", "paste article text into the seed files"))
    warnings += [f"{shown_prefix}/{path.name}: not read, as articles are text files ending in "
                 f"{', '.join(SEED_SUFFIXES)} — save the article's text under such a name"
                 for path in ignored_paths(seeds_dir)]
    return seeds, warnings
