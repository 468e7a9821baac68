"""Exports from a small store: GDELT 2.0 rows in GDELT's conventions, text-free exports, Parquet and GeoJSON."""
import csv
import io
import json
import re

import pyarrow.parquet as pq
import pytest

from eventwire import Pipeline
from eventwire import export
from eventwire.actors import load_actor_book
from eventwire.dedup import load_deduplicator
from eventwire.gazetteer import load_gazetteer
from eventwire.jobs import ingest, sample_paths
from eventwire.store import EventQuery, open_store
from eventwire.store.queries import aggregated_events, find_events

MINSK = ("MINSK, Aug 10 (Reuters) - Belarusian riot police detained hundreds of opposition protesters in Minsk "
         "on Sunday night, witnesses said.\n\nBelarusian President Alexander Lukashenko met Russian President "
         "Vladimir Putin in Minsk on Monday.")
DISTINCTIVE = "riot police detained hundreds"  # words of a coded sentence that no field but the text carries


@pytest.fixture(scope="module")
def events(tmp_path_factory, settings, pipeline):
    """Every event of a store holding the Minsk article and the Tbilisi sample article."""
    folder = tmp_path_factory.mktemp("export")
    feed = folder / "minsk.jsonl"
    feed.write_text(json.dumps({"id": "minsk-1", "date": "2020-08-10", "url": "https://example.org/minsk",
                                "text": MINSK}) + "\n")
    tbilisi = next(p for p in sample_paths() if "tbilisi_protest.txt" in p)
    with open_store(folder / "export.duckdb") as store:
        fresh = Pipeline(settings, dedup=load_deduplicator(store, settings))
        fresh.knowledge = pipeline.knowledge  # already loaded once per session
        ingest([str(feed), tbilisi], settings, store, pipeline=fresh)
        mentions = list(find_events(store, EventQuery()))
        aggregated = list(aggregated_events(store, EventQuery()))
    assert any(DISTINCTIVE in e["sentence"] for e in mentions)
    return {"mention": mentions, "event": aggregated}


@pytest.fixture(scope="module")
def gdelt_rows(events):
    fh = io.StringIO()
    n = export.write_gdelt(events["mention"], fh, load_actor_book(()).cameo_country, load_gazetteer().fips)
    lines = fh.getvalue().splitlines()
    assert n == len(lines) == len(events["mention"]) > 0
    return [line.split("\t") for line in lines]


def col(name):
    return export.GDELT_COLUMNS.index(name)


def test_gdelt_rows_have_61_fields(gdelt_rows):
    assert len(export.GDELT_COLUMNS) == 61
    assert {len(r) for r in gdelt_rows} == {61}


def test_gdelt_ids_dates_and_codes(events, gdelt_rows):
    by_id = {int(e["event_id"][:15], 16): e for e in events["mention"]}
    ids = [r[col("GLOBALEVENTID")] for r in gdelt_rows]
    assert all(re.fullmatch(r"\d+", i) for i in ids) and len(set(ids)) == len(ids)
    for row in gdelt_rows:
        e = by_id[int(row[col("GLOBALEVENTID")])]
        assert re.fullmatch(r"\d{8}", row[col("SQLDATE")]) and row[col("SQLDATE")] == e["date"].replace("-", "")
        assert row[col("EventCode")] == e["cameo"]
        assert re.fullmatch(r"\d{2}", row[col("EventRootCode")]) and row[col("EventRootCode")] == e["cameo"][:2]
    assert any(r[col("EventRootCode")].startswith("0") for r in gdelt_rows), "need a 0x root to check the zero"


@pytest.mark.parametrize("iso3, fips", [("BLR", "BO"), ("GEO", "GG")])
def test_gdelt_action_geo_uses_fips_country_codes(events, gdelt_rows, iso3, fips):
    by_id = {int(e["event_id"][:15], 16): e for e in events["mention"]}
    located = [r for r in gdelt_rows if (by_id[int(r[col("GLOBALEVENTID")])].get("location") or {}).get("country") == iso3]
    assert located, f"no event located in {iso3}"
    assert {r[col("ActionGeo_CountryCode")] for r in located} == {fips}
    assert all(float(r[col("ActionGeo_Lat")]) and float(r[col("ActionGeo_Long")]) for r in located)


WRITERS = {"jsonl": export.write_jsonl, "csv": export.write_csv, "geojson": export.write_geojson}


def _written(fmt, rows, no_text):
    fh = io.StringIO()
    WRITERS[fmt](rows, fh, no_text)
    return fh.getvalue()


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_no_text_leaves_sentences_out(events, fmt):
    assert DISTINCTIVE in _written(fmt, events["mention"], no_text=False)
    assert DISTINCTIVE not in _written(fmt, events["mention"], no_text=True)


def _keys(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _keys(v)
    elif isinstance(value, list):
        for v in value:
            yield from _keys(v)


@pytest.mark.parametrize("rows", ["mention", "event"])
def test_no_text_jsonl_has_no_text_field_at_any_depth(events, rows):
    fh = io.StringIO()
    export.write_jsonl(events[rows], fh, no_text=True)
    for line in fh.getvalue().splitlines():
        keys = set(_keys(json.loads(line)))
        assert not keys & {"text", "sentence"}, line


def test_no_text_csv_columns_are_empty(events):
    fh = io.StringIO()
    export.write_csv(events["mention"], fh, no_text=True)
    rows = list(csv.DictReader(io.StringIO(fh.getvalue())))
    assert len(rows) == len(events["mention"])
    for r in rows:
        assert r["sentence"] == r["source_text"] == r["target_text"] == r["action_text"] == ""


def test_parquet_round_trips(events, tmp_path):
    path = tmp_path / "events.parquet"
    n = export.write_parquet(events["mention"], str(path))
    table = pq.read_table(path)
    assert n == table.num_rows == len(events["mention"])
    assert table.column_names == export.FLAT_COLUMNS
    back = {r["event_id"]: r for r in table.to_pylist()}
    for e in events["mention"]:
        r = back[e["event_id"]]
        assert (r["cameo"], r["date"], r["sentence"]) == (e["cameo"], e["date"], e["sentence"])
        assert r["lat"] == (e.get("location") or {}).get("lat")


def test_geojson_is_a_feature_collection_of_points(events):
    fh = io.StringIO()
    n = export.write_geojson(events["mention"], fh)
    doc = json.loads(fh.getvalue())
    located = [e for e in events["mention"] if (e.get("location") or {}).get("lat") is not None]
    assert doc["type"] == "FeatureCollection" and n == len(doc["features"]) == len(located) > 0
    for f in doc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert {f["properties"]["event_id"] for f in doc["features"]} == {e["event_id"] for e in located}


def test_geojson_without_located_events_is_still_valid():
    fh = io.StringIO()
    assert export.write_geojson([], fh) == 0
    assert json.loads(fh.getvalue()) == {"type": "FeatureCollection", "features": []}

