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
from test_web import PASSWORD, _second_report, seed  # noqa: E402  (the same hand-written documents)

from chronicle import incidents  # noqa: E402
from chronicle.web import review  # noqa: E402

from chronicle.store import Store  # noqa: E402
from chronicle.web import create_app  # noqa: E402
from chronicle.web.auth import add_user  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    """A fresh store and live server per test: no test depends on another's
    changes or on the order tests run in."""
    import uvicorn

    store = Store.open(str(tmp_path / "desk.db"))
    ids = seed(store)
    ids["other"] = _second_report(store)
    incidents.group(store)
    add_user(store.engine, "ana", "analyst", PASSWORD)
    add_user(store.engine, "vic", "viewer", PASSWORD)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
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


def _page(browser, viewport=(1360, 900)):
    ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = ctx.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return page, errors


def test_analyst_searches_reads_edits_a_place_and_sees_the_audit_entry(server, browser, shots):
    base, ids, _store = server
    page, errors = _page(browser)
    _login(page, base, "ana")
    assert page.locator("h1").first.inner_text() == "5 events"
    page.screenshot(path=str(shots / "events.png"), full_page=True)

    page.fill("input[name=q]", "Hoeryong")
    page.click("#filters button[type=submit]")
    assert page.locator("h1").first.inner_text() == "4 events"

    page.goto(f"{base}/documents/{ids['doc']}")
    assert page.locator("a.span").count() == 3
    page.locator("a.span").nth(1).click()  # the script shows the event instead of leaving
    assert page.url.endswith(ids["doc"])
    assert page.locator(f"#card-{ids['threat']}.active").count() == 1
    page.screenshot(path=str(shots / "document.png"), full_page=True)

    page.goto(f"{base}/events/{ids['coerce']}")
    page.select_option("#edit-form select[name=type]", "THREATEN")
    page.fill("#place-search", "회령")  # Hangul: the gazetteer answers as one types
    page.locator("#place-choice option").nth(2).wait_for(state="attached")
    assert page.locator("#place-choice option:checked").inner_text().startswith("Hoeryong (회령")
    page.fill("#edit-form textarea[name=note]", "the call was a threat <b>bold</b>")
    page.screenshot(path=str(shots / "event-edit.png"), full_page=True)
    page.click("#save-edit")
    assert page.locator(".flash").inner_text() == "Saved."
    assert "the call was a threat <b>bold</b>" in page.locator(".history").inner_text()
    assert "Hoeryong, North Hamgyong" in page.locator("dl.fields").inner_text()
    page.screenshot(path=str(shots / "event.png"), full_page=True)

    page.click("button[value=accept]")
    assert "accepted" in page.locator(".flash").inner_text()

    page.goto(f"{base}/audit")
    assert "verifies" in page.locator("#chain-state").inner_text()
    text = page.locator("table.audit tbody").inner_text()
    assert "edit" in text and "accepted" in text
    page.screenshot(path=str(shots / "audit.png"), full_page=True)

    page.click("#logout")
    page.wait_for_url(f"{base}/login")
    page.goto(f"{base}/events")
    assert page.url.startswith(f"{base}/login")
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_map_and_timeline_draw_and_export(server, browser, shots):
    base, _ids, _store = server
    page, errors = _page(browser)
    _login(page, base, "ana")
    page.goto(f"{base}/map")
    assert page.locator("#map-svg svg circle").count() == 2  # Hoeryong (3 events) and Hyesan
    page.screenshot(path=str(shots / "map.png"), full_page=True)
    page.goto(f"{base}/timeline")
    with page.expect_download() as dl:
        page.click("button.png-export")
    png = Path(dl.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_split_by_clicking_a_word_then_merge(server, browser, shots):
    base, ids, store = server
    page, errors = _page(browser)
    _login(page, base, "ana")
    page.goto(f"{base}/events/{ids['threat']}")
    page.locator("#split-text label.w", has_text="that").first.click()
    assert "2: that the family would be sent away." in page.locator("#split-preview").inner_text()
    page.screenshot(path=str(shots / "split.png"), full_page=True)
    page.fill("#split-form input[name=note]", "the warning and the threat are two acts")
    page.click("#split-form button[type=submit]")
    assert page.locator(".flash").inner_text() == "Split into two events."
    doc = store.document(ids["doc"])["text"]
    live = [r for r in store.event_records(with_review=True)
            if r["document_id"] == ids["doc"] and r["review_state"] != "superseded"]
    texts = sorted(r["evidence"]["text"] for r in live)
    assert "They warned his wife, Ri Ok Sun," in texts and "that the family would be sent away." in texts
    assert all(doc[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"] for r in live)

    page.goto(f"{base}/events/{ids['visit']}")
    page.locator("form[action='/events/merge'] label.check", has_text="Mr. Pak").locator("input").check()
    page.fill("form[action='/events/merge'] input[name=note]", "the neighbour tells the same visit")
    page.click("form[action='/events/merge'] button[type=submit]")
    assert page.locator(".flash").inner_text() == "Merged."
    merged = page.locator("blockquote.context mark").inner_text()
    assert merged.startswith("Agents of the State Security Department") and merged.endswith("son in Seoul.")
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_split_by_selecting_the_second_part(server, browser):
    base, ids, store = server
    page, _errors = _page(browser)
    _login(page, base, "ana")
    page.goto(f"{base}/events/{ids['threat']}")
    # Select "the family would" with the mouse, as an analyst would.
    page.evaluate("""() => {
      const words = [...document.querySelectorAll('#split-text label.w span')];
      const a = words.find((w) => w.textContent.startsWith('the family'.split(' ')[0]) &&
                                  w.parentElement.nextElementSibling.textContent.startsWith('family'));
      const b = a.parentElement.nextElementSibling.nextElementSibling.querySelector('span');
      const r = document.createRange();
      r.setStart(a.firstChild, 0); r.setEnd(b.firstChild, b.textContent.length);
      const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
      document.getElementById('split-text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""")
    assert "2: the family would be sent away." in page.locator("#split-preview").inner_text()
    page.fill("#split-form input[name=note]", "cut by selection")
    page.click("#split-form button[type=submit]")
    assert page.locator(".flash").inner_text() == "Split into two events."
    texts = {r["evidence"]["text"] for r in store.event_records(with_review=True)
             if r["review_state"] == "pending" and r["document_id"] == ids["doc"]}
    assert "the family would be sent away." in texts


def test_incidents_page_split_out_and_merge_back(server, browser, shots):
    base, ids, store = server
    page, errors = _page(browser)
    _login(page, base, "ana")
    page.goto(f"{base}/incidents")
    page.screenshot(path=str(shots / "incidents.png"), full_page=True)
    page.locator("#incidents a", has_text="VISIT").first.click()
    assert page.locator("#members tbody tr").count() == 2
    assert "Other Outlet" in page.locator("#members").inner_text()
    page.screenshot(path=str(shots / "incident.png"), full_page=True)
    row = page.locator(f"#m-{ids['other']}")
    row.locator("input[name=note]").fill("a different visit")
    row.locator("button").click()
    assert "Split out" in page.locator(".flash").inner_text()
    # now on the split-out event's incident, without the visit it was grouped with
    assert page.locator(f"#m-{ids['other']}").count() == 1 and page.locator(f"#m-{ids['visit']}").count() == 0
    visit_incident = {r["event_id"]: r["incident_id"] for r in store.event_records()}[ids["visit"]]
    card = page.locator(".event-card", has=page.locator(f"input[name=other][value='{visit_incident}']"))
    card.locator("input[name=note]").fill("the same visit after all")
    card.locator("button").click()
    assert page.locator(".flash").inner_text() == "Merged the two incidents."
    assert page.locator(f"#m-{ids['other']}").count() == 1 and page.locator(f"#m-{ids['visit']}").count() == 1
    incidents.group(store, rebuild=True)  # decisions stick when grouping runs again
    inc = {r["event_id"]: r["incident_id"] for r in store.event_records()}
    assert inc[ids["other"]] == inc[ids["visit"]]
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_viewer_cannot_edit(server, browser):
    base, ids, store = server
    page, _errors = _page(browser)
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
    assert dict(store.count_events(by="review_state")).get("pending", 0) == 5


def test_public_view_shows_accepted_events_without_victim_names(server, browser, shots):
    base, ids, store = server
    review.set_state(store.engine, ids["coerce"], "accepted", actor="ana")
    page, _errors = _page(browser, (1360, 800))
    page.goto(f"{base}/public")
    body = page.locator("main").inner_text()
    assert "1 accepted events" in body
    for name in ("Kim Kwang Ho", "Ri Ok Sun", "Mr. Pak"):
        assert name not in body
    assert "arrested a trader" not in body and "visited the home" not in body
    page.screenshot(path=str(shots / "public.png"), full_page=True)
