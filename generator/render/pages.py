"""Facts -> Markdown pages. Pure: takes typed content and article texts, returns {path: markdown}.

Every sentence a reader sees about a fact ends in a footnote naming the outlet and date, quoting
the passage verbatim and linking to that passage on the source page.
"""

from __future__ import annotations

import functools
import json
import posixpath
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import zip_longest

from generator.config import SiteConfig
from generator.extract.text import BODY
from generator.model import Claim, Content, Quote, SourceRef
from generator.render.anchors import ArticleView
from generator.render.markdown import format_date, html_text, md_text
from generator.textmatch import without_stray_ends

FOOTNOTE_SEPARATOR = "<sup>,</sup>"  # between the markers of one fact's several reports
HOME_SOURCES_PER_DAY = 6
HOME_DAYS = 14  # days of reporting in the home page's timeline
# Reports cited where a fact is listed (home, topic, actor and index pages); a fact with more gets
# a page of its own citing every report. Hundreds of footnotes on one line help no reader, and
# made each topic page grow with the whole corpus.
CITES_MAX = 5
KIND_LABEL = {"demands": ("Demands", "demands"), "proposals": ("Proposals", "proposes")}


@dataclass
class Footnotes:
    """Footnotes of one page, numbered in order of first citation, one per (source, quote)."""

    page: str
    content: Content
    views: dict[str, ArticleView]
    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def cite(self, ref: SourceRef) -> str:
        key = (ref.source, ref.quote)
        if key not in self.numbers:
            n = len(self.numbers) + 1
            self.numbers[key] = n
            source = self.content.source(ref.source)
            outlet = source.outlet if source and source.outlet else "Unknown outlet"
            date = format_date(source.published if source else None)
            view = self.views.get(ref.source)
            anchor = view.anchor_for(ref.quote) if view else "article"
            link = link_to(self.page, f"sources/{ref.source}.md") + f"#{anchor}"
            self.lines.append(f"[^{n}]: **{md_text(outlet)}**, {date}: “{md_text(without_stray_ends(ref.quote))}” "
                              f"[Read in context →]({link})")
        return f"[^{self.numbers[key]}]"

    def cite_all(self, refs: list[SourceRef]) -> str:
        """Markers of several reports, set apart by a raised comma: side by side, "¹²³" reads as
        one hundred and twenty-three."""
        return FOOTNOTE_SEPARATOR.join(self.cite(ref) for ref in refs)

    def render(self) -> str:
        return ("\n\n" + "\n".join(self.lines) + "\n") if self.lines else "\n"


def front_matter(tags: list[str]) -> str:
    """YAML front matter naming the page's topics, for Material's tags plugin (and any builder)."""
    if not tags:
        return ""
    return "---\ntags:\n" + "".join(f"  - {json.dumps(tag, ensure_ascii=False)}\n" for tag in tags) + "---\n\n"


def fact_page(name: str, fact_id: str) -> str:
    """Page of a fact with more reports than a listing cites (`CITES_MAX`)."""
    return f"facts/{name}/{fact_id}.md"


