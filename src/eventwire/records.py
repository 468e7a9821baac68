"""Typed records that flow through the pipeline: Article → Sentence → Event (with Actor, Place, Quantity).

Every record is a plain dataclass; `to_dict()` gives the JSON shape used by exports and the store.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


def _asdict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _asdict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_asdict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _asdict(v) for k, v in obj.items()}
    return obj


@dataclass
class Removed:
    """A piece of the raw text that cleaning dropped, and why."""

    text: str
    reason: str


@dataclass
class Fingerprint:
    """What near-duplicate detection keeps of an article: its MinHash values, how many shingles it has
    (to estimate containment) and the numbers in its text (to tell template rewrites apart)."""

    minhash: bytes
    size: int
    numbers: list[str]


@dataclass
class Article:
    """One news article as read from its source, then cleaned.

    `text` is the raw page text; `clean_text` is what the coder reads and what event offsets index into.
    `status` is "ok" until a stage decides not to code the article; then `skip_reason` says why.
    """

    doc_id: str
    text: str
    date: str | None = None  # publication date, YYYY-MM-DD, or None when unknown
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # where it was read from: "path:line" or "path"
    clean_text: str = ""
    removed: list[Removed] = field(default_factory=list)
    dateline: str | None = None  # place named in a dateline ("MINSK (Reuters) -")
    language: str | None = None
    status: str = "ok"
    skip_reason: str | None = None
    story_id: str | None = None
    tone: float | None = None
    fingerprint: Fingerprint | None = None  # near-duplicate signature, stored with the article

    def skip(self, reason: str) -> None:
        """Mark the article as not coded, keeping the reason."""
        self.status = "skipped"
        self.skip_reason = reason

    def to_dict(self) -> dict[str, Any]:
        d = _asdict(self)
        d.pop("fingerprint", None)
        return d


@dataclass
class Sentence:
    """A sentence of an article's clean text, with its character offsets."""

    doc_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass
class Actor:
    """A coded actor: `code` is country + role (BLRCOP), the scorer's unit of comparison."""

    code: str
    country: str | None = None
    role: str | None = None
    name: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    how: str | None = None  # which dictionary entry or rule resolved it

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)

    def named_as(self, text: str | None, start: int | None, end: int | None, how: str) -> Actor:
        """The same actor named again elsewhere: a pronoun, "the ministers", "the decision" it took."""
        return dataclasses.replace(self, text=text, start=start, end=end, how=how)


@dataclass
class Place:
    """A resolved place with coordinates; `how` says why this place was chosen."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # city, country, admin1, region, sea, site
    text: str | None = None
    start: int | None = None
    end: int | None = None
    how: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass
class Quantity:
    """A number attached to an event: people (protesters, detained, killed…) or money."""

    kind: str  # participants, detained, killed, injured, displaced, money
    value: float
    text: str
    unit: str | None = None  # currency code for money, "people" otherwise
    approximate: bool = False
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    """One coded event mention. The fields mirror the published event JSON schema."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    cameo: str
    source: Actor | None
    target: Actor | None
    action: dict[str, Any]
    rule: str
    confidence: float
    date: str | None = None
    date_source: str | None = None
    date_precision: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    location: Place | None = None
    quantities: list[Quantity] = field(default_factory=list)
    tone: float | None = None
    modality: str | None = None  # None (asserted), "intent", "threat"
    reported_by: Actor | None = None
    source_url: str | None = None
    story_id: str | None = None
    aggregate_id: str | None = None
    is_root_event: bool = False
    coder_version: str = ""
    knowledge_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass
class RecordError:
    """A record that could not be read or processed: where it came from and why."""

    origin: str
    reason: str
    doc_id: str | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
