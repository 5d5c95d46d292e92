"""Compiled regular expressions kept from one run to the next.

The rules compile about 360 regular expressions, a tenth of a second on every run, and a run that
reads one changed article again spends half its time there. Python's engine compiles a pattern
to a list of opcodes (in `re._compiler`), which is plain data: kept in `.briefing-cache/` with the
other arguments it was built with, it goes straight to the engine (`_sre.compile`) on the next
run, without parsing the pattern again. The file is tagged with Python's version and the engine's
magic number, and anything wrong with it (missing, damaged, written by another Python) is a miss:
patterns then compile as they always do. Only patterns given as text are kept, under the text and
flags they were compiled with, so a pattern always comes back as what that text compiles to.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from generator.cachefile import read_pickle, write_pickle

CACHE_FILE = ".briefing-cache/regex.pickle"
MAX_PATTERNS = 3000  # the rules compile about 700, with Python's own


class _Engine:
    """Stands in for the `_sre` module inside `re._compiler`, to see what a compile hands it."""

    def __init__(self, real) -> None:
        self.real = real
        self.last: tuple | None = None

    def __getattr__(self, name: str):
        return getattr(self.real, name)

    def compile(self, *args):
        self.last = args
        return self.real.compile(*args)


class _Cache:
    def __init__(self) -> None:
        self.path: Path | None = None
        self.known: dict[tuple[str, int], tuple] = {}
        self.new: dict[tuple[str, int], tuple] = {}
        # what `remembered` functions (of `generator.literals`, read off patterns) gave before
        self.memo: dict[tuple, object] = {}
        self.used: set[tuple[str, int]] = set()  # patterns served or compiled in this run
        self.memo_used: set[tuple] = set()
        self.memo_added: dict[tuple, object] = {}  # computed or taken in since the last save or `take_new`


_cache = _Cache()


def _tag(engine) -> tuple:
    # (and the source of the functions whose results are remembered: a change there is a miss)
    literals = hashlib.sha256((Path(__file__).parent / "literals.py").read_bytes()).hexdigest()
    return sys.version, getattr(engine, "MAGIC", None), getattr(engine, "CODESIZE", None), literals


def remembered(function):
    """`function` of hashable arguments, its results kept with the compiled patterns: what the
    gates of `generator.literals` read off a pattern costs a parse of it, like compiling does."""
    name = function.__qualname__

    def lookup(*args):
        key = (name, *args)
        try:
            value = _cache.memo[key]
            _cache.memo_used.add(key)
            return value
        except KeyError:
            pass
        except TypeError:  # (unhashable arguments: not remembered)
            return function(*args)
        value = _cache.memo[key] = _cache.memo_added[key] = function(*args)
        _cache.memo_used.add(key)
        return value

    lookup.__wrapped__ = function
    lookup.__doc__ = function.__doc__
    return lookup


def install(root: Path) -> bool:
    """Serve compiles from the project's cache from now on, and remember new ones for `save`.
    False (and nothing changed) where this Python's `re` is not built as expected."""
    try:
        from re import _compiler
        engine = _compiler._sre
        original = _compiler.compile
    except (ImportError, AttributeError):  # pragma: no cover - other Pythons
        return False
    real = engine.real if isinstance(engine, _Engine) else engine
    _cache.path = root / CACHE_FILE
    data = read_pickle(_cache.path)
    fresh = isinstance(data, dict) and data.get("tag") == _tag(real)
    _cache.known = data["patterns"] if fresh else {}
    _cache.memo = data.get("memo", {}) if fresh else {}
    _cache.new, _cache.memo_added, _cache.used, _cache.memo_used = {}, {}, set(), set()
    if isinstance(engine, _Engine):
        return True  # installed before in this process: only the project (and its file) changed
    recorder = _Engine(real)

    def compile(p, flags=0):
        if not isinstance(p, str):
            return original(p, flags)
        key = (p, flags)
        _cache.used.add(key)
        args = _cache.known.get(key) or _cache.new.get(key)
        if args is not None:
            try:
                return real.compile(*args)
            except Exception:  # noqa: BLE001 - a bad entry is a miss
                _cache.known.pop(key, None)
        recorder.last = None
        compiled = original(p, flags)
        if recorder.last is not None and recorder.last[0] == p:
            pattern, final, code, *rest = recorder.last  # (the opcodes are named ints, which do not pickle)
            _cache.new[key] = (pattern, int(final), list(map(int, code)), *rest)
        return compiled

    _compiler._sre = recorder
    _compiler.compile = compile
    return True


def take_new() -> tuple[dict, dict]:
    """What this process compiled and read off patterns since the last call (a worker's, to send
    to the process that saves them)."""
    patterns, _cache.new = _cache.new, {}
    memo, _cache.memo_added = _cache.memo_added, {}
    return patterns, memo


def merge(patterns: dict, memo: dict) -> None:
    """Take in what a worker compiled (`take_new` there), to be saved with this process's own."""
    for key, args in patterns.items():
        if key not in _cache.known:
            _cache.new[key] = args
        _cache.used.add(key)
    fresh = {key: value for key, value in memo.items() if key not in _cache.memo}
    _cache.memo.update(fresh)
    _cache.memo_added.update(fresh)
    _cache.memo_used.update(memo)


def save() -> bool:
    """Keep what this run compiled that the cache did not have; False if nothing was written."""
    if _cache.path is None or not (_cache.new or _cache.memo_added):
        return False
    from re import _compiler
    engine = _compiler._sre
    patterns = {**_cache.known, **_cache.new}
    if len(patterns) > MAX_PATTERNS:
        # (patterns made for one article's people accumulate: keep only what this run used)
        patterns = {key: args for key, args in patterns.items() if key in _cache.used}
    memo = _cache.memo
    if len(memo) > MAX_PATTERNS:
        memo = {key: value for key, value in memo.items() if key in _cache.memo_used}
    data = {"tag": _tag(getattr(engine, "real", engine)), "patterns": patterns, "memo": memo}
    if not write_pickle(_cache.path, data):
        return False
    _cache.known, _cache.memo, _cache.new, _cache.memo_added = patterns, memo, {}, {}
    return True
