"""His guest, his host: the other side of the visit (session 48, gapar48).

"استقبل ترامب الرئيس الكيني في البيت الأبيض … وأشاد ترامب بضيفه"، "وشكر الرئيس مضيفه على حسن الاستقبال": an Arabic
act whose object is the subject's guest or host (``guest_host_ar.tsv``: ضيفه، مضيفه … with ب / ل) names the other
party of the story's last visit, meeting or hosting (root 04) before it that the subject's country took part in.  The
word is no actor (the NER even reads ضيفه as a name), so the act had no target.  Only an act with a source country and
no target, the role word the first word after the verb (or after its subject right after the verb).  Rule marker
``:guest-host``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import actor_of, fill_side, form_set

_STRIP = "،,.;؛:!؟?\"'«»()"


def _role_word(doc, ev) -> bool:
    """Is the first word after the verb (and its subject right after it) a guest / host word?"""
    pos = ev.trigger_end
    if ev.source_span and ev.trigger_end <= ev.source_span[0] and not doc.text[pos:ev.source_span[0]].strip():
        pos = ev.source_span[1]
    words = doc.text[pos:pos + 30].split()[:1]
    if not words:
        return False
    w = normalize(words[0].strip(_STRIP))
    forms = form_set("guest_host_ar.tsv")
    return w in forms or (w[:1] in ("ب", "ل") and w[1:] in forms)


def _other_party(doc, ev, events):
    """(actor, span) of the other side of the last 04 event before ``ev`` with the source's country on one side."""
    for p in sorted(events, key=lambda e: e.trigger_start, reverse=True):
        if p is ev or p.trigger_start >= ev.trigger_start or not p.cameo.startswith("04"):
            continue
        if p.source_country == ev.source_country and p.target_country and p.target_country != ev.source_country:
            side = "target"
        elif p.target_country == ev.source_country and p.source_country and p.source_country != ev.source_country:
            side = "source"
        else:
            continue
        actor = actor_of(doc, getattr(p, side + "_actor_id"))
        return (actor, getattr(p, side + "_span")) if actor is not None else None
    return None


def apply(doc, events) -> None:
    for ev in events:
        if ev.lang != "ar" or not ev.source_country or ev.target_code or not _role_word(doc, ev):
            continue
        hit = _other_party(doc, ev, events)
        if hit is not None:
            fill_side(ev, "target", *hit)
            ev.rule += ":guest-host"
