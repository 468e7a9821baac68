"""Bad input end to end through jobs.ingest: the good records are stored, each bad one is reported with
where it came from and why, and re-ingesting the same folder leaves the store as it was."""
import json

import pytest

from eventwire import Pipeline
from eventwire.dedup import load_deduplicator
from eventwire.jobs import ingest

MINSK = "Belarusian police arrested dozens of protesters in Minsk on Sunday, witnesses said."
KHARKIV = "Russian troops shelled Ukrainian positions near Kharkiv on Monday, the Ukrainian army said."
SOFIA = "Bulgaria expelled two Russian diplomats on Monday, the foreign ministry in Sofia said."


def build_folder(folder):
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    (folder / "windows.txt").write_bytes(
        b" date 2021-03-23 Home\nSOFIA \x96 Bulgaria\x92s foreign ministry expelled two Russian diplomats on "
        b"Monday, officials said.\n")
    (folder / "truncated.html").write_text(
        "<html><head><title>Minsk</title></head><body><div class='story'><p>" + MINSK + " The crackdown followed "
        "a disputed presidential election that the opposition says was rigged.<p>Police also detained journalists "
        "covering the protests, the Belarusian Association of Journalists said.<div><b>Related")
    (folder / "blank.html").write_text("<html><body><div><span></span></div></body></html>")
    (folder / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "feed-1", "date": "2022-05-02", "text": KHARKIV}),
        '{"id": "feed-2", "date": "2022-05-02", "text": "unterminated',
        json.dumps({"id": "feed-3", "date": "2021-03-23", "text": SOFIA}),
    ]) + "\n")
    (folder / "latin1.jsonl").write_bytes(
        json.dumps({"id": "latin-1", "date": "2020-08-10", "text": "placeholder"}).encode().replace(
            b"placeholder", "Protesters in Bogotá marched.".encode("latin-1")) + b"\n")
    with open(folder / "dump.txt", "wb") as fh:  # 50 MB; the default limit is 20 MB
        chunk = (KHARKIV + "\n").encode() * 10_000
        while fh.tell() < 50_000_000:
            fh.write(chunk)


def run_ingest(paths, settings, store, pipeline):
    fresh = Pipeline(settings, dedup=load_deduplicator(store, settings))
    fresh.knowledge = pipeline.knowledge  # loaded once per session
    return ingest([str(p) for p in paths], settings, store, pipeline=fresh)


EXPECTED_ERRORS = {
    "empty.txt": "empty",
    "scan.pdf": "binary",
    "blank.html": "no main text",
    "feed.jsonl:2": "malformed JSON",
    "latin1.jsonl:1": "not valid UTF-8",
    "dump.txt": "over the limit",
}


@pytest.fixture()
def ingested(tmp_path, settings, pipeline, store):
    assert settings.max_input_bytes == 20_000_000
    folder = tmp_path / "inputs"
    build_folder(folder)
    return folder, run_ingest([folder], settings, store, pipeline)


def test_bad_records_are_reported_with_origin_and_reason(ingested, store):
    folder, report = ingested
    reported = {e.origin.removeprefix(str(folder) + "/"): e.reason for e in report.errors}
    assert set(reported) == set(EXPECTED_ERRORS)
    for origin, why in EXPECTED_ERRORS.items():
        assert why in reported[origin], (origin, reported[origin])
    stored = {r["origin"].removeprefix(str(folder) + "/"): r["reason"] for r in store.query("SELECT * FROM errors")}
    assert stored == reported


def test_good_records_are_stored_and_coded(ingested, store):
    folder, report = ingested
    rows = store.query("SELECT doc_id, origin, status FROM articles")
    origins = {r["origin"].removeprefix(str(folder) + "/") for r in rows}
    assert origins == {"windows.txt", "truncated.html", "feed.jsonl:1", "feed.jsonl:3"}
    assert all(r["status"] == "ok" for r in rows)
    coded = {r["origin"].removeprefix(str(folder) + "/")
             for r in store.query("SELECT DISTINCT a.origin FROM events e JOIN articles a USING (doc_id)")}
    assert {"truncated.html", "feed.jsonl:1", "feed.jsonl:3"} <= coded
    assert report.articles == 4 and report.events == store.query("SELECT count(*) AS n FROM events")[0]["n"]


def test_text_that_is_not_utf8_is_decoded_and_the_decoding_noted(ingested, store):
    folder, _ = ingested
    (row,) = store.query("SELECT clean_text, removed FROM articles WHERE origin = ?", [str(folder / "windows.txt")])
    assert "Bulgaria\u2019s foreign ministry" in row["clean_text"]
    assert any("not valid UTF-8" in r["reason"] for r in json.loads(row["removed"]))


def test_reingesting_the_folder_changes_nothing(ingested, settings, pipeline, store):
    folder, first = ingested
    snapshot = lambda: (store.query("SELECT doc_id, content_hash FROM articles ORDER BY doc_id"),  # noqa: E731
                        store.query("SELECT event_id FROM events ORDER BY event_id"))
    before = snapshot()
    again = run_ingest([folder], settings, store, pipeline)
    assert again.unchanged == again.articles == first.articles
    assert len(again.errors) == len(first.errors)
    assert snapshot() == before
