"""The gazetteer at run time: entries loaded from the built data file and a
finder for place mentions in English and Korean text.

Matching works on tokens, not on one regular expression per name: each run of
Latin letters or of Hangul is a token, and the longest sequence of up to
``MAX_TOKENS`` tokens whose folded form is a known name wins. Hangul names also
match at the start of a word when the rest of the word is a particle
(회령시에서, 함경북도의).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Optional

from .. import data
from .cues import has_role
from .spelling import fold

MAX_TOKENS = 6
_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]+(?:['’ʼ][A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]+)*|[가-힣]+")
_GAP_OK = re.compile(r"[ \t\r\n]*(?:[-‐–][ \t\r\n]*)?")
# Words repeat across reports; their keys are looked up rather than folded again.
_fold_word = lru_cache(maxsize=1 << 16)(fold)
_POSSESSIVE = re.compile(r"['’ʼ]s$")
_KIND_RANK = {"country": 0, "region": 1, "province": 2, "city": 3, "county": 4, "district": 5, "town": 6, "point": 7}
PRECISION_RANK = {"country": 0, "region": 1, "admin1": 2, "county": 3, "point": 4}


@dataclass(frozen=True)
class PlaceEntry:
    id: str
    kind: str
    name: str
    country: str
    admin1: Optional[str]
    parent: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    hangul: tuple[str, ...]
    aliases: tuple[str, ...]
    source: str

    @cached_property  # read many times per mention; the fields never change
    def precision(self) -> str:
        if self.kind in ("country", "region"):
            return self.kind
        if self.parent == self.country:  # a first-level division, whatever its kind
            return "admin1"
        return "point" if self.kind in ("town", "point") else "county"

    @cached_property
    def place_name(self) -> str:
        """The name as the place is called, without the gazetteer's qualifier that tells
        two places of one name apart ("Unsan (North Pyongan)", "Kosong (North)"): a record
        carries its admin1, country and gazetteer id for that, and exports (ACLED's admin2,
        Uwazi's place) want the name."""
        return _QUALIFIER.sub("", self.name) or self.name


_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    candidates: tuple[PlaceEntry, ...]


class _Lazy:
    """``f(j)`` as a sequence, computed when indexed."""

    def __init__(self, f) -> None:
        self.f = f

    def __getitem__(self, j: int):
        return self.f(j)


class Gazetteer:
    def __init__(self, entries: list[PlaceEntry], suffixes: set[str], nouns: set[str]) -> None:
        self.entries = {e.id: e for e in entries}
        self._index: dict[str, list[PlaceEntry]] = {}
        # Keys some spelling writes as several words; only these may match across a space,
        # so "Kim Chaek" (a person) is not Kimchaek (a city) while "North Hamgyong" is a province.
        self._spaced: set[str] = set()
        for e in entries:
            for name in (e.name,) + e.aliases + e.hangul:
                key = fold(name)
                if len(key) < 2 or (key.isascii() and len(key) < 3):
                    continue
                bucket = self._index.setdefault(key, [])
                if e not in bucket:
                    bucket.append(e)
                if re.search(r"[\s\-]", name.strip()):
                    self._spaced.add(key)
        # Every leading part of every key: a match can grow by another token only while
        # what it has read so far begins some name, so most words are dropped at once.
        self._prefixes = {key[:n] for key in self._index for n in range(1, len(key) + 1)}
        self._particles = suffixes
        self._hangul_starts: dict[str, bool] = {}  # see _may_start_hangul
        self._nouns = nouns
        # Per word: its key and whether a name may start at it (see find); words repeat
        # across reports, and both depend on the word alone.
        self._word = lru_cache(maxsize=1 << 16)(self._word_info)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        entries = [_entry(row) for row in data.read_tsv("places/gazetteer.tsv")]
        particles, nouns = set(), set()
        for row in data.read_tsv("places/ko_suffixes.tsv"):
            (particles if row["kind"] == "particle" else nouns).add(row["form"])
        return cls(entries, particles, nouns)

    def get(self, entry_id: str) -> Optional[PlaceEntry]:
        return self.entries.get(entry_id)

    def lookup_all(self, name: str) -> list[PlaceEntry]:
        """Every entry that goes by ``name`` (any spelling), most prominent first."""
        return sorted(self._index.get(fold(name), ()), key=_prominence)

    def lookup(self, name: str) -> Optional[PlaceEntry]:
        """The entry a whole name means when nothing else is known: a North Korean
        place before others, a larger division before a smaller one."""
        found = self.lookup_all(name)
        return found[0] if found else None

    def find(self, text: str, offset: int = 0) -> list[PlaceMention]:
        """Place mentions in ``text``, longest first, no overlaps; offsets are
        shifted by ``offset`` so a passage can be searched in place."""
        toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        infos = list(map(self._word, [t for _, _, t in toks]))
        keys = [k for k, _ in infos]
        # What lies between tokens j and j+1 is read only where a name may go on past j.
        gap_ok = _Lazy(lambda j: bool(_GAP_OK.fullmatch(text, toks[j][1], toks[j + 1][0])))
        spaced = _Lazy(lambda j: toks[j][1] < toks[j + 1][0])
        out, i = [], 0
        # Most words begin no name: the matcher is tried only at the others, in order, as a
        # walk over every word that stepped past them one at a time did.
        for c in [j for j, (_, may) in enumerate(infos) if may]:
            if c < i:
                continue  # inside the name found last
            i = c
            hit = self._match_at(toks, keys, gap_ok, spaced, i)
            if hit is None:
                i += 1
                continue
            n, end, entries = hit
            start = toks[i][0]
            if has_role(text, start, end, "not_place"):  # Hwasong-15, Kim Chaek University
                i += n
                continue
            out.append(PlaceMention(start + offset, end + offset, text[start:end], tuple(entries)))
            i += n
        return out

    def _word_info(self, word: str) -> tuple[str, bool]:
        """(key, whether a name may start at the word): a word begins no name when no name
        starts with its key, none is the key less a possessive's s, and it is not Hangul,
        whose particles _match_last cuts off."""
        key = _fold_word(word)
        may = key in self._prefixes or key[:-1] in self._index or (
            "가" <= word[0] <= "힣" and self._may_start_hangul(word))
        return key, may

    def _may_start_hangul(self, word: str) -> bool:
        """Whether a Hangul word that begins no name as a whole may still hold one before its
        particles (회령시에서): some leading part of it is a name. Most Korean words are
        not, and need not go through the matcher."""
        known = self._hangul_starts.get(word)
        if known is None:
            if len(self._hangul_starts) >= 1 << 16:
                self._hangul_starts.clear()
            index = self._index
            known = self._hangul_starts[word] = any(word[:cut] in index for cut in range(len(word) - 1, 0, -1))
        return known

    def _match_at(self, toks, keys, gap_ok, spaced, i):
        """The longest match starting at token ``i``: (tokens used, end, entries)."""
        best, head, multi = None, "", False
        for n in range(1, min(MAX_TOKENS, len(toks) - i) + 1):
            if n > 1:
                if not gap_ok[i + n - 2]:
                    break
                multi = multi or spaced[i + n - 2]
            last_start, last_end, last = toks[i + n - 1]
            key = head + keys[i + n - 1]
            hit = self._match_last(key, head, last, last_start, last_end, multi)
            if hit is not None:
                best = (n, hit[0], hit[1])
            if key not in self._prefixes:
                break
            head = key
        return best

    def _match_last(self, key, head, last, last_start, last_end, multi):
        """A name ending in the last token: whole, before a possessive ('s), or before
        the particles of a Hangul word."""
        if key in self._index and (not multi or key in self._spaced):
            return last_end, self._index[key]
        if _POSSESSIVE.search(last):  # Hyesan's
            k2 = key[:-1]
            if k2 in self._index and (not multi or k2 in self._spaced):
                return last_end - 2, self._index[k2]
        if "가" <= last[0] <= "힣" and head + last[:1] in self._prefixes:
            for cut in range(len(last) - 1, 0, -1):
                k2 = head + last[:cut]
                if k2 in self._index and (not multi or k2 in self._spaced) and self._is_ending(last[cut:]):
                    return last_start + cut, self._index[k2]
        return None

    def _is_ending(self, rest: str) -> bool:
        """Whether ``rest`` (the word after a Hangul place name) is an optional noun
        and at most two particles: 에서, 의, 보위부는, 지역에서도."""
        for noun in [""] + [x for x in self._nouns if rest.startswith(x)]:
            tail = rest[len(noun):]
            if tail == "" or tail in self._particles or any(
                    tail.startswith(p) and tail[len(p):] in self._particles for p in self._particles):
                return True
        return False


def _prominence(e: PlaceEntry) -> tuple:
    return (e.country != "KP", _KIND_RANK.get(e.kind, 9), e.id)


def _entry(row: dict[str, str]) -> PlaceEntry:
    def split(v: str) -> tuple[str, ...]:
        return tuple(x for x in (v or "").split("|") if x)
    return PlaceEntry(
        id=row["id"], kind=row["kind"], name=row["name"], country=row["country"],
        admin1=row["admin1"] or None, parent=row["parent"] or None,
        lat=float(row["lat"]) if row["lat"] else None, lon=float(row["lon"]) if row["lon"] else None,
        hangul=split(row["hangul"]), aliases=split(row["aliases"]), source=row["source"])
