"""Write-side of the review desk: every change to an event and its audit
entry commit in one transaction, so the log never misses a change."""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import re
from typing import Any, Optional

from sqlalchemy import insert, select, text as sql, update
from sqlalchemy.engine import Engine

from .. import audit
from ..records import CERTAINTIES, EVENT_TYPES, STATUSES, TARGET_CATEGORIES, TIME_PRECISIONS
from ..search import index_body
from ..store import _now, event_columns
from ..store.schema import documents, events
from . import geo

REVIEW_STATES = ("pending", "accepted", "rejected")
KEEP = "__keep__"  # the place field's "unchanged" choice


class ReviewError(ValueError):
    pass


def _load(conn, event_id: str) -> tuple[dict[str, Any], str]:
    row = conn.execute(select(events.c.record, events.c.review_state)
                       .where(events.c.event_id == event_id)).first()
    if not row:
        raise ReviewError(f"no event {event_id}")
    return json.loads(row.record), row.review_state


def _columns(rec: dict[str, Any]) -> dict[str, Any]:
    """The indexed columns that mirror a record (kept in step on every edit)."""
    return dict(event_columns(rec), updated_at=_now())


def set_state(engine: Engine, event_id: str, state: str, *, actor: str, note: str = "") -> None:
    if state not in REVIEW_STATES:
        raise ReviewError(f"unknown review state {state!r}")
    with engine.begin() as conn:
        _rec, before = _load(conn, event_id)
        if before == "superseded":
            raise ReviewError("this event was split or merged; review the events that replaced it")
        conn.execute(update(events).where(events.c.event_id == event_id)
                     .values(review_state=state, updated_at=_now()))
        audit.append(conn, actor=actor, action=state if state != "pending" else "reopen",
                     event_id=event_id, note=note or None, before={"review_state": before},
                     after={"review_state": state})


def _date(value: str) -> Optional[str]:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ReviewError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _choice(value: str, allowed, name: str, *, empty_ok: bool = False) -> Optional[str]:
    value = (value or "").strip()
    if not value and empty_ok:
        return None
    if value not in allowed:
        raise ReviewError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value


def apply_edit(rec: dict[str, Any], form: dict[str, str], actor_names: dict[str, str]) -> dict[str, Any]:
    """The record with the form's fields applied. Only fields present in the
    form change; an empty value clears a field (the text no longer says it)."""
    new = copy.deepcopy(rec)
    if "type" in form:
        new["type"] = _choice(form["type"], EVENT_TYPES, "type")
    if "status" in form:
        new["status"] = _choice(form["status"], STATUSES, "status")
    if "certainty" in form:
        new["certainty"] = _choice(form["certainty"], CERTAINTIES, "certainty")
    if "actor" in form or "perpetrator_text" in form:
        perp = dict(new.get("perpetrator") or {"text": None, "actor": None, "name": None})
        if "actor" in form:
            key = _choice(form["actor"], list(actor_names), "actor", empty_ok=True)
            perp["actor"], perp["name"] = key, actor_names.get(key) if key else None
        if "perpetrator_text" in form:
            perp["text"] = form["perpetrator_text"].strip() or None
        new["perpetrator"] = perp if any(perp.values()) else None
    if "target_category" in form or "target_text" in form:
        tgt = dict(new.get("target") or {"text": None, "category": None})
        if "target_category" in form:
            tgt["category"] = _choice(form["target_category"], TARGET_CATEGORIES, "target", empty_ok=True)
        if "target_text" in form:
            tgt["text"] = form["target_text"].strip() or None
        new["target"] = tgt if any(tgt.values()) else None
    if "admin1" in form:
        name = (form["admin1"] or "").strip()
        if not name:
            new["location"] = None
        elif (new.get("location") or {}).get("admin1") != name or \
                (new.get("location") or {}).get("precision") not in ("admin1", "county", "point"):
            place = geo.admin1(name)
            if not place:
                raise ReviewError(f"place: {name!r} is not in the gazetteer")
            old_text = (new.get("location") or {}).get("text")
            new["location"] = {"text": old_text, "name": name, "admin1": name,
                               "country": place["country"], "lat": place["lat"], "lon": place["lon"],
                               "precision": "admin1", "gazetteer_id": f"admin1:{place['country']}:{name}"}
    if "place_id" in form and form["place_id"] != KEEP:
        # A gazetteer entry chosen in the place search: the full location
        # object comes from the entry, never from what the browser sent.
        entry_id = form["place_id"].strip()
        if not entry_id:
            new["location"] = None
        elif (new.get("location") or {}).get("gazetteer_id") != entry_id:
            old_text = (new.get("location") or {}).get("text")
            loc = geo.place_location(entry_id, None)
            if loc is None:
                raise ReviewError(f"place: {entry_id!r} is not in the gazetteer")
            if old_text and geo.names_place(entry_id, old_text):
                loc["text"] = old_text  # the words of the text still name this place
            new["location"] = loc
    if "time_start" in form or "time_end" in form:
        tm = dict(new.get("time") or {"text": None, "start": None, "end": None, "precision": "unknown"})
        if "time_start" in form:
            tm["start"] = _date(form["time_start"])
        if "time_end" in form:
            tm["end"] = _date(form["time_end"])
        if "time_precision" in form:
            tm["precision"] = _choice(form["time_precision"], TIME_PRECISIONS, "time precision")
        if tm["start"] and tm["end"] and tm["end"] < tm["start"]:
            raise ReviewError("the time ends before it starts")
        new["time"] = tm if (tm["start"] or tm["end"] or tm["text"]) else None
    return _readers_overruled(rec, new)


