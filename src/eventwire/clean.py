"""Cleaning: drop page furniture, headlines, repeated paragraphs, bylines and credits; keep datelines as
place hints. The result is `Article.clean_text` (what the coder reads and what offsets index into) and
`Article.removed` (every piece dropped, with its reason)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .knowledge import read_table
from .records import Article, Removed

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- /]{1,40}?(?:, [A-Z][A-Za-z.'\- ]{1,30}?)?)"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\((?P<agency>[A-Za-z .&-]{2,30})\))?\s*[-–—:]+\s+")
_INLINE_CREDIT = re.compile(
    r"\s*\((?:[Aa]dditional |[Ww]riting |[Rr]eporting |[Ee]diting |[Cc]ompiled )[^()]{0,400}\)\s*$")
_SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘'A-Z0-9])")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class BoilerplateRule:
    pattern: re.Pattern
    reason: str


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """The packaged boilerplate patterns, compiled once."""
    rows = read_table("boilerplate.tsv", ["pattern", "reason"])
    return tuple(BoilerplateRule(re.compile(r"(?:" + row["pattern"] + r")\s*", re.I), row["reason"]) for row in rows)


def classify_line(line: str) -> str | None:
    """The reason a stripped line is page furniture, or None when it is text."""
    if len(line) > 400:
        return None
    for rule in boilerplate_rules():
        if rule.pattern.fullmatch(line):
            return rule.reason
    return None


def _norm(text: str) -> str:
    return _WS.sub(" ", re.sub(r"[^\w\s]", "", text.lower())).strip()


def split_sentences_plain(text: str) -> list[str]:
    """A cheap sentence split, used only to compare paragraphs."""
    return [s for s in _SENT_SPLIT.split(text) if s.strip()]


def _is_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 22 and not re.search(r"[.!?][\"”’']?$", line)


def clean_article(article: Article) -> Article:
    """Fill `clean_text`, `removed` and `dateline` of an article (in place; returns it)."""
    lines: list[str] = []
    for raw_line in article.text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw_line.strip()
        if not line:
            continue
        reason = classify_line(line)
        if reason:
            article.removed.append(Removed(line, reason))
            continue
        lines.append(line)
    # A short unpunctuated first line is the headline, and such lines between paragraphs are sub-headings
    # or captions — but only when there is body text beside them: a one-line input is the text itself.
    has_body = sum(not _is_headline(line) for line in lines) >= 1
    paragraphs: list[str] = []
    for position, line in enumerate(lines):
        if has_body and _is_headline(line) and (position == 0 or (len(line.split()) <= 12 and not paragraphs) or
                                                len(line.split()) <= 12):
            reason = "headline" if not paragraphs else "sub-heading or caption"
            article.removed.append(Removed(line, reason))
            if reason == "headline" and not article.title:
                article.title = line
            continue
        credit = _INLINE_CREDIT.search(line)
        if credit:
            article.removed.append(Removed(credit.group().strip(), "credit line"))
            line = line[: credit.start()].rstrip()
        m = _DATELINE.match(line)
        if m and (m.group("agency") or m.group("place").split(",")[0].isupper()) and len(m.group("place")) > 2:
            place = m.group("place").split(",")[0].split("/")[0].strip().title()  # "MINSK/LUXEMBOURG": the first
            if article.dateline is None:
                article.dateline = place
            article.removed.append(Removed(m.group().strip(), "dateline"))
            line = line[m.end():]
        if line:
            paragraphs.append(line)
    paragraphs = _drop_repeats(paragraphs, article)
    article.clean_text = "\n\n".join(paragraphs)
    return article


def _drop_repeats(paragraphs: list[str], article: Article) -> list[str]:
    """Drop paragraphs repeated verbatim, and short paragraphs whose every sentence reappears elsewhere
    (a teaser or standfirst that copies the body)."""
    normed = [_norm(p) for p in paragraphs]
    sentences = [[_norm(s) for s in split_sentences_plain(p)] for p in paragraphs]
    keep: list[str] = []
    seen: set[str] = set()
    for i, para in enumerate(paragraphs):
        if normed[i] in seen:
            article.removed.append(Removed(para, "repeated paragraph"))
            continue
        others = {s for j, sents in enumerate(sentences) if j != i and normed[j] != normed[i] for s in sents}
        if sentences[i] and all(s in others for s in sentences[i]) and any(
                j > i for j, sents in enumerate(sentences) if set(sentences[i]) & set(sents) and j != i):
            article.removed.append(Removed(para, "repeated paragraph"))
            continue
        seen.add(normed[i])
        keep.append(para)
    return keep
