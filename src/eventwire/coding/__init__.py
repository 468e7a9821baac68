"""Event coding: the CAMEO/PLOVER taxonomy, verb and noun patterns, and the dependency-based coder."""
from .taxonomy import Taxonomy, load_taxonomy
from .patterns import Pattern, PatternBook, load_patterns
from .coder import EventCoder, CODER_VERSION

__all__ = ["Taxonomy", "load_taxonomy", "Pattern", "PatternBook", "load_patterns", "EventCoder", "CODER_VERSION"]
