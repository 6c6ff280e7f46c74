"""The staged pipeline: an ordered list of small, pure-per-document stages.

Each stage is a class ``Stage(config)`` whose ``__call__(doc)`` fills one layer
of the :class:`~marsad.model.Document` and returns it.  Stages hold only their
(picklable) config; heavy read-only state (lexicons, models) is loaded lazily
through :mod:`marsad.resources`, once per process, so a cluster engine can ship
the pipeline cheaply and each worker loads state once.
"""
from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional

from .model import Document

# name -> "module:Class".  Order is the pipeline order.
STAGES: dict[str, str] = {
    "clean": "marsad.stages.clean:CleanStage",            # hygiene + segments (+ dateline date)
    "language": "marsad.stages.language:LanguageStage",   # language per segment
    "sentences": "marsad.stages.sentences:SentenceStage", # sentences + clitic-aware tokens
    "mentions": "marsad.stages.mentions:MentionStage",    # named entities (NER + gazetteer)
    "actors": "marsad.stages.actors:ActorStage",          # mentions -> CAMEO actors
    "time": "marsad.stages.time:TimeStage",               # temporal expressions -> TimeRefs
    "places": "marsad.stages.places:PlaceStage",          # place mentions -> gazetteer entries
    "quotes": "marsad.stages.quotes:QuoteStage",          # reported speech: speaker, cue, content
    "events": "marsad.stages.events:EventStage",          # CAMEO/PLOVER events with evidence
}


@dataclass
class PipelineConfig:
    """User-facing switches.  Everything is optional; defaults are the shipped behaviour."""
    captions: bool = False                 # code captions too (never with the article's date)
    disabled: tuple[str, ...] = ()         # stage names to skip
    # Replace or extend data files: e.g. {"actors": ["my_actors.tsv"], "triggers_ar": ["x.tsv"]}
    lexicons: dict[str, list[str]] = field(default_factory=dict)
    extend_lexicons: bool = True           # True: user files are added to the shipped ones
    options: dict[str, Any] = field(default_factory=dict)

    def lexicon_files(self, key: str, default: list[str]) -> list[str]:
        user = list(self.lexicons.get(key, []))
        if not user:
            return list(default)
        return list(default) + user if self.extend_lexicons else user


def _load_stage(spec: str) -> type:
    mod, _, cls = spec.partition(":")
    return getattr(importlib.import_module(mod), cls)


class Pipeline:
    """Run the stages over documents.

    >>> from marsad import Pipeline
    >>> p = Pipeline(disable=["places"])
    >>> doc = p("قال وزير الخارجية ...", published_at="2022-12-02")
    """

    def __init__(self, config: Optional[PipelineConfig] = None, *, disable: Iterable[str] = (),
                 captions: Optional[bool] = None, lexicons: Optional[dict[str, list[str]]] = None,
                 stages: Optional[dict[str, str]] = None):
        self.config = config or PipelineConfig()
        if disable:
            self.config.disabled = tuple(self.config.disabled) + tuple(disable)
        if captions is not None:
            self.config.captions = captions
        if lexicons:
            self.config.lexicons.update(lexicons)
        spec = dict(stages or STAGES)
        unknown = set(self.config.disabled) - set(spec)
        if unknown:
            raise ValueError(f"unknown stage(s) {sorted(unknown)}; stages are {list(spec)}")
        self.stage_names = [n for n in spec if n not in self.config.disabled]
        self.stages: list[tuple[str, Callable[[Document], Document]]] = [
            (n, _load_stage(spec[n])(self.config)) for n in self.stage_names
        ]
        # seconds spent per stage: wall clock, and CPU of this process (steadier on a busy machine)
        self.timings: dict[str, float] = {n: 0.0 for n in self.stage_names}
        self.cpu_timings: dict[str, float] = {n: 0.0 for n in self.stage_names}

    def run(self, doc: Document) -> Document:
        for name, stage in self.stages:
            t0, c0 = time.perf_counter(), time.process_time()
            doc = stage(doc)
            self.timings[name] += time.perf_counter() - t0
            self.cpu_timings[name] += time.process_time() - c0
        return doc

    def __call__(self, text_or_doc: "str | Document", *, published_at: Optional[str] = None,
                 lang: Optional[str] = None, **kw: Any) -> Document:
        if isinstance(text_or_doc, Document):
            doc = text_or_doc
            if published_at:
                doc.published_at, doc.published_at_basis = published_at, "user"
            if lang:
                doc.lang = lang
                doc.meta["lang_forced"] = lang
        else:
            doc = Document.from_text(text_or_doc, published_at=published_at, lang=lang, **kw)
        return self.run(doc)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for d in docs:
            yield self.run(d)


_default: dict[tuple, Pipeline] = {}


def default_pipeline(captions: bool = False) -> Pipeline:
    key = (captions,)
    if key not in _default:
        _default[key] = Pipeline(PipelineConfig(captions=captions))
    return _default[key]


def code(text: str, published_at: Optional[str] = None, lang: Optional[str] = None, *,
         captions: bool = False, **kw: Any) -> Document:
    """Code one article: returns the annotated :class:`Document` with its events."""
    return default_pipeline(captions)(text, published_at=published_at, lang=lang, **kw)
