"""The ``locate`` stage: give every event the place it happened, from the
narrowest span of text that names one.

Order: a place named in the event's evidence (or pointed back to: "시 보위부", "the
city", see ``data/places/deixis.tsv``), else the place governing its paragraph (one
in the actor's country when there is one), else where the source last named before
the passage is, else the place the document is
datelined or mainly about, else the country the report is about. A place people
went to or live in now ("defected to South Korea", "한국으로") is not where an act
inside North Korea happened; it is used only when nothing else is found.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from .. import data

from ..records import Analysis, Event, Location
from .cues import has_role
from .gazetteer import PRECISION_RANK, Gazetteer, PlaceEntry, PlaceMention

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
# A dateline: the document's first words in capitals before a comma or dash ("HYESAN, Sept 12 -").
_DATELINE = re.compile(r"\s*([A-Z][A-Z'’ -]{2,40}?)\s*(?:,|—|–|-{1,2})\s")


@dataclass(frozen=True)
class Placed:
    """A mention with the entry chosen for it in this document."""
    mention: PlaceMention
    entry: PlaceEntry
    destination: bool  # where someone went or was sent, not where an act happened
    source: bool  # where the reporting source is
    residence: bool = False  # where someone lives

    @property
    def away(self) -> bool:
        """A place people went to, or live in abroad: never the report's own place."""
        return self.destination or (self.residence and self.entry.country != "KP")

    @property
    def start(self) -> int:
        return self.mention.start


def locate_events(analysis: Analysis, gazetteer: Optional[Gazetteer] = None) -> Analysis:
    gaz = gazetteer or Gazetteer.load()
    text = analysis.document.text
    mentions = gaz.find(text)
    if not mentions:
        for ev in analysis.events:
            ev.location = None
        return analysis
    paragraphs = _paragraph_spans(text)
    context = _stated_admin1(mentions)
    placed = _spread_destination(text, [_place(text, m, context, paragraphs) for m in mentions])
    sources = [p for p in placed if p.source and not p.away and p.entry.precision != "country"]
    document = _document_place(text, placed)
    pointed = _pointed(text, placed)
    for ev in analysis.events:
        # The source speaking is the one named last before the passage ("소식통은" refers back).
        before = [p for p in sources if p.start < ev.evidence.start]
        source = before[-1] if before else (sources[0] if sources else None)
        ev.location = _locate_one(ev, placed + pointed, paragraphs, source, document)
    return analysis


@lru_cache(maxsize=1)
def _deixis() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((row["kind"], re.compile(row["pattern"], re.IGNORECASE))
                 for row in data.read_tsv("places/deixis.tsv"))


def _pointed(text: str, placed: list[Placed]) -> list[Placed]:
    """Words pointing back to a named place ("시 보위부", "the city"), as mentions of the
    last place of that kind named before them; only North Korean or Chinese cities and
    counties, never a destination."""
    out = []
    for kind, pattern in _deixis():
        for m in pattern.finditer(text):
            prior = [p for p in placed if p.mention.end <= m.start() and p.entry.kind == kind and not p.away]
            if prior:
                ref = prior[-1]
                mention = PlaceMention(m.start(), m.end(), m.group(0), (ref.entry,))
                out.append(Placed(mention, ref.entry, False, False))
    return out


def _locate_one(ev: Event, placed: list[Placed], paragraphs, source, document) -> Optional[Location]:
    usable = [p for p in placed if not _not_act_place(p, ev)]
    ev_start, ev_end = ev.evidence.start, ev.evidence.end
    para = _paragraph_of(paragraphs, ev_start)
    anchor = ev.trigger_start if ev.trigger_start is not None else ev_start
    in_para = [p for p in usable if para[0] <= p.start < para[1]]
    # A paragraph naming places on both sides of the border ("무산은 중국 화룡시와 마주한"):
    # the actor's country is where its act happened.
    actor = ev.perpetrator.actor if ev.perpetrator and ev.perpetrator.actor else ""
    home = [p for p in in_para if actor and p.entry.country == actor.split(".")[0]]
    levels = [
        ("evidence", [p for p in usable if ev_start <= p.start < ev_end]),
        ("paragraph", home or in_para),
        ("source", [source] if source and not _not_act_place(source, ev) else []),
        ("document", [document] if document and not _not_act_place(document, ev) else []),
    ]
    for basis, found in levels:
        best = _most_specific([p for p in found if p.entry.precision != "country"], anchor)
        if best:
            return _location(best, basis)
    # Country level: the report is about a country when it names it or a place in it.
    countries = [p for p in usable if p.entry.country == "KP"] or usable
    if countries:
        named = next((p for p in countries if p.entry.precision == "country"), None)
        if named:
            return _location(named, "country")
        return Location(name=_country_name(countries[0].entry.country), country=countries[0].entry.country,
                        precision="country", gazetteer_id=countries[0].entry.country, basis="country")
    # Nothing but places people went to: better than no place at all.
    inside = [p for p in placed if ev_start <= p.start < ev_end] or [p for p in placed if para[0] <= p.start < para[1]]
    best = _most_specific(inside, anchor)
    return _location(best, "evidence" if ev_start <= best.start < ev_end else "paragraph") if best else None


