"""Near-duplicate benchmark: does `Deduplicator.assign` stay fast and flat as the index grows, and does it
group copies of one story while keeping template rewrites with different facts apart?

The corpus is synthetic and deterministic (`--seed`): N news articles of ~150–400 words written from
sentence templates per event type (protests, arrests, visits, sanctions, shelling, loans, ceasefires,
expulsions, accusations, tariffs, exercises, elections, strikes, aid), with varied actors, places,
numbers and dates, and page furniture (menus, share prompts, timestamps, credits). Publication dates
span two years; articles arrive in date order. Planted among them:

  boilerplate  the same article with different furniture lines (timestamps, prompts, credits)
  shuffle      the same article with its paragraphs in another order
  lead         the same article with its lead sentence rewritten (same facts)
  facts        "same template, different facts": the same wording, actors and places, but other counts,
               money and dates, published 2–6 days later (must NOT join the original's story)

Each article is cleaned with `eventwire.clean.clean_article` (as the pipeline does before dedup; not
timed) and then given its story by `Deduplicator.assign` (timed, one call at a time).

Prints overall articles/s, ms/article (wall and CPU) over the first and the last tenth of the stream (at
N=100,000: articles 1..10k vs 90k..100k) and their ratio (flat cost = ratio near 1), LSH candidates per
article in each window, peak RSS (getrusage; tracemalloc is not used), the corpus's true Jaccard per pair
kind (in the deduplicator's own shingles), and accuracy: recall per copy kind, the false-merge rate of
the "facts" pairs (with examples), and merges between unrelated articles. Progress goes to stderr every
tenth. Ends with a one-line JSON summary.

    .venv/bin/python benchmarks/dedup.py              # N=100,000
    .venv/bin/python benchmarks/dedup.py --n 20000    # quick run
    .venv/bin/python benchmarks/dedup.py --n 2000 --calibrate ../shared/gold/articles.jsonl  # vs real news
    .venv/bin/python benchmarks/dedup.py --sample 3   # print the first 3 generated articles and stop
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from datetime import date

from eventwire.clean import clean_article
from eventwire.dedup import Deduplicator, salient_numbers
from eventwire.records import Article
from eventwire.settings import Settings

from common import peak_rss_mb, source_version  # noqa: E402  (benchmarks/ is on sys.path)
from synthetic_news import PREFIX, Spec, plan, render  # benchmarks/ is on sys.path when run as a script


def corpus_check(stream: list[Spec], shingle: int, seed: int, pairs: int = 2000) -> dict[str, tuple[float, float, float]]:
    """(median, 90th, 99th percentile) of the true Jaccard of content-word shingles (eventwire.dedup.shingles,
    the dedup's own feature) for random unrelated article pairs and for each planted kind: how hard the
    corpus is, in the deduplicator's own terms."""
    from eventwire.dedup import shingles

    rng = random.Random(seed)
    cache: dict[str, set] = {}

    def grams(spec: Spec) -> set:
        if spec.doc_id not in cache:
            article = clean_article(Article(doc_id=spec.doc_id, text=render(spec), date=spec.pub.isoformat()))
            cache[spec.doc_id] = shingles(article.clean_text, shingle)
        return cache[spec.doc_id]

    def jaccard(a: Spec, b: Spec) -> float:
        x, y = grams(a), grams(b)
        return len(x & y) / max(len(x | y), 1)

    def stats(values: list[float]) -> tuple[float, float, float]:
        values.sort()
        return tuple(round(values[int(q * (len(values) - 1))], 3) for q in (0.5, 0.9, 0.99))  # type: ignore[return-value]

    by_id = {s.doc_id: s for s in stream}
    bases = [s for s in stream if s.kind == "base"]
    out = {"unrelated": stats([jaccard(*rng.sample(bases, 2)) for _ in range(pairs)])}
    for kind, prefix in PREFIX.items():
        planted = [s for s in stream if s.kind == kind]
        sample = rng.sample(planted, min(len(planted), pairs // 5))
        out[kind] = stats([jaccard(s, by_id["b" + s.doc_id[1:]]) for s in sample])
    return out


def calibrate(path: str, shingle: int) -> None:
    """The same Jaccard on real articles from a gold-shaped JSONL file (`labels.cluster` marks copies of one
    story), to compare the synthetic corpus with real news."""
    import itertools
    from eventwire.dedup import shingles

    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    grams, cluster = {}, {}
    for r in records:
        article = clean_article(Article(doc_id=r["id"], text=r["text"], date=r.get("date")))
        grams[r["id"]] = shingles(article.clean_text, shingle)
        cluster[r["id"]] = (r.get("labels") or {}).get("cluster")
    same, other = [], []
    for a, b in itertools.combinations(grams, 2):
        j = len(grams[a] & grams[b]) / max(len(grams[a] | grams[b]), 1)
        (same if cluster[a] and cluster[a] == cluster[b] else other).append(j)
    for name, values in (("same story", same), ("unrelated", other)):
        if values:
            values.sort()
            print(f"real {name:<10} pairs {len(values):>5}: Jaccard min {values[0]:.3f} median "
                  f"{values[len(values) // 2]:.3f} max {values[-1]:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles in the stream")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--share", type=float, default=0.04, help="share of the stream planted per kind (4 kinds)")
    ap.add_argument("--days", type=int, default=730, help="publication dates span this many days")
    ap.add_argument("--sample", metavar="N", type=int, help="print N rendered articles (and their kinds) and stop")
    ap.add_argument("--calibrate", metavar="JSONL", help="also print the same Jaccard over real articles in this "
                    "gold-shaped file (labels.cluster groups copies), e.g. ../shared/gold/articles.jsonl")
    args = ap.parse_args(argv)
    settings = Settings()

    stream = plan(args.n, args.seed, args.share, date(2023, 1, 1), args.days)
    if args.sample:
        for spec in stream[:args.sample]:
            print(f"=== {spec.doc_id} {spec.kind} {spec.pub}\n{render(spec)}")
        return 0
    version = source_version()
    dedup = Deduplicator.from_settings(settings)
    # Count LSH candidates per article (a thin wrapper on this instance; adds one call per article).
    candidates = [0]
    neighbour_indexes = dedup._neighbour_indexes

    class Counting:
        """Wraps one weekly LSH index so that its query results are counted."""

        def __init__(self, index):
            self.index = index

        def query(self, mh):
            found = self.index.query(mh)
            candidates[0] += len(found)
            return found

    dedup._neighbour_indexes = lambda day: [Counting(ix) for ix in neighbour_indexes(day)]

    rss_before = peak_rss_mb()
    window = max(1, args.n // 10)
    costs = [0.0] * len(stream)
    cpu = [0.0] * len(stream)  # CPU time too: on a shared machine wall time also counts other processes
    load_before = os.getloadavg()[0]
    cands = [0] * len(stream)
    story: dict[str, str] = {}
    matched: dict[str, str | None] = {}
    words = 0
    wall0 = time.perf_counter()
    for i, spec in enumerate(stream):
        article = Article(doc_id=spec.doc_id, text=render(spec), date=spec.pub.isoformat())
        clean_article(article)
        words += len(article.clean_text.split())
        before = candidates[0]
        t0, c0 = time.perf_counter(), time.process_time()
        m = dedup.assign(article)
        costs[i], cpu[i] = time.perf_counter() - t0, time.process_time() - c0
        cands[i] = candidates[0] - before
        story[spec.doc_id] = m.story_id
        matched[spec.doc_id] = m.matched
        if (i + 1) % window == 0:
            done = i + 1
            print(f"  {done:>7} articles  {sum(costs[done - window:done]) / window * 1e3:6.2f} ms/article (last {window})"
                  f"  {sum(cands[done - window:done]) / window:6.2f} candidates/article  peak RSS {peak_rss_mb():6.0f} MB",
                  file=sys.stderr, flush=True)
    wall = time.perf_counter() - wall0
    load_after = os.getloadavg()[0]

    n = len(stream)
    total = sum(costs)
    first = sum(costs[:window]) / window * 1e3
    last = sum(costs[n - window:]) / window * 1e3
    cpu_first = sum(cpu[:window]) / window * 1e3
    cpu_last = sum(cpu[n - window:]) / window * 1e3
    cand_first = sum(cands[:window]) / window
    cand_last = sum(cands[n - window:]) / window

    group = {s.doc_id: s.group for s in stream}
    original = {s.doc_id: s.group if s.kind != "facts" else "b" + s.doc_id[1:] for s in stream}  # facts: f→b
    recall: dict[str, tuple[int, int]] = {}
    for s in stream:
        if s.kind in ("boilerplate", "shuffle", "lead", "facts"):
            hit, tot = recall.get(s.kind, (0, 0))
            recall[s.kind] = (hit + (story[s.doc_id] == story[original[s.doc_id]]), tot + 1)
    copies_hit = sum(recall[k][0] for k in ("boilerplate", "shuffle", "lead"))
    copies_tot = sum(recall[k][1] for k in ("boilerplate", "shuffle", "lead"))
    facts_merged, facts_tot = recall["facts"]
    unrelated = sum(1 for s in stream if s.kind != "facts" and matched[s.doc_id] is not None
                    and group[matched[s.doc_id]] != s.group)
    check = corpus_check(stream, settings.dedup_shingle, args.seed)
    stories = len(set(story.values()))
    expected_stories = n - copies_tot

    print(f"eventwire dedup benchmark: n={n} seed={args.seed} planted per kind={int(n * args.share)} "
          f"source={version}")
    print("dedup settings: " + ", ".join(f"{k}={v}" for k, v in vars(settings).items() if k.startswith("dedup_")))
    print(f"words per article (clean text): {words / n:.0f} mean")
    print(f"assign total {total:.1f} s wall, {sum(cpu):.1f} s CPU -> {n / total:.0f} articles/s "
          f"(wall incl. rendering and cleaning {wall:.1f} s; load average {load_before:.1f} -> {load_after:.1f} "
          f"on {os.cpu_count()} CPUs)")
    print(f"cost articles 1..{window}: {first:.3f} ms/article ({cpu_first:.3f} CPU), "
          f"{cand_first:.2f} LSH candidates/article")
    print(f"cost articles {n - window + 1}..{n}: {last:.3f} ms/article ({cpu_last:.3f} CPU), "
          f"{cand_last:.2f} LSH candidates/article")
    print(f"ratio last/first = {last / first:.2f} wall, {cpu_last / cpu_first:.2f} CPU   (1.00 = flat cost as the index grows)")
    print(f"peak RSS: {peak_rss_mb():.0f} MB (before the stream: {rss_before:.0f} MB)")
    print(f"corpus: true Jaccard of {settings.dedup_shingle}-word content shingles, median/p90/p99: " + "; ".join(
        f"{k} {'/'.join(f'{v:.3f}' for v in vals)}" for k, vals in check.items()))
    if args.calibrate:
        calibrate(args.calibrate, settings.dedup_shingle)
    for k in ("boilerplate", "shuffle", "lead"):
        print(f"recall {k:<12} {recall[k][0]:>6}/{recall[k][1]:<6} = {recall[k][0] / recall[k][1]:.3f}")
    print(f"recall all copies      {copies_hit:>6}/{copies_tot:<6} = {copies_hit / copies_tot:.3f}")
    print(f"false merges 'facts'   {facts_merged:>6}/{facts_tot:<6} = {facts_merged / facts_tot:.3f}   (lower is better)")
    print(f"merges of unrelated articles: {unrelated} ({unrelated / n:.4f} of articles); "
          f"stories {stories} (expected {expected_stories})")
    merged_facts = [s for s in stream if s.kind == "facts" and story[s.doc_id] == story[original[s.doc_id]]]
    by_id = {s.doc_id: s for s in stream}
    for s in merged_facts[:3]:
        o = by_id[original[s.doc_id]]
        a, b = (sorted(salient_numbers(clean_article(Article(x.doc_id, render(x))).clean_text)) for x in (s, o))
        print(f"  e.g. 'facts' pair {s.doc_id} ({s.pub}) / {o.doc_id} ({o.pub}) merged; numbers {a} vs {b}")
    summary = {
        "bench": "dedup", "n": n, "seed": args.seed, "source": version,
        **{k: v for k, v in vars(settings).items() if k.startswith("dedup_")}, "articles_per_s": round(n / total, 1),
        "ms_per_article_first": round(first, 4), "ms_per_article_last": round(last, 4),
        "ratio_last_first": round(last / first, 3), "cpu_ms_first": round(cpu_first, 4),
        "cpu_ms_last": round(cpu_last, 4), "cpu_ratio_last_first": round(cpu_last / cpu_first, 3), "candidates_first": round(cand_first, 3),
        "candidates_last": round(cand_last, 3), "peak_rss_mb": round(peak_rss_mb(), 1),
        **{f"recall_{k}": round(recall[k][0] / recall[k][1], 4) for k in ("boilerplate", "shuffle", "lead")},
        "recall_copies": round(copies_hit / copies_tot, 4), "false_merge_facts": round(facts_merged / facts_tot, 4),
        "unrelated_merges": unrelated, "stories": stories, "expected_stories": expected_stories,
        "corpus_jaccard_p50_p90_p99": check, "wall_s": round(wall, 1),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
