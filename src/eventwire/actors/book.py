"""The actor dictionary: every phrase that names an actor, indexed for fast matching over parsed text.

Built from the knowledge tables countries.tsv, organizations.tsv, agents.tsv and people*.tsv (plus user
files). Phrases are matched on lowercased token text (names) and on lemmas (agent words, so plurals match).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..errors import KnowledgeError
from ..knowledge import read_table, read_tables, route_user_files, split_cell

ROLE_CODES = {
    "GOV", "MIL", "COP", "OPP", "REB", "CVL", "JUD", "LEG", "MED", "BUS", "EDU", "REL", "LAB", "HLH", "REF",
    "SPY", "ELI", "IGO", "NGO", "CRM", "AGR", "ENV", "HRI", "MOD", "RAD", "UAF", "PTY", "IMG", "INS", "SEP",
    "DEV", "ELC", "IRC", "PPL", "MUS", "CHR", "JEW", "HIN", "BUD",
}
_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3}){0,3}$")
_SPACE = re.compile(r"\s+")
COUNTRY_COLUMNS = ["iso3", "cameo", "names", "adjectives", "capitals", "metonyms"]
ORG_COLUMNS = ["code", "names", "kind"]
AGENT_COLUMNS = ["phrase", "role", "kind"]
PEOPLE_COLUMNS = ["name", "aliases", "code", "start", "end", "office"]


def normalise_phrase(text: str) -> str:
    """The key a phrase is indexed under: lowercase, curly quotes straightened, spaces folded."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return _SPACE.sub(" ", text.strip().lower())


