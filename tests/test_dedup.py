"""Near-duplicate detection and story clusters (`eventwire.dedup`): copies, reorders, rewrites and excerpts of
one wire story join it; another story on the same topic and a template rewrite with new facts do not; the
index survives a restart because it is rebuilt from the store; aggregated events count copies by outlet."""
import json

import pytest

from eventwire import Pipeline
from eventwire.clean import clean_article
from eventwire.dedup import Deduplicator, load_deduplicator
from eventwire.jobs import ingest
from eventwire.records import Article
from eventwire.store import EventQuery, open_store
from eventwire.store.queries import aggregated_events

LEAD = ("Police in Minsk detained hundreds of people on Sunday as tens of thousands of protesters marched through "
        "the Belarusian capital for a fifth weekend, demanding that President Alexander Lukashenko step down after "
        "a disputed election.")
BODY = [
    "Riot police in black uniforms blocked the main avenue near Independence Square and dragged demonstrators "
    "into unmarked vans, witnesses said. Several journalists were briefly held and had their cameras seized.",
    "The interior ministry said 633 people had been detained across the country, most of them in Minsk. Officers "
    "used stun grenades in two districts of the city, according to the rights group Viasna.",
    "Opposition leader Sviatlana Tsikhanouskaya, who left for Lithuania after the vote, urged European governments "
    "to impose sanctions on officials responsible for the crackdown.",
    "Lukashenko has refused to hold talks with the opposition Coordination Council and has accused Western "
    "countries of stoking the unrest.",
]
STORY = "\n\n".join([LEAD, *BODY])

# Another protest in the same city a week later, written independently.
OTHER_PROTEST = "\n\n".join([
    "Tens of thousands of Belarusians rallied again in Minsk on Sunday, carrying red-and-white flags along "
    "Pobediteley Avenue toward the Palace of Independence, the official residence of Alexander Lukashenko.",
    "Armoured vehicles and water cannon stood near the palace, and masked officers chased marchers into "
    "courtyards. Women formed human chains to shield students from arrest.",
    "The Viasna rights group counted more than 400 detentions by evening. State television showed soldiers "
    "guarding the building and said the march had been organised from abroad.",
    "Tsikhanouskaya, speaking from Vilnius, praised the crowd's courage and called for a general strike. "
    "Lukashenko, who met Vladimir Putin in Sochi on Monday, secured a $1.5 billion Russian loan.",
])

# A daily report: the wording stays, the counts change.
TEMPLATE = (
    "Police in Minsk detained {detained} people during protests against President Alexander Lukashenko, {held} of "
    "them in custody for more than 24 hours, the interior ministry said.\n\n"
    "The ministry said {charged} of the detained had been charged with taking part in unauthorised mass events. "
    "Rights groups said many were beaten in custody.\n\n"
    "The opposition has demanded new elections and the release of all political prisoners since the disputed "
    "August vote, which official results said Lukashenko won with a landslide.")
MONDAY = TEMPLATE.format(detained=774, held=56, charged=31)
WEDNESDAY = TEMPLATE.format(detained=120, held=9, charged=4)


def article(doc_id, text, day="2020-09-07"):
    return clean_article(Article(doc_id, text, date=day))


@pytest.fixture()
def dedup():
    """A deduplicator holding the original story as article `orig`."""
    d = Deduplicator()
    d.assign(article("orig", STORY))
    return d


def story_of(d, doc_id):
    return d.meta[doc_id][0]


def test_copy_with_other_page_furniture_joins_the_story(dedup):
    page = ("Skip to content\nWorld | Europe | Politics\nShare this story\n" + STORY +
            "\nWe use cookies to improve your experience.\nFollow us on Twitter")
    match = dedup.assign(article("copy", page))
    assert match.story_id == story_of(dedup, "orig") and match.matched == "orig"
    assert match.similarity > 0.9


def test_shuffled_paragraphs_join_the_story(dedup):
    shuffled = "\n\n".join([BODY[2], BODY[0], LEAD, BODY[3], BODY[1]])
    assert dedup.assign(article("shuffled", shuffled)).story_id == story_of(dedup, "orig")


def test_rewritten_lead_joins_the_story(dedup):
    lead = ("Belarusian security forces rounded up hundreds of demonstrators in the capital on Sunday, when tens of "
            "thousands rallied for the fifth weekend running to demand Lukashenko's resignation.")
    match = dedup.assign(article("rewrite", "\n\n".join([lead, *BODY]), day="2020-09-08"))
    assert match.story_id == story_of(dedup, "orig")
    assert match.similarity < 0.9  # really a rewrite, not a copy


def test_first_half_excerpt_joins_the_story(dedup):
    excerpt = "\n\n".join([LEAD, BODY[0]])
    assert dedup.assign(article("excerpt", excerpt)).story_id == story_of(dedup, "orig")


def test_lead_paragraph_alone_joins_by_containment(dedup):
    match = dedup.assign(article("lead", LEAD))
    assert match.similarity < 0.3  # below the Jaccard bar: only containment can join it
    assert match.story_id == story_of(dedup, "orig")


def test_another_protest_a_week_later_is_a_new_story(dedup):
    match = dedup.assign(article("other", OTHER_PROTEST, day="2020-09-14"))
    assert match.matched is None
    assert match.story_id != story_of(dedup, "orig")


