"""A reader in headless Chromium: footnote click lands on the highlighted passage; screenshots."""

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def server(extracted_project):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("Debian's chromium is not installed")
    site = extracted_project / "browser-site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=extracted_project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_home_loads_without_console_errors_and_only_local_requests(server, browser):
    page = browser.new_page()
    errors, hosts = [], set()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    page.goto(server + "/")
    page.wait_for_load_state("networkidle")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    assert errors == []
    assert hosts == {server.split("/")[2]}


def test_footnote_click_lands_on_highlighted_passage(server, browser):
    page = browser.new_page()
    page.goto(server + "/topics/ceasefire/")
    page.screenshot(path=str(ARTIFACTS / "topic-ceasefire.png"))
    link = page.locator(".footnote a[href*='sources/']").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_load_state("load")
    anchor = href.split("#", 1)[1]
    target = page.locator(f"[id='{anchor}']")
    assert target.is_visible()
    background = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=str(ARTIFACTS / "source-passage.png"))


def test_search_finds_vatican(server, browser):
    page = browser.new_page()
    page.goto(server + "/")
    page.locator(".md-search__input").click()
    page.keyboard.type("Vatican")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert page.locator(".md-search-result__item").count() > 0


def test_colour_toggle_switches_to_dark_and_back(server, browser):
    page = browser.new_page(color_scheme="light")
    page.goto(server + "/")
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    light = body.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    dark = body.evaluate("e => getComputedStyle(e).backgroundColor")
    assert dark != light
    page.screenshot(path=str(ARTIFACTS / "home-dark.png"))
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")


def test_actor_page_lists_positions_with_footnotes(server, browser):
    page = browser.new_page()
    page.goto(server + "/actors/")
    first = page.locator("article table a[href]").first
    # The actor with the most facts makes the most telling screenshot: pick by the table counts.
    rows = page.locator("article table tbody tr")
    best, best_count = None, -1
    for n in range(rows.count()):
        cells = rows.nth(n).locator("td")
        count = sum(int(cells.nth(k).inner_text() or 0) for k in (3, 4, 5))
        if count > best_count:
            best, best_count = rows.nth(n).locator("a").first.get_attribute("href"), count
    assert best and first
    page.goto(server + "/actors/" + best)
    assert page.locator("article h2").count() >= 1
    assert page.locator("article .footnote-ref").count() >= 1
    # The profile table is label/value pairs: no blank header band above "Kind"
    profile = page.locator("article table").first
    assert profile.locator("td").first.inner_text().strip() == "Kind"
    assert not profile.locator("thead").is_visible()
    page.screenshot(path=str(ARTIFACTS / "actor.png"), full_page=True)


def test_topic_tags_lead_to_the_tag_index(server, browser):
    page = browser.new_page()
    page.goto(server + "/topics/sanctions/")
    tag = page.locator(".md-tag").first
    assert tag.inner_text().strip() == "Sanctions"
    tag.click()
    page.wait_for_load_state("load")
    assert "/tags/" in page.url
    assert page.locator("article a[href*='topics/sanctions']").count() >= 1
