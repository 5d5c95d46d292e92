"""One pickle file of the disposable `.briefing-cache/`: read as a miss when anything is wrong
with it, written atomically, and never an error when it cannot be (a cache only saves time)."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

# What reading a damaged or outdated cache file can raise: any of it is a miss.
UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError,
              IndexError, ValueError, KeyError)


def read_pickle(path: Path):
    """The value pickled in `path`, or None when it is missing or unreadable."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except UNREADABLE:
        return None


def write_pickle(path: Path, value) -> bool:
    """Replace `path` with `value` pickled, all at once; False if it could not be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return False
    return True
