"""MkDocs glue: adds the generated pages as virtual files and watches the inputs under serve.

Thin on purpose: all rendering lives in `generator.render`, so the same pages can be written to
a folder (`python -m generator render --out DIR`) and built by any MkDocs-compatible builder.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import jinja2
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.errors import BriefingError


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled theme templates kept for the life of the process.

    MkDocs makes a new Jinja environment for every build, so under `mkdocs serve` each rebuild
    compiled Material's templates again (~0.4 s of a ~1 s rebuild). Jinja checks each entry
    against the template source, so an edited template is compiled afresh.
    """

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        data = self.store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self.store.clear()


_TEMPLATES = _MemoryBytecodeCache()


class BriefingConfig(base.Config):
    content_dir = c.Type(str, default="content")
    seeds_dir = c.Type(str, default="seeds")
    site_config_dir = c.Type(str, default="site_config")


class BriefingPlugin(BasePlugin[BriefingConfig]):
    pages: dict[str, str]

    def _root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        from generator.render.site import build_pages, site_nav

        root = self._root(config)
        try:
            self.pages = build_pages(root, root / self.config.content_dir, config.site_name or "Briefing")
        except BriefingError as err:
            raise PluginError("the briefing facts have problems:\n" + str(err)) from None
        if not config.nav:
            config.nav = site_nav(self.pages)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for path, markdown in sorted(self.pages.items()):
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, path, content=markdown))
        return files

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        env.bytecode_cache = _TEMPLATES
        return env

    def on_startup(self, *, command: str, dirty: bool) -> None:
        if command == "serve":
            _quiet_request_log()

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        root = self._root(config)
        for folder in (self.config.content_dir, self.config.seeds_dir, self.config.site_config_dir):
            if (root / folder).exists():
                server.watch(str(root / folder))
        return server


class _RequestLogAsInfo(logging.Filter):
    """MkDocs' preview server logs every request that is not a 200 ("GET /missing code 404", the
    302 from "/" to the site's path) as a warning, and in strict mode a warning logged while a
    rebuild runs aborts that rebuild: one mistyped URL at the wrong moment, and the preview stops
    updating until it is restarted (mkdocs/mkdocs#2557). Such a line is news about a request, not
    about the site: it is shown at INFO, where strict mode does not count it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and _REQUEST_LINE.search(record.getMessage()):
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


_REQUEST_LINE = re.compile(r'"[A-Z]+ \S+ HTTP/[\d.]+" code \d+$')


def _quiet_request_log() -> None:
    logger = logging.getLogger("mkdocs.livereload")
    if not any(isinstance(f, _RequestLogAsInfo) for f in logger.filters):
        logger.addFilter(_RequestLogAsInfo())
