"""The review desk: a FastAPI app with server-rendered pages.

Security in one place: every route declares the least role it needs (or is in
PUBLIC_ROUTES); every state-changing request carries the session's CSRF token
(an app-wide dependency checks it); responses carry strict security headers
(CSP without inline scripts or styles); templates autoescape everything.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from importlib import resources
from typing import Any, Callable, Optional
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from .. import audit
from ..extraction.actors import ActorLexicon
from ..records import CERTAINTIES, EVENT_TYPES, STATUSES, TARGET_CATEGORIES, TIME_PRECISIONS
from ..redact import redact, redact_record
from ..store import Store
from . import auth, geo, queries, review

# Routes anyone may open; every other route requires a role (a test checks).
PUBLIC_ROUTES = {"/login", "/public", "/public/events.jsonl", "/healthz"}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class LoginRequired(Exception):
    pass


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


async def check_csrf(request: Request) -> None:
    """App-wide: a POST (or any unsafe method) needs the session's token, sent
    as the ``csrf`` form field or the ``X-CSRF-Token`` header."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    sent = request.headers.get("x-csrf-token")
    if not sent and "form" in (request.headers.get("content-type") or ""):
        sent = (await request.form()).get("csrf")
    expected = request.session.get("csrf")
    if not expected or not isinstance(sent, str) or not hmac.compare_digest(sent, expected):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


def require(role: str) -> Callable:
    def dependency(request: Request) -> dict[str, Any]:
        user = current_user(request)
        if not user:
            raise LoginRequired()
        if auth.RANK[user["role"]] < auth.RANK[role]:
            raise HTTPException(403, f"this needs the {role} role")
        return user
    dependency.required_role = role  # read by the route-audit test
    return dependency


def current_user(request: Request) -> Optional[dict[str, Any]]:
    uid = request.session.get("uid")
    if uid is None:
        return None
    cache = request.state.__dict__.setdefault("_user", {})
    if uid not in cache:
        cache[uid] = auth.get_user(request.app.state.store.engine, uid)
    return cache[uid]


