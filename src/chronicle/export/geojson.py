"""GeoJSON FeatureCollection: one point feature per located event, every
contract field as properties (nested objects kept as objects), so the file
opens in QGIS and geojson.io. Events without coordinates get a null geometry,
as GeoJSON allows, rather than a guessed point."""
from __future__ import annotations

import json
from typing import Any, Iterable, TextIO

from ..registry import exporters


def feature(rec: dict[str, Any]) -> dict[str, Any]:
    loc = rec.get("location") or {}
    geometry = None
    if loc.get("lat") is not None and loc.get("lon") is not None:
        geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
    return {"type": "Feature", "id": rec["event_id"], "geometry": geometry, "properties": rec}


@exporters.register("geojson")
def export_geojson(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    # Streamed feature by feature: a large store never sits in memory whole.
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for rec in records:
        if n:
            out.write(",\n")
        out.write(json.dumps(feature(rec), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
