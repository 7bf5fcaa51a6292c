"""PLOVER JSON Lines: event type and mode mapped from ours
(``data/interchange/plover.tsv``), context "human_rights"/"repression",
actors and event location, plus the chronicle record's trace to its text."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterable, TextIO

from .. import data
from ..registry import exporters


@lru_cache(maxsize=1)
def type_mapping() -> dict[str, dict[str, str]]:
    return {row["type"]: row for row in data.read_tsv("interchange/plover.tsv")}


def plover_event(rec: dict[str, Any]) -> dict[str, Any]:
    row = type_mapping()[rec["type"]]
    perp, tgt = rec.get("perpetrator") or {}, rec.get("target") or {}
    loc, tm, src = rec.get("location") or {}, rec.get("time") or {}, rec.get("source") or {}
    actor_country = (perp.get("actor") or "").split(".")[0] or None
    return {
        "id": rec["event_id"],
        "date": tm.get("start"),
        "date_end": tm.get("end"),
        "event_type": row["plover_type"],
        "mode": row["mode"],
        "context": ["human_rights", "repression"],
        "event_text": rec["evidence"]["text"],
        "story_date": src.get("published"),
        "actor": {"text": perp.get("text"), "country": actor_country, "code": perp.get("actor"),
                  "name": perp.get("name"), "sector": "government" if perp.get("actor") else None},
        "recipient": {"text": tgt.get("text"), "country": None, "code": None,
                      "category": tgt.get("category"), "sector": "civilian" if tgt.get("category") else None},
        "event_loc": {"name": loc.get("name"), "admin1": loc.get("admin1"), "country": loc.get("country"),
                      "lat": loc.get("lat"), "lon": loc.get("lon"), "precision": loc.get("precision"),
                      "geonameid": loc.get("gazetteer_id")} if loc else None,
        "source": {"outlet": src.get("outlet"), "url": src.get("url"), "title": src.get("title")},
        "certainty": rec["certainty"],
        "status": rec["status"],
        "chronicle": {"type": rec["type"], "document_id": rec["document_id"],
                      "evidence": rec["evidence"], "extractor": rec["extractor"]},
    }


@exporters.register("plover")
def export_plover(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(plover_event(rec), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
