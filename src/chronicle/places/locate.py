"""The ``locate`` stage: give every event the place it happened, from the
narrowest span of text that names one.

Order: a place named in the event's evidence (or pointed back to: "시 보위부", "the
city", see ``data/places/deixis.tsv``), else the place governing its paragraph (one
in the actor's country when there is one), else where the source last named before
the passage is, else where the passage's people come from, else (for an act not still
expected) the place the document is mainly about (the one its lead names when it has a
dateline: a dateline is the writer's place), else the country the report is about. A place people
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

from ..regex_words import folds_simply, needed_words
from ..records import Analysis, Event, Location
from .cues import roles
from .gazetteer import PRECISION_RANK, Gazetteer, PlaceEntry, PlaceMention
from .spelling import fold, is_hangul

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
# A dateline: the document's first words in capitals before a comma or dash ("HYESAN, Sept 12 -"),
# or before an agency in brackets ("SEOUL (AA) North Korea ...").
_DATELINE = re.compile(r"\s*([A-Z][A-Z'’ -]{2,40}?)\s*(?:,|—|–|-{1,2}|\([A-Za-z]{2,12}\)(?=\s+[A-Z]))\s")
# A Korean wire dateline: "(서울=연합뉴스)".
_DATELINE_KO = re.compile(r"\s*[(\[]([가-힣]{2,8})\s*=\s*[^)\]\n]{1,30}[)\]]")


@dataclass(frozen=True)
class Placed:
    """A mention with the entry chosen for it in this document."""
    mention: PlaceMention
    entry: PlaceEntry
    destination: bool  # where someone went or was sent, not where an act happened
    source: bool  # where the reporting source is
    residence: bool = False  # where someone lives
    transit: bool = False  # a place passed through ("via China", "단둥을 거쳐")
    lure: bool = False  # where a victim was lured to ("lured to Changbai")
    crossing: bool = False  # a border crossing ("the Namyang bridge", "도문 세관")
    head: int = -1  # start of the first place of the list this one is in ("Tumen and Baishan")
    pointer: str = ""  # the kind of word pointing back to the place ("시 보위부": city), for pointers
    organ: bool = False  # the pointer names a North Korean organ of that place ("시 보위부")
    origin: bool = False  # where a person comes from ("a man from Hyesan", "혜산 출신")
    provincial: bool = False  # a province naming its organ ("the North Hamgyong Provincial Court")
    conveyed: bool = False  # where a captive was taken ("flown back to Pyongyang"): where later acts happen

    @property
    def away(self) -> bool:
        """A place people went to, or live in abroad: never the report's own place."""
        return self.destination or (self.residence and self.entry.country != "KP")

    @property
    def start(self) -> int:
        return self.mention.start


def locate_events(analysis: Analysis, gazetteer: Optional[Gazetteer] = None) -> Analysis:
    if not analysis.events:  # nothing to place: skip reading the text's places
        return analysis
    gaz = gazetteer or Gazetteer.load()
    text = analysis.document.text
    mentions = gaz.find(text)
    if not mentions:
        for ev in analysis.events:
            ev.location = None
        return analysis
    paragraphs = _paragraph_spans(text)
    context = _stated_admin1(mentions)
    placed = _spread_crossing(_list_heads(text, _spread_destination(
        text, _spread_apposition(text, [_place(text, m, context, paragraphs) for m in mentions]))))
    sources = [p for p in placed if p.source and not p.away and p.entry.precision != "country"]
    pointed = _pointed(text, placed)
    korean = _is_korean(analysis)
    documents: dict[tuple[str, bool], Optional[Placed]] = {}
    for ev in analysis.events:
        # The source speaking is the one named last before the passage ("소식통은" refers back).
        before = [p for p in sources if p.start < ev.evidence.start]
        source = before[-1] if before else (sources[0] if sources else None)
        # The report's place as this act can use it: a South Korean city the report names most
        # often is no place for an act of North Korean organs, but the report's other place is.
        # (the same for every act of one kind: see _act_kind)
        kind = _act_kind(ev)
        if kind not in documents:
            documents[kind] = _document_place(text, [p for p in placed if not _not_act_place(p, ev)], placed)
        document = documents[kind]
        ev.location = _locate_one(ev, placed + pointed, paragraphs, source, document, text, korean)
    return analysis


