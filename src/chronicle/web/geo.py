"""The peninsula outline and first-level division centres (data/korea.json),
and the two server-drawn charts: the event map and the monthly timeline.
Charts are plain SVG with presentation attributes only (no inline style), so
they pass the Content-Security-Policy and download as standalone files."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any, Optional

from ..records import EVENT_TYPES

# One colour per event type (colour-blind-safe-ish: Tableau-like hues, then darker).
TYPE_COLOURS = dict(zip(EVENT_TYPES, (
    "#4e79a7", "#e15759", "#f28e2b", "#76b7b2", "#59a14f", "#b07aa1", "#9c755f",
    "#edc948", "#ff9da7", "#17becf", "#8c2d04", "#7f7f7f", "#bcbd22", "#1f3a93")))


@lru_cache(maxsize=1)
def korea() -> dict[str, Any]:
    return json.loads(resources.files("chronicle.web").joinpath("data/korea.json").read_text("utf-8"))


def admin1_names() -> list[str]:
    return list(korea()["admin1"])


def admin1(name: str) -> Optional[dict[str, Any]]:
    return korea()["admin1"].get(name)


class Projection:
    """Equirectangular, x scaled by cos(mid latitude) so shapes keep their look."""

    def __init__(self, width: float, pad: float = 10) -> None:
        self.lon0, self.lat0, lon1, lat1 = korea()["bbox"]
        self.k = math.cos(math.radians((self.lat0 + lat1) / 2))
        self.scale = (width - 2 * pad) / ((lon1 - self.lon0) * self.k)
        self.pad, self.lat1 = pad, lat1
        self.width = width
        self.height = (lat1 - self.lat0) * self.scale + 2 * pad

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (self.pad + (lon - self.lon0) * self.k * self.scale,
                self.pad + (self.lat1 - lat) * self.scale)


def _path(proj: Projection, ring: list[list[float]], close: bool = True) -> str:
    pts = [proj(lon, lat) for lon, lat in ring]
    d = "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in pts)
    return d + (" Z" if close else "")


def map_svg(data: dict[str, Any], width: int = 560, title: str = "Events by place") -> str:
    """Points sized by the number of events at each coordinate, and a count
    badge at the centre of each first-level division."""
    proj = Projection(width)
    geo = korea()
    h = proj.height + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {h:.0f}" width="{width}" '
           f'height="{h:.0f}" role="img" aria-label="{escape(title)}" font-family="sans-serif">',
           f'<rect width="{width}" height="{h:.0f}" fill="#eef3f8"/>',
           f'<path d="{_path(proj, geo["outline"])}" fill="#ffffff" stroke="#5b6b7b" stroke-width="1.2"/>']
    for isl in geo["islands"]:
        out.append(f'<path d="{_path(proj, isl)}" fill="#ffffff" stroke="#5b6b7b" stroke-width="1"/>')
    out.append(f'<path d="{_path(proj, geo["mdl"], close=False)}" fill="none" stroke="#9aa7b4" '
               f'stroke-width="1" stroke-dasharray="4 3"/>')
    biggest = max([n for _, _, n in data["points"]] or [1])
    for lat, lon, n in sorted(data["points"], key=lambda p: -p[2]):
        x, y = proj(lon, lat)
        r = 3 + 12 * math.sqrt(n / biggest)
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#c0392b" fill-opacity="0.45" '
                   f'stroke="#922b21" stroke-width="0.8"><title>{n} events at {lat:.2f}, {lon:.2f}</title></circle>')
    for name, n in data["admin1"]:
        place = geo["admin1"].get(name)
        if not place:
            continue
        x, y = proj(place["lon"], place["lat"])
        out.append(f'<g><rect x="{x + 6:.1f}" y="{y - 9:.1f}" width="{8 + 7 * len(str(n)):.0f}" height="15" rx="3" '
                   f'fill="#1f3a5f"/><text x="{x + 10:.1f}" y="{y + 2:.1f}" font-size="11" fill="#ffffff">{n}</text>'
                   f'<title>{escape(name)}: {n} events</title></g>')
    out.append(f'<text x="10" y="{h - 10:.0f}" font-size="11" fill="#333">{escape(title)}; '
               f'{data["unplaced"]} events without a place. Outline: coarse, curated.</text>')
    out.append("</svg>")
    return "".join(out)


def timeline_svg(rows: list[tuple[str, str, int]], undated: int, width: int = 900,
                 height: int = 320, title: str = "Events per month by type") -> str:
    """Stacked bars: one per month from the first to the last dated event."""
    months = _month_range([m for m, _, _ in rows])
    per: dict[str, dict[str, int]] = {m: {} for m in months}
    for m, t, n in rows:
        per.setdefault(m, {})[t] = per.get(m, {}).get(t, 0) + n
    types = [t for t in EVENT_TYPES if any(t in v for v in per.values())]
    top = max([sum(v.values()) for v in per.values()] or [1]) or 1
    left, right, top_pad, bottom = 40, 140, 24, 46
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    bw = plot_w / max(1, len(months))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="{escape(title)}" font-family="sans-serif">',
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
           f'<text x="{left}" y="16" font-size="12" fill="#222">{escape(title)}; {undated} events without a date</text>']
    for frac in (0, 0.5, 1):
        y = top_pad + plot_h * (1 - frac)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>'
                   f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end" fill="#555">'
                   f'{round(top * frac)}</text>')
    step = max(1, len(months) // 12)
    for i, m in enumerate(months):
        x, y = left + i * bw, top_pad + plot_h
        for t in types:
            n = per[m].get(t, 0)
            if not n:
                continue
            bh = plot_h * n / top
            y -= bh
            out.append(f'<rect x="{x + 0.5:.1f}" y="{y:.1f}" width="{max(1, bw - 1):.1f}" height="{bh:.1f}" '
                       f'fill="{TYPE_COLOURS[t]}"><title>{m} {t}: {n}</title></rect>')
        if i % step == 0:
            out.append(f'<text x="{x + bw / 2:.1f}" y="{top_pad + plot_h + 14}" font-size="10" '
                       f'text-anchor="middle" fill="#555">{m}</text>')
    for j, t in enumerate(types):
        y = top_pad + j * 16
        out.append(f'<rect x="{width - right + 12}" y="{y}" width="10" height="10" fill="{TYPE_COLOURS[t]}"/>'
                   f'<text x="{width - right + 26}" y="{y + 9}" font-size="11" fill="#222">{t}</text>')
    if not months:
        out.append(f'<text x="{left + 10}" y="{top_pad + plot_h / 2}" font-size="13" fill="#777">'
                   f'No dated events match.</text>')
    out.append("</svg>")
    return "".join(out)


def _month_range(months: list[str]) -> list[str]:
    good = sorted({m for m in months if m and len(m) == 7 and m[4] == "-"})
    if not good:
        return []
    y, mo = int(good[0][:4]), int(good[0][5:])
    y1, mo1 = int(good[-1][:4]), int(good[-1][5:])
    out = []
    while (y, mo) <= (y1, mo1) and len(out) < 1200:  # a hundred years at most
        out.append(f"{y:04d}-{mo:02d}")
        mo += 1
        if mo == 13:
            y, mo = y + 1, 1
    return out


# -- gazetteer search for place edits -------------------------------------------

@lru_cache(maxsize=1)
def _place_keys() -> list[tuple[str, Any]]:
    """(folded spelling, entry) for every name, alias and Hangul name."""
    from ..places.gazetteer import Gazetteer
    from ..places.spelling import fold

    out = []
    for e in Gazetteer.load().entries.values():
        for name in dict.fromkeys((e.name,) + e.aliases + e.hangul):
            out.append((fold(name), e))
    return out


def search_places(q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Gazetteer entries whose name (English, alias or Hangul) starts with, or
    else contains, the query; North Korean places and larger divisions first."""
    from ..places.spelling import fold

    key = fold(q.strip())
    if not key:
        return []
    ranked: dict[str, tuple[int, Any]] = {}
    for k, e in _place_keys():
        rank = 0 if k == key else 1 if k.startswith(key) else 2 if key in k else None
        if rank is not None and (e.id not in ranked or rank < ranked[e.id][0]):
            ranked[e.id] = (rank, e)
    order = sorted(ranked.values(), key=lambda r: (r[0], r[1].country != "KP",
                                                   _KIND_ORDER.get(r[1].kind, 9), r[1].name))
    return [place_dict(e) for _, e in order[:limit]]


_KIND_ORDER = {"country": 0, "region": 1, "province": 2, "city": 3, "county": 4, "district": 5, "town": 6}


def place_dict(e) -> dict[str, Any]:
    """A gazetteer entry as the edit form shows it and the record stores it."""
    return {"gazetteer_id": e.id, "name": e.name, "hangul": e.hangul[0] if e.hangul else None,
            "admin1": e.admin1, "country": e.country, "lat": e.lat, "lon": e.lon,
            "precision": e.precision, "kind": e.kind}


def place_location(entry_id: str, text: Optional[str]) -> Optional[dict[str, Any]]:
    """The record's location object for a gazetteer entry (None if unknown)."""
    from ..places.gazetteer import Gazetteer

    e = Gazetteer.load().get(entry_id)
    if e is None:
        return None
    return {"text": text, "name": e.name, "admin1": e.admin1, "country": e.country,
            "lat": e.lat, "lon": e.lon, "precision": e.precision, "gazetteer_id": e.id}


def names_place(entry_id: str, text: str) -> bool:
    """Whether ``text`` is one of the entry's spellings."""
    from ..places.spelling import fold

    return any(e.id == entry_id for k, e in _place_keys() if k == fold(text))
