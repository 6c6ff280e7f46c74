"""Implied events: a force acting on a crowd of protesters means a protest took place.

"فرقت الشرطة المتظاهرين"، "أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين"، "اعتقلت الشرطة عشرات
المتظاهرين"، "اشتبكت قوات الأمن مع المحتجين": next to the force's event (175 / 173 / 18x / 19x) the crowd's
PROTEST event is added, in the same sentence, with the crowd noun as its evidence (trigger span), the crowd's
actor (if any) as its source, no target (the protest-target rules of the event stage run after this and give
it one: ``_purpose_target``), and the force event's modality, quote and background flags.
A negated force event (لم تتدخل الشرطة لتفريق المحتجين) implies nothing.
The rule tag is ``ar:implied:crowd`` (a protester noun) or ``ar:implied:noun`` (a protest noun the force
acts on: فرقت الشرطة المظاهرة, whose genitive actor is the source).  The learned filter
(:mod:`marsad.coding.detect`) decides, as for every candidate, whether the sentence reports a current
protest: the implied event carries no ``:verb:`` / ``:self`` tag, so it never stands by itself.

Word lists: ``marsad/data/coding/implied_ar.tsv`` (force code prefixes, crowd nouns, protest nouns).
Option ``implied_protest`` (default on) switches the rule off.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..model import Event, stable_id
from ..resources import cached, data_path, read_tsv_dicts
from .cameo import lookup
from .structure import fill_side

WINDOW = 8            # words after the force's trigger in which its crowd is sought
_CLITICS = ("و", "ف", "ب", "ل")


class _Lists:
    __slots__ = ("force", "crowd", "noun")

    def __init__(self):
        self.force: tuple[str, ...] = ()
        self.crowd: dict[str, str] = {}
        self.noun: dict[str, str] = {}


def _load() -> _Lists:
    out = _Lists()
    force = []
    for r in read_tsv_dicts(data_path("coding", "implied_ar.tsv")):
        kind, form, code = r.get("kind", "").strip(), r.get("form", "").strip(), r.get("code", "").strip()
        if not kind or kind.startswith("#") or not form:
            continue
        if kind == "force":
            force.append(form)
        elif kind in ("crowd", "noun"):
            getattr(out, kind)[normalize(form)] = code or "141"
    out.force = tuple(force)
    return out


def lists() -> _Lists:
    return cached("coding.implied.ar", _load)


def _form(w, table: dict) -> "str | None":
    """The code of ``w`` in ``table`` (its normalised form, its stem, or the form without one proclitic)."""
    n = w.norm
    got = table.get(n)
    if got is None and w.stem:
        got = table.get(w.stem)
    if got is None and n[:1] in _CLITICS and len(n) > 4:
        got = table.get(n[1:])
    return got


def _index(words, pos: int) -> int:
    for k, w in enumerate(words):
        if w.start <= pos < w.end or w.start >= pos:
            return k
    return -1


def _inside(k: int, words, span) -> bool:
    return bool(span) and span[0] <= words[k].start and words[k].end <= span[1]


def _crowd_of(words, ev, stops: set[int]) -> "tuple[int, str, str] | None":
    """(word index, code, kind) of the crowd / protest noun the force event ``ev`` acts on, or None."""
    L = lists()
    k = _index(words, ev.trigger_start)
    if k < 0:
        return None
    n = len(words)
    j = k
    while j < n and words[j].start < ev.trigger_end:
        j += 1
    last = j   # first word after the trigger span
    # the target span first (اعتقلت الشرطة عشرات المتظاهرين: target "المتظاهرين"), then the trigger span (its
    # object word: فرقت الشرطة الاحتجاجات) and the words after it up to a punctuation mark or another trigger
    order = []
    ts = ev.target_span
    if ts:   # (the words are in text order: the scan stops past the span's end; session 21 SPD)
        t0, t1 = ts
        for x in range(k, n):
            w = words[x]
            if w.start > t1:
                break
            if t0 <= w.start and w.end <= t1:
                order.append(x)
    order += list(range(k + 1, last))
    for x in range(last, min(n, last + WINDOW)):
        if words[x].punct or x in stops:
            break
        order.append(x)
    for x in order:
        w = words[x]
        if w.punct or _inside(x, words, ev.source_span):
            continue   # the crowd as the agent (هاجم المتظاهرون …) is no implied protest
        c = _form(w, L.crowd)
        if c:
            return x, c, "crowd"
        c = _form(w, L.noun)
        if c:
            return x, c, "noun"
    return None


def _partitive(words, x: int) -> bool:
    """A crowd noun after من and a count ("ثلاثة من المحتجين"، "عدد من المتظاهرين"، "25 من المحتجين"): some people of
    the crowd, read as the bare (indefinite) crowd noun is -- the definite article names no protest told (s40)."""
    return x >= 2 and words[x - 1].norm == "من" and ("quant" in words[x - 2].cue or words[x - 2].text.isdigit())


def _is_force(ev, force: tuple[str, ...]) -> bool:
    return ev.root != "14" and ev.cameo.startswith(force)


def add_implied(doc, si, sent, words, args, evs: list[Event]) -> list[Event]:
    """``evs`` plus the implied protests of its force events (see the module doc), sorted by trigger."""
    L = lists()
    force = [e for e in evs if _is_force(e, L.force)]
    if not force:
        return evs
    stops = set()
    starts = {w.start: i for i, w in enumerate(words)}
    for e in evs:
        i = starts.get(e.trigger_start)
        if i is not None:
            stops.add(i)
    protests = [e for e in evs if e.root == "14"]
    if any(not e.negated and e.modality in ("asserted", "possible") for e in protests):
        return evs   # the sentence reports its protest already (تظاهر الطلاب … وفرقتهم الشرطة): one happening
    new: list[Event] = []
    done: set[int] = set()
    for fe in force:
        if fe.negated:
            continue   # "لم تتدخل الشرطة لتفريق المحتجين": a force that did not act implies no protest (session 15)
        got = _crowd_of(words, fe, stops - {starts.get(fe.trigger_start)})
        if got is None:
            continue
        x, code, kind = got
        w = words[x]
        if x in done:
            continue
        arg = None
        if kind == "crowd":
            arg = next((a for a in args if a.i0 <= x < a.i1), None)
        elif any(a.i0 <= x < a.i1 for a in args) or any("veto_next" in words[j].cue for j in range(max(0, x - 2), x)):
            continue   # inside an actor's span, or after an aircraft word (طائرة تركية مسيرة: a drone): no protest
        else:   # مظاهرة للطلاب / مظاهرات الطلاب: the genitive actor right after the noun
            arg = next((a for a in args if a.i0 == x + 1 and a.prep in ("", "ل")), None)
        if any((e.trigger_start < w.end and w.start < e.trigger_end)
               or (arg is not None and e.source_actor_id == arg.actor.id) for e in protests):
            continue   # the crowd's protest is already an event of the sentence
        done.add(x)
        info = lookup(code)
        ev = Event(id="", sentence=si, sentence_start=sent.start, sentence_end=sent.end,
                   trigger_start=w.start, trigger_end=w.end, trigger=doc.text[w.start:w.end],
                   cameo=code, root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
                   plover_type=info.plover_type, plover_mode=info.plover_mode,
                   plover_context=list(info.plover_context))
        if arg is not None:
            fill_side(ev, "source", arg.actor, (arg.start, arg.end))
        ev.negated, ev.modality, ev.historical = fe.negated, fe.modality, fe.historical
        ev.quote_id, ev.reported_by_actor_id, ev.reported_by_code = fe.quote_id, fe.reported_by_actor_id, fe.reported_by_code
        ev.confidence = round(min(fe.confidence, 0.6), 4)
        ev.story_id, ev.lang, ev.segment_kind = doc.story_id, "ar", sent.segment_kind
        ev.rule = f"ar:implied:{kind}"
        if kind == "crowd" and _partitive(words, x):
            ev.rule += ":partitive"   # "أوقفت قوى الأمن ثلاثة من المحتجين": some of them, a bare crowd (s40)
        ev.id = stable_id(doc.id, "ev", ev.trigger_start, ev.cameo, ev.source_code, "implied")
        new.append(ev)
    if not new:
        return evs
    return sorted(evs + new, key=lambda e: e.trigger_start)
