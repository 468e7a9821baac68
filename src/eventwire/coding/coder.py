"""The event coder: source–verb–target extraction over a dependency parse.

For every verb (and every event noun not governed by a coded verb) in a sentence:
  1. match verbs.tsv patterns against the verb and the words standing beside it (longest pattern wins;
     a light verb yields to the event noun that is its object);
  2. drop negated events ("did not attack", "denied rigging");
  3. read the modality: a future, planned or promised act takes its intent code (03x), a threatened
     conflict its threat code (13x);
  4. find the source (subject, passive agent, or the subject of the governing clause) and the target
     (object, pattern preposition, or the usual target prepositions), each split over conjunctions;
  5. a conflict act that one party claims the other committed ("Israel said Hamas fired rockets") becomes
     that party's accusation (1123);
  6. emit one event per source × target (both ways for reciprocal patterns), with a confidence and the
     rule that fired.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..actors import ActorResolver, DocContext
from ..actors.resolve import DOCUMENT_HEADS, QUANTIFIER_HEADS
from ..records import Actor
from .patterns import Pattern, PatternBook
from .taxonomy import Taxonomy

CODER_VERSION = "0.2.0"

SUBJ_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
OBJ_DEPS = {"dobj", "obj"}
SLOT_DEPS = {"prt", "prep", "dobj", "obj", "dative", "acomp", "xcomp", "attr", "oprd", "advmod", "agent", "ccomp",
             "nsubjpass"}  # "evidence was presented" matches "present evidence"
TARGET_PREPS = ("with", "to", "against", "on", "at", "from", "for", "toward", "towards", "into", "over", "upon")
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "must", "ca", "can"}
NEGATIONS = {"not", "n't", "never", "no"}
CLAIM_ROOTS = {"18", "19", "20"}
ADJECTIVAL_PARTICIPLES = {"visit"}  # "the visiting minister" describes the visitor
CAUSE_VERBS = {"force", "compel", "prompt", "push", "provoke", "drive"}  # the one made to act is the actor
CONTROL_VERBS = {"authorise", "authorize", "order", "instruct", "direct", "command", "permit", "allow"}
RETALIATION_WORDS = {"retaliate", "respond", "reciprocate"}
REACTION_ROOTS = {"05", "11", "12"}  # praise, criticism and rejection of a step someone took
ACT_NOUNS = {"decision", "move", "step", "measure", "expulsion", "sanction", "ban", "action", "policy", "announcement",
             "plan", "proposal", "order", "law", "ruling", "verdict", "sentence", "deployment", "strike", "attack",
             "launch", "test", "invasion", "incursion", "bombing", "shelling", "raid", "crackdown", "arrest",
             "detention", "execution", "annexation", "blockade"}
STATUS_ROOTS = {"11", "12", "17"}  # a bare participle of these describes a person ("the jailed mayor"), not an act
CLAIM_VERBS = {"claim", "allege", "deem"}
# "accused X of attacking", "apologised for intercepting": what is charged, apologised or thanked for is the
# reason for the act, not a new one
CHARGE_VERBS = {"accuse", "charge", "blame", "suspect", "indict", "convict", "apologize", "apologise", "thank"}
MISHAPS = {"crash", "accident", "collision", "earthquake", "quake", "flood", "flooding", "storm", "hurricane",
           "typhoon", "cyclone", "landslide", "avalanche", "stampede", "disease", "illness", "outbreak",
           "heatwave", "drought", "tsunami", "lightning", "derailment", "capsizing", "shipwreck"}
TOPIC_PREPS = ("on", "over", "about", "for")  # what a meeting is about, not who attends
WISH_VERBS = {"want", "wish"}  # "X wants Y to act": X's appeal to Y (02), not Y's act
GENERIC_FORCE = {"180", "190"}  # unspecific force; the means named in the clause can be more specific
JOINT_ROOTS = {"06"}  # joint exercises or operations with one party named were held with the story's other state
# verbs of phase: "completed their withdrawal", "stepped up the strikes" do the act they name
ASPECT_VERBS = {"complete", "speed", "begin", "start", "continue", "finish", "resume", "accelerate", "intensify",
                "escalate", "step", "expand", "extend", "widen", "renew", "press"}
MILITARY_ROOTS = {"06", "15", "18", "19", "20"}  # joint exercises, shows of force, assaults, fighting
FORCE_ROOTS = {"15", "17", "18", "19", "20"}  # material conflict aimed at a place hits the place's country
EMBEDDING_ROOTS = {"02", "10", "11", "12"}  # appeals, demands, criticism, rejections embed what they are about
QUOTES = {'"', "“", "”", "'", "‘", "«"}
AGENTIVE_NOUNS = {"member", "leader", "official", "group", "party", "people", "supporter", "minister", "chief",
                  "committee", "council", "forum", "conference", "union", "association", "movement", "faction",
                  "intellectual", "activist", "representative", "delegate", "negotiator", "envoy", "spokesman",
                  "spokeswoman", "spokesperson", "administration", "government", "authority", "organization",
                  "organisation", "agency", "militant", "rebel", "fighter", "wing", "network", "coalition"}
FAMILY_MIN = 8  # a verb needs this many phrases, all in one root, before the bare verb codes that root
NOUN_ONLY_SKIP_ROOTS = {"01", "02", "09", "10", "11", "12"}  # talk about talk: too vague without a verb


STATE_ROLES = {None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def same_side(a: Actor, b: Actor) -> bool:
    """Whether two actors are one party: the same code, or organs of the same state ("Turkey" and its army),
    but not a state and a group inside it (Turkey and the PKK)."""
    return a.code == b.code or (a.country == b.country and a.role in STATE_ROLES and b.role in STATE_ROLES)


def _phrase(tok):
    """A token's subtree without the clauses embedded in it (relative, adverbial, complement)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "advcl", "ccomp"))
    return sorted(out, key=lambda t: t.i)


@dataclass
class EventHit:
    """A coded event before dates and places: the actors, the pattern and where it sits in the parse."""

    code: str
    source: Actor | None
    target: Actor | None
    pattern: Pattern
    trigger: object  # the spaCy token that carries the event (verb or event noun)
    sentence: object  # the spaCy sentence span
    confidence: float
    modality: str | None = None
    reported_by: Actor | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        """(source code, CAMEO code, target code): what makes two hits the same event."""
        return (self.source.code if self.source else None, self.code, self.target.code if self.target else None)

    @property
    def rule(self) -> str:
        extra = f" [{', '.join(self.notes)}]" if self.notes else ""
        return self.pattern.rule + extra


