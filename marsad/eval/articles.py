"""Whole-article event evaluation: the events a reader codes from an article against the system's.

The sentence-level gold formats (arabic_event_gsr, PETRARCH XML, PLOVER records) test one sentence at a
time.  A user who asks "can I trust the event data of these articles" needs the article-level view:
headlines, captions, quotes, relative dates, one event per real happening, nothing from the ads.  The
gold is YAML (schema: :class:`GoldFile`; a commented example ships as ``marsad/examples/gold.yaml``)::

    articles:
      - id: cairo-amman
        file: ar_cairo_amman_talks.txt      # relative to the gold file (or `text:` inline)
        published_at: 2023-10-15
        captions: false                     # code captions (the pipeline's option)
        complete: true                      # every codeable event is listed: extras count against precision
        events:
          - trigger: التقى                  # a word of the trigger; `occurrence: 2` = its second occurrence
            also: [يبحثان]                  # other anchors of the same happening (the headline)
            code: ["040", "043"]            # acceptable CAMEO codes; "04" = any code of the root
            source: EGYGOV                  # a code prefix: "EGY" accepts any Egyptian actor; "-" = none; "*" = any;
                                            # a list accepts any of its items: [SDNCVL, CVL]
            target: JORGOV
            date: 2023-10-15                # optional: exact, a prefix ("2023-10"), or "<2023-10-15" / ">…"
            negated: false                  # optional (checked when given)
            modality: asserted              # optional
            historical: false               # optional: background, not a current event
            place: Amman                    # optional: place name, ISO-3 country or gazetteer id
            optional: false                 # true = acceptable, not required (neither missed nor extra)

Matching: a system event is a candidate for a gold event when its trigger span overlaps one of the gold
anchors; candidates are paired one-to-one, best first (same root, then source, target, exact code), so a
happening coded twice leaves one extra event.  Reported: recall (gold events found: a candidate of an
accepted root), strict recall / precision / F1 (found with an accepted code, source, target and, when
given, negation, modality, date), per-field accuracy over the found events, extras (only articles marked
``complete``), all per CAMEO root and PLOVER type of the gold.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..model import Document, Event

FIELDS = ("code", "source", "target", "date", "negated", "modality", "historical", "place")


class GoldEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    trigger: str
    occurrence: int = Field(1, ge=1)
    also: list[str] = []
    code: list[str]
    source: list[str] = ["*"]
    target: list[str] = ["*"]
    date: Optional[str] = None
    negated: Optional[bool] = None
    modality: Optional[str] = None
    historical: Optional[bool] = None
    place: list[str] = []
    optional: bool = False
    note: Optional[str] = None

    @field_validator("code", mode="before")
    @classmethod
    def _codes(cls, v):
        vals = v if isinstance(v, list) else [v]
        out = []
        for c in vals:
            c = str(c).strip()
            if not c.isdigit() or not 2 <= len(c) <= 4:
                raise ValueError(f"CAMEO code must be 2-4 digits (quote it in YAML: \"040\"), got {c!r}")
            out.append(c)
        return out

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v):
        return None if v is None else str(v)      # YAML reads 2023-10-15 as a date

    @field_validator("source", "target", "place", mode="before")
    @classmethod
    def _alternatives(cls, v):
        vals = v if isinstance(v, list) else [v]
        return ["-" if x is None else str(x).strip() for x in vals]


class GoldArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    file: Optional[str] = None
    text: Optional[str] = None
    published_at: Optional[str] = None
    captions: bool = False
    complete: bool = True
    events: list[GoldEvent] = []

    @field_validator("published_at", mode="before")
    @classmethod
    def _pub(cls, v):
        return None if v is None else str(v)

    @model_validator(mode="after")
    def _one_source(self):
        if (self.file is None) == (self.text is None):
            raise ValueError(f"article {self.id!r}: give exactly one of `file` and `text`")
        return self


class GoldFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[GoldArticle]


class GoldError(ValueError):
    """The gold file is malformed (schema, missing article file, an anchor not in the text)."""


def read_gold(path: Union[str, Path]) -> tuple[GoldFile, dict[str, str]]:
    """Parse and validate a gold file; returns it with each article's text (by id)."""
    import yaml
    from pydantic import ValidationError

    path = Path(path)
    try:
        gold = GoldFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (ValidationError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: {exc}") from exc
    texts: dict[str, str] = {}
    for art in gold.articles:
        if art.id in texts:
            raise GoldError(f"{path}: article id {art.id!r} is repeated")
        if art.file is not None:
            src = (path.parent / art.file).resolve()
            if not src.exists():
                src = _shared_fallback(art.file, src)
            if not src.exists():
                raise GoldError(f"{path}: article {art.id!r}: file not found: {src}")
            texts[art.id] = src.read_text(encoding="utf-8")
        else:
            texts[art.id] = art.text or ""
        for ev in art.events:
            for word in (ev.trigger, *ev.also):
                _anchor(texts[art.id], word, ev.occurrence if word == ev.trigger else 1, art.id, path)
    return gold, texts


def _shared_fallback(name: str, src: Path) -> Path:
    """A gold file's article under ``../shared`` (the seed) from a checkout that has no ``shared`` beside it (a git
    worktree): the same path under ``$MARSAD_SHARED``, as the tests and benchmarks read the shared data."""
    import os
    parts = Path(name).parts
    root = os.environ.get("MARSAD_SHARED")
    if root and "shared" in parts:
        alt = Path(root).joinpath(*parts[parts.index("shared") + 1:])
        if alt.exists():
            return alt
    return src


def _anchor(text: str, word: str, occurrence: int, art_id: str, path) -> tuple[int, int]:
    """The span of the ``occurrence``-th standalone occurrence of ``word`` (not inside a longer word: "محتجون" is
    not found in "المحتجون")."""
    import re

    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    for k, m in enumerate(pattern.finditer(text), 1):
        if k == occurrence:
            return m.start(), m.end()
    raise GoldError(f"{path}: article {art_id!r}: anchor {word!r} (occurrence {occurrence}) not in the text")


# ----------------------------------------------------------------------------- field checks
def _actor_ok(gold: list[str], code: Optional[str]) -> bool:
    return any(g == "*" or (not code if g == "-" else bool(code) and code.startswith(g)) for g in gold)


def _code_ok(gold: list[str], ev: Event) -> bool:
    return any(ev.cameo == g if len(g) > 2 else ev.root == g for g in gold)


def _date_ok(gold: str, ev: Event) -> bool:
    d = ev.date or ""
    if gold[:1] in "<>":
        if not d:
            return False
        return d < gold[1:] if gold[0] == "<" else d > gold[1:]
    return d.startswith(gold)


def _place_ok(gold: list[str], doc: Document, ev: Event) -> bool:
    """A gold place matches the event's place by name (or a qualified name containing it: "southern Khartoum"),
    ISO-3 country or gazetteer id; "-" = no place."""
    place = next((p for p in doc.places if p.id == ev.place_id), None) if ev.place_id else None
    if place is None:
        return "-" in gold
    names = [(place.name or "").casefold(), (place.name_ar or "").casefold()]
    ids = {(place.country or "").casefold(), str(place.geo_id or "").casefold()}
    for g in gold:
        g = g.casefold()
        if g in ids or any(f" {g} " in f" {n} " for n in names if n):
            return True
    return False


def field_checks(g: GoldEvent, ev: Event, doc: Document) -> dict[str, Optional[bool]]:
    """Per field: True / False, or None when the gold does not state it."""
    return {
        "code": _code_ok(g.code, ev),
        "source": None if g.source == ["*"] else _actor_ok(g.source, ev.source_code),
        "target": None if g.target == ["*"] else _actor_ok(g.target, ev.target_code),
        "date": None if g.date is None else _date_ok(g.date, ev),
        "negated": None if g.negated is None else ev.negated == g.negated,
        "modality": None if g.modality is None else ev.modality == g.modality,
        "historical": None if g.historical is None else ev.historical == g.historical,
        "place": None if not g.place else _place_ok(g.place, doc, ev),
    }


def _roots(g: GoldEvent) -> set[str]:
    return {c[:2] for c in g.code}


def _pair(gold_events: list[GoldEvent], spans: list[list[tuple[int, int]]], events: list[Event],
          doc: Document) -> dict[int, int]:
    """One-to-one pairing of gold and system events whose trigger overlaps a gold anchor, best first."""
    scored = []
    for gi, (g, anchors) in enumerate(zip(gold_events, spans)):
        for ei, ev in enumerate(events):
            # (the event's trigger, or a telling of the same happening merged into it: Event.also_spans)
            told = [(ev.trigger_start, ev.trigger_end)] + list(ev.also_spans)
            hits = [i for i, (s, e) in enumerate(anchors) if any(t0 < e and s < t1 for t0, t1 in told)]
            if not hits:
                continue
            chk = field_checks(g, ev, doc)
            actors_ok = chk["source"] is not False and chk["target"] is not False
            # a required event is paired before an optional one on the same trigger unless the optional one is the
            # only fit: an optional copy with "*" actors ("the other direction") fits any actors, and would otherwise
            # take a system event whose actors are wrong for the required one -- which then showed as missed and the
            # wrong event as not scored at all (it must count against precision)
            score = (ev.root in _roots(g), actors_ok and not g.optional, not g.optional, actors_ok,
                     chk["source"] is not False, chk["target"] is not False, chk["code"], hits[0] == 0)
            scored.append((score, -gi, -ei, gi, ei))
    scored.sort(reverse=True)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for *_, gi, ei in scored:
        if gi not in pairs and ei not in used:
            pairs[gi] = ei
            used.add(ei)
    return pairs


def _plover_of(codes: list[str]) -> Optional[str]:
    """The PLOVER type of the first gold code that has one (a root is read as its "not specified" code)."""
    from ..coding.cameo import lookup
    for code in codes:
        try:
            t = lookup(code if len(code) > 2 else code + "0").plover_type
        except KeyError:
            continue
        if t:
            return t
    return None


def evaluate(path: Union[str, Path], pipeline_for=None, details: bool = False) -> dict:
    """Score the pipeline against an article gold file (see the module docstring)."""
    gold, texts = read_gold(path)
    if pipeline_for is None:
        from ..pipeline import default_pipeline
        pipeline_for = default_pipeline
    totals = Counter()
    fields = {f: Counter() for f in FIELDS}
    by_root: dict[str, Counter] = defaultdict(Counter)
    by_plover: dict[str, Counter] = defaultdict(Counter)
    per_article = []
    for art in gold.articles:
        text = texts[art.id]
        doc = pipeline_for(art.captions)(text, published_at=art.published_at)
        spans = [[_anchor(text, g.trigger, g.occurrence, art.id, path)]
                 + [_anchor(text, w, 1, art.id, path) for w in g.also] for g in art.events]
        pairs = _pair(art.events, spans, doc.events, doc)
        missed, wrong, extras = [], [], []
        strict_of: dict[int, bool] = {}   # gold index -> found and coded right (read again for precision)
        for gi, g in enumerate(art.events):
            ei = pairs.get(gi)
            ev = doc.events[ei] if ei is not None else None
            found = ev is not None and ev.root in _roots(g)
            checks = field_checks(g, ev, doc) if found else {}
            strict = strict_of[gi] = found and all(v is not False for v in checks.values())
            if g.optional:
                totals["optional_found" if found else "optional_missed"] += 1
                continue
            root = sorted(_roots(g))[0]
            for counter in (totals, by_root[root], by_plover[_plover_of(g.code) or "(none)"]):
                counter["gold"] += 1
                counter["found"] += found
                counter["strict"] += strict
            if found:
                for f, ok in checks.items():
                    if ok is not None:
                        fields[f]["checked"] += 1
                        fields[f]["right"] += ok
            if not found:
                missed.append(_describe_gold(g))
            elif not strict:
                wrong.append({"gold": _describe_gold(g), "system": _describe_event(ev, doc),
                              "wrong": [f for f, ok in checks.items() if ok is False]})
        if art.complete:
            # every system event is a gold event coded right, one coded wrong, or an extra; "counted" = what the
            # relations time series count by default (asserted, not negated, not historical)
            gold_of = {ei: gi for gi, ei in pairs.items()}
            for ei, ev in enumerate(doc.events):
                gi = gold_of.get(ei)
                g = art.events[gi] if gi is not None else None
                counted = ev.modality == "asserted" and not ev.negated and not ev.historical
                if g is not None and g.optional:
                    continue
                if g is not None and ev.root in _roots(g):
                    ok = strict_of[gi]
                    totals["sys_strict"] += ok
                    totals["sys_strict_counted"] += ok and counted
                else:
                    extras.append(_describe_event(ev, doc))
                    by_plover[ev.plover_type or "(none)"]["extra"] += 1
                    by_root[ev.root]["extra"] += 1
                    totals["extra"] += 1
                    totals["extra_counted"] += counted
                totals["sys_scored"] += 1
                totals["sys_scored_counted"] += counted
        totals["system"] += len(doc.events)
        if details:
            per_article.append({"id": art.id, "events": len(doc.events), "missed": missed, "wrong": wrong,
                                "extra": extras if art.complete else None})
    res = _summary(totals, fields, by_root, by_plover, len(gold.articles))
    res["file"] = str(path)
    if details:
        res["per_article"] = per_article
    return res


def _ratio(a: int, b: int) -> Optional[float]:
    return round(a / b, 4) if b else None


def _f1(p: Optional[float], r: Optional[float]) -> Optional[float]:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _summary(totals: Counter, fields: dict, by_root: dict, by_plover: dict, n_articles: int) -> dict:
    gold, found, strict = totals["gold"], totals["found"], totals["strict"]
    # precision only over articles whose gold is complete: there every system event is either a gold event
    # (right or wrong) or an extra
    precision = _ratio(totals["sys_strict"], totals["sys_scored"])
    recall = _ratio(strict, gold)
    f1 = _f1(precision, recall)
    precision_counted = _ratio(totals["sys_strict_counted"], totals["sys_scored_counted"])

    def block(c: Counter) -> dict:
        return {"gold": c["gold"], "found": c["found"], "strict": c["strict"], "extra": c["extra"],
                "recall": _ratio(c["found"], c["gold"]), "strict_recall": _ratio(c["strict"], c["gold"])}

    return {
        "articles": n_articles,
        "gold_events": gold,
        "system_events": totals["system"],
        "found": found,
        "recall": _ratio(found, gold),
        "strict": strict,
        "strict_recall": recall,
        "strict_precision": precision,
        "strict_f1": f1,
        "strict_precision_counted": precision_counted,
        "extra": totals["extra"],
        "extra_counted": totals["extra_counted"],
        "optional_found": totals["optional_found"],
        "optional_missed": totals["optional_missed"],
        "fields": {f: {"checked": c["checked"], "accuracy": _ratio(c["right"], c["checked"])}
                   for f, c in fields.items()},
        "by_root": {k: block(v) for k, v in sorted(by_root.items())},
        "by_plover": {k: block(v) for k, v in sorted(by_plover.items())},
    }


def _describe_gold(g: GoldEvent) -> dict:
    return {"trigger": g.trigger, "code": g.code, "source": g.source, "target": g.target,
            **({"date": g.date} if g.date else {})}


def _describe_event(ev: Event, doc: Document) -> dict:
    place = next((p.name for p in doc.places if p.id == ev.place_id), None) if ev.place_id else None
    return {"trigger": ev.trigger, "start": ev.trigger_start, "code": ev.cameo, "source": ev.source_code,
            "target": ev.target_code, "date": ev.date, "negated": ev.negated, "modality": ev.modality,
            "historical": ev.historical, "place": place}
