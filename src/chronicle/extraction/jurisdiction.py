"""The ``jurisdiction`` stage: police told only as "the police" act where the act took place.

The extractors read "the police" by the organ their report last named; when that leaves the
North's police (``KP.MSoS``) acting at a place the ``locate`` stage finds in China, from the
act's own passage or paragraph ("police came to the house outside Hailin", "township police
took Choe from the farmhouse"), the police are China's (bench/CODING.md: any Chinese state
body is ``CN.police``). On the development sets the North's police placed in China are
China's three times as often as the North's; the other way round ("police" placed in the
North, read as China's) the reading is right twice as often as wrong, so it is left alone, but
for police named by a local organ's level ("the city police", "the county police station").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Analysis, Perpetrator
from ..registry import stages
from .actors import ActorLexicon

RULE = "jurisdiction.police_of_the_place"
NORTH_RULE = "jurisdiction.local_police_of_the_north"
KEEPER_RULE = "jurisdiction.custody_of_its_keeper"

# "police", "the township police", "two officers", "police officers": no state named in the words.
_BARE_POLICE = re.compile(
    r"(?:(?:the|a|an|local|township|town|city|county|port|railway|two|three|four|five|several|some|"
    r"plainclothes|uniformed)\s+)*(?:police(?:\s+(?:officers?|station|men))?|policem[ae]n|officers?)",
    re.IGNORECASE)
_PLACED_BY_ITS_PASSAGE = frozenset({"evidence", "paragraph"})
# "the city police", "the county police station", "the Kangwon provincial police", "the railway police":
# police named by a local organ's level, with no state named in the words.
_LOCAL_POLICE = re.compile(
    r"(?:(?:the|a|an|two|three|four|several|some|officers?\s+(?:of|from)\s+the)\s+)*"
    r"(?:(?!Chinese\b|China|Jilin|Liaoning|Heilongjiang|Yanbian|Russian)[A-Z][\w'’-]+\s+)?"
    r"(?:(?:city|county|provincial|district|railway|town|local)\s+)+"
    r"(?:police(?:\s+(?:officers?|station|substation|men))?|policem[ae]n)"
    r"|(?:(?:the|a|an|local)\s+)?police\s+(?:sub)?station",
    re.IGNORECASE)


def police_of_the_place(events: list) -> list:
    for ev in events:
        perp, loc = ev.perpetrator, ev.location
        if perp is None or perp.actor != "KP.MSoS" or loc is None or loc.country != "CN" \
                or loc.basis not in _PLACED_BY_ITS_PASSAGE:
            continue
        if perp.text is not None and not _BARE_POLICE.fullmatch(perp.text.strip()):
            continue
        _reassign(ev, "CN.police", RULE)
    return events


def _reassign(ev, actor: str, rule: str) -> None:
    """Give ``ev`` the actor ``actor`` (its words kept) and say which rule of this stage did."""
    text = ev.perpetrator.text if ev.perpetrator is not None else None
    ev.perpetrator = Perpetrator(text, actor, ActorLexicon.load().name(actor))
    if ev.extractor is not None:
        ev.extractor = replace(ev.extractor, fields={**ev.extractor.fields, "perpetrator": rule})


def local_police_of_the_north(events: list) -> list:
    """China's police carried to "the city police", "the county police station" of an act its own
    passage or paragraph places in the North: a local police organ there is the North's (on the
    development sets 10 such acts to none; a bare "police" placed in the North is left to the
    extractor's reading, right as often as not)."""
    for ev in events:
        perp, loc = ev.perpetrator, ev.location
        if perp is None or perp.actor != "CN.police" or loc is None or loc.country != "KP" \
                or loc.basis not in _PLACED_BY_ITS_PASSAGE or perp.text is None \
                or not _LOCAL_POLICE.fullmatch(perp.text.strip()):
            continue
        _reassign(ev, "KP.MSoS", NORTH_RULE)
    return events



# A North Korean organ's custody named in the passage ("온성군 보위부 구류장에 갇혔다", "held in the
# MSS holding centre"): the organ that keeps the cells keeps the person.
_KEEPER = (
    (re.compile(r"(?:보위부|보위국|보위성)\s*(?:의\s*)?(?:구류장|구금\s*시설|감방|유치장|집결소|조사실)"
                r"|(?:State\s+Security|security\s+(?:department|bureau)|MSS|bowibu)(?:['’]s)?\s+"
                r"(?:[\w-]+\s+){0,2}?(?:holding\s+(?:centre|center|cells?|facility)|detention\s+(?:centre|center)|cells)",
                re.IGNORECASE), "KP.MSS"),
    (re.compile(r"(?:안전부|안전국|안전성|보안서|보안부)\s*(?:의\s*)?(?:구류장|구금\s*시설|감방|유치장|집결소|조사실)"
                r"|(?:safety\s+(?:department|bureau)|Ministry\s+of\s+Social\s+Security|MSoS|anjeonbu)(?:['’]s)?\s+"
                r"(?:[\w-]+\s+){0,2}?(?:holding\s+(?:centre|center|cells?|facility)|detention\s+(?:centre|center)|cells)",
                re.IGNORECASE), "KP.MSoS"),
)
# Words that carry an actor from elsewhere (a pronoun, a first person), not name one.
_CARRIED = re.compile(r"(?:그|그녀|그들|이들|나|우리|저|he|she|they|we|i|him|her|them|us|me)", re.IGNORECASE)
_CHINESE = re.compile(r"공안|중국|Chinese|China", re.IGNORECASE)


def custody_of_its_keeper(events: list) -> list:
    """Custody in a named organ's cells with no doer named in the words (그는, "they", none) or
    China's police carried from an earlier act: the organ keeping the cells (development sets:
    16 such Korean acts, all coded so)."""
    for ev in events:
        if ev.type != "DETAIN":
            continue
        perp = ev.perpetrator
        keepers = {actor for pattern, actor in _KEEPER if pattern.search(ev.evidence.text)}
        if len(keepers) != 1 or _CHINESE.search(ev.evidence.text):
            continue
        keeper = keepers.pop()
        if perp is not None and perp.actor is not None:
            if perp.actor.startswith(keeper) or (perp.text and not _CARRIED.fullmatch(perp.text.strip())
                                                and not perp.actor.startswith("CN.")):
                continue
        _reassign(ev, keeper, KEEPER_RULE)
    return events


@stages.register("jurisdiction")
def jurisdiction(analysis: Analysis) -> Analysis:
    analysis.events = custody_of_its_keeper(local_police_of_the_north(police_of_the_place(analysis.events)))
    return analysis
