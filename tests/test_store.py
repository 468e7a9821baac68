"""The DuckDB store through `jobs.ingest`: idempotent re-ingest, replacement of changed articles,
all-or-nothing batches, the errors table and the named event filters."""
import json
from datetime import date

import pytest

from eventwire import Pipeline
from eventwire.dedup import load_deduplicator
from eventwire.errors import StoreError
from eventwire.jobs import ingest, sample_paths
from eventwire.store import EventQuery, open_store
from eventwire.store import db as store_db
from eventwire.store.queries import aggregated_events, find_events

BELARUS = "Belarusian police arrested dozens of protesters in Minsk on Sunday."
UKRAINE = "Russian troops shelled Ukrainian positions near Kharkiv on Monday, the Ukrainian army said."


def run_ingest(paths, settings, store, pipeline):
    """jobs.ingest with a pipeline built as ingest builds it (story index from the store), reusing the
    session's already-loaded knowledge so each test does not reload it."""
    fresh = Pipeline(settings, dedup=load_deduplicator(store, settings))
    fresh.knowledge = pipeline.knowledge
    return ingest([str(p) for p in paths], settings, store, pipeline=fresh)


def count(store, table, where="", params=None):
    return store.query(f"SELECT count(*) AS n FROM {table} {where}", params)[0]["n"]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" if isinstance(r, dict) else r + "\n" for r in records))
    return path


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, settings, pipeline):
    with open_store(tmp_path_factory.mktemp("sample") / "sample.duckdb") as store:
        report = run_ingest(sample_paths(), settings, store, pipeline)
        yield store, report


def test_sample_is_stored_with_its_events(sample_store):
    store, report = sample_store
    assert report.errors == []
    assert report.articles == len(sample_paths()) == count(store, "articles")
    assert report.events > 0 and count(store, "events") == report.events
    orphans = count(store, "events", "WHERE doc_id NOT IN (SELECT doc_id FROM articles)")
    assert orphans == 0


def test_reingesting_the_same_inputs_adds_nothing(sample_store, settings, pipeline):
    store, _ = sample_store
    ids_before = {r["event_id"] for r in store.query("SELECT event_id FROM events")}
    articles_before = count(store, "articles")
    again = run_ingest(sample_paths(), settings, store, pipeline)
    assert again.unchanged == again.articles == articles_before
    assert count(store, "articles") == articles_before
    assert {r["event_id"] for r in store.query("SELECT event_id FROM events")} == ids_before
    assert count(store, "events") == len(ids_before)


def test_changed_article_has_its_events_replaced(tmp_path, settings, pipeline, store):
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "a1", "date": "2020-08-10", "text": BELARUS}])
    run_ingest([feed], settings, store, pipeline)
    old_ids = {r["event_id"] for r in store.query("SELECT event_id FROM events WHERE doc_id = 'a1'")}
    assert old_ids

    write_jsonl(feed, [{"id": "a1", "date": "2020-08-10", "text": UKRAINE}])
    report = run_ingest([feed], settings, store, pipeline)
    assert report.unchanged == 0
    rows = store.query("SELECT event_id, sentence FROM events WHERE doc_id = 'a1'")
    assert rows and not old_ids & {r["event_id"] for r in rows}
    assert all("Kharkiv" in r["sentence"] for r in rows)
    assert len(rows) == report.events
    assert store.query("SELECT text FROM articles WHERE doc_id = 'a1'") == [{"text": UKRAINE}]


class BreakOnSecondArticle:
    """Stands in for store.db.event_row: rows for doc `b2` fail, as a database or a Python error."""

    def __init__(self, real, kind):
        self.real, self.kind = real, kind

    def __call__(self, event):
        row = self.real(event)
        if event.doc_id == "b2":
            if self.kind == "python":
                raise ValueError("event cannot be serialised")
            row[store_db.EVENT_COLUMNS.index("cameo")] = None  # violates NOT NULL inside the INSERT
        return row


