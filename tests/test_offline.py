"""The offline guarantee: ingest, extraction, the web app and every export
run with a socket guard that fails on any connection that is not loopback
(or the configured database server), and they pass."""
from __future__ import annotations

import io
import ipaddress
import json
import os
import re
import socket
from urllib.parse import urlparse

import pytest

from conftest import SHARED, full_pipeline_or_skip, make_pdf


class NetworkBlocked(AssertionError):
    pass


def _allowed_hosts() -> set[str]:
    hosts = {"localhost", "testserver"}
    url = os.environ.get("CHRONICLE_DB", "")
    if "://" in url and urlparse(url).hostname:
        hosts.add(urlparse(url).hostname)  # the configured database server
    return hosts


def _check(address, family=None) -> None:
    if family == socket.AF_UNIX or isinstance(address, (str, bytes)):
        return  # a unix socket is local
    host = address[0]
    if host in _allowed_hosts():
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise NetworkBlocked(f"outbound connection attempted to {address!r}")


@pytest.fixture
def no_network(monkeypatch):
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create, real_getaddrinfo = socket.create_connection, socket.getaddrinfo

    def connect(self, address):
        _check(address, self.family)
        return real_connect(self, address)

    def connect_ex(self, address):
        _check(address, self.family)
        return real_connect_ex(self, address)

    def create_connection(address, *a, **kw):
        _check(address)
        return real_create(address, *a, **kw)

    def getaddrinfo(host, *a, **kw):
        if host is not None:
            _check((host.decode() if isinstance(host, bytes) else host, 0))
        return real_getaddrinfo(host, *a, **kw)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_the_guard_blocks_outbound_and_allows_loopback(no_network):
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.10", 80), timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    s = socket.socket()
    with pytest.raises(NetworkBlocked):
        s.connect(("203.0.113.5", 443))
    s.close()
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    c = socket.create_connection(srv.getsockname(), timeout=1)  # loopback is fine
    c.close()
    srv.close()


def _corpus(tmp_path):
    """One file of each kind the readers take; remote URLs in them must never be fetched."""
    sample = SHARED / "samples" / "dailynk-2014-09-ssd-pressures-families.txt"
    d = tmp_path / "in"
    d.mkdir()
    if sample.exists():
        (d / "sample.txt").write_bytes(sample.read_bytes())
    (d / "page.html").write_text(
        "<html><head><title>Musan</title><link rel='stylesheet' href='https://cdn.example.org/x.css'>"
        "<script src='https://tracker.example.org/t.js'></script></head><body>"
        "<img src='https://img.example.org/p.jpg'><p>State Security agents visited the family of a "
        "defector in Musan in May 2015 and warned them not to contact their son.</p></body></html>",
        encoding="utf-8")
    (d / "feed.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><link>https://example.org</link>"
        "<item><title>Hyesan arrests</title><link>https://example.org/a</link>"
        "<description>Police arrested two traders in Hyesan last week.</description>"
        "<pubDate>Tue, 03 Mar 2015 10:00:00 +0900</pubDate></item></channel></rss>", encoding="utf-8")
    (d / "docs.jsonl").write_text(json.dumps({
        "text": "보위부는 지난달 회령에서 탈북자 가족을 찾아가 협박했다.", "url": "https://example.org/k",
        "published": "2016-04-02", "language": "ko"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "report.pdf").write_bytes(make_pdf(["Agents arrested a broker in Sinuiju in June 2016."]))
    return d


@pytest.fixture(scope="module")
def pipeline():
    return full_pipeline_or_skip()


@pytest.mark.parametrize("encrypted", [False, True])
def test_ingest_extract_web_and_exports_stay_offline(tmp_path, monkeypatch, no_network, pipeline, encrypted):
    from fastapi.testclient import TestClient

    from chronicle import crypto
    from chronicle import export as _formats  # noqa: F401  (registers the formats)
    from chronicle.batch import run_batch
    from chronicle.incidents import group, incident_records
    from chronicle.redact import redact_record
    from chronicle.registry import exporters
    from chronicle.store import Store
    from chronicle.web import create_app
    from chronicle.web.auth import add_user

    monkeypatch.setenv("CHRONICLE_PASSPHRASE", "pw")
    store = Store.open(str(tmp_path / "s.db"))
    if encrypted:
        crypto.enable(store.engine, "pw", {"time_cost": 1, "memory_kib": 1024, "parallelism": 1})
    report = run_batch([_corpus(tmp_path)], store, pipeline=pipeline)
    assert report.failed == 0 and report.stored >= 4 and report.events > 0
    group(store)
    for name in exporters.names():
        fmt = exporters.get(name)
        records = (incident_records(store) if getattr(fmt, "reads", "events") == "incidents"
                   else store.event_records())
        fmt(records, io.StringIO())
        fmt((redact_record(r) for r in store.event_records()), io.StringIO())
    add_user(store.engine, "ada", "admin", "a long enough password 1")
    for rec in store.event_records():
        store.set_review_state(rec["event_id"], "accepted")
    c = TestClient(create_app(store), base_url="https://testserver", follow_redirects=False)
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    assert c.post("/login", data={"name": "ada", "password": "a long enough password 1", "csrf": token,
                                  "next": "/events"}).status_code == 303
    ev = next(store.event_records())
    pages = ["/events", "/events?q=agents", f"/events/{ev['event_id']}", "/documents",
             f"/documents/{ev['document_id']}", "/audit", "/map", "/map.svg", "/timeline",
             "/timeline.svg", "/admin/users", "/public", "/public/events.jsonl"]
    for page in pages:
        assert c.get(page).status_code == 200, page
    store.close()
