"""One settings object, declared once as (name, default, help), loaded in layers:
defaults → user config file (TOML) → environment (EVENTWIRE_<NAME>) → explicit overrides (CLI flags).
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

CONFIG_ENV = "EVENTWIRE_CONFIG"
DEFAULT_CONFIG_PATHS = ("eventwire.toml", "~/.config/eventwire/config.toml")


def _setting(default: Any, help: str, choices: tuple[str, ...] = ()) -> Any:
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata={"help": help})
    return field(default=default, metadata={"help": help, "choices": choices})


@dataclass
class Settings:
    """Every knob eventwire has. `eventwire settings` lists them with their help."""

    db: str = _setting("eventwire.duckdb", "DuckDB file that stores articles and events")
    batch_size: int = _setting(64, "articles per NLP batch and per store transaction")
    n_process: int = _setting(1, "spaCy worker processes")
    max_chars: int = _setting(100_000, "texts longer than this are parsed in chunks of this size")
    max_input_bytes: int = _setting(20_000_000, "a single input record larger than this is refused")
    min_chars: int = _setting(15, "articles with less clean text than this are skipped as empty")
    languages: list = _setting(["en"], "languages that are coded; others are stored with a reason")
    default_date: str | None = _setting(None, "publication date for inputs that give none (YYYY-MM-DD)")
    min_confidence: float = _setting(0.0, "events below this confidence are not emitted (short texts)")
    min_confidence_articles: float = _setting(0.6, "events below this confidence are not emitted from texts of three "
                                                   "or more sentences, where low-confidence guesses are mostly noise")
    extra_knowledge: list = _setting([], "user knowledge files (TSV, same shape as the packaged ones)")
    dedup_threshold: float = _setting(0.1, "MinHash LSH threshold (Jaccard) for same-story candidates")
    dedup_containment: float = _setting(0.2, "share of the shorter article's shingles found in the other, for same story")
    dedup_max_indexed: int = _setting(100_000, "most article signatures kept in memory for near-duplicate search (~40 MB per 1,000); "
                                             "past it the oldest weeks are dropped (0: no limit)")
    dedup_shingle: int = _setting(2, "content words per shingle for near-duplicate detection")
    dedup_num_perm: int = _setting(256, "MinHash permutations (bands of two rows each)")
    speech_events: str = _setting("auto", "code speech with no other act as a 010 statement: always, never, or auto "
                                          "(only in texts of one or two sentences, where the statement is the news)",
                                  choices=("auto", "always", "never"))
    progress: bool = _setting(True, "show progress bars on long work")

    @classmethod
    def describe(cls) -> list[tuple[str, Any, str]]:
        """(name, default, help) for every setting."""
        out = []
        for f in dataclasses.fields(cls):
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
            out.append((f.name, default, f.metadata.get("help", "")))
        return out

    def replace(self, **overrides: Any) -> "Settings":
        """A copy with the non-None overrides applied (validated)."""
        return _apply(self, {k: v for k, v in overrides.items() if v is not None}, "override")


def _coerce(name: str, value: Any, default: Any, origin: str) -> Any:
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                low = value.strip().lower()
                if low not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                    raise ValueError(value)
                return low in ("1", "true", "yes", "on")
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, list):
            if isinstance(value, str):
                return [v.strip() for v in value.split(",") if v.strip()]
            return list(value)
        return None if value in ("", None) else str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{origin}: setting {name!r} has a bad value {value!r} ({exc})") from None


def _apply(settings: Settings, values: dict[str, Any], origin: str) -> Settings:
    known = {f.name: f for f in dataclasses.fields(Settings)}
    changes = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{origin}: unknown setting {key!r}; run `eventwire settings` to list them")
        changes[key] = _coerce(key, value, getattr(Settings(), key), origin)
        choices = known[key].metadata.get("choices")
        if choices and changes[key] not in choices:
            raise ConfigError(f"{origin}: setting {key!r} must be one of {', '.join(choices)}, not {changes[key]!r}")
    return dataclasses.replace(settings, **changes)


def load_settings(config: str | os.PathLike | None = None, env: dict[str, str] | None = None,
                  **overrides: Any) -> Settings:
    """Build the settings: defaults, then the config file, then the environment, then `overrides`."""
    env = dict(os.environ) if env is None else env
    settings = Settings()
    path = config or env.get(CONFIG_ENV)
    candidates = [Path(path)] if path else [Path(p).expanduser() for p in DEFAULT_CONFIG_PATHS]
    for candidate in candidates:
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{candidate}: not valid TOML ({exc})") from None
            settings = _apply(settings, data.get("eventwire", data), str(candidate))
            break
        if path:
            raise ConfigError(f"config file {candidate} does not exist")
    from_env = {f.name: env[f"EVENTWIRE_{f.name.upper()}"] for f in dataclasses.fields(Settings)
                if f"EVENTWIRE_{f.name.upper()}" in env}
    settings = _apply(settings, from_env, "environment")
    return settings.replace(**overrides)
