"""Exports: event JSONL (the published record), flat CSV, Parquet, GDELT 2.0 event table (61 tab-separated
columns in GDELT's own conventions) and GeoJSON. Every format can leave out article text (`no_text`)."""
from __future__ import annotations

import csv
import json
from datetime import date, datetime, timezone
from typing import IO, Any, Iterable

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
TEXT_FIELDS = ("sentence",)
FLAT_COLUMNS = ["event_id", "doc_id", "date", "date_source", "source_code", "source_name", "source_text",
                "cameo", "plover", "quad_class", "goldstein", "target_code", "target_name", "target_text",
                "action_text", "location_name", "location_country", "lat", "lon", "confidence", "modality", "rule",
                "sentence_index", "sentence", "story_id", "aggregate_id", "source_url", "coder_version",
                "knowledge_version"]
GEO_TYPES = {"country": 1, "us_state": 2, "city": 4, "admin1": 5, "region": 5, "territory": 5, "sea": 5, "site": 4}


def strip_text(event: dict[str, Any]) -> dict[str, Any]:
    """The event without article text: sentence and actor/action surface strings removed."""
    out = dict(event)
    for key in TEXT_FIELDS:
        out.pop(key, None)
    for key in ("source", "target", "reported_by", "action", "location"):
        if isinstance(out.get(key), dict):
            out[key] = {k: v for k, v in out[key].items() if k != "text"}
    out["quantities"] = [{k: v for k, v in q.items() if k != "text"} for q in out.get("quantities") or []]
    if out.get("mentions"):  # aggregated rows (--rows event) carry each mention's action
        out["mentions"] = [{**m, "action": {k: v for k, v in (m.get("action") or {}).items() if k != "text"}}
                           for m in out["mentions"]]
    return out


