"""`render --out` gives a builder without our plugin everything it needs to build the same site."""

import subprocess
import sys

import pytest
import yaml

from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def test_rendered_folder_builds_without_the_plugin(extracted_project, tmp_path):
    out = tmp_path / "standalone"
    result = run_cli(extracted_project, "render", "--out", str(out / "docs"), "--mkdocs-yml", str(out / "mkdocs.yml"))
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load((out / "mkdocs.yml").read_text())
    assert "briefing" not in [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    assert config["nav"][0] == {"Home": "index.md"}
    assert (out / "docs" / "topics" / "ceasefire.md").read_text().count("[^") >= 6
    assert (out / "docs" / "stylesheets" / "briefing.css").is_file()
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(out / "mkdocs.yml")],
                           cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    html = (out / "site" / "topics" / "ceasefire" / "index.html").read_text()
    assert 'class="footnote-ref"' in html
    assert (out / "site" / "sources").is_dir()