@dataclass(frozen=True)
class Entry:
    """One meaning of a phrase.

    kind: country (bare state), adjective (demonym/adjective), capital, metonym, org, person, agent.
    For people, `start`/`end` bound the role; `role` is the role code (GOV, OPP…); `country` the ISO-3 or
    IGO code part.
    """

    kind: str
    code: str
    country: str | None
    role: str | None
    name: str
    start: str | None = None
    end: str | None = None
    agent_kind: str | None = None
    origin: str = ""

    def active_on(self, day: str | None) -> bool:
        if day is None:
            return self.end is None or self.end == ""
        return (not self.start or self.start <= day) and (not self.end or day < self.end)


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country part, role part) of an actor code: RUSGOV → (RUS, GOV); IGOUNO → (IGOUNO, None)."""
    if code.startswith("IGO") or code.startswith("NGO"):
        body = code[:6] if len(code) >= 6 and code[3:6] not in ROLE_CODES else code[:3]
        rest = code[len(body):]
        return body, (rest[:3] or None)
    return code[:3], (code[3:6] or None)


class ActorBook:
    """Phrase → entries indexes over all actor knowledge."""

    def __init__(self) -> None:
        self.by_text: dict[str, list[Entry]] = defaultdict(list)
        self.by_lemma: dict[str, list[Entry]] = defaultdict(list)
        self.countries: dict[str, dict[str, str]] = {}
        self.cameo_country: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        self.country_aliases: dict[str, list[str]] = defaultdict(list)  # ISO-3 → every name, most common first
        self.max_tokens = 1
        self._sorted: dict[str, list[str]] = {}

    def add_text(self, phrase: str, entry: Entry) -> None:
        key = normalise_phrase(phrase)
        if not key:
            return
        if entry not in self.by_text[key]:
            self.by_text[key].append(entry)
        self.max_tokens = max(self.max_tokens, len(key.split(" ")) + key.count("'s"))

    def add_lemma(self, phrase: str, entry: Entry) -> None:
        key = normalise_phrase(phrase)
        if entry not in self.by_lemma[key]:
            self.by_lemma[key].append(entry)
        self.max_tokens = max(self.max_tokens, len(key.split(" ")))

    def starts_a_phrase(self, index: str, start: str) -> bool:
        """Whether any key of `index` ("text" or "lemma") begins with `start`: lets the mention scan skip the
        tokens no phrase can begin with (most of them) without building a span per length."""
        keys = self._sorted.get(index)
        if keys is None or len(keys) != len(getattr(self, "by_" + index)):
            keys = self._sorted[index] = sorted(getattr(self, "by_" + index))
        i = bisect_left(keys, start)
        return i < len(keys) and keys[i].startswith(start)

    def lookup_text(self, phrase: str) -> list[Entry]:
        return self.by_text.get(normalise_phrase(phrase), [])

    def lookup_lemma(self, phrase: str) -> list[Entry]:
        return self.by_lemma.get(normalise_phrase(phrase), [])

    def country_name(self, iso3: str) -> str:
        return self.country_names.get(iso3, iso3)


def _check_code(code: str, row: dict[str, str]) -> None:
    if not _CODE.match(code):
        raise KnowledgeError(row["_origin"], int(row["_line"]), f"actor code {code!r} is not 3–12 capital letters")


def _check_date(value: str, row: dict[str, str]) -> None:
    if value and not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        raise KnowledgeError(row["_origin"], int(row["_line"]), f"date {value!r} is not YYYY-MM-DD")


def build_actor_book(extra: tuple[str, ...] = ()) -> ActorBook:
    """Load and validate every actor table. `extra` are user files; each is routed by its header."""
    extras = route_user_files(extra)
    book = ActorBook()
    for row in read_table("countries.tsv", COUNTRY_COLUMNS, extras["countries"]):
        iso = row["iso3"]
        _check_code(iso, row)
        names = split_cell(row["names"])
        book.countries[iso] = row
        book.country_names[iso] = names[0] if names else iso
        book.country_aliases[iso].extend(n for n in names if n not in book.country_aliases[iso])
        if row["cameo"]:
            book.cameo_country[iso] = row["cameo"]
        for name in names:
            book.add_text(name, Entry("country", iso, iso, None, names[0] if names else iso, origin=row["_origin"]))
        for adj in split_cell(row["adjectives"]):
            book.add_text(adj, Entry("adjective", iso, iso, None, adj, origin=row["_origin"]))
        for cap in split_cell(row["capitals"]):
            book.add_text(cap, Entry("capital", iso + "GOV", iso, "GOV", cap, origin=row["_origin"]))
        for item in split_cell(row["metonyms"]):
            phrase, _, role = item.rpartition(":")
            if not phrase or role not in ROLE_CODES:
                raise KnowledgeError(row["_origin"], int(row["_line"]), f"metonym {item!r} should be phrase:ROLE")
            book.add_text(phrase, Entry("metonym", iso + role, iso, role, phrase, origin=row["_origin"]))
    for row in read_table("organizations.tsv", ORG_COLUMNS, extras["organizations"]):
        code = row["code"]
        _check_code(code, row)
        names = split_cell(row["names"])
        country, role = split_code(code)
        for name in names:
            book.add_text(name, Entry("org", code, country, role, names[0], agent_kind=row["kind"], origin=row["_origin"]))
    for row in read_table("agents.tsv", AGENT_COLUMNS, extras["agents"]):
        role = row["role"]
        if role not in ROLE_CODES:
            raise KnowledgeError(row["_origin"], int(row["_line"]), f"unknown role {role!r}")
        book.add_lemma(row["phrase"], Entry("agent", role, None, role, row["phrase"], agent_kind=row["kind"] or "agent",
                                            origin=row["_origin"]))
    _add_people(book, read_tables("people", PEOPLE_COLUMNS, extras["people"]))
    # a user's row wins over a packaged row for the same phrase
    user = {str(p) for p in extra}
    for index in (book.by_text, book.by_lemma):
        for key, entries in index.items():
            if any(e.origin in user for e in entries):
                entries.sort(key=lambda e: e.origin not in user)
    return book


def _add_people(book: ActorBook, rows: list[dict[str, str]]) -> None:
    surname_owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    first_names: dict[str, set[str]] = defaultdict(set)  # "boris" → the people whose name starts with it
    entries: list[tuple[list[str], Entry]] = []
    for row in rows:
        code = row["code"]
        _check_code(code, row)
        _check_date(row["start"], row)
        _check_date(row["end"], row)
        country, role = split_code(code)
        entry = Entry("person", code, country, role, row["name"], row["start"] or None, row["end"] or None,
                      agent_kind=row["office"], origin=row["_origin"])
        aliases = [row["name"], *split_cell(row["aliases"])]
        entries.append((aliases, entry))
        if len(row["name"].split()) > 1:
            first_names[normalise_phrase(row["name"].split()[0])].add(row["name"])
        for alias in aliases:
            if len(alias.split()) == 1:
                surname_owners[normalise_phrase(alias)].add((row["name"], code))
    for aliases, entry in entries:
        for alias in aliases:
            key = normalise_phrase(alias)
            owners = surname_owners[key]
            if len(key.split()) == 1 and any(n != entry.name and c != entry.code for n, c in owners):
                # a surname shared with someone else of another code is not a safe alias (the Bushes, both USAGOV,
                # share one and are told apart by date; one person's several codes are told apart by date too)
                continue
            own_first = normalise_phrase(entry.name.split()[0]) if len(entry.name.split()) > 1 else None
            if len(key.split()) == 1 and key == own_first and first_names.get(key, set()) - {entry.name}:
                continue  # a first name other people bear too ("Boris") names nobody in particular
            book.add_text(alias, entry)


@lru_cache(maxsize=4)
def load_actor_book(extra: tuple[str, ...] = ()) -> ActorBook:
    """The actor book, built once per set of user files."""
    return build_actor_book(extra)
