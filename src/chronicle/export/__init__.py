"""Exporters, by format name. Each writes contract records (schema 1), as
read from the store, to a text stream and returns how many it wrote.
Importing this package registers every format."""
from __future__ import annotations

from . import contract, flat, acled, geojson, plover, uwazi  # noqa: F401
