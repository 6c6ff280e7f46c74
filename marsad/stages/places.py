"""Places stage: place names in the text -> gazetteer entries (``doc.places``).

Reads ``doc.tokens`` (offsets only; Arabic clitics are stripped by the matcher itself),
``doc.mentions`` (GPE/LOC mentions back up names that are also common words; PERS mentions
veto them, and so do ORG mentions unless a locative introduces the name), ``doc.actors`` (their countries are document context; an actor of basis
``metonym`` covering a name makes the place ``is_metonym``).  Photo credits, ads and source
lines are skipped.  See :mod:`marsad.geo.match` for the matching rules.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import Counter
from operator import attrgetter

from ..geo.gazetteer import get_gazetteer, key_of
from ..geo.match import get_matcher
from ..geo import world_regions
from ..geo.capitals import capital_phrases
from ..geo.waters import water_places
from ..lang.columns import token_texts, token_triples, tokens_outside
from ..resources import cached, data_path, read_tsv_dicts
from ..model import Document, Place, stable_id  # noqa: F401  (place ids == stable_id(doc.id, "place", s, e))

_HAS_CUE = "cue" in getattr(Place, "__dataclass_fields__", {})
SKIP_SEGMENTS = frozenset({"photo_credit", "ad", "source_line"})
PLACE_MENTIONS = frozenset({"GPE", "LOC"})
NAME_MENTIONS = frozenset({"PERS", "ORG"})
_start_of = attrgetter("start")
_end_of = attrgetter("end")
_sentence_of = attrgetter("sentence")
_text_of = attrgetter("text")
_sha1 = hashlib.sha1
_PARTICLES = frozenset({"بين", "مع", "ان", "لكن", "لدي", "between", "with"})


def _actors_in_span():
    try:
        from ..actors.query import actors_in_span  # type: ignore
        return actors_in_span
    except Exception:  # the actors layer is optional for this stage
        return None


class PlaceStage:
    def __init__(self, config):
        self.config = config

    def _gazetteer(self):
        cfg = self.config
        user = list(getattr(cfg, "lexicons", {}).get("gazetteer", []) or [])
        return get_gazetteer(user, replace=bool(user) and not getattr(cfg, "extend_lexicons", True))

    def __call__(self, doc: Document) -> Document:
        if not doc.tokens:
            return doc
        gaz = self._gazetteer()
        m = get_matcher(gaz)
        text = doc.text
        sents = doc.sentences
        skip = {i for i, s in enumerate(sents) if s.segment_kind in SKIP_SEGMENTS}
        # ((start, end, sentence) of each token and their texts: the document's token columns, shared with the other
        # stages, or their part outside the skipped sentences)
        if skip:
            tokens, toks, texts = tokens_outside(doc, skip)
            if not tokens:
                return doc
        else:
            tokens, toks, texts = doc.tokens, token_triples(doc), token_texts(doc)
        prep = m.keys(text, toks, texts)
        raws = m.spans(text, toks, prep)
        if not raws and not doc.mentions:
            doc.places = sorted(capital_phrases(doc, gaz, tokens, []) + water_places(doc, skip), key=_start_of)
            return doc
        m.context(text, toks, raws, prep)

        # NER: GPE/LOC mentions support a name; a PERS mention around it vetoes it
        ments = [x for x in doc.mentions if x.type in PLACE_MENTIONS or x.type in NAME_MENTIONS]
        if ments and raws:
            # mentions by start: only those starting before a name's end and within the longest
            # mention's length of its start can overlap it (the veto does not depend on order)
            ments.sort(key=_start_of)
            mstarts = [x.start for x in ments]
            longest = max(x.end - x.start for x in ments)
            # a dateline's upper-case words are places by its form ("COPENHAGEN/NUUK, March 29 -"): they are supported
            # as a place tag would, and a name tag of the NER, which reads "NUUK" as an acronym, does not veto them
            # (session 46)
            datelines = [(x.start, x.end) for x in sents if x.segment_kind == "dateline"]
            dateline_end = max((b for _, b in datelines), default=-1)   # (most names come after every dateline)
            keep = []
            for r in raws:
                if r.start < dateline_end and not r.prefix and any(a <= r.start < b for a, b in datelines):
                    # (a dateline writes its place bare: "كراكاس (وكالات) -" is و + ك + a town's name only by the
                    # clitic split of the agency credit "agencies"; session 54)
                    r.supported = True
                    keep.append(r)
                    continue
                veto = False
                for x in ments[bisect_left(mstarts, r.start - longest):bisect_left(mstarts, r.end)]:
                    if x.start < r.end and r.start < x.end:
                        if x.type in NAME_MENTIONS:
                            # a person, or an organisation named after a place (ريال مدريد، جامعة دمشق),
                            # unless a locative introduces the name (السفارة الروسية في واشنطن)
                            # (a whole multi-word place name tagged PERS is taken as an NER slip)
                            if (x.start <= r.start and r.end <= x.end and (
                                    r.cue != "locative" or (r.prefix and x.start <= r.start - len(r.prefix)))
                                    and not (r.n > 1 and x.start == r.start and x.end == r.end)):
                                veto = True
                            # (a locative that is the name's own clitic read inside the tagged name is none:
                            # "رحب الرئيس بايدن" is Biden, not ب + Eden; session 54)
                        else:
                            r.supported = True
                if not veto:
                    keep.append(r)
            raws = keep

        regions = world_regions.spans(text)
        if regions:   # "exports to North America": no place of the USA (session 23, GAPE)
            raws = [r for r in raws if not world_regions.inside(regions, r.start, r.end)]
        doc_hints: Counter = Counter(a.country for a in doc.actors if a.country)
        hits = m.resolve(text, toks, raws, lambda: m.sentence_hints(text, toks, prep), doc_hints)

        # spans of the actors read as government metonyms (the same test as
        # actors_in_span(doc, s, e) holding an actor of basis "metonym", without the per-name scan)
        met_spans = sorted(sp for a in doc.actors if getattr(a, "basis", "") == "metonym" for sp in a.spans) \
            if doc.actors and _actors_in_span() is not None else []
        if met_spans:
            # by start, with the running maximum of ends: some span starts before a name's end and
            # ends after its start iff the longest-reaching span among those starting before does
            met_starts = [sp[0] for sp in met_spans]
            met_reach, far = [], None
            for sp in met_spans:
                far = sp[1] if far is None or sp[1] > far else far
                met_reach.append(far)
        if doc.actors:
            # (session 43) a name inside a named person's actor span (a listed person, not a role phrase) is the
            # person's ("Hassan condemned the unrest" after "President Samia Suluhu Hassan": no town of Karnataka),
            # unless a locative introduces it
            people = [sp for a in doc.actors if a.kind == "person" and (a.entity_id or "").startswith(("P.", "PHX."))
                      for sp in a.spans]   # (people.tsv / Phoenix names; UP dictionary "persons" include bodies)
            if people:
                # (the name ends the person's span: a surname, not a place named inside a title phrase, "رئيس وزراء
                # إقليم كردستان")
                hits = [h for h in hits if h.cue == "locative"
                        or not any(s <= h.start and (h.end == e or _first_name(text, s, h.start, h.end, e))
                                   for s, e in people)]
        places = []
        # ids: stable_id(doc.id, "place", start, end), spelled out (the same string)
        prefix = f"{doc.id}\x1fplace\x1f"
        for h in hits:
            e = h.entry
            metonym = False
            if h.cue != "locative" and h.cue != "venue" and h.cue != "direction":
                if met_spans:
                    k = bisect_left(met_starts, h.end)
                    metonym = k > 0 and met_reach[k - 1] > h.name_start
                if not metonym and (e.capital or e.kind == "country") and not h.direction:
                    metonym = h.cue == "metonym" or self._verb_follows(gaz, text, toks, h, prep[1])
            pid = _sha1(f"{prefix}{h.start}\x1f{h.end}".encode("utf-8")).hexdigest()[:16]
            if _HAS_CUE:
                places.append(Place(pid, h.start, h.end, text[h.start:h.end], h.name, e.name_ar or None, h.geo_id,
                                    e.country, round(h.lat, 5), round(h.lon, 5), h.precision, h.sentence, metonym,
                                    h.cue))
            else:   # pragma: no cover - a model without Place.cue
                places.append(Place(pid, h.start, h.end, text[h.start:h.end], h.name, e.name_ar or None, h.geo_id,
                                    e.country, round(h.lat, 5), round(h.lon, 5), h.precision, h.sentence, metonym))
        extra = capital_phrases(doc, gaz, tokens, places)   # "العاصمة العراقية", "the Chinese capital"
        if extra:
            places = sorted(places + extra, key=_start_of)
        waters = water_places(doc, skip)   # "في جنوب البحر الأحمر", "in the Strait of Hormuz" (session 40)
        if waters:
            places = sorted([p for p in places if not any(w.start < p.end and p.start < w.end for w in waters)]
                            + waters, key=_start_of)
        if len(places) > 1:
            places = _drop_located_elsewhere(text, places)
        doc.places = places
        return doc

    @staticmethod
    def _verb_follows(gaz, text, toks, h, keys=None) -> bool:
        """"واشنطن ترفض" / "Moscow said": a capital or country followed by a statement verb."""
        # the name's first token (h.token_index) when the name starts with it; a name after a
        # stripped proclitic (وواشنطن) starts inside its token: no token starts there
        k = h.token_index
        if toks[k][0] != h.name_start:
            return False
        # the name may span several tokens: find the first token after its end
        while k < len(toks) and toks[k][1] <= h.end:
            k += 1
        if k >= len(toks) or toks[k][2] != h.sentence:
            return False
        # (the token's matching key, already computed by Matcher.keys: the same key_of of its text)
        w = keys[k] if keys is not None else key_of(text[toks[k][0]:toks[k][1]])
        return w in gaz.cues.metonym and w not in _PARTICLES


# the words after which a country's name inside a person's span is the title's place ("President of Kenya William
# Ruto"), no first name
_TITLE_PLACE_WORDS = frozenset(("of", "in", "for", "to", "from"))


def _first_name(text: str, start: int, name_start: int, name_end: int, end: int) -> bool:
    """Is the English place name at ``name_start:name_end`` inside a person's span ``start:end`` the person's first
    name ("National Rally president Jordan Bardella", "Defence Minister Israel Katz")?  It opens the name: a
    capitalised word follows inside the span, and no "of" / "in" stands before it (session 52 GAPEN52)."""
    if not text[name_start:name_end].isascii():
        return False
    rest = text[name_end:end].split()
    if not rest or not rest[0][:1].isupper():
        return False
    before = text[start:name_start].split()
    return not (before and before[-1].lower() in _TITLE_PLACE_WORDS)


def _within_words() -> dict:
    def load():
        out: dict = {"within": set(), "venue": set()}
        for r in read_tsv_dicts(data_path("geo", "within.tsv")):
            out[r["kind"].strip()].add(key_of(r["word"]))
        return {k: frozenset(v) for k, v in out.items()}
    return cached(("places", "within.tsv"), load)


_EXTRA_NAME_WORDS = 2   # words of a longer name after the matched one ("عدن يابال")


def _drop_located_elsewhere(text: str, places: list) -> list:
    """Without the names of a town, city or village (the place's cue ``venue``) that the phrase right after them locates
    in another country: "على بلدة عدن يابال في إقليم شبيلي الوسطى وسط الصومال" (عدن matched inside an unknown longer
    name; the sentence puts it in Somalia): the name is a homonym of another place, its country wrong (session 45).
    An embassy's state before its host city ("سفارة بورما في بانكوك") is no venue-introduced name."""
    words = _within_words()
    drop = set()
    for i, p in enumerate(places):
        if not p.country or getattr(p, "cue", None) != "venue":
            continue   # (only a name its venue word introduces: "بلدة عدن يابال"; not "سفارة بورما في بانكوك")
        q = next((q for q in places[i + 1:] if q.sentence == p.sentence and q.country and q.start >= p.end), None)
        if q is None or q.country == p.country or q.start - p.end > 60:
            continue
        between = [key_of(w) for w in text[p.end:q.start].split()]
        if any(c in text[p.end:q.start] for c in ".,،;؛:"):
            continue
        k = next((j for j, w in enumerate(between) if w in words["within"]), None)
        if k is None or k > _EXTRA_NAME_WORDS or between[-1] not in words["within"] \
                or sum(w not in words["within"] and w not in words["venue"] for w in between[k:]) > 3:
            continue   # (a region's own name may stand between: "في إقليم شبيلي الوسطى وسط الصومال")
        drop.add(i)
    return [p for i, p in enumerate(places) if i not in drop] if drop else places

