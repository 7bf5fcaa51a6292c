"""The pipeline: text -> extraction -> places -> times, as named stages over an
``Analysis``. Ingest (reading bytes into Documents) happens before it and
storing after it; both live in their own modules.
"""
from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator, Sequence

from .records import Analysis, Document
from .registry import extractors, stages

DEFAULT_STAGES = ("extract", "genre", "dedupe", "fields", "locate", "jurisdiction", "date")


def _load_components() -> None:
    # Importing the modules registers their components.
    from .extraction import english, jurisdiction, korean, learned_fields  # noqa: F401
    from . import places  # noqa: F401
    from . import times  # noqa: F401


# The note an analysis carries when a stage failed on its document (see Pipeline.pipe).
ANALYSIS_ERROR = "analysis_error"

@stages.register("extract")
def extract_stage(analysis: Analysis) -> Analysis:
    lang = analysis.document.source.language or "en"
    if lang not in extractors:
        analysis.notes["extract"] = f"no extractor for language {lang!r}"
        return analysis
    analysis.events = list(extractors.get(lang)(analysis.document))
    return analysis


@stages.register("genre")
def genre_stage(analysis: Analysis) -> Analysis:
    """A review or retelling of a novel, film or drama tells the story's acts, no state's:
    its events are set aside and the analysis says why."""
    from .extraction.genre import fiction
    doc = analysis.document
    if analysis.events and fiction(doc.text, doc.source.language or "en", doc.source.title or ""):
        analysis.notes["genre"] = f"fiction: {len(analysis.events)} events of the story set aside"
        analysis.events = []
    return analysis


@stages.register("dedupe")
def dedupe_stage(analysis: Analysis) -> Analysis:
    """One record per (type, evidence span): two rules reading the same act in
    the same passage must not export it twice."""
    seen: dict[str, int] = {}
    kept = []
    for ev in analysis.events:
        if ev.event_id in seen:
            continue
        seen[ev.event_id] = len(kept)
        kept.append(ev)
    analysis.events = kept
    return analysis


class Pipeline:
    def __init__(self, names: Sequence[str] = DEFAULT_STAGES) -> None:
        _load_components()
        self.names = tuple(names)
        self.components = [stages.get(n) for n in self.names]

    def __call__(self, document: Document) -> Analysis:
        analysis = Analysis(document=document)
        for component in self.components:
            analysis = component(analysis)
        return analysis

    def pipe(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Analysis]:
        """Analyses in input order. Documents go through extraction in batches:
        an extractor with ``extract_many`` (one parser call for the trigger
        sentences of the whole batch) gets the batch at once, which amortises
        the parser's per-call cost; the results equal calling it per document."""
        it = iter(documents)
        while batch := list(islice(it, batch_size)):
            yield from self._batch(batch)

    def _batch(self, batch: list[Document]) -> list[Analysis]:
        """A batch's analyses; a document on which a stage fails is analysed alone and,
        failing again, comes back with the failure in ``notes`` (ANALYSIS_ERROR) and
        no events: one bad document never stops a run of thousands."""
        try:
            return self._batch_together(batch)
        except Exception as exc:  # noqa: BLE001 - any stage's failure is this document's, not the run's
            if len(batch) == 1:
                reason = f"analysis failed: {type(exc).__name__}: {exc}".rstrip(": ")
                return [Analysis(document=batch[0], notes={ANALYSIS_ERROR: reason})]
            return [a for d in batch for a in self._batch([d])]

    def _batch_together(self, batch: list[Document]) -> list[Analysis]:
        analyses = [Analysis(document=d) for d in batch]
        rest = list(zip(self.names, self.components))
        if self.names and self.names[0] == "extract":
            rest = rest[1:]
            by_lang: dict[str, list[Analysis]] = {}
            for a in analyses:
                by_lang.setdefault(a.document.source.language or "en", []).append(a)
            for lang, group in by_lang.items():
                if lang not in extractors:
                    for a in group:
                        extract_stage(a)
                    continue
                extractor = extractors.get(lang)
                many = getattr(extractor, "extract_many", None)
                if many is not None:
                    for a, evs in zip(group, many([a.document for a in group])):
                        a.events = list(evs)
                else:
                    for a in group:
                        a.events = list(extractor(a.document))
        for _name, component in rest:
            analyses = [component(a) for a in analyses]
        return analyses
