"""Browser tests: headless Debian chromium driven by Playwright over a live server on 127.0.0.1.

Every page is loaded on the store built from examples/ (plus the hand-annotated fixture records); no request
may leave the server's origin, no console error (a CSP violation is one) may occur, and hostile markup in a
stored or analysed article must execute nothing. Screenshots go to artifacts/screenshots/.
Skipped with a reason when chromium or the playwright package is missing (scripts/ci_web_deps.sh installs them).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.web.records import ANNOTATED_TEXT, annotated_record, hostile_record

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
FIXTURE_ID = annotated_record().document.id
HOSTILE_ID = hostile_record().document.id
TIMEOUT_MS = 60_000  # generous: CI machines are small and shared

pytest.importorskip("fastapi", reason="the web dependencies (fastapi, uvicorn, jinja2, python-multipart) are not "
                    "installed")
pytest.importorskip("uvicorn", reason="the browser tests serve the app with uvicorn")
if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
    pytest.skip(f"browser tests need chromium at {CHROMIUM} (run scripts/ci_web_deps.sh as root, or set "
                "EVENTWIRE_CHROMIUM)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright Python package")
expect = sync_api.expect


@pytest.fixture(scope="module")
def live_server(store_path, full_pipeline):
    import uvicorn

    from eventwire.web.server import LOOPBACK_HOSTS, create_app

    app = create_app(store_path, max_upload_bytes=200_000, pipeline=full_pipeline, allowed_hosts=LOOPBACK_HOSTS)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the live server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    app.state.store.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        except Exception as exc:  # noqa: BLE001 - a broken browser install is a skip, not a failure of the UI
            pytest.skip(f"chromium at {CHROMIUM} does not start under Playwright: {exc}")
        yield browser
        browser.close()


class Watch:
    """Console errors, page errors, dialogs and requests to other origins seen by one page."""

    def __init__(self, page, origin: str) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            url = r.request.url
            if url.startswith(origin) or url.startswith("data:"):
                r.continue_()
            else:
                self.foreign.append(url)
                r.abort()

        page.route("**/*", route)

    def check(self, *, allow: tuple[str, ...] = ()) -> None:
        errors = [e for e in self.errors if not any(a in e for a in allow)]
        assert not errors, errors
        assert not self.dialogs, self.dialogs
        assert not self.foreign, self.foreign


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.watch = Watch(page, live_server)
    yield page
    context.close()


def open_page(page, path: str) -> None:
    response = page.goto(path)
    assert response is not None and response.ok, (path, response and response.status)
    page.wait_for_selector("body[data-ready='true']")


def shot(page, name: str, *, full_page: bool = False) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    assert path.stat().st_size > 1000
    return path


def no_horizontal_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


# -- pages -------------------------------------------------------------------------------------------------------


def test_overview(page):
    open_page(page, "/")
    assert page.locator("#counts .count").count() == 6
    assert page.locator("#timeline-chart rect.bar").count() >= 1
    assert page.locator("#timeline-legend li").count() >= 4
    assert page.locator("#top-actors tbody tr").count() >= 5
    assert page.locator("#top-places tbody tr").count() >= 3
    assert page.locator("#recent-documents a[href^='/article/']").count() >= 5
    assert page.locator("#status").inner_text() == ""
    shot(page, "overview", full_page=True)
    page.watch.check()


def test_documents_page(page):
    open_page(page, "/documents")
    links = page.locator("#documents a[href^='/article/']")
    assert links.count() >= 8
    assert page.locator("#next-page").is_disabled()
    page.watch.check()


def test_map_shows_markers_and_filters(page):
    open_page(page, "/map")
    assert page.locator("#map svg path.country").count() > 100  # the offline basemap
    markers = page.locator("#map circle.marker")
    assert markers.count() >= 3
    assert page.locator("#map circle.marker.rel-conflict").count() >= 1
    assert page.locator("#map circle.marker.rel-cooperation").count() >= 1
    assert page.locator("#map-table tbody tr").count() >= 5
    marker = page.locator("#map circle.marker[aria-label^='Muscat:']")
    marker.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#map-details h3")
    assert "Muscat" in page.locator("#map-details").inner_text()
    shot(page, "map")
    page.select_option("#f-type", "AGREE")
    page.fill("#f-actor", "Yemeni government")
    page.click("#filters button[type=submit]")
    expect(page.locator("#map circle.marker")).to_have_count(1)
    assert "type=AGREE" in page.url
    page.fill("#f-since", "2030")
    page.fill("#f-actor", "")
    page.select_option("#f-type", "")
    page.click("#filters button[type=submit]")
    expect(page.locator("#map circle.marker")).to_have_count(0)
    page.click("[data-zoom=world]")
    page.watch.check()


def test_network_shows_nodes_and_edges(page):
    open_page(page, "/network")
    assert page.locator("#network g.node").count() >= 4
    assert page.locator("#network line.edge.rel-conflict").count() >= 1
    assert page.locator("#network line.edge.rel-cooperation").count() >= 1
    node = page.locator("#network g.node[data-id='Rebel fighters']")
    node.click()
    details = page.locator("#network-details")
    assert "Rebel fighters" in details.inner_text() and "Yemeni army" in details.inner_text()
    assert page.locator("#network g.node.dim").count() >= 1
    shot(page, "network")
    page.watch.check()


def test_article_view_highlights_every_layer(page):
    open_page(page, f"/article/{FIXTURE_ID}")
    text = page.locator("#article-text")
    assert text.evaluate("el => el.textContent") == ANNOTATED_TEXT  # the text, whole and unaltered
    quotes = page.locator("#article-text .hl-quote")
    assert quotes.count() >= 1
    assert "We will never surrender the city" in "".join(quotes.all_inner_texts())
    events = page.locator("#article-text .hl-event")
    assert {e.get_attribute("data-event") for e in events.all()} >= {"E1", "E2", "E3", "E4"}
    for cls in ("hl-actor", "hl-place", "hl-time", "hl-technique", "hl-cue", "voice-quoted"):
        assert page.locator(f"#article-text .{cls}").count() >= 1, cls
    shot(page, "article")
    trigger = page.locator("#article-text .hl-event[data-event='E1']").first
    assert trigger.inner_text() == "shelled"
    assert trigger.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    quote_style = quotes.first.evaluate("el => getComputedStyle(el).fontStyle")
    assert quote_style == "italic"
    # hover details
    trigger.hover()
    assert "Event E1: ASSAULT" in page.locator("#ann-details").inner_text()
    # event list with status and source badges, and a map position per event
    items = page.locator("#event-list .event-item")
    assert items.count() == 4
    first = items.first.inner_text()
    assert "asserted" in first and "source: Saudi-led coalition" in first and "15.46" in first
    assert "uncertain" in items.nth(2).inner_text() and "negated" in items.nth(3).inner_text()
    assert page.locator("#article-map circle.marker").count() == 3
    items.first.locator("button.map-jump").click()
    assert page.locator("#article-map circle.marker.selected").count() == 1
    items.nth(1).locator("button.event-jump").click()
    assert page.locator("#article-text .seg.active[data-event='E2']").count() == 1
    # a javascript: URL in the record is not made a link
    assert page.locator(".article-header a").count() == 0
    # toggles
    page.uncheck("#toggle-event")
    assert trigger.evaluate("el => getComputedStyle(el).outlineStyle") == "none"
    page.uncheck("#toggle-quote")
    assert quotes.first.evaluate("el => getComputedStyle(el).fontStyle") == "normal"
    page.check("#toggle-event")
    assert trigger.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    page.watch.check()


def test_article_view_of_pipeline_records(page, example_records):
    for record in example_records:
        open_page(page, f"/article/{record.document.id}")
        assert page.locator("#article-text").evaluate("el => el.textContent") == record.document.text
        assert page.locator("#article-text .hl-actor").count() >= (1 if record.actors else 0)
        assert page.locator("#event-list .event-item").count() == len(record.events or [])
        if record.quotes:
            assert page.locator("#article-text .hl-quote").count() >= 1
        if record.events:
            assert page.locator("#article-text .hl-event").count() >= 1
    page.watch.check()


def test_phone_width_is_readable(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_server, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch = Watch(page, live_server)
    for path, name in (("/", "overview-phone"), (f"/article/{FIXTURE_ID}", "article-phone"), ("/map", "map-phone"),
                       ("/network", None), ("/analyse", None)):
        open_page(page, path)
        assert no_horizontal_overflow(page), path
        if name:
            shot(page, name)
    watch.check()
    context.close()


def test_keyboard_focus_is_visible(page):
    open_page(page, "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.watch.check()


def test_missing_article_page(page):
    response = page.goto("/article/sha256:00000000")
    assert response.status == 404
    assert "Not found" in page.locator("h1").inner_text()


# -- hostile markup executes nothing ---------------------------------------------------------------------------

HOSTILE = ('Police said <script>window.__pwned = "script"</script> was found next to '
           '<img src=x onerror="window.__pwned = \'img\'"> and <svg onload="window.__pwned = \'svg\'"></svg> '
           'in Aden on Monday. <iframe src="javascript:window.__pwned=\'iframe\'"></iframe> '
           '"<b onmouseover=window.__pwned=1>We deny it</b>," the ministry said.')


def assert_inert(page) -> None:
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    injected = page.evaluate(
        "Array.from(document.querySelectorAll('#article-view *')).filter(el => "
        "['SCRIPT', 'IMG', 'IFRAME', 'B'].includes(el.tagName) || el.tagName.toLowerCase() === 'svg' && "
        "!el.classList.contains('worldmap') || Array.from(el.attributes).some(a => a.name.startsWith('on'))).length")
    assert injected == 0


def test_stored_hostile_article_is_text(page):
    open_page(page, f"/article/{HOSTILE_ID}")
    assert page.locator("#article-title").inner_text().startswith("<img src=x onerror=")
    assert page.locator("#article-text").evaluate("el => el.textContent") == hostile_record().document.text
    page.locator("#article-text .hl-quote").first.hover()
    assert_inert(page)
    page.watch.check()


def test_analyse_pasted_markup_executes_nothing(page):
    open_page(page, "/analyse")
    page.fill("#a-text", HOSTILE)
    page.fill("#a-title", "<img src=x onerror=\"window.__pwned='title'\">")
    page.click("#analyse-submit")
    page.wait_for_selector("#article-text", timeout=TIMEOUT_MS * 3)
    assert page.locator("#article-text").evaluate("el => el.textContent") == HOSTILE
    assert page.locator("#article-title").inner_text() == "<img src=x onerror=\"window.__pwned='title'\">"
    page.locator("#article-text").hover()
    assert "Analysed" in page.locator("#status").inner_text()
    assert_inert(page)
    shot(page, "analyse")
    page.watch.check()


def test_analyse_html_and_upload_execute_nothing(page, tmp_path):
    open_page(page, "/analyse")
    html = (f"<html><body><article><h1>Raid</h1><p>{HOSTILE}</p><p>Officials in Aden said more.</p></article>"
            "</body></html>")
    page.fill("#a-text", html)
    page.check("input[name=format][value=html]")
    page.click("#analyse-submit")
    page.wait_for_selector("#article-text", timeout=TIMEOUT_MS * 3)
    assert "Officials in Aden" in page.locator("#article-text").inner_text()
    assert_inert(page)
    upload = tmp_path / "hostile.html"
    upload.write_text(html, encoding="utf-8")
    page.fill("#a-text", "")
    page.set_input_files("#a-file", str(upload))
    page.click("#analyse-submit")
    expect(page.locator("#status")).to_have_text(re.compile("^Analysed"), timeout=TIMEOUT_MS * 3)
    assert_inert(page)
    page.watch.check()


def test_analyse_errors_are_shown(page):
    open_page(page, "/analyse")
    page.click("#analyse-submit")
    assert "Paste an article" in page.locator("#status").inner_text()
    page.fill("#a-text", "x " * 150_000)  # over the 200 kB limit of this server
    page.click("#analyse-submit")
    expect(page.locator("#status")).to_have_text(re.compile("^Analysis failed"))
    assert "limit" in page.locator("#status").inner_text()
    page.watch.check(allow=("413",))
