import io
import json

from eventwire.ingest import read_inputs
from eventwire.ingest.common import make_doc_id, outlet_from_url
from eventwire.records import Article, RecordError
from eventwire.settings import Settings

S = Settings(progress=False)


def test_crawl_header_gives_publication_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(" date 2020-09-14 Left Menu\nPolice detained dozens of protesters in Minsk on Sunday.\n")
    (article,) = list(read_inputs([str(p)], S))
    assert article.date == "2020-09-14"
    assert "Left Menu" in article.text  # left for cleaning to judge
    assert not article.text.startswith(" date")


def test_bare_text_date_comes_from_flag_never_file_time(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("Troops shelled the town.\n")
    (a,) = list(read_inputs([str(p)], S))
    assert a.date is None
    (b,) = list(read_inputs([str(p)], S.replace(default_date="2021-01-02")))
    assert b.date == "2021-01-02"


def test_jsonl_records_ids_and_bad_lines(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "r1", "text": "Police detained 20 people.", "date": "2020-01-01", "extra": 1}),
        "{not json",
        json.dumps({"id": "r3", "title": "no text"}),
        json.dumps({"text": "Rebels attacked a base.", "url": "https://www.example.com/a"}),
    ]))
    items = list(read_inputs([str(p)], S))
    assert [type(i).__name__ for i in items] == ["Article", "RecordError", "RecordError", "Article"]
    assert items[0].doc_id == "r1" and items[0].date == "2020-01-01"
    assert items[1].origin.endswith("x.jsonl:2") and "malformed JSON" in items[1].reason
    assert "no 'text'" in items[2].reason
    assert items[3].outlet == "example.com" and items[3].doc_id == make_doc_id(None, "https://www.example.com/a", "")


def test_bad_files_give_errors_and_the_rest_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Soldiers in Bogot\xe1 fired on marchers.".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"word " * 300_000)
    (tmp_path / "ok.txt").write_text("The army shelled rebel positions.")
    small = S.replace(max_input_bytes=1_000_000)
    items = {i.origin.rsplit("/", 1)[-1]: i for i in read_inputs([str(tmp_path)], small)}
    assert isinstance(items["empty.txt"], RecordError) and "empty" in items["empty.txt"].reason
    assert isinstance(items["binary.txt"], RecordError) and "binary" in items["binary.txt"].reason
    assert isinstance(items["big.txt"], RecordError) and "over the limit" in items["big.txt"].reason
    assert isinstance(items["latin1.txt"], Article) and "Bogotá" in items["latin1.txt"].text
    assert isinstance(items["ok.txt"], Article)


def test_html_page_main_text_title_and_date(tmp_path):
    html = """<html><head><title>Troops clash at border</title>
    <meta property="article:published_time" content="2021-05-04T10:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Troops clash at border</h1>
    <p>Indian and Chinese troops clashed on the disputed border on Monday, officials in New Delhi said.</p>
    <p>The army said several soldiers were injured in the fighting, which lasted several hours.</p>
    </article><footer>Cookie policy</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html)
    (a,) = list(read_inputs([str(p)], S))
    assert isinstance(a, Article)
    assert "clashed on the disputed border" in a.text and "Cookie policy" not in a.text
    assert a.date == "2021-05-04"
    assert a.title == "Troops clash at border"


def test_broken_html_is_an_error_not_a_crash(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text("<html><body><div><<<>>></")
    (item,) = list(read_inputs([str(p)], S))
    assert isinstance(item, RecordError)


def test_stdin(tmp_path):
    stream = io.BytesIO(b" date 2019-05-30 Menu\nMexico rejected the tariff threat.\n")
    (a,) = list(read_inputs(["-"], S, stdin=stream))
    assert a.date == "2019-05-30"


def test_outlet_from_url():
    assert outlet_from_url("https://www.trtworld.com:443/article/1") == "trtworld.com"
    assert outlet_from_url(None) is None
