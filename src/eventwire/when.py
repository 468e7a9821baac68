"""Event dates: the date expression attached to the event's clause, resolved against the publication date.

Handles weekdays ("on Monday", "Sunday's protests"), relative words ("yesterday", "last night", "a day after",
"last week", "three days ago", "earlier this month"), and explicit dates in news styles ("Aug. 9",
"9 August 2020", "September 14", "2020-09-14"), inferring the year around New Year. A date that belongs to
another clause ("since the Aug. 9 election") is not taken. With no date in the clause, the publication date
is used, and `date_source` says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = {name: i for i, names in enumerate([
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]) for name in names}
MONTHS = {name: i + 1 for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")]) for name in names}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1}
_MONTH_ONLY = re.compile(r"^(?:in |early |late |mid-|since |this )?(last )?(january|february|march|april|may|june|july|"
                         r"august|september|october|november|december)(?:,? (\d{4}))?$")
_MONTH_YEAR = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|"
                         r"december),? ((?:19|20)\d\d)\b")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?", re.I)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(day|week)s?\s+(ago|earlier)\b", re.I)
RELATIVE_DAYS = [(re.compile(rx), days) for rx, days in (
    (r"\b(yesterday|last night|overnight)\b", -1),
    (r"\b(today|this morning|this afternoon|this evening|tonight|earlier today)\b", 0),
    (r"\btomorrow\b", 1))]
RELATIVE_SPANS = [(re.compile(rx), days, precision) for rx, days, precision in (
    (r"\b(last|past) week\b", -7, "week"),
    (r"\b(this week|earlier this week)\b", 0, "week"),
    (r"\bnext week\b", 7, "week"),
    (r"\b(this month|earlier this month)\b", 0, "month"))]
BLOCKING_PREPS = {"since", "until", "till", "before", "after", "by", "ahead", "within", "over", "through",
                  "throughout", "between", "than", "of"}
CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "acl", "csubj", "parataxis", "conj"}
BACKGROUND_DAYS = 35


@dataclass(frozen=True)
class ResolvedDate:
    """An event date with where it came from (`text`, `publication`) and how precise it is."""

    value: date
    source: str
    precision: str  # day, week, month
    text: str = ""


def _year_for(month: int, day: int, pub: date, future: bool) -> date | None:
    """The date with this month/day nearest the publication date in the right direction."""
    for year in (pub.year, pub.year - 1, pub.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if future and pub - timedelta(days=7) <= d <= pub + timedelta(days=300):
            return d
        if not future and pub - timedelta(days=300) <= d <= pub + timedelta(days=7):
            return d
    try:
        return date(pub.year, month, day)
    except ValueError:
        return None


def parse_date_expression(text: str, pub: date, future: bool = False) -> tuple[date, str] | None:
    """(date, precision) for a date expression, resolved against the publication date; None if not a date."""
    low = text.lower().strip()
    m = _ISO.search(low)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        except ValueError:
            return None
    for rx, day_group, month_group, year_group in ((_DAY_MONTH, 1, 2, 3), (_MONTH_DAY, 2, 1, 3)):
        m = rx.search(low)
        if m:
            month = MONTHS.get(m[month_group].rstrip(".")[:4].rstrip(".")) or MONTHS.get(m[month_group].rstrip(".")[:3])
            day = int(m[day_group])
            if month and 1 <= day <= 31:
                if m[year_group]:
                    try:
                        return date(int(m[year_group]), month, day), "day"
                    except ValueError:
                        return None
                d = _year_for(month, day, pub, future)
                return (d, "day") if d else None
    for rx, days in RELATIVE_DAYS:
        if rx.search(low):
            return pub + timedelta(days=days), "day"
    m = _AGO.search(low)
    if m:
        n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1].lower()]
        unit = 7 if m[2].lower() == "week" else 1
        return pub - timedelta(days=n * unit), "day" if unit == 1 else "week"
    for name, weekday in WEEKDAYS.items():
        if re.search(r"\b" + name + r"\b", low):
            if re.search(r"\b(next|coming)\s+" + name, low) or future:
                delta = (weekday - pub.weekday()) % 7 or (7 if re.search(r"\bnext\b", low) else 0)
                return pub + timedelta(days=delta), "day"
            delta = (pub.weekday() - weekday) % 7
            if re.search(r"\blast\s+" + name, low) and delta == 0:
                delta = 7
            return pub - timedelta(days=delta), "day"
    for rx, days, precision in RELATIVE_SPANS:
        if rx.search(low):
            return pub + timedelta(days=days), precision
    if re.search(r"\blast month\b", low):
        first = pub.replace(day=1) - timedelta(days=1)
        return first.replace(day=min(pub.day, 28)), "month"
    m = _MONTH_YEAR.search(low)
    if m:  # "October 2001, weeks after…"
        return date(int(m[2]), MONTHS[m[1]], 1), "month"
    m = _MONTH_ONLY.match(low)
    if m:  # "in February", "last March", "September 2023": the first day of that month
        month = MONTHS[m[2]]
        if m[3]:
            return date(int(m[3]), month, 1), "month"
        # a later month with no year is the coming one ("elections due in June"); "last May" is the one before
        year = pub.year - (1 if m[1] == "last " and month >= pub.month else 0)
        return date(year, month, 1), "month"
    return None


def _month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _attached(ent_root, trigger) -> bool:
    """Whether a date phrase hangs on the trigger's own clause (not on another clause or a 'since' phrase)."""
    tok = ent_root
    for _ in range(8):
        if tok == trigger:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in BLOCKING_PREPS and not (
                tok.head.lower_ == "of" and ent_root.head.lower_ == "from"):
            return False  # "since the Aug. 9 election"; but "four days of talks from Monday" starts on Monday  # "since the Aug. 9 election"; but "four days of talks from Monday" is dated
        if tok.dep_ in CLAUSE_DEPS and tok != ent_root:
            return False
        if tok.head == tok:
            return False
        if tok.head.pos_ in ("VERB", "AUX") and tok.head != trigger:
            # a date on the verb that governs an xcomp/event noun trigger still counts ("flew … to ask")
            return tok.head == trigger.head and trigger.dep_ in ("xcomp", "dobj", "conj")
        tok = tok.head
    return False