def create_app(store: Store, *, secure_cookies: bool = True, login_limit: int = 5) -> FastAPI:
    app = FastAPI(title="chronicle review desk", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(check_csrf)])
    app.state.store = store
    app.state.limiter = auth.RateLimiter(limit=login_limit)
    app.state.actors = ActorLexicon.load().names
    engine = store.engine
    app.add_middleware(SessionMiddleware, secret_key=auth.session_secret(engine),
                       session_cookie="chronicle_session", same_site="strict",
                       https_only=secure_cookies, max_age=12 * 3600)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path != "/public" and not request.url.path.startswith("/static"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    web = resources.files("chronicle.web")
    app.mount("/static", StaticFiles(directory=str(web.joinpath("static"))), name="static")
    templates = Jinja2Templates(directory=str(web.joinpath("templates")))
    templates.env.globals.update(EVENT_TYPES=EVENT_TYPES, STATUSES=STATUSES, CERTAINTIES=CERTAINTIES,
                                 TARGET_CATEGORIES=TARGET_CATEGORIES, TIME_PRECISIONS=TIME_PRECISIONS,
                                 ROLES=auth.ROLES, RANK=auth.RANK, TYPE_COLOURS=geo.TYPE_COLOURS,
                                 urlencode=urlencode)

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.update(request=request, user=current_user(request), csrf=csrf_token(request),
                   flash=request.session.pop("flash", None))
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def back(url: str, message: Optional[str] = None, request: Optional[Request] = None) -> RedirectResponse:
        if message and request is not None:
            request.session["flash"] = message
        return RedirectResponse(url, status_code=303)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired):
        if request.method == "GET":
            return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)
        return JSONResponse({"detail": "log in first"}, status_code=401)

    @app.exception_handler(review.ReviewError)
    async def review_error(request: Request, exc: review.ReviewError):
        return page(request, "error.html", status=400, message=str(exc))

    # -- session ------------------------------------------------------------
    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/events"):
        return page(request, "login.html", next=_safe_next(next))

    @app.post("/login")
    async def login(request: Request):
        form = await request.form()
        name, password = str(form.get("name", ""))[:100], str(form.get("password", ""))[:1000]
        nxt = _safe_next(str(form.get("next", "/events")))
        key = f"{request.client.host if request.client else '-'}|{name.lower()}"
        limiter: auth.RateLimiter = app.state.limiter
        if limiter.blocked(key):
            return page(request, "login.html", status=429, next=nxt,
                        error="Too many failed logins. Wait a few minutes and try again.")
        user = auth.authenticate(engine, name, password)
        if not user:
            limiter.fail(key)
            return page(request, "login.html", status=401, next=nxt, error="Wrong name or password.")
        limiter.reset(key)
        request.session.clear()  # a fresh session (and CSRF token) at every login
        request.session.update(uid=user["id"], csrf=secrets.token_urlsafe(32))
        return back(nxt)

    @app.post("/logout")
    def logout(request: Request, user=Depends(require("viewer"))):
        request.session.clear()
        return back("/login")

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    # -- browse -------------------------------------------------------------
    @app.get("/")
    def home(user=Depends(require("viewer"))):
        return back("/events")

    @app.get("/events", response_class=HTMLResponse)
    def event_list(request: Request, user=Depends(require("viewer"))):
        eq = queries.EventQuery.from_params(request.query_params)
        result = queries.list_events(engine, eq)
        return page(request, "events.html", eq=eq, result=result, facets=queries.facets(engine, eq),
                    actors=app.state.actors, admin1_names=geo.admin1_names())

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event_detail(request: Request, event_id: str, user=Depends(require("viewer"))):
        ev = queries.event_row(engine, event_id)
        if not ev:
            raise HTTPException(404, "no such event")
        doc = store.document(ev["rec"]["document_id"])
        siblings = [e for e in queries.document_events(engine, ev["rec"]["document_id"])
                    if e["event_id"] != event_id]
        place_q = (request.query_params.get("place_q") or "").strip()[:100]
        return page(request, "event.html", ev=ev, rec=ev["rec"], doc=doc, siblings=siblings,
                    history=audit.entries(engine, event_id=event_id), actors=app.state.actors,
                    place_q=place_q, place_hits=geo.search_places(place_q) if place_q else [],
                    words=review.cut_points(ev["rec"]),
                    KEEP=review.KEEP)

    @app.get("/places")
    def place_search(q: str = "", user=Depends(require("viewer"))):
        """Gazetteer entries for the place search of the edit form (JSON)."""
        return geo.search_places(q[:100])

    @app.get("/documents", response_class=HTMLResponse)
    def document_list(request: Request, page_no: int = 1, user=Depends(require("viewer"))):
        return page(request, "documents.html", result=queries.list_documents(engine, max(1, page_no)))

    @app.get("/documents/{document_id}", response_class=HTMLResponse)
    def document_view(request: Request, document_id: str, user=Depends(require("viewer"))):
        doc = store.document(document_id)
        if not doc:
            raise HTTPException(404, "no such document")
        evs = queries.document_events(engine, document_id)
        return page(request, "document.html", doc=doc, events=evs,
                    by_id={e["event_id"]: e for e in evs},
                    segments=queries.segments(doc["text"], evs),
                    raw_sha256=hashlib.sha256(doc["raw"]).hexdigest())

    @app.get("/documents/{document_id}/raw")
    def document_raw(document_id: str, user=Depends(require("viewer"))):
        doc = store.document(document_id)
        if not doc:
            raise HTTPException(404, "no such document")
        # Served as a download, never rendered: the original may hold active HTML.
        return Response(doc["raw"], media_type="application/octet-stream", headers={
            "Content-Disposition": f'attachment; filename="{document_id}.original"',
            "X-Content-SHA256": hashlib.sha256(doc["raw"]).hexdigest()})

    # -- review -------------------------------------------------------------
    @app.post("/events/{event_id}/review")
    async def review_state(request: Request, event_id: str, user=Depends(require("analyst"))):
        form = await request.form()
        state = {"accept": "accepted", "reject": "rejected", "reopen": "pending"}.get(str(form.get("action")))
        if not state:
            raise HTTPException(400, "action is accept, reject or reopen")
        review.set_state(engine, event_id, state, actor=user["name"], note=str(form.get("note", ""))[:2000])
        return back(_safe_next(str(form.get("back") or f"/events/{event_id}")), f"Event {state}.", request)

    @app.post("/events/{event_id}/edit")
    async def event_edit(request: Request, event_id: str, user=Depends(require("analyst"))):
        form = {k: str(v)[:2000] for k, v in (await request.form()).items() if k not in ("csrf",)}
        note = form.pop("note", "")
        changed = review.edit(engine, event_id, form, actor=user["name"], note=note,
                              actor_names=app.state.actors)
        return back(f"/events/{event_id}", "Saved." if changed else "Nothing changed.", request)

    @app.post("/events/{event_id}/split")
    async def event_split(request: Request, event_id: str, user=Depends(require("analyst"))):
        form = await request.form()
        try:
            at = int(str(form.get("at", "")))
        except ValueError:
            raise review.ReviewError("choose where to cut: select the words of the second part in the "
                                     "evidence, or click the word it starts with") from None
        ids = review.split(engine, event_id, at, actor=user["name"], note=str(form.get("note", ""))[:2000])
        return back(f"/events/{ids[0]}", "Split into two events.", request)

    @app.post("/events/merge")
    async def event_merge(request: Request, user=Depends(require("analyst"))):
        form = await request.form()
        new_id = review.merge(engine, [str(v) for v in form.getlist("event")], actor=user["name"],
                              note=str(form.get("note", ""))[:2000])
        return back(f"/events/{new_id}", "Merged.", request)

    # -- incidents ----------------------------------------------------------
    @app.get("/incidents", response_class=HTMLResponse)
    def incident_list(request: Request, page_no: int = 1, user=Depends(require("viewer"))):
        return page(request, "incidents.html", result=queries.list_incidents(engine, max(1, min(page_no, 100000))))

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse)
    def incident_view(request: Request, incident_id: str, user=Depends(require("viewer"))):
        inc = queries.incident(engine, incident_id)
        if not inc:
            raise HTTPException(404, "no such incident (it may have been regrouped)")
        return page(request, "incident.html", inc=inc, s=inc["summary"])

    @app.post("/incidents/{incident_id}/split")
    async def incident_split(request: Request, incident_id: str, user=Depends(require("analyst"))):
        form = await request.form()
        now_in = review.incident_split_out(store, incident_id, str(form.get("event", "")),
                                           actor=user["name"], note=str(form.get("note", ""))[:2000])
        return back(f"/incidents/{now_in or incident_id}", "Split out: the event now stands in its own incident.",
                    request)

    @app.post("/incidents/{incident_id}/merge")
    async def incident_merge(request: Request, incident_id: str, user=Depends(require("analyst"))):
        form = await request.form()
        now_in = review.incident_merge(store, incident_id, str(form.get("other", "")),
                                       actor=user["name"], note=str(form.get("note", ""))[:2000])
        return back(f"/incidents/{now_in or incident_id}", "Merged the two incidents.", request)

    @app.get("/audit", response_class=HTMLResponse)
    def audit_page(request: Request, user=Depends(require("viewer"))):
        return page(request, "audit.html", entries=audit.entries(engine, limit=200, newest_first=True),
                    broken=audit.verify(engine))

    # -- charts -------------------------------------------------------------
    @app.get("/map", response_class=HTMLResponse)
    def map_page(request: Request, user=Depends(require("viewer"))):
        eq = queries.EventQuery.from_params(request.query_params)
        data = queries.points(engine, eq)
        return page(request, "map.html", eq=eq, svg=geo.map_svg(data), data=data)

    @app.get("/map.svg")
    def map_file(request: Request, user=Depends(require("viewer"))):
        eq = queries.EventQuery.from_params(request.query_params)
        return _svg(geo.map_svg(queries.points(engine, eq)), "chronicle-map.svg")

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, user=Depends(require("viewer"))):
        eq = queries.EventQuery.from_params(request.query_params)
        rows, undated = queries.monthly(engine, eq)
        return page(request, "timeline.html", eq=eq, svg=geo.timeline_svg(rows, undated))

    @app.get("/timeline.svg")
    def timeline_file(request: Request, user=Depends(require("viewer"))):
        eq = queries.EventQuery.from_params(request.query_params)
        return _svg(geo.timeline_svg(*queries.monthly(engine, eq)), "chronicle-timeline.svg")

    # -- admin --------------------------------------------------------------
    @app.get("/admin/users", response_class=HTMLResponse)
    def users_page(request: Request, user=Depends(require("admin"))):
        return page(request, "users.html", users=auth.list_users(engine))

    @app.post("/admin/users")
    async def users_change(request: Request, user=Depends(require("admin"))):
        form = await request.form()
        op, name = str(form.get("op", "")), str(form.get("name", "")).strip()
        try:
            if op == "add":
                auth.add_user(engine, name, str(form.get("role", "")), str(form.get("password", "")))
            elif op == "role":
                auth.set_role(engine, name, str(form.get("role", "")))
            elif op in ("disable", "enable"):
                if name == user["name"]:
                    raise auth.AuthError("you cannot disable yourself")
                auth.set_active(engine, name, op == "enable")
            else:
                raise auth.AuthError("unknown operation")
        except auth.AuthError as exc:
            return page(request, "users.html", status=400, users=auth.list_users(engine), error=str(exc))
        with engine.begin() as conn:
            audit.append(conn, actor=user["name"], action=f"user_{op}", note=None,
                         after={"name": name, "role": str(form.get("role", "")) or None})
        return back("/admin/users", "Done.", request)

    # -- public -------------------------------------------------------------
    @app.get("/public", response_class=HTMLResponse)
    def public_page(request: Request):
        eq = queries.EventQuery.from_params(request.query_params)
        eq.review, eq.document_id = ["accepted"], ""  # the public sees accepted events only
        result = queries.list_events(engine, eq)
        for row in result["rows"]:
            row["rec"] = redact_record(row["rec"])
            row["title"] = redact(row["title"] or "")
        return page(request, "public.html", eq=eq, result=result)

    @app.get("/public/events.jsonl")
    def public_export():
        from ..store import EventFilter

        def lines():
            for rec in store.event_records(EventFilter(review_states=["accepted"])):
                yield json.dumps(redact_record(rec), ensure_ascii=False) + "\n"
        return StreamingResponse(lines(), media_type="application/x-ndjson", headers={
            "Content-Disposition": 'attachment; filename="chronicle-accepted-events.jsonl"'})

    return app


def _svg(svg: str, filename: str) -> Response:
    return Response(svg, media_type="image/svg+xml",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _safe_next(url: str) -> str:
    """Only same-site paths: an open redirect after login would help phishing."""
    if url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return "/events"
