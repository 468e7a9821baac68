"""The embedded event store (DuckDB): schema, idempotent batch writes and named queries."""
from .db import Store, open_store
from .queries import EventQuery

__all__ = ["Store", "open_store", "EventQuery"]
