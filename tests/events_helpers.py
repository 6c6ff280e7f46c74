"""Helpers for the events tests: run the real pipeline up to sentences/time, inject actors we
choose (so the structure rules are tested independently of the actor lexicon), then run the
quote and event stages."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from marsad.model import Actor, stable_id
from marsad.pipeline import Pipeline, PipelineConfig
from marsad.stages.events import EventStage
from marsad.stages.quotes import QuoteStage

_PIPE: dict = {}


def _pipe():
    if "p" not in _PIPE:
        _PIPE["p"] = Pipeline(PipelineConfig(disabled=("mentions", "actors", "places", "quotes", "events")))
    return _PIPE["p"]


def code(text: str, actors: dict | None = None, *, published_at: str = "2023-05-10", captions: bool = False,
         lang: str | None = None):
    """``actors``: {surface: CAMEO code}; every occurrence of the surface becomes a span of that actor
    (country = first 3 letters when they are upper-case ISO-3, role = the rest)."""
    doc = _pipe()(text, published_at=published_at, lang=lang)
    for surf, c in (actors or {}).items():
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(surf), text)]
        if not spans:
            raise AssertionError(f"{surf!r} not in text")
        country = c[:3] if len(c) >= 3 and c[:3] not in ("GOV", "MIL", "CVL", "COP", "OPP", "REB", "MED", "EDU") else None
        role = c[3:] if country else c
        doc.actors.append(Actor(id=stable_id(doc.id, "a", surf), code=c, country=country, role=role or None,
                                kind="country" if len(c) == 3 else "organisation", spans=spans))
    cfg = PipelineConfig(captions=captions)
    QuoteStage(cfg)(doc)
    EventStage(cfg)(doc)
    return doc


def full(text: str, *, published_at: str = "2023-05-10"):
    """The whole shipped pipeline (real NER and actor lexicon), one instance per test process."""
    if "full" not in _PIPE:
        _PIPE["full"] = Pipeline()
    return _PIPE["full"](text, published_at=published_at)


def of_type(doc, plover_type: str, **kw):
    """Events of a PLOVER type whose fields equal ``kw``."""
    return [e for e in doc.events if e.plover_type == plover_type and all(getattr(e, k) == v for k, v in kw.items())]


def find(doc, cameo: str, src: str | None = "*", tgt: str | None = "*", **kw):
    """Events whose CAMEO code starts with ``cameo`` and whose source/target code (or country)
    equals ``src``/``tgt`` ('*' = any; None = absent), and whose other fields equal ``kw``."""
    out = []
    for e in doc.events:
        if not e.cameo.startswith(cameo):
            continue
        if src != "*" and (e.source_code or None) != src:
            continue
        if tgt != "*" and (e.target_code or None) != tgt:
            continue
        if any(getattr(e, k) != v for k, v in kw.items()):
            continue
        out.append(e)
    return out


def by_country(doc, prefix: str, src: str | None = None, tgt: str | None = "*"):
    """Events whose CAMEO code starts with ``prefix``, whose source country is ``src`` (None = any) and whose target
    country is ``tgt`` ('*' = any, None = none)."""
    return [e for e in doc.events if e.cameo.startswith(prefix) and (src is None or e.source_country == src)
            and (tgt == "*" or e.target_country == tgt)]


def first_coded(text: str, prefix: str, src: str | None = None, tgt: str | None = None, *,
                published_at: str = "2024-01-25"):
    """(the first event whose CAMEO code starts with ``prefix`` and whose source / target country equals ``src`` /
    ``tgt`` when given, the document) through the full pipeline; fails with the document's events when none."""
    doc = full(text, published_at=published_at)
    ev = [e for e in doc.events if e.cameo.startswith(prefix) and (src is None or e.source_country == src)
          and (tgt is None or e.target_country == tgt)]
    assert ev, dump(doc)
    return ev[0], doc


def triples(text: str) -> list:
    """(code, source code, target code) of every event of ``text`` through the whole pipeline (:func:`full`)."""
    return [(e.cameo, e.source_code, e.target_code) for e in full(text).events]


def actor_of(doc, phrase: str):
    """The first actor of ``doc`` one of whose spans holds ``phrase``, or None."""
    return next((a for a in doc.actors if any(phrase in doc.text[s:e] for s, e in a.spans)), None)