class EventCoder:
    """Codes the events of parsed sentences."""

    def __init__(self, patterns: PatternBook, taxonomy: Taxonomy, resolver: ActorResolver):
        self.patterns = patterns
        self.taxonomy = taxonomy
        self.resolver = resolver

    # -- entry point ------------------------------------------------------------------------------
    def code_sentence(self, sent, ctx: DocContext) -> list[EventHit]:
        """Every event in one sentence (a spaCy Span)."""
        hits: list[EventHit] = []
        used_nouns: set[int] = set()
        outer = ctx.agents
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_.startswith("VB")):
                new = self._code_verb(tok, sent, ctx, used_nouns)
                if new:
                    hits.extend(new)
                    # "India fired missiles at Pakistan…, and Pakistan vowed to retaliate": who acted earlier in the
                    # sentence acted last
                    acted = [h.source for h in reversed(hits) if h.source is not None]
                    ctx.agents = [*acted, *(a for a in outer if a.code not in {b.code for b in acted})]
        ctx.agents = outer
        coded = {h.trigger.i for h in hits}
        # "threatened to cut off electricity": a verb coded only by its family yields to the complement it governs
        hits = [h for h in hits if not (h.pattern.origin.endswith("+family") and any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i in coded for c in h.trigger.children))]
        forceful = {h.trigger.i for h in hits if h.code[:2] in FORCE_ROOTS}
        for tok in sent:
            if tok.pos_ == "NOUN" and tok.i not in used_nouns and tok.lemma_.lower() in self.patterns.nouns:
                if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by") and tok.head.head.i in forceful:
                    continue  # "killed in an air strike by government forces": the strike is how, not a second act
                hits.extend(self._code_noun(tok, sent, ctx))
        hits.extend(self._wishes(sent, ctx))
        if not hits:
            hits.extend(self._linear(sent, ctx))
        # "X said Y must …" is X's demand on Y, unless the sentence coded Y's act itself
        coded = {h.trigger.i for h in hits}
        hits.extend(h for h in self._demands(sent, ctx) if h.trigger.i not in coded)
        if not hits and ctx.code_statements:
            hits.extend(self._statement(sent, ctx))
        best: dict[tuple, EventHit] = {}
        for h in hits:  # one event per (source, code, target) in a sentence, the surest reading kept
            if h.key not in best or h.confidence > best[h.key].confidence:
                best[h.key] = h
        hits = [h for h in hits if best[h.key] is h]
        self._remember(sent, ctx, hits)
        return hits

    def _linear(self, sent, ctx: DocContext) -> list[EventHit]:
        """A fallback for a sentence the parser left without a main verb ("Trump accused Canada, Mexico and
        China of…" parsed as a noun phrase with "accused" as an adjective): NAME VERB NAME read in order."""
        if sent.root.pos_ in ("VERB", "AUX"):
            return []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.dep_ not in ("amod", "compound", "nmod", "acl") \
                    or verb.i == sent.start or verb.head.i <= verb.i:
                continue
            bare = [p for p in self.patterns.verbs.get(verb.lemma_.lower(), []) if not p.words and p.code != "-"]
            if not bare:
                continue
            left = verb.doc[verb.i - 1]
            sources = self.resolver.resolve(left, ctx, with_conj=False) if left.pos_ in ("PROPN", "NOUN") else []
            heads = [verb.head, *(t for t in verb.head.subtree if t.dep_ == "conj" and t.i > verb.i)]
            targets = []
            for h in heads:  # the names themselves: the misparse hangs the subject off the object's phrase
                m = ctx.mentions.get(h.i)
                e = m.first("person", "org", "metonym", "capital", "country") if m is not None else None
                if e is not None and e.code not in {a.code for a in sources + targets}:
                    targets.append(self.resolver.actor(e.code, e, h.text, h.idx + ctx.offset,
                                                        h.idx + ctx.offset + len(h.text), f"{e.kind}:{e.name}"))
            if sources and targets:
                return self._emit(bare[0].code, sources, targets, bare[0], verb, sent, 0.6, None, None,
                                  ["linear reading: the parse had no main verb"], ctx=ctx)
        return []

    def _wishes(self, sent, ctx: DocContext) -> list[EventHit]:
        """"X wants Y to act" is X's appeal to Y (020)."""
        out: list[EventHit] = []
        for verb in sent:
            if verb.lemma_.lower() not in WISH_VERBS or verb.pos_ != "VERB" or self._negated(verb) or \
                    any(c.dep_ == "aux" and c.lower_ in ("might", "may", "could") for c in verb.children):
                continue  # "might want Obama to head back": a guess at a wish is no appeal
            whom = None
            for comp in verb.children:
                if comp.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                    whom = next((c for c in comp.children if c.dep_ in SUBJ_DEPS), None)
                elif comp.dep_ in OBJ_DEPS and any(c.dep_ == "xcomp" for c in verb.children):
                    whom = comp
            if whom is None:
                continue
            subj, passive = self._subject(verb)
            speakers = self.resolver.resolve(subj, ctx) if subj is not None and not passive else []
            targets = self.resolver.resolve(whom, ctx)
            if speakers and targets:
                pattern = Pattern("020", verb.lemma_.lower(), (), False, frozenset(), (), "", "wish")
                out += self._emit("020", speakers, targets, pattern, verb, sent, 0.55, None, None, [], ctx=ctx)
        return out

    def _demands(self, sent, ctx: DocContext) -> list[EventHit]:
        """"X said (that) Y must / should / has to Z" is X's demand on Y (10x)."""
        out: list[EventHit] = []
        for verb in sent:
            if "report" not in self.patterns.modifiers.get(verb.lemma_.lower(), set()) or self._negated(verb):
                continue
            for comp in verb.children:
                if comp.dep_ != "ccomp":
                    continue
                must = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in comp.children) or (
                    comp.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" for c in comp.children))
                if not must:
                    continue
                subj = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
                whom = next((c for c in comp.children if c.dep_ in SUBJ_DEPS), None)
                speakers = self.resolver.resolve(subj, ctx) if subj is not None else []
                targets = self.resolver.resolve(whom, ctx) if whom is not None else []
                if speakers:
                    pattern = Pattern("100", verb.lemma_.lower(), (), False, frozenset(), (), "", "demand")
                    out += self._emit("100", speakers, targets, pattern, comp, sent, 0.5, None, None,
                                      [f"'{verb.lemma_} … must/should'"], ctx=ctx)
        return out

    def _statement(self, sent, ctx: DocContext) -> list[EventHit]:
        """A sentence whose only act is speech ("X said NATO would need to remain strong") is a 010 statement
        by the speaker, aimed at the actor the statement is about, if any."""
        for verb in sent:
            if verb.pos_ != "VERB" or "report" not in self.patterns.modifiers.get(verb.lemma_.lower(), set()):
                continue
            if self._negated(verb):
                continue
            subj = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
            speakers = self.resolver.resolve(subj, ctx) if subj is not None else []
            if not speakers:
                continue
            about: list[Actor] = []
            for comp in verb.children:
                if comp.dep_ in ("ccomp", "xcomp", "dobj"):
                    for tok in comp.subtree:
                        if tok.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS | OBJ_DEPS | {"pobj"}:
                            about = [a for a in self.resolver.resolve(tok, ctx) if a.code not in {s.code for s in speakers}]
                            if about:
                                break
                if about:
                    break
            pattern = Pattern("010", verb.lemma_.lower(), (), False, frozenset(), (), "", "statement")
            return self._emit("010", speakers, about[:1], pattern, verb, sent, 0.35, None, None, ["speech only"], ctx=ctx)
        return []

    # -- verbs ------------------------------------------------------------------------------------
    def slot_lemmas(self, verb) -> dict[str, object]:
        """Lemmas standing beside a verb (particles, prepositions, objects, their objects and modifiers)."""
        slots: dict[str, object] = {}
        for child in verb.children:
            if child.dep_ not in SLOT_DEPS:
                continue
            if child.dep_ == "prep" and all(g.ent_type_ in ("DATE", "TIME") for g in child.children if g.dep_ == "pobj") \
                    and any(g.dep_ == "pobj" for g in child.children):
                continue  # "fired a missile on Wednesday" is not "fire on"
            slots.setdefault(child.lemma_.lower(), child)
            slots.setdefault(child.lower_, child)
            for grand in child.children:
                if grand.dep_ in ("pobj", "compound", "amod", "prep", "dobj", "prt", "nmod") or (
                        child.dep_ == "xcomp" and grand.dep_ in ("dobj", "prt")):
                    slots.setdefault(grand.lemma_.lower(), grand)
                    if grand.dep_ == "prep":
                        for g3 in grand.children:
                            if g3.dep_ == "pobj":
                                slots.setdefault(g3.lemma_.lower(), g3)
                    if grand.dep_ in ("pobj", "dobj"):
                        for g3 in grand.children:
                            if g3.dep_ in ("compound", "amod"):
                                slots.setdefault(g3.lemma_.lower(), g3)
                            elif g3.dep_ == "prep" and g3.lower_ == "of":  # "delivery of aid", "dollars of aid"
                                for g4 in g3.children:
                                    if g4.dep_ == "pobj":
                                        slots.setdefault(g4.lemma_.lower(), g4)
        return slots

    def match_verb(self, verb) -> Pattern | None:
        """The best verb pattern for a verb token, or None."""
        candidates = self.patterns.verbs.get(verb.lemma_.lower())
        if not candidates:
            return None
        slots = self.slot_lemmas(verb)
        best = None
        for p in candidates:
            if all(w in slots for w in p.words) and (best is None or len(p.words) > len(best.words) or (
                    len(p.words) == len(best.words) and best.code == "-" and p.code != "-")):
                best = p  # the longest pattern wins; on a tie, an event beats a mere modifier ("engage in")
        if best is None:
            best = self.family_fallback(verb.lemma_.lower(), candidates)
        return best

    def family_fallback(self, lemma: str, candidates: list[Pattern]) -> Pattern | None:
        """When none of a verb's phrases match but all its senses lie in one CAMEO root ("ask for aid",
        "ask for talks" … are all 02x), the verb alone is that root's general code."""
        codes = {p.code for p in candidates if p.code != "-"}
        roots = {c[:2] for c in codes}
        if len(roots) != 1 or len(candidates) < FAMILY_MIN or any("light" in p.flags for p in candidates):
            return None
        root = roots.pop()
        general = root + "0" if root + "0" in self.taxonomy else root
        flags = frozenset.intersection(*(p.flags for p in candidates if p.code != "-")) if codes else frozenset()
        return Pattern(general, lemma, (), False, flags, (), "", f"{candidates[0].origin}+family")

    def match_noun(self, noun) -> Pattern | None:
        """The best noun pattern for a noun token, or None."""
        candidates = self.patterns.nouns.get(noun.lemma_.lower())
        if not candidates:
            return None
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        best = None
        for p in candidates:
            if all(w in mods for w in p.words) and (best is None or len(p.words) > len(best.words)):
                best = p
        return best

    def _code_verb(self, verb, sent, ctx: DocContext, used_nouns: set[int]) -> list[EventHit]:
        lemma = verb.lemma_.lower()
        flags = self.patterns.modifiers.get(lemma, set())
        pattern = self.match_verb(verb)
        obj = self._object(verb)
        if obj is not None and (obj.lower_ in QUANTIFIER_HEADS or obj.pos_ == "NUM"):
            # "carried out some of the heaviest strikes of the war": the strikes are the object
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), obj)
        if pattern is not None and pattern.code == "-" and "light" in pattern.flags and pattern.words:
            # "responded with tariffs", "engaged in talks": the light verb's event noun sits in its phrase
            obj = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in pattern.words
                        for g in c.children if g.dep_ == "pobj" and self.match_noun(g) is not None), obj)
        noun_pattern = self.match_noun(obj) if obj is not None else None
        if noun_pattern is None and obj is not None:  # "launched artillery, mortar and rocket fire against…"
            listed = next((c for c in obj.subtree if c.dep_ == "conj" and c.pos_ == "NOUN" and self.match_noun(c)), None)
            if listed is not None:
                obj, noun_pattern = listed, self.match_noun(listed)
        own = lemma in self.patterns.verbs
        specific = pattern is not None and pattern.code != "-" and bool(pattern.words)  # "lodge protest" → 114
        if noun_pattern is not None and "report" in flags and "light" not in flags and not specific:
            return []  # "a resident reported a strike": who reports an act is not who did it
        # a verb we know nothing of carries the act its object names ("staged strikes", "flew a joint patrol"),
        # but not an act already told ("described the strikes as limited" talks about them)
        told = obj is not None and lemma not in ASPECT_VERBS and any(c.dep_ in ("det", "poss") and c.lower_ in (
            "the", "this", "these", "those", "its", "their") for c in obj.children)
        carrier = pattern is None and not flags and noun_pattern is not None and noun_pattern.code[:2] in MILITARY_ROOTS
        if noun_pattern is not None and not specific and (
                "light" in flags or (pattern is not None and "light" in pattern.flags) or
                ((not own or carrier) and not told)):
            pattern = noun_pattern
            used_nouns.add(obj.i)
        elif obj is not None and noun_pattern is not None:
            used_nouns.add(obj.i)
        if pattern is None or pattern.code == "-":
            return []
        if self._conditional(verb):
            return []  # "… unless the Kremlin withdrew its troops": a condition, not an act
        planned = verb.dep_ == "xcomp" and self.patterns.modifiers.get(verb.head.lemma_.lower(), set()) & {"intent", "threat"}
        if "main" in pattern.flags and ((self._purpose_clause(verb) and not planned) or verb.dep_ in ("pcomp", "acl") or any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)):
            return []  # "to help Iran", "helped to plan", "for helping militants": the vague verb is no act here
        if pattern.code[:2] in FORCE_ROOTS and any(g.lemma_.lower() in MISHAPS for c in verb.children
                                                    if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")
                                                    for g in c.children if g.dep_ == "pobj"):
            return []  # "victims killed by the crash", "killed in the earthquake": a disaster, not an act of force
        if verb.dep_ == "relcl" and (any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) or (
                any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) and
                any(c.dep_ in SUBJ_DEPS and c.lower_ in ("that", "which", "who") for c in verb.children))):
            # "the militant group that has seized parts of Iraq", "whom they had taken hostage": who someone is
            return []
        if any(c.dep_ == "advmod" and c.lower_ in ("previously", "formerly", "once") for c in verb.children):
            return []  # "plans Lukashenko has previously announced": background, not today's news
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in DOCUMENT_HEADS:
            return []  # "a report released on Tuesday", "a letter sent to the council": the document, not an act
        if pattern.code[:2] in STATUS_ROOTS and self._reduced_relative(verb):
            return []  # "The civilians imprisoned for … were released": the parser took the participle for the verb
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and pattern.code[:2] in STATUS_ROOTS and \
                not any(c.dep_ == "agent" for c in verb.children):
            return []  # "a Hamas member jailed over a year ago", "officials accused of…": who someone is, not news
        code, modality, confidence, notes = pattern.code, None, 0.75 if pattern.words or pattern.noun else 0.65, []
        modality, governor = self._modality(verb)
        if self._negated(verb):
            if modality == "intent" and int(code[:2]) <= 8:
                notes.append(f"refused: {code}→120")  # "will not accept refugees", "would not meet demands"
                code, modality, pattern = "120", None, replace(pattern, flags=pattern.flags - {"recip"})
            else:
                return []
        if modality == "intent" and int(code[:2]) >= 6 and any(
                c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in verb.children):
            modality = "threat"  # "will withdraw its force unless …"
        if modality == "hypothetical":
            return []
        if governor == "agree" and "recip" not in pattern.flags and self._agreed_together(verb.head):
            notes.append("agreed: both ways")
            pattern = replace(pattern, flags=pattern.flags | {"recip"})
        elif modality == "intent" and governor not in (None, "agree") and "recip" in pattern.flags and \
                code[:2] != "04" and not self._agreed_together(verb.head):
            notes.append("one party's intent")  # "France is determined to mend ties with Kigali"
            pattern = replace(pattern, flags=pattern.flags - {"recip"})
        if modality is None and int(code[:2]) >= 14 and self._purpose_clause(verb):
            return []  # "…to pressure Mexico to crack down on migrants": an aim, not an act
        if self._purpose_clause(verb) and verb.head.pos_ in ("VERB", "AUX"):
            governing = self.match_verb(verb.head)
            if governing is not None and governing.code[:2] == "14":
                return []  # "took to the streets to demand his removal": the demand is what the protest says
            if governing is not None and governing.code[:2] == code[:2] == "04" and verb.dep_ == "advcl":
                return []  # "met … to discuss": one meeting, not two
        if modality in ("intent", "threat"):
            future = self.taxonomy.intent_of(code) if modality == "intent" else None
            if modality == "threat" or (future is None and int(code[:2]) >= 9):
                future = self.taxonomy.threat_of(code)
            if future is None:
                if code[:2] in ("01", "02", "03", "09", "10", "11", "12", "13"):
                    future = code  # "will ask", "will demand", "will investigate": announced is as good as made
                else:
                    return []
            notes.append(f"{modality}: {code}→{future}")
            code = future
        if code in GENERIC_FORCE:
            code, notes = self._means(verb, code, notes)
        sources, target_actors, passive = self._arguments(verb, pattern, obj if pattern.noun else None, ctx)
        if "swap" in pattern.flags:
            sources, target_actors = target_actors, sources
        if code.startswith("015"):
            code, target_actors = self._claimed(verb, code, sources, target_actors, ctx, notes)
        if not target_actors and code[:2] in EMBEDDING_ROOTS:
            # "refused to deploy peacekeepers in Iraq": a refusal or appeal is aimed where its complement is
            for comp in verb.children:
                inner = self.match_verb(comp) if comp.dep_ == "xcomp" and comp.pos_ == "VERB" else None
                if inner is not None and inner.code != "-":
                    inner_obj = self._object(comp)
                    target_actors = self._targets(comp, inner, inner_obj if inner.noun else None, ctx,
                                                  exclude={a.code for a in sources})
                    break
        sources = [self._opposition_to(a, target_actors) for a in sources]
        if not target_actors:
            target_actors = self._implied_targets(verb, code, pattern, sources, ctx, notes)
        if verb.dep_ in ("acl", "amod", *(("advcl",) if code[:2] in ("01", "04") else ())) and \
                verb.tag_ == "VBG" and not target_actors:
            # "Macron, speaking in Brussels, …", "the ministers, meeting in Luxembourg, accused…": a circumstance
            return []
        reporter = self._reporter(verb, ctx)
        hits = self._emit(code, sources, target_actors, pattern, verb, sent, confidence, modality, reporter, notes, ctx=ctx)
        if not hits and not sources and not target_actors and self._has_agentive_subject(verb, ctx):
            # "Members of parliament called on the minister to resign": an act by actors the dictionaries
            # do not know is still an event, with both actors open and a low confidence
            hits = [EventHit(code, None, None, pattern, verb, sent, 0.3, modality, reporter, [*notes, "actors unknown"])]
        if pattern.noun and obj is not None:
            for h in hits:
                h.notes.append(f"object noun of '{verb.lemma_}'")
        return hits

    def _object(self, verb):
        for child in verb.children:
            if child.dep_ in OBJ_DEPS or (child.dep_ in PASSIVE_SUBJ_DEPS and child.pos_ == "NOUN"):
                return child
        for child in verb.children:  # "carry out air strikes" parses the object under the particle at times
            if child.dep_ == "xcomp" and child.pos_ == "NOUN":
                return child
        return None

    def _negated(self, verb) -> bool:
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod", "det") for c in verb.children):
            return True
        if self._purpose_clause(verb) and verb.dep_ != "xcomp" and any(c.dep_ == "neg" for c in verb.head.children):
            return True  # "would not give permission to Russia to help Israel": the aim of what is not done
        head = verb
        for _ in range(3):
            if head.dep_ not in ("xcomp", "ccomp", "pcomp") or head.head == head:
                break
            head = head.head
            if "negate" in self.patterns.modifiers.get(head.lemma_.lower(), set()):
                return True
            if any(c.dep_ == "neg" for c in head.children) and head.lemma_.lower() not in ("say", "tell"):
                return True
        return False

    def _agreed_together(self, agree) -> bool:
        """Whether an agreement binds several parties ("X and Y agreed to…", "X agreed with Y to…"), not one
        party's undertaking ("Obama agreed to lift the sanctions")."""
        subj, _ = self._subject(agree)
        plural = subj is not None and (any(c.dep_ == "conj" for c in subj.children) or subj.lemma_.lower() in (
            "both", "side", "party", "country", "nation", "government", "neighbour", "neighbor", "rival"))
        return plural or any(c.dep_ == "prep" and c.lower_ == "with" for c in agree.children)

    @staticmethod
    def _reduced_relative(verb) -> bool:
        """A past form read as the main verb although a passive verb with no conjunction follows it: "The
        civilians imprisoned for … were released" (the participle describes the subject)."""
        return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("cc", "aux", "auxpass", "dobj") for c in verb.children) \
            and any(c.dep_ == "conj" and c.i > verb.i and any(a.dep_ == "auxpass" for a in c.children)
                    and not any(a.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for a in c.children) for c in verb.children)

    @staticmethod
    def _conditional(verb) -> bool:
        """A verb in an if/unless clause."""
        tok = verb
        for _ in range(3):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
                return True
            if tok.dep_ not in ("conj", "xcomp") or tok.head == tok:
                return False
            tok = tok.head
        return False

    @staticmethod
    def _purpose_clause(verb) -> bool:
        """An infinitive of purpose or aim ("to crack down", "in order to attack")."""
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CONTROL_VERBS | CAUSE_VERBS:
            return False  # "authorised Russian forces to deploy": what was ordered, done by whoever ordered it
        return verb.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def _modality(self, verb) -> tuple[str | None, str | None]:
        """(modality, the governing verb's lemma): intent, threat or hypothetical; None when asserted."""
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CLAIM_VERBS:
            return "hypothetical", verb.head.lemma_.lower()  # "claimed that ISIL had attacked": the claim is the event
        charged = verb
        for _ in range(5):  # "accused Rwanda of making accusations by alleging…", "accused Israeli forces of killing"
            if charged.dep_ not in ("pcomp", "prep", "conj", "acl", "pobj") or charged.head == charged:
                break
            charged = charged.head
            if charged.dep_ == "prep" and charged.lower_ in ("of", "for", "with"):
                accuser = charged.head
                while accuser.pos_ not in ("VERB", "AUX") and accuser.dep_ in ("dobj", "obj", "pobj", "prep") \
                        and accuser.head != accuser:  # "accused Israeli forces of…", "apologized to Peru for…"
                    accuser = accuser.head
                if accuser.lemma_.lower() in CHARGE_VERBS:
                    return "hypothetical", accuser.lemma_.lower()  # what is charged is not asserted
        head = verb
        if head.dep_ == "conj" and head.head.dep_ in ("xcomp", "ccomp") and \
                not any(c.dep_ in SUBJ_DEPS for c in head.children):
            head = head.head  # "urged them to keep their promises and cut ties": both are what was urged
        for _ in range(3):
            infinitive = head.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            if (head.dep_ != "xcomp" and not infinitive) or head.head == head:
                break
            someone_else = (infinitive and any(c.dep_ in SUBJ_DEPS for c in head.children)) or any(
                c.dep_ in OBJ_DEPS for c in head.head.children)
            head = head.head
            if someone_else and head.lemma_.lower() in WISH_VERBS:
                return "hypothetical", head.lemma_.lower()  # "Obama wants Putin to attack": a wish, not an act
            flags = self.patterns.modifiers.get(head.lemma_.lower(), set())
            if "threat" in flags:
                return "threat", head.lemma_.lower()
            if "intent" in flags:
                return "intent", head.lemma_.lower()
            governing = self.match_verb(head)
            if governing is not None and governing.code[:2] in EMBEDDING_ROOTS:
                # "urged Iran to hold talks", "refused to hold talks": the appeal or refusal is the event
                return "hypothetical", head.lemma_.lower()
        climbed = verb
        while climbed.dep_ == "xcomp" and climbed.head != climbed and climbed.head.pos_ in ("VERB", "AUX"):
            climbed = climbed.head  # "would continue to fund": the governing verb's tense
            aux |= {c.lower_ for c in climbed.children if c.dep_ in ("aux", "auxpass")}
        if aux & FUTURE_AUX:
            return "intent", None
        if any(c.lower_ == "going" for c in verb.children if c.dep_ == "aux"):
            return "intent", None
        if aux & {"could", "might", "may"}:
            return "hypothetical", None
        if aux & HYPOTHETICAL_AUX:  # "would meet", "should withdraw": not (yet) done
            return "intent", None
        return None, None

    # -- arguments --------------------------------------------------------------------------------
    @staticmethod
    def _adjacent_subject(verb):
        """The noun phrase that ends right before a subjectless conjoined verb ("X, who…, flew"): the small
        parser often attaches such a verb to the previous clause, whose subject is someone else."""
        i = verb.i - 1
        doc = verb.doc
        while i >= verb.sent.start and doc[i].is_punct:
            i -= 1
        if i < verb.sent.start:
            return None
        tok = doc[i]
        for _ in range(6):
            if (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")) and \
                    tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY") and \
                    tok.dep_ in ("appos", "nsubj", "dobj", "pobj", "conj") and \
                    all(t.is_punct for t in doc[tok.right_edge.i + 1: verb.i]):
                return tok
            if tok.head == tok or tok.head.i >= verb.i:
                return None
            tok = tok.head
        return None

    def _subject(self, verb):
        """(subject token, passive?) of a verb, climbing to the governing clause when it has none."""
        if verb.dep_ in ("pcomp", "amod") and verb.tag_ == "VBG" and verb.lemma_.lower() in ADJECTIVAL_PARTICIPLES:
            # "visiting U.S. Secretary of State Blinken": the visitor is the noun the participle describes
            described = next((c for c in verb.children if c.dep_ in OBJ_DEPS), None) if verb.dep_ == "pcomp" else verb.head
            if described is not None:
                return described, False
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAUSE_VERBS:
            made = next((c for c in verb.head.children if c.dep_ in OBJ_DEPS), None)
            if made is not None:
                return made, False  # "forcing police to open fire": the police fire
        tok = verb
        for _ in range(4):
            if tok.dep_ == "conj" and not any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for c in tok.children):
                near = self._adjacent_subject(tok)
                if near is not None:
                    return near, False
            for child in tok.children:
                if child.dep_ in SUBJ_DEPS:
                    if child.lower_ in ("who", "which", "that") and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                        return tok.head, False  # "Lukashenko, who flew to entreat…": the relative's antecedent
                    # "… and were released by Putin": a passive conjunct shares the subject as its patient
                    return child, tok is not verb and verb.dep_ == "conj" and \
                        any(c.dep_ == "auxpass" for c in verb.children)
            for child in tok.children:
                if child.dep_ in PASSIVE_SUBJ_DEPS:
                    if tok is not verb and verb.dep_ in ("advcl", "xcomp", "pcomp") and verb.tag_ == "VBG":
                        return None, False  # "were killed in … shelling": the victims are not the shelling's agent
                    # "was indicted … and will resign": an active conjunct's subject is the agent
                    return child, tok is verb or verb.dep_ != "conj" or any(c.dep_ == "auxpass" for c in verb.children) \
                        or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))
            if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
                # "soldiers killed in Ukraine": a past participle's noun is its patient
                return tok.head, tok.dep_ == "acl" and tok.tag_ == "VBN"
            if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp") and tok.head != tok:
                tok = tok.head
                if tok.pos_ not in ("VERB", "AUX"):
                    if tok.dep_ == "pobj":
                        tok = tok.head.head
                    elif tok.dep_ == "acomp" and tok.pos_ == "ADJ":
                        tok = tok.head  # "it was determined to mend ties": the subject of the copula
                    else:
                        return None, False
                continue
            break
        return None, False

    def _arguments(self, verb, pattern: Pattern, event_noun, ctx: DocContext):
        ctx.clause_country = self._clause_country(verb, ctx)
        subj, passive = self._subject(verb)
        if subj is not None and subj.head != verb and subj.head.pos_ in ("VERB", "AUX"):
            ctx.clause_country = self._clause_country(subj.head, ctx) or ctx.clause_country
        agent = None
        for child in verb.children:
            if child.dep_ == "agent":
                agent = next((g for g in child.children if g.dep_ == "pobj"), None)
        sources: list[Actor] = []
        targets: list[Actor] = []
        if passive and subj is not None and (subj.head == verb or verb.dep_ == "acl" or (
                verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children))):
            if event_noun is None:
                targets = self.resolver.resolve(subj, ctx)
            if agent is not None:
                sources = self.resolver.resolve(agent, ctx)
            else:
                sources = self._cause_of(verb, ctx)
            if not sources and pattern.code[:2] in FORCE_ROOTS:
                sources = self._fired_from(verb, ctx)  # "a mortar bomb was fired at it from the Gaza Strip"
        else:
            if subj is not None:
                subj = self._report_subject(subj, verb)
                sources = self.resolver.resolve(subj, ctx)
                if not sources and self._named_non_actor(subj):
                    return [], [], passive  # a team, a company, a celebrity: not a political actor
            if agent is not None and not sources:
                sources = self.resolver.resolve(agent, ctx)
            if not sources and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and \
                    verb.head.head.i < verb.head.i and \
                    not any(c.dep_ in SUBJ_DEPS for c in verb.children):
                # "X said that the tally sheets showed…, and accused the authorities…": the parser hung the
                # speaker's second act on the reported clause
                speaker = next((c for c in verb.head.head.children if c.dep_ in SUBJ_DEPS), None)
                sources = self.resolver.resolve(speaker, ctx) if speaker is not None else []
        if not targets:
            targets = self._targets(verb, pattern, event_noun, ctx, exclude={a.code for a in sources})
        if not targets and pattern.code == "042":
            # "flew to the Black Sea resort of Sochi": a visit's host is the country it goes to
            country = self._clause_country(verb, ctx)
            if country and country not in {a.country for a in sources}:
                targets = [Actor(country, country, None, None, None, None, None, "country visited")]
        return sources, targets, passive

    @staticmethod
    def _clause_country(verb, ctx: DocContext) -> str | None:
        """The country of a place in the verb's own phrases ("took to the streets of Minsk")."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "to", "at", "near", "across", "outside", "into"):
                for tok in child.subtree:
                    if tok.i in ctx.place_country:
                        return ctx.place_country[tok.i]
        return None

    @staticmethod
    def _last_other_agent(ctx: DocContext, exclude: set[str], states_only: bool = False) -> Actor | None:
        """The most recent source of an event in the article that is not the present source's own side."""
        mine = {e[:3] for e in exclude}
        return next((a for a in ctx.agents if a.code not in exclude and (a.country or "")[:3] not in mine
                     and (not states_only or a.role in STATE_ROLES)), None)

    def _means(self, verb, code: str, notes: list[str]) -> tuple[str, list[str]]:
        """A killing or wounding done by a bombing or an air strike takes that act's own code ("killed in a
        car bomb explosion" → 1832, "a roadside bomb killed…" → 1833, "killed in air strikes" → 195)."""
        holders = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
        holders += [g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "with")
                    for g in c.children if g.dep_ == "pobj"]
        for noun in holders:
            if noun.pos_ != "NOUN":
                continue
            means = self.match_noun(noun)
            if means is not None and means.code[:2] in ("18", "19", "20") and means.code not in GENERIC_FORCE:
                return means.code, [*notes, f"by {noun.text}: {code}→{means.code}"]
        return code, notes

    def _claimed(self, verb, code: str, sources: list[Actor], targets: list[Actor], ctx: DocContext, notes: list[str]):
        """A claim of responsibility is aimed at whoever the attack hit; a claim that *someone else* attacked
        is an accusation (112)."""
        mine = {a.country for a in sources}
        for comp in verb.children:
            if comp.dep_ != "ccomp":
                continue
            subj = next((c for c in comp.children if c.dep_ in SUBJ_DEPS), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            others = [a for a in self.resolver.resolve(subj, ctx) if not any(same_side(a, m) for m in sources)]
            if others:
                notes.append(f"claim about {subj.text}: {code}→112")
                return "112", others
        if targets and not any(t.country in mine for t in targets):
            return code, targets
        for tok in verb.subtree:
            if tok is verb:
                continue
            attack = self.match_noun(tok) if tok.pos_ == "NOUN" else self.match_verb(tok) if tok.pos_ == "VERB" else None
            if attack is not None and attack.code[:2] in FORCE_ROOTS:
                found = self._targets(tok, attack, None, ctx, exclude={a.code for a in sources})
                if not found:
                    found = [self.resolver.country_actor(c, "country where the attack was") for t in tok.subtree
                             for c in [ctx.place_country.get(t.i)] if c and c not in mine][:1]
                if found:
                    return code, found
        subject_side = {t.i for c in verb.children if c.dep_ in SUBJ_DEPS for t in c.subtree}
        for t in verb.subtree:  # "claimed responsibility for the bombing in Kabul"
            c = ctx.place_country.get(t.i)
            if c and t.i not in subject_side:
                return code, [self.resolver.country_actor(c, "country where the attack was")]
        return code, targets

    @staticmethod
    def _opposition_to(actor: Actor, targets: list[Actor]) -> Actor:
        """"The opposition" with no country of its own that acts against a government is that government's
        opposition ("the opposition dismissed Lukashenko's plan" → BLROPP, whatever the article's country)."""
        guessed = actor.how and ("article country" in actor.how or "sentence country" in actor.how)
        govs = {t.country for t in targets if t.role == "GOV" and t.country and len(t.country) == 3}
        if actor.role != "OPP" or not guessed or len(govs) != 1 or actor.country in govs:
            return actor
        c = govs.pop()
        return replace(actor, code=c + "OPP", country=c, how=actor.how.split("+")[0] + "+opposition to its government")

    def _author_of(self, noun, ctx: DocContext, exclude: set[str]) -> list[Actor]:
        """Who a plan or step belongs to: its possessor, or the subject of the clause it sits in ("plans
        Lukashenko has announced for constitutional reform" → Lukashenko)."""
        tok = noun
        for _ in range(4):
            for child in tok.children:
                if child.dep_ in ("poss", *SUBJ_DEPS) and child.lower_ not in ("which", "that", "who"):
                    found = [a for a in self.resolver.resolve(child, ctx) if a.code not in exclude]
                    if found:
                        return found
            if tok.head == tok or tok.dep_ not in ("pobj", "prep", "relcl", "acl", "dobj"):
                break
            tok = tok.head
        return []

    def _implied_targets(self, verb, code: str, pattern: Pattern, sources: list[Actor], ctx: DocContext,
                         notes: list[str]) -> list[Actor]:
        """The target the clause or the story implies when the text names none."""
        if code[:2] == "13":
            # "threatened to strike unless Israel rescinded…": the threat is aimed at whoever must act
            near = [verb, verb.head, *(c for c in verb.children if c.dep_ == "xcomp")]
            for clause in (c for h in near for c in h.children if c.dep_ == "advcl"
                           and any(m.lower_ in ("unless", "if") for m in c.children)):
                subj = next((c for c in clause.children if c.dep_ in SUBJ_DEPS), None)
                found = [a for a in (self.resolver.resolve(subj, ctx) if subj is not None else [])
                         if a.code not in {s.code for s in sources}]
                if found:
                    return found
        if code[:2] in FORCE_ROOTS and "recip" not in pattern.flags:
            # "used pepper spray to disperse hundreds of protesters": aimed at whom its purpose names
            for aim in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and self._purpose_clause(c)):
                whom = self._object(aim)
                found = [a for a in (self.resolver.resolve(whom, ctx) if whom is not None else [])
                         if a.code not in {s.code for s in sources}]
                if found:
                    return found
        if code[:2] in ("18", "19", "20") and sources:
            # "seized the town of Sake in eastern Congo": force in a country with no one named hits the country
            c = self._clause_country(verb, ctx)
            if c:
                return [self.resolver.country_actor(c, "country where the force was used")]
        if code.startswith("018"):
            return self._afflicted(verb, sources, ctx)
        if "recip" in pattern.flags and len(sources) == 1 and code[:2] in JOINT_ROOTS:
            # "Moscow was sending paratroopers for joint exercises": with the story's other state
            partner = self._last_other_agent(ctx, {sources[0].code}, states_only=True)
            if partner is not None:
                notes.append("partner from the story")
                return [partner.named_as(None, None, None, f"partner from the story: {partner.text or partner.name}")]
        return []

    def _afflicted(self, verb, sources: list[Actor], ctx: DocContext) -> list[Actor]:
        """Whom sympathy is for when no one is named: the country where the loss it is about happened
        ("expressed sorrow for the shootings in South Carolina", "condolences over the earthquake in Turkey")."""
        heads = [verb, *(c for c in verb.children if c.dep_ in OBJ_DEPS)]
        for child in (c for h in heads for c in h.children):
            if child.dep_ == "prep" and child.lower_ in ("for", "over", "about", "after", "at", "following"):
                after = verb.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(verb.doc) else None
                # "sympathy over the floods in Pakistan", where the parser hangs "in Pakistan" on the verb
                more = list(after.subtree) if after is not None and after.dep_ == "prep" and after.lower_ == "in" \
                    and after.head.i == verb.i else []
                for t in [*child.subtree, *more]:
                    c = ctx.place_country.get(t.i)
                    if c:
                        return [self.resolver.country_actor(c, "country where the loss was")]
        return []

    @staticmethod
    def _fired_from(verb, ctx: DocContext) -> list[Actor]:
        """The country an unattributed attack came from, when the clause names the place."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                for tok in child.subtree:
                    country = ctx.place_country.get(tok.i)
                    if country:  # the place's whole name: "the Gaza Strip", not "the"
                        end = tok.head.i + 1 if tok.head.i > tok.i and tok.head.dep_ == "pobj" else tok.i + 1
                        span = tok.doc[tok.i: end]
                        return [Actor(country, country, None, None, span.text, span.start_char + ctx.offset,
                                      span.end_char + ctx.offset, "place the attack came from")]
        return []

    def _reported_speaker(self, verb, ctx: DocContext) -> list[Actor]:
        """The speaker of the report a clause sits in ("Israel said a bomb was fired at it" → Israel)."""
        tok = verb
        for _ in range(3):
            if tok.dep_ not in ("ccomp", "conj") or tok.head == tok:
                return []
            tok = tok.head
            if "report" in self.patterns.modifiers.get(tok.lemma_.lower(), set()):
                subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS and c.pos_ != "PRON"), None)
                return self.resolver.resolve(subj, ctx, with_conj=False) if subj is not None else []
        return []

    def _resolve_arg(self, tok, verb, ctx: DocContext, loose: bool = False) -> list[Actor]:
        """An argument's actors; a pronoun inside reported speech refers to the speaker when memory has none."""
        found = self.resolver.resolve(tok, ctx, loose=loose)
        if not found and tok.pos_ == "PRON" and tok.lower_ in ("it", "them", "him", "her", "us"):
            found = self._reported_speaker(verb, ctx)
        return found

    def _cause_of(self, verb, ctx: DocContext) -> list[Actor]:
        """The actor of the event that caused a passive outcome: "killed in Israeli tank shelling" → ISR."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "during", "by"):
                for noun in child.children:
                    if noun.dep_ != "pobj":
                        continue
                    # the small parser splits "Israeli tank shelling" into "in Israeli tank" + a verb "shelling"
                    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
                    cause = noun if noun.lemma_.lower() in self.patterns.nouns else nxt if (
                        nxt is not None and nxt.head.i == verb.i and nxt.tag_ == "VBG"
                        and nxt.lemma_.lower() in self.patterns.verbs) else None
                    if cause is None:
                        continue
                    by = [g for c in cause.children if c.dep_ == "prep" and (c.lower_ == "by" or (
                          c.lower_ == "with" and self.match_noun(cause) is not None
                          and "recip" in self.match_noun(cause).flags)) for g in c.children if g.dep_ == "pobj"]
                    found = [a for g in by for a in self.resolver.resolve(g, ctx)]
                    if found:
                        return found  # "killed in an air strike by government forces", "in clashes with M23"
                    for mod in [*noun.children, noun] if cause is not noun else noun.children:
                        if mod.dep_ in ("amod", "compound", "poss") or (mod is noun and cause is not noun):
                            found = [a for m in ([mod] if mod is not noun else [c for c in noun.children
                                                                                 if c.dep_ in ("amod", "compound")])
                                     for a in self.resolver.resolve(m, ctx) or self.resolver.country_word(m, ctx)]
                            if found:
                                return found
        return []

    def _report_subject(self, subj, verb):
        """A pronoun subject of a reported clause is the reporter: "Police said they detained…", "the
        ministry said the fighting was caused by Congo's army, which it accused of…"."""
        if subj.pos_ != "PRON" or subj.lower_ not in ("they", "it", "he", "she"):
            return subj
        clause = verb
        for _ in range(3):
            if clause.dep_ == "ccomp":
                for child in clause.head.children:
                    if child.dep_ in SUBJ_DEPS and child.pos_ != "PRON":
                        return child
                return subj
            if clause.dep_ != "relcl" or clause.head == clause:  # ("when they blew themselves up": the bombers)
                return subj
            clause = clause.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:  # out of the relative's noun
                clause = clause.head
        return subj

    def _has_agentive_subject(self, verb, ctx: DocContext | None = None) -> bool:
        """Whether the verb has a subject that names people or a body (not a pronoun, a number or a thing)."""
        subj, passive = self._subject(verb)
        if subj is None or passive or subj.pos_ not in ("NOUN", "PROPN"):
            return False
        m = ctx.mentions.get(subj.i) if ctx is not None else None
        if m is not None and m.first("agent") is not None:
            return True  # "Teachers from Denver Public Schools went on strike": people whose country is not said
        if self._named_non_actor(subj):
            return False
        return subj.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") or subj.lemma_.lower() in AGENTIVE_NOUNS

    @staticmethod
    def _named_non_actor(tok) -> bool:
        return tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC") or (
            tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "NORP", "LOC"))

    def _targets(self, verb, pattern: Pattern, event_noun, ctx: DocContext, exclude: set[str]) -> list[Actor]:
        """The event's targets; a list of measures shares the event ("tariffs of 25% on Canada and 10% on
        China": both are targets)."""
        found = self._targets_of(verb, pattern, event_noun, ctx, exclude)
        for conj in (event_noun.children if event_noun is not None else ()):
            if conj.dep_ == "conj" and conj.pos_ == "NOUN":
                found += [a for a in self._targets_of(conj, pattern, None, ctx, exclude)
                          if a.code not in {f.code for f in found}]
        return found

    def _targets_of(self, verb, pattern: Pattern, event_noun, ctx: DocContext, exclude: set[str]) -> list[Actor]:
        if set(pattern.words) & RETALIATION_WORDS:
            a = self._last_other_agent(ctx, exclude)  # "warned that Russia would retaliate": against whoever acted last
            if a is not None:
                return [a.named_as(None, None, None, f"retaliation against {a.text or a.name}")]
        preps = (*pattern.tprep, *(p for p in TARGET_PREPS if p not in pattern.tprep))
        if pattern.code[:2] in FORCE_ROOTS:
            preps = tuple(p for p in preps if p != "from" or p in pattern.tprep)  # fired *from* Gaza: the origin
        elif pattern.code[:2] == "04":
            preps = tuple(p for p in preps if p not in TOPIC_PREPS or p in pattern.tprep)  # a summit *on* Iran
        holders = [event_noun] if event_noun is not None else []
        obj = self._object(verb)
        if obj is not None and obj.lower_ in ("which", "that") and verb.dep_ == "relcl":
            obj = verb.head  # "reform, which the opposition has dismissed": the object is the antecedent
            found = [a for a in self.resolver.resolve(obj, ctx) if a.code not in exclude]
            if found:
                return found  # "Congo's army, which it accused of…"
            if pattern.code[:2] in REACTION_ROOTS and obj.pos_ == "NOUN":
                # "the reform Lukashenko has announced, which the opposition dismissed": aimed at its author
                author = self._author_of(obj, ctx, exclude)
                if author:
                    return author
        if event_noun is None and obj is not None and obj.dep_ in OBJ_DEPS:
            found = self.resolver.resolve(obj, ctx, loose=True)
            if found and not pattern.tprep:
                return found
            holders.append(obj)
        for child in verb.children:
            if child.dep_ == "dative":  # "gave Kyiv tanks"; "provide support to Israel" parses "to" as a dative
                heads = [g for g in child.children if g.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
                found = [a for h in heads for a in self._resolve_arg(h, verb, ctx)]
                if found:
                    return found
        holders.append(verb)
        for prep in preps:
            for holder in holders:
                for child in holder.children:
                    if child.dep_ == "prep" and child.lower_ == prep:
                        objs = [g for g in child.children if g.dep_ == "pobj"]
                        # "meets with visiting U.S. Secretary of State Blinken": the parser makes the participle
                        # the preposition's object and the person its object
                        objs += [o for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                                 and g.lemma_.lower() in ADJECTIVAL_PARTICIPLES for o in g.children if o.dep_ in OBJ_DEPS]
                        for pobj in objs:
                            if pobj:
                                found = [a for a in self._resolve_arg(pobj, verb, ctx, loose=True)
                                         if a.code not in exclude]
                                if found:
                                    return found
        if event_noun is None and obj is not None and obj.dep_ in OBJ_DEPS | PASSIVE_SUBJ_DEPS:
            # "imposed sanctions on Russian banks": the object's own prepositions; "backed Lukashenko's plans",
            # "backed plans Lukashenko announced": the object's owner
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    for pobj in child.children:
                        found = self.resolver.resolve(pobj, ctx) if pobj.dep_ == "pobj" else []
                        if found:
                            return found
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ == "by":  # "rejected calls by Kofi Annan"
                    for pobj in child.children:
                        found = [a for a in self.resolver.resolve(pobj, ctx) if a.code not in exclude] \
                            if pobj.dep_ == "pobj" else []
                        if found:
                            return found
                owner = child if child.dep_ == "poss" else next(
                    (g for g in child.children if g.dep_ in SUBJ_DEPS), None) if child.dep_ in ("relcl", "acl") else None
                if owner is not None and owner.lower_ not in ("who", "which", "that"):
                    found = [a for a in self.resolver.resolve(owner, ctx) if a.code not in exclude]
                    if found:
                        return found
        for child in verb.children:
            if child.dep_ == "ccomp":  # "demanded that the US cancel the sale" → the US
                whom = next((g for g in child.children if g.dep_ in SUBJ_DEPS), None)
                found = [a for a in self.resolver.resolve(whom, ctx) if a.code not in exclude] if whom is not None else []
                if found:
                    return found
        a = self._last_other_agent(ctx, exclude) if pattern.code[:2] in REACTION_ROOTS and obj is not None and exclude \
            and obj.lemma_.lower() in ACT_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these",
                                                                                         "those") for c in obj.children) else None
        if a is not None:
            # "condemned the decision", "criticised the expulsions": aimed at whoever took the step just reported
            return [a.named_as(obj.text, obj.idx + ctx.offset, obj.idx + ctx.offset + len(obj.text),
                               f"author of the {obj.lemma_} ({a.text or a.name})")]
        if pattern.code[:2] in FORCE_ROOTS:
            # "shelled Juba", "air strikes on the capital Sanaa": force against a place is against its country
            places = [o for o in holders if o is not verb]
            places += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                       for g in c.children if g.dep_ == "pobj"]
            # the small parser often hangs a bare city off the verb ("shelled Aleppo on Thursday")
            places += [c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "nmod", "compound", "oprd")]
            if pattern.code[:2] == "15":  # "conducting exercises in Alaska": a show of force where it is held
                places += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "off")
                           for g in c.children if g.dep_ == "pobj"]
            for tok in places:
                for t in _phrase(tok):  # not its relative clause: "a missile that fell into the sea off Japan"
                    country = ctx.place_country.get(t.i)
                    if country and country not in exclude:
                        return [self.resolver.country_actor(country, "country of the place", t.text, t.idx + ctx.offset,
                                                           t.idx + ctx.offset + len(t.text))]
        return []

    def _reporter(self, verb, ctx: DocContext) -> Actor | None:
        head = verb
        for _ in range(2):
            if head.dep_ not in ("ccomp", "parataxis") and not (head.dep_ == "ROOT" and any(
                    c.dep_ in ("ccomp", "parataxis") and "report" in self.patterns.modifiers.get(c.lemma_.lower(), set())
                    for c in head.children)):
                break
            gov = head.head if head.dep_ in ("ccomp",) else next(
                (c for c in head.children if c.dep_ in ("ccomp", "parataxis")), head.head)
            if "report" in self.patterns.modifiers.get(gov.lemma_.lower(), set()):
                for child in gov.children:
                    if child.dep_ in SUBJ_DEPS:
                        found = self.resolver.resolve(child, ctx, with_conj=False)
                        return found[0] if found else None
                return None
            head = gov
        return None

    # -- nouns ------------------------------------------------------------------------------------
    def _code_noun(self, noun, sent, ctx: DocContext) -> list[EventHit]:
        """An event noun standing with its own actors ("Russian air strikes on Idlib", "Putin's visit")."""
        pattern = self.match_noun(noun)
        if pattern is None or pattern.code == "-" or pattern.code[:2] in NOUN_ONLY_SKIP_ROOTS:
            return []
        if any(c.dep_ == "neg" or c.lower_ == "no" for c in noun.children):
            return []
        named = ctx.mentions.get(noun.i)
        if named is not None and named.end - named.start > 1 and named.first("agent") is not None:
            return []  # "riot police", "strike force": the noun is part of an actor's name
        gov = noun.head
        while gov.pos_ not in ("VERB", "AUX") and gov.head != gov:
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX") and (self._negated(gov) or self._modality(gov)[0] == "hypothetical"):
            return []
        sources: list[Actor] = []
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                sources += self.resolver.resolve(child, ctx, with_conj=True)
            if child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    sources += self.resolver.resolve(pobj, ctx)
        confidence = 0.45
        if not sources:
            # "talks between Iran and Saudi Arabia", "cooperation would continue between the two countries"
            for child in [*noun.children, *(c for c in gov.children if gov is not noun and noun.dep_ in SUBJ_DEPS)]:
                if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                    parties = [a for pobj in child.children if pobj.dep_ == "pobj" for a in self.resolver.resolve(pobj, ctx)]
                    if len({a.code for a in parties}) > 1:
                        sources, confidence = parties, 0.65
                        pattern = replace(pattern, flags=pattern.flags | {"recip"})
        modality, notes = None, ["event noun"]
        if sources and gov.pos_ in ("VERB", "AUX") and noun.dep_ in SUBJ_DEPS and self._modality(gov)[0] == "intent":
            future = self.taxonomy.intent_of(pattern.code)
            if future is None:
                return []
            notes.append(f"intent: {pattern.code}→{future}")
            modality = "intent"
            pattern = replace(pattern, code=future)
        if not sources and noun.dep_ == "pobj" and noun.head.lower_ in ("during", "on", "at") \
                and noun.head.head.pos_ in ("VERB", "AUX"):
            # "Mishustin agreed the loan during a visit to Minsk": the visit is the subject's (what came "after"
            # or "before" is most often someone else's: "invaded weeks after the attacks")
            subj, passive = self._subject(noun.head.head)
            if subj is not None and not passive:
                sources = self.resolver.resolve(subj, ctx)
                confidence = 0.6
        if not sources and pattern.code[:2] == "14":
            # "Sunday's protests in Minsk", "protests against the government": the protesters are civilians of
            # the country where the protest is
            country = self._clause_country(noun, ctx) or ctx.local_country or ctx.main_country
            if country:
                sources = [Actor(country + "CVL", country, "CVL", None, noun.text, noun.idx + ctx.offset,
                                 noun.idx + ctx.offset + len(noun.text), "protesters of the protest's country")]
                confidence = 0.7
        if not sources:
            return []  # an event noun without its own actor is too vague to code
        targets = self._targets(noun, pattern, None, ctx, exclude={a.code for a in sources})
        return self._emit(pattern.code, sources, targets, pattern, noun, sent, confidence, modality, None, notes, ctx=ctx)

    # -- output -----------------------------------------------------------------------------------
    def _emit(self, code, sources, targets, pattern, trigger, sent, confidence, modality, reporter, notes,
              ctx: DocContext | None = None):
        if not sources and not targets:
            return []
        if code[:2] == "14" and sources and all(
                a.role in (None, "GOV") and a.country and len(a.country) == 3 and not a.country.startswith(("IGO", "NGO"))
                and not (a.how or "").startswith(("demonym", "country of a thing")) for a in sources):
            # a state that "protests" lodges a complaint; it does not take to the streets
            notes = [*notes, f"protest by a state: {code}→114"]
            code = "114"
        if (code[:2] == "14" or code == "133") and not targets and sources and sources[0].country \
                and len(sources[0].country) == 3 \
                and not sources[0].country.startswith(("IGO", "NGO")) and sources[0].role in ("CVL", "OPP", "LAB", "EDU", None):
            # a protest with no stated target is aimed at the government where it takes place (protests abroad
            # target the host: "US activists protested in Beijing"), by default the protesters' own
            c = (self._clause_country(trigger, ctx) if ctx is not None else None) or sources[0].country
            targets = [Actor(c + "GOV", c, "GOV", None, None, None, None, "protest aimed at the government (default)")]
            notes = [*notes, "default protest target"]
            confidence -= 0.05
        if reporter is not None and code[:2] in CLAIM_ROOTS and sources and reporter.country and \
                not reporter.country.startswith(("IGO", "NGO")) and \
                not any(same_side(reporter, s) for s in sources) and reporter.role in (None, "GOV", "MIL") and (
                not targets or reporter.country in {t.country for t in targets}):
            # one party's claim that the other attacked it: the accusation, not the act
            notes = [*notes, f"claim by {reporter.text}: {code}→1123"]
            code, targets, sources = "1123", sources, [reporter]
            confidence -= 0.05
        if int(code[:2]) >= 14 and all(a.role == "BUS" for a in (*sources, *targets)):
            return []  # companies fighting, attacking or protesting: commerce, not political violence
        hits = []
        pairs: list[tuple[Actor | None, Actor | None]] = []
        if "recip" in pattern.flags and len(sources) > 1 and not (
                code[:2] == "04" and targets and not any(same_side(s, t) for s in sources for t in targets)):
            # "X and Y held talks / joint exercises": the partners are each other's targets; but "X and Y met Z":
            # each met Z
            pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
        else:
            for s in sources or [None]:
                for t in targets or [None]:
                    if s is not None and t is not None and s.code == t.code:
                        if "country" in (t.how or "") and "+" in (t.how or "") and len(targets) == 1:
                            pairs.append((s, None))  # the target's country was only a guess: keep the act
                        continue
                    pairs.append((s, t))
                    if "recip" in pattern.flags and s is not None and t is not None:
                        pairs.append((t, s))
        if sent.text.lstrip()[:1] in QUOTES:
            confidence -= 0.1  # inside a quotation: rhetoric as often as report
        for s, t in pairs:
            c = confidence
            if s is None:
                c -= 0.2
            if t is None:
                c -= 0.1
            if any(a is not None and a.how and ("article country" in a.how or (
                    a.how.startswith("coref") and not a.how.startswith("coref:the parties"))) for a in (s, t)):
                c -= 0.1  # a party found by memory or by the article's country, not in the clause itself
            hits.append(EventHit(code, s, t, pattern, trigger, sent, round(max(0.05, min(c, 0.99)), 3), modality,
                                 reporter, list(notes)))
        return hits

    def _remember(self, sent, ctx: DocContext, hits: list[EventHit]) -> None:
        """Coreference memory: the last person and the last group named in this sentence (subjects first)."""
        people, groups = [], []
        for tok in sent:
            m = ctx.mentions.get(tok.i)
            if m is None or m.start != tok.i:
                continue
            if any(e.kind == "person" for e in m.entries):
                last = tok.doc[m.end - 1]  # the surname carries the name's role in the parse
                people.append((last.dep_ in SUBJ_DEPS, tok))
        if people:
            people.sort(key=lambda p: (p[0], p[1].i))
            found = self.resolver.resolve(people[-1][1], ctx, with_conj=False)
            if found:
                ctx.last_person = found[0]
        for h in reversed(hits):
            for actor in (h.target, h.source):
                if actor is not None:
                    self.resolver.remember_party(actor, ctx)
        sides = next(((h.source, h.target) for h in hits if "recip" in h.pattern.flags and h.source is not None
                      and h.target is not None and h.source.country and h.target.country
                      and not same_side(h.source, h.target)), None)
        if sides is not None:  # the two sides of the last talks, deal or fight: "the two sides" from now on
            ctx.sides = list(sides)
        for h in hits:
            for actor in (h.source, h.target):
                if actor is not None and not (actor.how or "").startswith(("person", "coref")):
                    groups.append(actor)
        if groups:
            ctx.last_group = groups[0]
        acted: list[Actor] = []  # who acted in this sentence, the first-coded first
        for h in hits:
            if h.source is not None and h.source.code not in {a.code for a in acted}:
                acted.append(h.source)
        if acted:
            ctx.agents = [*acted, *(a for a in ctx.agents if a.code not in {b.code for b in acted})][:6]
