"""DuckDB store. Writes go in one transaction per batch: an article, its events (and later its
signatures) land together or not at all. Re-ingesting an unchanged article is a no-op; a changed one
(or one coded by another coder/knowledge version) has its events replaced."""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import StoreError
from ..records import Article, Event, RecordError

ARTICLE_COLUMNS = ["doc_id", "content_hash", "url", "outlet", "title", "date", "language", "status", "skip_reason",
                   "text", "clean_text", "removed", "dateline", "origin", "story_id", "tone", "minhash", "shingles", "numbers",
                   "coder_version", "knowledge_version"]
EVENT_COLUMNS = ["event_id", "doc_id", "sentence_index", "sentence", "date", "date_source", "date_precision",
                 "source_code", "source_country", "source", "target_code", "target_country", "target", "cameo",
                 "root", "quad_class", "goldstein", "plover", "action", "location", "location_country", "lat", "lon",
                 "quantities", "tone", "confidence", "rule", "modality", "reported_by", "source_url", "story_id",
                 "aggregate_id", "is_root_event", "coder_version", "knowledge_version"]
JSON_EVENT_FIELDS = ("source", "target", "action", "location", "quantities", "reported_by")


def content_hash(article: Article) -> str:
    """What identifies an article's content: its text and publication date."""
    return hashlib.sha1(f"{article.date}|{article.text}".encode("utf-8", "replace")).hexdigest()


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    elif isinstance(value, list):
        value = [v.to_dict() if hasattr(v, "to_dict") else (v.__dict__ if hasattr(v, "__dict__") else v) for v in value]
    return json.dumps(value, ensure_ascii=False)


def article_row(article: Article, coder_version: str, knowledge_version: str) -> list[Any]:
    d, fp = article, article.fingerprint
    return [d.doc_id, content_hash(d), d.url, d.outlet, d.title, d.date, d.language, d.status, d.skip_reason,
            d.text, d.clean_text, json.dumps([r.__dict__ for r in d.removed], ensure_ascii=False), d.dateline,
            d.origin, d.story_id, d.tone, fp.minhash if fp else None, fp.size if fp else None,
            " ".join(fp.numbers) if fp else None, coder_version, knowledge_version]


def event_row(e: Event) -> list[Any]:
    loc = e.location
    return [e.event_id, e.doc_id, e.sentence_index, e.sentence, e.date, e.date_source, e.date_precision,
            e.source.code if e.source else None, e.source.country if e.source else None, _json(e.source),
            e.target.code if e.target else None, e.target.country if e.target else None, _json(e.target),
            e.cameo, e.cameo[:2], e.quad_class, e.goldstein, e.plover, _json(e.action), _json(loc),
            loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None,
            _json(e.quantities), e.tone, e.confidence, e.rule, e.modality, _json(e.reported_by), e.source_url,
            e.story_id, e.aggregate_id, e.is_root_event, e.coder_version, e.knowledge_version]


class Store:
    """An open eventwire database."""

    def __init__(self, path: str, read_only: bool = False):
        import duckdb

        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {path!r}: {exc}") from None
        if not read_only:
            schema = resources.files("eventwire.store").joinpath("schema.sql").read_text(encoding="utf-8")
            self.con.execute(schema)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes -----------------------------------------------------------------------------------
    def known_hashes(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, str, str]]:
        """doc_id → (content hash, coder version, knowledge version) for the ids already stored."""
        ids = list(doc_ids)
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT doc_id, content_hash, coder_version, knowledge_version FROM articles WHERE doc_id IN "
            "(SELECT unnest($1))", [ids]).fetchall()
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def write_batch(self, coded: list, errors: list[RecordError], coder_version: str,
                    knowledge_version: str, force: bool = False) -> dict[str, int]:
        """Write a batch of Coded results and errors in one transaction; returns counts. An article already
        stored with the same content and versions is left as it is unless `force`."""
        import duckdb

        counts = {"articles": 0, "unchanged": 0, "events": 0, "errors": len(errors)}
        known = self.known_hashes(c.article.doc_id for c in coded)
        changed = []
        for c in coded:
            if not force and known.get(c.article.doc_id) == (content_hash(c.article), coder_version, knowledge_version):
                counts["unchanged"] += 1
            else:
                changed.append(c)
        try:
            self.con.execute("BEGIN TRANSACTION")
            if changed:
                ids = [c.article.doc_id for c in changed]
                self.con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?))", [ids])
                self.con.execute("DELETE FROM articles WHERE doc_id IN (SELECT unnest(?))", [ids])
                self._bulk_insert("articles", ARTICLE_COLUMNS,
                                  [article_row(c.article, coder_version, knowledge_version) for c in changed])
                events = {e.event_id: e for c in changed for e in c.events}  # one row per id, as before
                self._bulk_insert("events", EVENT_COLUMNS, [event_row(e) for e in events.values()])
                counts["articles"] = len(changed)
                counts["events"] = sum(len(c.events) for c in changed)
            if errors:
                self.con.executemany("INSERT INTO errors (origin, reason, doc_id) VALUES (?, ?, ?)",
                                     [[e.origin, e.reason, e.doc_id] for e in errors])
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"writing a batch to {self.path!r} failed and was rolled back: {exc}") from None
        except BaseException:
            # Any other failure mid-batch (a row that cannot be built, an interrupt) must not leave the
            # transaction open: the next batch's BEGIN would fail and the partial batch could be committed.
            self.con.execute("ROLLBACK")
            raise
        return counts

    def _bulk_insert(self, table: str, columns: list[str], rows: list[list[Any]]) -> None:
        """Insert many rows in one statement through an Arrow table (DuckDB's executemany is row by row)."""
        if not rows:
            return
        import pyarrow as pa

        arrow = pa.Table.from_pydict({c: [r[i] for r in rows] for i, c in enumerate(columns)})
        self.con.register("_eventwire_rows", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _eventwire_rows")
        finally:
            self.con.unregister("_eventwire_rows")

    # -- reads ------------------------------------------------------------------------------------
    def query(self, sql: str, params: list | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def stream(self, sql: str, params: list | None = None, size: int = 1000) -> Iterator[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        while True:
            rows = cur.fetchmany(size)
            if not rows:
                return
            for row in rows:
                yield dict(zip(names, row))

    def summary(self) -> dict[str, Any]:
        """Counts for a quick look at the store."""
        q = lambda sql: self.con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": q("SELECT count(*) FROM articles"),
            "coded": q("SELECT count(*) FROM articles WHERE status = 'ok'"),
            "skipped": q("SELECT count(*) FROM articles WHERE status <> 'ok'"),
            "events": q("SELECT count(*) FROM events"),
            "errors": q("SELECT count(*) FROM errors"),
            "by_root": self.query("SELECT root, count(*) AS n FROM events GROUP BY root ORDER BY n DESC"),
            "top_dyads": self.query("SELECT source_code, target_code, count(*) AS n FROM events "
                                    "GROUP BY ALL ORDER BY n DESC LIMIT 10"),
        }


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open (creating if needed) the DuckDB store at `path`."""
    return Store(str(path), read_only=read_only)
