"""Synthetic corpus generator for benchmarks: N reports of realistic length
(~500 words English, ~1,500 characters Korean) and mix (English and Korean,
with and without events), written as documents JSON Lines.

    python bench/corpus.py --docs 10000 --out /tmp/corpus.jsonl

The sentences are the project's own templates, recombined at random with a
fixed seed: the text is for measuring speed and memory, not quality.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

PLACES_EN = ["Hoeryong", "Musan", "Hyesan", "Onsong", "Chongjin", "Sinuiju", "Hamhung", "Kanggye",
             "Haeju", "Wonsan", "Kimchaek", "Pyongsong", "Nampo", "Sariwon", "Samjiyon"]
PROVINCES_EN = ["North Hamgyong", "Ryanggang", "North Pyongan", "South Hamgyong", "Chagang",
                "South Hwanghae", "Kangwon", "South Pyongan"]
ACTORS_EN = ["State Security Department agents", "officials from the Ministry of State Security",
             "police officers", "border guards", "the local Party committee", "inminban heads",
             "security officials", "the authorities"]
TARGETS_EN = ["families of defectors", "the relatives of people who fled to South Korea",
              "residents", "returnees", "brokers", "workers sent abroad"]
TIMES_EN = ["last month", "in early March", "two weeks ago", "this spring", "on the 12th",
            "since late last year", "recently", "last winter"]
ACTS_EN = [
    "{actor} in {place} have been closely monitoring {target} {time}, a source in {province} said.",
    "{actor} visited the homes of {target} in {place} {time} under the pretext of an inspection.",
    "{actor} forced {target} to call relatives in Seoul and urge them to come back.",
    "{actor} warned {target} that they would be sent to a labour camp if they spoke to outsiders.",
    "{actor} arrested three {target} in {place} {time}, according to a resident.",
    "{actor} promised {target} that nobody would be punished if the defectors returned.",
    "{actor} tightened control of the border near {place} {time} and jammed Chinese phone signals.",
    "Several {target} were expelled from {place} to remote farms {time}, the source added.",
    "A woman caught in China was forcibly repatriated and handed to {actor} in {place} {time}.",
    "{actor} beat two {target} during questioning in {place}, the source said.",
]
FILLER_EN = [
    "Market prices for rice and corn in {place} stayed roughly the same over the past weeks.",
    "Traders in {place} said that the supply of fuel has been irregular since the autumn.",
    "The weather in {province} has been unusually dry, and farmers are worried about the harvest.",
    "Many residents rely on small plots and trading in the jangmadang to make ends meet.",
    "The railway line between {place} and the provincial capital was repaired in the summer.",
    "Local schools held sports competitions, and students practised for the national holiday.",
    "Electricity is supplied for only a few hours a day in most neighbourhoods of {place}.",
    "Prices of Chinese-made goods have risen since trade across the border slowed down.",
]
PLACES_KO = ["회령", "무산", "혜산", "온성", "청진", "신의주", "함흥", "강계"]
PROVINCES_KO = ["함경북도", "양강도", "평안북도", "함경남도", "자강도"]
ACTORS_KO = ["보위부원들이", "보위원들이", "안전원들이", "국경경비대가", "당국이", "인민반장이"]
TARGETS_KO = ["탈북자 가족들을", "주민들을", "재입북자들을", "밀수꾼들을"]
TIMES_KO = ["지난달", "최근", "이달 초", "지난 12일", "올봄", "지난해 겨울"]
ACTS_KO = [
    "{place}에서 {actor} {time} {target} 감시하고 있다고 {province} 소식통이 전했다.",
    "{actor} {time} {target} 찾아가 한국에 있는 가족에게 전화하도록 강요했다.",
    "{actor} {target} 협박하며 외부와 연락하면 처벌하겠다고 말했다.",
    "{place}에서 {actor} {time} {target} 체포해 구금했다고 소식통은 밝혔다.",
    "{actor} {time} 국경 지역 단속을 강화하고 중국 휴대전화 사용을 통제하고 있다.",
]
FILLER_KO = [
    "{place} 장마당의 쌀값은 지난달과 비슷한 수준을 유지하고 있다.",
    "{province} 지역은 올해 가뭄이 심해 농민들이 작황을 걱정하고 있다.",
    "주민들은 장사와 텃밭 농사로 생계를 이어가고 있는 것으로 알려졌다.",
    "{place}와 도 소재지를 잇는 철길은 여름에 보수 공사를 마쳤다.",
]


def _fill(template: str, rng: random.Random, ko: bool) -> str:
    if ko:
        return template.format(place=rng.choice(PLACES_KO), province=rng.choice(PROVINCES_KO),
                               actor=rng.choice(ACTORS_KO), target=rng.choice(TARGETS_KO),
                               time=rng.choice(TIMES_KO))
    return template.format(place=rng.choice(PLACES_EN), province=rng.choice(PROVINCES_EN),
                           actor=rng.choice(ACTORS_EN), target=rng.choice(TARGETS_EN),
                           time=rng.choice(TIMES_EN))


def report(i: int, rng: random.Random) -> dict:
    ko = rng.random() < 0.3
    with_events = rng.random() < 0.8
    acts, filler = (ACTS_KO, FILLER_KO) if ko else (ACTS_EN, FILLER_EN)
    target_len = 1500 if ko else 3000  # characters: ~500 English words
    paragraphs, size = [], 0
    while size < target_len:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            pool = acts if with_events and rng.random() < 0.35 else filler
            sentences.append(_fill(rng.choice(pool), rng, ko))
        para = " ".join(sentences)
        paragraphs.append(para)
        size += len(para)
    text = "\n\n".join(paragraphs)
    s = text[0].upper() + text[1:]
    published = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randint(0, 3600))
    return {"url": f"https://bench.example/report/{i}", "outlet": rng.choice(["Outlet A", "Outlet B", "Outlet C"]),
            "title": f"Synthetic report {i}", "published": published.isoformat(),
            "language": "ko" if ko else "en", "text": s}


def write_corpus(path: Path, docs: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(docs):
            fh.write(json.dumps(report(i, rng), ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    write_corpus(args.out, args.docs, args.seed)
    print(f"wrote {args.docs} reports to {args.out}")
