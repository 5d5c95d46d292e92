"""Parsed YAML remembered by content hash, so unchanged fact files are not parsed again.

PyYAML builds Python objects in Python: a fact file of 10,000 records takes over a second,
and extraction, its merge and `check` each read every file. A file whose text is byte-identical
to one parsed before is loaded from JSON instead (data and positions), which is many times faster.
Only successful parses are kept; the folder is a disposable cache under `.briefing-cache/`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from generator.yamlio import Located, parse_yaml

CACHE_DIR = ".briefing-cache/yaml"
KEEP = 64  # entries: a few versions of each fact file and baseline


def _path(cache_dir: Path, text: str, kind: str) -> Path:
    return cache_dir / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()}.{kind}.json"


def _read(path: Path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def _write(path: Path, value) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(value, ensure_ascii=False))  # dumps: the C encoder; dump is pure Python
        os.replace(tmp, path)
        entries = sorted(path.parent.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written only costs time


def _jsonable(value) -> bool:
    """JSON keeps what fact files hold, except non-text mapping keys: those are not cached."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _jsonable(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_jsonable(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def located(text: str, file: str, cache_dir: Path | None) -> Located:
    """`parse_yaml` (data and positions), remembered."""
    if cache_dir is None:
        return parse_yaml(text, file)
    path = _path(cache_dir, text, "located")
    cached = _read(path)
    if isinstance(cached, dict) and "data" in cached and isinstance(cached.get("positions"), list):
        return Located(cached["data"], {tuple(key): (line, col) for key, line, col in cached["positions"]})
    result = parse_yaml(text, file)
    if not _jsonable(result.data):
        return result
    _write(path, {"data": result.data,
                  "positions": [[list(key), line, col] for key, (line, col) in result.positions.items()]})
    return result


def records(text: str, file: str, cache_dir: Path | None) -> list:
    """Only the data of a machine-written file (no positions: nobody reports lines in it)."""
    if cache_dir is not None:
        cached = _read(_path(cache_dir, text, "data"))
        if isinstance(cached, list):
            return cached
    return located(text, file, cache_dir).data or []


def remember_records(text: str, data: list, cache_dir: Path | None) -> None:
    """Record that `text` reads as `data`, for a file this program wrote and checked piece by piece."""
    if cache_dir is not None and _jsonable(data):
        _write(_path(cache_dir, text, "data"), data)
