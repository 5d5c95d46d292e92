"""JSON Schemas for the fact files, generated from `generator.model.FIELDS`.

Editors' YAML tooling reads them through the `# yaml-language-server: $schema=` line at the top
of each fact file. They are written by `python -m generator.schema` and a test checks the
committed copies match, so the schemas and the Python model cannot drift.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.model import FACT_FILES, FIELDS, FieldSpec

_BASE = {
    "slug": {"type": "string", "pattern": r"^[a-z0-9]+(?:-[a-z0-9]+)*$"},
    "text": {"type": "string", "minLength": 1},
    "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    "url": {"type": "string", "pattern": r"^https?://\S+$"},
}


def field_schema(spec: FieldSpec) -> dict:
    if spec.kind == "enum":
        schema: dict = {"enum": list(spec.choices)}
    elif spec.kind in ("text-list", "slug-list"):
        schema = {"type": "array", "items": dict(_BASE["slug" if spec.kind == "slug-list" else "text"])}
    elif spec.kind == "sources":
        schema = {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["source", "quote"],
            "properties": {"source": dict(_BASE["slug"]), "quote": dict(_BASE["text"])}}}
    else:
        schema = dict(_BASE[spec.kind])
    if spec.nullable or (not spec.required and spec.kind not in ("text-list", "slug-list", "sources")):
        schema = {"anyOf": [schema, {"type": "null"}]}
    schema["description"] = spec.description
    return schema


def schema_for(name: str) -> dict:
    specs = FIELDS[name]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"content/{name}.yaml",
        "type": "array",
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": [s.name for s in specs if s.required],
            "properties": {s.name: field_schema(s) for s in specs},
        },
    }


def render_schemas() -> dict[str, str]:
    return {f"{name}.schema.json": json.dumps(schema_for(name), indent=2, ensure_ascii=False) + "\n"
            for name in FACT_FILES}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "site_config/schema")
    from generator.yamlio import atomic_write

    for file, text in render_schemas().items():
        atomic_write(out / file, text)
    print(f"wrote {len(FACT_FILES)} schemas to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
