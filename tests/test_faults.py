"""Hostile and broken input: links out of the project, a kill mid-write, huge lines, random text, rebuilds."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract.run import extract_all
from generator.seeds import Seed
from generator.textmatch import occurs_in
from tests.conftest import ROOT, make_project, run_cli


def test_seed_symlinked_from_outside_the_project_is_rejected(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "elsewhere.txt"
    outside.write_text("Secret text that is not part of the project.\n")
    (project / "seeds" / "linked.txt").symlink_to(outside)
    result = run_cli(project, "extract")
    assert result.returncode == 1
    assert "seeds/linked.txt: links outside the project" in result.stderr
    assert not list((project / "content").glob("*.yaml"))


def test_source_file_symlinked_out_of_the_project_fails_check(extracted_project, tmp_path):
    project = tmp_path / "p"
    subprocess.run(["cp", "-a", str(extracted_project), str(project)], check=True)
    sources = project / "content" / "sources.yaml"
    first_file = re.search(r"(?m)^  file: (\S+)", sources.read_text()).group(1)
    article = project / first_file
    outside = tmp_path / "outside.txt"
    outside.write_text(article.read_text())
    article.unlink()
    article.symlink_to(outside)
    result = run_cli(project, "check")
    assert result.returncode == 1
    assert re.search(r"sources\.yaml:\d+:\d+: .*outside the project", result.stderr)


def _snapshot(content: Path) -> dict[str, bytes]:
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in sorted(content.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_extraction_killed_midway_leaves_content_whole(extracted_project, tmp_path):
    """SIGKILL at several moments: every file is always wholly the old or wholly the new version."""
    project = tmp_path / "p"
    subprocess.run(["cp", "-a", str(extracted_project), str(project)], check=True)
    before = _snapshot(project / "content")
    # A new seed makes the next extraction change every fact file, so a torn write would show.
    extra = (ROOT / "seeds").glob("*.txt").__next__().read_text().replace("Kremlin", "Kremlin press office")
    (project / "seeds" / "zz-new.txt").write_text(extra)
    reference = tmp_path / "ref"
    subprocess.run(["cp", "-a", str(project), str(reference)], check=True)
    assert run_cli(reference, "extract", "-q").returncode == 0
    after = _snapshot(reference / "content")
    assert after != before

    kills = 0
    for delay in (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.8, 1.1):  # (the pattern cache makes a run short)
        proc = subprocess.Popen([sys.executable, "-m", "generator", "extract", "-q", "--jobs", "1"], cwd=project,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        now = _snapshot(project / "content")
        for name, data in now.items():
            if name.endswith(".tmp"):
                continue  # a staged file the kill left behind; never read as content
            assert data in (before.get(name), after.get(name)), f"{name} is neither old nor new after a kill"
        assert set(before) <= set(now), "a kill lost a content file"
        # Start every round from the old content again.
        for name, data in before.items():
            (project / "content" / name).write_bytes(data)
    assert kills, "the extraction always finished before the kill; the test proved nothing"
    # After all that, a clean run gives exactly what an uninterrupted one gives.
    assert run_cli(project, "extract", "-q").returncode == 0
    final = {k: v for k, v in _snapshot(project / "content").items() if not k.endswith(".tmp")}
    assert final == after


@pytest.mark.slow
@pytest.mark.parametrize("unit", [
    "The minister said the talks would resume on Monday, officials said. ",
    '“a ‚b „c " d\' said — ( [ { ',
])
def test_five_megabyte_single_line_article_finishes(project, unit):
    """A hang guard, not a speed test: catastrophic backtracking would take hours, linear work seconds."""
    for seed in (project / "seeds").iterdir():
        seed.unlink()
    (project / "seeds" / "huge.txt").write_text(unit * (5_000_000 // len(unit)))
    result = subprocess.run([sys.executable, "-m", "generator", "extract", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


_ARTICLE_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?-—–'\"“”‘’„‚«»()[]{}<>#|*_`\n\t")
    + ["said", "Mr ", "President ", "Minister ", " he said. ", " demanded ", " proposed ", " ceasefire ",
       " sanctions ", "Moscow", "Kyiv", "19 May 2025", "URL: https://example.org/a\n", "\u00a0", "\u200b"])

_texts = st.lists(_ARTICLE_ALPHABET, min_size=0, max_size=300).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(texts=st.lists(_texts, min_size=1, max_size=3))
def test_random_articles_never_crash_and_quotes_stay_verbatim(config, texts):
    seeds = [Seed(f"seeds/{n}.txt", text) for n, text in enumerate(texts) if text.strip()]
    if not seeds:
        return
    content = extract_all(seeds, config, jobs=1)
    by_file = {seed.file: seed.text for seed in seeds}
    sources = {source.id: source.file for source in content.sources}
    for name in ("demands", "proposals", "quotes"):
        for fact in content.records(name):
            for ref in fact.sources:
                assert occurs_in(ref.quote, by_file[sources[ref.source]]), (name, ref.quote)
    for name in ("sources", "actors", "demands", "proposals", "quotes"):
        ids = [record.id for record in content.records(name)]
        assert len(ids) == len(set(ids)), f"duplicate ids in {name}"
    assert extract_all(seeds, config, jobs=1) == content, "extraction is not stable"


def test_two_extractions_write_byte_identical_files(tmp_path):
    first, second = make_project(tmp_path / "a"), make_project(tmp_path / "b")
    for project in (first, second):
        assert run_cli(project, "extract", "-q").returncode == 0
    assert _snapshot(first / "content") == _snapshot(second / "content")


@pytest.mark.slow
def test_two_builds_give_identical_html(extracted_project, tmp_path):
    outputs = []
    for n in range(2):
        out = tmp_path / f"site{n}"
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                                cwd=extracted_project, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        outputs.append({p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*")
                        if p.is_file() and p.suffix in (".html", ".json", ".xml", ".css", ".js")})
    first, second = outputs
    assert first.keys() == second.keys()
    # sitemap.xml carries the build date MkDocs writes; everything else must match byte for byte.
    differing = [name for name in first if first[name] != second[name] and not name.startswith("sitemap")]
    assert not differing, differing


HOSTILE = """URL: https://news.example.org/world/hostile
Talks resume as envoys trade demands – Example News
Monday 19 May 2025 10:00, UK

