"""Language of a document when the input does not say.

Hangul share decides Korean directly (script is unambiguous and py3langid can
confuse short Korean with Chinese); py3langid decides among the rest."""
from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return "und"
    if len(_HANGUL.findall(sample)) / letters > 0.2:
        return "ko"
    import py3langid  # imported lazily: loading its model costs ~0.2 s

    lang, _score = py3langid.classify(sample)
    return lang
