"""The `eventwire` command through Click's CliRunner: outputs, exit codes and help."""
import json
import os
import re

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.export import GDELT_COLUMNS
from eventwire.settings import Settings

MINSK = (" date 2020-08-10 Skip to content\nMINSK, Aug 10 (Reuters) - Belarusian riot police detained hundreds of "
         "opposition protesters in Minsk on Sunday night, witnesses said.\n")
KHARKIV = (" date 2022-05-02 Left Menu\nRussian troops shelled Ukrainian positions near Kharkiv on Monday, "
           "the Ukrainian army said.\n")


@pytest.fixture(scope="module")
def cli(tmp_path_factory):
    """Run `eventwire ARGS` with an empty config file and no EVENTWIRE_* variables from the environment."""
    config = tmp_path_factory.mktemp("config") / "eventwire.toml"
    config.write_text("")
    runner = CliRunner(env={k: None for k in os.environ if k.startswith("EVENTWIRE_")})

    def run(*args):
        return runner.invoke(main, ["--config", str(config), *map(str, args)])
    return run


@pytest.fixture(scope="module")
def db(tmp_path_factory, cli):
    """A store holding two ingested articles; returns (db path, their events as the CLI prints them)."""
    folder = tmp_path_factory.mktemp("cli")
    (folder / "in").mkdir()
    (folder / "in" / "minsk.txt").write_text(MINSK)
    (folder / "in" / "kharkiv.txt").write_text(KHARKIV)
    path = folder / "cli.duckdb"
    result = cli("ingest", folder / "in", "--db", path)
    assert result.exit_code == 0, result.output
    assert "2 articles read" in result.stdout
    listed = cli("events", "--db", path, "--format", "jsonl")
    assert listed.exit_code == 0, listed.output
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {e["doc_id"] for e in events} and len({e["doc_id"] for e in events}) == 2
    return path, events


def test_code_writes_good_files_and_reports_binary_ones(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(MINSK)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(2000))
    out = tmp_path / "events.jsonl"
    result = cli("code", folder, "-o", out)
    assert result.exit_code == 3, result.output
    assert re.search(r"^error: .*photo\.jpg: .*binary", result.stderr, re.M), result.stderr
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert events and all("Minsk" in e["sentence"] for e in events)


def test_events_filter_by_actor(cli, db):
    path, events = db
    result = cli("events", "--db", path, "--format", "jsonl", "--actor", "BLR")
    got = [json.loads(line) for line in result.stdout.splitlines()]
    assert got and len(got) < len(events)
    assert all("BLR" in {(e.get(k) or {}).get("code", "")[:3] for k in ("source", "target")} for e in got)


def test_explain_shows_the_sentence_and_the_rule(cli, db):
    path, events = db
    event = events[0]
    result = cli("explain", event["event_id"], "--db", path)
    assert result.exit_code == 0, result.output
    marked = result.stdout.splitlines()[1].strip()
    assert re.sub(r"\[[ST]:|[{}\]]", "", marked) == event["sentence"].strip()
    assert re.search(rf"^\s*rule\s+{re.escape(event['rule'])}$", result.stdout, re.M)


def test_explain_unknown_event_is_a_clean_error(cli, db):
    result = cli("explain", "0000000000000000", "--db", db[0])
    assert result.exit_code != 0 and "no event" in result.output and "Traceback" not in result.output


def test_export_gdelt(cli, db, tmp_path):
    path, events = db
    out = tmp_path / "events.tsv"
    result = cli("export", "--db", path, "--format", "gdelt", "-o", out)
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert len(rows) == len(events) and {len(r) for r in rows} == {len(GDELT_COLUMNS)}


def test_stories_one_json_line_per_article(cli, db):
    path, events = db
    result = cli("stories", "--db", path, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and {r["doc_id"] for r in rows} == {e["doc_id"] for e in events}
    assert all(set(r) == {"doc_id", "story_id", "outlet", "canonical"} for r in rows)
    assert all(r["story_id"] and isinstance(r["canonical"], bool) for r in rows)


def test_settings_lists_every_setting(cli):
    result = cli("settings")
    assert result.exit_code == 0
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    for name, _, help_text in Settings.describe():
        assert name in lines, f"setting {name} missing from `eventwire settings`"
        assert help_text and help_text in lines[name]


@pytest.mark.parametrize("args", [["code", "{missing}"], ["ingest", "{missing}", "--db", "{db}"],
                                  ["code", "{good}", "--date", "2020-13-45"]],
                         ids=["code missing path", "ingest missing path", "bad --date"])
def test_usage_errors_are_one_clean_line_with_exit_2(cli, tmp_path, args):
    good = tmp_path / "good.txt"
    good.write_text(MINSK)
    paths = {"missing": tmp_path / "nope" / "a.txt", "db": tmp_path / "x.duckdb", "good": good}
    result = cli(*[a.format(**paths) for a in args])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("eventwire: ")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_says_what_it_does(cli, name):
    command = main.commands[name]
    assert command.help and command.help.strip(), f"`eventwire {name}` has no docstring"
    result = cli(name, "--help")
    assert result.exit_code == 0
    first_paragraph = command.help.strip().split("\n\n")[0]
    assert " ".join(first_paragraph.split()) in " ".join(result.stdout.split())
