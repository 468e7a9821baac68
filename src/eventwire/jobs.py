"""The library's top-level jobs — code, ingest, recode, demo — used by the CLI (and later the API and
Dask runner). Each takes settings explicitly and reports what it did in a small result object."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .coding import CODER_VERSION
from .dedup import load_deduplicator
from .ingest import read_inputs
from .knowledge import data_path
from .pipeline import Coded, Pipeline, batched
from .records import Article, RecordError
from .settings import Settings
from .store import Store

Progress = Callable[[int], None]


@dataclass
class JobReport:
    """What a job did: counts and the records that failed (with reasons)."""

    articles: int = 0
    coded: int = 0
    skipped: int = 0
    unchanged: int = 0
    events: int = 0
    errors: list[RecordError] = field(default_factory=list)
    skipped_reasons: dict[str, int] = field(default_factory=dict)

    def add(self, item: Coded | RecordError) -> None:
        if isinstance(item, RecordError):
            self.errors.append(item)
            return
        self.articles += 1
        if item.article.status == "ok":
            self.coded += 1
        else:
            self.skipped += 1
            reason = (item.article.skip_reason or "").split(" (")[0]
            self.skipped_reasons[reason] = self.skipped_reasons.get(reason, 0) + 1
        self.events += len(item.events)


def code_stream(paths: Iterable[str], settings: Settings, pipeline: Pipeline | None = None,
                stdin=None) -> Iterator[Coded | RecordError]:
    """Read and code inputs, yielding results as they are ready (nothing stored)."""
    pipeline = pipeline or Pipeline(settings)
    yield from pipeline.run(read_inputs(paths, settings, stdin=stdin))


def ingest(paths: Iterable[str], settings: Settings, store: Store, progress: Progress | None = None,
           pipeline: Pipeline | None = None, stdin=None) -> JobReport:
    """Read, code and store inputs; one transaction per batch, so a crash loses at most the open batch."""
    pipeline = pipeline or Pipeline(settings, dedup=load_deduplicator(store, settings))
    report = JobReport()
    items = read_inputs(paths, settings, stdin=stdin)
    for batch in batched(items, settings.batch_size):
        results = pipeline.run_batch(batch)
        coded = [r for r in results if isinstance(r, Coded)]
        errors = [r for r in results if isinstance(r, RecordError)]
        try:
            counts = store.write_batch(coded, errors, CODER_VERSION, pipeline.knowledge.version)
        except Exception:
            for c in coded:
                pipeline.dedup.forget(c.article.doc_id)
            raise
        for r in results:
            report.add(r)
        report.unchanged += counts["unchanged"]
        if progress:
            progress(len(batch))
    return report


@dataclass
class RecodeReport:
    """What a recode changed: events added and removed, per article."""

    articles: int = 0
    changed_articles: int = 0
    added: int = 0
    removed: int = 0
    examples: list[str] = field(default_factory=list)


def recode(settings: Settings, store: Store, progress: Progress | None = None) -> RecodeReport:
    """Re-code every stored article from its stored text (after a dictionary or pattern change)."""
    pipeline = Pipeline(settings, dedup=load_deduplicator(store, settings))
    report = RecodeReport()
    rows = store.query("SELECT doc_id, text, date, url, title, outlet, origin, story_id FROM articles ORDER BY doc_id")
    before = {}
    for r in store.query("SELECT doc_id, event_id, cameo, source_code, target_code FROM events"):
        before.setdefault(r["doc_id"], set()).add((r["cameo"], r["source_code"], r["target_code"]))
    for batch in batched(rows, settings.batch_size):
        articles = [Article(doc_id=r["doc_id"], text=r["text"] or "", date=str(r["date"]) if r["date"] else None,
                            url=r["url"], title=r["title"], outlet=r["outlet"], origin=r["origin"],
                            story_id=r["story_id"]) for r in batch]
        results = [c for c in pipeline.run_batch(articles) if isinstance(c, Coded)]
        store.write_batch(results, [], CODER_VERSION, pipeline.knowledge.version, force=True)
        for c in results:
            report.articles += 1
            after = {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in c.events}
            old = before.get(c.article.doc_id, set())
            added, removed = after - old, old - after
            if added or removed:
                report.changed_articles += 1
                report.added += len(added)
                report.removed += len(removed)
                if len(report.examples) < 10:
                    report.examples.append(f"{c.article.doc_id}: +{sorted(map(str, added))[:3]} -{sorted(map(str, removed))[:3]}")
        if progress:
            progress(len(batch))
    return report


def sample_paths() -> list[str]:
    """The bundled sample articles."""
    return sorted(str(p) for p in data_path("sample").glob("*.txt"))


def code_records(records: list[dict], settings: Settings, progress: Progress | None = None
                 ) -> tuple[list[dict], dict[str, str | None]]:
    """Code in-memory records of the gold shape ({"id","text","date",…}); returns (event dicts, story ids)."""
    from .ingest.jsonl import parse_record
    from .errors import RecordReadError

    from .ingest.text import parse_text

    pipeline = Pipeline(settings)
    articles: list[Article | RecordError] = []
    for i, rec in enumerate(records, start=1):
        try:
            sample = (rec.get("labels") or {}).get("file")
            if rec.get("text") is None and sample:
                # a gold record of the bundled sample names its file instead of repeating the text
                text = data_path("sample").joinpath(sample).read_text(encoding="utf-8")
                articles.append(parse_text(text, sample, default_date=rec.get("date"), record_id=str(rec["id"])))
                continue
            articles.append(parse_record(rec, f"record {i}", settings.default_date, settings.max_input_bytes))
        except (RecordReadError, OSError) as exc:
            articles.append(RecordError(f"record {i}", str(exc)))
    events: list[dict] = []
    story_of: dict[str, str | None] = {}
    for item in pipeline.run(articles):
        if isinstance(item, Coded):
            events.extend(e.to_dict() for e in item.events)
            story_of[item.article.doc_id] = item.article.story_id
            if progress:
                progress(1)
    return events, story_of
