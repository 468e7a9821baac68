"""Shared fixtures: settings, one pipeline per session (spaCy loads once), a store in a temp folder,
and the path to ../shared/gold when it exists (evaluation tests skip without it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Pipeline, Settings
from eventwire.store import open_store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(progress=False)


@pytest.fixture(scope="session")
def pipeline(settings) -> Pipeline:
    return Pipeline(settings)


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "test.duckdb") as s:
        yield s


@pytest.fixture(scope="session")
def code_text(pipeline):
    """Code one text (crawl format or bare) and return its events."""
    from eventwire.ingest.text import parse_text

    def run(text: str, date: str | None = "2020-09-14"):
        article = parse_text(text, "test", default_date=date)
        (coded,) = pipeline.run_batch([article])
        return coded.events

    return run


def gold_path(name: str) -> Path:
    path = GOLD / name
    if not path.exists():
        pytest.skip(f"{path} not present (evaluation needs ../shared/gold)")
    return path
