"""content/ on disk: writing extracted facts while keeping every change an editor made.

Re-extraction is a three-way merge per record and field between the last extraction (kept in
`content/.extracted/`), the editor's file and the new extraction:
- a field the editor changed keeps the editor's value; untouched fields take the new value;
- a record the editor added stays; a record the editor deleted does not come back;
- new records are appended; records whose seed is gone are flagged `stale`, not dropped;
- a record the extractor made, no longer finds, and no editor touched (no changed field, no
  comment) is removed, from the baseline too: it is stale output of older rules;
- a record whose merged value equals the editor's keeps its exact text, comments included.
Every file is written atomically, in a stable order, so diffs stay small.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator import parsecache
from generator.model import FACT_FILES, Content, record_to_dict
from generator.yamlio import atomic_write_many, dump_yaml, load_own

BASELINE_DIR = ".extracted"
BASELINE_HEADER = "# Machine-owned: the last extraction, used to tell editors' changes from extractor changes.\n"
SCHEMA_LINE = "# yaml-language-server: $schema=../site_config/schema/{name}.schema.json\n"
HEADER = (
    "# {title}: extracted by `python -m generator extract`, then reviewed by editors.\n"
    "# Edit freely: re-extraction keeps your changes, comments, additions and deletions.\n"
)


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    kept: int = 0
    stale: int = 0
    rejected: int = 0
    dropped: int = 0

    def __str__(self) -> str:
        return (f"{self.added} new, {self.updated} updated, {self.kept} unchanged, "
                f"{self.rejected} deleted by editors stay deleted, {self.stale} flagged stale, "
                f"{self.dropped} no longer found removed")


EMPTY_LIST = re.compile(r"(?m)^\[\]\s*(?:#.*)?(?:\n|\Z)")


def split_blocks(text: str) -> tuple[str, list[str]]:
    """Header text and one text block per top-level record ('- ' at column 0)."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("- ") or line.rstrip("\n") == "-"]
    if not starts:
        return text, []
    # Full-line comments right above a record belong to that record.
    # Comments at the top of the file (above the first record) stay in the header.
    bounds = []
    for n, start in enumerate(starts):
        begin = start
        while n and begin > starts[n - 1] + 1 and lines[begin - 1].startswith("#"):
            begin -= 1
        bounds.append(begin)
    header = "".join(lines[:bounds[0]])
    blocks = ["".join(lines[bounds[n]:(bounds[n + 1] if n + 1 < len(bounds) else len(lines))])
              for n in range(len(bounds))]
    return header, blocks


def emit_record(record: dict) -> str:
    return dump_yaml([record])


class _Emitter:
    """`emit_record`, once per record object: a record the extractor adds goes into its fact file
    and into the baseline in the same words, and dumping YAML is the slow part of writing."""

    def __init__(self) -> None:
        self._texts: dict[int, tuple[dict, str]] = {}

    def __call__(self, record: dict) -> str:
        hit = self._texts.get(id(record))
        if hit is None or hit[0] is not record:  # the pair keeps `record` alive, so its id is not reused
            hit = self._texts[id(record)] = (record, emit_record(record))
        return hit[1]


def _merge_record(base: dict | None, current: dict, new: dict) -> dict:
    if base is None:
        return current
    merged = dict(current)
    for key in list(dict.fromkeys([*new, *base])):
        if current.get(key) == base.get(key):  # the editor left this field alone
            if key in new:
                merged[key] = new[key]
            else:
                merged.pop(key, None)
    order = list(new) + [k for k in merged if k not in new]
    return {k: merged[k] for k in order if k in merged}


