"""Bytes to text: BOMs, declared charsets, then detection (charset-normalizer),
so EUC-KR/CP949 pages from Korean outlets decode correctly."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from charset_normalizer import from_bytes

from .errors import ReadError

MAX_BYTES = 50 * 1024 * 1024  # a single report larger than this is not a report

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# Korean pages often declare euc-kr but use CP949's extra syllables; cp949 is its superset.
_ALIASES = {"euc-kr": "cp949", "euc_kr": "cp949", "ks_c_5601-1987": "cp949", "ksc5601": "cp949"}


def check_size(raw: bytes) -> None:
    if not raw.strip():
        raise ReadError("empty file")
    if len(raw) > MAX_BYTES:
        raise ReadError(f"file is {len(raw) // (1024 * 1024)} MiB; the limit for one report is "
                        f"{MAX_BYTES // (1024 * 1024)} MiB")


def declared_charset(raw: bytes) -> Optional[str]:
    head = raw[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    return _ALIASES.get(name, name)


def decode(raw: bytes, declared: Optional[str] = None) -> str:
    """Decode ``raw`` to text or raise ``ReadError`` saying why it is not text."""
    check_size(raw)
    try:  # a byte-order mark promises an encoding; bytes that break it are refused, not raised
        if raw.startswith(b"\xef\xbb\xbf"):
            return _clean(raw[3:].decode("utf-8", errors="strict"))
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return _clean(raw.decode("utf-16"))
    except UnicodeDecodeError as exc:
        raise ReadError(f"bytes do not match their byte-order mark ({exc.reason})") from None
    if b"\x00" in raw[:8192]:
        raise ReadError("binary content (NUL bytes), not a text document")
    for enc in filter(None, (declared, "utf-8")):
        try:
            return _clean(raw.decode(enc))
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise ReadError("unknown text encoding (no charset fits the bytes)")
    enc = _ALIASES.get(best.encoding, best.encoding)
    try:
        return _clean(raw.decode(enc))
    except (UnicodeDecodeError, LookupError) as exc:
        raise ReadError(f"undecodable bytes as {enc}: {exc}") from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    # One newline convention and no control characters, so evidence offsets are
    # stable whatever platform wrote the file; NFC so Hangul compares equal.
    # (The raw bytes are stored as they came; this is the text offsets index.)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return check_text(text)


def given_text(text: str) -> str:
    """A text handed over as text (a JSON Lines "text" field) is kept as given, so
    evidence offsets index exactly the string the caller holds; only control
    characters, which no report carries, force the cleaning of ``_clean``."""
    return _clean(text) if _CONTROL.search(text) else check_text(text)


def check_text(text: str) -> str:
    if not text.strip():
        raise ReadError("no text after decoding")
    if _binary_ratio(text) > 0.1:
        raise ReadError("binary content, not a text document")
    return text


# ASCII and Hangul syllables are all assigned, ordinary characters: only the rest
# needs a look at its Unicode category (a per-character loop over a whole report
# cost more than storing it).
_UNUSUAL = re.compile(r"[^\x00-\x7f\uac00-\ud7a3]")


def _binary_ratio(text: str) -> float:
    sample = text[:10000]
    bad = sum(1 for ch in _UNUSUAL.findall(sample)
              if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cs", "Cn"))
    return bad / max(1, len(sample))
