"""The contract itself: JSON Lines, schema 1."""
from __future__ import annotations

import json
from typing import Any, Iterable, TextIO

from ..registry import exporters


@exporters.register("jsonl")
def export_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """The contract itself: one schema-1 event object a line."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        out.write("\n")
        n += 1
    return n


@exporters.register("incidents")
def export_incidents(incidents: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Incidents, one a line: member event ids, corroboration counts, the best
    place and time with the event they come from, and the reasons for grouping."""
    return export_jsonl(incidents, out)


export_incidents.reads = "incidents"  # type: ignore[attr-defined]
