from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestError:
    """A document that could not be read: where (file, and line or entry) and why."""
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class ReadError(ValueError):
    """Raised inside readers; turned into an ``IngestError`` at the reader boundary."""