def _is_korean(analysis: Analysis) -> bool:
    lang = (analysis.document.source.language or "") if analysis.document.source else ""
    if lang:
        return lang.startswith("ko")
    text = analysis.document.text
    return sum(is_hangul(c) for c in text) > sum(c.isascii() and c.isalpha() for c in text)


@lru_cache(maxsize=1)
def _deixis() -> tuple[tuple[str, re.Pattern, str], ...]:
    return tuple((row["kind"], re.compile(row["pattern"], re.IGNORECASE), row.get("country") or "")
                 for row in data.read_tsv("places/deixis.tsv"))


@lru_cache(maxsize=1)
def _deixis_needs() -> tuple[Optional[re.Pattern], ...]:
    """Per pointing pattern, words (lower case) one of which every match holds, as one regex
    to search in ``text.lower()``; None when none are known. Most texts lack them all."""
    return tuple(needed_words((pattern,)) for _, pattern, _ in _deixis())


def _pointed(text: str, placed: list[Placed]) -> list[Placed]:
    """Words pointing back to a named place ("시 보위부", "the city"), as mentions of the
    last place of that kind named before them; only North Korean or Chinese cities and
    counties, never a destination."""
    out = []
    lowered = text.lower() if folds_simply(text) else None  # None: run every pattern
    for (kind, pattern, country), need in zip(_deixis(), _deixis_needs()):
        if need is not None and lowered is not None and not need.search(lowered):
            continue  # the text lacks every word the pattern needs
        for m in pattern.finditer(text):
            if kind == "destination":  # "in the villages": where people were sent, named before
                prior = [p for p in placed if p.mention.end <= m.start() and p.destination and p.entry.country == "KP"]
            else:
                prior = [p for p in placed if p.mention.end <= m.start() and p.entry.kind == kind and not p.away
                         and (not country or p.entry.country == country)]
            if prior:
                ref = prior[-1]
                mention = PlaceMention(m.start(), m.end(), m.group(0), (ref.entry,))
                out.append(Placed(mention, ref.entry, False, False, pointer=kind, organ=bool(country) and kind != "destination"))
    return out


