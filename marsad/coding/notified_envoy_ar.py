"""A notified non-return of one's own envoy: the notifier's decision (session 22, GAPS).

"أعلنت قطر استدعاء سفيرها، وأبلغت وزارة الخارجية السويدية بعدم إعادة سفيرها إلى الدوحة" (and told the Swedish
foreign ministry that its ambassador would not be sent back): the envoy event after بعدم (a root-16 noun, إعادة
سفيرها) was coded as the addressee's negated act (SWEGOV, negated).  It is the notifier's own decision to keep
its envoy withdrawn: 166 (withdraw; a separate act from the recall, 161, it usually follows), source the notifier,
target the addressee, not negated, the notifying verb its trigger.  The notifier is the first of two actors
between the verb and بعدم (VSO: "أبلغ الأردن الخارجية الإسرائيلية"); with one actor there (the addressee; the subject
elided after "أعلن X …، وأبلغ") it is the source of the nearest earlier event of the sentence.  Notifier and addressee
must be of two countries.  Words in ``notified_envoy_ar.tsv``; rule marker ``:notified-envoy``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .complements import _recode
from .structure import actor_of, actor_span, copy_side, fill_side, kind_sets

_STRIP = "،,.;؛:!؟?\"«»()"


def apply(doc, events: list) -> None:
    text = doc.text
    if "بعدم" not in text:
        return
    sets = kind_sets("notified_envoy_ar.tsv", ("verb", "neg"))
    for ev in events:
        if ev.lang != "ar" or ev.root != "16" or ev.trigger_start is None or ":notified-envoy" in ev.rule:
            continue
        lo = max(ev.sentence_start, ev.trigger_start - 120)
        toks, pos = [], lo
        for w in text[lo:ev.trigger_start].split():   # the words before the trigger, with their offsets
            pos = text.index(w, pos)
            toks.append((normalize(w.strip(_STRIP)), pos, w))
            pos += len(w)
        if not toks or toks[-1][0] not in sets["neg"]:
            continue
        k = next((k for k in range(len(toks) - 2, -1, -1) if toks[k][0] in sets["verb"]), -1)
        if k < 0 or any(any(c in w for c in "،,.؛") for _, _, w in toks[k:-2]):
            continue   # (no notifying verb in reach, or a clause boundary between it and بعدم)
        found, seen = [], set()
        for _, p, w in toks[k + 1:-1]:
            a, span = actor_span(doc, lambda s, e, p=p: s <= p < e)
            if a is not None and a.id not in seen:
                seen.add(a.id)
                found.append((a, span))
        if not found or len(found) > 2:
            continue
        addressee, aspan = found[-1]
        if len(found) == 2:
            notifier, nspan = found[0]
            if not notifier.country or notifier.country == addressee.country:
                continue
            fill_side(ev, "source", notifier, nspan)
        else:
            prev = max((e for e in events if e is not ev and e.sentence == ev.sentence and e.source_actor_id
                        and e.trigger_start is not None and e.trigger_start < toks[k][1]),
                       key=lambda e: e.trigger_start, default=None)
            src = actor_of(doc, prev.source_actor_id) if prev is not None else None
            if src is None or not src.country or src.country == addressee.country:
                continue
            copy_side(ev, "source", prev, "source")
        fill_side(ev, "target", addressee, aspan)
        _, vpos, vword = toks[k]   # the act is the notification: its verb is the trigger
        vword = vword.strip(_STRIP)
        ev.trigger_start, ev.trigger_end, ev.trigger = vpos, vpos + len(vword), vword
        _recode(ev, "166")
        ev.negated = False
        ev.rule += ":notified-envoy"
