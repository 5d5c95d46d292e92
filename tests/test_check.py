"""`check` reports each kind of problem with file:line and a fix hint, and exits non-zero."""

import re
import subprocess
import sys

import pytest

from tests.conftest import run_cli


@pytest.fixture
def checked(project):
    assert run_cli(project, "extract", "-q").returncode == 0
    return project


def problem_lines(result):
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


def edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_clean_content_passes(checked):
    result = run_cli(checked, "check")
    assert result.returncode == 0, result.stderr
    assert "every quote found" in result.stdout


def test_malformed_yaml(checked):
    path = checked / "content" / "actors.yaml"
    path.write_text(path.read_text() + "- id: broken\n  name: [unclosed\n")
    result = run_cli(checked, "check")
    assert result.returncode == 1
    assert re.search(r"content/actors\.yaml:\d+:\d+: malformed YAML", result.stderr)


def test_malformed_yaml_stops_extract_and_build_too(checked):
    """The same message from every entry point, and extract leaves the editor's broken file alone."""
    path = checked / "content" / "demands.yaml"
    broken = path.read_text() + "- id: [unclosed\n"
    path.write_text(broken)
    extract = run_cli(checked, "extract", "-q")
    assert extract.returncode == 1
    assert re.search(r"content/demands\.yaml:\d+:\d+: malformed YAML", extract.stderr)
    assert path.read_text() == broken
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=checked,
                           capture_output=True, text=True, timeout=300)
    assert build.returncode != 0
    assert re.search(r"content/demands\.yaml:\d+:\d+: malformed YAML", build.stderr + build.stdout)


def test_wrong_type_unknown_actor_duplicate_id_fabricated_quote(checked):
    demands = checked / "content" / "demands.yaml"
    text = demands.read_text()
    first_id = re.search(r"(?m)^- id: (\S+)", text).group(1)
    first_actor = re.search(r"(?m)^  actor: (\S+)", text).group(1)
    first_quote = re.search(r"(?m)^    quote: (.+)$", text).group(1)
    edit(demands, f"  actor: {first_actor}\n", "  actor: nobody-at-all\n")
    edit(demands, f"    quote: {first_quote}\n", "    quote: These words were never written by anyone.\n")
    demands.write_text(demands.read_text() + f"- id: {first_id}\n  actor: russia\n  summary: 42\n"
                       "  sources:\n  - source: nowhere\n    quote: x\n")
    result = run_cli(checked, "check")
    assert result.returncode == 1
    errors = "\n".join(problem_lines(result))
    assert re.search(rf"demands\.yaml:\d+:\d+: {first_id}: unknown actor id 'nobody-at-all'", errors)
    assert re.search(r"demands\.yaml:\d+:\d+: .*quote does not occur in source", errors)
    assert re.search(r"demands\.yaml:\d+:\d+: .*duplicate id", errors)
    assert re.search(r"demands\.yaml:\d+:\d+: .*field 'summary' must be text", errors)
    assert all(" — " in line for line in problem_lines(result)), "every problem carries a fix hint"


def test_source_path_outside_project(checked):
    sources = checked / "content" / "sources.yaml"
    first_file = re.search(r"(?m)^  file: (\S+)", sources.read_text()).group(1)
    edit(sources, f"  file: {first_file}\n", "  file: ../../etc/passwd\n")
    result = run_cli(checked, "check")
    assert result.returncode == 1
    assert re.search(r"sources\.yaml:\d+:\d+: .*outside the project", result.stderr)


def test_alias_bomb_is_rejected_quickly(checked):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"
    (checked / "content" / "quotes.yaml").write_text(bomb)
    result = run_cli(checked, "check")
    assert result.returncode == 1
    assert "alias" in result.stderr


def test_deeply_nested_document_is_rejected(checked):
    (checked / "content" / "quotes.yaml").write_text("- " + "[" * 5000 + "]" * 5000 + "\n")
    result = run_cli(checked, "check")
    assert result.returncode == 1
    assert re.search(r"content/quotes\.yaml:1:\d+: YAML nested deeper than", result.stderr)
    assert "Traceback" not in result.stderr


def test_quotes_are_checked_against_the_texts_extraction_just_read(checked):
    """`extract` hands its seeds to the closing check instead of reading them again: the quotes
    are still checked, against those texts."""
    from generator.check import validate
    from generator.config import load_config
    from generator.errors import BriefingError
    from generator.seeds import read_seeds

    config = load_config(checked)
    seeds, _ = read_seeds(checked / "seeds", checked)
    texts = {s.file: s.text for s in seeds}
    assert validate(checked / "content", checked, config, texts).sources
    first = seeds[0].file
    with pytest.raises(BriefingError, match="quote does not occur"):
        validate(checked / "content", checked, config, {**texts, first: "Nothing that anyone said."})
