"""eventwire: turn news into political event data.

    >>> from eventwire import Pipeline, Settings, read_inputs
    >>> for coded in Pipeline(Settings()).run(read_inputs(["article.txt"], Settings())):
    ...     for event in coded.events:
    ...         print(event.source and event.source.code, event.cameo, event.target and event.target.code)
"""
from .errors import EventwireError, InputError, KnowledgeError, ModelError, RecordReadError, StoreError
from .ingest import read_inputs
from .jobs import code_stream, ingest, recode
from .pipeline import Coded, Pipeline
from .records import Actor, Article, Event, Place, Quantity, RecordError, Sentence
from .settings import Settings, load_settings
from .store import open_store

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "Coded", "Event", "EventwireError", "InputError", "KnowledgeError", "ModelError", "Pipeline",
    "Place", "Quantity", "RecordError", "RecordReadError", "Sentence", "Settings", "StoreError", "code_stream",
    "ingest", "load_settings", "open_store", "read_inputs", "recode",
]