def test_same_template_with_new_counts_two_days_later_is_a_new_story():
    d = Deduplicator()
    first = d.assign(article("mon", MONDAY, day="2020-09-14"))
    second = d.assign(article("wed", WEDNESDAY, day="2020-09-16"))
    assert second.story_id != first.story_id
    # the same wording on the same day is one story (the numbers only split stories across days)
    assert d.assign(article("mon-copy", MONDAY, day="2020-09-14")).story_id == first.story_id


def test_single_changed_count_two_days_later_is_a_new_story():
    text = ("Police in Minsk detained {} people during protests against President Alexander Lukashenko, the "
            "interior ministry said.\n\nThe ministry said the detained had taken part in unauthorised mass events "
            "and would face charges. Rights groups said many were beaten in custody.\n\nThe opposition has "
            "demanded new elections and the release of all political prisoners since the disputed August vote.")
    d = Deduplicator()
    first = d.assign(article("mon", text.format(774), day="2020-09-14"))
    assert d.assign(article("wed", text.format(120), day="2020-09-16")).story_id != first.story_id


def test_reassigning_a_doc_id_keeps_its_story(dedup):
    story = dedup.assign(article("copy", STORY)).story_id
    again = dedup.assign(article("copy", STORY))  # e.g. a recode: must not trip over its own index entry
    assert again.story_id == story == story_of(dedup, "orig")
    assert again.matched == "orig"
    assert sorted(dedup.meta) == ["copy", "orig"]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


def run_ingest(paths, settings, store, pipeline):
    """jobs.ingest with the story index loaded from the store (as ingest does), reusing loaded knowledge."""
    fresh = Pipeline(settings, dedup=load_deduplicator(store, settings))
    fresh.knowledge = pipeline.knowledge
    return ingest(paths, settings, store, pipeline=fresh)


def test_index_is_rebuilt_from_the_store(tmp_path, settings, pipeline):
    s = settings.replace(db=str(tmp_path / "stories.duckdb"))
    feed = write_jsonl(tmp_path / "day1.jsonl", [
        {"id": "orig", "date": "2020-09-07", "text": STORY},
        {"id": "other", "date": "2020-09-07", "text": OTHER_PROTEST},
    ])
    with open_store(s.db) as store:
        report = run_ingest([feed], s, store, pipeline)
        assert report.errors == []
    with open_store(s.db) as store:  # a later run: nothing in memory survives
        stored = {r["doc_id"]: r["story_id"] for r in store.query("SELECT doc_id, story_id FROM articles")}
        d = load_deduplicator(store, s)
    assert sorted(d.meta) == ["orig", "other"]
    later = article("later", "\n\n".join([BODY[2], LEAD, BODY[0], BODY[1]]), day="2020-09-08")
    match = d.assign(later)
    assert match.matched == "orig"
    assert match.story_id == stored["orig"] != stored["other"]


def test_aggregated_events_count_articles_and_outlets(tmp_path, settings, pipeline, store):
    feed = write_jsonl(tmp_path / "wire.jsonl", [
        {"id": "w1", "date": "2020-09-14", "text": MONDAY, "url": "https://www.first-outlet.example/minsk"},
        {"id": "w2", "date": "2020-09-14", "text": MONDAY, "url": "https://news.second-outlet.example/by/1"},
        {"id": "w3", "date": "2020-09-14", "text": MONDAY, "url": "https://first-outlet.example/minsk-update"},
    ])
    run_ingest([feed], settings, store, pipeline)
    events = list(aggregated_events(store, EventQuery()))
    assert events
    for e in events:
        assert (e["num_articles"], e["num_sources"]) == (3, 2)
        assert {m["doc_id"] for m in e["mentions"]} == {"w1", "w2", "w3"}
    detention = [e for e in events if e["cameo"] == "173"]
    assert detention and detention[0]["source"]["code"] == "BLRCOP"


def test_same_template_on_different_days_gives_separate_aggregates(tmp_path, settings, pipeline, store):
    feed = write_jsonl(tmp_path / "daily.jsonl", [
        {"id": "mon", "date": "2020-09-14", "text": MONDAY, "url": "https://outlet.example/a"},
        {"id": "wed", "date": "2020-09-16", "text": WEDNESDAY, "url": "https://outlet.example/b"},
    ])
    run_ingest([feed], settings, store, pipeline)
    ids = {doc: {r["aggregate_id"] for r in store.query("SELECT aggregate_id FROM events WHERE doc_id = ?", [doc])}
           for doc in ("mon", "wed")}
    assert ids["mon"] and ids["wed"]
    assert not ids["mon"] & ids["wed"]
    assert all(e["num_articles"] == 1 for e in aggregated_events(store, EventQuery()))


def test_memory_is_bounded_by_dropping_the_oldest_weeks():
    d = Deduplicator(max_indexed=3)
    first = d.assign(article("w0", STORY, day="2020-01-06"))
    assert d.assign(article("w0-copy", STORY, day="2020-01-07")).story_id == first.story_id
    for i, day in enumerate(("2020-03-02", "2020-03-09", "2020-03-16")):
        d.assign(article(f"later{i}", OTHER_PROTEST.replace("Sunday", f"day {i}"), day=day))
    assert len(d.meta) <= 3 and "w0" not in d.meta  # January's week went first
    assert all(m[1] >= "2020-03-02" for m in d.meta.values())
