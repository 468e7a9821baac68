"""The founding example (../shared/seed) must always code sensibly. Skipped where ../shared is absent."""
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"


@pytest.fixture(scope="module")
def seed_events(pipeline, settings):
    files = sorted(SEED.glob("*.txt"))
    if not files:
        pytest.skip("../shared/seed not present")
    (coded,) = pipeline.run_batch(list(read_inputs([str(files[0])], settings)))
    return coded


def find(events, source, root, target=None):
    return [e for e in events if e.source and e.source.code.startswith(source) and e.cameo.startswith(root)
            and (target is None or (e.target and e.target.code.startswith(target)))]


def test_the_loan(seed_events):
    (loan, *_) = find(seed_events.events, "RUS", "07", "BLR")
    assert loan.date == "2020-09-14"
    assert any(q.kind == "money" and q.value == 1.5e9 and q.unit == "USD" for q in loan.quantities)


def test_belarus_asks_russia_for_help(seed_events):
    assert find(seed_events.events, "BLR", "02", "RUS")


def test_police_detentions_on_sunday(seed_events):
    (detained, *_) = find(seed_events.events, "BLRCOP", "173")
    assert detained.target.code in ("BLRCVL", "BLROPP")
    assert detained.date == "2020-09-13"
    assert any(q.kind == "detained" and q.value == 774 for q in detained.quantities)


def test_protest_in_minsk(seed_events):
    protests = [e for e in seed_events.events if e.cameo.startswith("14") and e.location and e.location.name == "Minsk"]
    assert protests and protests[0].date == "2020-09-13"
    assert any(q.kind == "participants" and q.value == 100_000 for q in protests[0].quantities)


def test_trip_to_sochi_is_located_in_sochi(seed_events):
    located = [e for e in seed_events.events if e.location and e.location.name == "Sochi"]
    assert located and round(located[0].location.lat, 1) == 43.6 and round(located[0].location.lon, 1) == 39.7


def test_credit_line_names_no_actor(seed_events):
    names = ("Kiselyova", "Tetrault", "Trevelyan", "Graff", "Heritage")
    for e in seed_events.events:
        for actor in (e.source, e.target):
            assert not (actor and any(n in (actor.text or "") for n in names))
    assert "Timothy Heritage" not in seed_events.article.clean_text
