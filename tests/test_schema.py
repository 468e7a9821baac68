"""The published event schema (schema/event-1.json) against real output: coded events and stored exports."""
import copy
import json
from importlib import resources

import pytest
from jsonschema import Draft202012Validator

from eventwire.coding import CODER_VERSION
from eventwire.ingest import read_inputs
from eventwire.jobs import sample_paths
from eventwire.pipeline import Coded
from eventwire.store import EventQuery, open_store
from eventwire.store.queries import find_events


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("eventwire.schema").joinpath("event-1.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def coded(settings, pipeline):
    results = pipeline.run_batch(list(read_inputs(sample_paths(), settings)))
    assert all(isinstance(r, Coded) for r in results)
    return results


@pytest.fixture(scope="module")
def events(coded):
    events = [json.loads(json.dumps(e.to_dict())) for c in coded for e in c.events]
    assert len({e["doc_id"] for e in events}) > len(coded) // 2
    return events


def _problems(validator, event):
    return [f"{'/'.join(map(str, err.absolute_path))}: {err.message}" for err in validator.iter_errors(event)]


def test_every_sample_event_validates(validator, events):
    bad = {e["event_id"]: _problems(validator, e) for e in events}
    assert {k: v for k, v in bad.items() if v} == {}


def test_every_exported_event_validates(validator, coded, pipeline, tmp_path):
    """The store round trip (what `export --format jsonl` writes) keeps the published shape."""
    with open_store(tmp_path / "schema.duckdb") as store:
        store.write_batch(coded, [], CODER_VERSION, pipeline.knowledge.version)
        exported = [json.loads(json.dumps(e, default=str)) for e in find_events(store, EventQuery())]
    assert len(exported) == sum(len(c.events) for c in coded)
    bad = {e["event_id"]: _problems(validator, e) for e in exported}
    assert {k: v for k, v in bad.items() if v} == {}


def _without_cameo(e):
    del e["cameo"]


def _set(key, value):
    def mutate(e):
        e[key] = value
    return mutate


@pytest.mark.parametrize("mutate", [_without_cameo, _set("cameo", "4"), _set("cameo", 40), _set("cameo", "21"),
                                    _set("event_id", "not-an-id"), _set("quad_class", 5)],
                         ids=["no cameo", "1-digit cameo", "cameo as number", "root 21", "bad id", "quad 5"])
def test_schema_rejects_broken_events(validator, events, mutate):
    event = copy.deepcopy(events[0])
    assert validator.is_valid(event)
    mutate(event)
    assert not validator.is_valid(event)
