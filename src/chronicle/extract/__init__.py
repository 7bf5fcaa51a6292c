"""Event extraction, one module per language; importing registers the extractors."""
from . import english  # noqa: F401
from . import korean  # noqa: F401
