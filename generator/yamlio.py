"""Reading and writing YAML safely, with positions, deterministically and atomically.

Editors type this YAML by hand, so loading must never run code (safe loader only), must resist
alias bombs and absurd nesting, and must remember where each value was written so `check` can
point at a line. Writing goes through a temporary file and `os.replace`, so a killed process
leaves the previous file intact.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BriefingError, problem

MAX_DEPTH = 32
MAX_NODES = 2_000_000


@dataclass
class Located:
    """Parsed YAML plus the 1-based (line, column) of every mapping key and sequence item."""

    data: Any
    positions: dict[tuple, tuple[int, int]] = field(default_factory=dict)

    def where(self, *path: Any) -> tuple[int, int]:
        """Position of the deepest known prefix of `path` (falls back towards the document)."""
        for end in range(len(path), -1, -1):
            pos = self.positions.get(tuple(path[:end]))
            if pos:
                return pos
        return (1, 1)


# libyaml's parser when PyYAML was built with it (the wheels are): the same events and marks,
# several times faster on large fact files.
_BaseLoader = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


class _NoDatesLoader(_BaseLoader):
    """Safe loader with YAML 1.2 habits: dates stay text, and only true/false are booleans.

    YAML 1.1 reads `no`, `on` and `yes` as booleans and `2025-05-19` as a date object, which
    surprises people typing names and ISO dates by hand.
    """


_NoDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers
          if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_NoDatesLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _guard_events(text: str, file: str) -> None:
    """Refuse aliases (the billion-laughs vector) and runaway nesting before building objects."""
    depth = 0
    nodes = 0
    for event in yaml.parse(text, Loader=_NoDatesLoader):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            raise BriefingError(problem(
                file, f"YAML alias '*{event.anchor}' is not allowed",
                "write the value out in full; anchors and aliases are disabled in fact files",
                line=mark.line + 1, column=mark.column + 1))
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise BriefingError(problem(
                    file, f"YAML nested deeper than {MAX_DEPTH} levels",
                    "fact files are flat lists of records; remove the extra nesting",
                    line=mark.line + 1, column=mark.column + 1))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        nodes += 1
        if nodes > MAX_NODES:
            raise BriefingError(problem(file, "YAML document is too large", "split it into smaller files"))


def _construct(node: yaml.Node, path: tuple, positions: dict, loader: yaml.SafeLoader) -> Any:
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                key = str(key)
            if key in out:
                raise BriefingError(problem(
                    "", f"key '{key}' appears twice in one record", "keep one of them",
                    line=key_node.start_mark.line + 1, column=key_node.start_mark.column + 1))
            out[key] = _construct(value_node, path + (key,), positions, loader)
            positions[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(child, path + (i,), positions, loader) for i, child in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def parse_yaml(text: str, file: str) -> Located:
    """Parse one YAML document; errors become `BriefingError` with the file's line and column."""
    try:
        _guard_events(text, file)
        loader = _NoDatesLoader(text)
        try:
            root = loader.get_single_node()
            if root is None:
                return Located(None, {(): (1, 1)})
            positions: dict = {}
            data = _construct(root, (), positions, loader)
        finally:
            loader.dispose()
    except BriefingError as err:
        raise BriefingError([p if p.file else problem(file, p.message, p.hint, line=p.line, column=p.column)
                             for p in err.problems]) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        if "nesting depth" in str(err.problem):
            # (PyYAML 6.0.4 and later stop runaway nesting themselves, sometimes before the events
            # above reach MAX_DEPTH: the same problem, told the same way)
            raise BriefingError(problem(
                file, f"YAML nested deeper than {MAX_DEPTH} levels",
                "fact files are flat lists of records; remove the extra nesting", line=line, column=col)) from None
        raise BriefingError(problem(
            file, f"malformed YAML: {err.problem or err.context}",
            "check indentation and quoting near this line (values containing ': ' or '#' need quotes)",
            line=line, column=col)) from None
    except yaml.YAMLError as err:
        raise BriefingError(problem(file, f"malformed YAML: {err}", "fix the YAML syntax")) from None
    return Located(data, positions)


def load_own(text: str) -> Any:
    """Data of YAML this program dumped itself, read as `parse_yaml` reads it but without the
    guards and positions that hand-edited files need (about twice as fast). Raises yaml.YAMLError."""
    return yaml.load(text, Loader=_NoDatesLoader)  # noqa: S506 - a safe loader


def read_yaml(path: Path, display: str | None = None, parse=None) -> Located:
    display = display or str(path)
    parse = parse or parse_yaml
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise BriefingError(problem(display, f"cannot read file: {err.strerror}", "check the path")) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BriefingError(problem(display, f"not UTF-8 (bad byte at offset {err.start})",
                                    "save the file as UTF-8")) from None
    return parse(text, display)


class _Dumper(yaml.CSafeDumper if getattr(yaml, "__with_libyaml__", False) else yaml.SafeDumper):
    """Block style, readable unicode, no aliases, multi-line strings as literal blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(data: Any) -> str:
    """Deterministic YAML text: insertion-ordered keys, no line wrapping, UTF-8 characters kept."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000,
                     default_flow_style=False, indent=2)


def atomic_write(path: Path, text: str, durable: bool = True) -> bool:
    """Write `text` to `path` via a temporary file in the same folder; return False if unchanged."""
    return bool(atomic_write_many({path: text}, durable))


def atomic_write_many(outputs: dict[Path, str], durable: bool = True) -> list[Path]:
    """Write several files so that a crash leaves each one either wholly old or wholly new.

    Every changed file is first written and fsynced beside its target; only then are the
    temporary files renamed over the targets, in the given order. A kill during the slow phase
    leaves every target untouched; the rename phase is a handful of syscalls. Returns the paths
    that changed.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in outputs.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            try:
                if path.read_bytes() == data:
                    continue
            except OSError:
                pass
            staged.append((_stage(path, data, durable), path))
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise
    return [path for _, path in staged]


def _stage(path: Path, data: bytes, durable: bool = True) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return tmp
