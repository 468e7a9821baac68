"""Language identification (py3langid, which ships its model). Short texts default to English unless the
identifier is confident, so that a terse English wire brief is never dropped."""
from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 120


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of a text."""
    sample = text[:4000]
    if len(sample.strip()) < MIN_CHARS:
        return "en", 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


def is_coded_language(text: str, languages: list[str]) -> tuple[bool, str]:
    """Whether a text is in a language the coder handles, and the detected language."""
    lang, prob = detect_language(text)
    if lang in languages or prob < 0.9:
        return True, lang if prob >= 0.9 else languages[0]
    return False, lang
