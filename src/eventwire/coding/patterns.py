"""Verb and noun patterns (verbs.tsv): which CAMEO code a verb, phrasal verb, light-verb construction or
event noun yields. See the comment at the top of verbs.tsv for the pattern language."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import KnowledgeError
from ..knowledge import read_table, route_user_files
from .taxonomy import load_taxonomy

VERB_COLUMNS = ["code", "pattern", "flags", "example"]
FLAGS = {"recip", "swap", "light", "intent", "threat", "report", "negate", "main"}


@dataclass(frozen=True)
class Pattern:
    """One row of verbs.tsv."""

    code: str  # CAMEO code, or "-" for a verb that only modifies its complement
    head: str  # the verb lemma, or the event noun's head lemma
    words: tuple[str, ...]  # further lemmas that must stand beside the head
    noun: bool
    flags: frozenset[str]
    tprep: tuple[str, ...]
    example: str
    origin: str = ""

    @property
    def text(self) -> str:
        return ("n:" if self.noun else "") + " ".join(self.words_in_order)

    @property
    def words_in_order(self) -> tuple[str, ...]:
        return (*self.words, self.head) if self.noun else (self.head, *self.words)

    @property
    def rule(self) -> str:
        if self.origin == "statement":
            return f"speech verb '{self.head}' with no other act → 010"
        if self.origin == "demand":
            return f"'{self.head}' that someone must or should act → 100 (demand)"
        if self.origin == "wish":
            return f"'{self.head}' someone to act → 020 (appeal)"
        return f"verbs.tsv:{self.origin} {self.text} → {self.code}"


@dataclass
class PatternBook:
    """Patterns indexed by their head lemma."""

    verbs: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    modifiers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def all(self) -> list[Pattern]:
        return [p for ps in (*self.verbs.values(), *self.nouns.values()) for p in ps]


def parse_pattern(row: dict[str, str], codes) -> Pattern:
    where = (row["_origin"], int(row["_line"]))
    code, text = row["code"], row["pattern"].strip()
    if code != "-" and code not in codes:
        raise KnowledgeError(*where, f"{code!r} is not a CAMEO code in cameo.tsv")
    if not text or text != text.lower():
        raise KnowledgeError(*where, f"pattern {text!r} must be non-empty lowercase lemmas")
    flags, tprep = set(), ()
    for flag in filter(None, (f.strip() for f in row["flags"].split(","))):
        if flag.startswith("tprep="):
            tprep = tuple(p for p in flag[6:].split("|") if p)
            continue
        if flag not in FLAGS:
            raise KnowledgeError(*where, f"unknown flag {flag!r} (known: {', '.join(sorted(FLAGS))}, tprep=…)")
        flags.add(flag)
    noun = text.startswith("n:")
    words = text[2:].split() if noun else text.split()
    if not words:
        raise KnowledgeError(*where, "empty pattern")
    if noun:
        return Pattern(code, words[-1], tuple(words[:-1]), True, frozenset(flags), tprep, row["example"],
                       row["_line"])
    return Pattern(code, words[0], tuple(words[1:]), False, frozenset(flags), tprep, row["example"], row["_line"])


def build_patterns(extra: tuple[str, ...] = ()) -> PatternBook:
    """Load and validate verbs.tsv and users' pattern files."""
    codes = load_taxonomy().codes
    book = PatternBook()
    for row in read_table("verbs.tsv", VERB_COLUMNS, route_user_files(extra)["verbs"]):
        pattern = parse_pattern(row, codes)
        if pattern.code == "-":
            book.modifiers[pattern.head].update(pattern.flags)
            if not pattern.words and not pattern.noun:
                continue
        (book.nouns if pattern.noun else book.verbs)[pattern.head].append(pattern)
    return book


@lru_cache(maxsize=4)
def load_patterns(extra: tuple[str, ...] = ()) -> PatternBook:
    """The pattern book, built once per set of user files."""
    return build_patterns(extra)
