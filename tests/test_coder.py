"""The coder's linguistic rules, on sentences written for these tests."""
import pytest


def triples(events):
    return {((e.source.code if e.source else None), e.cameo, (e.target.code if e.target else None)) for e in events}


def roots(events):
    return {e.cameo[:2] for e in events}


def test_active_and_passive_give_the_same_dyad(code_text):
    active = code_text("Belarusian riot police detained dozens of protesters in Minsk on Sunday.")
    passive = code_text("Dozens of protesters were detained by Belarusian riot police in Minsk on Sunday.")
    assert ("BLRCOP", "173", "BLRCVL") in triples(active)
    assert ("BLRCOP", "173", "BLRCVL") in triples(passive)


def test_negated_events_are_not_coded(code_text):
    assert not any(e.cameo.startswith("19") for e in code_text("Russian troops did not attack the Ukrainian town."))
    assert any(e.cameo.startswith("19") for e in code_text("Russian troops attacked the Ukrainian town of Izium."))


def test_future_cooperation_is_intent_and_future_conflict_is_threat(code_text):
    intent = code_text("Japan will send humanitarian aid to Turkey next week.")
    assert any(e.cameo.startswith("03") and e.modality == "intent" for e in intent)
    threat = code_text("Iran threatened to attack Israeli ships in the Gulf.")
    assert any(e.cameo.startswith("13") for e in threat)


def test_compound_actors_are_split(code_text):
    events = code_text("Canada, Britain and the United States imposed sanctions on Russia on Tuesday.")
    sources = {e.source.code[:3] for e in events if e.cameo.startswith("16") and e.source}
    assert {"CAN", "GBR", "USA"} <= sources


def test_meetings_are_coded_both_ways(code_text):
    events = code_text("Chinese and Russian diplomats held talks in Geneva on Monday.")
    pairs = {(e.source.code[:3], e.target.code[:3]) for e in events if e.cameo.startswith("04") and e.source and e.target}
    assert ("CHN", "RUS") in pairs and ("RUS", "CHN") in pairs


def test_a_visit_is_visitor_042_and_host_043(code_text):
    events = code_text("Indian Prime Minister Narendra Modi visited Moscow on Monday.", date="2024-07-09")
    t = triples(events)
    assert any(s and s.startswith("IND") and c == "042" and tg and tg.startswith("RUS") for s, c, tg in t)
    assert any(s and s.startswith("RUS") and c == "043" and tg and tg.startswith("IND") for s, c, tg in t)


def test_one_partys_claim_is_an_accusation(code_text):
    events = code_text("Israel said Hamas fired rockets at Israeli towns on Friday.", date="2021-05-14")
    assert any(e.cameo == "1123" and e.source.code.startswith("ISR") and e.target and e.target.code == "PSEREB"
               for e in events)
    assert not any(e.cameo.startswith("19") for e in events)


@pytest.mark.parametrize("text", [
    "The Lakers attacked the basket in the fourth quarter and beat the Celtics.",
    "Apple and Samsung clash in court over smartphone patents.",
    "The striker fired a shot past the goalkeeper as Madrid defeated Barcelona.",
    "Shares in the carmaker plunged after the company cut its profit forecast.",
])
def test_sports_and_business_give_no_political_events(code_text, text):
    assert code_text(text) == []


def test_every_event_explains_itself(code_text):
    (event, *_) = code_text("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", date="2024-06-25")
    assert event.rule and event.sentence and 0 < event.confidence <= 1
    assert event.action["text"] in event.sentence
    assert event.coder_version and event.knowledge_version
