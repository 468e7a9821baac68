"""Near-duplicate articles and story clusters: MinHash signatures over shingles of content words (stopwords
dropped, so rewrites and excerpts of one wire story still share them), an LSH index for candidates, then
checks: similar enough (Jaccard, or containment for a truncated excerpt), publication dates close, and the
numbers compatible when the dates differ ("police detained 774" on Sunday is not "police detained 120" on
Tuesday).

The index is rebuilt from the signatures kept in the store (written in the same transaction as their
article), so it can never drift out of step with the stored articles.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import numpy as np

from .records import Article, Fingerprint

_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
STOP = set("""a an the of to in and on for said says was is that with by at it as from has have had be been were are
this its his her their he she they we will would which who after over about than more also but or not
new two one there what when up out into could may can all""".split())


@dataclass(frozen=True)
class StoryMatch:
    """A story assignment: the story id, the article it matched (or None) and the estimated Jaccard."""

    story_id: str
    matched: str | None
    similarity: float


def shingles(text: str, size: int) -> set[bytes]:
    """`size`-grams of the text's content words (lowercased, stopwords dropped)."""
    words = [w for w in _WORD.findall(text.lower()) if w not in STOP]
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def salient_numbers(text: str) -> set[str]:
    """Numbers in a text (counts, money, dates), normalised: the facts a template rewrite changes."""
    out = set()
    for m in _NUMBER.findall(text):
        n = m.replace(",", "").rstrip(".")
        if n and not (len(n) == 4 and n.startswith(("19", "20"))):  # years are shared background
            out.add(n)
    return out


def new_story_id(doc_id: str) -> str:
    return "s-" + hashlib.sha1(doc_id.encode()).hexdigest()[:12]


