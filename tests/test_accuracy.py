"""Accuracy gates: floors on our own golden sample articles (always) and on the public gold sets in
../shared/gold (when present). The floors sit a little below the figures measured when they were set, so
that accuracy cannot fall silently; raise them as the coder improves. The issue's target floors are in
the README ("Accuracy") with the figures measured so far."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import evaluate, load_gold
from eventwire.jobs import code_records

from .conftest import gold_path

GOLDEN = Path(__file__).parent / "golden" / "sample_gold.jsonl"


def figures(settings, *paths):
    records = load_gold(map(str, paths))
    events, story_of = code_records(records, settings)
    return evaluate(records, events, story_of)


def f1(result, metric):
    return result["figures"][metric]["f1"]


def rate(result, metric):
    return result["figures"][metric]["rate"]


@pytest.fixture(scope="module")
def sample(settings):
    return figures(settings, GOLDEN)["sample"]


def test_golden_sample_dyad_root(sample):
    assert f1(sample, "dyad+root") >= 0.78  # measured 0.819


def test_golden_sample_dates_and_places(sample):
    assert rate(sample, "date_of_matched") >= 0.70  # measured 0.740
    assert rate(sample, "place_country_of_matched") >= 0.80


def test_golden_sample_rewrite_is_one_story(sample):
    clusters = sample["figures"]["story_clusters"]
    assert clusters["pairwise_precision"] == 1.0 and clusters["pairwise_recall"] == 1.0


DEV = Path(__file__).parent / "golden" / "dev_articles.jsonl"


@pytest.fixture(scope="module")
def dev(settings):
    return figures(settings, DEV)["dev"]


def test_dev_articles_floors(dev):
    # 16 articles written and hand-coded for this project by a session that did not run the coder on them
    assert f1(dev, "dyad+root") >= 0.61  # measured 0.647
    assert dev["figures"]["dyad+root"]["precision"] >= 0.71  # measured 0.750
    assert rate(dev, "date_of_matched") >= 0.75  # measured 0.782


def test_golden_sports_article_has_no_events(settings):
    records = [r for r in load_gold([str(GOLDEN)]) if not r["events"]]
    events, _ = code_records(records, settings)
    assert records and events == []


@pytest.fixture(scope="module")
def shared(settings):
    paths = [gold_path(n) for n in ("articles.jsonl", "upetr_gsr.jsonl", "cameo_examples.jsonl",
                                    "conflibert.jsonl", "plover_gsr.jsonl")]
    return figures(settings, *paths)


@pytest.mark.evaluation
def test_articles_floor(shared):
    art = shared["articles"]
    assert f1(art, "dyad+root") >= 0.73  # the floor is 0.55; measured 0.766
    assert art["figures"]["dyad+root"]["precision"] >= 0.80  # the floor is 0.65; measured 0.844
    assert rate(art, "date_of_matched") >= 0.85
    assert rate(art, "place_country_of_matched") >= 0.80


@pytest.mark.evaluation
def test_articles_story_clusters(shared):
    clusters = shared["articles"]["figures"]["story_clusters"]
    assert clusters["pairwise_precision"] >= 0.95 and clusters["pairwise_recall"] >= 0.90


@pytest.mark.evaluation
def test_sentence_sets_floors(shared):
    assert f1(shared["upetr_gsr"], "dyad+root") >= 0.60  # the floor; measured 0.610
    assert rate(shared["cameo_examples"], "top_root") >= 0.72  # the floor is 0.70; measured 0.758
    assert rate(shared["conflibert"], "penta_acc") >= 0.62  # the floor is 0.60; measured 0.657
    assert f1(shared["plover_gsr"], "type") >= 0.66  # the floor is 0.60; measured 0.710
    assert f1(shared["plover_gsr"], "dyad+type") >= 0.46  # the floor is 0.45; measured 0.482


@pytest.mark.evaluation
def test_confidence_ranks(shared):
    """Higher confidence must mean higher precision (checked on the article and codebook sets)."""
    for name in ("articles", "cameo_examples"):
        curve = [p["precision"] for p in shared[name]["precision_at_confidence"] if p["n"] >= 10]
        assert curve[-1] > curve[0], (name, curve)
