"""Per-seed extraction results kept on disk, keyed by everything that decides them.

Re-extracting a corpus after one article changed should cost about one article. An article's
facts depend on its text, its file name, the site_config knowledge, the extractor's code, and
which of its lines recur across the corpus (that makes them page furniture) — all of that, and
nothing else, goes into the key. Entries not used by a run are removed, so the cache never
outgrows the corpus. It is a local, disposable folder: delete it any time, never commit it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections import Counter
from pathlib import Path

from generator.config import SiteConfig
from generator.extract.article import ArticleFacts
from generator.seeds import Seed

CACHE_DIR = ".briefing-cache/extract"
_CODE = Path(__file__).resolve().parent


def code_fingerprint() -> str:
    """The extractor's own source: a changed rule in code invalidates every entry."""
    digest = hashlib.sha256()
    for path in sorted([*_CODE.glob("*.py"), _CODE.parent / "config.py", _CODE.parent / "model.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def seed_key(seed: Seed, config: SiteConfig, repeated: Counter, code: str, lines: set[str]) -> str:
    """`lines` is the seed's `furniture_keys`, computed once by the caller for the corpus count too."""
    threshold = config.boilerplate.repeated_across_articles
    recurring = sorted(k for k in lines if repeated[k] >= threshold)
    digest = hashlib.sha256()
    for part in (code, config.fingerprint, seed.file, seed.text, *recurring):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


class ExtractCache:
    def __init__(self, root: Path):
        self.folder = root / CACHE_DIR
        self.used: set[str] = set()

    def get(self, key: str) -> ArticleFacts | None:
        self.used.add(key)
        try:
            with open(self.folder / f"{key}.pickle", "rb") as handle:
                facts = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None  # missing or unreadable: extract again
        return facts if isinstance(facts, ArticleFacts) else None

    def put(self, key: str, facts: ArticleFacts) -> None:
        self.used.add(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(facts, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.folder / f"{key}.pickle")
        except OSError:
            pass  # a cache that cannot be written only costs time

    def prune(self) -> None:
        """Drop entries this run did not use (changed or removed seeds, old code or config)."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.stem not in self.used or path.suffix != ".pickle":
                try:
                    path.unlink()
                except OSError:
                    pass
