"""Short articles written for these tests in other outlets' styles (wire copy, live blog, German
quotation marks): text the rules were not tuned on, to keep them honest."""

from pathlib import Path

import pytest

from generator.extract.run import extract_all
from generator.seeds import Seed

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def extracted(config):
    def run(name):
        return extract_all([Seed(f"seeds/{name}", (FIXTURES / name).read_text())], config, jobs=1)
    return run


def facts(content, name):
    return {(f.actor, f.target) for f in content.records(name)}


def test_wire_copy(extracted):
    content = extracted("wire-tass-style.txt")
    source = content.sources[0]
    assert source.outlet == "TASS" and source.published is None and source.dateline == "Moscow"
    roles = {a.id: a.role for a in content.actors}
    assert roles["sergei-lavrov"].lower() == "russian foreign minister"
    assert roles["andrii-sybiha"] == "Ukrainian Foreign Minister"  # discovered: in no gazetteer
    assert ("russia", "ukraine") in facts(content, "demands")
    assert ("andrii-sybiha", "russia") in facts(content, "demands")
    assert any(f.actor in ("russia", "sergei-lavrov") for f in content.proposals), "ready to continue talks"
    assert {q.speaker for q in content.quotes if q.sources[0].quote.startswith("We are open")} == {"sergei-lavrov"}


def test_live_blog(extracted):
    content = extracted("liveblog-style.txt")
    source = content.sources[0]
    assert (source.outlet, source.published) == ("Example Live", "2025-06-02")
    kinds = {a.id: a.kind for a in content.actors}
    assert kinds["anna-reed"] == "media"
    assert ("recep-tayyip-erdogan", None) in facts(content, "proposals")
    assert ("ukraine", "russia") in facts(content, "demands")
    speakers = {q.sources[0].quote: q.speaker for q in content.quotes}
    assert speakers["Nobody expects a breakthrough today,"] == "anna-reed"
    assert speakers["Without a ceasefire there is nothing to discuss,"] is None  # an unnamed official
    for name in ("demands", "proposals", "quotes"):
        for fact in content.records(name):
            assert "newsletter" not in fact.sources[0].quote.lower()


def test_german_quotation_marks(extracted):
    content = extracted("german-quotes-style.txt")
    assert content.sources[0].published == "2025-05-20"
    assert ("friedrich-merz", "russia") in facts(content, "demands")
    quotes = {q.sources[0].quote: q.speaker for q in content.quotes}
    assert quotes["Russia must stop the killing now"] == "friedrich-merz"
    assert quotes["We will not accept a dictated peace"] == "friedrich-merz"
