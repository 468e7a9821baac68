"""Domain errors. The library raises these; the CLI turns them into clean messages and exit codes.

    EventwireError
    ├── ConfigError          bad settings or settings file
    ├── KnowledgeError       a knowledge file failed validation (file, line, what is wrong)
    ├── InputError           an input could not be read at all (the path does not exist, …)
    │   └── RecordReadError  one record of an input is unreadable (others go on)
    ├── StoreError           the database could not be opened or written
    └── ModelError           the spaCy pipeline is missing or broken
"""
from __future__ import annotations


class EventwireError(Exception):
    """Base of all eventwire errors."""


class ConfigError(EventwireError):
    """Settings are invalid."""


class KnowledgeError(EventwireError):
    """A knowledge file is malformed."""

    def __init__(self, path: str, line: int | None, message: str):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path, self.line = path, line


class InputError(EventwireError):
    """An input path cannot be read."""


class RecordReadError(InputError):
    """One record could not be read; processing continues with the others."""


class StoreError(EventwireError):
    """The event store failed."""


class ModelError(EventwireError):
    """The NLP model cannot be loaded."""
