"""Event extraction, one module per language (``english``, ``korean``), each
registering itself in ``chronicle.registry.extractors`` when imported; the
pipeline imports them. ``actors`` holds the shared actor lexicon."""
