"""Tone: a lexicon score (VADER, which ships its lexicon) scaled to GDELT's AvgTone range (about −10…+10)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """Tone of a text from −10 (very negative) to +10 (very positive)."""
    if not text.strip():
        return 0.0
    return round(_analyzer().polarity_scores(text)["compound"] * 10, 2)
