"""The CAMEO taxonomy (names, Goldstein weights, PLOVER types) and the intent/threat forms of codes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import KnowledgeError
from ..knowledge import read_table

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
_CODE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str


def quad_class(code: str) -> int:
    """GDELT's QuadClass: 1 verbal cooperation (01–05), 2 material cooperation (06–08),
    3 verbal conflict (09–13), 4 material conflict (14–20)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


class Taxonomy:
    """CAMEO codes with lookups that fall back to the parent code."""

    def __init__(self, codes: dict[str, CameoCode], intent: dict[str, tuple[str, str]]):
        self.codes = codes
        self.intent = intent

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def get(self, code: str) -> CameoCode:
        """The entry for a code, or for its nearest listed parent."""
        for end in range(len(code), 1, -1):
            entry = self.codes.get(code[:end])
            if entry is not None:
                return entry
        raise KeyError(code)

    def _future(self, code: str, column: int) -> str | None:
        for end in range(len(code), 1, -1):
            row = self.intent.get(code[:end])
            if row is not None:
                return row[column] or None
        return None

    def intent_of(self, code: str) -> str | None:
        """The 03x code for intending/promising to do `code`, or None."""
        return self._future(code, 0)

    def threat_of(self, code: str) -> str | None:
        """The 13x code for threatening to do `code`, or None."""
        return self._future(code, 1)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """Load and validate cameo.tsv and intent.tsv."""
    codes: dict[str, CameoCode] = {}
    for row in read_table("cameo.tsv", ["code", "name", "goldstein", "plover"]):
        where = (row["_origin"], int(row["_line"]))
        code = row["code"]
        if not _CODE.match(code) or not 1 <= int(code[:2]) <= 20:
            raise KnowledgeError(*where, f"{code!r} is not a CAMEO code")
        if code in codes:
            raise KnowledgeError(*where, f"code {code} listed twice")
        try:
            goldstein = float(row["goldstein"])
        except ValueError:
            raise KnowledgeError(*where, f"goldstein {row['goldstein']!r} is not a number") from None
        if not -10 <= goldstein <= 10:
            raise KnowledgeError(*where, f"goldstein {goldstein} outside -10..10")
        if row["plover"] and row["plover"] not in PLOVER_TYPES:
            raise KnowledgeError(*where, f"unknown PLOVER type {row['plover']!r}")
        codes[code] = CameoCode(code, row["name"], goldstein, row["plover"])
    intent: dict[str, tuple[str, str]] = {}
    for row in read_table("intent.tsv", ["code", "intent", "threat"]):
        for value in (row["intent"], row["threat"]):
            if value and value not in codes:
                raise KnowledgeError(row["_origin"], int(row["_line"]), f"{value!r} is not in cameo.tsv")
        intent[row["code"]] = (row["intent"], row["threat"])
    return Taxonomy(codes, intent)
