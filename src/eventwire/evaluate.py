"""Evaluation against gold records (the JSONL shape of ../shared/gold): per-set precision/recall/F1 with
the definitions of the project's scorer, per-root confusion, precision at confidence thresholds, story-
cluster agreement, and the misses and false alarms with their sentences.

Matching: each document's gold and predicted tuples are made unique, then matched one-to-one (maximum
bipartite matching; an empty gold field is a wildcard). Actors compare on their first three letters
(country, or IGO/NGO) and at role level on the first six.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

PENTA_BY_ROOT = {1: 0, **{r: 1 for r in range(2, 6)}, **{r: 2 for r in range(6, 9)},
                 **{r: 3 for r in range(9, 14)}, **{r: 4 for r in range(14, 21)}}


def actor_code(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("code") or ""
    return (value or "").upper()


def plover_type(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("type") or ""
    return (value or "").upper()


def penta(code: str) -> int | None:
    root = (code or "")[:2]
    return PENTA_BY_ROOT.get(int(root)) if root.isdigit() else None


def max_matching(gold: list[tuple], pred: list[tuple]) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs of a maximum one-to-one matching; '' in gold matches anything."""
    fits = [[j for j, p in enumerate(pred) if all(g == "" or g == v for g, v in zip(gt, p))] for gt in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in sorted(range(len(gold)), key=lambda i: len(fits[i])):
        augment(i, set())
    return [(i, j) for j, i in owner.items()]


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def figures(self) -> dict[str, float | int]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": self.tp,
                "pred": self.pred, "gold": self.gold}


@dataclass
class SetScore:
    """Every figure for one gold set."""

    prf: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    rates: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    confusion: Counter = field(default_factory=Counter)  # (gold root, predicted root or '-')
    by_confidence: list[tuple[float, bool]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)

    def add(self, name: str, gold: list[tuple], pred: list[tuple]) -> list[tuple[int, int]]:
        gold, pred = list(dict.fromkeys(gold)), list(dict.fromkeys(pred))
        pairs = max_matching(gold, pred)
        c = self.prf[name]
        c.tp += len(pairs)
        c.pred += len(pred)
        c.gold += len(gold)
        return pairs

    def rate(self, name: str, hit: bool) -> None:
        self.rates[name][0] += bool(hit)
        self.rates[name][1] += 1

    def report(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: v.figures() for k, v in sorted(self.prf.items())}
        for k, (hits, n) in sorted(self.rates.items()):
            out[k] = {"rate": round(hits / n, 3) if n else 0.0, "hits": hits, "n": n}
        return out


def _top(events: list[dict]) -> dict:
    return max(events, key=lambda e: e.get("confidence") or 0.0)


def _words(text: str) -> set[str]:
    import re
    stop = {"the", "a", "an", "of", "and", "in", "on", "its", "his", "her", "their", "s"}
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop}


