"""ACLED-style CSV: ACLED's column names and conventions, so records load
into tools built for ACLED data. The type mapping is a data file
(``data/interchange/acled.tsv``); what the text does not give (fatalities,
admin2/3) stays empty rather than guessed."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, TextIO

from .. import data
from ..registry import exporters
from .flat import write_csv

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
    # chronicle's own, after ACLED's: the trace back to the text
    "chronicle_type", "chronicle_event_id", "document_id", "evidence_start", "evidence_end",
    "certainty", "status", "source_url",
)
COUNTRIES = {"KP": ("North Korea", 408, "Eastern Asia"), "KR": ("South Korea", 410, "Eastern Asia"),
             "CN": ("China", 156, "Eastern Asia"), "RU": ("Russia", 643, "Europe")}
# ACLED geo_precision: 1 the named town, 2 a part of a region/near a town, 3 a larger region.
GEO_PRECISION = {"point": 1, "county": 1, "admin1": 3, "region": 3, "country": 3}
# ACLED time_precision: 1 the day, 2 the week, 3 the month or coarser.
TIME_PRECISION = {"day": 1, "month": 3, "season": 3, "year": 3, "unknown": 3}
CIVILIAN_CATEGORIES = {"defector_family", "defector", "returnee", "resident", "broker", "worker_abroad"}


@lru_cache(maxsize=1)
def type_mapping() -> dict[tuple[str, str], dict[str, str]]:
    return {(row["type"], row["tactic"]): row for row in data.read_tsv("interchange/acled.tsv")}


def acled_row(rec: dict[str, Any]) -> dict[str, Any]:
    mapping = type_mapping()
    row = next((mapping[(rec["type"], t)] for t in rec.get("tactics") or [] if (rec["type"], t) in mapping),
               mapping[(rec["type"], "")])
    perp, tgt = rec.get("perpetrator") or {}, rec.get("target") or {}
    loc, tm = rec.get("location") or {}, rec.get("time") or {}
    src = rec.get("source") or {}
    country, iso, region = COUNTRIES.get(loc.get("country") or "", (None, None, None))
    actor_key = perp.get("actor") or ""
    # ACLED's inter codes: 1 state forces; 7 civilians. A state actor of another
    # country (CN.police) is still state forces.
    inter1 = 1 if actor_key else None
    inter2 = 7 if tgt.get("category") in CIVILIAN_CATEGORIES else None
    actor1 = perp.get("name")
    if actor1 and actor_key.startswith("KP."):
        actor1 = f"{actor1} (North Korea)"
    start = tm.get("start")
    return {
        "event_id_cnty": rec["event_id"], "event_date": start, "year": start[:4] if start else None,
        "time_precision": TIME_PRECISION.get(tm.get("precision") or "unknown") if start else None,
        "disorder_type": row["disorder_type"], "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"], "actor1": actor1, "assoc_actor_1": None,
        "inter1": inter1, "actor2": f"Civilians ({country})" if inter2 and country else tgt.get("text"),
        "assoc_actor_2": tgt.get("text") if inter2 else None, "inter2": inter2,
        "interaction": f"{inter1}{inter2}" if inter1 and inter2 else None,
        "civilian_targeting": "Civilian targeting" if inter2 else None,
        "iso": iso, "region": region, "country": country, "admin1": loc.get("admin1"),
        "admin2": loc.get("name") if loc.get("precision") in ("county", "point") else None,
        "admin3": None, "location": loc.get("name"), "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "geo_precision": GEO_PRECISION.get(loc.get("precision") or "") if loc else None,
        "source": src.get("outlet"), "source_scale": "New media" if src.get("outlet") else None,
        "notes": rec["evidence"]["text"].replace("\n", " "), "fatalities": None,
        "tags": ";".join(rec.get("tactics") or []), "timestamp": None,
        "chronicle_type": rec["type"], "chronicle_event_id": rec["event_id"],
        "document_id": rec["document_id"], "evidence_start": rec["evidence"]["start"],
        "evidence_end": rec["evidence"]["end"], "certainty": rec["certainty"],
        "status": rec["status"], "source_url": src.get("url"),
    }


@exporters.register("acled-csv")
def export_acled(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    return write_csv(records, out, COLUMNS, acled_row)
