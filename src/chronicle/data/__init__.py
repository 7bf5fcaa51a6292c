"""Data files (lexicons, gazetteer, patterns), each with its provenance in its header."""
from __future__ import annotations

import csv
from importlib import resources
from typing import Iterator


def path(name: str):
    return resources.files(__name__).joinpath(name)


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV data file; lines starting with '#' are provenance comments."""
    with path(name).open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
