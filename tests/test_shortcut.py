"""Re-extraction stops early only when the full run would write exactly the same content/."""

from __future__ import annotations

import shutil

import pytest

from generator import cli
from generator.extract import shortcut
from generator.yamlio import read_yaml

NOTE = """Ruritania talks resume
By Jane Roe
The weather in the capital was mild on Tuesday morning.
Foreign minister Jane Doe of Ruritania said talks with Borduria would resume next week.
"""


def _extract(project, monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(project)
    code = cli.main(["extract", "--quiet", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def _snapshot(project) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted((project / "content").rglob("*"))
            if p.is_file()}


@pytest.fixture
def noted(project, monkeypatch, capsys):
    """The seeds plus a short article of our own, extracted once."""
    (project / "seeds" / "900_note.txt").write_text(NOTE, encoding="utf-8")
    code, out = _extract(project, monkeypatch, capsys)
    assert code == 0, out
    return project


def test_nothing_changed_skips_the_merge_and_leaves_content_alone(noted, monkeypatch, capsys):
    before = _snapshot(noted)
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 0, out
    assert "no article changed since the last run" in out
    assert _snapshot(noted) == before


def test_a_change_that_gives_the_same_facts_is_cut_off_and_matches_a_full_run(noted, monkeypatch, capsys):
    note = noted / "seeds" / "900_note.txt"
    note.write_text(NOTE.replace("mild", "cold"), encoding="utf-8")
    before = _snapshot(noted)
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 0, out
    assert "1 changed article(s) read again: the same facts as before" in out
    assert _snapshot(noted) == before
    code, out = _extract(noted, monkeypatch, capsys, "--no-cache")
    assert code == 0, out
    assert _snapshot(noted) == before, "the full run writes nothing else"


def test_a_change_that_gives_new_facts_runs_in_full(noted, monkeypatch, capsys):
    note = noted / "seeds" / "900_note.txt"
    note.write_text(NOTE + "France demanded that Germany withdraw its troops from the border.\n",
                    encoding="utf-8")
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 0, out
    assert "read again" not in out and "1 new" in out
    demands = read_yaml(noted / "content" / "demands.yaml").data
    assert any("withdraw its troops" in s["quote"] for d in demands for s in d["sources"])


def test_an_edited_fact_file_is_merged_and_checked(noted, monkeypatch, capsys):
    demands = noted / "content" / "demands.yaml"
    text = demands.read_text(encoding="utf-8")
    quote_line = next(line for line in text.splitlines() if line.strip().startswith("quote:"))
    demands.write_text(text.replace(quote_line, quote_line.split("quote:")[0] + "quote: Words nobody wrote.", 1),
                       encoding="utf-8")
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 1
    assert "demands.yaml" in out and "quote does not occur" in out
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 1, "a run whose check failed is never taken as the state to skip from"


def test_a_quote_that_left_a_changed_article_stops_the_shortcut(noted, monkeypatch, capsys):
    """An editor's fact quotes a sentence the extractor finds nothing in; the sentence is then
    reworded. The facts extracted from the article are the same, but the editor's quote is gone."""
    source_id = next(s["id"] for s in read_yaml(noted / "content" / "sources.yaml").data
                     if s["file"] == "seeds/900_note.txt")
    demands = noted / "content" / "demands.yaml"
    demands.write_text(demands.read_text(encoding="utf-8") + (
        "- id: editor-weather-note\n  actor: france\n  target: null\n  summary: The weather was mild.\n"
        f"  topics: []\n  sources:\n  - source: {source_id}\n"
        "    quote: The weather in the capital was mild on Tuesday morning.\n"), encoding="utf-8")
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 0, out
    (noted / "seeds" / "900_note.txt").write_text(NOTE.replace("mild", "cold"), encoding="utf-8")
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 1
    assert "editor-weather-note" in out and "quote does not occur" in out


def test_a_line_that_becomes_furniture_runs_in_full(noted, monkeypatch, capsys):
    """The same line in two articles is page furniture: every other article's facts may change."""
    seeds = sorted((noted / "seeds").glob("0*.txt"))
    shared = next(line for line in seeds[0].read_text(encoding="utf-8").splitlines() if len(line.split()) > 12)
    (noted / "seeds" / "900_note.txt").write_text(NOTE + shared + "\n", encoding="utf-8")
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 0, out
    assert "read again" not in out and "no article changed" not in out


def test_added_or_removed_seeds_and_other_config_run_in_full(noted, monkeypatch, capsys):
    shutil.copy(noted / "seeds" / "900_note.txt", noted / "seeds" / "901_copy.txt")
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 0 and "content/: " in out and "unchanged;" not in out
    (noted / "seeds" / "901_copy.txt").unlink()
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 0 and "unchanged;" not in out
    actors = noted / "site_config" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8") + "\n# a comment changes the fingerprint\n",
                      encoding="utf-8")
    code, out = _extract(noted, monkeypatch, capsys)
    assert code == 0 and "unchanged;" not in out


def test_seeds_are_trusted_by_signature_only_when_not_just_written(noted, monkeypatch, capsys):
    """A seed rewritten within the clock's resolution keeps its size and time: signatures of
    files modified moments before a run are not kept, so they are read and compared next time."""
    state = shortcut.load_state(noted)
    assert state is not None
    assert all(seed.signature is None for seed in state.seeds.values()), "all just copied"
    monkeypatch.setattr(shortcut, "RACY_NS", 0)
    code, _ = _extract(noted, monkeypatch, capsys, "--no-cache")
    code, _ = _extract(noted, monkeypatch, capsys)
    state = shortcut.load_state(noted)
    assert all(seed.signature is not None for seed in state.seeds.values())
    note = noted / "seeds" / "900_note.txt"
    note.write_text(NOTE.replace("mild", "warm"), encoding="utf-8")  # same size
    code, out = _extract(noted, monkeypatch, capsys)
    assert "1 changed article(s) read again" in out, "the new inode and ctime give the change away"
