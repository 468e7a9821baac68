"""Throughput of the coder against its parser: how close is the full pipeline to spaCy alone?

Three measurements over the same N articles (the bundled samples, replicated with small text variations
so that no article is a byte-for-byte repeat and nothing is served from a cache or the store's
"unchanged" short-cut):

  parse   eventwire.nlp.parse_texts over the articles' clean texts (spaCy alone)
  full    Pipeline.run_batch (clean, language, dedup, parse, code, dates, places, quantities, tone; no store)
  ingest  eventwire.jobs.ingest into a fresh temporary DuckDB store (read files + full + store writes)

Loading the model and knowledge and one warm-up pass over the samples happen before timing (`setup`).
Every stage is charged for the same work: N input articles and the sentences of the coded ones (the
sports sample is skipped by the pipeline's topic filter, so it is parsed by no stage). Prints a table
(wall and CPU seconds, articles/s, sentences/s, articles per CPU-second, peak RSS from getrusage), the
ratios full/parse and ingest/parse (1.00 = as fast as the parser; the CPU ratio is the one to trust on a
busy machine), how ingest's time splits between Pipeline.run_batch and Store.write_batch, and a
one-line JSON summary.

    .venv/bin/python benchmarks/throughput.py            # N=200, batch 64
    .venv/bin/python benchmarks/throughput.py --n 1000 --batch-size 32
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from common import peak_rss_mb, source_version  # benchmarks/ is on sys.path when run as a script
from eventwire.dedup import load_deduplicator
from eventwire.ingest import read_inputs
from eventwire.jobs import ingest, sample_paths
from eventwire.nlp import load_nlp, parse_texts
from eventwire.pipeline import Coded, Pipeline
from eventwire.records import Article
from eventwire.settings import Settings
from eventwire.store import open_store

_NUMBER = re.compile(r"\b\d+\b")
_HEADER = re.compile(r"^( ?date )(\d{4})-(\d{2})-(\d{2})")
# Neutral filler sentences (no actors, no event verbs) so variants differ without changing what is coded.
_FILLERS = [
    "The figures were last updated at {h}:{m:02d} local time.",
    "This report was revised at {h}:{m:02d} with additional details.",
    "Further details were expected later in the day, around {h}:{m:02d}.",
]


def vary(text: str, copy: int, rng: random.Random) -> str:
    """A small variation of a crawl-format article: other counts (years kept), the date moved by a few
    days, one neutral sentence added to a random body paragraph. Copy 0 is the original."""
    if copy == 0:
        return text
    first, _, body = text.partition("\n")

    def renumber(m: re.Match) -> str:
        s = m.group(0)
        if len(s) == 4 and s.startswith(("19", "20")):
            return s  # a year
        if len(s) <= 2 and int(s) <= 31:
            return str(rng.randint(1, 28))  # a day or a small count
        return str(rng.randint(10 ** (len(s) - 1), 10 ** len(s) - 1))

    body = _NUMBER.sub(renumber, body)
    paragraphs = body.split("\n\n")
    long_ones = [i for i, p in enumerate(paragraphs) if len(p) > 120]
    if long_ones:
        i = rng.choice(long_ones)
        filler = rng.choice(_FILLERS).format(h=rng.randint(0, 23), m=rng.randint(0, 59))
        paragraphs[i] = paragraphs[i].rstrip() + " " + filler
    body = "\n\n".join(paragraphs)
    m = _HEADER.match(first)
    if m:
        day = min(28, max(1, int(m.group(4)) + rng.randint(-3, 3)))
        first = f"{m.group(1)}{m.group(2)}-{m.group(3)}-{day:02d}" + first[m.end():]
    return first + "\n" + body


def write_corpus(folder: Path, n: int, seed: int) -> list[str]:
    """N crawl-format .txt files in `folder`, round-robin over the samples, each copy varied."""
    rng = random.Random(seed)
    samples = [Path(p).read_text(encoding="utf-8") for p in sample_paths()]
    paths = []
    for i in range(n):
        text = vary(samples[i % len(samples)], i // len(samples), rng)
        path = folder / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def read_articles(paths: list[str], settings: Settings) -> list[Article]:
    """Fresh Article objects for the paths (the pipeline mutates them, so each run reads its own)."""
    return [a for a in read_inputs(paths, settings) if isinstance(a, Article)]


def batches(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def bench_parse(paths: list[str], settings: Settings) -> dict:
    """spaCy alone over the clean texts the pipeline would parse (cleaning done before the clock starts)."""
    prep = Pipeline(settings)
    texts = [a.clean_text for a in (prep.prepare(a) for a in read_articles(paths, settings)) if a.status == "ok"]
    sentences = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for batch in batches(texts, settings.batch_size):
        for chunks in parse_texts(batch, settings.max_chars, n_process=settings.n_process):
            sentences += sum(1 for c in chunks for _ in c.doc.sents)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": len(texts), "sentences": sentences, "seconds": seconds, "cpu": cpu}


def bench_full(paths: list[str], settings: Settings) -> dict:
    """Pipeline.run_batch over the articles (no store); knowledge loaded before the clock starts."""
    pipeline = Pipeline(settings)
    _ = pipeline.knowledge
    articles = read_articles(paths, settings)
    n_articles = sentences = events = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for batch in batches(articles, settings.batch_size):
        for r in pipeline.run_batch(batch):
            if isinstance(r, Coded):
                n_articles += 1
                sentences += len(r.sentences)
                events += len(r.events)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": n_articles, "sentences": sentences, "events": events, "seconds": seconds, "cpu": cpu}


def _timed(obj, name: str, spent: dict) -> None:
    """Wrap one method of one instance so the wall time spent in it adds up in spent[name]."""
    method = getattr(obj, name)

    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0

    setattr(obj, name, wrapper)


def bench_ingest(paths: list[str], settings: Settings, folder: Path) -> dict:
    """jobs.ingest into a new DuckDB file (reading, cleaning, coding, storing), with a pipeline built
    exactly as ingest builds its own, but with knowledge loaded before the clock starts. The time inside
    Pipeline.run_batch and Store.write_batch is recorded too (the rest is reading the files)."""
    db = folder / "bench.duckdb"
    spent: dict[str, float] = {}
    with open_store(db) as store:
        pipeline = Pipeline(settings, dedup=load_deduplicator(store, settings))
        _ = pipeline.knowledge
        _timed(pipeline, "run_batch", spent)
        _timed(store, "write_batch", spent)
        t0, c0 = time.perf_counter(), time.process_time()
        report = ingest(paths, settings, store, pipeline=pipeline)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        stored_events = store.query("SELECT count(*) AS n FROM events")[0]["n"]
    if report.errors:
        raise SystemExit(f"ingest reported {len(report.errors)} errors, e.g. {report.errors[0]}")
    return {"articles": report.articles, "coded": report.coded, "events": report.events,
            "stored_events": stored_events, "seconds": seconds, "cpu": cpu,
            "run_batch_s": spent.get("run_batch", 0.0), "write_batch_s": spent.get("write_batch", 0.0)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="articles (samples replicated with variations)")
    ap.add_argument("--batch-size", type=int, default=Settings().batch_size, help="articles per batch")
    ap.add_argument("--n-process", type=int, default=Settings().n_process, help="spaCy worker processes")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    settings = Settings(batch_size=args.batch_size, n_process=args.n_process, progress=False)

    version = source_version()
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    load_nlp()
    # Warm-up: the bundled samples once through the whole pipeline, so every lazily loaded model and table
    # (language, tone, topic, gazetteer, ...) is loaded before any stage is timed.
    Pipeline(settings).run_batch(read_articles(sample_paths(), settings))
    setup = time.perf_counter() - t0

    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        folder = Path(tmp)
        paths = write_corpus(folder, args.n, args.seed)
        parse = bench_parse(paths, settings)
        rss_parse = peak_rss_mb()
        full = bench_full(paths, settings)
        rss_full = peak_rss_mb()
        ing = bench_ingest(paths, settings, folder)
        rss_ingest = peak_rss_mb()

    load = os.getloadavg()[0]
    # Every stage is charged for the same work: the N input articles and the sentences spaCy finds in the
    # ones that are coded (articles the pipeline skips, e.g. the sports sample, are not parsed in any stage).
    rows = []
    for name, r, rss in (("parse", parse, rss_parse), ("full", full, rss_full), ("ingest", ing, rss_ingest)):
        rows.append({"stage": name, "articles": args.n, "seconds": r["seconds"], "cpu": r["cpu"],
                     "aps": args.n / r["seconds"], "sps": parse["sentences"] / r["seconds"],
                     "aps_cpu": args.n / r["cpu"], "rss": rss})
    by = {r["stage"]: r for r in rows}
    ratio = {f"{a}/parse": by[a]["aps"] / by["parse"]["aps"] for a in ("full", "ingest")}
    ratio_cpu = {f"{a}/parse": by[a]["aps_cpu"] / by["parse"]["aps_cpu"] for a in ("full", "ingest")}

    print(f"eventwire throughput: n={args.n} batch_size={args.batch_size} n_process={args.n_process} "
          f"cpus={os.cpu_count()} load average {load_before:.1f} -> {load:.1f} python={platform.python_version()} "
          f"source={version}")
    print(f"setup (spaCy model, knowledge, one warm-up pass over the samples; not timed below): {setup:.2f} s")
    print(f"{'stage':<8}{'articles':>9}{'wall s':>8}{'CPU s':>8}{'articles/s':>12}{'sentences/s':>13}"
          f"{'art/CPU-s':>11}{'peak RSS MB':>13}")
    for r in rows:
        print(f"{r['stage']:<8}{r['articles']:>9}{r['seconds']:>8.2f}{r['cpu']:>8.2f}{r['aps']:>12.1f}{r['sps']:>13.1f}"
              f"{r['aps_cpu']:>11.1f}{r['rss']:>13.0f}")
    for key in ratio:
        print(f"ratio {key:<12} = {ratio[key]:.2f} (wall), {ratio_cpu[key]:.2f} (CPU)   1.00 = as fast as spaCy alone")
    print(f"ingest wall time: run_batch {ing['run_batch_s']:.2f} s, Store.write_batch {ing['write_batch_s']:.2f} s, "
          f"reading and the rest {ing['seconds'] - ing['run_batch_s'] - ing['write_batch_s']:.2f} s")
    print(f"{parse['articles']} of {args.n} articles coded and parsed, {parse['sentences']} sentences "
          f"(full pipeline: {full['sentences']}); events: full {full['events']}, ingest {ing['events']} "
          f"(stored {ing['stored_events']})")
    summary = {
        "bench": "throughput", "n": args.n, "batch_size": args.batch_size, "n_process": args.n_process,
        "cpus": os.cpu_count(), "load_avg": round(load, 2), "source": version, "setup_s": round(setup, 2),
        **{f"{r['stage']}_articles_per_s": round(r["aps"], 2) for r in rows},
        **{f"{r['stage']}_sentences_per_s": round(r["sps"], 1) for r in rows},
        **{f"{r['stage']}_articles_per_cpu_s": round(r["aps_cpu"], 2) for r in rows},
        "ratio_full_parse": round(ratio["full/parse"], 3), "ratio_ingest_parse": round(ratio["ingest/parse"], 3),
        "ratio_full_parse_cpu": round(ratio_cpu["full/parse"], 3),
        "ratio_ingest_parse_cpu": round(ratio_cpu["ingest/parse"], 3),
        "ingest_run_batch_s": round(ing["run_batch_s"], 2), "ingest_write_batch_s": round(ing["write_batch_s"], 2),
        "peak_rss_mb": round(rss_ingest, 1),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
