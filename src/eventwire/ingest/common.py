"""Helpers shared by the readers: ids, outlets, decoding and sanity checks on raw bytes."""
from __future__ import annotations

import hashlib
import re
from datetime import date
from urllib.parse import urlparse

from ..errors import RecordReadError

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def make_doc_id(record_id: str | None, url: str | None, text: str) -> str:
    """The record's own id when given, else a hash of its URL, else of its text."""
    if record_id not in (None, ""):
        return str(record_id)
    basis = url if url else text
    return hashlib.sha1(basis.encode("utf-8", "replace")).hexdigest()[:16]


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without `www.` and port: https://www.vanguardngr.com:443/x → vanguardngr.com."""
    if not url:
        return None
    try:
        host = urlparse(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def normalise_date(value: object, origin: str) -> str | None:
    """YYYY-MM-DD from a date-ish value (ISO date or datetime string); None when empty.

    Raises RecordReadError for a value that is present but not a date.
    """
    if value in (None, ""):
        return None
    text = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    raise RecordReadError(f"{origin}: publication date {text!r} is not a YYYY-MM-DD date")


def decode_bytes(raw: bytes, origin: str) -> tuple[str, str | None]:
    """Decode raw bytes to text; returns (text, note). Refuses binary data and undecodable bytes."""
    if not raw.strip():
        raise RecordReadError(f"{origin}: empty input (no text to code)")
    sample = raw[:65536]
    if b"\x00" in sample:
        raise RecordReadError(f"{origin}: binary data (NUL bytes), not text; pass text, HTML or JSON lines")
    try:
        text = raw.decode("utf-8-sig")
        note = None
    except UnicodeDecodeError as exc:
        try:
            text = raw.decode("cp1252")
            note = f"not valid UTF-8 (byte {exc.start}); decoded as Windows-1252"
        except UnicodeDecodeError:
            text = raw.decode("utf-8", "replace")
            note = f"not valid UTF-8 (byte {exc.start}); undecodable bytes replaced"
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 50):
        raise RecordReadError(f"{origin}: looks like binary data ({controls} control characters), not text")
    return text, note