def merge_file(name: str, current_text: str | None, base: list[dict], new: list[dict],
               stale_sources: set[str], report: MergeReport, cache_dir: Path | None = None,
               dropped: set[str] | None = None, cited: set[str] | None = None,
               emit: Callable[[dict], str] = emit_record) -> str:
    """New text of one fact file; see the module docstring for the rules. Ids of records removed
    as no longer found are added to `dropped`; records whose id is in `cited` are never removed."""
    base_by_id = {r["id"]: r for r in base if isinstance(r, dict) and "id" in r}
    new_by_id = {r["id"]: r for r in new}
    header = SCHEMA_LINE.format(name=name) + HEADER.format(title=name.capitalize())
    pieces: list[str] = []
    seen: set[str] = set()
    if current_text is not None:
        current = parsecache.located(current_text, f"content/{name}.yaml", cache_dir).data or []
        file_header, blocks = split_blocks(current_text)
        # ("[]": the file of a kind no article had yet, which the first record replaces)
        file_header = EMPTY_LIST.sub("", file_header)
        if file_header.strip():
            header = file_header
        if len(blocks) != len(current):
            blocks = [emit(r) for r in current]
        affiliations = {r.get("affiliation") for r in current if isinstance(r, dict)} if name == "actors" else set()
        for record, block in zip(current, blocks, strict=True):
            rid = record.get("id") if isinstance(record, dict) else None
            if rid is None:
                pieces.append(block)
                continue
            seen.add(rid)
            merged = record
            if rid in new_by_id:
                merged = _merge_record(base_by_id.get(rid), record, new_by_id[rid])
            elif rid in base_by_id and _is_stale(name, record, stale_sources):
                merged = {**record, "stale": "its seed file was removed; delete this record or restore the seed"}
                report.stale += 1
            elif (rid in base_by_id and record == base_by_id[rid] and not _comments(block)
                  and rid not in (cited or ()) and rid not in affiliations):
                report.dropped += 1  # the extractor's own output, which it no longer produces
                if dropped is not None:
                    dropped.add(rid)
                continue
            if merged == record:
                pieces.append(block if block.endswith("\n") else block + "\n")
                report.kept += 1
            else:
                pieces.append(_comments(block) + emit(merged))
                report.updated += 1
    for rid, record in new_by_id.items():
        if rid in seen:
            continue
        if rid in base_by_id:
            report.rejected += 1  # extracted before, deleted by an editor since: stays deleted
            continue
        pieces.append(emit(record))
        report.added += 1
    text = header + "".join(pieces)
    return text if pieces else header + "[]\n"


_FACTS_FIRST = ("demands", "proposals", "quotes", "actors", "sources")  # facts decide which entities stay
assert set(_FACTS_FIRST) == set(FACT_FILES)


def _references(records) -> set[str]:
    """Actor and source ids a fact file's records refer to."""
    out: set[str] = set()
    for record in records or []:
        if not isinstance(record, dict):
            continue
        out.update(v for v in (record.get("actor"), record.get("target"), record.get("speaker")) if isinstance(v, str))
        for ref in record.get("sources") or []:
            if isinstance(ref, dict) and isinstance(ref.get("source"), str):
                out.add(ref["source"])
    return out


def _comments(block: str) -> str:
    """The full-line comments of a record's block: an editor's, kept with the record."""
    return "".join(line for line in block.splitlines(keepends=True) if line.lstrip().startswith("#"))


def _is_stale(name: str, record: dict, stale_sources: set[str]) -> bool:
    if name == "sources":
        return record.get("id") in stale_sources
    refs = record.get("sources") or []
    return bool(refs) and all(isinstance(r, dict) and r.get("source") in stale_sources for r in refs)


def content_records(content: Content) -> dict[str, list[dict]]:
    return {name: [record_to_dict(name, r) for r in content.records(name)] for name in FACT_FILES}


