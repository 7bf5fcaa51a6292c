"""End-to-end: Debian's Chromium, driven by Playwright, against a live review
desk on 127.0.0.1. Skips when Chromium or the playwright package is absent
(never downloads a browser). Screenshots of each main page go to
$CHRONICLE_SCREENSHOTS (or the test's tmp folder)."""
from __future__ import annotations

import os
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_web import PASSWORD, seed  # noqa: E402  (the same hand-written documents)

from chronicle.store import Store  # noqa: E402
from chronicle.web import create_app  # noqa: E402
from chronicle.web.auth import add_user  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    db = tmp_path_factory.mktemp("desk") / "desk.db"
    store = Store.open(str(db))
    ids = seed(store)
    add_user(store.engine, "ana", "analyst", PASSWORD)
    add_user(store.engine, "vic", "viewer", PASSWORD)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids, store
    srv.should_exit = True
    thread.join(timeout=5)
    store.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("CHRONICLE_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _login(page, base: str, name: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/events")


def test_analyst_searches_reads_edits_and_sees_the_audit_entry(server, browser, shots):
    base, ids, _store = server
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _login(page, base, "ana")
    assert page.locator("h1").first.inner_text() == "4 events"
    page.screenshot(path=str(shots / "events.png"), full_page=True)

    page.fill("input[name=q]", "Hoeryong")
    page.click("#filters button[type=submit]")
    assert page.locator("h1").first.inner_text() == "3 events"

    page.goto(f"{base}/documents/{ids['doc']}")
    assert page.locator("a.span").count() == 3
    page.locator("a.span").nth(1).click()  # the script shows the event instead of leaving
    assert page.url.endswith(ids["doc"])
    assert page.locator(f"#card-{ids['threat']}.active").count() == 1
    page.screenshot(path=str(shots / "document.png"), full_page=True)

    page.goto(f"{base}/events/{ids['coerce']}")
    page.select_option("#edit-form select[name=type]", "THREATEN")
    page.select_option("#edit-form select[name=admin1]", "North Hamgyong")
    page.fill("#edit-form textarea[name=note]", "the call was a threat <b>bold</b>")
    page.click("#edit-form button[type=submit]")
    assert page.locator(".flash").inner_text() == "Saved."
    assert "the call was a threat <b>bold</b>" in page.locator(".history").inner_text()
    page.screenshot(path=str(shots / "event.png"), full_page=True)

    page.click("button[value=accept]")
    assert "accepted" in page.locator(".flash").inner_text()

    page.goto(f"{base}/audit")
    assert "verifies" in page.locator("#chain-state").inner_text()
    rows = page.locator("table.audit tbody tr")
    assert rows.count() == 2 and "edit" in rows.nth(1).inner_text()
    page.screenshot(path=str(shots / "audit.png"), full_page=True)

    page.goto(f"{base}/map")
    assert page.locator("#map-svg svg circle").count() == 3  # Hoeryong, Hyesan, the edited province
    page.screenshot(path=str(shots / "map.png"), full_page=True)
    page.goto(f"{base}/timeline")
    with page.expect_download() as dl:
        page.click("button.png-export")
    png = Path(dl.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)

    page.click("#logout")
    page.wait_for_url(f"{base}/login")
    page.goto(f"{base}/events")
    assert page.url.startswith(f"{base}/login")
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_viewer_cannot_edit(server, browser):
    base, ids, store = server
    page = browser.new_page()
    _login(page, base, "vic")
    page.goto(f"{base}/events/{ids['visit']}")
    assert page.locator("#edit-form").count() == 0 and page.locator("button[value=accept]").count() == 0
    # Even a hand-made request with the right CSRF token is refused.
    token = page.evaluate("document.querySelector('input[name=csrf]').value")
    status = page.evaluate(
        "async ([url, t]) => (await fetch(url, {method: 'POST', headers: {'X-CSRF-Token': t},"
        " body: new URLSearchParams({action: 'accept'})})).status",
        [f"{base}/events/{ids['visit']}/review", token])
    assert status == 403
    assert dict(store.count_events(by="review_state")).get("pending", 0) >= 3


def test_public_view_shows_accepted_events_without_victim_names(server, browser, shots):
    base, ids, _store = server
    page = browser.new_page(viewport={"width": 1360, "height": 800})
    page.goto(f"{base}/public")
    body = page.locator("main").inner_text()
    assert "1 accepted events" in body  # only the event accepted in the first test
    for name in ("Kim Kwang Ho", "Ri Ok Sun", "Mr. Pak"):
        assert name not in body
    assert "arrested a trader" not in body and "visited the home" not in body
    page.screenshot(path=str(shots / "public.png"), full_page=True)