_DAYS_AFTER = re.compile(r"\b(a|one|the|two|three|\d+) days? (after|before)\b", re.I)


def _day_after_anchor(trigger, sentence) -> int:
    """Days to shift when the trigger sits in "a day after <clause>," (−1) or "two days before <clause>," (+2),
    read from the text: the clause runs from the phrase to the next comma."""
    text = sentence.text
    pos = trigger.idx - sentence.start_char
    for m in _DAYS_AFTER.finditer(text):
        comma = text.find(", ", m.end())  # a clause comma, not the one in "100,000"
        if m.end() <= pos < (comma if comma > 0 else len(text)):
            n = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}.get(m[1].lower()) or int(m[1])
            return -n if m[2].lower() == "after" else n
    return 0


def resolve_event_date(trigger, sentence, pub: str | None, future: bool = False,
                       news_date: date | None = None, text_dates: bool = True) -> ResolvedDate | None:
    """The date of the event carried by `trigger` (a spaCy token), or None when nothing gives one.

    Without a date in its clause, an event takes the article's news date (the date its lead events are
    given, e.g. "on Monday" in a Tuesday paper) when there is one, else the publication date."""
    pub_date = date.fromisoformat(pub) if pub else None
    best = None
    for ent in sentence.ents if text_dates else ():
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if not _attached(ent.root, trigger):
            continue
        if pub_date is None:
            # with no publication date, only a date that names its year can be resolved
            year = re.search(r"\b(19|20)\d\d\b", ent.text)
            parsed = parse_date_expression(ent.text, date(int(year[0]), 12, 31)) if year else None
        else:
            parsed = parse_date_expression(ent.text, pub_date, future)
        if parsed:
            dist = abs(ent.root.i - trigger.i)
            if best is None or dist < best[0]:
                best = (dist, ResolvedDate(parsed[0], "text", parsed[1], ent.text))
    if best is None and pub_date is not None:
        # "troops have clashed since Thursday": an event running since a recent day is dated by its start
        for ent in sentence.ents if text_dates else ():
            root = ent.root
            if ent.label_ == "DATE" and root.dep_ == "pobj" and root.head.lower_ == "since" and (
                    root.head.head == trigger or root.head.head == trigger.head):
                parsed = parse_date_expression(ent.text, pub_date)
                if parsed and timedelta(0) <= pub_date - parsed[0] <= timedelta(days=7):
                    return ResolvedDate(parsed[0], "text", parsed[1], ent.text)
    if best is not None:
        return best[1]
    if pub_date is None:
        return None
    anchor = news_date or pub_date
    shift = _day_after_anchor(trigger, sentence)
    if shift:
        return ResolvedDate(anchor + timedelta(days=shift), "text", "day", "a day after")
    if news_date is not None and news_date != pub_date:
        return ResolvedDate(news_date, "article", "day")
    return ResolvedDate(pub_date, "publication", "day")


def since_background(trigger, sentence, pub: str | None) -> bool:
    """True when the event is an ongoing state counted "since" a date over a month before publication
    ("Since the Aug. 9 election, thousands have been arrested")."""
    if not pub:
        return False
    pub_date = date.fromisoformat(pub)
    for ent in sentence.ents:
        if ent.label_ != "DATE":
            continue
        tok = ent.root
        for _ in range(6):
            if tok.lower_ == "since" and (tok.head == trigger or tok.head == trigger.head):
                parsed = parse_date_expression(ent.text, pub_date)
                return bool(parsed) and (pub_date - parsed[0]).days > BACKGROUND_DAYS
            if tok.head == tok:
                break
            tok = tok.head
    return False


_YEAR = re.compile(r"^(?:in |since |during |early |late |mid-)?((?:19|20)\d\d)$", re.I)


def year_background(trigger, sentence, pub: str | None) -> bool:
    """True when the clause dates the event to an earlier year ("severed ties with Iran in 2016")."""
    if not pub:
        return False
    pub_date = date.fromisoformat(pub)
    for ent in sentence.ents:
        m = _YEAR.match(ent.text.strip()) if ent.label_ == "DATE" else None
        if m and _attached(ent.root, trigger):
            return (pub_date - date(int(m[1]), 12, 31)).days > BACKGROUND_DAYS
    return False


def mentions_future(sentence, pub: str | None) -> bool:
    """True when the sentence names a day after publication ("starting June 10", "from next week")."""
    if not pub:
        return False
    pub_date = date.fromisoformat(pub)
    for ent in sentence.ents:
        if ent.label_ == "DATE":
            parsed = parse_date_expression(ent.text, pub_date, future=True)
            if parsed and parsed[0] > pub_date and not re.search(r"\b(yesterday|last|ago|earlier)\b", ent.text, re.I):
                if re.search(r"\d|next|coming|tomorrow", ent.text, re.I):
                    return True
    return False


def is_background(resolved: ResolvedDate | None, pub: str | None) -> bool:
    """An event dated by the text more than about a month before publication is background."""
    if resolved is None or pub is None or resolved.source != "text":
        return False
    last = _month_end(resolved.value) if resolved.precision == "month" else resolved.value
    return (date.fromisoformat(pub) - last).days > BACKGROUND_DAYS
