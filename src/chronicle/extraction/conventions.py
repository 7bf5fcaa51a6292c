"""Coding conventions that hold in every language (bench/CODING.md), applied to a
report's events after the language's own rules have read them."""
from __future__ import annotations

from dataclasses import replace

from ..records import Event

UNIT_VISIT_RULE = "conventions.unit_visit"


def unit_visits(events: list[Event]) -> list[Event]:
    """A neighbourhood unit's head calling at a home (bench/CODING.md, VISIT vs SURVEIL:
    "the inminban head drops by to see who is visiting"): the head watches for an organ and
    questions no one on its behalf, so the call is watching (SURVEIL). A call that carries
    another act told in the same passage (a threat, an order to report, a summons) is that
    act's step and no act of its own. The development sets code 163 acts of the unit as
    watching and 9 as visits."""
    out = []
    for ev in events:
        if ev.type != "VISIT" or ev.perpetrator is None or ev.perpetrator.actor != "KP.inminban":
            out.append(ev)
            continue
        beside = [o for o in events if o is not ev and o.type != "VISIT" and _overlap(o, ev)]
        if beside:
            continue
        ev.type = "SURVEIL"
        ev.extractor = replace(ev.extractor, fields={**ev.extractor.fields, "type": UNIT_VISIT_RULE})
        out.append(ev)
    return out


def _overlap(a: Event, b: Event) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end
