"""The review desk through FastAPI's TestClient: roles on every route, CSRF on
every form, security headers, inert XSS, review + audit chain, redacted
public view. Documents here are written for these tests."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from chronicle import audit
from chronicle.records import (Analysis, Document, Event, Evidence, Extractor, Location, Perpetrator,
                               Source, Target, TimeSpan)
from chronicle.store import Store
from chronicle.web import create_app
from chronicle.web.auth import add_user
from conftest import alembic

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
PASSWORD = "correct horse battery"

DOC_EN = ("Agents of the State Security Department visited the home of Kim Kwang Ho in Hoeryong "
          "last March. They warned his wife, Ri Ok Sun, that the family would be sent away. "
          "Mr. Pak, a neighbour, said the agents forced the family to call their son in Seoul.")
DOC_XSS = f"A report {XSS} says the police arrested a trader in Hyesan in May 2015."


def _event(doc: Document, phrase: str, type_: str, *, actor=None, admin1=None, lat=None, lon=None,
           start=None, end=None, target=None) -> Event:
    a = doc.text.index(phrase)
    ev = Event(document_id=doc.document_id, type=type_,
               evidence=Evidence(phrase, a, a + len(phrase)),
               extractor=Extractor("test", "0", "fixture"))
    if actor:
        ev.perpetrator = Perpetrator(text=None, actor=actor, name=None)
    if target:
        ev.target = Target(text=None, category=target)
    if admin1:
        ev.location = Location(text=admin1, name=admin1, admin1=admin1, country="KP", lat=lat, lon=lon,
                               precision="admin1")
    if start:
        ev.time = TimeSpan(text=None, start=start, end=end or start, precision="month")
    return ev


def seed(store: Store) -> dict[str, str]:
    """Two documents, four events; returns ids by name."""
    en = Document(raw=DOC_EN.encode(), text=DOC_EN, origin="test:en", media_type="text/plain",
                  source=Source(url="https://example.org/a", outlet="Test Outlet",
                                title="Families of Kim Kwang Ho pressed", published="2015-04-01",
                                language="en"))
    evs = [
        _event(en, "Agents of the State Security Department visited the home of Kim Kwang Ho in Hoeryong "
               "last March.", "VISIT", actor="KP.MSS", admin1="North Hamgyong", lat=42.45, lon=129.75,
               start="2015-03-01", end="2015-03-31", target="defector_family"),
        _event(en, "They warned his wife, Ri Ok Sun, that the family would be sent away.", "THREATEN",
               actor="KP.MSS", admin1="North Hamgyong", lat=42.45, lon=129.75, start="2015-03-01",
               target="defector_family"),
        _event(en, "Mr. Pak, a neighbour, said the agents forced the family to call their son in Seoul.",
               "COERCE", actor="KP.MSS", target="defector_family"),
    ]
    store.save(Analysis(en, evs))
    title_xss = f"Title {XSS}"
    x = Document(raw=DOC_XSS.encode(), text=DOC_XSS, origin="test:xss", media_type="text/plain",
                 source=Source(url="javascript:alert(1)", outlet=f"Outlet {XSS}", title=title_xss,
                               published="2015-06-01", language="en"))
    xev = _event(x, "the police arrested a trader in Hyesan in May 2015", "DETAIN", actor="KP.MSoS",
                 admin1="Ryanggang", lat=41.4, lon=128.18, start="2015-05-01", end="2015-05-31")
    store.save(Analysis(x, [xev]))
    return {"visit": evs[0].event_id, "threat": evs[1].event_id, "coerce": evs[2].event_id,
            "detain": xev.event_id, "doc": en.document_id, "xss_doc": x.document_id}


@pytest.fixture()
def desk(tmp_path):
    store = Store.open(str(tmp_path / "web.db"))
    ids = seed(store)
    for name, role in (("ada", "admin"), ("ana", "analyst"), ("vic", "viewer")):
        add_user(store.engine, name, role, PASSWORD)
    app = create_app(store)
    yield app, store, ids
    store.close()


def review_entries(store: Store) -> list[dict]:
    """Audit entries of review actions (the store also logs each document's arrival)."""
    return [e for e in audit.entries(store.engine) if e["action"] not in ("ingest", "import")]


def client(app) -> TestClient:
    return TestClient(app, base_url="https://testserver", follow_redirects=False)


def csrf_of(c: TestClient, path: str = "/login") -> str:
    html = c.get(path).text
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def login(app, name: str) -> tuple[TestClient, str]:
    c = client(app)
    r = c.post("/login", data={"name": name, "password": PASSWORD, "csrf": csrf_of(c), "next": "/events"})
    assert r.status_code == 303, r.text
    return c, csrf_of(c, "/events")


# -- authentication, sessions, CSRF, headers ---------------------------------

def test_login_wrong_password_and_rate_limit(desk):
    app, _, _ = desk
    c = client(app)
    token = csrf_of(c)
    codes = [c.post("/login", data={"name": "ana", "password": "nope", "csrf": token}).status_code
             for _ in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    # Blocked even with the right password until the window passes.
    assert c.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": token}).status_code == 429


def test_session_cookie_is_secure_httponly_strict(desk):
    app, _, _ = desk
    c = client(app)
    r = c.get("/login")
    cookie = r.headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_security_headers_on_pages(desk):
    app, _, _ = desk
    c, _ = login(app, "vic")
    for path in ("/events", "/public", "/login"):
        h = c.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "unsafe-inline" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


class _Tags(HTMLParser):
    """Every start tag with its attributes, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_pages_have_no_inline_script_or_style(desk):
    app, _, ids = desk
    c, _ = login(app, "ada")
    for path in ("/events", f"/documents/{ids['doc']}", f"/documents/{ids['xss_doc']}",
                 f"/events/{ids['visit']}", "/map", "/timeline", "/audit", "/admin/users", "/public"):
        parser = _Tags()
        parser.feed(c.get(path).text)
        for tag, attrs in parser.tags:
            assert tag != "style", path
            assert tag != "script" or attrs.get("src", "").startswith("/static/"), path
            assert not [a for a in attrs if a.startswith("on") or a == "style"], (path, tag, attrs)
            assert not (attrs.get("href") or "").startswith("javascript:"), (path, tag, attrs)
        assert ("img", {"src": "x", "onerror": "alert(1)"}) not in parser.tags


def test_posts_without_csrf_fail(desk):
    app, store, ids = desk
    c, token = login(app, "ana")
    r = c.post(f"/events/{ids['visit']}/review", data={"action": "accept"})
    assert r.status_code == 403
    r = c.post(f"/events/{ids['visit']}/review", data={"action": "accept", "csrf": "forged"})
    assert r.status_code == 403
    assert store.count_events(by="review_state") == [("pending", 4)]
    # Login itself needs the token (login CSRF).
    assert client(app).post("/login", data={"name": "ana", "password": PASSWORD}).status_code == 403
    # With the token it works.
    r = c.post(f"/events/{ids['visit']}/review", data={"action": "accept", "csrf": token})
    assert r.status_code == 303


def _fill(path: str, ids) -> str:
    return (path.replace("{event_id}", ids["visit"]).replace("{document_id}", ids["doc"]))


def test_every_route_checks_its_role(desk):
    app, _, ids = desk
    from chronicle.web.app import PUBLIC_ROUTES

    anon = client(app)
    viewer, vtoken = login(app, "vic")
    analyst, atoken = login(app, "ana")
    routes = [r for r in app.routes if isinstance(r, APIRoute)]
    assert len(routes) > 15
    for route in routes:
        if route.path in PUBLIC_ROUTES:
            continue
        roles = [getattr(d.call, "required_role", None) for d in route.dependant.dependencies]
        assert any(roles), f"{route.path} declares no role"
        role = next(r for r in roles if r)
        path = _fill(route.path, ids)
        for method in route.methods:
            if method == "HEAD":
                continue
            data = {"csrf": "x"}
            r = anon.request(method, path, data=data if method == "POST" else None)
            assert r.status_code in (303, 401, 403), (method, path, r.status_code)
            if method == "GET":
                assert r.headers["location"].startswith("/login")
            if role in ("analyst", "admin"):
                r = viewer.request(method, path, data={"csrf": vtoken} if method == "POST" else None)
                assert r.status_code == 403, (method, path, r.status_code)
            if role == "admin":
                r = analyst.request(method, path, data={"csrf": atoken} if method == "POST" else None)
                assert r.status_code == 403, (method, path, r.status_code)


def test_viewer_reads_but_cannot_edit(desk):
    app, store, ids = desk
    c, token = login(app, "vic")
    page = c.get(f"/events/{ids['visit']}").text
    assert "Save edit" not in page and "Accept" not in page
    r = c.post(f"/events/{ids['visit']}/edit", data={"csrf": token, "type": "DETAIN", "note": "x"})
    assert r.status_code == 403
    assert review_entries(store) == []


# -- browsing ------------------------------------------------------------------

def test_event_list_filters_search_and_facets(desk):
    app, _, ids = desk
    c, _ = login(app, "vic")
    html = c.get("/events").text
    assert "4 events" in html
    html = c.get("/events", params={"type": "THREATEN"}).text
    assert "1 events" in html and ids["threat"] in html and ids["visit"] not in html
    html = c.get("/events", params={"q": "arrested trader"}).text
    assert "1 events" in html and ids["detain"] in html
    # Document full text: "Hoeryong" is in one evidence span but the document holds three events.
    html = c.get("/events", params={"q": "Hoeryong"}).text
    assert "3 events" in html
    html = c.get("/events", params={"admin1": "Ryanggang"}).text
    assert "1 events" in html
    html = c.get("/events", params={"outlet": "Test Outlet", "since": "2015-02-01", "until": "2015-12-31"}).text
    assert "2 events" in html  # VISIT and THREATEN are dated March 2015; COERCE has no time
    assert c.get("/events", params={"q": '"unbalanced AND OR NEAR('}).status_code == 200


def test_document_view_highlights_every_span_and_shows_sha256(desk):
    app, store, ids = desk
    c, _ = login(app, "vic")
    html = c.get(f"/documents/{ids['doc']}").text
    spans = re.findall(r'<a class="span[^"]*"[^>]*data-events="([^"]+)"', html)
    assert {i for s in spans for i in s.split()} == {ids["visit"], ids["threat"], ids["coerce"]}
    assert ids["doc"] in html and "matches the document id" in html
    raw = c.get(f"/documents/{ids['doc']}/raw")
    assert raw.content == DOC_EN.encode() and "attachment" in raw.headers["content-disposition"]


def test_xss_in_text_title_outlet_url_and_notes_is_inert(desk):
    app, _, ids = desk
    c, token = login(app, "ana")
    c.post(f"/events/{ids['detain']}/review", data={"action": "accept", "note": XSS, "csrf": token})
    c.post(f"/events/{ids['detain']}/edit", data={"status": "ongoing", "note": XSS, "csrf": token})
    pages = [c.get(f"/documents/{ids['xss_doc']}").text, c.get(f"/events/{ids['detain']}").text,
             c.get("/events").text, c.get("/audit").text, c.get("/public").text]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
        assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in pages[0]
    assert "&lt;script&gt;" in pages[3]


# -- review and audit ----------------------------------------------------------

def test_edit_needs_note_and_is_audited(desk):
    app, store, ids = desk
    c, token = login(app, "ana")
    r = c.post(f"/events/{ids['coerce']}/edit", data={"csrf": token, "type": "THREATEN", "note": ""})
    assert r.status_code == 400
    r = c.post(f"/events/{ids['coerce']}/edit", data={
        "csrf": token, "type": "COERCE", "admin1": "North Hamgyong", "time_start": "2015-03-01",
        "time_end": "2015-03-31", "time_precision": "month", "note": "the paragraph places it"})
    assert r.status_code == 303
    recs = {r["event_id"]: r for r in store.event_records()}
    rec = recs[ids["coerce"]]
    assert rec["location"]["admin1"] == "North Hamgyong" and rec["location"]["lat"] is not None
    assert rec["time"]["start"] == "2015-03-01"
    [entry] = review_entries(store)
    assert entry["actor"] == "ana" and entry["action"] == "edit" and "location" in entry["after"]
    assert audit.verify(store.engine) is None
    html = c.get(f"/events/{ids['coerce']}").text
    assert "the paragraph places it" in html
    assert "1 events" in c.get("/events", params={"admin1": "North Hamgyong", "type": "COERCE"}).text


def test_split_and_merge(desk):
    app, store, ids = desk
    c, token = login(app, "ana")
    rec = {r["event_id"]: r for r in store.event_records()}[ids["threat"]]
    cut = rec["evidence"]["start"] + rec["evidence"]["text"].index(" that ")
    r = c.post(f"/events/{ids['threat']}/split", data={"csrf": token, "at": str(cut), "note": "two acts"})
    assert r.status_code == 303
    doc_text = store.document(ids["doc"])["text"]
    live = {r["event_id"]: r for r in store.event_records(with_review=True) if r["review_state"] != "superseded"}
    assert ids["threat"] not in live and len(live) == 5
    for ev in (e for e in live.values() if e["document_id"] == ids["doc"]):
        assert doc_text[ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]
    r = c.post("/events/merge", data={"csrf": token, "event": [ids["visit"], ids["coerce"]],
                                      "note": "one visit"})
    assert r.status_code == 303
    merged_id = r.headers["location"].rsplit("/", 1)[1]
    merged = {r["event_id"]: r for r in store.event_records()}[merged_id]
    assert merged["evidence"]["start"] < merged["evidence"]["end"]
    assert doc_text[merged["evidence"]["start"]:merged["evidence"]["end"]] == merged["evidence"]["text"]
    assert [e["action"] for e in review_entries(store)] == ["split", "merge"]
    assert audit.verify(store.engine) is None


def test_tampered_audit_log_is_caught(desk):
    app, store, ids = desk
    c, token = login(app, "ana")
    for action in ("accept", "reject", "accept"):
        c.post(f"/events/{ids['visit']}/review", data={"action": action, "csrf": token})
    assert audit.verify(store.engine) is None
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")
    assert audit.verify(store.engine)["id"] == 2
    assert "broken at entry 2" in c.get("/audit").text


# -- public view -----------------------------------------------------------------

def test_public_view_shows_only_accepted_and_redacts_names(desk):
    app, store, ids = desk
    anon = client(app)
    assert "0 accepted events" in anon.get("/public").text
    c, token = login(app, "ana")
    for key in ("visit", "threat"):
        c.post(f"/events/{ids[key]}/review", data={"action": "accept", "csrf": token})
    c.post(f"/events/{ids['coerce']}/review", data={"action": "reject", "csrf": token})
    html = anon.get("/public").text
    assert "2 accepted events" in html
    for name in ("Kim Kwang Ho", "Ri Ok Sun", "Pak"):
        assert name not in html
    assert "[person]" in html and "[relative]" in html
    assert "forced the family" not in html and "arrested a trader" not in html
    export = anon.get("/public/events.jsonl").text.strip().splitlines()
    assert len(export) == 2 and "Kim Kwang Ho" not in "".join(export) and "Ri Ok Sun" not in "".join(export)


def test_map_and_timeline_draw_the_events(desk):
    app, _, _ = desk
    c, _ = login(app, "vic")
    html = c.get("/map").text
    assert html.count("<circle") == 2  # Hoeryong (2 events) and Hyesan
    assert "North Hamgyong: 2 events" in html
    svg = c.get("/timeline.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert "2015-03 VISIT: 1" in svg.text and "2015-05 DETAIN: 1" in svg.text
    assert "1 events without a date" in svg.text


def test_admin_manages_users(desk):
    app, store, _ = desk
    c, token = login(app, "ada")
    r = c.post("/admin/users", data={"csrf": token, "op": "add", "name": "newbie", "role": "viewer",
                                     "password": "long enough pw"})
    assert r.status_code == 303
    n = client(app)
    r = n.post("/login", data={"name": "newbie", "password": "long enough pw", "csrf": csrf_of(n)})
    assert r.status_code == 303
    c.post("/admin/users", data={"csrf": token, "op": "disable", "name": "newbie"})
    assert n.get("/events").status_code == 303  # disabled: the session no longer counts


# -- round 2: gazetteer places, split by words, incidents, indexed columns ----

def test_place_search_offers_gazetteer_entries_in_english_and_hangul(desk):
    app, store, ids = desk
    c, token = login(app, "ana")
    hits = c.get("/places", params={"q": "회령"}).json()
    assert hits[0]["name"] == "Hoeryong" and hits[0]["admin1"] == "North Hamgyong"
    assert c.get("/places", params={"q": "hoery"}).json()[0]["gazetteer_id"] == hits[0]["gazetteer_id"]
    # Without scripts the "Find" button reloads the page with the hits in the list.
    html = c.get(f"/events/{ids['coerce']}", params={"place_q": "Hyesan"}).text
    assert re.search(r'<option value="[^"]+" selected>Hyesan', html)
    r = c.post(f"/events/{ids['coerce']}/edit", data={
        "csrf": token, "place_id": hits[0]["gazetteer_id"], "note": "the paragraph is about Hoeryong"})
    assert r.status_code == 303
    rec = {r["event_id"]: r for r in store.event_records()}[ids["coerce"]]
    assert rec["location"] == {"text": None, "name": "Hoeryong", "admin1": "North Hamgyong", "country": "KP",
                               "lat": hits[0]["lat"], "lon": hits[0]["lon"], "precision": "county",
                               "gazetteer_id": hits[0]["gazetteer_id"]}
    # the indexed mirrors follow the edit: the county facet and the map see it
    assert "Hoeryong" in c.get("/events", params={"admin1": "North Hamgyong", "county": "Hoeryong"}).text
    assert "1 events" in c.get("/events", params={"county": "Hoeryong"}).text
    # "(unchanged)" leaves the place alone; a made-up id is refused
    c.post(f"/events/{ids['coerce']}/edit", data={"csrf": token, "place_id": "__keep__", "type": "THREATEN",
                                                  "note": "type only"})
    assert {r["event_id"]: r for r in store.event_records()}[ids["coerce"]]["location"]["name"] == "Hoeryong"
    r = c.post(f"/events/{ids['coerce']}/edit", data={"csrf": token, "place_id": "KP-99.nowhere", "note": "x"})
    assert r.status_code == 400


def test_split_form_offers_a_cut_before_each_word(desk):
    app, store, ids = desk
    c, token = login(app, "ana")
    rec = {r["event_id"]: r for r in store.event_records()}[ids["threat"]]
    html = c.get(f"/events/{ids['threat']}").text
    cuts = [int(x) for x in re.findall(r'<input type="radio" name="at" value="(\d+)"', html)]
    words = rec["evidence"]["text"].split()
    assert len(cuts) == len(words) - 1  # not before the first word
    doc = store.document(ids["doc"])["text"]
    assert [doc[a:].split()[0] for a in cuts] == words[1:]
    that = next(a for a in cuts if doc[a:].startswith("that "))
    r = c.post(f"/events/{ids['threat']}/split", data={"csrf": token, "at": str(that), "note": "two acts"})
    assert r.status_code == 303
    assert c.post(f"/events/{ids['visit']}/split", data={"csrf": token, "note": "no cut"}).status_code == 400


DOC_SAME = ("Security agents came to the house of a defector's family in Hoeryong in March 2015, "
            "a second source said.")


def _second_report(store: Store) -> str:
    from chronicle.records import Document, Source

    d = Document(raw=DOC_SAME.encode(), text=DOC_SAME, origin="test:same", media_type="text/plain",
                 source=Source(url="https://example.org/b", outlet="Other Outlet", title="Agents at a house",
                               published="2015-04-10", language="en"))
    ev = _event(d, "Security agents came to the house of a defector's family in Hoeryong in March 2015",
                "VISIT", actor="KP.MSS", admin1="North Hamgyong", lat=42.45, lon=129.75, start="2015-03-01",
                end="2015-03-31", target="defector_family")
    store.save(Analysis(d, [ev]))
    return ev.event_id


def test_incidents_page_split_out_and_merge_stick_and_are_audited(desk):
    from chronicle import incidents

    app, store, ids = desk
    other = _second_report(store)
    incidents.group(store)
    inc_of = {r["event_id"]: r["incident_id"] for r in store.event_records()}
    assert inc_of[other] == inc_of[ids["visit"]]  # two outlets, one visit
    c, token = login(app, "ana")
    listing = c.get("/incidents").text
    assert f'/incidents/{inc_of[other]}' in listing
    page = c.get(f"/incidents/{inc_of[other]}").text
    assert "Other Outlet" in page and "Test Outlet" in page and "Hoeryong" in page
    assert re.search(r"<b>2</b>documents", page) and re.search(r"<b>2</b>outlets", page)
    assert "actor 1.0" in page  # the reasons, field by field, with the score
    r = c.post(f"/incidents/{inc_of[other]}/split", data={"csrf": token, "event": other, "note": "another visit"})
    assert r.status_code == 303
    inc_of = {r["event_id"]: r["incident_id"] for r in store.event_records()}
    assert inc_of[other] != inc_of[ids["visit"]]
    incidents.group(store, rebuild=True)  # the decision sticks on re-runs
    inc_of = {r["event_id"]: r["incident_id"] for r in store.event_records()}
    assert inc_of[other] != inc_of[ids["visit"]]
    # merge them back from the visit's incident page, where the other is "nearby"
    page = c.get(f"/incidents/{inc_of[ids['visit']]}").text
    assert f'name="other" value="{inc_of[other]}"' in page
    r = c.post(f"/incidents/{inc_of[ids['visit']]}/merge", data={"csrf": token, "other": inc_of[other],
                                                                 "note": "same visit after all"})
    assert r.status_code == 303
    incidents.group(store, rebuild=True)
    inc_of = {r["event_id"]: r["incident_id"] for r in store.event_records()}
    assert inc_of[other] == inc_of[ids["visit"]]
    actions = [e["action"] for e in review_entries(store)]
    assert actions == ["incident_split", "incident_merge"] and audit.verify(store.engine) is None
    v, vtoken = login(app, "vic")  # viewers read incidents but cannot change them
    assert v.post(f"/incidents/{inc_of[other]}/split", data={"csrf": vtoken, "event": other,
                                                             "note": "x"}).status_code == 403
    assert "Split out" not in v.get(f"/incidents/{inc_of[other]}").text


def test_indexed_columns_mirror_the_record_and_the_migration_backfills_them(tmp_path):
    from sqlalchemy import text as sql

    store = Store.open(str(tmp_path / "cols.db"))
    ids = seed(store)
    with store.engine.connect() as conn:
        row = conn.execute(sql("SELECT lat, lon, place, outlet, time_month FROM events WHERE event_id = :e"),
                           {"e": ids["visit"]}).one()
    assert tuple(row) == (42.45, 129.75, "North Hamgyong", "Test Outlet", "2015-03")
    # Back to 0004 and up again: the backfill fills the columns from the stored records.
    alembic(store, "downgrade", "0004")
    alembic(store, "upgrade", "0005")
    with store.engine.connect() as conn:
        rows = dict(conn.execute(sql("SELECT event_id, place || '|' || coalesce(time_month, '-') || '|' || outlet "
                                     "FROM events")).all())
    assert rows[ids["visit"]] == "North Hamgyong|2015-03|Test Outlet"
    assert rows[ids["coerce"]] is None  # no place: NULL || ... is NULL
    store.close()


def test_search_is_capped_and_says_so(desk, monkeypatch):
    from chronicle.web import queries

    app, _, _ = desk
    c, _ = login(app, "vic")
    assert "4 events" in c.get("/events", params={"q": "the"}).text
    monkeypatch.setattr(queries, "SEARCH_CAP", 1)
    html = c.get("/events", params={"q": "the"}).text
    assert "at least" in html


def test_an_analysts_change_to_a_field_is_no_longer_the_learned_readers():
    from chronicle.web.review import apply_edit
    rec = {"type": "VISIT", "status": "occurred", "certainty": "reported",
           "target": {"text": "the widow", "category": "defector_family"},
           "perpetrator": {"text": "agents", "actor": "KP.MSS", "name": "Ministry of State Security"},
           "extractor": {"name": "rules-en", "version": "1", "rule": "visit.summon",
                         "fields": {"target": "model.target@t", "status": "model.status@t"}}}
    new = apply_edit(rec, {"target_category": "resident", "status": "occurred"}, {"KP.MSS": "Ministry of State Security"})
    assert new["target"]["category"] == "resident"
    assert new["extractor"]["fields"] == {"status": "model.status@t"}  # the status was kept as the reader gave it
    assert rec["extractor"]["fields"] == {"target": "model.target@t", "status": "model.status@t"}  # not mutated


def test_the_event_page_names_the_learned_readers(tmp_path):
    store = Store.open(str(tmp_path / "r.db"))
    doc = Document(raw=DOC_EN.encode(), text=DOC_EN, origin="test:en", media_type="text/plain",
                   source=Source(language="en", published="2015-04-01", title="T"))
    ev = _event(doc, "They warned his wife, Ri Ok Sun, that the family would be sent away.", "THREATEN",
                actor="KP.MSS", target="defector_family")
    ev.extractor = Extractor("rules-en", "1", "threaten.warn", fields={"target": "model.target@2026-11-29"})
    store.save(Analysis(document=doc, events=[ev]))
    add_user(store.engine, "ana", "analyst", PASSWORD)
    c, _token = login(create_app(store), "ana")
    html = c.get(f"/events/{ev.event_id}").text
    assert "Read again by" in html and "target: model.target@2026-11-29" in html
    store.close()