def _locate_one(ev: Event, placed: list[Placed], paragraphs, source, document, text: str,
                korean: bool) -> Optional[Location]:
    # "the provincial Party committee's campaign": a policy of the province covers the province;
    # an act of a provincial organ against people happens in one town (its seat, the report's).
    usable = [p for p in placed if not _not_act_place(p, ev)
              and ((p.pointer != "province" and not p.provincial) or ev.type == "RESTRICT")
              # a return crosses a border: neither a town's office nor the source's town is where
              and not ((p.organ or p.source) and ev.type == "RETURN")]
    ev_start, ev_end = ev.evidence.start, ev.evidence.end
    para = _paragraph_of(paragraphs, ev_start)
    anchor = ev.trigger_start if ev.trigger_start is not None else ev_start
    # A captive taken somewhere: the place the passage takes them to is not where it seized them,
    # but it is where the acts told after that passage happen.
    usable = [p for p in usable if not p.conveyed or ev.type in ("RETURN", "REPATRIATE") or p.start < ev_start]
    in_evidence = [p for p in usable if ev_start <= p.start < ev_end]
    # A passage of several acts ("held by the MSS in Pyongyang, and his wife was moved out of her
    # flat in Rangnang"): the act's own clause names its place before the other acts' clauses do.
    lo, hi = _clause(text, ev_start, ev_end, anchor)
    in_evidence = [p for p in in_evidence if lo <= p.start < hi and _placeable(p) and not _vague(p, text)] \
        or in_evidence
    # Where a person comes from ("a worker from Chongjin ... arrested in Yanji") describes the person,
    # unless nothing as precise is left ("a woman from Haeju, South Hwanghae Province, said officers came").
    others = [p for p in in_evidence if not p.origin and _placeable(p)]
    if others and max(PRECISION_RANK[p.entry.precision] for p in others) >= max(
            PRECISION_RANK[p.entry.precision] for p in in_evidence if _placeable(p)):
        in_evidence = [p for p in in_evidence if not p.origin]
    # Where the people come from and nothing else ("officers arrested four traders from Tokchon"):
    # the paragraph or the source tells better where they were seized; the origin comes after those.
    origins = []
    if in_evidence and all(p.origin for p in in_evidence):
        origins, in_evidence = in_evidence, []
    if ev.type == "REPATRIATE":  # a handover happens at the crossing the passage names ("the Namyang bridge")
        in_evidence = [p for p in in_evidence if p.crossing] or in_evidence
        # "at the bridge between Changbai and Hyesan": a handover is placed on the side it leaves
        # (bench/CODING.md), not in two countries at once
        if any(p.entry.country == "KP" for p in in_evidence):
            in_evidence = [p for p in in_evidence if p.entry.country not in ("KP", "")] or in_evidence
    if ev.type in ("RETURN", "REPATRIATE"):  # where it was done before where people were taken
        in_evidence = [p for p in in_evidence if not p.destination or _conveyed_abroad_for_handover(p, ev)] \
            or in_evidence
    if ev.type == "ABDUCT":  # an abduction by luring happens where the victim was lured to
        in_evidence = [p for p in in_evidence if p.lure] or in_evidence
    in_para = [p for p in usable if para[0] <= p.start < para[1]]
    # A place first named in a later sentence of the paragraph opens another scene ("도매상도
    # 며칠 뒤 신의주에서 체포됐다"): a weaker clue to the acts told before it than the source's place.
    sentence_end = _SENTENCE_END.search(text, max(ev_start, ev_end - 2))  # the passage may end on its stop
    upto = sentence_end.end() if sentence_end else para[1]
    # Where a person comes from ("a man in his 40s from Hyesan") describes the person: in another
    # sentence it places the act no better than a later scene does.
    later = [p for p in in_para if (p.start >= upto or (p.origin and not ev_start <= p.start < ev_end))
             and not _vague(p, text)]
    in_para = [p for p in in_para if p.start < upto and not (p.origin and (origins or not ev_start <= p.start < ev_end))]
    # A paragraph naming places on both sides of the border ("무산은 중국 화룡시와 마주한"):
    # the actor's country is where its act happened.
    actor = ev.perpetrator.actor if ev.perpetrator and ev.perpetrator.actor else ""
    home = [p for p in in_para if actor and p.entry.country == actor.split(".")[0]]
    # An organ named by its town ("훈춘에 나온 나선시 주민은 '시 보위부가 도청한다'"): the organ acts in its own town.
    organ = [p for p in in_evidence if p.organ]
    # Rivers and "the border city" locate an act no better than the report's own town does.
    vague = [p for p in in_evidence + in_para if _vague(p, text)]
    levels = [
        ("evidence", [p for p in (organ or in_evidence) if not _vague(p, text)]),
        ("nationwide", []),
        ("paragraph", [p for p in (home or in_para) if not _vague(p, text)]),
    ]
    # A return happens at the crossing: the report's town or the source's is not where it was.
    if ev.type != "RETURN":
        levels += [("source", [source] if source and not _not_act_place(source, ev) else [])]
    levels += [("origin", origins)]
    # An act still to come has no place yet but the one its passage or source gives: the town
    # the report is about is where earlier acts happened (development sets: 55% of such acts
    # have no place in gold, 24% the report's).
    if ev.type != "RETURN" and document and ev.status != "expected":
        levels += [("document", [document])]
    levels += [("paragraph", later), ("vague", vague)]
    # An act the passage places abroad by a foreign place only (Laos, a Lao town, Mongolia), done
    # by no organ of the North: the report's own North Korean town is not where it happened.
    abroad = [p for p in in_evidence if p.entry.country not in ("KP", "") and not _placeable(p)]
    for basis, found in levels:
        if basis in ("source", "document") and abroad and not actor.startswith("KP."):
            return Location(name=_country_name(abroad[0].entry.country), country=abroad[0].entry.country,
                            precision="country", gazetteer_id=abroad[0].entry.country, basis="country")
        if basis == "nationwide":
            if _nationwide(text, ev, para):
                break
            continue
        best = _most_specific([p for p in found if _placeable(p)], anchor, text)
        if best and basis == "evidence" and _spans_provinces(best, found):
            break  # "단둥과 도문을 통해": an act in two provinces or countries has no one place
        if best and basis == "evidence":
            best = _enclosing(best, found)
        if not best and basis == "evidence" and any(not _placeable(p) and p.entry.precision == "region" for p in found):
            break  # "from towns along the Chinese border": the passage places the act no closer than a region
        if not best and basis == "evidence" and _countries_listed(found):
            break  # "러시아와 중국에 파견된 노동자들", "in China and Russia": an act in several countries
        if best and basis == "source" and not korean:
            # English reports name the province of their source and the town the story is
            # about; the town is the act's place (the Korean set codes the source's province).
            if (document and best.entry.precision == "admin1" and document.entry.precision == "county"
                    and document.entry.admin1 == best.entry.admin1):
                return _location(document, "document")
        if best:
            if basis == "origin":
                basis = "evidence"
            if basis == "vague":
                basis = "evidence" if ev_start <= best.start < ev_end else "paragraph"
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
    best = _most_specific(inside, anchor, text)
    return _location(best, "evidence" if ev_start <= best.start < ev_end else "paragraph") if best else None


