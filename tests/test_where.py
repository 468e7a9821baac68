"""Place resolution: disambiguation and the event's location."""
from collections import Counter

import pytest

from eventwire.nlp import load_nlp
from eventwire.where import find_places


@pytest.fixture(scope="module")
def gaz(pipeline):
    return pipeline.knowledge.gazetteer


def places_in(text, gaz, votes=()):
    doc = load_nlp()(text)
    return {m.text: m.place for m in find_places(doc, gaz, Counter(votes)).mentions}


def test_paris_texas_versus_paris(gaz):
    assert places_in("Protesters marched in Paris on Saturday.", gaz)["Paris"].country == "FRA"
    assert places_in("A tornado hit Paris, Texas, on Saturday.", gaz)["Paris"].country == "USA"


def test_georgia_the_country_versus_the_state(gaz):
    country = places_in("Police in Georgia detained opposition leaders in Tbilisi.", gaz)
    assert country["Georgia"].country == "GEO"
    state = places_in("Voters in Georgia lined up in Atlanta and Savannah.", gaz)
    assert state["Georgia"].kind == "us_state"


def test_washington_is_a_place_or_the_government(code_text):
    events = code_text("Washington imposed sanctions on Iranian oil exports on Tuesday.", date="2019-05-08")
    assert any(e.source and e.source.code == "USAGOV" for e in events)


def test_sochi_has_its_coordinates(gaz):
    (sochi, *_) = [c for c in gaz.lookup("Sochi") if c.kind == "city"]
    assert sochi.country == "RUS" and round(sochi.lat, 1) == 43.6 and round(sochi.lon, 1) == 39.7


def test_event_location_is_the_place_of_its_clause(code_text):
    events = code_text("Police detained 40 protesters in Novi Sad on Sunday.", date="2024-12-02")
    located = [e for e in events if e.cameo.startswith("17")]
    assert located and located[0].location.name == "Novi Sad" and located[0].location.country == "SRB"


def test_dateline_is_the_fallback(code_text):
    events = code_text("KYIV (Reuters) - Ukrainian troops shelled Russian positions on Monday, the army said.",
                       date="2023-05-02")
    assert any(e.location and e.location.country == "UKR" for e in events)
