"""End to end: extract from the seeds, build strictly with MkDocs, and read the HTML."""

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.external = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for key in ("src",):
            if attrs.get(key, "").startswith(("http://", "https://", "//")):
                self.external.append(attrs[key])
        if tag == "link" and attrs.get("rel") == "stylesheet" and attrs.get("href", "").startswith("http"):
            self.external.append(attrs["href"])


def parse(path: Path) -> _Ids:
    parser = _Ids()
    parser.feed(path.read_text())
    return parser


@pytest.fixture(scope="module")
def site(extracted_project):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
                            cwd=extracted_project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return extracted_project / "site"


TOPICS = ("ceasefire", "sanctions", "territory", "vatican-venue")


@pytest.mark.parametrize("topic", TOPICS)
def test_topic_page_has_three_footnoted_facts(site, topic):
    html = (site / "topics" / topic / "index.html").read_text()
    facts = re.findall(r"<li><strong>(?:Demands|Proposes)</strong>.*?</li>", html, re.S)
    footnoted = [f for f in facts if 'class="footnote-ref"' in f]
    assert len(footnoted) >= 3, f"{topic}: {len(footnoted)} footnoted facts"


def test_every_footnote_link_lands_on_a_passage(site):
    checked = 0
    for page in [site / "index.html", *(site / "topics").glob("*/index.html"), *(site / "actors").glob("*/index.html")]:
        for href in parse(page).links:
            match = re.match(r"^(\.\./)*sources/([^/#]+)/#(.+)$", href)
            if not match:
                continue
            target = site / "sources" / match.group(2) / "index.html"
            assert target.exists(), href
            assert match.group(3) in parse(target).ids, f"{page}: {href}"
            checked += 1
    assert checked > 20


def test_pages_request_nothing_from_third_parties(site):
    for page in site.rglob("*.html"):
        assert parse(page).external == [], page
        assert "fonts.googleapis" not in page.read_text()


def test_source_page_shows_article_text_escaped(site):
    pages = list((site / "sources").glob("*/index.html"))
    assert len(pages) == 5
    html = "".join(p.read_text() for p in pages)
    assert 'class="passage' in html


def test_rebuilds_in_one_process_reuse_compiled_templates(extracted_project, tmp_path, monkeypatch):
    """`mkdocs serve` rebuilds in one process: theme templates compile once, pages stay the same."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator import plugin

    monkeypatch.setattr(plugin, "_TEMPLATES", plugin._MemoryBytecodeCache())
    monkeypatch.chdir(extracted_project)
    outputs = []
    for n in range(2):
        config = load_config(str(extracted_project / "mkdocs.yml"), site_dir=str(tmp_path / f"site{n}"))
        build(config)
        outputs.append((tmp_path / f"site{n}" / "topics" / "ceasefire" / "index.html").read_text())
        if n == 0:
            compiled = dict(plugin._TEMPLATES.store)
            assert compiled, "the theme's templates were compiled into the shared cache"
    assert plugin._TEMPLATES.store == compiled, "the second build compiled nothing new"
    assert outputs[0] == outputs[1]