# Where one clause of a passage ends and the next act's begins: a semicolon, a comma with a
# coordinating word ("..., and that officials warned"), a Korean connective after a finished verb
# ("체포했고", "보냈으며") or after a quotation ("...체포했다"며 "...").
_CLAUSE_BREAK = re.compile(
    r";\s*|,\s+(?:and|but|while|whereas|before|after|then)\s+(?:that\s+|then\s+)?"
    r"|(?<=[했었았였됐갔왔겠냈렸혔졌웠쳤켰봤줬])(?:고|으며|며|는데|지만|으나)[,\s]\s*"
    r"|(?<=다)[\"”'’]*\s*(?:며|면서|고)\s+")


def _clause(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """The span of the clause of ``text[start:end]`` that holds ``anchor``."""
    if not start <= anchor < end:
        return start, end
    lo, hi = start, end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= anchor:
            lo = m.end()
        elif m.start() >= anchor:
            hi = m.start()
            break
    return lo, hi


_VAGUE = re.compile(r"river|강$|border\s+(?:city|cities|town|towns)|국경도시", re.IGNORECASE)
_VAGUE_AFTER = re.compile(r"\s+(?:city|cities|town|towns)\b", re.IGNORECASE)  # "the Chinese border city"


def _placeable(p: Placed) -> bool:
    """Whether a mention can be an act's place: not a country, nor a region spanning several
    provinces ("the border area", "the Hamgyong provinces"); the coding gives those no place."""
    return p.entry.precision != "country" and not (p.entry.precision == "region" and not p.entry.admin1)


def _countries_listed(found: list[Placed]) -> bool:
    heads = Counter(p.head for p in found if p.head >= 0 and p.entry.precision == "country")
    return any(n > 1 for n in heads.values())


def _spans_provinces(best: Placed, found: list[Placed]) -> bool:
    members = [p for p in found if best.head >= 0 and p.head == best.head]
    return len({(p.entry.country, p.entry.admin1) for p in members}) > 1


def _vague(p: Placed, text: str = "") -> bool:
    return p.entry.precision == "region" and bool(
        _VAGUE.search(p.mention.text) or _VAGUE_AFTER.match(text, p.mention.end))


# The country itself as the subject of the act's sentence ("North Korea has closed its border",
# "북한은 ... 강화해 왔다"): a national policy, not an act in one town.
_NATIONWIDE = re.compile(
    r"(?:[^,.\n]{0,60},\s*)?"  # after an opening phrase ("Since Kim Jong Un took power, the government has")
    r"(?:North\s+Korea|the\s+North|the\s+(?:North\s+Korean\s+)?(?:government|regime))\s+(?!['’]s)[a-z]+\b"
    r"|(?:North\s+Korean\s+leader\s+)?Kim\s+Jong[\s-]+Un\s+(?:has\s+|had\s+)?(?:ordered|instructed|decreed|told)\b"
    # after the reporting subject ("국정원은 북한이 ... 해임하고": the agency reports a national act)
    r"|(?:(?:[가-힣]{1,10}\s+){0,2}[가-힣]{1,10}(?:은|는)\s+(?:또\s+|또한\s+)?)?"
    r"(?:북한|북한\s*당국|북한\s*정부|북한\s*정권)(?:은|는|이|가|도)\s"
    r"|김정은(?:\s*(?:국무위원장|위원장|총비서|원수))?(?:이|은|는|도)\s")
_SENTENCE_END = re.compile(r"[.!?。]\s+|[.!?。][\"”’']\s+")


def _nationwide(text: str, ev: Event, para: tuple[int, int]) -> bool:
    start = para[0]
    for m in _SENTENCE_END.finditer(text, para[0], ev.evidence.start):
        start = m.end()
    head = text[start:ev.evidence.end].lstrip("\"“'‘ ")
    # The subject opens the sentence, or the passage itself when it starts inside a quote.
    quoted = re.split(r"[\"“]", head, maxsplit=1)  # or opens a quotation: 전문가들은 "북한이 ...
    return bool(_NATIONWIDE.match(head) or _NATIONWIDE.match(ev.evidence.text.lstrip("\"“'‘ "))
                or (len(quoted) == 2 and _NATIONWIDE.match(quoted[1]))
                # "Korean Central Television aired a programme in which ...", "조선중앙TV는 ... 내보냈다":
                # a broadcast to the whole country, placed only by a place its own passage names
                or (ev.type == "PROPAGANDA" and _national_outlet().search(head) is not None))


@lru_cache(maxsize=1)
def _national_outlet() -> re.Pattern:
    """The North's national outlets (the English state-outlet cue of en_generic.tsv, the names
    of ko_state_media.tsv)."""
    from ..regex_words import literal_pattern
    english = next(r["pattern"] for r in data.read_tsv("lexicon/en_generic.tsv") if r["kind"] == "state_outlet")
    korean = literal_pattern(r["name"] for r in data.read_tsv("lexicon/ko_state_media.tsv"))
    return re.compile(f"(?:{english})|(?:{korean})")


def _enclosing(best: Placed, found: list[Placed]) -> Placed:
    """A list of towns inside a province the passage names ("in Jilin Province, including in
    Tumen and Baishan") places the act in the province, not in one of the towns."""
    members = [p for p in found if p.head >= 0 and p.head == best.head]
    if len(members) < 2 or best.entry.precision != "county":
        return best
    admins = {p.entry.admin1 for p in members}
    # The province must open the list itself, not be named elsewhere in the passage (the source's).
    province = [p for p in found if p.entry.precision == "admin1" and p.entry.admin1 in admins and len(admins) == 1
                and not p.source and p.mention.end <= best.head and best.head - p.mention.end <= 40]
    return province[-1] if province else best


def _list_heads(text: str, placed: list[Placed]) -> list[Placed]:
    """Mark places joined in one list with the start of the list's first place."""
    out = list(placed)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        # "Hoeryong, North Hamgyong Province" names one place; a list joins places of one rank.
        if a.entry.precision == b.entry.precision and _COORDINATION.fullmatch(text, a.mention.end, b.start):
            head = a.head if a.head >= 0 else a.start
            out[i - 1] = replace(a, head=head)
            out[i] = replace(b, head=head)
    return out


def _spread_crossing(placed: list[Placed]) -> list[Placed]:
    """A crossing word after a list names crossings of every town in it ("신의주와 온성 세관으로",
    "the Tumen and Namyang bridges"): a handover at either has no one place."""
    heads = {p.head for p in placed if p.crossing and p.head >= 0}
    return [replace(p, crossing=True) if p.head in heads and p.head >= 0 else p for p in placed]


def _conveyed_abroad_for_handover(p: Placed, ev: Event) -> bool:
    """People "put on a train to Vladivostok" to be handed back: the handover is where they were taken."""
    return ev.type == "REPATRIATE" and p.conveyed and p.entry.country != "KP"


def _not_act_place(p: Placed, ev: Event) -> bool:
    """Whether a mention must not be taken as where ``ev`` happened: a place people
    were sent or went to (banishment happens where they are taken from, a repatriation
    where it sets out, bench/CODING.md; only a return ends where it goes, when that is
    inside North Korea), a place abroad
    people live in, or South Korea for an act by North Korean organs (their families
    are pressured at home, not where the defector lives)."""
    if p.lure and ev.type == "ABDUCT":
        return False
    if p.destination:
        if ev.type == "REPATRIATE" and p.entry.country == "CN" or _conveyed_abroad_for_handover(p, ev):
            return False  # "taken to Tumen and handed over": the handover is where they were taken
        return p.entry.country != "KP" or ev.type != "RETURN"
    if p.transit and ev.type not in ("RETURN", "REPATRIATE"):
        return True
    if p.entry.country == "KP":
        return False
    if p.residence:
        return True
    return p.entry.country == "KR" and not _act_kind(ev)[1]


def _act_kind(ev: Event) -> tuple[str, bool]:
    """All that ``_not_act_place`` reads of an act: its type and whether a South Korean
    organ did it (so what it rules out can be worked out once per kind)."""
    actor = ev.perpetrator.actor if ev.perpetrator and ev.perpetrator.actor else ""
    return ev.type, actor.startswith("KR")


def _most_specific(found: list[Placed], anchor: int, text: str = "") -> Optional[Placed]:
    """The narrowest place; among equals one in the anchor's sentence, then the nearest,
    a list counting as where it starts ("혜산시와 보천군에 사는": the first named)."""
    if not found:
        return None

    def same_sentence(p: Placed) -> bool:
        lo, hi = sorted((p.start, anchor))
        return not _SENTENCE_END.search(text, lo, hi) if text else False
    return max(found, key=lambda p: (PRECISION_RANK[p.entry.precision], same_sentence(p),
                                     -abs((p.head if p.head >= 0 else p.start) - anchor)))


_ROLES = ("lure", "destination", "source", "residence", "transit", "crossing", "origin", "conveyed")


def _place(text: str, m: PlaceMention, context: dict[str, int], paragraphs) -> Placed:
    entry = _choose(m, context, paragraphs)
    # A province may head its organ's name; no other place is asked about that.
    has = roles(text, m.start, m.end, _ROLES + ("provincial_organ",) if entry.precision == "admin1" else _ROLES)
    lure = "lure" in has
    return Placed(m, entry, "destination" in has and not lure, "source" in has, "residence" in has,
                  transit="transit" in has, lure=lure, crossing="crossing" in has, origin="origin" in has,
                  conveyed="conveyed" in has, provincial="provincial_organ" in has)


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and|or)|,|and|or|과|와|및|이나|나)\s*")


