"""The JSON Schema of the contract's exported event (schema 1)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema


@lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath("event.schema.json").read_text("utf-8"))


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(event_schema())


def validate_record(record: dict[str, Any], text: str | None = None) -> list[str]:
    """Problems with one exported record (empty when valid). With the document's
    stored text, also checks that the evidence offsets index it exactly."""
    problems = [f"{'/'.join(map(str, e.path)) or '(record)'}: {e.message}"
                for e in validator().iter_errors(record)]
    if text is not None and not problems:
        ev = record["evidence"]
        if text[ev["start"]:ev["end"]] != ev["text"]:
            problems.append("evidence: offsets do not index the stored text")
    return problems
