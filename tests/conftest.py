"""Shared fixtures: the real seeds and config, and throwaway project copies for end-to-end runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import load_config

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def config():
    return load_config(ROOT)


def make_project(dest: Path, seeds: bool = True) -> Path:
    for name in ("site_config", "mkdocs.yml"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy(src, dest / name)
    if seeds:
        shutil.copytree(ROOT / "seeds", dest / "seeds")
    (dest / "content").mkdir(exist_ok=True)
    return dest


def run_cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=project, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


@pytest.fixture(scope="session")
def extracted_project(tmp_path_factory) -> Path:
    """A project copy extracted once per session (read-only for tests that use it)."""
    project = make_project(tmp_path_factory.mktemp("extracted"))
    result = run_cli(project, "extract", "--quiet")
    assert result.returncode == 0, result.stderr
    return project
