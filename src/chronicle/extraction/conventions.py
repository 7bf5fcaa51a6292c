"""Coding conventions that hold in every language (bench/CODING.md), applied to a
report's events after the language's own rules have read them."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from .. import data
from ..records import Event


@lru_cache(maxsize=None)
def penalty_kinds(lang: str) -> dict[str, str]:
    """Kinds of penalty by trigger rule (en) or term (ko), from lexicon/penalty_kinds.tsv: two
    kinds told together ("expelled from the Party and dismissed", 해임됐고 ... 당적을 박탈했다)
    are two acts (one event per distinct act)."""
    return {r["key"]: r["kind"] for r in data.read_tsv("lexicon/penalty_kinds.tsv") if r["lang"] == lang}


# A rule or term of kind "mixed" reads several kinds: its words say which, in this order, else the
# language's default (English: the trigger's own words, "expelled from the Party"; Korean: the
# words just before the verb, 당에서 / 대학에서 쫓겨났다, anything else being a post lost).
_KIND_BY_WORDS = {
    "en": ((("party", re.compile(r"\bParty\b|\bmembership\b|\brolls?\b", re.I)),
            ("school", re.compile(r"\b(?:universit|college|school|academ|institute|studies)", re.I)),
            ("post", re.compile(r"\b(?:removed|dismissed|fired|sacked)\b", re.I))), None),
    "ko": ((("party", re.compile(r"(?<![가-힣])(?:노동)?당\S*에서")),
            ("school", re.compile(r"(?:학교|대학|대학교|학원|군관학교|사범대학|학급|공부)\S*(?:에서|을|를)"))), "post"),
}


def penalty_kind(lang: str, key: str, words: str) -> Optional[str]:
    """The kind of penalty the trigger ``key`` reads (party, post, school, fine, term, goods), if
    one; a "mixed" key's kind is read from ``words``."""
    kind = penalty_kinds(lang).get(key)
    if kind != "mixed":
        return kind
    table, default = _KIND_BY_WORDS[lang]
    return next((k for k, rx in table if rx.search(words)), default)


UNIT_VISIT_RULE = "conventions.unit_visit"
# People the record follows wherever they are: North Koreans named as such.
NORTH_KOREANS = frozenset({"defector", "defector_family", "returnee", "worker_abroad"})


def owned_acts(events: list[Event]) -> list[Event]:
    """The acts an organ is found doing, or done to North Koreans named as such: in a report
    set away from the North's and China's organs (Seoul's courts, a festival, mosquito
    control), an act no organ does on other people is someone else's, which the record does
    not code. Each language says when a report is such a report."""
    return [e for e in events if e.perpetrator is not None
            or (e.target is not None and e.target.category in NORTH_KOREANS)]


def apply(events: list[Event]) -> list[Event]:
    """The conventions every language's reader applies last, in order."""
    return steps_of_other_acts(unit_visits(events))


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


def steps_of_other_acts(events: list[Event]) -> list[Event]:
    """Custody told as the step of another act in the same passage is no act of its own:
    a capture that begins an abduction (bench/CODING.md, DETAIN vs ABDUCT: one ABDUCT, no
    separate DETAIN), and being caught at something (걸리다, 적발, "caught with") when the
    passage tells the penalty it brought (caught and fined: the fine is the act)."""
    out = []
    for ev in events:
        if ev.type == "DETAIN":
            beside = [o for o in events if o is not ev and _overlap(o, ev) and _same_state(o, ev)]
            if any(o.type == "ABDUCT" and not o.extractor.rule.startswith("model.") for o in beside):
                # (an abduction only the learned reader proposes is the weaker reading: both stay)
                continue
            if ev.extractor.rule in CAUGHT_RULES and any(o.type == "PUNISH" for o in beside):
                continue
        out.append(ev)
    return out


# Rules that read custody on words of being caught or found out (no word of holding anyone).
CAUGHT_RULES = frozenset({"detain.caught", "ko:DETAIN:걸리다", "ko:DETAIN:적발"})


def _same_state(a: Event, b: Event) -> bool:
    ka = a.perpetrator.actor if a.perpetrator else None
    kb = b.perpetrator.actor if b.perpetrator else None
    return not ka or not kb or ka.split(".")[0] == kb.split(".")[0]


def _overlap(a: Event, b: Event) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end
