"""Merging per-article facts into one corpus: actors, corroborated claims and quotes, stable ids.

The same statement reported by several outlets becomes one fact with several sources. Candidates
are compared only within a block (same kind and actor, or same speaker), so merging stays close
to linear in the number of articles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from generator.config import SiteConfig
from generator.extract.actors import ActorEntry, best_role, is_media_role, slugify
from generator.extract.article import ArticleFacts
from generator.extract.spellings import unify_spellings
from generator.extract.topics import classify
from generator.model import Actor, Claim, Content, Quote, Source, SourceRef
from generator.textmatch import fold

STOPWORDS = frozenset([
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "that", "this", "these", "those",
    "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my",
    "me", "him", "them", "us", "not", "no", "so", "than", "then", "there", "here", "what", "which",
    "who", "whom", "whose", "will", "would", "could", "should", "can", "may", "might", "must", "has",
    "have", "had", "do", "does", "did", "about", "into", "over", "under", "after", "before", "also",
    "just", "only", "very", "more", "most", "much", "many", "some", "any", "all", "said", "says", "say",
    "told"
])


def content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return {w.rstrip("s") if len(w) > 4 else w for w in words if len(w) > 2 and w not in STOPWORDS}


def similar(a: set[str], b: set[str], threshold: float = 0.5, minimum: int = 3) -> bool:
    shared = len(a & b)
    return shared >= minimum and shared / max(1, min(len(a), len(b))) >= threshold


TOLD_ALIKE = 0.8  # two claims of one sentence are one when either's words are nearly all the other's


@dataclass
class _Cluster:
    words: set[str]  # the first statement's words: comparing with a growing union chains unrelated ones
    items: list  # (source id, item)
    told: dict = field(default_factory=dict)  # `told` key -> the words its items are told in


def _cluster(items: list[tuple[str, object, set[str]]], threshold: float, minimum: int = 3,
             told: Callable[[str, object], tuple[Hashable, set[str]]] | None = None) -> list[_Cluster]:
    """First-fit clustering with an inverted index: each statement is compared only with clusters
    that share at least `minimum` words with it, never with every cluster of its block.

    `told` gives an item's place (its source and sentence) and the words it is told in: two items
    from one place share a cluster only when those words are nearly the same (one told within the
    other), since their shared sentence says nothing of whether they are one statement."""
    clusters: list[_Cluster] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for source_id, item, words in items:
        place, words_told = told(source_id, item) if told else (None, set())
        shared: Counter = Counter()
        for word in words:
            shared.update(postings.get(word, ()))
        match = next((n for n in sorted(n for n, k in shared.items() if k >= minimum)
                      if similar(words, clusters[n].words, threshold, minimum)
                      and _fits(clusters[n], place, words_told, minimum)), None)
        if match is None:
            for word in words:
                postings[word].append(len(clusters))
            clusters.append(_Cluster(set(words), []))
            match = len(clusters) - 1
        clusters[match].items.append((source_id, item))
        if place is not None:
            clusters[match].told.setdefault(place, []).append(words_told)
    return clusters


def _fits(cluster: _Cluster, place: Hashable, words_told: set[str], minimum: int) -> bool:
    """Whether an item told in `words_told` may join `cluster`, given the items from its place."""
    return place is None or all(similar(words_told, other, TOLD_ALIKE, minimum)
                                for other in cluster.told.get(place, ()))


def wording(text: str) -> str:
    """The words of a quote alone, without case, punctuation or the dots of "U.S.": two outlets
    quoting "willing to engage" and "willing to engage," quote the same words."""
    return " ".join(re.findall(r"\w+", fold(text).lower().replace(".", "")))


def _cluster_quotes(items: list[tuple[str, object, set[str]]], threshold: float) -> list[_Cluster]:
    """`_cluster`, after first joining quotes of the same wording: a quote too short to share
    `_cluster`'s minimum of content words with another is still the same quote."""
    joined: dict[str, list] = {}
    firsts = []
    for source_id, quote, words in items:
        same = joined.setdefault(wording(quote.span.text), [])
        if not same:
            firsts.append((source_id, quote, words))
        same.append((source_id, quote))
    clusters = _cluster(firsts, threshold)
    for cluster in clusters:
        cluster.items = [joint for _, quote in cluster.items for joint in joined[wording(quote.span.text)]]
    return clusters


