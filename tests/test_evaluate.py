from eventwire.evaluate import evaluate, max_matching


def test_matching_is_one_to_one_with_wildcards():
    gold = [("RUS", "", "07"), ("RUS", "BLR", "07")]
    pred = [("RUS", "BLR", "07")]
    assert len(max_matching(gold, pred)) == 1
    assert len(max_matching(gold, pred + [("RUS", "UKR", "07")])) == 2


def test_article_set_figures_and_dates():
    records = [{"id": "a", "set": "articles", "events": [
        {"source": "RUSGOV", "target": "BLR", "code": "071", "date": "2020-09-14", "location": {"country": "RUS"}},
        {"source": "BLRCOP", "target": "BLRCVL", "code": "173", "date": "2020-09-13"}]}]
    events = [
        {"doc_id": "a", "cameo": "071", "source": {"code": "RUSGOV"}, "target": {"code": "BLR"}, "date": "2020-09-14",
         "location": {"country": "RUS"}, "confidence": 0.8},
        {"doc_id": "a", "cameo": "111", "source": {"code": "USA"}, "target": {"code": "CHN"}, "confidence": 0.3},
    ]
    fig = evaluate(records, events)["articles"]["figures"]
    assert fig["dyad+root"]["tp"] == 1 and fig["dyad+root"]["pred"] == 2 and fig["dyad+root"]["gold"] == 2
    assert fig["date_of_matched"]["rate"] == 1.0
    assert fig["place_country_of_matched"]["rate"] == 1.0


def test_top_root_judges_only_the_most_confident():
    records = [{"id": "c", "set": "cameo_examples", "events": [{"source": "", "target": "", "code": "042"}]}]
    events = [{"doc_id": "c", "cameo": "042", "confidence": 0.4}, {"doc_id": "c", "cameo": "010", "confidence": 0.9}]
    fig = evaluate(records, events)["cameo_examples"]["figures"]
    assert fig["root_hit"]["rate"] == 1.0 and fig["top_root"]["rate"] == 0.0


def test_cluster_agreement():
    records = [{"id": i, "set": "articles", "events": [], "labels": {"cluster": c}}
               for i, c in (("a", "S1"), ("b", "S1"), ("c", None))]
    out = evaluate(records, [], {"a": "x", "b": "x", "c": "y"})
    assert out["articles"]["figures"]["story_clusters"]["pairwise_precision"] == 1.0
    assert out["articles"]["figures"]["story_clusters"]["pairwise_recall"] == 1.0
