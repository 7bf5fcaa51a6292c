"""CSV for Uwazi's CSV import into an "Incident" template.

Uwazi reads the first row as property names ("title" is required), multiselect
values separated by "|", a geolocation as "lat|lon", and a date range as
"from:to" in the date format configured in the instance (set it to
YYYY/MM/DD). Property names are those of the template documented in the
README; the instance's template must have them."""
from __future__ import annotations

from typing import Any, Iterable, TextIO

from ..registry import exporters
from .flat import write_csv

COLUMNS = ("title", "event_type", "date_range", "geolocation_geolocation", "province", "place",
           "perpetrator", "target_category", "status", "certainty", "tactics", "source_outlet",
           "source_url", "evidence", "chronicle_event_id", "document_id")


def _date(iso: str | None) -> str:
    return iso.replace("-", "/") if iso else ""


def uwazi_row(rec: dict[str, Any]) -> dict[str, Any]:
    perp, tgt = rec.get("perpetrator") or {}, rec.get("target") or {}
    loc, tm, src = rec.get("location") or {}, rec.get("time") or {}, rec.get("source") or {}
    where = loc.get("name") or loc.get("admin1") or ""
    title = f"{rec['type'].title()}: {perp.get('name') or 'unknown perpetrator'}"
    if where:
        title += f", {where}"
    if tm.get("start"):
        title += f" ({tm['start'][:7]})"
    geo = f"{loc['lat']}|{loc['lon']}" if loc.get("lat") is not None and loc.get("lon") is not None else ""
    return {
        "title": title, "event_type": rec["type"],
        "date_range": f"{_date(tm.get('start'))}:{_date(tm.get('end'))}" if tm.get("start") else "",
        "geolocation_geolocation": geo, "province": loc.get("admin1") or "", "place": loc.get("name") or "",
        "perpetrator": perp.get("name") or "", "target_category": tgt.get("category") or "",
        "status": rec["status"], "certainty": rec["certainty"],
        "tactics": "|".join(rec.get("tactics") or []), "source_outlet": src.get("outlet") or "",
        "source_url": src.get("url") or "", "evidence": rec["evidence"]["text"],
        "chronicle_event_id": rec["event_id"], "document_id": rec["document_id"],
    }


@exporters.register("uwazi-csv")
def export_uwazi(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    return write_csv(records, out, COLUMNS, uwazi_row)