def source_id_for(meta, file: str, taken: set[str]) -> str:
    stem = file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if meta.outlet:
        base = slugify(meta.outlet) + (f"-{meta.published}" if meta.published else "")
    elif meta.title:
        base = "-".join(slugify(meta.title).split("-")[:6])
    else:
        base = "source-" + slugify(stem)
    candidate = base
    tail = slugify(stem)[-8:].strip("-")  # ("seeds/ap-factbox.txt": "factbox", never "-factbox")
    if candidate in taken and tail:
        candidate = f"{base}-{tail}"
    n = 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def _unique(base: str, taken: set[str]) -> str:
    base = base[:72].rstrip("-")
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def _keywords(text: str, count: int = 6) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS and len(w) > 2]
    return "-".join(words[:count]) or "statement"


def _distinct_aliases(surfaces: Counter, name: str) -> list[str]:
    """Surface forms other than the name, one per spelling that differs only in case.

    "The Ruritanian leader" opening a sentence and "the Ruritanian leader" inside one are one alias;
    the sentence-inside form is kept, as that is how editors write it."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for surface in surfaces:
        if surface.casefold() != name.casefold():
            by_fold[surface.casefold()].append(surface)
    return sorted(min(forms, key=lambda f: (not f[:1].islower(), -surfaces[f], f)) for forms in by_fold.values())


def _with_affiliations(ids: set[str], known: dict, discovered: dict) -> set[str]:
    """`ids` and, in turn, what each is affiliated with: "French President Jan Novak" makes France
    an actor of the story even where no sentence names France itself, so his page links to it."""
    out = set(ids)
    todo = list(ids)
    while todo:
        actor_id = todo.pop()
        entry = known.get(actor_id) or discovered.get(actor_id)  # the gazetteer's word first, as below
        affiliation = entry.affiliation if entry else None
        if affiliation and affiliation not in out and (affiliation in known or affiliation in discovered):
            out.add(affiliation)
            todo.append(affiliation)
    return out


def build_actors(articles: list[ArticleFacts], config: SiteConfig, used: set[str]) -> list[Actor]:
    known = {k.id: k for k in config.actors}
    discovered: dict[str, ActorEntry] = {}
    roles: dict[str, Counter] = defaultdict(Counter)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    affiliations: dict[str, Counter] = defaultdict(Counter)  # a person discovered by several articles
    for article in articles:
        for entry in article.discovered:
            if entry.affiliation:
                affiliations[entry.id][entry.affiliation] += 1
            if entry.id in discovered:
                discovered[entry.id].aliases = sorted(set(discovered[entry.id].aliases) | set(entry.aliases))
            else:
                discovered[entry.id] = ActorEntry(**{**entry.__dict__, "aliases": list(entry.aliases)})
        for actor_id, counter in article.roles.items():
            roles[actor_id].update(counter)
        for actor_id, counter in article.surfaces.items():
            surfaces[actor_id].update(counter)
    out = []
    for actor_id in sorted(_with_affiliations(used | set(discovered), known, discovered)):
        entry = discovered.get(actor_id)
        gaz = known.get(actor_id)
        if gaz is None and entry is None:
            continue
        role = best_role(roles.get(actor_id)) or (gaz.role if gaz else None)
        if gaz:
            kind, name, affiliation = gaz.kind, gaz.name, gaz.affiliation
        else:
            kind, name = entry.kind, entry.name
            # ("Foreign Secretary Jane Doe said" names no state; "Arden's Foreign Secretary Jane Doe"
            # in another article does: the state most articles tie them to)
            tied = affiliations.get(actor_id)
            affiliation = min(tied, key=lambda a: (-tied[a], a)) if tied else entry.affiliation
            if is_media_role(role, config.cues):
                kind, affiliation = "media", None
        aliases = _distinct_aliases(surfaces.get(actor_id, Counter()), name)
        out.append(Actor(id=actor_id, name=name, kind=kind, role=role, affiliation=affiliation, aliases=aliases))
    return out


def _identity_words(articles: list[ArticleFacts], config: SiteConfig) -> dict[str, set[str]]:
    """The words that name each actor and its role ("EU foreign policy chief Kaja Kallas"). Every
    statement of one actor holds them, so they tell nothing about which statement it is; counted,
    they made four different demands of one person a single fact "reported by 4 sources"."""
    names: dict[str, set[str]] = defaultdict(set)
    for known in config.actors:
        names[known.id] |= _name_words([known.name, *known.aliases]) | content_words(known.role or "")
    for article in articles:
        for actor_id, surfaces in article.surfaces.items():
            names[actor_id] |= _name_words(surfaces)
        for actor_id, roles in article.roles.items():  # a person's titles: "EU foreign policy chief"
            names[actor_id] |= content_words(" ".join(roles))
    return names


def _name_words(names) -> set[str]:
    """The capitalised words of names: "the Russian memorandum", a name of Russia in one article,
    gives "russian", and its "memorandum" stays a word of what was said."""
    return content_words(" ".join(word for name in names for word in name.split() if word[:1].isupper()))


def merge_articles(articles: list[ArticleFacts], config: SiteConfig) -> Content:
    """Pure: per-article facts in, one consistent Content out (sorted, with unique stable ids)."""
    articles = unify_spellings(sorted(articles, key=lambda a: a.file), config)
    taken: set[str] = set()
    sources = []
    source_of: dict[str, str] = {}
    for article in articles:
        sid = source_id_for(article.meta, article.file, taken)
        source_of[article.file] = sid
        m = article.meta
        sources.append(Source(id=sid, file=article.file, outlet=m.outlet, title=m.title, published=m.published,
                              url=m.url, dateline=m.dateline))

    claims_by_block: dict[tuple[str, str], list] = defaultdict(list)
    quotes_by_block: dict[str, list] = defaultdict(list)
    identity = _identity_words(articles, config)
    for article in articles:
        sid = source_of[article.file]
        for hit in article.claims:
            # (whom it is asked of counts as one word, however each outlet names them)
            words = content_words(hit.sentence.text) - identity.get(hit.actor, frozenset())
            words |= {f"@{hit.target}"} if hit.target else set()
            claims_by_block[(hit.kind, hit.actor)].append((sid, hit, words))
        for quote in article.quotes:
            quotes_by_block[quote.speaker or ""].append((sid, quote, content_words(quote.span.text)))

    demands: list[Claim] = []
    proposals: list[Claim] = []
    claim_ids: set[str] = set()
    used_actors: set[str] = set()
    for (kind, actor), items in sorted(claims_by_block.items()):
        # (two claims of one sentence merge only when told alike: "… said the terms would be negotiated
        # between the parties and suggested the talks be held in Arden" is two)
        told = lambda sid, hit: ((sid, hit.sentence.index), content_words(hit.summary))  # noqa: E731
        for cluster in _cluster(items, 0.5, told=told):
            refs: dict[str, str] = {}
            for sid, hit in cluster.items:
                refs.setdefault(sid, hit.sentence.text)
            first = cluster.items[0][1]
            targets = Counter(h.target for _, h in cluster.items if h.target)
            target = targets.most_common(1)[0][0] if targets else None
            text = " ".join([first.summary, *refs.values()])
            verb = "demands" if kind == "demand" else "proposes"
            claim = Claim(
                id=_unique(f"{actor}-{verb}-{_keywords(first.summary.split(' ', 2)[-1])}", claim_ids),
                actor=actor, target=target, summary=first.summary, topics=classify(text, config.topics),
                sources=[SourceRef(sid, quote) for sid, quote in sorted(refs.items())],
            )
            used_actors.update(a for a in (actor, target) if a)
            (demands if kind == "demand" else proposals).append(claim)

    quotes: list[Quote] = []
    quote_ids: set[str] = set()
    for speaker, items in sorted(quotes_by_block.items()):
        for cluster in _cluster_quotes(items, 0.6):
            refs: dict[str, str] = {}
            for sid, quote in cluster.items:
                refs.setdefault(sid, quote.span.text)
            first = cluster.items[0][1]
            context = " ".join([*refs.values(), first.sentence.text])
            quotes.append(Quote(
                id=_unique(f"{speaker or 'unattributed'}-{_keywords(first.span.text, 5)}", quote_ids),
                speaker=speaker or None, topics=classify(context, config.topics),
                sources=[SourceRef(sid, text) for sid, text in sorted(refs.items())],
            ))
            if speaker:
                used_actors.add(speaker)

    for article in articles:
        used_actors.update(article.surfaces)
    actors = build_actors(articles, config, used_actors)
    known_ids = {a.id for a in actors}
    for actor in actors:
        if actor.affiliation and actor.affiliation not in known_ids:
            actor.affiliation = None
    return Content(
        sources=sorted(sources, key=lambda s: s.id), actors=actors,
        demands=sorted(demands, key=lambda c: c.id), proposals=sorted(proposals, key=lambda c: c.id),
        quotes=sorted(quotes, key=lambda q: q.id),
    )