class Deduplicator:
    """Incremental near-duplicate detection over an LSH index of MinHash signatures."""

    def __init__(self, threshold: float = 0.1, num_perm: int = 256, shingle: int = 2, max_days: int = 7,
                 containment: float = 0.2, max_indexed: int = 0):
        from datasketch import MinHash, MinHashLSH

        self._MinHash = MinHash
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.max_days = max_days
        self.containment = containment
        # One LSH index per week of publication: an article is compared only with articles published within
        # `max_days` of it, so the cost per article stays flat however long the store's history grows.
        # Bands of two rows: a pair sharing 15% of its shingles (a rewrite or an excerpt of one wire story)
        # becomes a candidate with probability 1-(1-0.15²)^(num_perm/2) ≈ 0.95 at 256 permutations.
        self._new_index = lambda: MinHashLSH(num_perm=num_perm, params=(num_perm // 2, 2))
        self.indexes: dict[int | None, object] = {}
        # With max_indexed > 0, once more articles than that are indexed the oldest weeks are dropped from
        # memory (they stay in the store), so memory stays bounded over a long stream; an article from a
        # dropped week then starts a new story.
        self.max_indexed = max_indexed
        self.meta: dict[str, tuple[str, str | None, frozenset[str], object, int]] = {}  # doc → story, date, numbers, mh, size
        self._template = MinHash(num_perm=num_perm)

    @classmethod
    def from_settings(cls, settings) -> "Deduplicator":
        return cls(threshold=settings.dedup_threshold, num_perm=settings.dedup_num_perm,
                   shingle=settings.dedup_shingle, containment=settings.dedup_containment,
                   max_indexed=settings.dedup_max_indexed)

    def signature(self, text: str):
        """(MinHash, number of shingles) of a text."""
        mh = self._MinHash(num_perm=self.num_perm, permutations=self._template.permutations, scheme=self._template.scheme)
        grams = list(shingles(text, self.shingle))
        if grams:
            mh.update_batch(grams)
        return mh, len(grams)

    @staticmethod
    def to_bytes(mh) -> bytes:
        return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()

    def from_bytes(self, raw: bytes):
        values = np.frombuffer(raw, dtype=np.uint64)
        return self._MinHash(num_perm=len(values), hashvalues=values, permutations=self._template.permutations,
                             scheme=self._template.scheme)

    @staticmethod
    def _week(day: str | None) -> int | None:
        return date.fromisoformat(day).toordinal() // 7 if day else None

    def _neighbour_indexes(self, day: str | None) -> list:
        week = self._week(day)
        if week is None:
            keys = [None]  # undated articles are compared with undated ones
        else:
            span = self.max_days // 7 + 1
            keys = range(week - span, week + span + 1)
        return [self.indexes[k] for k in keys if k in self.indexes]

    def add(self, doc_id: str, story_id: str, day: str | None, numbers: Iterable[str], mh, size: int) -> None:
        """Put an already-assigned article into the index (used when loading from the store)."""
        self.forget(doc_id)
        week = self._week(day)
        if week not in self.indexes:
            self.indexes[week] = self._new_index()
        self.indexes[week].insert(doc_id, mh)
        self.meta[doc_id] = (story_id, day, frozenset(numbers), mh, size)
        if self.max_indexed and len(self.meta) > self.max_indexed:
            self._evict()

    def _evict(self) -> None:
        """Drop the oldest weeks until the index holds at most 90% of max_indexed articles."""
        by_week: dict[int, list[str]] = {}
        for doc, m in self.meta.items():
            if m[1]:
                by_week.setdefault(self._week(m[1]), []).append(doc)
        target = int(self.max_indexed * 0.9)
        for week in sorted(by_week):
            if len(self.meta) <= target:
                break
            del self.indexes[week]
            for doc in by_week[week]:
                del self.meta[doc]

    def _compatible(self, day: str | None, numbers: frozenset[str], other_day: str | None,
                    other_numbers: frozenset[str]) -> bool:
        days = abs((date.fromisoformat(day) - date.fromisoformat(other_day)).days) if day and other_day else 0
        if days > self.max_days:
            return False
        if days >= 1 and numbers and other_numbers:
            # on different days, copies of one story (or an excerpt of it) repeat its facts; a template filled
            # with new facts does not
            overlap = len(numbers & other_numbers) / min(len(numbers), len(other_numbers))
            if overlap < 0.5:
                return False
        return True

    def similar(self, jaccard: float, size: int, other_size: int) -> bool:
        """Same story by Jaccard, or by containment (one text is mostly inside the other: an excerpt)."""
        if jaccard >= 0.3:
            return True
        if not size or not other_size:
            return False
        contained = jaccard * (size + other_size) / ((1 + jaccard) * min(size, other_size))
        return jaccard >= self.threshold / 2 and contained >= self.containment

    def assign(self, article: Article) -> StoryMatch:
        """Give an article its story (joining the most similar compatible stored article, else a new story),
        set `article.story_id` and `article.minhash`, and index it."""
        text = article.clean_text or article.text
        mh, size = self.signature(text)
        numbers = frozenset(salient_numbers(text))
        best: tuple[float, str] | None = None
        candidates = {doc for index in self._neighbour_indexes(article.date) for doc in index.query(mh)}
        for other in sorted(candidates):
            if other == article.doc_id:
                continue
            story, other_day, other_numbers, other_mh, other_size = self.meta[other]
            sim = mh.jaccard(other_mh)
            if not self.similar(sim, size, other_size) or not self._compatible(
                    article.date, numbers, other_day, other_numbers):
                continue
            if best is None or sim > best[0]:
                best = (sim, other)
        if best is None:
            match = StoryMatch(new_story_id(article.doc_id), None, 1.0)
        else:
            match = StoryMatch(self.meta[best[1]][0], best[1], round(best[0], 3))
        article.story_id = match.story_id
        article.fingerprint = Fingerprint(self.to_bytes(mh), size, sorted(numbers))
        self.add(article.doc_id, match.story_id, article.date, numbers, mh, size)
        return match

    def forget(self, doc_id: str) -> None:
        """Drop an article from the index (re-assigned, or its batch failed to store)."""
        if doc_id in self.meta:
            self.indexes[self._week(self.meta[doc_id][1])].remove(doc_id)
            del self.meta[doc_id]


def load_deduplicator(store, settings) -> Deduplicator:
    """A deduplicator whose index holds the store's signatures (the most recent `dedup_max_indexed`)."""
    dedup = Deduplicator.from_settings(settings)
    limit = f" LIMIT {int(settings.dedup_max_indexed)}" if settings.dedup_max_indexed else ""
    rows = list(store.stream("SELECT doc_id, story_id, date, numbers, shingles, minhash FROM articles "
                             f"WHERE minhash IS NOT NULL ORDER BY date DESC NULLS LAST{limit}"))
    for row in reversed(rows):  # the most recent signatures, oldest first
        mh = dedup.from_bytes(row["minhash"])
        if len(mh.hashvalues) != dedup.num_perm:
            continue  # signatures of another size cannot be compared; those articles get new ones on recode
        numbers = (row["numbers"] or "").split()
        dedup.add(row["doc_id"], row["story_id"], str(row["date"]) if row["date"] else None, numbers, mh,
                  row["shingles"] or 0)
    return dedup
