"""Per-article results kept on disk, keyed by everything that decides them.

Re-extracting a corpus after one article changed should cost about one article. An article's
facts depend on its text, its file name, the site_config knowledge, the extractor's code, and
which of its lines recur across the corpus (that makes them page furniture) — all of that, and
nothing else, goes into the key. Rendering needs each article cleaned into lines and sentences
(its "view"), which extraction has already done: views are kept too, under a key without the
file name but with the renderer's anchoring code, so a build after an extraction does not clean
every article again. Entries an extraction does not use are removed, so the cache never
outgrows the corpus. It is a local, disposable folder: delete it any time, never commit it.

Facts, views and each article's line keys (by text digest) are kept in one file each, read once
and written once per run. One small file per article cost more to create than the article cost
to extract: 1,000 views written one file each took a second of a three-second extraction.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import shutil
import zlib
from collections import Counter
from pathlib import Path

from generator.cachefile import UNREADABLE, read_pickle, write_pickle
from generator.config import SiteConfig
from generator.extract.text import furniture_keys
from generator.seeds import Seed

FACTS_FILE = ".briefing-cache/facts.pickle"
LINES_FILE = ".briefing-cache/lines.pickle"
OLD_FACTS_DIR = ".briefing-cache/extract"  # one file per article, before FACTS_FILE
VIEWS_FILE = ".briefing-cache/views.pickle"
OLD_VIEWS_DIR = ".briefing-cache/views"  # one file per article, before VIEWS_FILE
_CODE = Path(__file__).resolve().parent
_VIEW_CODE = (_CODE.parent / "render" / "anchors.py", _CODE.parent / "textmatch.py")


@functools.cache
def code_fingerprint() -> str:
    """The extractor's own source: a changed rule in code invalidates every entry."""
    digest = hashlib.sha256()
    for path in sorted([*_CODE.glob("*.py"), _CODE.parent / "config.py", _CODE.parent / "model.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def view_fingerprint(code: str) -> str:
    """The extractor's source (it cleans the lines) plus the renderer's anchoring code."""
    digest = hashlib.sha256(code.encode())
    for path in _VIEW_CODE:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def recurring_lines(lines: set[str], repeated: Counter, config: SiteConfig) -> list[str]:
    """The article's line keys that recur across the corpus often enough to be furniture."""
    threshold = config.boilerplate.repeated_across_articles
    return sorted(k for k in lines if repeated[k] >= threshold)


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def seed_key(seed: Seed, config: SiteConfig, repeated: Counter, code: str, lines: set[str],
             digest: str | None = None) -> str:
    """`lines` is the seed's `furniture_keys`, computed once by the caller for the corpus count too;
    `digest` its `text_digest`, if the caller has it."""
    return _digest(code, config.fingerprint, seed.file, digest or text_digest(seed.text),
                   *recurring_lines(lines, repeated, config))


def view_key(digest: str, config: SiteConfig, repeated: Counter, view_code: str, lines: set[str]) -> str:
    """Key of an article's view: `digest` its `text_digest`, `view_code` from `view_fingerprint`,
    `lines` its `furniture_keys`."""
    return _digest("view", view_code, config.fingerprint, digest, *recurring_lines(lines, repeated, config))


def pack(value, compressed: bool) -> bytes:
    """`value` as a store keeps it: what a worker process sends for `FileStore.put_pickled`."""
    pickled = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return zlib.compress(pickled, 1) if compressed else pickled


class FileStore:
    """A dict kept in one pickle file: read whole on first use, written once by `save` and only
    if something changed. Entries of another code version, unreadable files and values of the
    wrong type are misses.

    Each value is pickled on its own and kept as bytes until asked for: unchanged entries are
    never pickled again, and pickling 10,000 articles' facts as one object graph held a memo of
    every object in it (about 80 MB at 10,000 articles). With `compressed`, each is also zlib-
    compressed: for stores of article text, a quarter of the bytes to hold, read and write."""

    def __init__(self, path: Path, kind: type, tag: str, compressed: bool = False):
        self.path = path
        self.kind = kind
        self.tag = tag
        self.compressed = compressed
        self.used: set[str] = set()
        self._data: dict | None = None  # key -> pickled value, or the value itself if put this run
        self._changed = False

    @property
    def data(self) -> dict:
        if self._data is None:
            stored = read_pickle(self.path)  # missing or unreadable: start empty
            valid = isinstance(stored, tuple) and len(stored) == 2 and stored[0] == self.tag
            self._data = stored[1] if valid and isinstance(stored[1], dict) else {}
        return self._data

    def get(self, key: str):
        self.used.add(key)
        raw = self.data.get(key)
        if isinstance(raw, self.kind):
            return raw  # put in this run
        if not isinstance(raw, bytes):
            return None
        try:
            value = pickle.loads(zlib.decompress(raw) if self.compressed else raw)
        except (*UNREADABLE, zlib.error):
            return None
        return value if isinstance(value, self.kind) else None

    def pack(self, value) -> bytes:
        return pack(value, self.compressed)

    def put(self, key: str, value) -> None:
        """Kept as the object until `save` pickles it (the caller holds it anyway)."""
        self.used.add(key)
        self.data[key] = value
        self._changed = True

    def put_pickled(self, key: str, pickled: bytes) -> None:
        """A value a worker process has `pack`ed already: kept as it came, never unpickled here."""
        self.used.add(key)
        self.data[key] = pickled
        self._changed = True

    def save(self, prune: bool = True) -> None:
        """Write the store (dropping entries this run did not use, if `prune`) when it changed."""
        data = self.data
        if prune:
            unused = data.keys() - self.used
            for key in unused:
                del data[key]
            self._changed = self._changed or bool(unused)
        if not self._changed:
            return
        for key, value in data.items():
            if not isinstance(value, bytes):
                data[key] = self.pack(value)
        if write_pickle(self.path, (self.tag, data)):
            self._changed = False


class ExtractCache(FileStore):
    """Each article's facts, by `seed_key`."""

    def __init__(self, root: Path):
        from generator.extract.article import ArticleFacts

        super().__init__(root / FACTS_FILE, ArticleFacts, "facts-2")
        shutil.rmtree(root / OLD_FACTS_DIR, ignore_errors=True)


class LineKeys(FileStore):
    """Each article's `furniture_keys`, by `text_digest`: needed for every article on every run
    (whether a line recurs across the corpus decides the keys of all the others)."""

    def __init__(self, root: Path):
        super().__init__(root / LINES_FILE, frozenset, "lines-2-" + code_fingerprint())

    def of(self, text: str, digest: str) -> frozenset[str]:
        keys = self.get(digest)
        if keys is None:
            keys = frozenset(furniture_keys(text))
            self.put(digest, keys)
        return keys


class ViewCache(FileStore):
    """Each article's view for rendering, by `view_key`."""

    COMPRESSED = True  # article text: a quarter of the bytes

    def __init__(self, root: Path):
        from generator.render.anchors import ArticleView

        super().__init__(root / VIEWS_FILE, ArticleView, "views-2", compressed=self.COMPRESSED)
        shutil.rmtree(root / OLD_VIEWS_DIR, ignore_errors=True)