def _readers_overruled(rec: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """A field the analyst changed is no longer the learned reader's: the record stops
    naming it in extractor.fields (the audit log keeps who changed what)."""
    fields = (new.get("extractor") or {}).get("fields")
    if not fields:
        return new
    from ..extraction.learned_fields import RECORD_VALUE
    kept = {f: m for f, m in fields.items() if f not in RECORD_VALUE or RECORD_VALUE[f](new) == RECORD_VALUE[f](rec)}
    if kept != fields:
        new["extractor"] = {**new["extractor"], "fields": kept}
    return new


def edit(engine: Engine, event_id: str, form: dict[str, str], *, actor: str, note: str,
         actor_names: dict[str, str]) -> bool:
    """Apply an edit; returns False when nothing changed (and logs nothing)."""
    if not note.strip():
        raise ReviewError("an edit needs a note saying why")
    with engine.begin() as conn:
        rec, state = _load(conn, event_id)
        if state == "superseded":
            raise ReviewError("this event was split or merged; edit the events that replaced it")
        new = apply_edit(rec, form, actor_names)
        if new == rec:
            return False
        conn.execute(update(events).where(events.c.event_id == event_id).values(**_columns(new)))
        changed = sorted(k for k in new if new[k] != rec.get(k))
        audit.append(conn, actor=actor, action="edit", event_id=event_id, note=note.strip(),
                     before={k: rec.get(k) for k in changed}, after={k: new[k] for k in changed})
    return True


def _new_id(document_id: str, start: int, end: int, type_: str) -> str:
    # The same rule as records.Event.event_id, so a split part is the event the
    # extractor would have made from that span.
    return hashlib.sha256(f"{document_id}:{start}:{end}:{type_}".encode()).hexdigest()[:32]


def _insert(conn, rec: dict[str, Any]) -> None:
    now = _now()
    cols = _columns(rec)
    conn.execute(insert(events).values(event_id=rec["event_id"], document_id=rec["document_id"],
                                       review_state="pending", created_at=now, **cols))
    conn.execute(sql("INSERT INTO search_index (kind, ref, document_id, body) VALUES "
                     "('event', :ref, :doc, :body)"),
                 {"ref": rec["event_id"], "doc": rec["document_id"], "body": index_body(rec["evidence"]["text"])})


def _doc_text(conn, document_id: str) -> str:
    return conn.execute(select(documents.c.text).where(documents.c.document_id == document_id)).scalar_one()


def _supersede(conn, event_id: str, by: list[str]) -> None:
    conn.execute(update(events).where(events.c.event_id == event_id)
                 .values(review_state="superseded", superseded_by=" ".join(by), updated_at=_now()))


def cut_points(rec: dict[str, Any]) -> list[tuple[int, str]]:
    """The evidence as (document offset, word with the space after it): the
    split form offers a cut before every word but the first."""
    ev = rec["evidence"]
    return [(ev["start"] + m.start(), m.group()) for m in re.finditer(r"\S+\s*", ev["text"])]


def split(engine: Engine, event_id: str, at: int, *, actor: str, note: str) -> list[str]:
    """Cut an event's evidence at document offset ``at`` into two events with
    the same fields; the original is kept, marked superseded."""
    if not note.strip():
        raise ReviewError("a split needs a note saying why")
    with engine.begin() as conn:
        rec, state = _load(conn, event_id)
        if state == "superseded":
            raise ReviewError("this event was already split or merged")
        ev = rec["evidence"]
        if not ev["start"] < at < ev["end"]:
            raise ReviewError(f"the cut must fall inside the evidence ({ev['start']}..{ev['end']})")
        text = _doc_text(conn, rec["document_id"])
        parts = []
        for a, b in ((ev["start"], at), (at, ev["end"])):
            part = copy.deepcopy(rec)
            # Trim the whitespace at the cut so each part starts and ends on words.
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a == b:
                raise ReviewError("one side of the cut is empty")
            part["evidence"] = {"text": text[a:b], "start": a, "end": b}
            part["event_id"] = _new_id(rec["document_id"], a, b, rec["type"])
            parts.append(part)
        ids = [p["event_id"] for p in parts]
        exists = conn.execute(select(events.c.event_id).where(events.c.event_id.in_(ids))).first()
        if exists:
            raise ReviewError(f"an event with that span exists already: {exists.event_id}")
        for p in parts:
            _insert(conn, p)
        _supersede(conn, event_id, ids)
        audit.append(conn, actor=actor, action="split", event_id=event_id, note=note.strip(),
                     before={"event_id": event_id, "evidence": ev},
                     after={"events": [{"event_id": p["event_id"], "evidence": p["evidence"]} for p in parts]})
    return ids


def merge(engine: Engine, event_ids: list[str], *, actor: str, note: str) -> str:
    """Join events of one document into one whose evidence spans them all and
    whose other fields are the first event's; the originals are superseded."""
    ids = list(dict.fromkeys(i for i in event_ids if i))
    if len(ids) < 2:
        raise ReviewError("choose at least two events to merge")
    if not note.strip():
        raise ReviewError("a merge needs a note saying why")
    with engine.begin() as conn:
        recs = []
        for i in ids:
            rec, state = _load(conn, i)
            if state == "superseded":
                raise ReviewError(f"event {i} was already split or merged")
            recs.append(rec)
        docs = {r["document_id"] for r in recs}
        if len(docs) != 1:
            raise ReviewError("only events of the same document can be merged")
        recs.sort(key=lambda r: r["evidence"]["start"])
        text = _doc_text(conn, recs[0]["document_id"])
        a = min(r["evidence"]["start"] for r in recs)
        b = max(r["evidence"]["end"] for r in recs)
        new = copy.deepcopy(recs[0])
        new["evidence"] = {"text": text[a:b], "start": a, "end": b}
        new["tactics"] = sorted({t for r in recs for t in r.get("tactics") or []})
        new["event_id"] = _new_id(new["document_id"], a, b, new["type"])
        if new["event_id"] in ids:
            raise ReviewError("one of the events already covers the others; reject the others instead")
        if conn.execute(select(events.c.event_id).where(events.c.event_id == new["event_id"])).first():
            raise ReviewError(f"an event with that span exists already: {new['event_id']}")
        _insert(conn, new)
        for i in ids:
            _supersede(conn, i, [new["event_id"]])
        audit.append(conn, actor=actor, action="merge", event_id=new["event_id"], note=note.strip(),
                     before={"events": ids}, after={"event_id": new["event_id"], "evidence": new["evidence"]})
    return new["event_id"]


# -- incidents ------------------------------------------------------------------
# Analysts' incident decisions go through chronicle.incidents.decide, which
# stores them as constraints every later grouping obeys, then into the audit
# log. decide commits on its own, so the audit entry follows in a second
# transaction: a crash in between leaves a decision without its entry.

def incident_split_out(store, incident_id: str, event_id: str, *, actor: str, note: str) -> Optional[str]:
    """Take one event out of an incident: "different" from every other member.
    Returns the incident the event is in afterwards."""
    from .. import incidents

    if not note.strip():
        raise ReviewError("a split needs a note saying why")
    others = _members(store.engine, incident_id)
    if event_id not in others:
        raise ReviewError("that event is not in this incident")
    others.remove(event_id)
    if not others:
        raise ReviewError("the event is the incident's only member")
    for other in others:
        incidents.decide(store, event_id, other, "different", note=note.strip(), by=actor)
    now_in = _incident_of(store.engine, event_id)
    with store.engine.begin() as conn:
        audit.append(conn, actor=actor, action="incident_split", event_id=event_id, note=note.strip(),
                     before={"incident_id": incident_id},
                     after={"incident_id": now_in, "different_from": sorted(others)})
    return now_in


def incident_merge(store, incident_id: str, other_incident_id: str, *, actor: str, note: str) -> Optional[str]:
    """Join two incidents: "same" for a member of each (grouping then keeps
    them together). Returns the incident they are in afterwards."""
    from .. import incidents

    if not note.strip():
        raise ReviewError("a merge needs a note saying why")
    a, b = _members(store.engine, incident_id), _members(store.engine, other_incident_id)
    if not a or not b or incident_id == other_incident_id:
        raise ReviewError("choose two different incidents")
    incidents.decide(store, a[0], b[0], "same", note=note.strip(), by=actor)
    now_in = _incident_of(store.engine, a[0])
    with store.engine.begin() as conn:
        audit.append(conn, actor=actor, action="incident_merge", event_id=a[0], note=note.strip(),
                     before={"incidents": [incident_id, other_incident_id]},
                     after={"incident_id": now_in, "same": [a[0], b[0]]})
    return now_in


def _members(engine: Engine, incident_id: str) -> list[str]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(select(events.c.event_id).where(events.c.incident_id == incident_id)
                                           .order_by(events.c.event_id))]


def _incident_of(engine: Engine, event_id: str) -> Optional[str]:
    with engine.connect() as conn:
        return conn.execute(select(events.c.incident_id).where(events.c.event_id == event_id)).scalar()
