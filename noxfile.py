"""Developer sessions: `nox -s tests`, `build`, `serve`, `lint`, `zensical`, `bench`, `eval`."""

import re
from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def build(session):
    session.install("-e", ".")
    session.run("python", "-m", "generator", "extract")
    session.run("mkdocs", "build", "--strict")


@nox.session
def serve(session):
    session.install("-e", ".")
    session.run("mkdocs", "serve", "--livereload", *session.posargs)


@nox.session
def lint(session):
    session.install("ruff")
    session.run("ruff", "check", "generator", "tests", "benchmarks", "noxfile.py")


@nox.session
def zensical(session):
    """Prove the plugin-free path: our pages, built by Zensical, with every footnote landing."""
    session.install("-e", ".", "zensical")
    out = Path("build/zensical")
    session.run("python", "-m", "generator", "extract", "--quiet")
    session.run("python", "-m", "generator", "render", "--out", str(out / "docs"),
                "--mkdocs-yml", str(out / "mkdocs.yml"))
    session.run("zensical", "build", "--clean", "-f", str(out / "mkdocs.yml"))
    site = out / "site"
    pages = {p.resolve(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    topics = [p for p in pages if p.parent.parent.name == "topics"]
    if len(topics) < 4:
        session.error(f"expected 4 topic pages from Zensical, found {len(topics)}")
    landed = 0
    for page, html in pages.items():
        for href in re.findall(r'href="([^"#]*sources/[^"#]*)#([^"]+)"', html):
            path = page.parent / href[0]
            target = (path if href[0].endswith(".html") else path / "index.html").resolve()
            if target not in pages or f'id="{href[1]}"' not in pages[target]:
                session.error(f"{page}: footnote link {href[0]}#{href[1]} lands nowhere")
            landed += 1
    session.log(f"Zensical built {len(pages)} pages; {landed} footnote links all land on their passages")


@nox.session
def bench(session):
    """Synthetic corpora of 100, 1,000 and 10,000 articles: timings, ratios, site size (see README)."""
    session.install("-e", ".")
    session.run("python", "-m", "benchmarks.bench", *session.posargs)


@nox.session(name="eval")
def eval_(session):
    """Precision and recall of extraction against the hand-annotated gold in tests/gold/."""
    session.install("-e", ".")
    session.run("python", "-m", "benchmarks.evaluate", *session.posargs)
