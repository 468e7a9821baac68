"""Long texts are parsed in chunks, not dropped, and offsets still index the clean text."""
from eventwire import Pipeline
from eventwire.ingest.text import parse_text
from eventwire.nlp import chunk_text


def test_chunks_cover_the_text_and_cut_at_boundaries():
    text = ("Police detained protesters in Minsk. " * 40 + "\n\n") * 5
    pieces = chunk_text(text, 1000)
    assert len(pieces) > 1
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 1000 for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces)


def test_long_article_is_coded_in_chunks_with_true_offsets(settings):
    para = ("Belarusian riot police detained dozens of protesters in Minsk on Sunday, the interior ministry said. "
            "The opposition condemned the arrests. ")
    filler = "The weather in the capital was cold and grey for most of the day. " * 30
    text = para + "\n\n" + filler + "\n\n" + para.replace("Sunday", "Monday")
    pipeline = Pipeline(settings.replace(max_chars=800, min_confidence_articles=0.0))
    (coded,) = pipeline.run_batch([parse_text(text, "long", default_date="2020-09-15")])
    detentions = [e for e in coded.events if e.cameo == "173"]
    assert len(detentions) == 2  # one in the first chunk, one in the last
    for e in detentions:
        assert coded.article.clean_text[e.action["start"]:e.action["end"]] == e.action["text"]
        assert coded.article.clean_text[e.source.start:e.source.end] == e.source.text


def test_a_sentence_never_runs_across_a_blank_line():
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Photo Credit: Agency/Jane Sample\n\nThe president says he is raising tariffs on steel.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == "The president says he is raising tariffs on steel."
