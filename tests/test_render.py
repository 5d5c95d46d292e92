import re

import markdown
import pytest

from generator.errors import BriefingError
from generator.model import Actor, Claim, Content, Source, SourceRef
from generator.render.markdown import md_text
from generator.render.pages import SiteRenderer
from generator.render.verify import verify_pages


def test_article_text_is_inert_in_markdown_and_html():
    hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> [^1]: | # `x` {{ y }} <!-- z -->"
    html = markdown.markdown(md_text(hostile), extensions=["footnotes", "tables"])
    assert "<script>" not in html and "<img" not in html and "<!--" not in html
    assert "&lt;script&gt;" in html


def test_topic_page_sentences_end_in_footnotes(config):
    content = Content(
        sources=[Source(id="s1", file="seeds/a.txt", outlet="Example", title="T", published="2025-05-19")],
        actors=[Actor(id="russia", name="Russia", kind="state")],
        demands=[Claim(id="d1", actor="russia", summary="Russia wants a ceasefire first.", topics=["ceasefire"],
                       sources=[SourceRef("s1", "ceasefire first")])],
    )
    pages = SiteRenderer(content, config, {}, {}).render_all()
    assert "Russia wants a ceasefire first.[^1]" in pages["topics/ceasefire.md"]
    assert "[^1]: **Example**, 19 May 2025: “ceasefire first”" in pages["topics/ceasefire.md"]


@pytest.mark.parametrize("passage, shown", [
    # cut from inside a „German“ quote: its closing mark would stand doubled against ours
    ("then we’re going to say, ‚This is not our war.'“", "then we’re going to say, ‚This is not our war.'"),
    ('"We need a ceasefire first', "We need a ceasefire first"),
    # marks the passage opens and closes itself are the article's, and stay
    ('he said Russia must "take negotiations seriously."', 'he said Russia must "take negotiations seriously."'),
])
def test_a_footnote_shows_a_passage_without_a_stray_mark_at_its_ends(config, passage, shown):
    content = Content(
        sources=[Source(id="s1", file="seeds/a.txt", outlet="Example", title="T", published="2025-05-19")],
        actors=[Actor(id="russia", name="Russia", kind="state")],
        demands=[Claim(id="d1", actor="russia", summary="Russia wants a ceasefire first.", topics=["ceasefire"],
                       sources=[SourceRef("s1", passage)])],
    )
    page = SiteRenderer(content, config, {}, {}).render_all()["topics/ceasefire.md"]
    assert f"[^1]: **Example**, 19 May 2025: “{md_text(shown)}” [Read" in page


def test_the_markers_of_several_reports_are_set_apart(config):
    """Side by side, footnote markers 1 and 2 would read as 12."""
    content = Content(
        sources=[Source(id=f"s{n}", file=f"seeds/{n}.txt", outlet="Example", title="T", published="2025-05-19")
                 for n in (1, 2)],
        actors=[Actor(id="russia", name="Russia", kind="state")],
        demands=[Claim(id="d1", actor="russia", summary="Russia wants a ceasefire first.", topics=["ceasefire"],
                       sources=[SourceRef("s1", "ceasefire first"), SourceRef("s2", "a ceasefire")])],
    )
    page = SiteRenderer(content, config, {}, {}).render_all()["topics/ceasefire.md"]
    html = markdown.markdown(page, extensions=["footnotes"])
    assert re.search(r">1</a></sup><sup>,</sup><sup [^>]*><a [^>]*>2</a></sup>", html)


def test_every_sentence_a_quote_runs_through_is_highlighted_and_the_link_lands_on_the_first(config):
    from generator.render.anchors import article_view

    text = ("Example News\nVance says US could walk away\nMay 20, 2025\n"
            "„And I think the president is going to say: ‚Look, are you serious? Are you real about this?'“ "
            "Mr Vance said as he left Italy. Talks resume in June.\n")
    view = article_view(text, config, None)
    anchor = view.anchor_for("Look, are you serious? Are you real about this?")
    line = next(n for n, sentences in view.sentences.items() if sentences)
    assert anchor == f"s{line}-0"
    assert view.highlighted == {f"s{line}-0", f"s{line}-1"}, "not the sentence after the quote"


def test_verify_catches_missing_footnote_and_broken_link():
    with pytest.raises(BriefingError) as err:
        verify_pages({"index.md": "Text[^1] and [x](missing.md)\n"})
    text = str(err.value)
    assert "no definition" in text and "missing page" in text


def test_verify_rechecks_links_of_unchanged_pages_when_targets_go():
    """Parses are remembered by text, but links are checked against the pages of each build."""
    page = "See [the source](sources/a.md#p-1).\n"
    verify_pages({"index.md": page, "sources/a.md": '<p id="p-1">x</p>\n'})
    with pytest.raises(BriefingError, match="points to no passage"):
        verify_pages({"index.md": page, "sources/a.md": '<p id="p-2">x</p>\n'})
    with pytest.raises(BriefingError, match="missing page"):
        verify_pages({"index.md": page})


