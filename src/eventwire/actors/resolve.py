"""Actor resolution over parsed text: find every dictionary mention in a sentence, then turn the noun
phrase of a verb's argument into a coded Actor (country + role), using the phrase's own modifiers first,
then a place it is tied to, then the article's main country; pronouns and titles resolve to the most
recent fitting actor (rule-based coreference)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..records import Actor
from .book import ActorBook, Entry, normalise_phrase, split_code

NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "det", "nummod", "quantmod", "flat", "case", "nn", "predet"}
NAME_KINDS = ("person", "org", "metonym", "capital", "country")
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "it", "its", "itself", "themselves"}
QUANTIFIER_HEADS = {"hundreds", "thousands", "dozens", "scores", "tens", "millions", "number", "group", "some",
                    "many", "most", "all", "several", "majority", "handful", "crowd"}
MEMBER_HEADS = {"member", "leader", "official", "representative", "delegation", "delegate", "head", "chief", "envoy",
                "spokesman", "spokeswoman", "spokesperson", "fighter", "militant", "commander", "mission", "team"}
BODY_HEADS = {"board", "leadership", "council", "executive", "secretariat", "headquarters", "office", "spokesman",
              "spokeswoman", "spokesperson", "envoy", "delegation", "representative", "member", "staff", "team"}
BACKING_WORDS = {"back", "backed", "sponsor", "sponsored", "fund", "funded", "arm", "armed", "support", "supported",
                 "ally", "allied", "align", "aligned", "inspire", "inspired", "link", "linked"}
CIRCUMSTANCE_VERBS = {"speak", "attend", "address", "talk"}
BASED_WORDS = {"base", "based", "headquarter", "headquartered", "register", "registered"}
COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}  # "the three countries": the last three parties
PAIR_HEADS = {"country", "nation", "state", "side", "party", "president", "leader", "government", "minister",
              "neighbour", "neighbor", "ally", "rival", "capital", "foreign minister", "prime minister"}
DOCUMENT_HEADS = {"report", "study", "document", "dossier", "communique", "communiqué", "white paper", "paper",
                  "survey", "audit", "inquiry", "investigation", "review", "memo", "memorandum", "letter"}
SKIP_HEADS = {"who", "which", "that", "what", "i", "we", "you", "me", "us", "one", "some", "all", "both", "each"}


@dataclass
class Mention:
    """A dictionary phrase found in the text: tokens [start, end) of the doc and its possible meanings."""

    start: int
    end: int
    entries: list[Entry]
    text: str

    def first(self, *kinds: str) -> Entry | None:
        for kind in kinds:
            for e in self.entries:
                if e.kind == kind:
                    return e
        return None


@dataclass
class DocContext:
    """What resolution knows about one article: date, main country, mentions, coreference memory."""

    date: str | None
    main_country: str | None = None
    mentions: dict[int, Mention] = field(default_factory=dict)  # by every token index they cover
    last_person: Actor | None = None
    last_group: Actor | None = None
    place_country: dict[int, str] = field(default_factory=dict)  # token index → ISO-3 of a place there
    offset: int = 0  # where the chunk being coded starts in the clean text (for actor offsets)
    local_country: str | None = None  # the one country the current sentence (or the one before) is about
    clause_country: str | None = None  # the country of a place in the clause being coded
    code_statements: bool = True  # whether speech with no other act is coded as a 010 statement
    recent: list[Actor] = field(default_factory=list)  # actors of recent events, newest first, one per country
    agents: list[Actor] = field(default_factory=list)  # sources of recent events, newest first ("the decision" is theirs)
    sides: list[Actor] = field(default_factory=list)  # the two parties of the last reciprocal event ("the two sides")


NAME_ENTITIES = {"NORP", "GPE", "PERSON", "ORG", "LOC", "FAC"}


def looks_like_a_name(tok) -> bool:
    """Whether a token may start a name: capitalised or a digit as usual, but also a name the writer left in
    lower or odd case ("President obama", "tunisian rioters", "iSrael") when the tagger still took it for one."""
    text = tok.text
    return text[:1].isupper() or text[:1].isdigit() or (text[:1].isalpha() and not text.islower()) \
        or tok.ent_type_ in NAME_ENTITIES


class ActorResolver:
    """Finds mentions and resolves noun phrases to Actors."""

    def __init__(self, book: ActorBook):
        self.book = book

    # -- mentions ---------------------------------------------------------------------------------
    def scan(self, tokens) -> list[Mention]:
        """Dictionary mentions in a token sequence (a Doc or Span), longest match first, left to right."""
        found: list[Mention] = []
        n = len(tokens)
        i = 0
        offset = tokens[0].i if n else 0
        max_len = min(self.book.max_tokens, 8)
        book = self.book
        while i < n:
            hit = None
            first = tokens[i]
            by_text = looks_like_a_name(first) and book.starts_a_phrase("text", normalise_phrase(first.text))
            by_lemma = book.starts_a_phrase("lemma", first.lemma_.lower()) or \
                book.starts_a_phrase("lemma", first.text.lower())
            if first.is_punct or not (by_text or by_lemma):
                i += 1
                continue
            # grow the span while some phrase still starts with it; keep the longest phrase found
            for length in range(1, min(max_len, n - i) + 1):
                span = tokens[i:i + length]
                if span[-1].is_punct and length == 1:
                    break
                if by_text:
                    text_key = normalise_phrase(span.text)
                    entries = book.by_text.get(text_key)
                    if entries:
                        hit = Mention(offset + i, offset + i + length, list(entries), span.text)
                    by_text = book.starts_a_phrase("text", text_key)
                if by_lemma:
                    key = " ".join(t.lemma_.lower() for t in span).replace(" - ", " ")  # "Secretary-General"
                    if span[-1].pos_ in ("NOUN", "PROPN"):
                        entries = book.by_lemma.get(key) or (book.by_lemma.get(span.text.lower()) if length == 1 else None)
                        if entries and (hit is None or hit.end - hit.start < length):
                            hit = Mention(offset + i, offset + i + length, list(entries), span.text)
                    by_lemma = book.starts_a_phrase("lemma", key) or (
                        length == 1 and book.starts_a_phrase("lemma", span.text.lower()))
                if not (by_text or by_lemma):
                    break
            if hit:
                found.append(hit)
                i += hit.end - hit.start
            else:
                i += 1
        return found

    def index_mentions(self, ctx: DocContext, mentions: Iterable[Mention]) -> None:
        for m in mentions:
            for i in range(m.start, m.end):
                ctx.mentions[i] = m

    def local_country(self, sent, ctx: DocContext, previous: str | None) -> str | None:
        """The single country the sentence's places point to (else the country of its country-bearing
        names, if only one), falling back to the previous sentence's."""
        # "Russian-backed separatists" are not Russia's, nor is a "UK-based group" about Britain
        aside = {t.i for t in sent if t.dep_ in ("npadvmod", "compound") and t.head.lemma_.lower() in BASED_WORDS}
        # "Macron, speaking in Brussels where he was attending a summit, said…": where a speaker happens to be
        aside |= {t.i for v in sent if v.lemma_.lower() in CIRCUMSTANCE_VERBS and v.tag_ == "VBG"
                  and v.dep_ in ("advcl", "acl") for t in v.subtree}
        places = {ctx.place_country[t.i] for t in sent if t.i in ctx.place_country and t.i not in aside}
        if len(places) == 1:
            return places.pop()
        if places:
            return None
        named = set()
        for t in sent:
            m = ctx.mentions.get(t.i)
            if t.i in aside or (t.dep_ == "npadvmod" and t.head.lemma_.lower() in BACKING_WORDS):
                continue
            if m is not None and m.start == t.i:
                e = m.first("person", "capital", "metonym", "country", "adjective")
                if e and e.country and len(e.country) == 3 and not e.country.startswith(("IGO", "NGO")):
                    named.add(e.country)
        if len(named) == 1:
            return named.pop()
        return None if named else previous

    def main_country(self, mentions: Iterable[Mention], dateline_country: str | None,
                     place_countries: Iterable[str] = ()) -> str | None:
        """The article's main country: dateline, places and names weighted, most frequent wins."""
        votes: Counter[str] = Counter()
        for m in mentions:
            e = m.first("person", "capital", "metonym", "country", "adjective")
            if e and e.country and len(e.country) == 3 and not e.country.startswith(("IGO", "NGO")):
                votes[e.country] += 1.0
        for c in place_countries:
            votes[c] += 1.5
        if dateline_country:
            votes[dateline_country] += 4.0
        return votes.most_common(1)[0][0] if votes else None

    # -- noun phrases -----------------------------------------------------------------------------
    @staticmethod
    def np_tokens(head) -> list:
        """The head's own noun phrase: modifiers, possessors, appositions and `of` phrases."""
        out = [head]
        stack = [head]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ in NP_DEPS or (child.dep_ == "prep" and child.lower_ == "of") or (
                        tok.lower_ == "led" and child.dep_ in ("npadvmod", "punct") and child.i < tok.i):
                    out.append(child)
                    stack.append(child)
                elif child.dep_ == "pobj" and tok.dep_ == "prep" and tok.lower_ == "of":
                    out.append(child)
                    stack.append(child)
        return sorted(out, key=lambda t: t.i)

    def resolve(self, head, ctx: DocContext, with_conj: bool = True, loose: bool = False) -> list[Actor]:
        """Actors for an argument head and the heads conjoined with it ("Canada, the EU and the UK");
        an agent "from X and Y" is split too ("officials from Tehran and Riyadh"). `loose` also accepts a
        thing marked with a country ("Mexican imports" → MEX), for targets."""
        heads = [head]
        if with_conj:
            stack = [head]
            while stack:
                tok = stack.pop()
                for child in tok.children:
                    # "Canada, the EU and the UK"; the parser also makes lists of names into appositions
                    if (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON")) or (
                            child.dep_ == "appos" and child.pos_ == "PROPN" and tok.pos_ == "PROPN"
                            and child.ent_type_ in ("GPE", "NORP", "ORG") and tok.ent_type_ in ("GPE", "NORP", "ORG")):
                        heads.append(child)
                        stack.append(child)
        actors: list[Actor] = []
        for h in heads:
            pair = self._the_two(h, ctx)
            if pair:
                return pair
            split = self._split_from_phrase(h, ctx)
            found = split or [self.resolve_np(h, ctx, loose)]
            if found[0] is not None and found[0].how == "country of a thing":
                found = self._things_from(h, ctx, found[0])  # "imports from Canada and Mexico"
            if h is not head and actors and len(found) == 1 and found[0] is not None and \
                    (found[0].how or "").startswith("agent:") and "+modifier" not in found[0].how and \
                    "+modifier" in (actors[0].how or "") and not any(
                        c.dep_ in ("amod", "compound", "poss", "nmod") for c in h.children):
                # "Israeli helicopters and tanks": the conjunct shares the first one's country
                a, first = found[0], actors[0]
                role = a.role or ""
                found = [Actor(first.country + role if len(first.country) == 3 else first.country, first.country,
                               a.role, a.name, a.text, a.start, a.end, a.how.split("+")[0] + "+shared modifier")]
            for actor in found:
                if actor is not None and all(a.code != actor.code for a in actors):
                    actors.append(actor)
        return actors

    def _things_from(self, head, ctx: DocContext, first: Actor) -> list[Actor]:
        """Every country a thing is marked with through a list ("imports from Canada and Mexico")."""
        out = [first]
        for t in head.subtree:
            m = ctx.mentions.get(t.i)
            if t.dep_ == "conj" and t.head.dep_ == "pobj" and m is not None:
                e = m.first("country")
                if e is not None and e.country not in {a.country for a in out}:
                    out.append(Actor(e.country, e.country, None, e.name, first.text, first.start, first.end,
                                     "country of a thing"))
        return out

    @staticmethod
    def country_word(tok, ctx: DocContext) -> list[Actor]:
        """A country adjective or name standing alone as a modifier ("Israeli" in "Israeli shelling"); `resolve`
        leaves bare adjectives alone, because an event noun's adjective is not always its actor."""
        m = ctx.mentions.get(tok.i)
        e = m.first("adjective", "country") if m is not None else None
        if e is None or not e.country or len(e.country) != 3:
            return []
        return [Actor(e.country, e.country, None, e.name, tok.text, tok.idx + ctx.offset,
                      tok.idx + ctx.offset + len(tok.text), f"demonym:{e.name}")]

    def _the_two(self, head, ctx: DocContext) -> list[Actor]:
        """"the two countries", "both sides", "the three parties": the last two (three…) parties the article named."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lemma_.lower() not in PAIR_HEADS:
            return []
        count = next((COUNT_WORDS[c.lower_] for c in head.children if (c.dep_ == "nummod" and c.lower_ in COUNT_WORDS)
                      or (c.dep_ in ("det", "predet") and c.lower_ == "both")), None)
        if count is None:
            return []
        # the two sides of the last talks, deal or fight (a government and its rebels share a country), else the
        # last parties named, one per country
        parties = ctx.sides if count == 2 and len(ctx.sides) == 2 else ctx.recent[:count]
        if len(parties) < count:
            return []
        m = ctx.mentions.get(head.i)
        agent = m.first("agent") if m is not None else None
        out = []
        for a in parties:
            role = agent.role if agent is not None and agent.agent_kind == "title" else None
            code = a.country + role if role and len(a.country) == 3 and not a.country.startswith(("IGO", "NGO")) \
                else (a.country if head.lemma_.lower() in ("country", "nation", "state") else a.code)
            out.append(Actor(code, a.country, role or (None if code == a.country else a.role), a.name, head.text,
                             head.idx + ctx.offset, head.idx + ctx.offset + len(head.text), f"coref:the parties ({a.name})"))
        return out

    def _split_from_phrase(self, head, ctx: DocContext) -> list[Actor]:
        """"officials from Tehran and Riyadh" → IRNGOV, SAUGOV; "Thai and Cambodian troops" → THAMIL, KHMMIL."""
        m = ctx.mentions.get(head.i)
        agent = m.first("agent") if m is not None else None
        if agent is None:
            return []
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in child.children):
                out = []
                for adj in [child, *(c for c in child.subtree if c.dep_ == "conj")]:
                    am = ctx.mentions.get(adj.i)
                    e = am.first("adjective", "country") if am is not None else None
                    if e is not None:
                        out.append(Actor(e.country + agent.role, e.country, agent.role, agent.name, adj.text,
                                         adj.idx + ctx.offset, adj.idx + ctx.offset + len(adj.text),
                                         f"agent:{agent.name}+{e.name}"))
                if len(out) > 1:
                    return out
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                objs = [o for o in child.children if o.dep_ == "pobj"]
                if not objs or not any(c.dep_ == "conj" for c in objs[0].children):
                    continue
                out = []
                for place in self.resolve(objs[0], ctx):
                    if place.country and len(place.country) == 3 and not place.country.startswith(("IGO", "NGO")):
                        out.append(Actor(place.country + agent.role, place.country, agent.role, agent.name,
                                         place.text, place.start, place.end, f"agent:{agent.name}+from {place.text}"))
                return out
        return []

    def resolve_np(self, head, ctx: DocContext, loose: bool = False) -> Actor | None:
        """The Actor a noun phrase names, or None."""
        low = head.lower_
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(head, ctx)
        if low in SKIP_HEADS and head.text.islower():
            return None
        if low in QUANTIFIER_HEADS or head.pos_ == "NUM":  # "hundreds of protesters", "six of the soldiers"
            of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
            if of is not None:
                return self.resolve_np(of, ctx, loose)
        tokens = self.np_tokens(head)
        ids = {t.i for t in tokens}
        mentions = []
        for t in tokens:
            m = ctx.mentions.get(t.i)
            if m is not None and m not in mentions:
                mentions.append(m)
        head_m = ctx.mentions.get(head.i)
        span_text, start, end = _span(tokens, ctx.offset)
        # 1. a named person anywhere in the phrase ("its leader, Alexander Lukashenko")
        for m in mentions:
            entry = _dated(m, ctx.date)
            if entry is not None:
                if not entry.active_on(ctx.date):
                    # out of office on the day (or no day known): a title with another country in the text wins
                    # ("Russian President Boris Yeltsin" is not a later namesake)
                    titled = self._agent_in(mentions, titles_only=True)
                    country = self._country_in([x for x in mentions if x is not m], None)
                    if titled is not None and country and country != entry.country:
                        break
                return self.actor(entry.code, entry, span_text, start, end, f"person:{entry.name}")
        # 2. the head names an organisation, organ of state, capital or country
        if head_m is not None:
            for kind in ("org", "metonym", "capital", "country"):
                e = head_m.first(kind)
                if e is not None:
                    role = None
                    if kind == "org":
                        agent = self._agent_in(mentions, exclude=head_m)
                        if agent and e.role is None and e.country and e.country.startswith(("IGO", "NGO")):
                            role = agent.role
                    return self.actor(e.code + (role or ""), e, span_text, start, end, f"{kind}:{e.name}")
            adj = head_m.first("adjective")
            if adj is not None and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NNS", "NNPS"):
                return self.actor(adj.country, adj, span_text, start, end, f"demonym:{adj.name}")
        if head.pos_ == "NOUN" and head.lemma_.lower() in DOCUMENT_HEADS and head_m is None:
            author = self._author(head, mentions, ctx)
            if author is not None:
                return author.named_as(span_text, start, end, f"author of the {head.lemma_.lower()}: {author.how}")
        # a force or coalition led by one state is that state's military ("the Saudi-led coalition")
        led = self._led_by(head, ctx)
        if led is not None:
            agent = head_m.first("agent") if head_m is not None else None
            role = agent.role if agent is not None and agent.role not in ("CVL", None) else "MIL"
            return Actor(led + role, led, role, agent.name if agent else head.lemma_, span_text, start, end,
                         f"led by {self.book.country_name(led)}")
        # 3. an agent or title ("Belarusian police", "the Russian president", "Kenya's interior minister")
        agent = None
        if head_m is not None and head_m.first("agent") is not None:
            agent = head_m.first("agent")
        elif head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
            agent = self._agent_in(mentions, titles_only=True) or next(
                (e for m in mentions if m is not head_m and m.text[:1].isupper()
                 for e in [m.first("agent")] if e is not None), None)  # "Taiwan Representative Bi-khim Hsiao"
        if agent is None and head.pos_ == "PROPN" and (head.ent_type_ == "PERSON" or not head_m):
            org = next((m.first("org") for m in mentions if m is not head_m and m.first("org") is not None), None)
            if org is not None and org.country and org.country.startswith(("IGO", "NGO")):
                return self.actor(org.code, org, span_text, start, end, f"org:{org.name}")  # "U.N. mediator Cordovez"
        if agent is None and head.pos_ == "NOUN":
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            if poss is not None and head.lemma_.lower() in BODY_HEADS:  # "the IMF says its executive board…"
                found = self._pronoun(poss, ctx)
                if found is not None:
                    return found
            if head.lemma_.lower() in MEMBER_HEADS:
                member_of = self._member_of(head, ctx)
                if member_of is not None:  # "members of the Arab League"
                    return Actor(member_of.code, member_of.country, member_of.role, member_of.name, span_text, start,
                                 end, f"{head.lemma_} of {member_of.name}")
            org = next((m.first("org") for m in mentions if m is not head_m and m.first("org") is not None
                        and tokens[0].doc[m.end - 1].head.i == head.i), None)
            if org is not None:  # "the UN mission", "an EU delegation"
                return self.actor(org.code, org, span_text, start, end, f"org:{org.name}")
        if agent is None and head.tag_ in ("NNS", "NNPS") and head.pos_ in ("NOUN", "PROPN"):
            # "Iraqi Kurds", "Algerian landowners", "Palestinian youths": people marked with a country
            adj = next((m.first("adjective") for m in mentions if m is not head_m and m.first("adjective") is not None
                        and tokens[0].doc[m.end - 1].head.i == head.i
                        and tokens[0].doc[m.end - 1].dep_ in ("amod", "compound", "nmod")), None)
            if adj is not None and adj.country and len(adj.country) == 3:
                return self.actor(adj.country, adj, span_text, start, end, f"demonym:{adj.name}")
        if agent is None and head.pos_ == "PROPN":
            for appos in head.children:  # "Laurent Berger, head of the CFDT union": a name we do not know
                if appos.dep_ == "appos" and appos.pos_ == "NOUN":
                    found = self.resolve_np(appos, ctx)
                    if found is not None:
                        return found.named_as(span_text, start, end, f"{found.how} (apposition)")
        if agent is None:
            if loose and head.pos_ == "NOUN":
                country = next((e.country for m in mentions if m is not head_m
                                for e in m.entries[:1] if e.kind in ("adjective", "country")), None)
                if country is None:  # "goods coming into our country from Mexico", "imports from China"
                    country = next((e.country for t in head.subtree if t.i != head.i and t.dep_ == "pobj"
                                    and ctx.mentions.get(t.i) is not None
                                    for e in ctx.mentions[t.i].entries[:1] if e.kind == "country"), None)
                if country and len(country) == 3:
                    return self.country_actor(country, "country of a thing", span_text, start, end)
            return None
        member_of = self._member_of(head, ctx)
        if member_of is not None:  # "leaders of Egypt's Muslim Brotherhood", "members of the UN mission"
            role = agent.role if member_of.country.startswith(("IGO", "NGO")) and len(member_of.code) == 6 else None
            return Actor(member_of.code + (role or ""), member_of.country, role or member_of.role, member_of.name,
                         span_text, start, end, f"agent:{agent.name}+of {member_of.name}")
        country, how = self._country_in(mentions, head_m), "modifier"
        if country is None:  # "nine of its soldiers": the owner's country
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            owner = self._pronoun(poss, ctx) if poss is not None else None
            if owner is not None and owner.country and len(owner.country) == 3 and \
                    not owner.country.startswith(("IGO", "NGO")):
                country, how = owner.country, f"owner {owner.text or owner.name}"
        if country is None:
            country, how = self._place_country(head, ids, ctx), "place"
        if country is None and head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                           for c in head.children):
            # "the ministers" after "EU foreign ministers": the same body named again
            word = agent.name.split()[-1]
            earlier = next((a for a in ctx.recent if a.name and a.name.split()[-1] == word and a.role == agent.role), None)
            if earlier is not None:
                return earlier.named_as(span_text, start, end, f"same body as {earlier.text or earlier.name}")
        if country is None and ctx.clause_country:
            country, how = ctx.clause_country, "place of the clause"
        if country is None and ctx.local_country and not (
                head.pos_ == "PROPN" and agent.agent_kind == "title" and ctx.main_country):
            # (a named official with a bare title, "Foreign Minister Ekaterina Zaharieva", belongs to the story's
            # country rather than to whichever country the sentence mentions)
            country, how = ctx.local_country, "sentence country"
        if country is None:
            if agent.agent_kind == "generic" and head.pos_ != "PROPN" and not ctx.main_country:
                return None
            country, how = ctx.main_country, "article country"
        if country is None:
            return None
        # a country takes the agent's role; an IGO too (IGOUNO + MIL); a group with its own role keeps it
        code = country if len(country) == 6 and not country.startswith(("IGO", "NGO")) else country + agent.role
        return self.actor(code, agent, span_text, start, end, f"agent:{agent.name}+{how}")

    # -- helpers ----------------------------------------------------------------------------------
    def _author(self, head, mentions: list[Mention], ctx: DocContext) -> Actor | None:
        """Who a document speaks for: the agent that wrote or released it ("a report by Amnesty", "a report
        released by the ministry"), else the country it is marked with or was released in ("a Rwandan report",
        "a report released in Kigali"). Never a guess from the rest of the sentence."""
        for tok in head.subtree:
            if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by" and tok.head.i == head.i):
                for pobj in tok.children:
                    if pobj.dep_ == "pobj":
                        found = self.resolve_np(pobj, ctx)
                        if found is not None:
                            return found
        country = self._country_in(mentions, None)
        if country is None:
            for tok in head.subtree:  # "released Tuesday in the Rwandan capital"
                if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "from") and tok.head.head.i != head.i:
                    place = ctx.mentions.get(tok.i)
                    e = place.first("capital", "country", "metonym") if place is not None else None
                    country = ctx.place_country.get(tok.i) or (e.country if e is not None else None)
                    if country is None and tok.lemma_.lower() == "capital":  # "the Rwandan capital"
                        country = next((a.country for t in tok.subtree if t.i != tok.i and t.dep_ == "amod"
                                        for a in self.country_word(t, ctx)), None)
                    if country:
                        break
        if not country or len(country) != 3:
            return None
        return self.country_actor(country, "country")

    def _member_of(self, head, ctx: DocContext) -> Actor | None:
        """The organisation an agent belongs to by an `of` phrase ("leaders of Hamas"); for a member word, any
        group ("leaders of the opposition coalition", "members of parliament")."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.resolve_np(pobj, ctx)
                        how = (found.how or "") if found is not None else ""
                        if how.startswith("org:") or (how.startswith("agent:") and found.role not in (None, "GOV")
                                                      and head.lemma_.lower() in MEMBER_HEADS):
                            return found
        return None

    def _led_by(self, head, ctx: DocContext) -> str | None:
        """The country in "X-led forces" / "the coalition led by X", if the phrase has one."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        for child in head.children:
            if child.lower_ != "led" or child.dep_ not in ("amod", "acl", "compound", "nmod"):
                continue
            leaders = [g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")]
            leaders += [p for a in child.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            prev = head.doc[child.i - 2] if child.i >= 2 and head.doc[child.i - 1].text == "-" else None
            if prev is not None:
                leaders.append(prev)
            for tok in leaders:
                m = ctx.mentions.get(tok.i)
                e = m.first("adjective", "country", "capital") if m is not None else None
                if e is not None and e.country and len(e.country) == 3:
                    return e.country
        return None

    def country_actor(self, iso3: str, how: str, text: str | None = None, start: int | None = None,
                      end: int | None = None) -> Actor:
        """A country as a party when the text points to it through a place or a thing rather than naming it."""
        return Actor(iso3, iso3, None, self.book.country_name(iso3), text, start, end, how)

    @staticmethod
    def actor(code: str, entry: Entry, text: str | None, start: int | None, end: int | None, how: str) -> Actor:
        """An Actor for a code found through a knowledge entry (country and role split as the book splits them)."""
        country, role = split_code(code)
        return Actor(code=code, country=country, role=role, name=entry.name, text=text, start=start, end=end, how=how)

    def _agent_in(self, mentions: list[Mention], exclude: Mention | None = None, titles_only: bool = False):
        for m in mentions:
            if m is exclude:
                continue
            e = m.first("agent")
            if e is not None and (not titles_only or e.agent_kind == "title"):
                return e
        return None

    def _country_in(self, mentions: list[Mention], head_m: Mention | None) -> str | None:
        for m in mentions:
            if m is head_m:
                continue
            e = m.first("adjective", "country", "capital", "metonym", "org")
            if e is not None and e.country:
                if e.kind == "org":
                    return e.code if e.code.startswith(("IGO", "NGO")) else e.code
                return e.country
        return None

    def _place_country(self, head, ids: set[int], ctx: DocContext) -> str | None:
        """Country of a place tied to the phrase: "police in Minsk"."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "from", "at"):
                for obj in child.children:
                    if obj.i in ctx.place_country:
                        return ctx.place_country[obj.i]
        for i in ids:
            if i in ctx.place_country:
                return ctx.place_country[i]
        return None

    def _pronoun(self, head, ctx: DocContext) -> Actor | None:
        low = head.lower_
        sent = head.sent
        if low in PERSON_PRONOUNS:
            # an object pronoun ("pardoned him") is never its own clause's subject (that would be "himself")
            verb = head.head.head if head.dep_ == "pobj" else head.head
            own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree} \
                if head.dep_ in ("dobj", "pobj", "dative") and low not in ("himself", "herself") else set()
            for tok in reversed(sent[: head.i - sent.start]):
                m = ctx.mentions.get(tok.i)
                if m is not None and m.start not in own:
                    e = _dated(m, ctx.date)
                    if e is not None:
                        return self.actor(e.code, e, head.text, head.idx + ctx.offset, head.idx + ctx.offset + len(head.text),
                                           f"coref:{e.name}")
            if ctx.last_person is not None:
                a = ctx.last_person
                return a.named_as(head.text, head.idx + ctx.offset, head.idx + ctx.offset + len(head.text), f"coref:{a.name}")
            return None
        if low == "them" and head.dep_ in ("dobj", "dative", "pobj"):
            # "met members of the Taliban delegation and urged them to…": the nearest group named as an object
            for tok in reversed(sent[: head.i - sent.start]):
                if tok.dep_ in ("dobj", "pobj") and tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS"):
                    found = self.resolve_np(tok, ctx)
                    if found is not None:
                        return found.named_as(head.text, head.idx + ctx.offset, head.idx + ctx.offset + len(head.text),
                                              f"coref:{found.text or found.name}")
        if low in ("its", "their", "it", "they", "them"):
            # the nearest subject before it in the sentence that names a body ("The IMF says its board…")
            for tok in reversed(sent[: head.i - sent.start]):
                m = ctx.mentions.get(tok.i)
                if m is None or tok.doc[m.end - 1].dep_ not in ("nsubj", "nsubjpass"):
                    continue
                e = m.first("org", "country", "capital", "metonym")
                if e is not None:
                    return self.actor(e.code, e, head.text, head.idx + ctx.offset,
                                       head.idx + ctx.offset + len(head.text), f"coref:{e.name}")
        if low in GROUP_PRONOUNS and ctx.last_group is not None:
            a = ctx.last_group
            return a.named_as(head.text, head.idx + ctx.offset, head.idx + ctx.offset + len(head.text), f"coref:{a.name}")
        return None

    @staticmethod
    def remember_party(actor: Actor, ctx: DocContext) -> None:
        """Keep the actor as the newest party of the article (one per country), for "the two countries"."""
        if not actor.country or (actor.how or "").startswith("coref:the parties"):
            return
        ctx.recent = [actor, *(a for a in ctx.recent if a.country != actor.country)][:6]

    def remember(self, actor: Actor, ctx: DocContext) -> None:
        """Update coreference memory with an actor just coded."""
        if actor.how and actor.how.startswith("coref:"):
            return
        if actor.how and (actor.how.startswith("person:") or "title" in (actor.how or "")):
            ctx.last_person = actor
        else:
            ctx.last_group = actor


def _dated(m: Mention, day: str | None) -> Entry | None:
    """The person entry of a mention that fits the date best (active on it, else the nearest term)."""
    people = [e for e in m.entries if e.kind == "person"]
    if not people:
        return None
    active = [e for e in people if e.active_on(day)]
    if active:
        return active[0]
    if day is None:
        return max(people, key=lambda e: e.start or "")
    before = [e for e in people if (e.start or "") <= day]
    return max(before, key=lambda e: e.end or "9999") if before else min(people, key=lambda e: e.start or "")


def _span(tokens, offset: int) -> tuple[str, int, int]:
    start = tokens[0].idx
    last = tokens[-1]
    end = last.idx + len(last.text)
    return tokens[0].doc[tokens[0].i: last.i + 1].text, start + offset, end + offset  # (Doc.text rebuilds the whole text)
