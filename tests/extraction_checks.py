"""Shared by the extractor tests: one extractor run on a sentence of the test's own,
with the check every extractor test makes (each evidence span is verbatim text)."""
from chronicle.records import Document, Source


def run_extractor(extract, text: str, language: str):
    doc = Document(text.encode(), text, Source(language=language), "test", "text/plain")
    events = extract(doc)
    for ev in events:
        assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    return events


def perpetrators_of(events, etype: str) -> set:
    """The actor keys of the events of ``etype`` (None for an act with no actor); fails,
    listing what was found, when there is no such event."""
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in events]
    return {e.perpetrator.actor if e.perpetrator else None for e in found}


def the_one(events, etype: str):
    """The single event of ``etype``; fails, listing what was found, when there is none or
    more than one (a restatement merged, or two acts kept apart)."""
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in events]
    return found[0]