def write_jsonl(events: Iterable[dict[str, Any]], fh: IO[str], no_text: bool = False) -> int:
    n = 0
    for e in events:
        fh.write(json.dumps(strip_text(e) if no_text else e, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def flatten(e: dict[str, Any]) -> dict[str, Any]:
    src, tgt, loc, act = e.get("source") or {}, e.get("target") or {}, e.get("location") or {}, e.get("action") or {}
    return {
        "event_id": e["event_id"], "doc_id": e["doc_id"], "date": e.get("date"), "date_source": e.get("date_source"),
        "source_code": src.get("code"), "source_name": src.get("name"), "source_text": src.get("text"),
        "cameo": e["cameo"], "plover": e.get("plover"), "quad_class": e.get("quad_class"),
        "goldstein": e.get("goldstein"), "target_code": tgt.get("code"), "target_name": tgt.get("name"),
        "target_text": tgt.get("text"), "action_text": act.get("text"), "location_name": loc.get("name"),
        "location_country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "confidence": e.get("confidence"), "modality": e.get("modality"), "rule": e.get("rule"),
        "sentence_index": e.get("sentence_index"), "sentence": e.get("sentence"), "story_id": e.get("story_id"),
        "aggregate_id": e.get("aggregate_id"), "source_url": e.get("source_url"),
        "coder_version": e.get("coder_version"), "knowledge_version": e.get("knowledge_version"),
    }


def write_csv(events: Iterable[dict[str, Any]], fh: IO[str], no_text: bool = False) -> int:
    writer = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for e in events:
        row = flatten(strip_text(e) if no_text else e)
        writer.writerow(row)
        n += 1
    return n


def write_parquet(events: Iterable[dict[str, Any]], path: str, no_text: bool = False) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flatten(strip_text(e) if no_text else e) for e in events]
    table = pa.Table.from_pylist(rows, schema=pa.schema([
        (c, pa.float64() if c in ("goldstein", "lat", "lon", "confidence") else
         pa.int64() if c in ("quad_class", "sentence_index") else pa.string()) for c in FLAT_COLUMNS]))
    pq.write_table(table, path)
    return len(rows)


class GdeltWriter:
    """Rows of GDELT 2.0's event table from event records."""

    def __init__(self, cameo_country: dict[str, str], fips: dict[str, str],
                 countries: dict[str, tuple[str, float | None, float | None]] | None = None):
        self.cameo_country = cameo_country
        self.fips = fips
        self.countries = countries or {}  # ISO-3 → (name, lat, lon) for country-level actor places
        self.added = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")

    def actor_fields(self, actor: dict[str, Any] | None) -> list[str]:
        if not actor:
            return [""] * 10
        code = actor.get("code") or ""
        if code.startswith(("IGO", "NGO")):
            group = code[3:6] if len(code) >= 6 else ""
            roles = [code[i:i + 3] for i in range(6 if group else 3, len(code), 3)]
            gcode = code
            return [gcode, (actor.get("name") or "").upper(), "", group, "", "", "", code[:3], *(roles + ["", ""])[:2]]
        country = self.cameo_country.get(code[:3], code[:3])
        roles = [code[i:i + 3] for i in range(3, len(code), 3)]
        return [country + "".join(roles), (actor.get("name") or "").upper(), country, "", "", "", "",
                *(roles + ["", "", ""])[:3]]

    def geo_fields(self, place: dict[str, Any] | None) -> list[str]:
        if not place or not place.get("country"):
            return ["0", "", "", "", "", "", "", ""]
        iso = place["country"]
        fips = self.fips.get(iso, "")
        kind = place.get("feature") or "city"
        gtype = GEO_TYPES.get(kind, 4)
        if iso == "USA" and kind == "city":
            gtype = 3
        admin1 = place.get("admin1") or ""
        adm1 = (fips + admin1) if admin1 and fips else fips
        name = place.get("name") or ""
        return [str(gtype), name, fips, adm1, "", _num(place.get("lat")), _num(place.get("lon")),
                str(place.get("geonameid") or "")]

    def actor_place(self, actor: dict[str, Any] | None) -> dict[str, Any] | None:
        """Where an actor is known to be: its country (country-level, at the capital's coordinates)."""
        country = (actor or {}).get("country")
        if not country or len(country) != 3 or country.startswith(("IGO", "NGO")) or country not in self.fips:
            return None
        name, lat, lon = self.countries.get(country, (country, None, None))
        return {"name": name, "country": country, "feature": "country", "lat": lat, "lon": lon}

    def row(self, e: dict[str, Any]) -> list[str]:
        day = e.get("date")
        if day:
            d = date.fromisoformat(str(day))
            dates = [d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year),
                     f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"]
        else:
            dates = ["", "", "", ""]
        code = e["cameo"]
        loc = e.get("location")
        return [str(int(e["event_id"][:15], 16)), *dates,
                *self.actor_fields(e.get("source")), *self.actor_fields(e.get("target")),
                "1" if e.get("is_root_event") else "0", code, code[:3], code[:2], str(e.get("quad_class") or ""),
                _num(e.get("goldstein")), str(e.get("num_mentions") or 1), str(e.get("num_sources") or 1),
                str(e.get("num_articles") or 1), _num(e.get("tone") if e.get("tone") is not None else 0.0),
                *self.geo_fields(self.actor_place(e.get("source"))), *self.geo_fields(self.actor_place(e.get("target"))),
                *self.geo_fields(loc),
                self.added, e.get("source_url") or ""]


def _num(value: Any) -> str:
    return "" if value is None else f"{float(value):g}"


def write_gdelt(events: Iterable[dict[str, Any]], fh: IO[str], cameo_country: dict[str, str],
                fips: dict[str, str], countries: dict[str, tuple[str, float | None, float | None]] | None = None) -> int:
    """GDELT 2.0 event rows, tab-separated, no header (as GDELT publishes them). `countries` (ISO-3 → name,
    lat, lon) fills the Actor1Geo/Actor2Geo fields at country level."""
    writer = GdeltWriter(cameo_country, fips, countries)
    n = 0
    for e in events:
        row = writer.row(e)
        fh.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in row) + "\n")
        n += 1
    return n


def write_geojson(events: Iterable[dict[str, Any]], fh: IO[str], no_text: bool = False) -> int:
    """A FeatureCollection of the events that have coordinates."""
    fh.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for e in events:
        loc = e.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        props = flatten(strip_text(e) if no_text else e)
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                   "properties": props}
        fh.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False, default=str))
        n += 1
    fh.write("\n]}\n")
    return n