def _spread_apposition(text: str, placed: list[Placed]) -> list[Placed]:
    """A province right before its own town names one place ("랴오닝성 선양에 있던 딸",
    "Jilin Province's Yanji"): the town's role (where someone lives or went) is the province's too."""
    out = list(placed)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.entry.precision == "admin1" and b.entry.precision in ("county", "point")
                and b.entry.admin1 == a.entry.admin1 and b.entry.country == a.entry.country
                and not text[a.mention.end:b.start].strip(" ,'’s")):
            out[i] = replace(a, destination=a.destination or b.destination, residence=a.residence or b.residence)
    return out


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
        # A place called by its own name before one the words are only a short form of
        # ("Namyang": the town, not Onsong county's Namyang workers' district).
        return (at is not None, near, e.country == "KP", fold(e.name) == fold(m.text), -_kind_rank(e))
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


def _document_place(text: str, placed: list[Placed], every: Optional[list[Placed]] = None) -> Optional[Placed]:
    candidates = [p for p in placed if not p.away and _placeable(p)]
    m = _dateline(text)
    if m:
        dated = [p for p in (every or placed) if p.start >= m.start(1) and p.mention.end <= m.end(1)]
        if dated:
            # A dateline is where the writer files from, not where the acts happened
            # (bench/CODING.md), whether Seoul, Geneva or a border town: the report's place is
            # the one its lead paragraph names, and with none there it has no place of its own.
            end = text.find("\n", m.end())
            lead = [p for p in candidates if m.end() <= p.start < (end if end >= 0 else len(text))]
            # "평안북도 신의주 세관": the narrowest place the lead names, the first among equals
            return max(lead, key=lambda p: (PRECISION_RANK[p.entry.precision], -p.start)) if lead else None
    if not candidates:
        return None
    counts = Counter(p.entry.id for p in candidates)
    top = max(counts.values())
    # A crossing, a place passed through or a person's hometown ("the Dandong crossing", "단둥을
    # 거쳐", "a man from Hyesan") counts as named but is not what the report is about.
    leaders = [p for p in candidates if counts[p.entry.id] == top]
    own = [p for p in leaders if not (p.crossing or p.transit or p.origin)]
    if len(counts) == 1 or len({p.entry.admin1 for p in leaders}) == 1:
        # "양강도 혜산시" named as often as its province: the town is the report's place.
        return max(own, key=lambda p: (PRECISION_RANK[p.entry.precision], -p.start)) if own else None
    # Several places, none named more often than another of another province (an NGO summary:
    # Jilin for the arrests, Sinuiju for a beating, Onsong for a trial): the place the title or
    # first sentence names is the report's, else the report is about no one place.
    # Places named equally often (Dandong and Sinuiju twice each): only the title decides.
    title, lead = _lead(text)
    lead = [p for p in own if p.start < (lead if top == 1 else title)]
    return max(lead, key=lambda p: (PRECISION_RANK[p.entry.precision], -p.start)) if lead else None


_LEAD_SENTENCE = re.compile(r"(?<=[^\d\s])[.!?。](?=\s)|\n[ \t\r]*\n")


def _lead(text: str) -> tuple[int, int]:
    """The ends of the report's title line (0 without one) and of its first sentence after
    the title: where a report names its own place."""
    body = text.lstrip()
    offset = len(text) - len(body)
    first_break = _PARAGRAPH_BREAK.search(body)
    title = 0
    # A title line stands alone in its paragraph and does not end in a stop.
    head = body[:first_break.start()] if first_break else ""
    if head and "\n" not in head and not head.rstrip().endswith((".", "다")):
        title = first_break.end()
    m = _LEAD_SENTENCE.search(body, title)
    return offset + title if title else 0, offset + (m.end() if m else len(body))


def _dateline(text: str) -> Optional[re.Match]:
    """A dateline opening the text or the paragraph after a title line."""
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, 400)][:1]
    for start in starts:
        m = _DATELINE.match(text, start) or _DATELINE_KO.match(text, start)
        if m:
            return m
    return None


def _location(p: Placed, basis: str) -> Location:
    e = p.entry
    return Location(text=p.mention.text, name=e.place_name, admin1=e.admin1, country=e.country, lat=e.lat, lon=e.lon,
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
