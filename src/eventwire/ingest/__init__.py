"""Readers: turn paths (files, folders, `-` for stdin) into Articles, or RecordErrors for what can't be read.

`read_inputs` is the one entry point; it picks the reader by extension and content:
JSON lines (`.jsonl`, `.ndjson`, `.json`), HTML (`.html`, `.htm`, or text that starts like a page) and
plain text (the crawl format with a ` date YYYY-MM-DD` first line, or bare text).
"""
from .sources import read_inputs, read_bytes_as_articles

__all__ = ["read_inputs", "read_bytes_as_articles"]
