"""chronicle: reports of state coercion -> a verifiable, span-precise incident record."""
__version__ = "0.1.0"