@functools.lru_cache(maxsize=65_536)
def link_to(page: str, target: str) -> str:
    """Remembered: a topic page cites the same few hundred sources thousands of times over."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


class SiteRenderer:
    def __init__(self, content: Content, config: SiteConfig, views: dict[str, ArticleView],
                 intros: dict[str, str], site_name: str = "Briefing"):
        self.content = content
        self.config = config
        self.views = views
        self.intros = intros
        self.site_name = site_name
        self._source_topics: dict[str, set[str]] | None = None

    # helpers -------------------------------------------------------------------------------
    def actor_link(self, page: str, actor_id: str | None) -> str:
        actor = self.content.actor(actor_id)
        if actor is None:
            return md_text(actor_id or "unknown")
        return f"[{md_text(actor.name)}]({link_to(page, f'actors/{actor.id}.md')})"

    def claims(self, name: str, *, topic: str | None = None, actor: str | None = None) -> list[Claim]:
        return [c for c in self.content.records(name) if (topic is None or topic in c.topics)
                and (actor is None or actor in (c.actor, c.target))]

    def quotes(self, *, topic: str | None = None, speaker: str | None = None) -> list[Quote]:
        return [q for q in self.content.quotes if (topic is None or topic in q.topics)
                and (speaker is None or q.speaker == speaker)]

    def claim_line(self, page: str, notes: Footnotes, name: str, claim: Claim, show_actor: bool,
                   when: str = "") -> str:
        """One fact as a list item; `when` qualifies its count of reports (" that day")."""
        label = "Demands" if name == "demands" else "Proposes"
        who = f"{self.actor_link(page, claim.actor)} — " if show_actor else ""
        target = f" of {self.actor_link(page, claim.target)}" if claim.target and name == "demands" else ""
        target = target or (f" to {self.actor_link(page, claim.target)}" if claim.target else "")
        count = len(claim.sources)
        corroboration = (f" <span class=\"corroboration\">reported by {count} sources{when}</span>"
                         if count > 1 else "")
        stale = " <span class=\"stale\">stale</span>" if claim.stale else ""
        return (f"- {who}**{label}**{target}: {md_text(claim.summary)}{self.cite(page, notes, name, claim)}"
                f"{corroboration}{stale}")

    def quote_block(self, page: str, notes: Footnotes, quote: Quote, show_speaker: bool = True) -> str:
        speaker = self.actor_link(page, quote.speaker) if quote.speaker else "unattributed"
        who = f" — {speaker}" if show_speaker else ""
        return f"> “{md_text(without_stray_ends(quote.text))}”{who}{self.cite(page, notes, 'quotes', quote)}\n"

    def cite(self, page: str, notes: Footnotes, name: str, fact: Claim | Quote) -> str:
        """Footnotes for a fact's reports: all of them, or the earliest `CITES_MAX` and a link to
        the fact's own page, which cites every one."""
        refs = fact.sources
        if len(refs) <= CITES_MAX:
            return notes.cite_all(refs)
        earliest = sorted(refs, key=lambda r: (self._published(r.source), r.source))[:CITES_MAX]
        more = len(refs) - CITES_MAX
        return (notes.cite_all(earliest) + f" [+{more} more report{'s' if more > 1 else ''}]"
                f"({link_to(page, fact_page(name, fact.id))})")

    def _published(self, source_id: str) -> str:
        source = self.content.source(source_id)
        return (source.published if source else None) or "9999"

    def many_reported(self) -> list[tuple[str, Claim | Quote]]:
        """The facts reported too often to cite every report where they are listed."""
        return [(name, fact) for name in ("demands", "proposals", "quotes")
                for fact in self.content.records(name) if len(fact.sources) > CITES_MAX]

    def fact_page(self, name: str, fact: Claim | Quote) -> str:
        """Every report of one fact, each footnoted to its passage."""
        page = fact_page(name, fact.id)
        notes = Footnotes(page, self.content, self.views)
        titles = {t.id: t.title for t in self.config.topics}
        if name == "quotes":
            heading = f"“{md_text(without_stray_ends(fact.text))}”"
            rows = [f"| Speaker | {self.actor_link(page, fact.speaker) if fact.speaker else 'unattributed'} |"]
        else:
            heading = md_text(fact.summary)
            rows = [f"| {KIND_LABEL[name][0][:-1]} by | {self.actor_link(page, fact.actor)} |"]
            if fact.target:
                rows.append(f"| {'Of' if name == 'demands' else 'To'} | {self.actor_link(page, fact.target)} |")
        if fact.topics:
            rows.append("| Topics | " + ", ".join(f"[{md_text(titles[t])}]({link_to(page, f'topics/{t}.md')})"
                                                  for t in fact.topics if t in titles) + " |")
        out = [front_matter(self.topic_titles(fact.topics)) + f"# {heading}\n", "| | |", "| --- | --- |", *rows,
               f"\n## Reported by {len(fact.sources)} sources\n"]
        for ref in sorted(fact.sources, key=lambda r: (self._published(r.source), r.source)):
            source = self.content.source(ref.source)
            label = self.source_label(page, source) if source else md_text(ref.source)
            out.append(f"- {label}{notes.cite(ref)}")
        return "\n".join(out) + "\n" + notes.render()

    # pages ---------------------------------------------------------------------------------
    def render_all(self) -> dict[str, str]:
        pages = {"index.md": self.home()}
        for topic in self.config.topics:
            pages[f"topics/{topic.id}.md"] = self.topic_page(topic)
        pages["actors/index.md"] = self.actor_index()
        for actor in self.content.actors:
            pages[f"actors/{actor.id}.md"] = self.actor_page(actor)
        pages["sources/index.md"] = self.source_index()
        pages["demands.md"] = self.claim_index("demands")
        pages["proposals.md"] = self.claim_index("proposals")
        pages["tags.md"] = self.tag_index()
        for name, fact in self.many_reported():
            pages[fact_page(name, fact.id)] = self.fact_page(name, fact)
        # Source pages last: footnotes above decide which passages are highlighted.
        for source in self.content.sources:
            pages[f"sources/{source.id}.md"] = self.source_page(source)
        return pages

    def home(self) -> str:
        page = "index.md"
        notes = Footnotes(page, self.content, self.views)
        dated = sorted(s.published for s in self.content.sources if s.published)
        span = f"from {format_date(dated[0])} to {format_date(dated[-1])}" if dated else "undated"
        out = [f"# {md_text(self.site_name)}\n",
               f"This briefing draws on **{len(self.content.sources)} articles** ({span}): "
               f"**{len(self.content.demands)} demands**, **{len(self.content.proposals)} proposals** and "
               f"**{len(self.content.quotes)} quotes** from **{len(self.content.actors)} actors**, each footnoted "
               f"to the passage that reports it.\n",
               "## Topics\n", "| Topic | Demands | Proposals | Quotes |", "| --- | ---: | ---: | ---: |"]
        for topic in self.config.topics:
            demands, proposals = self.claims("demands", topic=topic.id), self.claims("proposals", topic=topic.id)
            out.append(f"| [{md_text(topic.title)}](topics/{topic.id}.md) | {len(demands)}"
                       f" | {len(proposals)} | {len(self.quotes(topic=topic.id))} |")
        out.append("\n## Latest facts\n")
        newest = sorted(self.content.sources, key=lambda s: (s.published or "", s.id), reverse=True)
        shown = 0
        first_reported: dict[str, dict[str, list[Claim]]] = {}
        for name in ("demands", "proposals"):
            for claim in self.content.records(name):
                first_reported.setdefault(claim.sources[0].source, {}).setdefault(name, []).append(claim)
        for source in newest:
            kinds = first_reported.get(source.id, {})
            # demands and proposals in turn: an article with many demands still shows its offers
            paired = zip_longest(*([(name, c) for c in kinds.get(name, [])] for name in ("demands", "proposals")))
            for name, claim in (item for pair in paired for item in pair if item is not None):
                if shown < 8:
                    out.append(self.claim_line(page, notes, name, claim, show_actor=True))
                    shown += 1
            if shown >= 8:
                break
        if not shown:
            out.append("No facts yet: run `python -m generator extract`.")
        out.append("\n## What happened, and when\n")
        by_day: dict[str, list] = {}
        for source in self.content.sources:
            by_day.setdefault(source.published or "", []).append(source)
        day_of = {s.id: s.published or "" for s in self.content.sources}
        leads = self.lead_facts(day_of)
        days = sorted(by_day, key=lambda d: (d == "", d))
        dated = [d for d in days if d]
        # The home page is every reader's first download: a year of reporting would list every
        # day. The most recent days are shown; the source index lists every article.
        earlier = dated[:-HOME_DAYS] if len(dated) > HOME_DAYS else []
        if earlier:
            out.append(f"The last {HOME_DAYS} days of reporting, oldest first, with the fact most outlets "
                       f"carried that day. {sum(len(by_day[d]) for d in earlier)} reports from "
                       f"{len(earlier)} earlier days ({format_date(earlier[0])} to {format_date(earlier[-1])}) "
                       f"are listed with every other article in [all sources](sources/index.md).\n")
        else:
            out.append("Each day's reports, oldest first, with the fact most outlets carried that day.\n")
        hidden = set(earlier)
        for day in (d for d in days if d not in hidden):
            out.append(f"### {format_date(day) if day else 'Undated reports'}\n")
            sources = sorted(by_day[day], key=lambda s: s.id)
            for source in sources[:HOME_SOURCES_PER_DAY]:
                out.append(f"- {self.source_label(page, source)}")
            if len(sources) > HOME_SOURCES_PER_DAY:
                out.append(f"- … and {len(sources) - HOME_SOURCES_PER_DAY} more reports: see "
                           f"[all sources](sources/index.md)")
            if day in leads:
                name, claim = leads[day]
                # cited by that day's reports only: the fact's page cites all of them
                that_day = replace(claim, sources=[r for r in claim.sources if day_of.get(r.source) == day])
                out.append("")
                out.append(self.claim_line(page, notes, name, that_day, show_actor=True, when=" that day"))
            out.append("")
        return "\n".join(out) + notes.render()

    def lead_facts(self, day_of: dict[str, str]) -> dict[str, tuple[str, Claim]]:
        """Per day, the demand or proposal that day's sources report most often (ties: demands, id)."""
        counts: dict[str, Counter] = {}
        facts: dict[tuple[str, str], Claim] = {}
        for name in ("demands", "proposals"):
            for claim in self.content.records(name):
                facts[(name, claim.id)] = claim
                for ref in claim.sources:
                    if ref.source in day_of:
                        counts.setdefault(day_of[ref.source], Counter())[(name, claim.id)] += 1
        leads = {}
        for day, counter in counts.items():
            (name, claim_id), _ = min(counter.items(), key=lambda kv: (-kv[1], kv[0]))
            leads[day] = (name, facts[(name, claim_id)])
        return leads

    def title_of(self, source) -> str:
        """The article's title; for a scrape without one, its opening words, marked as such."""
        if source.title:
            return source.title
        view = self.views.get(source.id)
        lead = next((line.text for line in view.lines if line.kind == BODY), "") if view else ""
        words = lead.split()
        if not words:
            return "Untitled article"
        return "Untitled: “" + " ".join(words[:10]) + ("…”" if len(words) > 10 else "”")

    def source_label(self, page: str, source) -> str:
        title = self.title_of(source)
        outlet = source.outlet or "Unknown outlet"
        return (f"[{md_text(title)}]({link_to(page, f'sources/{source.id}.md')}) — {md_text(outlet)}, "
                f"{format_date(source.published)}")

    def topic_page(self, topic) -> str:
        page = f"topics/{topic.id}.md"
        notes = Footnotes(page, self.content, self.views)
        intro = self.intros.get(topic.id) or md_text(topic.description)
        out = [front_matter([topic.title]) + f"# {md_text(topic.title)}\n", intro.strip() + "\n"]
        by_actor: dict[str, list[tuple[str, Claim]]] = {}
        for name in ("demands", "proposals"):
            for claim in self.claims(name, topic=topic.id):
                by_actor.setdefault(claim.actor, []).append((name, claim))
        if by_actor:
            out.append("## Positions by actor\n")
            order = sorted(by_actor, key=lambda a: (-len(by_actor[a]), self._name(a)))
            for actor_id in order:
                out.append(f"### {self.actor_link(page, actor_id)}\n")
                for name, claim in sorted(by_actor[actor_id], key=lambda nc: (nc[0], nc[1].id)):
                    out.append(self.claim_line(page, notes, name, claim, show_actor=False))
                out.append("")
        else:
            out.append("No demands or proposals on this topic yet.\n")
        quotes = sorted(self.quotes(topic=topic.id), key=lambda q: (-len(q.sources), q.speaker is None, q.id))
        quotes = [q for q in quotes if q.speaker][:12]
        if quotes:
            out.append("## Key quotes\n")
            for quote in quotes:
                out.append(self.quote_block(page, notes, quote))
        return "\n".join(out) + notes.render()

    def source_topics(self) -> dict[str, set[str]]:
        """Topics of the facts each source reports; one pass over the facts for all sources."""
        if self._source_topics is None:
            self._source_topics = {}
            for name in ("demands", "proposals", "quotes"):
                for fact in self.content.records(name):
                    for ref in fact.sources:
                        self._source_topics.setdefault(ref.source, set()).update(fact.topics)
        return self._source_topics

    def topic_titles(self, topic_ids) -> list[str]:
        titles = {t.id: t.title for t in self.config.topics}
        return [titles[t] for t in sorted(set(topic_ids), key=list(titles).index) if t in titles]

    def tag_index(self) -> str:
        return ("# Pages by topic\n\nEvery topic, actor and source page, listed under the topics its facts "
                "belong to.\n\n<!-- material/tags -->\n")

    def _name(self, actor_id: str | None) -> str:
        actor = self.content.actor(actor_id)
        return actor.name if actor else (actor_id or "")

    def actor_index(self) -> str:
        page = "actors/index.md"
        out = ["# Actors\n", "| Actor | Kind | Role | Demands | Proposals | Quotes |",
               "| --- | --- | --- | ---: | ---: | ---: |"]
        counts = Counter()
        for name in ("demands", "proposals"):
            for claim in self.content.records(name):
                counts[(name, claim.actor)] += 1
        quotes = Counter(q.speaker for q in self.content.quotes)
        for actor in sorted(self.content.actors, key=lambda a: a.name.lower()):
            out.append(f"| {self.actor_link(page, actor.id)} | {actor.kind} | {md_text(actor.role or '')} | "
                       f"{counts[('demands', actor.id)]} | {counts[('proposals', actor.id)]} | {quotes[actor.id]} |")
        return "\n".join(out) + "\n"

    def actor_page(self, actor) -> str:
        page = f"actors/{actor.id}.md"
        notes = Footnotes(page, self.content, self.views)
        topic_ids = {t for n in ("demands", "proposals") for c in self.claims(n, actor=actor.id) for t in c.topics}
        topic_ids |= {t for q in self.quotes(speaker=actor.id) for t in q.topics}
        out = [front_matter(self.topic_titles(topic_ids)) + f"# {md_text(actor.name)}\n",
               "| | |", "| --- | --- |", f"| Kind | {actor.kind} |"]
        if actor.role:
            out.append(f"| Role | {md_text(actor.role)} |")
        if actor.affiliation:
            out.append(f"| Affiliation | {self.actor_link(page, actor.affiliation)} |")
        if actor.aliases:
            out.append(f"| Also called | {md_text(', '.join(actor.aliases))} |")
        members = sorted((a for a in self.content.actors if a.affiliation == actor.id), key=lambda a: a.name)
        if members:  # "French President Jan Novak" links to France, and France back to him
            out.append("| People | " + ", ".join(self.actor_link(page, a.id) for a in members) + " |")
        topics = sorted({t for n in ("demands", "proposals") for c in self.claims(n, actor=actor.id) for t in c.topics})
        if topics:
            titles = {t.id: t.title for t in self.config.topics}
            out.append("| Topics | " + ", ".join(f"[{md_text(titles[t])}]({link_to(page, f'topics/{t}.md')})"
                                                 for t in topics if t in titles) + " |")
        out.append("")
        for name, heading in (("demands", "Demands"), ("proposals", "Proposals")):
            own = [c for c in self.content.records(name) if c.actor == actor.id]
            aimed = [c for c in self.content.records(name) if c.target == actor.id and c.actor != actor.id]
            if own:
                out.append(f"## {heading}\n")
                out.extend(self.claim_line(page, notes, name, c, show_actor=False) for c in own)
                out.append("")
            if aimed:
                out.append(f"## {heading} addressed to {md_text(actor.name)}\n")
                out.extend(self.claim_line(page, notes, name, c, show_actor=True) for c in aimed)
                out.append("")
        quotes = self.quotes(speaker=actor.id)
        if quotes:
            out.append("## Quotes\n")
            out.extend(self.quote_block(page, notes, q, show_speaker=False) for q in quotes)
        return "\n".join(out) + notes.render()

    def source_index(self) -> str:
        page = "sources/index.md"
        out = ["# Sources\n", "| Article | Outlet | Published |", "| --- | --- | --- |"]
        for source in sorted(self.content.sources, key=lambda s: (s.published or "", s.id), reverse=True):
            title = self.title_of(source)
            out.append(f"| [{md_text(title)}]({link_to(page, f'sources/{source.id}.md')}) | "
                       f"{md_text(source.outlet or 'unknown')} | {format_date(source.published)} |")
        return "\n".join(out) + "\n"

    def claim_index(self, name: str) -> str:
        page = f"{name}.md"
        notes = Footnotes(page, self.content, self.views)
        heading = KIND_LABEL[name][0]
        out = [f"# {heading}\n", "| Actor | " + ("Demand" if name == "demands" else "Proposal")
               + " | Target | Topics | Sources |", "| --- | --- | --- | --- | ---: |"]
        for claim in sorted(self.content.records(name), key=lambda c: (self._name(c.actor), c.id)):
            target = self.actor_link(page, claim.target) if claim.target else "—"
            topics = ", ".join(f"[{t}]({link_to(page, f'topics/{t}.md')})" for t in claim.topics) or "—"
            out.append(f"| {self.actor_link(page, claim.actor)} | {md_text(claim.summary)}"
                       f"{self.cite(page, notes, name, claim)} | {target} | {topics} | {len(claim.sources)} |")
        return "\n".join(out) + notes.render()

    def source_page(self, source) -> str:
        title = source.title or f"{source.outlet or 'Unknown outlet'}, {format_date(source.published)}"
        topic_ids = self.source_topics().get(source.id, set())
        out = [front_matter(self.topic_titles(topic_ids)) + f"# {md_text(title)}\n", "| | |", "| --- | --- |",
               f"| Outlet | {md_text(source.outlet or 'not stated in the article')} |",
               f"| Published | {format_date(source.published) if source.published else 'not stated in the article'} |"]
        if source.url:
            out.append(f"| URL | <{html_text(source.url)}> |")
        out.append(f"| File | <code>{html_text(source.file)}</code> |")
        if source.stale:
            out.append(f"| Status | {md_text(source.stale)} |")
        out.append("\n## Article text\n")
        view = self.views.get(source.id)
        if view is None:
            out.append("The article file could not be read.\n")
            return "\n".join(out)
        out.append(self.article_html(view))
        return "\n".join(out) + "\n"

    def article_html(self, view: ArticleView) -> str:
        body: list[str] = []
        furniture: list[str] = []
        for line in view.lines:
            mark = lambda anchor: " highlighted" if anchor in view.highlighted else ""  # noqa: E731
            if line.kind == "body":
                spans = "".join(
                    f'<span id="s{line.index}-{s.index}" class="passage{mark(f"s{line.index}-{s.index}")}">'
                    f"{html_text(s.text)}</span> " for s in view.sentences.get(line.index, []))
                body.append(f'<p id="l{line.index}" class="article-paragraph">{spans.strip()}</p>')
            elif line.kind == "heading":
                body.append(f'<p id="l{line.index}" class="article-heading passage{mark(f"l{line.index}")}">'
                            f"<strong>{html_text(line.text)}</strong></p>")
            else:
                furniture.append(f'<li id="l{line.index}" class="passage{mark(f"l{line.index}")}">'
                                 f"{html_text(line.text)}</li>")
        out = ['<div class="article-text" id="article">', *body, "</div>"]
        if furniture:
            out += ["", f'<details class="furniture"><summary>Page furniture left out by the extractor '
                        f"({len(furniture)} lines)</summary><ul>{''.join(furniture)}</ul></details>"]
        return "\n".join(out) + "\n"
