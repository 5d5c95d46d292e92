"""Where each quote lives in its article: the sentence a footnote link lands on."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.config import SiteConfig
from generator.extract.metadata import extract_metadata, mark_header
from generator.extract.text import Line, Sentence, clean_lines, split_sentences
from generator.textmatch import Folded


@dataclass
class ArticleView:
    """An article's lines with one anchor per sentence (body) or per line (headings, furniture)."""

    lines: list[Line]
    sentences: dict[int, list[Sentence]]  # line index -> sentences
    folded: Folded
    highlighted: set[str] = field(default_factory=set)
    _anchors: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)

    def anchor_at(self, offset: int) -> str:
        for line in self.lines:
            if line.start <= offset < line.end + 1:
                for sentence in self.sentences.get(line.index, []):
                    if sentence.start <= offset < sentence.end + 1:
                        return f"s{line.index}-{sentence.index}"
                return f"l{line.index}"
        return "article"

    def anchor_for(self, quote: str) -> str:
        """Where a footnote citing `quote` lands: its first sentence. Every sentence the quote
        runs through is highlighted, not only the first."""
        known = self._anchors.get(quote)
        if known is None:  # the same quote is cited from many pages: find it once
            found = self.folded.find(quote)
            self._anchors[quote] = known = self._anchors_between(*found) if found else ["article"]
        self.highlighted.update(known)
        return known[0]

    def _anchors_between(self, start: int, end: int) -> list[str]:
        first = self.anchor_at(start)
        within = [f"s{line.index}-{sentence.index}" for line in self.lines if line.start < end and start <= line.end
                  for sentence in self.sentences.get(line.index, []) if sentence.start < end and start < sentence.end]
        return [first, *(anchor for anchor in within if anchor != first)]


def article_view(text: str, config: SiteConfig, repeated) -> ArticleView:
    lines = clean_lines(text, config.boilerplate, repeated)
    return view_of_lines(mark_header(lines, extract_metadata(lines, config)), text)


def view_of_lines(lines: list[Line], text: str) -> ArticleView:
    """The view of an article whose lines are already cleaned and their header marked, as
    extraction has them: extraction builds views this way at almost no cost, for rendering."""
    sentences = {line.index: split_sentences(line) for line in lines if line.kind == "body"}
    return ArticleView(lines, sentences, Folded.of(text))
