"""The JSON Schema of the contract's exported event (schema 1)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match


@lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath("event.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def validator() -> jsonschema.Draft202012Validator:
    # The format checker makes "format": "date" real: 2014-02-31 is refused.
    return jsonschema.Draft202012Validator(
        event_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def validate_record(record: dict[str, Any], text: str | None = None) -> list[str]:
    """Problems with one exported record (empty when valid). With the document's
    stored text, also checks that the evidence offsets index it exactly."""
    # best_match descends into "a value or null" (anyOf) alternatives, which
    # alone only say "not valid under any of the given schemas" for the parent.
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
                for e in (best_match([err]) for err in validator().iter_errors(record))]
    if text is not None and not problems:
        ev = record["evidence"]
        if text[ev["start"]:ev["end"]] != ev["text"]:
            problems.append("evidence: offsets do not index the stored text")
    return problems
