"""One row per event, flattened, with ACLED-like column names."""
from __future__ import annotations

import csv
from typing import Any, Callable, Iterable, Sequence, TextIO

from ..registry import exporters

# One row per event; ACLED's column names where one exists (event_date,
# event_type, actor1, admin1, location, latitude, longitude, source, notes).
CSV_COLUMNS = (
    "event_id", "document_id", "event_date", "event_date_end", "time_precision", "time_text",
    "event_type", "status", "certainty", "actor1", "actor1_key", "actor1_text",
    "actor2", "target_category", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "location_text", "gazetteer_id", "source", "source_url", "source_title",
    "source_published", "language", "attribution", "attribution_kind", "notes",
    "evidence_start", "evidence_end", "tactics", "extractor", "extractor_rule",
)


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    perp = rec.get("perpetrator") or {}
    tgt = rec.get("target") or {}
    loc = rec.get("location") or {}
    tm = rec.get("time") or {}
    src = rec.get("source") or {}
    att = rec.get("attribution") or {}
    ext = rec.get("extractor") or {}
    return {
        "event_id": rec["event_id"], "document_id": rec["document_id"],
        "event_date": tm.get("start"), "event_date_end": tm.get("end"),
        "time_precision": tm.get("precision"), "time_text": tm.get("text"),
        "event_type": rec["type"], "status": rec["status"], "certainty": rec["certainty"],
        "actor1": perp.get("name"), "actor1_key": perp.get("actor"), "actor1_text": perp.get("text"),
        "actor2": tgt.get("text"), "target_category": tgt.get("category"),
        "country": loc.get("country"), "admin1": loc.get("admin1"), "location": loc.get("name"),
        "latitude": loc.get("lat"), "longitude": loc.get("lon"), "geo_precision": loc.get("precision"),
        "location_text": loc.get("text"), "gazetteer_id": loc.get("gazetteer_id"),
        "source": src.get("outlet"), "source_url": src.get("url"), "source_title": src.get("title"),
        "source_published": src.get("published"), "language": src.get("language"),
        "attribution": att.get("text"), "attribution_kind": att.get("kind"),
        "notes": rec["evidence"]["text"], "evidence_start": rec["evidence"]["start"],
        "evidence_end": rec["evidence"]["end"], "tactics": ";".join(rec.get("tactics") or []),
        "extractor": ext.get("name"), "extractor_rule": ext.get("rule"),
    }


def write_csv(records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str],
              row: Callable[[dict[str, Any]], dict[str, Any]]) -> int:
    """One CSV row per record (None as an empty cell), streamed; the count written."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow({k: ("" if v is None else v) for k, v in row(rec).items()})
        n += 1
    return n


@exporters.register("csv")
def export_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    return write_csv(records, out, CSV_COLUMNS, flatten)
