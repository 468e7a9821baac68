"""The stage chain, top to bottom:

  1. read      ingest.read_inputs          paths → Article | RecordError
  2. clean     clean.clean_article         furniture, headlines, repeats, credits out; dateline kept
  3. filter    empty, non-English and sports/business articles are kept with the reason they were not coded
  4. parse     nlp.parse_texts             spaCy in batches, long texts in chunks
  5. mentions  actors.ActorResolver.scan   dictionary mentions; places (where.find_places); main country
  6. code      coding.EventCoder           source–verb–target events per sentence
  7. when      when.resolve_event_date     event dates against the publication date (background dropped)
  8. where     where.resolve_event_place   event locations
  9. measure   quantities, tone
 (after 3: dedup.Deduplicator gives each article its story: near-duplicates of stored articles share one)

`Pipeline.run` streams `Coded` results (an article and its events) or `RecordError`s, batch by batch, so
the caller can write each batch to the store in one transaction.
"""
from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, timedelta
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Iterator

from .actors import ActorResolver, DocContext, load_actor_book
from .clean import clean_article
from .coding import CODER_VERSION, EventCoder, load_patterns, load_taxonomy
from .coding.coder import EventHit
from .coding.taxonomy import quad_class
from .dedup import Deduplicator
from .gazetteer import load_gazetteer
from .knowledge import knowledge_version
from .lang import is_coded_language
from .nlp import parse_texts
from .quantities import event_quantities
from .records import Article, Event, RecordError, Sentence
from .settings import Settings
from .tone import tone
from .topic import off_topic, sentence_off_topic
from .when import is_background, mentions_future, resolve_event_date, since_background, year_background
from .where import MEETING_PLACE, clause_place, dateline_place, find_places, resolve_event_place, to_place


@dataclass
class Coded:
    """One article after the pipeline, with its sentences and events."""

    article: Article
    events: list[Event] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


class Knowledge:
    """Every knowledge table, loaded and validated once per set of user files."""

    def __init__(self, extra: tuple[str, ...] = ()):
        self.extra = extra
        self.book = load_actor_book(extra)
        self.patterns = load_patterns(extra)
        self.taxonomy = load_taxonomy()
        self.gazetteer = load_gazetteer()
        self.gazetteer.add_country_names({iso: [self.book.country_names[iso], *aliases]
                                          for iso, aliases in self.book.country_aliases.items()})
        self.resolver = ActorResolver(self.book)
        self.coder = EventCoder(self.patterns, self.taxonomy, self.resolver)
        self.version = knowledge_version(extra)


def event_id(doc_id: str, sentence_index: int, start: int, code: str, source: str, target: str) -> str:
    """A stable id for one event mention."""
    key = f"{doc_id}|{sentence_index}|{start}|{code}|{source}|{target}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def event_date(hit: EventHit, pub: str | None, news_date):
    """The date of a coded event: its clause's date, else the date of the announcement that governs it
    ("announced on Thursday that he is slapping a tariff"), else the news date or the publication date."""
    resolved = resolve_event_date(hit.trigger, hit.sentence, pub, news_date=news_date)
    if resolved is not None and resolved.source != "text" and hit.trigger.dep_ in ("ccomp", "xcomp"):
        governed = resolve_event_date(hit.trigger.head, hit.sentence, pub, news_date=news_date)
        if governed is not None and governed.source == "text":
            return governed
    return resolved


MEETING_CODES = ("040", "041", "044", "045", "046")
INFERRED_PLACES = ("a statement or decision is made at home", "country of a domestic event")
ANNOUNCED_ROOTS = ("16", "17")
VERBAL_ROOTS = {f"{r:02d}" for r in range(1, 14)} | {"16"}  # said, decided or given from home  # acts that are announced ahead of the day they take effect