def _not_act_place(p: Placed, ev: Event) -> bool:
    """Whether a mention must not be taken as where ``ev`` happened: a place people
    were sent or went to (banishment happens where they are taken from; only a return
    or repatriation ends where it goes, when that is inside North Korea), a place abroad
    people live in, or South Korea for an act by North Korean organs (their families
    are pressured at home, not where the defector lives)."""
    if p.destination:
        return p.entry.country != "KP" or ev.type not in ("RETURN", "REPATRIATE")
    if p.entry.country == "KP":
        return False
    if p.residence:
        return True
    actor = ev.perpetrator.actor if ev.perpetrator and ev.perpetrator.actor else ""
    return p.entry.country == "KR" and (actor.startswith("KP") or not actor)


def _most_specific(found: list[Placed], anchor: int) -> Optional[Placed]:
    if not found:
        return None
    return max(found, key=lambda p: (PRECISION_RANK[p.entry.precision], -abs(p.start - anchor)))


def _place(text: str, m: PlaceMention, context: dict[str, int], paragraphs) -> Placed:
    entry = _choose(m, context, paragraphs)
    return Placed(m, entry, has_role(text, m.start, m.end, "destination"),
                  has_role(text, m.start, m.end, "source"), has_role(text, m.start, m.end, "residence"))


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and|or)|,|and|or|과|와|및|이나|나)\s*")


def _spread_destination(text: str, placed: list[Placed]) -> list[Placed]:
    """A destination cue names one end of a list ("to villages in Kapsan and Pungso",
    "백암군과 운흥군의 산골 마을로"): every place joined to it is a destination too."""
    out = list(placed)
    for order in (range(len(out) - 1), reversed(range(len(out) - 1))):
        for i in order:
            a, b = out[i], out[i + 1]
            if a.destination == b.destination or not _COORDINATION.fullmatch(text, a.mention.end, b.start):
                continue
            if a.destination:
                out[i + 1] = replace(b, destination=True)
            else:
                out[i] = replace(a, destination=True)
    return out


def _choose(m: PlaceMention, context: dict[str, int], paragraphs) -> PlaceEntry:
    """The candidate a mention means: one inside a province stated nearby (the
    nearer the statement the better), else a North Korean one, else the largest."""
    if len(m.candidates) == 1:
        return m.candidates[0]

    def score(e: PlaceEntry):
        at = context.get(e.admin1 or "", None)
        near = -abs(at - m.start) if at is not None else -10**9
        return (at is not None, near, e.country == "KP", -_kind_rank(e))
    return max(m.candidates, key=score)


def _kind_rank(e: PlaceEntry) -> int:
    return ("country", "region", "province", "city", "county", "district", "town", "point").index(e.kind) \
        if e.kind in ("country", "region", "province", "city", "county", "district", "town", "point") else 9


def _stated_admin1(mentions: list[PlaceMention]) -> dict[str, int]:
    """First-level divisions the text states without ambiguity, with where it states them."""
    out: dict[str, int] = {}
    for m in mentions:
        admins = {e.admin1 for e in m.candidates}
        if len(admins) == 1 and None not in admins:
            out.setdefault(admins.pop(), m.start)
    return out


def _document_place(text: str, placed: list[Placed]) -> Optional[Placed]:
    candidates = [p for p in placed if not p.away and p.entry.precision != "country"]
    if not candidates:
        return None
    m = _DATELINE.match(text)
    if m:
        dated = [p for p in candidates if p.start >= m.start(1) and p.mention.end <= m.end(1)]
        if dated:
            return dated[0]
    counts = Counter(p.entry.id for p in candidates)
    top = max(counts.values())
    return next(p for p in candidates if counts[p.entry.id] == top)


def _location(p: Placed, basis: str) -> Location:
    e = p.entry
    return Location(text=p.mention.text, name=e.name, admin1=e.admin1, country=e.country, lat=e.lat, lon=e.lon,
                    precision=e.precision, gazetteer_id=e.id, start=p.mention.start, end=p.mention.end, basis=basis)


def _country_name(code: str) -> Optional[str]:
    e = Gazetteer.load().get(code)
    return e.name if e else None


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _paragraph_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e or pos < s:
            return (s, e)
    return spans[-1]