def test_pages_without_link_syntax_are_not_parsed_but_still_checked(extracted_project):
    """The self-check skips parsing pages that cannot hold a link or footnote; that must give the
    same answer a parse gives, and a page that gains a link is parsed again."""
    from generator.render import site, verify

    pages = site.build_pages(extracted_project, extracted_project / "content")
    plain = [text for text in pages.values() if not verify._has_links(text)]
    assert plain, "the seed site has source pages with article text only"
    parser = verify._parser()
    for text in plain + ["Seen at <https://example.org/x> and <news@example.org>.\n"]:
        env: dict = {}
        tokens = parser.parse(text, env)
        hrefs = [t.attrs["href"] for t in verify._walk(tokens) if t.type == "link_open"]
        assert all(verify._check_link("index.md", h, pages, {}) == [] for h in hrefs)
        assert not env.get("footnotes", {}).get("refs")
    broken = {**pages, "sources/x.md": plain[0] + "\nSee [the call](../missing.md).\n"}
    with pytest.raises(BriefingError, match="missing page"):
        verify_pages(broken)
    with pytest.raises(BriefingError, match="no definition"):
        verify_pages({**pages, "sources/x.md": plain[0] + "\nA claim.[^9]\n"})


def test_an_untitled_scrape_is_listed_by_its_opening_words(config):
    from generator.render.anchors import article_view

    text = "Example News\nOfficials in both capitals said on Monday that the talks would resume next week.\n"
    content = Content(sources=[Source(id="s1", file="seeds/a.txt", outlet="Example", title=None,
                                      published="2025-05-19")])
    pages = SiteRenderer(content, config, {"s1": article_view(text, config, None)}, {}).render_all()
    assert "Untitled: “Officials in both capitals said on Monday that the talks…”" in pages["sources/index.md"]


def test_pages_are_the_same_when_rendered_across_processes(extracted_project, monkeypatch):
    """Large corpora spread article views and the self-check over cores; the pages must not change."""
    from generator.render import site, verify

    serial = site.build_pages(extracted_project, extracted_project / "content")
    monkeypatch.setattr(site, "ViewCache", lambda root: None)  # compute every view, in the workers
    monkeypatch.setattr(site, "PARALLEL_VIEWS_MIN", 1)
    monkeypatch.setattr(verify, "PARALLEL_MIN", 1)
    monkeypatch.setattr(verify, "_PARSED", {})
    monkeypatch.setattr(site.os, "cpu_count", lambda: 2)
    parallel = site.build_pages(extracted_project, extracted_project / "content")
    assert parallel == serial
    with_links = {text for text in serial.values() if verify._has_links(text)}
    assert len(verify._PARSED) >= len(with_links), "the self-check parsed every page with links in the workers"


@pytest.mark.parametrize("workers", [1, 2])
def test_views_kept_by_extraction_render_the_same_pages_as_fresh_ones(project, monkeypatch, workers):
    """A build after an extraction reuses each article's cleaned lines instead of cleaning it again
    (kept by the extracting process, or sent back pickled by each worker of the pool)."""
    from generator.extract import run
    from generator.extract.cache import VIEWS_FILE, ViewCache
    from generator.render import site

    monkeypatch.setattr(run, "PARALLEL_THRESHOLD", 1)
    run.run_extract(project, project / "seeds", project / "content", jobs=workers)
    assert len(ViewCache(project).data) == len(list((project / "seeds").glob("*.txt")))
    with monkeypatch.context() as patch:
        patch.setattr(site, "article_view", _never_called)
        from_cache = site.build_pages(project, project / "content")
    with monkeypatch.context() as patch:
        patch.setattr(site, "ViewCache", lambda root: None)
        fresh = site.build_pages(project, project / "content")
    assert from_cache == fresh
    (project / VIEWS_FILE).write_bytes(b"not a pickle")
    assert site.build_pages(project, project / "content") == fresh, "a damaged cache is computed again"
    with monkeypatch.context() as patch:
        patch.setattr(site, "article_view", _never_called)
        assert site.build_pages(project, project / "content") == fresh, "and stored again"


def _never_called(*args):
    raise AssertionError("an article's view was computed again instead of read from the cache")


def test_the_home_timeline_shows_recent_days_and_cites_each_days_own_reports(config):
    """A year of reporting must not make the home page list every day and every citation."""
    from generator.render.pages import HOME_DAYS

    days = [f"2025-03-{d:02d}" for d in range(1, HOME_DAYS + 6)]
    sources = [Source(id=f"s{n}", file=f"seeds/{n}.txt", outlet="Example", title=f"Report {n}", published=day)
               for n, day in enumerate(days)]
    claim = Claim(id="d1", actor="russia", summary="Russia wants a ceasefire first.", topics=["ceasefire"],
                  sources=[SourceRef(s.id, "ceasefire first") for s in sources])
    content = Content(sources=sources, actors=[Actor(id="russia", name="Russia", kind="state")], demands=[claim])
    home = SiteRenderer(content, config, {}, {}).render_all()["index.md"]
    timeline = home.split("## What happened, and when", 1)[1]
    assert timeline.count("\n### ") == HOME_DAYS
    assert "### 19 March 2025" in timeline and "### 1 March 2025" not in timeline
    assert "5 reports from 5 earlier days (1 March 2025 to 5 March 2025)" in timeline
    assert "[all sources](sources/index.md)" in timeline
    day_line = next(line for line in timeline.splitlines() if line.startswith("- [Russia]"))
    assert day_line.count("[^") == 1, "a day's lead fact cites that day's report, not all twenty"


