"""The fact model: typed records, and the one declaration of their fields.

`FIELDS` is the single source of truth for every fact file: the Python validation below, the
JSON Schemas in `site_config/schema/` (see `generator.schema`) and the YAML key order all come
from it, so they cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACTOR_KINDS = ("person", "state", "organisation", "media", "group")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # slug | text | date | url | enum | text-list | slug-list | sources
    required: bool = False
    nullable: bool = False
    choices: tuple[str, ...] = ()
    description: str = ""


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "sources": (
        FieldSpec("id", "slug", True, description="Stable lowercase slug, unique in this file."),
        FieldSpec("file", "text", True, description="Path of the article, relative to the project root."),
        FieldSpec("outlet", "text", True, True, description="Publisher, or null when the text does not say."),
        FieldSpec("title", "text", True, True, description="Headline, or null when the text has none."),
        FieldSpec("published", "date", True, True,
                  description="ISO date (YYYY-MM-DD) the text gives, or null: never a guess."),
        FieldSpec("url", "url", False, True, description="Address of the article, when known."),
        FieldSpec("dateline", "text", False, True, description="Place or wire dateline, when given."),
        FieldSpec("stale", "text", False, True, description="Set by extract when the seed file is gone."),
    ),
    "actors": (
        FieldSpec("id", "slug", True, description="Stable lowercase slug, unique in this file."),
        FieldSpec("name", "text", True, description="Display name."),
        FieldSpec("kind", "enum", True, choices=ACTOR_KINDS,
                  description="person, state, organisation, media (journalists, analysts, outlets) or group."),
        FieldSpec("role", "text", False, True, description="Role or title, as the text gives it."),
        FieldSpec("affiliation", "slug", False, True, description="Actor id this actor belongs to."),
        FieldSpec("aliases", "text-list", False, description="Other names the articles use."),
    ),
    "demands": (
        FieldSpec("id", "slug", True, description="Stable lowercase slug, unique in this file."),
        FieldSpec("actor", "slug", True, description="Actor id of who demands."),
        FieldSpec("target", "slug", False, True, description="Actor id of whom it is demanded, or null."),
        FieldSpec("summary", "text", True, description="One sentence a reader sees on the site."),
        FieldSpec("topics", "slug-list", False, description="Topic ids from site_config/topics.yaml."),
        FieldSpec("sources", "sources", True, description="Every article that reports it, with its quote."),
        FieldSpec("stale", "text", False, True, description="Set by extract when a seed it came from is gone."),
    ),
    "proposals": (),  # same shape as demands, filled in below
    "quotes": (
        FieldSpec("id", "slug", True, description="Stable lowercase slug, unique in this file."),
        FieldSpec("speaker", "slug", True, True, description="Actor id of the speaker, or null if unclear."),
        FieldSpec("topics", "slug-list", False, description="Topic ids from site_config/topics.yaml."),
        FieldSpec("sources", "sources", True, description="Every article that carries the quote."),
        FieldSpec("stale", "text", False, True, description="Set by extract when a seed it came from is gone."),
    ),
}
FIELDS["proposals"] = tuple(
    FieldSpec(f.name, f.kind, f.required, f.nullable, f.choices,
              f.description.replace("demands", "proposes").replace("is demanded", "is proposed"))
    for f in FIELDS["demands"]
)
FACT_FILES = tuple(FIELDS)  # sources, actors, demands, proposals, quotes
CLAIM_FILES = ("demands", "proposals")


@dataclass(frozen=True)
class SourceRef:
    source: str
    quote: str


@dataclass
class Source:
    id: str
    file: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    dateline: str | None = None
    stale: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Claim:
    """A demand or a proposal: who wants what of whom, with every source that reports it."""

    id: str
    actor: str
    summary: str
    target: str | None = None
    topics: list[str] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    stale: str | None = None


@dataclass
class Quote:
    id: str
    speaker: str | None
    topics: list[str] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    stale: str | None = None

    @property
    def text(self) -> str:
        return self.sources[0].quote if self.sources else ""


RECORD_TYPES: dict[str, type] = {
    "sources": Source, "actors": Actor, "demands": Claim, "proposals": Claim, "quotes": Quote,
}


@dataclass
class Content:
    """Everything in content/: the input to `check` and to rendering."""

    sources: list[Source] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    demands: list[Claim] = field(default_factory=list)
    proposals: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def records(self, name: str) -> list:
        return getattr(self, name)

    def actor(self, actor_id: str | None) -> Actor | None:
        return self._index("actors").get(actor_id or "")

    def source(self, source_id: str) -> Source | None:
        return self._index("sources").get(source_id)

    def _index(self, name: str) -> dict:
        cache = self.__dict__.setdefault("_indexes", {})
        if name not in cache:
            cache[name] = {r.id: r for r in self.records(name)}
        return cache[name]


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """Return what is wrong with `value` for `spec`, or None. Shared by every validation path."""
    if value is None:
        return None if (spec.nullable or not spec.required) else "must not be empty (null)"
    kind = spec.kind
    if kind in ("slug", "text", "date", "url", "enum") and not isinstance(value, str):
        return f"must be text, not {type(value).__name__}"
    if kind == "slug" and not SLUG.match(value):
        return f"'{value}' is not a lowercase slug (letters, digits and single hyphens)"
    if kind == "text" and not value.strip():
        return "must not be blank"
    if kind == "date" and not ISO_DATE.match(value):
        return f"'{value}' is not an ISO date (YYYY-MM-DD)"
    if kind == "url" and not re.match(r"^https?://\S+$", value):
        return f"'{value}' is not an http(s) URL"
    if kind == "enum" and value not in spec.choices:
        return f"'{value}' is not one of: {', '.join(spec.choices)}"
    if kind in ("text-list", "slug-list"):
        if not isinstance(value, list):
            return f"must be a list, not {type(value).__name__}"
        for item in value:
            if not isinstance(item, str) or not item.strip():
                return "every item must be non-empty text"
            if kind == "slug-list" and not SLUG.match(item):
                return f"'{item}' is not a lowercase slug"
    if kind == "sources":
        if not isinstance(value, list) or not value:
            return "must be a non-empty list of {source, quote} entries"
        for item in value:
            if not isinstance(item, dict) or set(item) - {"source", "quote"} or not {"source", "quote"} <= set(item):
                return "each entry needs exactly the keys 'source' and 'quote'"
            if not isinstance(item["source"], str) or not SLUG.match(item["source"]):
                return "each entry's 'source' must be a source id"
            if not isinstance(item["quote"], str) or not item["quote"].strip():
                return "each entry's 'quote' must be non-empty text"
    return None


def record_from_dict(name: str, data: dict) -> Any:
    """Build the typed record; assumes `data` passed `check_value` for every field."""
    kwargs = {spec.name: data.get(spec.name) for spec in FIELDS[name] if spec.name in data}
    if "sources" in kwargs and name != "sources":
        kwargs["sources"] = [SourceRef(s["source"], s["quote"]) for s in kwargs["sources"]]
    for list_field in ("aliases", "topics"):
        if list_field in kwargs and kwargs[list_field] is None:
            kwargs[list_field] = []
    return RECORD_TYPES[name](**kwargs)


def record_to_dict(name: str, record: Any) -> dict:
    """Plain dict in the declared key order; optional empty fields are left out."""
    out: dict = {}
    for spec in FIELDS[name]:
        value = getattr(record, spec.name, None)
        if spec.kind == "sources":
            value = [{"source": s.source, "quote": s.quote} for s in value]
        if not spec.required and value in (None, []):
            continue
        out[spec.name] = value
    return out
