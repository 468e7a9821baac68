"""Quantities attached to events: how many people (protesters, detained, killed, injured, displaced) and how
much money ("$1.5 billion" → 1.5e9 USD), read from the numbers beside the event's words."""
from __future__ import annotations

import re

from .records import Quantity

SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12}
VAGUE = [(r"tens of thousands", 10_000), (r"hundreds of thousands", 100_000), (r"thousands", 1_000),
         (r"hundreds", 100), (r"dozens", 24), (r"scores", 40), (r"millions", 1_000_000)]
APPROX = re.compile(r"\b(more than|over|at least|nearly|almost|about|around|some|up to|roughly|some|an estimated|"
                    r"as many as|fewer than|less than)\b", re.I)
CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD", "dollars": "USD",
              "dollar": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR", "pounds": "GBP", "gbp": "GBP",
              "yuan": "CNY", "rubles": "RUB", "roubles": "RUB", "rupees": "INR", "yen": "JPY"}
_MONEY = re.compile(r"(?P<cur>us\$|\$|€|£|¥)?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>trillion|billion|million|"
                    r"thousand|bln|mln|bn|tn|m|b)?\b\s*(?P<cur2>dollars|dollar|euros|euro|pounds|yuan|rubles|roubles|"
                    r"rupees|yen|usd|eur|gbp)?", re.I)
KIND_BY_LEMMA = {"kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "wound": "injured",
                 "injure": "injured", "hurt": "injured", "arrest": "detained", "detain": "detained",
                 "jail": "detained", "imprison": "detained", "displace": "displaced", "flee": "displaced",
                 "protester": "participants", "demonstrator": "participants", "marcher": "participants",
                 "people": None}


def parse_number(text: str) -> tuple[float, bool] | None:
    """(value, approximate) of a number phrase: "774", "100,000", "1.5 million", "tens of thousands", "six"."""
    low = text.lower().strip()
    approx = bool(APPROX.search(low))
    low = APPROX.sub("", low).strip()
    for phrase, value in VAGUE:
        if re.search(r"\b" + phrase + r"\b", low):
            return float(value), True
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?", low)
    if m:
        value = float(m[1].replace(",", ""))
        if m[2]:
            value *= SCALES[m[2]]
        return value, approx
    if low in WORDS:
        return float(WORDS[low]), approx
    parts = low.split()
    if parts and all(p in WORDS or p in SCALES for p in parts):
        value = 0.0
        for p in parts:
            value = value * SCALES[p] if p in SCALES else value + WORDS[p]
        return value, approx
    return None


def parse_money(text: str) -> tuple[float, str] | None:
    """(amount, currency) of a money phrase: "$1.5 billion" → (1.5e9, "USD")."""
    m = _MONEY.search(text)
    if not m:
        return None
    cur = (m["cur"] or m["cur2"] or "").lower()
    if not cur:
        return None
    value = float(m["num"].replace(",", ""))
    if m["scale"]:
        value *= SCALES[m["scale"].lower()]
    return value, CURRENCIES.get(cur, cur.upper())


def _number_phrase(noun) -> tuple[str, int, int] | None:
    nums = [c for c in noun.children if c.dep_ in ("nummod",) or (c.dep_ == "amod" and c.lower_ in ("dozens", "thousands"))]
    if not nums:
        if noun.lower_ in ("dozens", "hundreds", "thousands", "tens", "millions", "scores"):
            toks = list(noun.subtree)
        else:
            return None
    else:
        toks = sorted({t for n in nums for t in n.subtree}, key=lambda t: t.i)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return noun.doc[toks[0].i: toks[-1].i + 1].text, start, end


def event_quantities(trigger, code: str, offset: int = 0) -> list[Quantity]:
    """Quantities in the event's clause: numbers on its argument nouns, and money on its object."""
    out: list[Quantity] = []
    seen: set[int] = set()
    candidates = [trigger] + [t for t in trigger.subtree if t.pos_ in ("NOUN", "PROPN", "NUM") and t.i != trigger.i
                              and t.head.i in {trigger.i, *[c.i for c in trigger.children]}]
    if trigger.dep_ in ("nsubj", "dobj", "pobj") or trigger.pos_ == "NOUN":
        candidates.append(trigger.head)
    for noun in candidates:
        if noun.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in noun.children):
            toks = [t for t in noun.subtree if t.ent_type_ == "MONEY"]
            if toks:
                text = noun.doc[toks[0].i: toks[-1].i + 1].text
                money = parse_money(text)
                if money and toks[0].i not in seen:
                    seen.add(toks[0].i)
                    out.append(Quantity("money", money[0], text, money[1], False, toks[0].idx + offset,
                                        toks[-1].idx + len(toks[-1].text) + offset))
            continue
        phrase = _number_phrase(noun)
        if not phrase or noun.i in seen:
            continue
        parsed = parse_number(phrase[0])
        if not parsed:
            continue
        seen.add(noun.i)
        kind = KIND_BY_LEMMA.get(noun.lemma_.lower())
        verb = noun.head if noun.head.pos_ == "VERB" else trigger
        kind = kind or KIND_BY_LEMMA.get(verb.lemma_.lower())
        if kind is None:
            root = code[:2]
            kind = "participants" if root == "14" else "detained" if code.startswith("173") else (
                "killed" if root in ("18", "19", "20") else "people")
        out.append(Quantity(kind, parsed[0], phrase[0], "people", parsed[1], phrase[1] + offset, phrase[2] + offset))
    return out