def test_a_fact_with_many_reports_cites_the_earliest_and_links_to_a_page_citing_all(config):
    """Listings cite at most CITES_MAX reports of a fact; its own page cites every one."""
    import re

    from generator.render.pages import CITES_MAX

    many = CITES_MAX + 3
    sources = [Source(id=f"s{n}", file=f"seeds/{n}.txt", outlet=f"Outlet {n}", title=f"Report {n}",
                      published=f"2025-05-{30 - n:02d}") for n in range(many)]
    content = Content(
        sources=sources, actors=[Actor(id="russia", name="Russia", kind="state")],
        demands=[Claim(id="d-many", actor="russia", summary="Russia wants a ceasefire first.", topics=["ceasefire"],
                       sources=[SourceRef(s.id, f"quote {n}") for n, s in enumerate(sources)]),
                 Claim(id="d-few", actor="russia", summary="Russia wants talks in Istanbul.", topics=["ceasefire"],
                       sources=[SourceRef(s.id, f"quote {n}") for n, s in enumerate(sources[:CITES_MAX])])],
    )
    from generator.render.anchors import article_view

    views = {s.id: article_view(f"Report {n}\nOfficials said on Monday that quote {n} was the position of the day.\n",
                                config, None) for n, s in enumerate(sources)}
    pages = SiteRenderer(content, config, views, {}).render_all()
    verify_pages(pages)  # every footnote defined, every link lands
    assert sorted(p for p in pages if p.startswith("facts/")) == ["facts/demands/d-many.md"]
    for path in ("topics/ceasefire.md", "demands.md", "actors/russia.md", "index.md"):
        line = next(x for x in pages[path].splitlines() if "a ceasefire first." in x)
        assert len(re.findall(r"\[\^\d+\]", line)) == CITES_MAX, path
        assert "[+3 more reports](" in line and "facts/demands/d-many.md)" in line, path
        cited = {m for m in re.findall(r"“(quote \d+)”", pages[path])}
        # the earliest reports: the highest numbers were published first
        assert {f"quote {n}" for n in range(many - CITES_MAX, many)} <= cited, path
    fact = pages["facts/demands/d-many.md"]
    assert fact.startswith("---\ntags:\n  - \"Ceasefire\"\n---\n\n# Russia wants a ceasefire first.")
    assert len(re.findall(r"(?m)^\[\^\d+\]:", fact)) == many
    assert "Reported by 8 sources" in fact
    assert all("highlighted" in pages[f"sources/{s.id}.md"] for s in sources), "every report's passage is marked"
    few = next(x for x in pages["demands.md"].splitlines() if "talks in Istanbul" in x)
    assert len(re.findall(r"\[\^\d+\]", few)) == CITES_MAX and "more report" not in few


def test_the_latest_facts_show_offers_even_when_the_newest_article_has_many_demands(config):
    source = Source(id="s1", file="seeds/a.txt", outlet="Example", title="T", published="2025-05-19")
    demands = [Claim(id=f"d{n}", actor="russia", summary=f"Russia demands thing {n}.", topics=["ceasefire"],
                     sources=[SourceRef("s1", f"thing {n}")]) for n in range(10)]
    offer = Claim(id="p1", actor="russia", summary="Russia offers talks in Istanbul.", topics=["ceasefire"],
                  sources=[SourceRef("s1", "talks in Istanbul")])
    content = Content(sources=[source], actors=[Actor(id="russia", name="Russia", kind="state")],
                      demands=demands, proposals=[offer])
    home = SiteRenderer(content, config, {}, {}).render_all()["index.md"]
    latest = home.split("## Latest facts", 1)[1].split("\n## ", 1)[0]
    assert "Russia offers talks in Istanbul." in latest


def test_a_state_page_lists_the_people_who_belong_to_it(config):
    content = Content(actors=[Actor(id="france", name="France", kind="state"),
                              Actor(id="emmanuel-macron", name="Emmanuel Macron", kind="person",
                                    role="French President", affiliation="france"),
                              Actor(id="jane-doe", name="Jane Doe", kind="person", role="analyst")])
    pages = SiteRenderer(content, config, {}, {}).render_all()
    assert "| People | [Emmanuel Macron](emmanuel-macron.md) |" in pages["actors/france.md"]
    assert "| Affiliation | [France](france.md) |" in pages["actors/emmanuel-macron.md"]
    assert "| People |" not in pages["actors/jane-doe.md"]
