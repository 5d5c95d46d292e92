"""Re-extraction that stops early when the merge could not come out differently ("early cut-off").

What `extract` writes is decided by the seeds, site_config, the code and content/ as it stands.
After a run whose closing check passed, the state of that run is kept: each seed's file
signature, digest and keys, the count of articles per line (which lines are furniture), a digest
of every file in content/, and the quotes that content/ takes from each seed. The next run looks
at the seeds' signatures instead of reading them all. When content/ and the configuration are as
they were, no seed was added or removed, no line became furniture or stopped being it, and each
changed seed gives exactly the facts it gave before (a typo fixed, a paragraph with no claim
added), the merge would write the same files again: it is skipped, and only the changed seeds'
quotes are checked. In every other case this returns None and the whole extraction runs.

Without it, re-running `extract` on 10,000 articles after one of them changed took over four
seconds even when nothing it wrote could change, almost all of it reading, merging and checking
the other 9,999.
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cachefile import read_pickle, write_pickle
from generator.config import SiteConfig
from generator.extract.article import extract_article
from generator.extract.cache import ExtractCache, LineKeys, text_digest
from generator.extract.text import furniture_keys
from generator.model import Content
from generator.seeds import Seed, ignored_paths, read_seed, relative, seed_paths
from generator.textmatch import fold, quote_occurs

if TYPE_CHECKING:
    from generator.extract.run import SeedKeys

STATE_FILE = ".briefing-cache/run.pickle"
MAX_CHANGED = 16  # more changed seeds than this: the full run, with its worker pool, is as quick
RACY_NS = 2_000_000_000  # a file modified this close to the run may change again unseen in its signature
_PACKAGE = Path(__file__).resolve().parent.parent


@dataclass
class SeedState:
    signature: tuple[int, ...] | None  # None when too recent to trust: the seed is read next time
    digest: str
    facts_key: str  # where the facts cache holds this seed's facts
    quotes: tuple[str, ...]  # every quote content/ takes from this seed
    lines: frozenset[str] | None = None  # its furniture line keys, if the line-key cache lacks them


@dataclass
class RunState:
    tag: str
    seeds: dict[str, SeedState] = field(default_factory=dict)  # by project-relative file
    repeated: Counter = field(default_factory=Counter)  # articles per line, by `line_id` of its key
    content: dict[str, str] = field(default_factory=dict)  # digest of every file in content/
    counts: str = ""  # "1000 sources, 40 actors, …" as the full run reported them


@dataclass(frozen=True)
class Shortcut:
    counts: str
    changed: int  # seeds read again because their text changed


def run_tag(config: SiteConfig, seeds_dir: Path, content_dir: Path) -> str:
    """Everything outside the seeds and content/ that decides a run: all of the package's code
    (extraction, merging and checking), the configuration, and which folders were used."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    for part in (config.fingerprint, str(seeds_dir.resolve()), str(content_dir.resolve())):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def signature(path: Path, now_ns: int) -> tuple[int, ...] | None:
    """Size, times and inode (as git's index keeps them), or None if modified too recently to
    tell a later change within the same clock tick."""
    st = path.stat()
    if now_ns - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def content_digests(content_dir: Path) -> dict[str, str]:
    """Every file under content/ (fact files, baselines, topic intros), by relative path."""
    if not content_dir.is_dir():
        return {}
    return {path.relative_to(content_dir).as_posix(): hashlib.blake2b(path.read_bytes()).hexdigest()
            for path in sorted(content_dir.rglob("*")) if path.is_file()}


