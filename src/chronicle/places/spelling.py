"""Spelling of Korean place names: the key names are compared under, the South
Korean forms of DPRK Hangul, and Revised Romanization with the variants the
press derives from it.

Used by ``scripts/build_gazetteer.py`` to write every spelling into the built
gazetteer and by the runtime to compare a phrase with those spellings.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import product

_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3
_NON_ALNUM = re.compile(r"[\W_]+")


def is_hangul(ch: str) -> bool:
    return _HANGUL_BASE <= ord(ch) <= _HANGUL_LAST


def fold(text: str) -> str:
    """The comparison key: no case, diacritics, apostrophes, hyphens or spaces, so
    P'yŏngyang, Pyongyang and PYONG-YANG compare equal; Hangul is kept as is."""
    if not text.isascii():
        # NFD splits ŏ into o + breve; NFC afterwards puts Hangul syllables back together.
        text = unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))
    return _NON_ALNUM.sub("", text.casefold())


# -- Hangul: the initial-sound rule (두음법칙) turns DPRK 룡천, 녕변, 리원, 량강 into
# South Korean 용천, 영변, 이원, 양강.
_Y_VOWELS = {2, 6, 7, 12, 17, 20}  # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11


def south_form(hangul: str) -> str:
    if not hangul or not is_hangul(hangul[0]):
        return hangul
    code = ord(hangul[0]) - _HANGUL_BASE
    lead, vowel, tail = code // 588, (code % 588) // 28, code % 28
    if lead == _RIEUL:
        lead = _IEUNG if vowel in _Y_VOWELS else _NIEUN
    elif lead == _NIEUN and vowel in _Y_VOWELS:
        lead = _IEUNG
    else:
        return hangul
    return chr(_HANGUL_BASE + lead * 588 + vowel * 28 + tail) + hangul[1:]


# -- Revised Romanization, syllable by syllable, with liaison of a final consonant
# before a vowel-initial syllable (백암 -> baegam). Other sound changes are left out:
# the variants it yields only need to cover spellings that occur in reports.
_LEADS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
           "wi", "yu", "eu", "ui", "i"]
_TAILS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
          "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
# The sound a final consonant takes when it moves onto a following vowel.
_TAIL_LIAISON = {1: "g", 2: "kk", 4: "n", 7: "d", 8: "r", 16: "m", 17: "b", 19: "s", 20: "ss", 22: "j",
                 23: "ch", 24: "k", 25: "t", 26: "p"}


# The DPRK's own romanization writes the aspirated initials with an h (화평 Hwaphyong, 태탄
# Thaethan, 콩 khong), where Revised Romanization has plain k, t, p.
_ASPIRATED_LEADS = {15: "kh", 16: "th", 17: "ph"}


def romanize(hangul: str, aspirates: bool = False) -> str:
    """Revised Romanization of a Hangul word (lower case); other characters are dropped.
    ``aspirates``: the aspirated initials as the DPRK writes them (kh, th, ph)."""
    sylls = [ord(c) - _HANGUL_BASE for c in hangul if is_hangul(c)]
    out = []
    for i, code in enumerate(sylls):
        lead, vowel, tail = code // 588, (code % 588) // 28, code % 28
        out.append((_ASPIRATED_LEADS.get(lead, _LEADS[lead]) if aspirates else _LEADS[lead]) + _VOWELS[vowel])
        nxt_lead = sylls[i + 1] // 588 if i + 1 < len(sylls) else None
        if tail and nxt_lead == _IEUNG and tail in _TAIL_LIAISON:
            out.append(_TAIL_LIAISON[tail])
        else:
            out.append(_TAILS[tail])
    return "".join(out)


_INITIAL_VOICELESS = {"g": "k", "d": "t", "b": "p", "j": "ch"}
# After a final k, t or p a plain consonant is tensed and McCune-Reischauer writes it voiceless
# (법동 beopdong -> Poptong, 백두 baekdu -> Paektu, 북도 bukdo -> pukto); in Revised output a final
# k/t/p before g/d/b/j is always a syllable boundary, so the pair can be rewritten blindly.
_MEDIAL_TENSED = re.compile(r"(?<=[ktp])(g|d|b|j)")


def press_variants(roman: str) -> set[str]:
    """Spellings derived from one romanization as the press writes them:
    eo -> o and eu -> u (Cheongjin -> Chongjin, Hamheung -> Hamhung) and a
    McCune-Reischauer style voiceless initial (Gimchaek -> Kimchaek) and medial
    after k, t or p (Beopdong -> Poptong)."""
    roman = roman.lower()
    vowel_forms = {roman, roman.replace("eo", "o").replace("eu", "u")}
    out = set()
    for form, devoice in product(vowel_forms, (False, True)):
        if devoice and form[:1] in _INITIAL_VOICELESS:
            form = _INITIAL_VOICELESS[form[0]] + form[1:]
        out.add(form)
        if devoice:  # McCune-Reischauer throughout: the tensed medial too
            out.add(_MEDIAL_TENSED.sub(lambda m: _INITIAL_VOICELESS[m.group(1)], form))
    return out
