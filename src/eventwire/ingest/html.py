"""HTML reader: main text and title with trafilatura, publication date with htmldate."""
from __future__ import annotations

import logging
import re

from ..errors import RecordReadError
from ..records import Article
from .common import make_doc_id, normalise_date, outlet_from_url

# trafilatura and htmldate log at WARNING for ordinary broken pages; the reader reports those itself.
for _name in ("trafilatura", "htmldate", "charset_normalizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML page."""
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or ("<body" in head or "<head" in head)


def parse_html(html: str, origin: str, record_id: str | None = None, url: str | None = None,
               default_date: str | None = None) -> Article:
    """An Article from an HTML page. Raises RecordReadError when no main text can be found."""
    import trafilatura
    from htmldate import find_date

    try:
        extracted = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False,
                                                with_metadata=True)
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        raise RecordReadError(f"{origin}: HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    if extracted is None:
        raise RecordReadError(f"{origin}: no main text found in the HTML page")
    doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (doc.get("text") or "").strip()
    if not re.search(r"\w{2,}\W+\w{2,}", text):
        raise RecordReadError(f"{origin}: no main text found in the HTML page")
    pub = None
    try:
        pub = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except Exception:  # htmldate fails on some broken pages; the date is then unknown, not an error
        pub = None
    pub = normalise_date(pub, origin) if pub else (doc.get("date") and normalise_date(doc["date"], origin)) or None
    title = doc.get("title")
    page_url = url or doc.get("url")
    article = Article(doc_id=make_doc_id(record_id, page_url, text), text=text, title=title,
                      date=pub or default_date, url=page_url, origin=origin, outlet=outlet_from_url(page_url))
    return article
