"""Named queries over the store, shared by the CLI (and later the HTTP API and dashboard)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

from .db import JSON_EVENT_FIELDS, Store


@dataclass
class EventQuery:
    """A filter over stored events. Every field is optional; they combine with AND."""

    actor: str | None = None  # matches source or target code by prefix (RUS, RUSGOV, IGOUNO)
    source: str | None = None
    target: str | None = None
    root: str | None = None  # CAMEO root or code prefix ("07", "173")
    plover: str | None = None
    since: str | None = None
    until: str | None = None
    doc_id: str | None = None
    country: str | None = None  # location country
    min_confidence: float | None = None
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if self.actor:
            clauses.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            params += [self.actor.upper(), self.actor.upper()]
        if self.source:
            clauses.append("starts_with(source_code, ?)")
            params.append(self.source.upper())
        if self.target:
            clauses.append("starts_with(target_code, ?)")
            params.append(self.target.upper())
        if self.root:
            clauses.append("starts_with(cameo, ?)")
            params.append(self.root)
        if self.plover:
            clauses.append("plover = ?")
            params.append(self.plover.upper())
        if self.since:
            clauses.append("date >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append("date <= CAST(? AS DATE)")
            params.append(self.until)
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        if self.country:
            clauses.append("location_country = ?")
            params.append(self.country.upper())
        if self.min_confidence is not None:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def event_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row in the published event-record shape."""
    out = dict(row)
    for key in JSON_EVENT_FIELDS:
        value = out.get(key)
        out[key] = json.loads(value) if isinstance(value, str) else value
    if out.get("date") is not None:
        out["date"] = str(out["date"])
    for key in ("source_code", "source_country", "target_code", "target_country", "root", "location_country",
                "lat", "lon"):
        out.pop(key, None)
    return out


def find_events(store: Store, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Events matching the query, in date then document order."""
    where, params = query.where()
    sql = f"SELECT * FROM events{where} ORDER BY date NULLS LAST, doc_id, sentence_index, event_id"
    if query.limit:
        sql += f" LIMIT {int(query.limit)}"
    for row in store.stream(sql, params):
        yield event_from_row(row)


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event with its article's clean text (for `explain`)."""
    rows = store.query("SELECT e.*, a.clean_text, a.title, a.date AS published FROM events e "
                       "JOIN articles a USING (doc_id) WHERE e.event_id = ?", [event_id])
    if not rows:
        return None
    row = rows[0]
    clean_text, title, published = row.pop("clean_text"), row.pop("title"), row.pop("published")
    event = event_from_row(row)
    event["article"] = {"clean_text": clean_text, "title": title, "published": str(published) if published else None}
    return event


def stories(store: Store) -> Iterator[dict[str, Any]]:
    """One row per article: its story and whether it is the story's canonical article (earliest, then longest)."""
    sql = """
        SELECT doc_id, story_id, outlet, date,
               row_number() OVER (PARTITION BY story_id ORDER BY date NULLS LAST, length(clean_text) DESC, doc_id) = 1
                   AS canonical,
               count(*) OVER (PARTITION BY story_id) AS story_size
        FROM articles WHERE story_id IS NOT NULL ORDER BY story_id, canonical DESC, doc_id"""
    for row in store.stream(sql):
        row["date"] = str(row["date"]) if row["date"] is not None else None
        yield row


def aggregated_events(store: Store, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Events aggregated the GDELT way: mentions of the same date, dyad, code and place become one event with
    num_mentions, num_sources (distinct outlets), num_articles, its mentions and is_root_event."""
    where, params = query.where()
    # The filter runs on events alone: columns such as date and doc_id exist in both joined tables.
    sql = f"""
        SELECT e.aggregate_id,
               arg_max(e.event_id, e.confidence) AS event_id,
               count(*) AS num_mentions,
               count(DISTINCT coalesce(a.outlet, e.doc_id)) AS num_sources,
               count(DISTINCT e.doc_id) AS num_articles,
               bool_or(e.is_root_event) AS is_root_event,
               list({{'doc_id': e.doc_id, 'sentence_index': e.sentence_index, 'event_id': e.event_id,
                     'action': e.action}} ORDER BY e.doc_id, e.sentence_index) AS mentions
        FROM (SELECT * FROM events{where}) e LEFT JOIN articles a ON a.doc_id = e.doc_id
        GROUP BY e.aggregate_id ORDER BY min(e.date) NULLS LAST, e.aggregate_id"""
    if query.limit:
        sql += f" LIMIT {int(query.limit)}"
    for agg in store.stream(sql, params):
        (row,) = store.query("SELECT * FROM events WHERE event_id = ?", [agg["event_id"]])
        event = event_from_row(row)
        event.update({k: agg[k] for k in ("num_mentions", "num_sources", "num_articles", "is_root_event")})
        event["mentions"] = [{**m, "action": json.loads(m["action"]) if isinstance(m["action"], str) else m["action"]}
                             for m in agg["mentions"]]
        yield event


def one_per(events: Iterator[dict[str, Any]], key: str) -> Iterator[dict[str, Any]]:
    """Keep the first event per key: `day` (Phoenix's one-a-day: date, source, target, code) or `story`
    (one row per story and event: story, date, source, target, code)."""
    seen: set[tuple] = set()
    for e in events:
        k = (e.get("date"), (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"), e["cameo"])
        if key == "story":
            k = (e.get("story_id") or e["doc_id"], *k)
        if k in seen:
            continue
        seen.add(k)
        yield e
