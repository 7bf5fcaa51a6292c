"""The review desk web app (``chronicle serve``): search, read, review, map,
timeline, and a redacted public view of accepted events."""
from .app import create_app

__all__ = ["create_app"]