def line_id(key: str) -> int:
    """A furniture line key in eight bytes: the state counts every distinct line of the corpus."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def _by_id(repeated: Counter) -> Counter:
    return Counter({line_id(key): n for key, n in repeated.items()})


def load_state(root: Path) -> RunState | None:
    state = read_pickle(root / STATE_FILE)
    return state if isinstance(state, RunState) else None


def save_state(root: Path, state: RunState) -> None:
    write_pickle(root / STATE_FILE, state)


def forget_state(root: Path) -> None:
    """Before a full run: if it fails half-way, the next run must not trust the old state."""
    (root / STATE_FILE).unlink(missing_ok=True)


def remember_run(root: Path, seeds_dir: Path, content_dir: Path, config: SiteConfig, seeds: list[Seed],
                 keys: SeedKeys, content: Content, counts: str) -> None:
    """Keep the state of a full run whose closing check passed (`keys` with facts and view keys,
    `content` as checked)."""
    now = time.time_ns()
    files = {source.id: source.file for source in content.sources}
    quotes: dict[str, list[str]] = {}
    for name in ("demands", "proposals", "quotes"):
        for fact in content.records(name):
            for ref in fact.sources:
                quotes.setdefault(files.get(ref.source, ""), []).append(ref.quote)
    state = RunState(run_tag(config, seeds_dir, content_dir), repeated=_by_id(keys.repeated),
                     content=content_digests(content_dir), counts=counts)
    for seed in seeds:
        state.seeds[seed.file] = SeedState(signature(root / seed.file, now), keys.digests[seed.file],
                                           keys.facts[seed.file], tuple(quotes.get(seed.file, ())))
    save_state(root, state)


def try_shortcut(root: Path, seeds_dir: Path, content_dir: Path, config: SiteConfig) -> Shortcut | None:
    """Finish the run without merging if that provably writes nothing new; None means run in full."""
    state = load_state(root)
    if state is None or state.tag != run_tag(config, seeds_dir, content_dir):
        return None
    if not seeds_dir.is_dir() or content_digests(content_dir) != state.content:
        return None  # content/ edited (or written by a run that failed its check)
    if ignored_paths(seeds_dir):
        return None  # the full run warns about them
    shown_dir = relative(seeds_dir, root)
    paths = {f"{shown_dir}/{path.name}": path for path in seed_paths(seeds_dir)}
    if paths.keys() != state.seeds.keys():
        return None  # a seed added, removed or renamed
    now = time.time_ns()
    changed: list[tuple[Seed, str]] = []
    signatures: dict[str, tuple[int, ...] | None] = {}
    for file, path in paths.items():
        old = state.seeds[file]
        signatures[file] = signature(path, now)
        if signatures[file] is not None and signatures[file] == old.signature:
            continue
        seed, trouble = read_seed(path, file, root)
        if seed is None or trouble is not None:
            return None  # the full run reports it
        digest = text_digest(seed.text)
        if digest != old.digest:
            changed.append((seed, digest))
            if len(changed) > MAX_CHANGED:
                return None
    if changed and not _same_facts(root, config, state, changed):
        return None
    for file, sig in signatures.items():
        state.seeds[file].signature = sig
    save_state(root, state)
    return Shortcut(state.counts, len(changed))


def _same_facts(root: Path, config: SiteConfig, state: RunState, changed: list[tuple[Seed, str]]) -> bool:
    """Each changed seed gives the facts it gave before, and every quote taken from it is still
    in it; if so `state` is brought up to date.

    The caches are left as they are: rewriting them whole would cost more than the rest of this
    run. The next full run extracts these seeds again (they are few) and stores them then."""
    line_keys = LineKeys(root)
    repeated = Counter(state.repeated)
    old_lines: dict[str, frozenset[str] | None] = {}
    new_lines: dict[str, frozenset[str]] = {}
    for seed, _ in changed:
        old = state.seeds[seed.file]
        old_lines[seed.file] = old.lines if old.lines is not None else line_keys.get(old.digest)
        if old_lines[seed.file] is None:
            return False
        new_lines[seed.file] = frozenset(furniture_keys(seed.text))
        repeated.subtract(map(line_id, old_lines[seed.file]))
        repeated.update(map(line_id, new_lines[seed.file]))
    threshold = config.boilerplate.repeated_across_articles
    touched = set().union(*new_lines.values(), *old_lines.values())
    if any((state.repeated[line_id(k)] >= threshold) != (repeated[line_id(k)] >= threshold) for k in touched):
        return False  # a line became furniture or stopped being it: other articles' keys change
    furniture = {k for k in touched if repeated[line_id(k)] >= threshold}  # as the cache keys saw it
    cache = ExtractCache(root)
    for seed, _ in changed:
        old = state.seeds[seed.file]
        before = cache.get(old.facts_key)
        counts = Counter({k: threshold for k in furniture & new_lines[seed.file]})
        if before is None or extract_article(seed.file, seed.text, config, counts) != before:
            return False
        folded = functools.cache(functools.partial(fold, seed.text))
        if not all(quote_occurs(quote, seed.text, folded) for quote in old.quotes):
            return False  # the full run's check names the fact and line
    for seed, digest in changed:
        old = state.seeds[seed.file]
        # facts_key still finds facts equal to this text's: they were just compared
        state.seeds[seed.file] = SeedState(old.signature, digest, old.facts_key, old.quotes, new_lines[seed.file])
    state.repeated = +repeated
    return True
