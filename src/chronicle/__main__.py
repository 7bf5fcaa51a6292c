"""``python -m chronicle``: the same command line as ``chronicle``."""
from .cli import app

app(prog_name="chronicle")
