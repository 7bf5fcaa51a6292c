"""Documents JSON Lines: one report object a line (the batch interface)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..registry import readers
from .decode import MAX_BYTES
from .errors import IngestError, ReadError
from .records import document_from_record


@readers.register("jsonl")
def read_jsonl(path: Path) -> Iterator:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestError(str(path), str(exc))
        return
    with fh:
        seen_any = False
        for lineno, line in enumerate(fh, start=1):
            origin = f"{path}:{lineno}"
            if len(line) > MAX_BYTES:
                yield IngestError(origin, f"line longer than {MAX_BYTES // (1024 * 1024)} MiB")
                continue
            stripped = line.strip()
            if not stripped:
                continue
            seen_any = True
            try:
                try:
                    record = json.loads(stripped.decode("utf-8"))
                except UnicodeDecodeError:
                    raise ReadError("line is not UTF-8") from None
                except json.JSONDecodeError as exc:
                    raise ReadError(f"not JSON ({exc.msg} at column {exc.colno})") from None
                except RecursionError:  # thousands of nested brackets: hostile, not a record
                    raise ReadError("JSON nested too deeply") from None
                yield document_from_record(record, origin, raw=stripped)
            except ReadError as exc:
                yield IngestError(origin, str(exc))
        if not seen_any:
            yield IngestError(str(path), "empty file")
