"""The compiled-pattern cache: what it serves is what Python would compile, and anything wrong
with its file only means compiling again."""

import subprocess
import sys

from tests.conftest import ROOT, make_project, run_cli

PROBE = r"""
import re, sys
from pathlib import Path
from generator import regexcache
regexcache.install(Path(sys.argv[1]))
pattern = re.compile(r"(?P<who>Ruritania|Freedonia)\s+(?:demands?|urged)\b", re.IGNORECASE)
match = pattern.search("Yesterday FREEDONIA urged talks.")
served = (pattern.pattern, re.IGNORECASE) in regexcache._cache.known
print(served, match.group("who"), match.span(), pattern.groupindex["who"], pattern.flags)
regexcache.save()
"""


def _probe(root) -> str:
    result = subprocess.run([sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_pattern_served_from_the_cache_matches_as_a_compiled_one(tmp_path):
    first = _probe(tmp_path)
    assert first.startswith("False ")  # compiled, and kept
    assert (tmp_path / ".briefing-cache" / "regex.pickle").is_file()
    second = _probe(tmp_path)
    assert second.startswith("True ")  # served
    assert first.split(" ", 1)[1] == second.split(" ", 1)[1]  # the same match, groups and flags


def test_a_damaged_cache_file_is_compiled_over(tmp_path):
    _probe(tmp_path)
    (tmp_path / ".briefing-cache" / "regex.pickle").write_bytes(b"\x80\x04not a pickle")
    assert _probe(tmp_path).startswith("False ")
    assert _probe(tmp_path).startswith("True ")


def test_extraction_with_cached_patterns_writes_what_it_writes_without(tmp_path):
    cold = make_project(tmp_path / "cold")
    assert run_cli(cold, "extract", "-q").returncode == 0
    warm = make_project(tmp_path / "warm")
    (warm / ".briefing-cache").mkdir()
    cached = (cold / ".briefing-cache" / "regex.pickle").read_bytes()
    (warm / ".briefing-cache" / "regex.pickle").write_bytes(cached)
    assert run_cli(warm, "extract", "-q").returncode == 0
    for path in (cold / "content").glob("*.yaml"):
        assert (warm / "content" / path.name).read_text() == path.read_text()
