"""Plain-text reader: the crawl format (` date YYYY-MM-DD <first words>` then the page) or bare text."""
from __future__ import annotations

import re

from ..records import Article, Removed
from .common import make_doc_id

_HEADER = re.compile(r"^\s?date (\d{4}-\d{2}-\d{2})(?: (.*))?$")


def parse_text(text: str, origin: str, default_date: str | None = None, record_id: str | None = None,
               url: str | None = None) -> Article:
    """An Article from page text. A crawl header line gives the publication date; its trailing words
    (menu debris) are kept as removed text."""
    removed: list[Removed] = []
    pub = default_date
    first, _, rest = text.partition("\n")
    m = _HEADER.match(first.rstrip("\r"))
    if m:
        pub = m.group(1)
        body = rest
        if m.group(2):
            # The header's trailing words are the first words of the page (often menu debris).
            # They go back to the body so cleaning decides what they are.
            body = m.group(2) + "\n" + rest
        removed.append(Removed(first[: m.end(1)], "crawl header (publication date)"))
    else:
        body = text
    doc_id = make_doc_id(record_id, url, text)
    return Article(doc_id=doc_id, text=body, date=pub, url=url, origin=origin, removed=removed)
