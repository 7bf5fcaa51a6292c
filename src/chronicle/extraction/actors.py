"""The actor lexicon: aliases (English and Korean) resolved to the contract's
dotted actor keys. Data in ``chronicle/data/actors/``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import data
from ..regex_words import folds_simply, literal_pattern


@dataclass(frozen=True)
class ActorAlias:
    alias: str
    key: str
    generic: bool  # "officials", "agents", 당국: a kind of official, no organisation named


@dataclass(frozen=True)
class ActorMatch:
    start: int
    end: int
    text: str
    key: str
    generic: bool


# English organ nouns whose plural names the same organ's offices ("county security departments", "the
# provincial security bureaus", "city Party committees"): each alias ending in one gets its plural.
_ORGAN_PLURALS = {"department": "departments", "bureau": "bureaus", "office": "offices", "committee": "committees",
                  "station": "stations", "section": "sections", "unit": "units", "squad": "squads", "team": "teams",
                  "agency": "agencies", "ministry": "ministries", "court": "courts", "detachment": "detachments",
                  "post": "posts", "branch": "branches", "brigade": "brigades"}


def _plurals(aliases: list[ActorAlias]) -> list[ActorAlias]:
    have = {a.alias.casefold() for a in aliases}
    out = []
    for a in aliases:
        head, _, last = a.alias.rpartition(" ")
        plural = _ORGAN_PLURALS.get(last.lower())
        if head and plural and f"{head} {plural}".casefold() not in have:
            name = f"{head} {plural if last.islower() else plural.capitalize()}"
            out.append(ActorAlias(name, a.key, a.generic))
            have.add(name.casefold())
    return out


class ActorLexicon:
    def __init__(self, aliases: list[ActorAlias], names: dict[str, str]) -> None:
        self.names = names
        self.aliases = sorted(aliases, key=lambda a: -len(a.alias))
        self._by_alias = {a.alias.casefold(): a for a in self.aliases}
        alternation = "|".join(re.escape(a.alias) for a in self.aliases)
        if all(folds_simply(a.alias) for a in self.aliases):
            # The same longest-first choice as a trie, which the regex engine walks several times
            # faster than ~300 branches tried at every position. Lower case, so that one path
            # holds every spelling (IGNORECASE matches them all) and the greedy trie's first
            # match is the longest alias that fits, as the longest-first alternation's is.
            alternation = literal_pattern({a.alias.lower() for a in self.aliases})
        # Latin aliases need word boundaries; Hangul ones are matched as prefixes of a
        # word (보위부가, 보위부원들이) and the longest alias wins.
        self._pattern = re.compile(rf"(?<![\w'])(?:{alternation})(?:(?<=[가-힣])|(?![\w]))",
                                   re.IGNORECASE)
        # The extractors ask about the same sentence many times (once per trigger, per
        # feature): the aliases of a text are found once and kept (the lexicon never changes).
        self._found = lru_cache(maxsize=4096)(self._find)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "ActorLexicon":
        names = {row["key"]: row["name"] for row in data.read_tsv("actors/keys.tsv")}
        aliases = []
        for lang in ("en", "ko"):
            for row in data.read_tsv(f"actors/{lang}.tsv"):
                if row["key"] not in names:
                    raise ValueError(f"actors/{lang}.tsv: alias {row['alias']!r} names unknown key {row['key']!r}")
                aliases.append(ActorAlias(row["alias"], row["key"], row["generic"] == "generic"))
        return cls(aliases + _plurals(aliases), names)

    def name(self, key: Optional[str]) -> Optional[str]:
        return self.names.get(key) if key else None

    def lookup(self, phrase: str) -> Optional[ActorAlias]:
        """The alias a whole phrase is (case-insensitive), if any."""
        return self._by_alias.get(phrase.strip().casefold())

    def find(self, text: str, offset: int = 0) -> list[ActorMatch]:
        """Every alias occurrence in ``text``, longest first, no overlaps."""
        found = self._found(text)
        if not offset:
            return list(found)
        return [ActorMatch(m.start + offset, m.end + offset, m.text, m.key, m.generic) for m in found]

    def _find(self, text: str) -> tuple[ActorMatch, ...]:
        out = []
        pos = 0
        while (m := self._pattern.search(text, pos)) is not None:
            # The leftmost alias can hide a longer one that starts inside it: "the State
            # Security Ministry" holds "the state" and "State Security Ministry".
            for w in re.finditer(r"(?<=\s)\S", text[m.start():m.end()]):
                inner = self._pattern.match(text, m.start() + w.start())
                if inner is not None and inner.end() > m.end() and inner.end() - inner.start() > m.end() - m.start():
                    m = inner
                    break
            pos = m.end()
            alias = self._by_alias.get(m.group(0).casefold())
            if alias is None:
                continue
            out.append(ActorMatch(m.start(), m.end(), m.group(0), alias.key, alias.generic))
        return tuple(out)
