"""Topic filter: sports, business and entertainment texts are not political news. A lexicon score
(data/topics.tsv) over the words of a text; a text dense in one such domain is off-topic."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .knowledge import read_table

_WORD = re.compile(r"[a-z][a-z\-]+")
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")  # "3-1", "98-95"
ARTICLE_DENSITY = 0.03  # share of words from one domain above which an article is off-topic
SENTENCE_HITS = 2  # domain words in one sentence above which its conflict events are dropped


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """word → domain."""
    return {row["word"].lower(): row["domain"] for row in read_table("topics.tsv", ["word", "domain"])}


def domain_counts(text: str) -> tuple[Counter, int]:
    words = _WORD.findall(text.lower())
    lex = lexicon()
    counts = Counter(lex[w] for w in words if w in lex)
    counts["sports"] += len(_SCORE.findall(text))
    return counts, max(1, len(words))


def off_topic(text: str) -> str | None:
    """The domain ("sports", "business", …) a whole text belongs to, or None when it may be political."""
    counts, n = domain_counts(text)
    if not counts:
        return None
    domain, hits = counts.most_common(1)[0]
    return domain if hits / n >= ARTICLE_DENSITY and hits >= 4 else None


def sentence_off_topic(text: str) -> bool:
    """True for a sentence that reads as sports or business ("…attacking down the flanks…")."""
    counts, _ = domain_counts(text)
    return bool(counts) and counts.most_common(1)[0][1] >= SENTENCE_HITS
