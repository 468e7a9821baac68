"""Helpers shared by the benchmark scripts."""
from __future__ import annotations

import hashlib
import resource
import sys
from pathlib import Path


def source_version() -> str:
    """A short hash of eventwire's source files, so a result can be tied to the code that produced it."""
    import eventwire

    h = hashlib.sha1()
    for path in sorted(Path(eventwire.__file__).parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
