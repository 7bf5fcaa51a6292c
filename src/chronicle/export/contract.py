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
