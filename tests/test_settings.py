import pytest

from eventwire.errors import ConfigError
from eventwire.settings import Settings, load_settings


def test_layers_defaults_file_env_overrides(tmp_path):
    cfg = tmp_path / "eventwire.toml"
    cfg.write_text('[eventwire]\nbatch_size = 8\ndb = "from_file.duckdb"\n')
    s = load_settings(cfg, env={"EVENTWIRE_BATCH_SIZE": "16"}, db="flag.duckdb")
    assert s.batch_size == 16  # env beats file
    assert s.db == "flag.duckdb"  # flag beats file
    assert s.max_chars == Settings().max_chars  # default kept


def test_unknown_setting_is_a_clear_error(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("batchsize = 3\n")
    with pytest.raises(ConfigError, match="unknown setting 'batchsize'"):
        load_settings(cfg, env={})


def test_bad_value_names_the_setting():
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings(env={"EVENTWIRE_BATCH_SIZE": "many"})


def test_every_setting_has_help():
    for name, _default, help_text in Settings.describe():
        assert help_text, name
