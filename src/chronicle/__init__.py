"""chronicle: reports of state coercion -> a verifiable, span-precise incident record.

    import chronicle
    store = chronicle.open("chronicle.db")
    store.events(type="COERCE").to_pandas()
    chronicle.extract(text, published="2014-09-15")
"""
__version__ = "0.1.0"

from .api import extract, open  # noqa: E402,F401,A001

__all__ = ["open", "extract", "__version__"]
