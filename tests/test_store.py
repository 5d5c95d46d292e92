"""Re-extraction never loses an editor's work."""

import re

import yaml

from tests.conftest import run_cli


def load(path):
    return yaml.safe_load(path.read_text())


def test_editor_changes_survive_reextraction(project):
    assert run_cli(project, "extract", "-q").returncode == 0
    content = project / "content"
    demands_path, proposals_path = content / "demands.yaml", content / "proposals.yaml"

    demands_text = demands_path.read_text()
    first = load(demands_path)[0]
    edited_summary = "Edited by a person, the Kremlin wants results first."
    demands_text = demands_text.replace(f"summary: {first['summary']}", f"summary: {edited_summary}", 1)
    demands_text = demands_text.replace(f"- id: {first['id']}\n", f"# Checked against the video, 20 May\n- id: {first['id']}\n", 1)
    demands_text += ("- id: hand-added-demand\n  actor: russia\n  target: ukraine\n"
                     "  summary: Added by hand.\n  sources:\n  - source: " + load(content / "sources.yaml")[0]["id"]
                     + "\n    quote: Donald Trump\n")
    demands_path.write_text(demands_text)

    proposals = load(proposals_path)
    deleted = proposals[0]["id"]
    text = proposals_path.read_text()
    blocks = re.split(r"(?m)^(?=- id: )", text)
    proposals_path.write_text("".join(b for b in blocks if not b.startswith(f"- id: {deleted}\n")))

    result = run_cli(project, "extract", "-q")
    assert result.returncode == 0, result.stderr

    after = demands_path.read_text()
    records = {r["id"]: r for r in load(demands_path)}
    assert records[first["id"]]["summary"] == edited_summary
    assert "# Checked against the video, 20 May\n- id: " + first["id"] in after
    assert "hand-added-demand" in records
    assert deleted not in {r["id"] for r in load(proposals_path)}


def test_reextraction_without_changes_is_byte_identical(project):
    assert run_cli(project, "extract", "-q").returncode == 0
    before = {p.name: p.read_bytes() for p in (project / "content").glob("*.yaml")}
    assert run_cli(project, "extract", "-q").returncode == 0
    after = {p.name: p.read_bytes() for p in (project / "content").glob("*.yaml")}
    assert before == after


def test_removed_seed_flags_its_facts_stale(project):
    assert run_cli(project, "extract", "-q").returncode == 0
    victim = sorted((project / "seeds").glob("*.txt"))[0]
    victim.unlink()
    result = run_cli(project, "extract", "-q")
    assert result.returncode == 0, result.stderr
    sources = load(project / "content" / "sources.yaml")
    gone = [s for s in sources if s["file"].endswith(victim.name)]
    assert gone and gone[0].get("stale")


def test_generated_files_carry_schema_line(project):
    assert run_cli(project, "extract", "-q").returncode == 0
    first = (project / "content" / "demands.yaml").read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=../site_config/schema/demands.schema.json"


def test_baseline_after_one_changed_article_is_what_a_full_dump_writes(project, config):
    """Re-extraction reuses the baseline text of unchanged records; the file must not differ."""
    from generator.store import BASELINE_HEADER
    from generator.yamlio import dump_yaml

    assert run_cli(project, "extract", "-q").returncode == 0
    # An existing record changes (a headline is corrected) and a new one appears (a new demand).
    titled = next(s for s in load(project / "content" / "sources.yaml") if s["outlet"] and s["title"])
    seed = project / titled["file"]
    states = [k.name for k in config.actors if k.kind == "state"]
    seed.write_text(seed.read_text().replace(titled["title"], titled["title"] + " as talks resume", 1)
                    + f"\n{states[0]} demanded that {states[1]} hand over every "
                    "prisoner of war before the next round of talks begins.\n")
    assert run_cli(project, "extract", "-q").returncode == 0
    for name in ("sources", "demands"):
        baseline = project / "content" / ".extracted" / f"{name}.yaml"
        assert baseline.read_text() == BASELINE_HEADER + dump_yaml(load(baseline))
    sources = {s["id"]: s for s in load(project / "content" / ".extracted" / "sources.yaml")}
    assert sources[titled["id"]]["title"] == titled["title"] + " as talks resume"
    baseline = project / "content" / ".extracted" / "demands.yaml"
    records = load(baseline)
    new = [r for r in load(project / "content" / "demands.yaml") if "prisoner of war" in r["sources"][0]["quote"]]
    assert len(new) == 1 and new[0]["id"] in {r["id"] for r in records}

    demands = project / "content" / "demands.yaml"
    demands.write_text(demands.read_text().replace(f"summary: {new[0]['summary']}",
                                                   "summary: Rewritten by an editor.", 1))
    seed.write_text(seed.read_text() + "\nNothing else was agreed on the day, officials said.\n")
    assert run_cli(project, "extract", "-q").returncode == 0
    kept = {r["id"]: r for r in load(demands)}
    assert kept[new[0]["id"]]["summary"] == "Rewritten by an editor."


def test_a_fact_the_extractor_no_longer_finds_goes_unless_an_editor_touched_it(project):
    """After a rule change: untouched stale output is removed; edited or commented records stay."""
    assert run_cli(project, "extract", "-q").returncode == 0
    content, baseline = project / "content" / "demands.yaml", project / "content" / ".extracted" / "demands.yaml"
    source = load(project / "content" / "sources.yaml")[0]["id"]

    def record(rid, summary):
        return (f"- id: {rid}\n  actor: russia\n  summary: {summary}\n  sources:\n  - source: {source}\n"
                f"    quote: Donald Trump\n")

    # as an older extractor would have left them: in both the editor's file and the baseline
    old = [record("old-untouched", "Old output."), record("old-edited", "Old output."),
           record("old-commented", "Old output.")]
    baseline.write_text(baseline.read_text() + "".join(old))
    content.write_text(content.read_text() + old[0] + record("old-edited", "Fixed by an editor.")
                       + "# Keep: checked against the transcript\n" + old[2])
    result = run_cli(project, "extract", "-q")
    assert result.returncode == 0, result.stderr
    ids = {r["id"] for r in load(content)}
    assert "old-untouched" not in ids
    assert {"old-edited", "old-commented"} <= ids
    assert "# Keep: checked against the transcript\n- id: old-commented" in content.read_text()
    assert "old-untouched" not in {r["id"] for r in load(baseline)}, "so that it may come back if found again"
    before = content.read_bytes()
    assert run_cli(project, "extract", "-q").returncode == 0
    assert content.read_bytes() == before


def test_the_first_fact_of_a_kind_goes_into_a_file_that_had_none(tmp_path):
    """A story whose first articles hold no demand writes `[]`; the first demand found later
    replaces it (it had made the file invalid YAML, and extraction stop)."""
    from tests.conftest import make_project
    project = make_project(tmp_path, seeds=False)
    (project / "seeds").mkdir()
    (project / "seeds" / "weather.txt").write_text(
        "Weather in the capital\nMay 20, 2025\nIt rained in the capital on Tuesday and the streets were quiet.\n")
    assert run_cli(project, "extract", "-q").returncode == 0
    assert load(project / "content" / "demands.yaml") == []
    (project / "seeds" / "talks.txt").write_text(
        "Russia demands withdrawal\nMay 20, 2025\nRussia on Tuesday demanded that Ukraine withdraw its troops "
        "from four regions, the Kremlin said.\n")
    result = run_cli(project, "extract", "-q")
    assert result.returncode == 0, result.stderr
    assert [d["actor"] for d in load(project / "content" / "demands.yaml")] == ["russia"]
