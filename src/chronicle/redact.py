"""Redaction of personal names for the public view and export.

Victims and their relatives are named in reports ("Kim Kwang Ho", "Mr. Pak",
"김철수(45)", "김모씨"); a public record must not carry their names. Names are
recognised by shape (a Korean family name followed by a romanised given name,
an honorific, a Korean name followed by 씨 or an age) and replaced by a role
label. Heads of state are public figures and stay. The rule lexicon is
``data/redact/rules.tsv``.

Redaction shifts characters, so redacted evidence no longer indexes the stored
text; public exports say so by dropping the offsets' claim (see ``redact_record``).
"""
from __future__ import annotations

import copy
import re
from functools import lru_cache
from importlib import resources
from typing import Any

PERSON = "[person]"
RELATIVE = "[relative]"

# A romanised Korean syllable (McCune-Reischauer, Revised, DPRK spellings);
# given names are one or two of them per word: "Kwang", "Kwangho", "Chol-su".
_SYL = (r"(?:ch|kk|tt|pp|ss|jj|sh|ts|[bcdghjklmnprstwy])?"
        r"(?:wae|wa|wo|wi|we|ya|yo|yu|ye|yae|ae|eo|eu|oe|ui|ou|oo|ee|[aeiou])"
        r"(?:ng|n|m|l|k|p|r|t)?")
_GIVEN_WORD = re.compile(rf"(?:{_SYL}){{1,2}}", re.IGNORECASE)
_AGE = r"(?:\s?\(\d{1,3}(?:세)?(?:\s?[·,]\s?[남여]성?)?\))"
_HANGUL = "가-힣"


