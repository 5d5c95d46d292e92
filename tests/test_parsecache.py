"""The parsed-YAML cache: same data and positions as a fresh parse, and never trusted when damaged."""

from pathlib import Path

from generator import parsecache
from generator.yamlio import parse_yaml
from tests.conftest import run_cli

TEXT = "- id: a\n  name: Alpha\n  aliases: [A, Al]\n- id: b\n  count: 3\n"


def test_cached_parse_equals_fresh_parse(tmp_path: Path):
    fresh = parse_yaml(TEXT, "x.yaml")
    first = parsecache.located(TEXT, "x.yaml", tmp_path)
    assert list(tmp_path.glob("*.json")), "a successful parse is remembered"
    second = parsecache.located(TEXT, "x.yaml", tmp_path)
    assert first.data == second.data == fresh.data
    assert second.positions == fresh.positions
    assert second.positions[(1, "count")] == (5, 3)


def test_damaged_cache_entry_is_parsed_again(tmp_path: Path):
    parsecache.located(TEXT, "x.yaml", tmp_path)
    for entry in tmp_path.glob("*.json"):
        entry.write_text("{not json")
    assert parsecache.located(TEXT, "x.yaml", tmp_path).data == parse_yaml(TEXT, "x.yaml").data


def test_check_reports_the_same_positions_from_the_cache(project):
    assert run_cli(project, "extract", "-q").returncode == 0
    demands = project / "content" / "demands.yaml"
    demands.write_text(demands.read_text().replace("actor: ", "actor: nobody-", 1))
    first = run_cli(project, "check")
    assert (project / parsecache.CACHE_DIR).is_dir()
    second = run_cli(project, "check")
    assert first.returncode == second.returncode == 1
    assert "unknown actor" in first.stderr or "nobody-" in first.stderr
    assert first.stderr == second.stderr