def write_content(content_dir: Path, extracted: Content, present_seeds: set[str]) -> MergeReport:
    """Merge freshly extracted facts into content/ and record the new baseline."""
    report = MergeReport()
    baseline_dir = content_dir / BASELINE_DIR
    new_records = content_records(extracted)
    outputs: dict[Path, str] = {}
    currents: dict[Path, str | None] = {}
    cache_dir = content_dir.resolve().parent / parsecache.CACHE_DIR
    old = {name: _read_baseline(baseline_dir, name, cache_dir) for name in FACT_FILES}
    base_sources = _records_with_ids(old["sources"][1])
    stale_sources = {r["id"] for r in base_sources if r.get("file") not in present_seeds}
    baselines: dict[Path, list[dict]] = {}
    cited: set[str] = set()  # ids the merged facts refer to: those actors and sources are never dropped
    read_back: set[Path] = set()
    read_as: dict[str, object] = {}  # record blocks already parsed back, and what they read as
    emit = _Emitter()
    for name in _FACTS_FIRST:
        path = content_dir / f"{name}.yaml"
        current_text = path.read_text(encoding="utf-8") if path.exists() else None
        currents[path] = current_text
        baseline = baseline_dir / f"{name}.yaml"
        currents[baseline], old_data = old[name]
        base = _records_with_ids(old_data)
        dropped: set[str] = set()
        outputs[path] = merge_file(name, current_text, base, new_records[name], stale_sources, report, cache_dir,
                                   dropped, cited if name in ("actors", "sources") else None, emit)
        if outputs[path] != current_text:
            parsed = parsecache.located(outputs[path], str(path), cache_dir).data
            read_back.add(path)  # parsed just now: never write a file we could not read back
            read_as.update(_read_as(outputs[path], parsed))
            if name not in ("actors", "sources"):
                cited |= _references(parsed)
        elif name not in ("actors", "sources"):
            cited |= _references(parsecache.located(outputs[path], str(path), cache_dir).data)
        kept_base = {r["id"]: r for r in base if r["id"] not in dropped}
        kept_base.update({r["id"]: r for r in new_records[name]})
        baselines[baseline] = sorted(kept_base.values(), key=lambda r: r["id"])
        text, exact = _dump_reusing(baselines[baseline], currents[baseline], old_data, emit, read_as)
        outputs[baseline] = BASELINE_HEADER + text
        if not exact:
            del baselines[baseline]  # checked below like any other file
    for path, text in outputs.items():
        if text == currents[path] or path in read_back:
            continue
        if path in baselines:
            # Machine-owned and read for its data only: every record dumped afresh was read back
            # (in _dump_reusing or in its fact file), so the whole file need not be parsed again.
            parsecache.remember_records(text, baselines[path], cache_dir)
        else:
            parsecache.located(text, str(path), cache_dir)  # never write a file we could not read back
    # Editors' files first, baselines last: a crash between the two can only leave an old
    # baseline beside a new file, which the next merge reads as "extractor changed it" (harmless),
    # never a new baseline beside an old file (which would look like an editor's change).
    ordered = sorted(outputs.items(), key=lambda item: item[0].parent.name == BASELINE_DIR)
    atomic_write_many(dict(ordered))
    return report


def _read_baseline(baseline_dir: Path, name: str, cache_dir: Path | None = None) -> tuple[str | None, list]:
    """The baseline's text (None when missing) and its parsed items, as written."""
    path = baseline_dir / f"{name}.yaml"
    if not path.exists():
        return None, []
    text = path.read_text(encoding="utf-8")
    data = parsecache.records(text, str(path), cache_dir)
    return text, data if isinstance(data, list) else []


def _records_with_ids(items: list) -> list[dict]:
    return [r for r in items if isinstance(r, dict) and isinstance(r.get("id"), str)]


def _read_as(text: str, data) -> dict[str, object]:
    """Each record block of `text` and the item it parsed as, given `data` parsed from `text`:
    the items of a top-level block sequence read the same alone as in their file."""
    _, blocks = split_blocks(text)
    if not isinstance(data, list) or len(blocks) != len(data):
        return {}
    return dict(zip(blocks, data, strict=True))


def _dump_reusing(records: list[dict], old_text: str | None, old: list,
                  emit: Callable[[dict], str] = emit_record,
                  read_as: dict[str, object] | None = None) -> tuple[str, bool]:
    """`dump_yaml(records)`, reusing the old file's text for every record whose data is unchanged.

    After one article of thousands changed, dumping every record again was the largest part of
    re-extraction. A dumped list is the concatenation of its dumped items, so the result is the
    same text a full dump gives. Records dumped afresh are parsed back, unless `read_as` shows the
    same block already read back (a new record is dumped alike into its fact file and into the
    baseline); the flag says whether they read back exactly as given (if not, the caller parses
    the whole file)."""
    if not records:
        return dump_yaml([]), False
    reusable: dict[str, tuple[dict, str]] = {}
    if old_text is not None:
        _, blocks = split_blocks(old_text)
        if len(blocks) == len(old):
            reusable = {r["id"]: (r, block) for r, block in zip(old, blocks, strict=True)
                        if isinstance(r, dict) and isinstance(r.get("id"), str) and block.endswith("\n")}
    pieces = []
    fresh: list[tuple[dict, str]] = []
    for record in records:
        old_record, block = reusable.get(record["id"], (None, ""))
        if old_record != record:
            block = emit(record)
            if read_as is None or block not in read_as or read_as[block] != record:
                fresh.append((record, block))
        pieces.append(block)
    try:  # the fresh records as one document: one parse, however many there are
        exact = not fresh or load_own("".join(b for _, b in fresh)) == [r for r, _ in fresh]
    except yaml.YAMLError:
        exact = False
    return "".join(pieces), exact


