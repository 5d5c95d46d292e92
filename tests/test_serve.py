"""Live preview as an editor uses it: `mkdocs serve` on loopback, edit a YAML fact, see the served page change."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def served(extracted_project, tmp_path):
    project = tmp_path / "served"
    shutil.copytree(extracted_project, project, ignore=shutil.ignore_patterns("site"))
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/briefing/"
    try:
        if not _wait_for(lambda: _get(base) is not None, 60):
            server.kill()
            pytest.fail("mkdocs serve did not answer:\n" + server.communicate()[0])
        yield project, base, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def test_editing_a_fact_shows_in_the_served_page(served):
    project, base, server = served
    demands = project / "content" / "demands.yaml"
    text = demands.read_text(encoding="utf-8")
    first_summary = next(line for line in text.splitlines() if line.strip().startswith("summary:"))
    marker = "Edited live by the serve test"
    demands.write_text(text.replace(first_summary, f"  summary: {marker}", 1), encoding="utf-8")

    started = time.monotonic()
    assert _wait_for(lambda: marker in (_get(base + "demands/") or ""), 30), "edit never reached the served page"
    elapsed = time.monotonic() - started
    assert server.poll() is None, "the server stopped after the edit"
    print(f"edit visible after {elapsed:.2f} s")


def test_a_broken_edit_keeps_serving_and_recovers(served):
    """A typo in a YAML file must not kill the preview; fixing it brings the page back."""
    project, base, server = served
    demands = project / "content" / "demands.yaml"
    good = demands.read_text(encoding="utf-8")
    demands.write_text(good + "\n- id: [unclosed\n", encoding="utf-8")
    time.sleep(3)
    assert server.poll() is None, "a malformed YAML edit stopped mkdocs serve"

    marker = "Fixed after a typo"
    first_summary = next(line for line in good.splitlines() if line.strip().startswith("summary:"))
    demands.write_text(good.replace(first_summary, f"  summary: {marker}", 1), encoding="utf-8")
    assert _wait_for(lambda: marker in (_get(base + "demands/") or ""), 30), "the preview did not recover"


def test_a_request_outside_the_site_during_a_rebuild_does_not_stop_the_preview(served):
    """The site is served under /briefing/; a browser asks the server's root for /favicon.ico, and
    an editor may open the root itself (a redirect). MkDocs answers those even while it rebuilds,
    logs them as warnings, and in strict mode counted them against the rebuild: the preview stopped
    updating until it was restarted."""
    import threading

    project, base, server = served
    root = base[:-len("briefing/")]
    stop = threading.Event()

    def ask_for_a_missing_page():
        while not stop.is_set():
            _get(root + "favicon.ico")
            _get(root)
            time.sleep(0.02)

    asking = threading.Thread(target=ask_for_a_missing_page, daemon=True)
    asking.start()
    try:
        demands = project / "content" / "demands.yaml"
        text = demands.read_text(encoding="utf-8")
        first_summary = next(line for line in text.splitlines() if line.strip().startswith("summary:"))
        marker = "Edited while a missing page was asked for"
        demands.write_text(text.replace(first_summary, f"  summary: {marker}", 1), encoding="utf-8")
        assert _wait_for(lambda: marker in (_get(base + "demands/") or ""), 30), \
            "a 404 during the rebuild stopped the preview"
    finally:
        stop.set()
        asking.join(timeout=5)
