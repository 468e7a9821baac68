"""JSON-lines reader: one record per line, `{"id","text","date","url","title","outlet"}` (or `"html"`).

Unknown fields are ignored. A bad line becomes a RecordError naming the line; the rest go on.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from ..errors import RecordReadError
from ..records import Article, RecordError
from .common import normalise_date, outlet_from_url
from .html import parse_html
from .text import parse_text


def parse_record(obj: object, origin: str, default_date: str | None, max_bytes: int) -> Article:
    """An Article from one decoded JSON record."""
    if not isinstance(obj, dict):
        raise RecordReadError(f"{origin}: a record must be a JSON object, got {type(obj).__name__}")
    record_id = obj.get("id", obj.get("doc_id"))
    if record_id is not None and not isinstance(record_id, (str, int)):
        raise RecordReadError(f"{origin}: field 'id' must be a string or number")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    pub = normalise_date(obj.get("date"), origin) or default_date
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        if len(text) > max_bytes:
            raise RecordReadError(f"{origin}: text of {len(text):,} characters is over the limit of {max_bytes:,} "
                                  "(raise max_input_bytes to accept it)")
        article = parse_text(text, origin, default_date=pub, record_id=None if record_id is None else str(record_id),
                             url=url)
        if obj.get("date"):
            article.date = pub
    elif isinstance(html, str) and html.strip():
        article = parse_html(html, origin, record_id=None if record_id is None else str(record_id), url=url,
                             default_date=pub)
        article.date = pub or article.date
    else:
        raise RecordReadError(f"{origin}: record has no 'text' (or 'html') to code")
    if isinstance(obj.get("title"), str):
        article.title = obj["title"]
    outlet = obj.get("outlet") if isinstance(obj.get("outlet"), str) else None
    article.outlet = outlet or article.outlet or outlet_from_url(url)
    return article


def read_jsonl(lines: Iterable[bytes], name: str, default_date: str | None,
               max_bytes: int) -> Iterator[Article | RecordError]:
    """Articles (or errors) from the lines of a JSONL stream."""
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            if len(raw) > max_bytes:
                raise RecordReadError(f"{origin}: line of {len(raw):,} bytes is over the limit of {max_bytes:,}")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise RecordReadError(f"{origin}: not valid UTF-8 at byte {exc.start}") from None
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordReadError(f"{origin}: malformed JSON ({exc.msg} at column {exc.colno})") from None
            article = parse_record(obj, origin, default_date, max_bytes)
            article.origin = origin
            yield article
        except RecordReadError as exc:
            yield RecordError(origin=origin, reason=str(exc).removeprefix(origin + ": "))
