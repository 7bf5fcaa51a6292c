"""Importing this module loads everything the pipeline needs (spaCy, Kiwi, the
gazetteer, the lexicons) into the importing process.

``chronicle ingest --workers N`` starts its workers from a fork server that
imports this module first: every worker is then forked with the models already
in memory, so the pages that hold them (about 0.45 GiB, mostly Kiwi's model)
are shared by all workers instead of loaded once per worker, and no worker
spends seconds loading them.
"""
from __future__ import annotations

import gc

from threadpoolctl import threadpool_limits

from .pipeline import DEFAULT_STAGES
from .records import Document, Source


def warm(stages=DEFAULT_STAGES) -> None:
    """Build the worker pipeline and run it once per language, so caches that fill
    on first use are filled here, before the fork."""
    from .parallel import pipeline_for

    pipeline = pipeline_for(tuple(stages))
    for language, text in (("en", "Security agents arrested two residents in Hyesan last month."),
                           ("ko", "보위부원들이 지난달 혜산에서 주민 두 명을 체포했다.")):
        pipeline(Document(raw=text.encode(), text=text, origin="preload", media_type="text/plain",
                          source=Source(language=language, published="2020-01-01")))


# Workers are the parallelism: a BLAS thread pool in each would only contend with
# the other workers for the same cores.
threadpool_limits(1)
warm()
# Objects made so far live as long as the process: keep the collector from writing
# to them (which would copy their pages into every forked worker).
gc.freeze()
