"""An order to a force: the ordered military move, by the one who orders it (session 39).

"أمر حفتر أمس قواته بالتقدم نحو العاصمة طرابلس"، "وكان نتنياهو قد أعلن أن الاتفاق انهار، وأمر الجيش بالسيطرة على المنطقة
العازلة"، "وأضاف أنه أمر الجيش بإقامة منطقة دفاعية في جنوب سوريا": the verb أمر is no trigger of the lexicon (its letters
are those of امرأة "a woman" and of the noun أمر "a matter", and a trigger entry lets other rules read those as the
verb), so these orders were lost.  This module reads only the verb's exact written forms (cue ``order_verb``: أمر، وأمر،
يأمر …, no suffix) and, when a ب + verbal noun of a military move (``ordered_force_ar.tsv``) follows within the clause,
codes the move (its table code) by the one who orders: the first actor after the verb when another actor (the force)
follows it before the move, or when it is no force; else (the verb's subject elided) the speaker of the sentence's saying
or the subject of a verb event before it in the sentence.  The target is the first actor or place of a country after the
move within the clause.  An event already coded on the move's noun ("بشن هجوم") takes the orderer as its source instead
of a new event.  The trigger spans the verb to the move (both are its words).  Marker ``ar:ordered-force``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..model import Event, stable_id
from ..resources import cached, data_path, read_tsv_dicts
from .cameo import lookup
from .structure import fill_side, get_lexicon

_REACH = 24          # tokens from the verb to the move (an apposition between: "حفتر، قائد …، قواته")
_TARGET_REACH = 10   # words after the move in which its place or target stands
_FORCE_ROLES = frozenset(("MIL", "COP", "REB", "UAF", "SPY"))
_STOP = frozenset(".؛;:!?؟")


def _moves() -> dict:
    return cached(("coding.ordered_force_ar",), lambda: {
        normalize(r["form"].strip()): r["cameo"].strip()
        for r in read_tsv_dicts(data_path("coding", "ordered_force_ar.tsv")) if r.get("form", "").strip()})


def _order_forms(lex) -> frozenset:
    return cached(("coding.order_verb_forms", id(lex)),
                  lambda: frozenset(f for f, d in lex.cues.items() if "order_verb" in d))


def _move_code(text: str, moves: dict):
    w = normalize(text)
    if not w.startswith("ب"):
        return None
    w = w[1:]
    if w.startswith("ال"):
        w = w[2:]
    return moves.get(w)


def apply(doc, events: list) -> list:
    """``events`` with the ordered moves added (or their sources set); see the module doc."""
    text = doc.text
    if "مر" not in text:
        return events
    lex = get_lexicon("ar")
    forms = _order_forms(lex)
    stems = cached(("coding.order_verb_stems", id(lex)),
                   lambda: frozenset(f[1:] if f[:1] in ("و", "ف") else f for f in forms))
    moves = None
    toks = doc.tokens
    added = []
    for s in doc.sentences:
        if s.lang != "ar" or "مر" not in text[s.start:s.end]:
            continue
        for k in range(s.token_start, s.token_end):
            t = toks[k]
            if t.norm not in stems or normalize(t.text) not in forms:   # (the stem first: one set test per word)
                continue
            if moves is None:
                moves = _moves()
            m = None
            for j in range(k + 1, min(s.token_end, k + 1 + _REACH)):
                if toks[j].text in _STOP:
                    break   # (commas are passed: an apposition of the orderer stands between)
                code = _move_code(toks[j].text, moves)
                if code:
                    m = (j, code)
                    break
            if m is None:
                continue
            j, code = m
            mv = toks[j]
            between = sorted(((a, sp) for a in doc.actors for sp in a.spans if t.end <= sp[0] and sp[1] <= mv.start),
                             key=lambda x: x[1])
            orderer = None
            if between:
                a0, sp0 = between[0]
                force = (a0.role in _FORCE_ROLES and a0.kind != "person")
                if len(between) > 1 or not force:
                    orderer = (a0, sp0)
            if orderer is None:   # the subject before the verb ("حفتر يأمر قواته بالزحف")
                orderer = next(((a, sp) for a in doc.actors for sp in a.spans
                                if s.start <= sp[0] and 0 <= t.start - sp[1] <= 2), None)
            if orderer is None:
                orderer = _elided_orderer(doc, s, t, events)
            if orderer is None or not orderer[0].code:
                continue
            existing = next((e for e in events if e.sentence_start == s.start and mv.start <= e.trigger_start < mv.end + 40
                             and e.root == lookup(code).root), None)
            if existing is not None:
                if existing.source_actor_id != orderer[0].id:
                    fill_side(existing, "source", orderer[0], orderer[1])
                    existing.rule += ":ordered-force"
                continue
            info = lookup(code)
            ev = Event(id="", sentence=toks[k].sentence, sentence_start=s.start, sentence_end=s.end,
                       trigger_start=t.start, trigger_end=mv.end, trigger=text[t.start:mv.end],
                       cameo=code, root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
                       plover_type=info.plover_type, plover_mode=info.plover_mode,
                       plover_context=list(info.plover_context))
            fill_side(ev, "source", orderer[0], orderer[1])
            tgt = _target(doc, s, toks, j, orderer[0])
            if tgt is not None and tgt[0] is not None:
                fill_side(ev, "target", *tgt)
            elif tgt is not None:   # a place's country: no actor is made (as people_object's civilians)
                ev.target_code = ev.target_country = tgt[2]
                ev.target_span = tgt[1]
            q = next((q for q in doc.quotes if q.content_start <= t.start < q.content_end), None)
            if q is not None:
                ev.quote_id, ev.reported_by_actor_id = q.id, q.speaker_actor_id
            ev.confidence = 0.6
            ev.story_id, ev.lang, ev.segment_kind = doc.story_id, "ar", getattr(s, "segment_kind", "body")
            ev.rule = "ar:ordered-force"
            ev.id = stable_id(doc.id, "ev", ev.trigger_start, ev.cameo, ev.source_code, "ordered")
            added.append(ev)
    if not added:
        return events
    return sorted(events + added, key=lambda e: e.trigger_start)


def _elided_orderer(doc, s, t, events):
    """The subject of an order verb with none of its own: the speaker of the saying it is told in (or before it in
    its sentence), else the source of the nearest verb event before it in the sentence."""
    q = next((q for q in doc.quotes if q.sentence == t.sentence and q.speaker_actor_id and q.cue_start < t.start),
             None)
    if q is not None:
        a = next((a for a in doc.actors if a.id == q.speaker_actor_id), None)
        if a is not None:
            return a, (q.speaker_start, q.speaker_end)
    before = [e for e in events if e.sentence_start == s.start and e.trigger_start < t.start and e.source_actor_id
              and ":verb:" in e.rule]
    if before:
        e = max(before, key=lambda e: e.trigger_start)
        a = next((a for a in doc.actors if a.id == e.source_actor_id), None)
        if a is not None:
            return a, e.source_span
    return None


def _target(doc, s, toks, j, orderer):
    """The first actor or place of a country other than none after the move (word ``j``) within its clause."""
    end_tok = min(s.token_end, j + 1 + _TARGET_REACH)
    for x in range(j + 1, end_tok):
        if toks[x].text in _STOP:
            end_tok = x
            break
    lo, hi = toks[j].end, toks[end_tok - 1].end if end_tok > j + 1 else toks[j].end
    best = None
    for a in doc.actors:
        if a.id == orderer.id or not (a.code or a.country):
            continue
        for sp in a.spans:
            if lo <= sp[0] < hi and (best is None or sp[0] < best[1][0]):
                best = (a, sp)
    if best is not None:
        return best
    pl = min((p for p in doc.places if lo <= p.start < hi and p.country), key=lambda p: p.start, default=None)
    if pl is not None:
        return None, (pl.start, pl.end), pl.country
    return None