def score_record(s: SetScore, rec: dict[str, Any], events: list[dict[str, Any]]) -> None:
    """Add one gold record and its predicted events to a set's score."""
    kind = rec.get("set", "")
    gold = rec.get("events") or []
    c3 = lambda e, k: actor_code(e.get(k))[:3]  # noqa: E731
    if kind == "cameo_examples":
        g = gold[0]["code"]
        s.rate("root_hit", any((e.get("cameo") or "")[:2] == g[:2] for e in events))
        s.rate("code3_hit", any((e.get("cameo") or "")[:3] == g[:3] for e in events))
        top_root = (_top(events).get("cameo") or "")[:2] if events else "-"
        s.rate("top_root", top_root == g[:2])
        s.confusion[(g[:2], top_root)] += 1
        if events:
            s.by_confidence.append((_top(events).get("confidence") or 0.0, top_root == g[:2]))
        if top_root != g[:2]:
            s.misses.append({"id": rec["id"], "gold": g, "pred": top_root, "text": rec.get("text")})
        return
    if kind == "conflibert":
        lab = rec.get("labels") or {}
        best = _top(events) if events else None
        hit = best is not None and penta(best.get("cameo") or "") == lab.get("penta")
        s.rate("penta_acc", hit)
        s.rate("has_event", best is not None)
        if best is not None:
            s.by_confidence.append((best.get("confidence") or 0.0, hit))
        if best is not None and lab.get("source_spans"):
            gw = set().union(*(_words(x) for x in lab["source_spans"]))
            src = best.get("source") or {}
            s.rate("source_span_hit", bool(_words(src.get("text") or "" if isinstance(src, dict) else "") & gw))
        if not hit:
            s.misses.append({"id": rec["id"], "gold": lab.get("penta"),
                             "pred": penta(best.get("cameo") or "") if best else None, "text": rec.get("text")})
        return
    if kind == "plover_gsr":
        gt = [(g["source"][:3], g["target"][:3], g["plover"]) for g in gold]
        pt = [(c3(e, "source"), c3(e, "target"), plover_type(e.get("plover"))) for e in events]
        s.add("dyad+type", gt, pt)
        s.add("type", [(g[2],) for g in gt], [(p[2],) for p in pt])
        return
    gt = [(g["source"][:3], g["target"][:3], g["code"][:2]) for g in gold]
    pt = [(c3(e, "source"), c3(e, "target"), (e.get("cameo") or "")[:2]) for e in events]
    pairs = s.add("dyad+root", gt, pt)
    s.add("root", [(g[2],) for g in gt], [(p[2],) for p in pt])
    s.add("dyad", [g[:2] for g in gt], [p[:2] for p in pt])
    s.add("roles+root", [(g["source"][:6], g["target"][:6], g["code"][:2]) for g in gold],
          [(actor_code(e.get("source"))[:6], actor_code(e.get("target"))[:6], (e.get("cameo") or "")[:2])
           for e in events])
    s.add("dyad+code3", [(g["source"][:3], g["target"][:3], g["code"][:3]) for g in gold],
          [(p[0], p[1], (e.get("cameo") or "")[:3]) for p, e in zip(pt, events)])
    ug, up = list(dict.fromkeys(gt)), list(dict.fromkeys(pt))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, g in enumerate(ug):
        if i not in matched_g:
            s.misses.append({"id": rec["id"], "gold": "%s→%s %s" % g, "text": _sentence_for(rec, g)})
    for j, p in enumerate(up):
        ev = next(e for e, q in zip(events, pt) if q == p)
        s.by_confidence.append((ev.get("confidence") or 0.0, j in matched_p))
        if j not in matched_p:
            s.false_alarms.append({"id": rec["id"], "pred": "%s→%s %s" % p, "rule": ev.get("rule"),
                                   "text": ev.get("sentence")})
    seen: set[tuple] = set()  # each distinct (tuple, date) and (tuple, place country) is judged once
    for g, key in zip(gold, gt):
        cands = [e for e, p in zip(events, pt) if all(k == "" or k == v for k, v in zip(key, p))]
        if not cands:
            continue
        best = _top(cands)
        if g.get("date") and (key, "date", g["date"]) not in seen:
            seen.add((key, "date", g["date"]))
            s.rate("date_of_matched", (best.get("date") or "")[:10] == g["date"])
        gc = ((g.get("location") or {}).get("country") or "").upper()[:3]
        if gc and (key, "place", gc) not in seen:
            seen.add((key, "place", gc))
            s.rate("place_country_of_matched", ((best.get("location") or {}).get("country") or "").upper()[:3] == gc)


def _sentence_for(rec: dict[str, Any], key: tuple) -> str | None:
    for g in rec.get("events") or []:
        if (g["source"][:3], g["target"][:3], g["code"][:2]) == key:
            return g.get("sentence") or rec.get("text")
    return rec.get("text")


def precision_at(points: list[tuple[float, bool]], thresholds=(0.0, 0.3, 0.5, 0.6, 0.7, 0.8)) -> list[dict]:
    """Precision (share of correct predictions) among predictions at or above each confidence."""
    out = []
    for t in thresholds:
        sel = [ok for c, ok in points if c >= t]
        out.append({"threshold": t, "n": len(sel), "precision": round(sum(sel) / len(sel), 3) if sel else None})
    return out


def cluster_agreement(records: list[dict[str, Any]], story_of: dict[str, str | None]) -> dict[str, Any] | None:
    """Pairwise same-story precision/recall against gold `labels.cluster` (None when no gold clusters)."""
    labelled = [r for r in records if "cluster" in (r.get("labels") or {})]
    if not labelled or not any(r["labels"]["cluster"] for r in labelled):
        return None
    ids = [str(r["id"]) for r in labelled]
    gold = {str(r["id"]): r["labels"]["cluster"] for r in labelled}
    tp = fp = fn = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            same_gold = gold[a] is not None and gold[a] == gold[b]
            same_pred = story_of.get(a) is not None and story_of.get(a) == story_of.get(b)
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"pairwise_precision": round(p, 3), "pairwise_recall": round(r, 3), "tp": tp, "fp": fp, "fn": fn}


def evaluate(records: Iterable[dict[str, Any]], events: Iterable[dict[str, Any]],
             story_of: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Figures per gold set for predicted events (dicts in the event-record shape)."""
    records = list(records)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_doc[str(e.get("doc_id"))].append(e)
    sets: dict[str, SetScore] = defaultdict(SetScore)
    for rec in records:
        score_record(sets[rec.get("set", "?")], rec, by_doc.get(str(rec["id"]), []))
    out: dict[str, Any] = {}
    for name, s in sets.items():
        out[name] = {"figures": s.report(), "precision_at_confidence": precision_at(s.by_confidence),
                     "confusion": {f"{g}->{p}": n for (g, p), n in s.confusion.most_common()},
                     "misses": s.misses, "false_alarms": s.false_alarms}
        if story_of is not None:
            clusters = cluster_agreement([r for r in records if r.get("set") == name], story_of)
            if clusters:
                out[name]["figures"]["story_clusters"] = clusters
    return out


def load_gold(paths: Iterable[str]) -> list[dict[str, Any]]:
    """Gold records from JSONL files."""
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records
