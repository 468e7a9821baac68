"""Loading and validating the knowledge files in `eventwire/data/` (and users' files of the same shape).

A table is a UTF-8 TSV file with a header row; `#` lines and blank lines are ignored; `|` separates
several values in a cell. `read_table` checks the header and the column count of every row and raises
KnowledgeError naming the file and line.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .errors import KnowledgeError



DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(name: str) -> Path:
    """The path of a packaged data file."""
    return DATA_DIR / name


def packaged_files(prefix: str) -> list[Path]:
    """Packaged data files whose name starts with `prefix` and ends in .tsv, sorted."""
    return sorted(p for p in DATA_DIR.glob(f"{prefix}*.tsv") if p.is_file())


def split_cell(cell: str) -> list[str]:
    """The `|`-separated values of a cell, stripped, empties dropped."""
    return [v.strip() for v in cell.split("|") if v.strip()]


def parse_table(text: str, columns: list[str], origin: str) -> list[dict[str, str]]:
    """Rows of a TSV table as dicts; validates the header and the column count."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.rstrip("\n\r").split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            if header != columns:
                raise KnowledgeError(origin, number, f"header {header} should be {columns}")
            continue
        if len(cells) < len(columns):
            cells += [""] * (len(columns) - len(cells))
        if len(cells) > len(columns):
            raise KnowledgeError(origin, number, f"{len(cells)} columns, expected {len(columns)} ({', '.join(columns)})")
        row = {c: v.strip() for c, v in zip(columns, cells)}
        row["_line"] = str(number)
        row["_origin"] = origin
        rows.append(row)
    if header is None:
        raise KnowledgeError(origin, None, "file has no header row")
    return rows


def read_table(name: str, columns: list[str], extra: Iterable[str] = ()) -> list[dict[str, str]]:
    """Rows of the packaged table `name` followed by the rows of user files of the same shape."""
    rows = parse_table(data_path(name).read_text(encoding="utf-8"), columns, name)
    for path in extra:
        rows.extend(read_table_file(Path(path), columns))
    return rows


def read_tables(prefix: str, columns: list[str], extra: Iterable[str] = ()) -> list[dict[str, str]]:
    """Rows of every packaged table named `prefix*.tsv`, then the user files."""
    rows: list[dict[str, str]] = []
    for path in packaged_files(prefix):
        rows.extend(parse_table(path.read_text(encoding="utf-8"), columns, path.name))
    for path in extra:
        rows.extend(read_table_file(Path(path), columns))
    return rows


def read_table_file(path: Path, columns: list[str]) -> list[dict[str, str]]:
    """Rows of one user table file."""
    try:
        return parse_table(path.read_text(encoding="utf-8"), columns, str(path))
    except FileNotFoundError:
        raise KnowledgeError(str(path), None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeError(str(path), None, f"not UTF-8 ({exc})") from None


@lru_cache(maxsize=8)
def knowledge_version(extra: tuple[str, ...] = ()) -> str:
    """A short hash of every packaged knowledge file and the user files: changes whenever knowledge does."""
    digest = hashlib.sha1()
    for path in [*packaged_files(""), *map(Path, extra)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


TABLE_HEADERS = {
    "countries": ["iso3", "cameo", "names", "adjectives", "capitals", "metonyms"],
    "organizations": ["code", "names", "kind"],
    "agents": ["phrase", "role", "kind"],
    "people": ["name", "aliases", "code", "start", "end", "office"],
    "verbs": ["code", "pattern", "flags", "example"],
    "places": ["name", "aliases", "iso3", "kind", "lat", "lon", "admin1"],
}


def route_user_files(extra: Iterable[str]) -> dict[str, list[str]]:
    """User knowledge files by the table their header names; an unrecognised header is an error."""
    routed: dict[str, list[str]] = {name: [] for name in TABLE_HEADERS}
    for path in extra:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise KnowledgeError(str(path), None, "file not found") from None
        except UnicodeDecodeError as exc:
            raise KnowledgeError(str(path), None, f"not UTF-8 ({exc})") from None
        number, head = next(((i, ln) for i, ln in enumerate(lines, 1) if ln.strip() and not ln.startswith("#")),
                            (None, ""))
        cells = [c.strip() for c in head.split("\t")]
        table = next((name for name, cols in TABLE_HEADERS.items() if cells == cols), None)
        if table is None:
            known = "; ".join(f"{n}: {' '.join(c)}" for n, c in TABLE_HEADERS.items())
            raise KnowledgeError(str(path), number, f"header {cells} matches no knowledge table ({known})")
        routed[table].append(str(path))
    return routed
