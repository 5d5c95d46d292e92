"""Reading seeds: the text every stage reads is the article a person sees on the page."""

import pytest
import yaml

from generator.seeds import article_text
from tests.conftest import make_project, run_cli

ESCAPED = ("Putin and Trump talk for two hours &amp; agree to more contacts\r\n"
           "May 19, 2025\r\n\r\n"
           "Russian President Vladimir Putin said on Monday that Moscow was ready to work with Ukraine on a "
           "memorandum&nbsp;about a future peace accord.\r\n"
           "Ukraine&#8217;s President Volodymyr Zelen\u00adsky demanded that Russia agree to a full ceasefire.\r\n"
           "\u200bThe Kremlin said Russia would only agree to a ceasefire if &quot;the root causes&quot; were "
           "addressed.\r\n")


@pytest.mark.parametrize("raw, read", [
    ("talks &amp; contacts", "talks & contacts"),
    ("Ukraine&#8217;s envoy", "Ukraine’s envoy"),
    ("a memorandum&nbsp;about", "a memorandum\u00a0about"),
    ("Zelen\u00adsky and\u200b Putin\ufeff", "Zelensky and Putin"),
    # no complete character reference: left as written
    ("AT&T and Q&A, R&D; M&amp", "AT&T and Q&A, R&D; M&amp"),
])
def test_escapes_are_decoded_and_invisible_characters_dropped(raw, read):
    assert article_text(raw) == read


def test_an_html_escaped_scrape_extracts_and_checks_like_a_clean_one(tmp_path):
    project = make_project(tmp_path, seeds=False)
    (project / "seeds").mkdir()
    (project / "seeds" / "escaped.txt").write_bytes(ESCAPED.encode("utf-8"))
    result = run_cli(project, "extract", "--quiet")
    assert result.returncode == 0, result.stderr
    assert run_cli(project, "check").returncode == 0
    sources = yaml.safe_load((project / "content" / "sources.yaml").read_text())
    assert sources[0]["title"] == "Putin and Trump talk for two hours & agree to more contacts"
    demands = yaml.safe_load((project / "content" / "demands.yaml").read_text())
    assert {"volodymyr-zelensky", "russia"} <= {d["actor"] for d in demands}, "a soft hyphen split the name"
    quotes = [ref["quote"] for d in demands for ref in d["sources"]]
    assert any('"the root causes"' in q for q in quotes)
