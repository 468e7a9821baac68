"""Actor knowledge (countries, organisations, agents, people with dated roles) and actor resolution."""
from .book import ActorBook, Entry, load_actor_book
from .resolve import ActorResolver, DocContext

__all__ = ["ActorBook", "Entry", "load_actor_book", "ActorResolver", "DocContext"]