@pytest.mark.parametrize("kind, raised", [("database", StoreError), ("python", ValueError)])
def test_failed_batch_is_rolled_back_and_the_store_stays_usable(tmp_path, settings, pipeline, store,
                                                                monkeypatch, kind, raised):
    feed = write_jsonl(tmp_path / "feed.jsonl", [
        {"id": "a1", "date": "2020-08-10", "text": BELARUS},
        "{broken",
        {"id": "b2", "date": "2020-08-10", "text": UKRAINE},
    ])
    monkeypatch.setattr(store_db, "event_row", BreakOnSecondArticle(store_db.event_row, kind))
    with pytest.raises(raised):
        run_ingest([feed], settings, store, pipeline)
    assert (count(store, "articles"), count(store, "events"), count(store, "errors")) == (0, 0, 0)

    monkeypatch.undo()
    report = run_ingest([feed], settings, store, pipeline)
    assert report.articles == 2 and report.unchanged == 0
    assert {r["doc_id"] for r in store.query("SELECT doc_id FROM articles")} == {"a1", "b2"}
    assert count(store, "errors") == 1


def test_bad_records_go_to_the_errors_table(tmp_path, settings, pipeline, store):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    write_jsonl(inputs / "feed.jsonl", [{"id": "a1", "date": "2020-08-10", "text": BELARUS}, "{broken"])
    (inputs / "empty.txt").write_bytes(b"")
    run_ingest([inputs], settings, store, pipeline)
    errors = {r["origin"].rsplit("/", 1)[-1]: r["reason"] for r in store.query("SELECT origin, reason FROM errors")}
    assert set(errors) == {"feed.jsonl:2", "empty.txt"}
    assert "malformed JSON" in errors["feed.jsonl:2"]
    assert "empty" in errors["empty.txt"]
    assert count(store, "articles") == 1


def _codes(e):
    return [(e.get(k) or {}).get("code") or "" for k in ("source", "target")]


@pytest.mark.parametrize("query, expected", [
    (EventQuery(actor="geo"), lambda e: any(c.startswith("GEO") for c in _codes(e))),
    (EventQuery(actor="GEOCOP"), lambda e: any(c.startswith("GEOCOP") for c in _codes(e))),
    (EventQuery(source="GEOCOP"), lambda e: _codes(e)[0].startswith("GEOCOP")),
    (EventQuery(root="17"), lambda e: e["cameo"].startswith("17")),
    (EventQuery(root="04"), lambda e: e["cameo"].startswith("04")),
    (EventQuery(since="2024-12-01", until="2024-12-02"),
     lambda e: e["date"] is not None and "2024-12-01" <= e["date"] <= "2024-12-02"),
    (EventQuery(actor="GEO", root="17"), lambda e: "GEO" in {c[:3] for c in _codes(e)} and e["cameo"][:2] == "17"),
])
def test_event_query_returns_exactly_the_matching_subset(sample_store, query, expected):
    store, _ = sample_store
    everything = list(find_events(store, EventQuery()))
    want = {e["event_id"] for e in everything if expected(e)}
    got = [e["event_id"] for e in find_events(store, query)]
    assert want, "the sample should contain events for this filter"
    assert len(want) < len(everything)
    assert sorted(got) == sorted(want)


def test_date_bounds_are_inclusive(sample_store):
    store, _ = sample_store
    days = {e["date"] for e in find_events(store, EventQuery(since="2024-12-01", until="2024-12-01"))}
    assert days == {"2024-12-01"}
    ordered = [e["date"] for e in find_events(store, EventQuery(until="2024-12-31"))]
    assert ordered == sorted(ordered) and date.fromisoformat(ordered[-1]) <= date(2024, 12, 31)


@pytest.mark.parametrize("query", [EventQuery(since="2024-12-01", until="2024-12-02"), EventQuery(actor="GEO", root="17")])
def test_aggregated_events_apply_the_same_filter_as_mentions(sample_store, query):
    """Aggregation joins articles, which also have date and doc_id columns; the filter must still apply."""
    store, _ = sample_store
    mentions = list(find_events(store, query))
    aggregated = list(aggregated_events(store, query))
    assert mentions
    assert {e["aggregate_id"] for e in aggregated} == {e["aggregate_id"] for e in mentions}
    assert sum(e["num_mentions"] for e in aggregated) == len(mentions)
