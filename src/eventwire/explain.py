"""Explanations: an event rendered as its sentence with the source, action and target marked, followed by
the rule that fired and how each actor, the date and the place were resolved."""
from __future__ import annotations

from typing import Any

MARKS = {"source": ("[S:", "]", "\033[1;34m", "\033[0m"), "action": ("{", "}", "\033[1;31m", "\033[0m"),
         "target": ("[T:", "]", "\033[1;32m", "\033[0m")}


def mark_sentence(event: dict[str, Any], sentence_start: int, color: bool = False) -> str:
    """The sentence with actor and action spans marked (brackets, or colours on a terminal)."""
    sentence = event["sentence"]
    spans = []
    for key in ("source", "action", "target"):
        part = event.get(key) or {}
        if part.get("start") is None:
            continue
        s, e = part["start"] - sentence_start, part["end"] - sentence_start
        if 0 <= s < e <= len(sentence):
            spans.append((s, e, key))
    spans.sort()
    out, pos = [], 0
    for s, e, key in spans:
        if s < pos:
            continue
        left, right, c_on, c_off = MARKS[key]
        out.append(sentence[pos:s])
        out.append(f"{c_on}{sentence[s:e]}{c_off}" if color else f"{left}{sentence[s:e]}{right}")
        pos = e
    out.append(sentence[pos:])
    return "".join(out)


def render_explanation(event: dict[str, Any], color: bool = False) -> str:
    """A multi-line, human-readable explanation of one stored event."""
    article = event.get("article") or {}
    clean = article.get("clean_text") or ""
    start = clean.find(event["sentence"]) if clean else -1
    lines = [f"event {event['event_id']}  in {event['doc_id']} (sentence {event['sentence_index']})"]
    lines.append("  " + (mark_sentence(event, start, color) if start >= 0 else event["sentence"]))
    src, tgt = event.get("source") or {}, event.get("target") or {}
    lines.append(f"  code     {event['cameo']}  (PLOVER {event.get('plover') or '-'}, quad class "
                 f"{event.get('quad_class')}, Goldstein {event.get('goldstein')})")
    lines.append(f"  rule     {event.get('rule')}")
    lines.append(f"  source   {src.get('code') or '-'}  «{src.get('text') or ''}»  via {src.get('how') or '-'}")
    lines.append(f"  target   {tgt.get('code') or '-'}  «{tgt.get('text') or ''}»  via {tgt.get('how') or '-'}")
    if event.get("reported_by"):
        rep = event["reported_by"]
        lines.append(f"  reported {rep.get('code')}  «{rep.get('text')}»")
    lines.append(f"  date     {event.get('date') or '-'}  ({event.get('date_source') or 'none'}, "
                 f"{event.get('date_precision') or '-'}; published {article.get('published') or 'unknown'})")
    loc = event.get("location") or {}
    lines.append(f"  place    {loc.get('name') or '-'} {loc.get('country') or ''}  "
                 f"{'(%s, %s)' % (loc.get('lat'), loc.get('lon')) if loc.get('lat') is not None else ''}  "
                 f"via {loc.get('how') or '-'}")
    for q in event.get("quantities") or []:
        lines.append(f"  quantity {q.get('kind')}: {q.get('value'):g} {q.get('unit') or ''}  «{q.get('text')}»")
    lines.append(f"  confidence {event.get('confidence')}  modality {event.get('modality') or 'asserted'}  "
                 f"coder {event.get('coder_version')} / knowledge {event.get('knowledge_version')}")
    return "\n".join(lines)
