"""Places: resolve place mentions in an article against the gazetteer (disambiguated by the article's
countries, the dateline and prominence), then give each event the place tied to its clause, else the
dateline, else — for a domestic event — its country, else none."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import Candidate, Gazetteer, place_key, prominence
from .records import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
SPECIFICITY = {"site": 0, "city": 1, "admin1": 2, "us_state": 2, "territory": 3, "region": 4, "country": 5, "sea": 6}
MEETING_PLACE = "the place of the article's meeting"
VISIT_LEMMAS = {"visit", "travel", "fly", "arrive", "go", "head", "land", "tour"}  # a capital named here is a destination
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "of", "to", "into",
                  "from", "on"}


@dataclass
class PlaceMention:
    """A resolved place mention: doc token span and the chosen candidate."""

    start: int  # token index (doc)
    end: int
    char_start: int
    char_end: int
    text: str
    place: Candidate
    how: str


@dataclass
class ArticlePlaces:
    """All place mentions of one parsed chunk, by token."""

    mentions: list[PlaceMention] = field(default_factory=list)
    by_token: dict[int, PlaceMention] = field(default_factory=dict)

    def countries(self) -> list[str]:
        return [m.place.country for m in self.mentions if m.place.country and m.place.kind != "country"]

    def main_place(self) -> PlaceMention | None:
        """The city the article names most (the first named on a tie), or None."""
        counts: dict[str, list] = {}
        for m in self.mentions:
            if m.place.kind == "city":
                counts.setdefault(m.place.name, []).append(m)
        if not counts:
            return None
        return max(counts.values(), key=lambda ms: (len(ms), -ms[0].start))[0]


def _choose(cands: list[Candidate], votes: Counter, qualifier: str | None, gaz: Gazetteer) -> tuple[Candidate, str]:
    if qualifier:
        q = gaz.lookup(qualifier)
        q_countries = {c.country for c in q if c.kind in ("country",)}
        q_states = {c.admin1 for c in q if c.kind == "us_state"}
        narrowed = [c for c in cands if c.country in q_countries or (c.country == "USA" and c.admin1 in q_states)]
        if narrowed:
            return max(narrowed, key=prominence), f"qualified by '{qualifier}'"
    if len(cands) == 1:
        return cands[0], "only candidate"
    def score(c: Candidate) -> float:
        return prominence(c) + 6.0 * votes.get(c.country, 0) / (1 + sum(votes.values()))
    best = max(cands, key=score)
    how = "article countries" if votes.get(best.country) else "most prominent"
    return best, how


def _unlabelled_names(doc, gaz: Gazetteer) -> list:
    """Runs of proper nouns the tagger left unlabelled that name a sizeable city ("in Novi Sad")."""
    from spacy.tokens import Span

    out, i = [], 0
    while i < len(doc):
        if doc[i].pos_ == "PROPN" and not doc[i].ent_type_:
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
                j += 1
            span = doc[i:j]
            if any(c.kind == "city" and c.population >= 100_000 for c in gaz.lookup(span.text)) and \
                    i > 0 and doc[i - 1].lower_ in ("in", "at", "near", "from", "to", "of", "outside"):
                out.append(Span(doc, i, j, label="GPE"))
            i = j
        else:
            i += 1
    for ent in doc.ents:
        # the small tagger calls some big cities people ("bombed Sanaa"); a city of half a million after a
        # preposition or a word for a city is a place
        if ent.label_ == "PERSON" and ent.start > 0 and (
                doc[ent.start - 1].lower_ in ("in", "at", "near", "from", "to", "of", "outside", "on", "into")
                or doc[ent.start - 1].lemma_.lower() in ("capital", "city", "town", "port")
                or doc[ent.start].dep_ in ("dobj", "pobj")) and \
                any(c.kind == "city" and c.population >= 500_000 for c in gaz.lookup(ent.text)):
            out.append(Span(doc, ent.start, ent.end, label="GPE"))
    return out


def find_places(doc, gaz: Gazetteer, country_votes: Counter, dateline: str | None = None) -> ArticlePlaces:
    """Resolve the GPE/LOC/FAC entities of a parsed text to places."""
    out = ArticlePlaces()
    votes = Counter(country_votes)
    if dateline:
        for c in gaz.lookup(dateline)[:1]:
            votes[c.country] += 3
    ents = [e for e in doc.ents if e.label_ in PLACE_LABELS or e.label_ == "NORP"]
    ents += _unlabelled_names(doc, gaz)
    pending = []
    for ent in ents:
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        text = text.removesuffix("'s").removesuffix("’s")
        cands = gaz.lookup(text)
        if ent.label_ == "NORP":  # the tagger sometimes calls a town a nationality ("the resort of Sochi")
            # …but a nationality is not a town's alternate name ("Thai" is not Alor Setar)
            cands = [c for c in cands if c.kind == "city" and place_key(c.name) == place_key(text)]
        if not cands:
            continue
        qualifier = None
        following = [e for e in ents if e.start == ent.end + 1]
        if following and doc[ent.end].text == "," and following[0].label_ == "GPE":
            qualifier = following[0].text  # "Paris, Texas"
        pending.append((ent, text, cands, qualifier))
        if len({c.country for c in cands}) == 1 and cands[0].kind == "country":
            votes[cands[0].country] += 1  # an unambiguous country name
    for ent, text, cands, qualifier in pending:
        if len({c.country for c in cands}) == 1 and cands[0].kind != "country":
            votes[cands[0].country] += 1  # an unambiguous city or region speaks for its country
    for ent, text, cands, qualifier in pending:
        place, how = _choose(cands, votes, qualifier, gaz)
        mention = PlaceMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, place, how)
        out.mentions.append(mention)
        for i in range(ent.start, ent.end):
            out.by_token[i] = mention
    return out


def to_place(mention: PlaceMention, how: str, offset: int = 0) -> Place:
    c = mention.place
    return Place(name=c.name, country=c.country, admin1=c.admin1, lat=c.lat, lon=c.lon, geonameid=c.geonameid,
                 feature=c.kind, text=mention.text, start=mention.char_start + offset, end=mention.char_end + offset,
                 how=how)


def clause_place(trigger, places: ArticlePlaces) -> PlaceMention | None:
    """A place in a locative phrase of the trigger, its object, or its governing verb."""
    holders = [trigger]
    holders += [c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass", "prep", "advmod")]
    if trigger.dep_ in ("xcomp", "dobj", "conj", "pobj") and trigger.head != trigger:
        holders.append(trigger.head)
    for holder in holders:
        preps = [holder] if holder.dep_ == "prep" else [c for c in holder.children if c.dep_ == "prep"]
        for prep in preps:
            if prep.lower_ not in LOCATIVE_PREPS:
                continue
            found = [places.by_token[t.i] for t in prep.subtree if t.i in places.by_token]
            found = [m for m in found if m.place.kind != "country" or
                     prep.lower_ in ("in", "to", "into", "inside", "across", "throughout")]
            if found:  # "the Black Sea resort of Sochi": the most specific place
                return min(found, key=lambda m: SPECIFICITY.get(m.place.kind, 5))
        if holder.i in places.by_token and holder != trigger and holder.dep_ in ("dobj", "obj"):
            m = places.by_token[holder.i]
            if m.place.kind in ("city", "capital"):
                return m
    return None


def resolve_event_place(trigger, sentence, places: ArticlePlaces, dateline_place: Place | None,
                        source_country: str | None, target_country: str | None, gaz: Gazetteer,
                        offset: int = 0, main_place: Place | None = None,
                        actor_tokens: frozenset[int] = frozenset(), verbal: bool = False) -> Place | None:
    """The event's location: the place in its clause, else the only city named in its sentence, else the
    dateline, else the article's main city when it belongs to a party, else the country of a domestic
    event, else None."""
    m = clause_place(trigger, places)
    if m is not None and not (m.place.kind == "city" and m.start in actor_tokens and trigger.lemma_ not in VISIT_LEMMAS):
        return to_place(m, "place in the event's clause", offset)
    in_sentence = [places.by_token[t.i] for t in sentence if t.i in places.by_token and t.i not in actor_tokens]
    parties = {c for c in (source_country, target_country) if c}
    cities = {id(x): x for x in in_sentence if x.place.kind not in ("country", "sea", "region")
              and (not parties or x.place.country in parties)}
    if len(cities) == 1:
        return to_place(next(iter(cities.values())), "only city in the sentence", offset)
    if dateline_place is not None and (dateline_place.country == source_country or not source_country):
        return dateline_place
    countries = {c for c in (source_country, target_country) if c}
    if main_place is not None and main_place.country in countries and (len(countries) == 1 or
                                                                       main_place.how == MEETING_PLACE):
        return main_place  # a domestic event in the article's main city, or an international one at its meeting
    if main_place is not None and main_place.how == MEETING_PLACE and len(countries) > 1:
        return main_place
    if len(countries) == 1:
        return country_place(countries.pop(), gaz, "country of a domestic event")
    if source_country and verbal:
        return country_place(source_country, gaz, "a statement or decision is made at home")
    return None


def country_place(iso: str, gaz: Gazetteer, how: str) -> Place | None:
    """A country-level location (coordinates of its capital)."""
    if len(iso) != 3 or iso.startswith(("IGO", "NGO")):
        return None
    cap = gaz.capitals.get(iso)
    return Place(name=gaz.iso3_name.get(iso, iso), country=iso, lat=cap.lat if cap else None,
                 lon=cap.lon if cap else None, feature="country", how=how)


def dateline_place(dateline: str | None, gaz: Gazetteer) -> Place | None:
    """The place a dateline names ("MINSK (Reuters) -" → Minsk, BLR)."""
    if not dateline:
        return None
    cands = [c for c in gaz.lookup(dateline) if c.kind in ("city", "country", "admin1", "region", "territory")]
    if not cands:
        return None
    best = max(cands, key=prominence)
    return Place(name=best.name, country=best.country, admin1=best.admin1, lat=best.lat, lon=best.lon,
                 geonameid=best.geonameid, feature=best.kind, text=dateline, how="dateline")
