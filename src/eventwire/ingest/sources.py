"""Expand input paths and dispatch each to its reader."""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError, RecordReadError
from ..records import Article, RecordError, Removed
from ..settings import Settings
from .common import decode_bytes, normalise_date
from .html import looks_like_html, parse_html
from .jsonl import read_jsonl
from .text import parse_text

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, files under folders (recursively, sorted), and `-` for stdin.

    Raises InputError for a path that does not exist.
    """
    for path in paths:
        if path == "-":
            yield path
            continue
        p = Path(path)
        if p.is_dir():
            for sub in sorted(p.rglob("*")):
                if sub.is_file() and sub.name not in SKIP_NAMES and not sub.name.startswith("."):
                    yield str(sub)
        elif p.is_file():
            yield str(p)
        else:
            raise InputError(f"{path}: no such file or folder")


def read_bytes_as_articles(raw: bytes, name: str, settings: Settings,
                           kind: str | None = None) -> Iterator[Article | RecordError]:
    """Articles from the bytes of one input; `kind` is jsonl/html/text or None to guess from `name`."""
    suffix = Path(name).suffix.lower()
    kind = kind or ("jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else None)
    if kind == "jsonl":
        yield from read_jsonl(io.BytesIO(raw), name, settings.default_date, settings.max_input_bytes)
        return
    try:
        if len(raw) > settings.max_input_bytes:
            raise RecordReadError(f"{name}: {len(raw) / 1e6:.1f} MB is over the limit of "
                                  f"{settings.max_input_bytes / 1e6:.1f} MB for one article "
                                  "(split it, or raise max_input_bytes)")
        text, note = decode_bytes(raw, name)
        if kind is None:
            stripped = text.lstrip()
            if stripped.startswith("{") and stripped.split("\n", 1)[0].rstrip().endswith("}"):
                yield from read_jsonl(io.BytesIO(raw), name, settings.default_date, settings.max_input_bytes)
                return
            kind = "html" if looks_like_html(text) else "text"
        if kind == "html":
            article = parse_html(text, name, default_date=settings.default_date)
        else:
            article = parse_text(text, name, default_date=settings.default_date)
        if note:
            article.removed.append(Removed("", f"decoding: {note}"))
        yield article
    except RecordReadError as exc:
        yield RecordError(origin=name, reason=str(exc).removeprefix(name + ": "))


def read_inputs(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None,
                stdin_kind: str | None = None) -> Iterator[Article | RecordError]:
    """Every Article (or RecordError) from the given paths, in order."""
    if settings.default_date:
        normalise_date(settings.default_date, "--date")
    for path in expand_paths(paths):
        if path == "-":
            stream = stdin or sys.stdin.buffer
            if stdin_kind == "jsonl":
                yield from read_jsonl(stream, "<stdin>", settings.default_date, settings.max_input_bytes)
            else:
                yield from read_bytes_as_articles(stream.read(), "<stdin>", settings, stdin_kind)
            continue
        size = os.path.getsize(path)
        if Path(path).suffix.lower() in JSONL_SUFFIXES:
            with open(path, "rb") as fh:
                yield from read_jsonl(fh, path, settings.default_date, settings.max_input_bytes)
            continue
        if size > settings.max_input_bytes:
            yield RecordError(origin=path, reason=f"{size / 1e6:.1f} MB is over the limit of "
                              f"{settings.max_input_bytes / 1e6:.1f} MB for one article "
                              "(split it, or raise max_input_bytes)")
            continue
        with open(path, "rb") as fh:
            raw = fh.read()
        yield from read_bytes_as_articles(raw, path, settings)