def show(doc) -> list:
    """(code, trigger, source, target, rule, historical) of every event: what an assertion message shows."""
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule, e.historical) for e in doc.events]


def dump(doc) -> str:
    return "\n".join(f"{e.cameo} {e.source_code}->{e.target_code} neg={e.negated} mod={e.modality} "
                     f"hist={e.historical} trig={e.trigger!r} rule={e.rule}" for e in doc.events)


# ----------------------------------------------------------------------------- whole articles (tests/data/articles_ar)
ARTICLES_AR = Path(__file__).parent / "data" / "articles_ar"


@lru_cache(maxsize=None)
def article_events(name: str, date: str) -> tuple:
    """Code tests/data/articles_ar/``name`` as one document (the shipped pipeline), once per test process:
    (cameo, source, target, trigger text, date, place name, negated) per event."""
    import marsad

    doc = marsad.code((ARTICLES_AR / name).read_text(encoding="utf-8"), published_at=date)
    places = {p.id: p.name for p in doc.places}
    return tuple((e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e.date,
                  places.get(e.place_id), e.negated) for e in doc.events)


def find_article_event(events, trigger: str, cameo: str, src: str | None = None):
    """The first event of :func:`article_events` with this trigger and code (and source, when given: a trigger word
    can recur); an exact trigger before one that only starts with it (واتهم, not واتهمت)."""
    got = [e for e in events if e[3].startswith(trigger) and e[0] == cameo and (src is None or e[1] == src)]
    assert got, [(e[0], e[1], e[3]) for e in events]
    exact = [e for e in got if e[3] == trigger]
    return (exact or got)[0]


def check_article_events(events, checks) -> None:
    """``checks``: [(trigger, cameo, source, target, date, place)], None = not checked; every one found, asserted
    (not negated), with the fields given."""
    for trig, cameo, src, tgt, d, place in checks:
        e = find_article_event(events, trig, cameo, src)
        if src is not None:
            assert e[1] == src, (trig, e)
        if tgt is not None:
            assert e[2] == tgt, (trig, e)
        if d is not None:
            assert e[4] == d, (trig, e)
        if place is not None:
            assert e[5] == place, (trig, e)
        assert not e[6], (trig, e)


def coded_rows(pipe, text: str, code_prefix: str, *, published_at: str) -> list:
    """(cameo, trigger, source code, target code) of the events whose CAMEO code starts with ``code_prefix``."""
    return [(e.cameo, e.trigger, e.source_code, e.target_code) for e in pipe(text, published_at=published_at).events
            if e.cameo.startswith(code_prefix)]


def segment_kinds(pipe, text: str, *, published_at: str) -> tuple:
    """The (kind, text) of every segment, and the document."""
    d = pipe(text, published_at=published_at)
    return [(s.kind, text[s.start:s.end]) for s in d.segments], d


def events_with_prefix(pipe, text: str, code_prefix: str, *, published_at: str) -> list:
    """The events whose CAMEO code starts with ``code_prefix``."""
    return [e for e in pipe(text, published_at=published_at).events if e.cameo.startswith(code_prefix)]


def only_event(pipe, text: str, code_prefix: str, *, published_at: str):
    """The one event whose CAMEO code starts with ``code_prefix`` (fails, listing them, when there are more or none)."""
    evs = events_with_prefix(pipe, text, code_prefix, published_at=published_at)
    assert len(evs) == 1, [(e.cameo, e.trigger, e.source_code, e.target_code) for e in evs]
    return evs[0]


def call_rule(fn, doc, evs, intl=()):
    """Call a per-document rule of the events stage with the arguments its parameter names ask for: ``doc``,
    ``text`` (the document's), ``intl`` and, for any other name, the events ``evs``."""
    args = []
    for a in fn.__code__.co_varnames[:fn.__code__.co_argcount]:
        args.append(doc if a == "doc" else doc.text if a == "text" else intl if a == "intl" else evs)
    return fn(*args)


def sentence_events(text: str, date: str) -> list:
    """The events the whole shipped pipeline codes in ``text`` published on ``date``."""
    return list(full(text, published_at=date).events)


def codes(evs) -> list:
    """(code, source, target, trigger) of each event: the assertion message of the own-sentence tests."""
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in evs]


def with_trigger(evs, word: str):
    """The first event whose trigger holds ``word`` (fails, showing all, when none does)."""
    got = [e for e in evs if word in e.trigger]
    assert got, codes(evs)
    return got[0]