def host_and_visitor(event: Event, taxonomy) -> list[Event]:
    """CODING convention: a visit is 042 visitor→host plus 043 host→visitor, and a meeting held in one
    party's country is a visit. Returns the mirrored event to add (and recodes `event` in place)."""
    src, tgt, loc = event.source, event.target, event.location
    if src is None or tgt is None or src.country == tgt.country:
        return []
    code = event.cameo
    if code.startswith(MEETING_CODES) and loc is not None and loc.country in (src.country, tgt.country) \
            and loc.how not in INFERRED_PLACES:  # the place must be known, not guessed from a party's home
        code = "043" if loc.country == src.country else "042"
        event.rule += f" [met in {loc.country}: {event.cameo}→{code}]"
        _recode(event, code, taxonomy)
    if code in ("042", "043"):
        mirror = dataclasses.replace(event, source=tgt, target=src, rule=event.rule + " [host/visitor mirror]",
                                     confidence=round(event.confidence - 0.05, 3))
        _recode(mirror, "043" if code == "042" else "042", taxonomy)
        return [mirror]
    return []


def announced_as_coming(trigger, patterns) -> bool:
    """"Trump says he is slapping a tariff on…": a measure announced in the progressive is still to come."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re")
                                             for c in verb.children)
    return progressive and verb.dep_ == "ccomp" and "report" in patterns.modifiers.get(verb.head.lemma_.lower(), set())


def _recode(event: Event, code: str, taxonomy) -> None:
    entry = taxonomy.get(code)
    event.cameo, event.goldstein, event.plover, event.quad_class = code, entry.goldstein, entry.plover or None, quad_class(code)
    src, tgt = (event.source.code if event.source else ""), (event.target.code if event.target else "")
    event.aggregate_id = aggregate_id(event.date, src, tgt, code, event.location)
    event.event_id = event_id(event.doc_id, event.sentence_index, event.action["start"], code, src, tgt)


def aggregate_id(day: str | None, source: str, target: str, code: str, location) -> str:
    """The id of the aggregated event a mention belongs to: the same date, dyad, code and place
    (GDELT's notion of one event reported many times)."""
    place = (location.name if location and location.feature != "country" else location.country if location else "")
    key = f"{day}|{source}|{target}|{code}|{place}"
    return "a-" + hashlib.sha1(key.encode()).hexdigest()[:14]


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` items from a stream."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Pipeline:
    """Runs the stages over a stream of articles."""

    def __init__(self, settings: Settings | None = None, dedup: Deduplicator | None = None):
        self.settings = settings or Settings()
        self.dedup = dedup or Deduplicator.from_settings(self.settings)

    @cached_property
    def knowledge(self) -> Knowledge:
        return Knowledge(tuple(self.settings.extra_knowledge))

    def prepare(self, article: Article) -> Article:
        """Stages 2–3: clean, then mark empty or foreign-language articles as skipped."""
        clean_article(article)
        article.tone = tone(article.clean_text) if article.clean_text else None
        if len(article.clean_text) < self.settings.min_chars:
            article.skip(f"no article text after cleaning ({len(article.clean_text)} characters)")
            return article
        ok, lang = is_coded_language(article.clean_text, self.settings.languages)
        article.language = lang
        if not ok:
            article.skip(f"language '{lang}' is not coded (coded: {', '.join(self.settings.languages)})")
            return article
        domain = off_topic(article.clean_text)
        if domain:
            article.skip(f"{domain} article, not political news")
        return article

    def run(self, items: Iterable[Article | RecordError]) -> Iterator[Coded | RecordError]:
        """Every item through the stages; errors pass through untouched."""
        for batch in batched(items, self.settings.batch_size):
            yield from self.run_batch(batch)

    def run_batch(self, batch: list[Article | RecordError]) -> list[Coded | RecordError]:
        """One batch through the stages (parsing is batched across its articles)."""
        out: list[Coded | RecordError] = []
        to_parse: list[Coded] = []
        for item in batch:
            if isinstance(item, RecordError):
                out.append(item)
                continue
            coded = Coded(self.prepare(item))
            if item.clean_text:
                self.dedup.assign(item)
            out.append(coded)
            if item.status == "ok":
                to_parse.append(coded)
        if to_parse:
            parsed = parse_texts([c.article.clean_text for c in to_parse], self.settings.max_chars,
                                 n_process=self.settings.n_process)
            for coded, chunks in zip(to_parse, parsed):
                self.code_article(coded, chunks)
        return out

    def code_article(self, coded: Coded, chunks) -> Coded:
        """Stages 5–9 for one parsed article."""
        k = self.knowledge
        article = coded.article
        gaz = k.gazetteer
        ctx = DocContext(date=article.date)
        n_sentences = sum(1 for chunk in chunks for _ in chunk.doc.sents)
        floor = self.settings.min_confidence_articles if n_sentences > 2 else self.settings.min_confidence
        ctx.code_statements = self.settings.speech_events == "always" or (
            self.settings.speech_events == "auto" and n_sentences <= 2)
        all_mentions = []
        chunk_places = []
        for chunk in chunks:
            mentions = k.resolver.scan(chunk.doc)
            all_mentions.extend(mentions)
            k.resolver.index_mentions(ctx, mentions)
        votes = Counter(e.country for m in all_mentions for e in m.entries[:1]
                        if e.country and len(e.country) == 3 and not e.country.startswith(("IGO", "NGO")))
        for chunk in chunks:
            places = find_places(chunk.doc, gaz, votes, article.dateline)
            chunk_places.append(places)
            for m in places.mentions:
                if m.place.country:
                    for i in range(m.start, m.end):
                        ctx.place_country[i] = m.place.country
        dl_place = dateline_place(article.dateline, gaz)
        ctx.main_country = k.resolver.main_country(
            all_mentions, dl_place.country if dl_place else None,
            [c for p in chunk_places for c in p.countries()])
        lead_end = article.clean_text.find("\n\n")
        lead_end = len(article.clean_text) if lead_end < 0 else lead_end
        found = []  # (hit, sentence, places, offset, in_lead), in text order
        index = 0
        for chunk, places in zip(chunks, chunk_places):
            ctx.offset = chunk.offset
            for sent in chunk.doc.sents:
                ctx.local_country = k.resolver.local_country(sent, ctx, ctx.local_country)
                start = chunk.offset + sent.start_char
                sentence = Sentence(article.doc_id, index, sent.text, start, chunk.offset + sent.end_char)
                coded.sentences.append(sentence)
                hits = k.coder.code_sentence(sent, ctx)
                if hits and sentence_off_topic(sent.text):
                    hits = [h for h in hits if int(h.code[:2]) < 14]  # "attacking down the flanks"
                for hit in hits:
                    found.append((hit, sentence, places, chunk.offset, start < lead_end))
                index += 1
        news_date = self.news_date(found, article.date)
        main_place = self.main_place(found, dl_place, chunk_places, chunks)
        seen: set[str] = set()
        found = [f for f in found if f[0].confidence >= floor]
        for hit, sentence, places, offset, in_lead in found:
            # the news date dates the narrative; a present-tense statement ("has accused", "says") or an earlier
            # step ("after Ottawa expelled…") without a date of its own is as of publication
            trig = hit.trigger
            narrative = not (trig.tag_ in ("VBZ", "VBP") or any(
                c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in trig.children) or any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in trig.children))
            event = self.finish_event(hit, article, sentence, places, dl_place, offset, in_lead, main_place,
                                      news_date if narrative else None)
            if event is None:
                continue
            for e in (event, *host_and_visitor(event, k.taxonomy)):
                if e.event_id not in seen:  # both halves of a reciprocal meeting yield the same visit pair
                    seen.add(e.event_id)
                    coded.events.append(e)
        return coded

    @staticmethod
    def news_date(found, pub: str | None):
        """The date the article's news happened: the first event of the lead paragraph dated in the text
        within a week before publication (the lead's "on Monday"), else None (the publication date is used)."""
        if not pub:
            return None
        pub_date = date.fromisoformat(pub)
        for hit, _sentence, _places, _offset, in_lead in found:
            if not in_lead:
                break
            resolved = event_date(hit, pub, None)
            if resolved and resolved.source == "text" and timedelta(0) <= pub_date - resolved.value <= timedelta(days=7):
                return resolved.value
        return None

    def main_place(self, found, dl_place, chunk_places, chunks):
        """Where the article's news happened: the place of its first meeting or visit, else the dateline,
        else the city it names most."""
        meeting = None
        for hit, _sentence, places, offset, _lead in found:
            if hit.code.startswith("04"):
                meeting = meeting or hit
                m = clause_place(hit.trigger, places)
                if m is None:  # "meets with visiting … Blinken in Beijing": the only city of the sentence
                    cities = {id(x): x for x in (places.by_token.get(t.i) for t in hit.sentence)
                              if x is not None and x.place.kind in ("city", "site")}
                    m = next(iter(cities.values())) if len(cities) == 1 else None
                if m is not None and m.place.kind in ("city", "site"):
                    return to_place(m, MEETING_PLACE, offset)
        if dl_place is not None and meeting is not None and dl_place.country in {
                a.country for a in (meeting.source, meeting.target) if a is not None}:
            # "BEIJING — Xi met Blinken at the Great Hall of the People": met where the story was filed
            return dataclasses.replace(dl_place, how=MEETING_PLACE)
        if dl_place is not None:
            return dl_place
        for chunk, places in zip(chunks, chunk_places):
            m = places.main_place()
            if m is not None:
                return to_place(m, "the article's main city", chunk.offset)
        return None

    def finish_event(self, hit: EventHit, article: Article, sentence: Sentence, places, dl_place,
                     offset: int, in_lead: bool, main_place=None, news_date=None) -> Event | None:
        """Stages 7–9 for one coded event; None for background events (dated over a month before publication)."""
        k = self.knowledge
        resolved = event_date(hit, article.date, news_date)
        if is_background(resolved, article.date) or since_background(hit.trigger, hit.sentence, article.date) or \
                year_background(hit.trigger, hit.sentence, article.date):
            return None
        if hit.modality is None and hit.code[:2] in ANNOUNCED_ROOTS and (
                mentions_future(hit.sentence, article.date) or announced_as_coming(hit.trigger, k.patterns)):
            # sanctions, tariffs or restrictions announced to start later are threats (CODING rule 8)
            threat = k.taxonomy.threat_of(hit.code)
            if threat:
                hit.notes.append(f"starts later: {hit.code}→{threat}")
                hit.code, hit.modality = threat, "threat"
        if resolved is not None and article.date and resolved.value.isoformat() > article.date:
            # a promise or threat is dated when it is made, not when it is due
            resolved = resolve_event_date(hit.trigger, hit.sentence, article.date, news_date=news_date, text_dates=False)
        doc = hit.trigger.doc
        actor_tokens = frozenset(t.i for a in (hit.source, hit.target) if a is not None and a.start is not None
                                 for t in doc.char_span(a.start - offset, a.end - offset, alignment_mode="expand") or ())
        location = resolve_event_place(hit.trigger, hit.sentence, places, dl_place,
                                       hit.source.country if hit.source else None,
                                       hit.target.country if hit.target else None, k.gazetteer, offset, main_place,
                                       actor_tokens, verbal=hit.code[:2] in VERBAL_ROOTS)
        entry = k.taxonomy.get(hit.code)
        trig = hit.trigger
        action = {"text": trig.text, "start": offset + trig.idx, "end": offset + trig.idx + len(trig.text)}
        src, tgt = (hit.source.code if hit.source else ""), (hit.target.code if hit.target else "")
        return Event(
            event_id=event_id(article.doc_id, sentence.index, action["start"], hit.code, src, tgt),
            doc_id=article.doc_id, sentence_index=sentence.index, sentence=sentence.text, cameo=hit.code,
            source=hit.source, target=hit.target, action=action, rule=hit.rule, confidence=hit.confidence,
            date=resolved.value.isoformat() if resolved else None,
            date_source=resolved.source if resolved else None,
            date_precision=resolved.precision if resolved else None,
            quad_class=quad_class(hit.code), goldstein=entry.goldstein, plover=entry.plover or None,
            location=location, quantities=event_quantities(trig, hit.code, offset),
            tone=tone(sentence.text), modality=hit.modality, reported_by=hit.reported_by,
            source_url=article.url, story_id=article.story_id, is_root_event=in_lead,
            aggregate_id=aggregate_id(resolved.value.isoformat() if resolved else None, src, tgt, hit.code, location),
            coder_version=CODER_VERSION, knowledge_version=k.version)