@lru_cache(maxsize=1)
def _rules() -> dict[str, list[str]]:
    rules: dict[str, list[str]] = {}
    text = resources.files("chronicle.data").joinpath("redact/rules.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, value = line.split("\t", 1)
        rules.setdefault(kind, []).append(value.strip())
    return rules


def _alt(values: list[str]) -> str:
    # Longest first, so "Mrs." wins over "Mr" and "Choe" over "Cho".
    return "|".join(re.escape(v) for v in sorted(set(values), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    r = _rules()
    cap = r"[A-Z][a-z]+(?:-[a-z]+)?"
    return {
        # Public figures match across line breaks and hyphen spellings ("Kim Jong\nUn", "Kim Jong-un").
        "public": re.compile("|".join(
            sorted({r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", v))
                    for v in r.get("public_en", []) + r.get("public_ko", [])}, key=len, reverse=True)),
            re.IGNORECASE),
        # "Mr. Pak", "Mrs. Kim Ok-sun": honorific then up to three capitalised words.
        "honorific": re.compile(rf"\b(?:{_alt(r['honorific_en'])})\s+{cap}(?:\s+{cap}){{0,2}}"
                                rf"{_AGE}?"),
        # "Kim Kwang Ho", "Kim Kwang-ho", "Pak Chol (45)": checked by _is_given below.
        "full_en": re.compile(rf"\b(?:{_alt(r['surname_en'])})((?:[ ]{cap}){{1,2}}){_AGE}?"),
        "surname_age_en": re.compile(rf"\b(?:{_alt(r['surname_en'])}){_AGE}"),
        "relation_en": re.compile(rf"\b(?:his|her|their|whose)\s+(?:{_alt(r['relation_en'])}),?\s+$"),
        # "김철수(45)", "김철수 씨", "김모(45)": family name + one or two syllables + a marker.
        "full_ko": re.compile(rf"(?<![{_HANGUL}])(?:{_alt(r['surname_ko'])})[{_HANGUL}]{{1,2}}"
                              rf"(?:{_AGE}\s?(?:씨|氏)?|\s?(?:씨|氏|님)(?![앗{_HANGUL}])"
                              rf"|\s?(?:씨|氏|님)(?=(?:는|가|의|를|에게|에|도|와|과|은|이|을|한테|께서)))"),
        # "회령에 사는 박영희는": a bare family name + two syllables, a person only
        # after a context word (see ``context_ko``), else "정부는" would go too.
        "bare_ko": re.compile(rf"(?:{_alt(r.get('context_ko', []))})\s+((?:{_alt(r['surname_ko'])})[{_HANGUL}]{{2}})"
                              rf"(?=(?:는|가|의|를|에게|에|도|와|과|은|이|을|한테|께서)?(?![{_HANGUL}]))"),
        # "KIM KWANG HO" in headlines and captions: surname and two given parts, all capitals.
        "caps_en": re.compile(rf"\b(?:{_alt([v.upper() for v in r['surname_en']])})"
                              rf"((?:[ ][A-Z]+(?:-[A-Z]+)?){{1,2}})\b"),
        # "김 씨", "김씨는", "김모씨", "김 모 씨".
        "short_ko": re.compile(rf"(?<![{_HANGUL}])(?:{_alt(r['surname_ko'])})\s?(?:모\s?)?(?:씨|氏)"
                               rf"(?:(?![{_HANGUL}])|(?=(?:는|가|의|를|에게|에|도|와|과|은|이|을|한테|께서)))"),
    }


def _is_given(words: str) -> bool:
    parts = [p for w in words.split() for p in w.split("-")]
    return bool(parts) and all(_GIVEN_WORD.fullmatch(p) for p in parts)


def _is_caps_given(words: str) -> bool:
    # Two given-name parts at least, so a shouted "SO MANY" is not a name.
    parts = [p for w in words.split() for p in w.split("-")]
    return len(parts) >= 2 and _is_given(" ".join(parts).lower())


@lru_cache(maxsize=1)
def _bare_ko() -> re.Pattern[str]:
    return re.compile(rf"(?<![{_HANGUL}])(?:{_alt(_rules()['surname_ko'])})[{_HANGUL}]{{2}}"
                      rf"(?=(?:는|가|의|를|에게|에|도|와|과|은|이|을|한테|께서)?(?![{_HANGUL}]))")


def redact(text: str, *, names_field: bool = False) -> str:
    """The text with personal names replaced by role labels. ``names_field``:
    the text names someone (a record's target or source of a statement), so
    any bare three-syllable word with a family name counts as a name (better
    "[person]" for "주민들" than a leaked 박영희)."""
    if names_field and text:
        return _bare_ko().sub(PERSON, redact(text))
    if not text:
        return text
    pats = _patterns()
    kept: list[str] = []
    # The placeholder's mark must not occur in the text itself (a text may hold NULs):
    # the first of the Unicode noncharacters, which no real text carries, that is absent.
    mark = next(c for c in ["\x00"] + [chr(0xFDD0 + i) for i in range(32)] if c not in text)

    def keep(m: re.Match[str]) -> str:  # shield public figures from the name rules
        kept.append(m.group(0))
        return f"{mark}{len(kept) - 1}{mark}"

    out = pats["public"].sub(keep, text) if pats["public"].pattern else text

    def label(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 40):m.start()]
        return RELATIVE if pats["relation_en"].search(before) else PERSON

    out = pats["honorific"].sub(label, out)
    out = pats["full_en"].sub(lambda m: label(m) if _is_given(m.group(1)) else m.group(0), out)
    out = pats["surname_age_en"].sub(label, out)
    out = pats["caps_en"].sub(lambda m: label(m) if _is_caps_given(m.group(1)) else m.group(0), out)
    out = pats["full_ko"].sub(PERSON, out)
    out = pats["bare_ko"].sub(lambda m: m.group(0)[:m.start(1) - m.start()] + PERSON, out)
    out = pats["short_ko"].sub(PERSON, out)
    return re.sub(rf"{re.escape(mark)}(\d+){re.escape(mark)}", lambda m: kept[int(m.group(1))], out)


# Free-text fields of a contract record that may carry a name.
_TEXT_FIELDS = (("evidence", "text"), ("target", "text"), ("perpetrator", "text"),
                ("attribution", "text"), ("source", "title"))


def redact_record(rec: dict[str, Any]) -> dict[str, Any]:
    """A copy of a contract record fit for the public: names redacted in every
    free-text field. Evidence offsets still point into the stored document,
    whose text is not public; ``evidence.redacted`` tells a reader the text
    was changed."""
    out = copy.deepcopy(rec)
    for obj, key in _TEXT_FIELDS:
        part = out.get(obj)
        if isinstance(part, dict) and isinstance(part.get(key), str):
            part[key] = redact(part[key], names_field=obj in ("target", "attribution"))
    if isinstance(out.get("evidence"), dict):
        out["evidence"]["redacted"] = out["evidence"]["text"] != rec["evidence"]["text"]
    return out