Russia demanded that Ukraine withdraw its troops <script>alert(1)</script> from the | border | region [^1]: now.
"We propose a ceasefire {{ config.site_name }} <img src=x onerror=alert(2)> starting ``` today # at noon <!-- x -->," Ukrainian President Volodymyr Zelensky said.
The Kremlin said it was ready to discuss a memorandum *with* _emphasis_ and a [link](javascript:alert(3)).
"""


@pytest.mark.slow
def test_hostile_article_text_is_shown_as_text_on_every_page(tmp_path):
    project = make_project(tmp_path / "p", seeds=False)
    (project / "seeds").mkdir()
    (project / "seeds" / "hostile.txt").write_text(HOSTILE)
    assert run_cli(project, "extract", "-q").returncode == 0
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
                            cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pages = {p.relative_to(project / "site").as_posix(): p.read_text() for p in (project / "site").rglob("*.html")}
    combined = "".join(pages.values())
    assert "<script>alert" not in combined
    assert "onerror=alert" not in combined.replace("onerror=alert(2)&gt;", "")
    assert 'href="javascript:' not in combined
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in combined, "the article's markup is shown as text"
    assert "{{ config.site_name }}" in combined, "template syntax is shown, not evaluated"
    source_page = pages["sources/example-news-2025-05-19/index.html"]
    assert "[^1]: now." in source_page
    # The demands table keeps one row per demand, whatever pipes the summaries hold.
    demands = pages["demands/index.html"]
    body = demands.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = body.count("<tr>")
    assert rows >= 1
    assert all(row.count("<td") == body.split("<tr>")[1].count("<td") for row in body.split("<tr>")[1:])


def test_cache_reuses_unchanged_seeds_and_notices_config_changes(project):
    """Re-extraction after one seed changed extracts only that seed; a config edit redoes all."""
    assert run_cli(project, "extract").returncode == 0
    seeds = sorted((project / "seeds").glob("*.txt"))
    seeds[0].write_text(seeds[0].read_text() + "\nThe minister said talks would resume on Friday in Geneva.\n")
    again = run_cli(project, "extract")
    assert again.returncode == 0
    assert f"{len(seeds) - 1} unchanged, from the cache" in again.stderr
    first = _snapshot(project / "content")
    # A knowledge change must not be masked by the cache: a new alias changes the output.
    actors = project / "site_config" / "actors.yaml"
    actors.write_text(actors.read_text().replace("aliases: [Vladimir Putin, Putin,", "aliases: [Vladimir Putin, Putin, Mr P,"))
    changed = run_cli(project, "extract")
    assert changed.returncode == 0
    assert "from the cache" not in changed.stderr
    no_cache = make_project(project.parent / "fresh")
    (no_cache / "site_config" / "actors.yaml").write_text(actors.read_text())
    for seed in seeds:
        (no_cache / "seeds" / seed.name).write_text(seed.read_text())
    assert run_cli(no_cache, "extract", "--no-cache").returncode == 0
    assert _snapshot(no_cache / "content") == _snapshot(project / "content"), "cached and fresh runs differ"
    assert first  # the first re-extraction wrote content
