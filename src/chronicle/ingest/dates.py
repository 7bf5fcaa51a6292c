"""Publication dates in the many forms inputs give them, to ISO dates."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from dateutil import parser as dateutil_parser

from .errors import ReadError


def iso_date(value: object, what: str = "published") -> Optional[str]:
    """``value`` as YYYY-MM-DD; None when absent; ReadError when present but not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ReadError(f"{what} {value!r} is not a date")
    try:
        parsed = dateutil_parser.parse(value.strip(), default=dt.datetime(1900, 1, 1))
        # Parsed again with other defaults: a part that changes was not in the text.
        other = dateutil_parser.parse(value.strip(), default=dt.datetime(1904, 2, 2))
    except (ValueError, OverflowError):
        raise ReadError(f"{what} {value!r} is not a date") from None
    if (parsed.year, parsed.month, parsed.day) != (other.year, other.month, other.day):
        return None  # "Sep 2014", "2014": no day given, and a day is never guessed
    if parsed.year < 1900 or parsed.year > 2100:
        raise ReadError(f"{what} {value!r} is out of range")
    return parsed.date().isoformat()
