"""A dual noun naming back two actors of the sentence before: one target per actor (session 19, ARX3).

"وصل رئيس الوزراء الإيطالي ووزير الخارجية الفرنسي أمس إلى الجزائر.  واستقبل الرئيس الجزائري الضيفين …، حيث عقد
معهما جلسة محادثات": the dual object الضيفين ("the two guests", ``dual_guests_ar.tsv``) is no actor of its own; it names
the two actors of the sentence before.  An Arabic event with no target whose trigger is followed, within four words, by
such a noun takes the first of them as target and a copy the second (``:dual-back``), when the sentence before names
exactly two actors other than the event's source; with one or three and more, nothing is done, unless that sentence
tells a visit (042) by exactly two sources ("وقعت تونس والاتحاد … خلال زيارة قامت بها رئيسة وزراء إيطاليا ورئيسة
المفوضية"): the two guests are those visitors (session 20 ARB).  It runs before
``with_pronoun_ar`` so that "معهما" finds both.

A dual noun of a body (``dual_bodies_ar.tsv``: المجلسين، الحكومتين، الحزبين …) names back the two bodies of that kind
told before -- in the sentence before or earlier in its own sentence: "عقد مجلس النواب والمجلس الأعلى للدولة اجتماعا،
واتهم رئيس الحكومة المجلسين بعرقلة الانتخابات" accuses both councils (session 28 GAPAR); exactly two actors whose name
opens with the table's head word, else nothing is done.
"""
from __future__ import annotations

from dataclasses import replace

from ..lang.normalize import normalize
from ..model import stable_id
from ..resources import cached, data_path, read_tsv_dicts
from .structure import fill_side, form_set

_STRIP = "،,.;؛:!؟?\"«»()"


def _bodies() -> dict:
    """{dual form: head word} of dual_bodies_ar.tsv (normalised), read once per process."""
    return cached(("coding.dual_bodies_ar",), lambda: {
        normalize(r["form"].strip()): normalize(r["head"].strip())
        for r in read_tsv_dicts(data_path("coding", "dual_bodies_ar.tsv")) if r.get("form", "").strip()})


def apply(doc, events: list) -> None:
    text = doc.text
    bodies = _bodies()
    if "الضيف" not in text and "الزائر" not in text and not any(f in text for f in bodies):
        return
    forms = form_set("dual_guests_ar.tsv") | bodies.keys()
    added = []
    for ev in events:
        if ev.lang != "ar" or ev.sentence is None or ev.trigger_start is None:
            continue
        if (not ev.source_actor_id or (ev.source_span and normalize(text[ev.source_span[0]:ev.source_span[1]]) in bodies)) \
                and _dual_subject(doc, ev, bodies, added):
            continue
        _dual_genitive(doc, ev, bodies)
        if ev.target_actor_id and not (ev.target_span and normalize(text[ev.target_span[0]:ev.target_span[1]]) in bodies):
            continue   # (a body dual read as a bare role by the actor stage, "الحزبين" PTY, is no target of its own)
        at = ev.trigger_start
        if ev.source_span and ev.trigger_start < ev.source_span[0] < ev.trigger_start + 40:
            at = ev.source_span[1] - 1   # "واستقبل الرئيس التونسي قيس سعيد الضيفتين": after the named subject (s20 ARB)
        after = text[at:min(at + 120, ev.sentence_end or at + 120)].split()[1:5]   # (within its sentence: s39)
        hit = None
        for w in after:
            if normalize(w.strip(_STRIP)) in forms:
                hit = normalize(w.strip(_STRIP))
                break
            if w[-1:] in _STRIP:
                break
        if hit is None:
            continue
        if hit in bodies:
            cands = _named_bodies(doc, ev, bodies[hit])
            if len(cands) == 2 and cands[0][0].id != cands[1][0].id:
                _fill_two(ev, cands, added)
            continue
        if ev.target_actor_id:
            continue
        if ev.sentence < 1:
            continue
        prev = doc.sentences[ev.sentence - 1]
        cands = []
        for a in doc.actors:
            if a.id == ev.source_actor_id or not a.code:
                continue
            sp = next(((s, e) for s, e in a.spans if prev.start <= s < prev.end), None)
            if sp is not None and all(c[0].id != a.id for c in cands):
                cands.append((a, sp))
        if len(cands) != 2:
            cands = _visitors(doc, events, ev, prev)
        if len(cands) != 2:
            continue
        _fill_two(ev, cands, added)
    events.extend(added)


def _fill_two(ev, cands: list, added: list) -> None:
    """The two antecedents (actor, span) as the targets of ``ev`` and of a copy added to ``added``."""
    cands.sort(key=lambda c: c[1])
    fill_side(ev, "target", cands[0][0], cands[0][1])
    ev.rule += ":dual-back"
    other = replace(ev, id=stable_id(ev.id, "dual-back"), plover_context=list(ev.plover_context))
    fill_side(other, "target", cands[1][0], cands[1][1])
    added.append(other)


def _dual_subject(doc, ev, bodies: dict, added: list) -> bool:
    """"ودعا الحزبان الجيش إلى …": a body dual right after the trigger of an event with no source is its subject: the
    two bodies named before are the sources, one event each (``:dual-subject``; session 39).  True when filled."""
    if ev.source_actor_id:   # the dual read as a bare role by the actor stage ("الحزبين" PTY): its own span
        span = ev.source_span
        hit = normalize(doc.text[span[0]:span[1]])
    else:
        words = doc.text[ev.trigger_end:ev.trigger_end + 40].split()
        if not words:
            return False
        hit = normalize(words[0].strip(_STRIP))
        if hit not in bodies:
            return False
        span = (doc.text.index(words[0], ev.trigger_end), 0)
        span = (span[0], span[0] + len(words[0].strip(_STRIP)))
    cands = _named_bodies(doc, ev, bodies[hit], before=span[0])
    if len(cands) != 2 or cands[0][0].id == cands[1][0].id:
        return False
    cands.sort(key=lambda c: c[1])
    if ev.target_actor_id in (cands[0][0].id, cands[1][0].id):
        return False
    obj = next(((a, (s, e)) for a in doc.actors for s, e in a.spans
                if s > span[1] and not doc.text[span[1]:s].strip() and a.id not in (cands[0][0].id, cands[1][0].id)),
               None)
    if obj is not None and not ev.source_actor_id:   # the object right after the dual subject ("الحزبان الجيش"), before the content's actors
        fill_side(ev, "target", *obj)
    fill_side(ev, "source", cands[0][0], cands[0][1])
    ev.rule += ":dual-subject"
    other = replace(ev, id=stable_id(ev.id, "dual-subject"), plover_context=list(ev.plover_context))
    fill_side(other, "source", cands[1][0], cands[1][1])
    added.append(other)
    return True


def _dual_genitive(doc, ev, bodies: dict) -> None:
    """"واحتشد مئات من مناصري الحزبين": a side without a country whose words end with a body dual (the supporters of the
    two parties) takes the country the two bodies named before share (their supporters are of their country, as the
    GSR span gold codes "أنصار زعيمة المعارضة" with the leader's; ``:dual-genitive``; session 39)."""
    for side in ("source", "target"):
        span, country = getattr(ev, side + "_span"), getattr(ev, side + "_country")
        if not span or country:
            continue
        words = doc.text[span[0]:span[1]].split()
        if len(words) < 2 or normalize(words[-1].strip(_STRIP)) not in bodies:
            continue
        cands = _named_bodies(doc, ev, bodies[normalize(words[-1].strip(_STRIP))], before=span[0], inner=True)
        countries = {a.country for a, _ in cands}
        if len(cands) != 2 or len(countries) != 1 or None in countries:
            continue
        c = countries.pop()
        role = getattr(ev, side + "_role")
        setattr(ev, side + "_country", c)
        setattr(ev, side + "_code", c + (role or ""))
        ev.rule += ":dual-genitive"


def _named_bodies(doc, ev, head: str, before: "int | None" = None, inner: bool = False) -> list:
    """The mentions (actor, span) of actors other than ``ev``'s source in the sentence before ``ev``'s or in its own
    before the trigger, whose name opens with ``head`` (with or without و / ال).  Each mention counts: two bodies the
    actor stage merged under one code ("حزب التكتل وحزب العمال", both PTY) are two of them."""
    lo = doc.sentences[ev.sentence - 1].start if ev.sentence >= 1 else ev.sentence_start
    out = []
    for a in doc.actors:
        if a.id == ev.source_actor_id or not a.code:
            continue
        for s, e in a.spans:
            if not lo <= s < (before or ev.trigger_start):
                continue
            first = normalize(doc.text[s:e].split()[0]) if doc.text[s:e].split() else ""
            if inner:   # (for the country only: "مناصرين لحزب الله" holds a party too)
                first = next((w for w in map(normalize, doc.text[s:e].split())
                              if w in (head, "ال" + head, "ل" + head, "لل" + head)), first)
            if first in (head, "ال" + head, "وال" + head, "و" + head, "ل" + head, "لل" + head) and (
                    inner or first[:1] != "ل"):
                out.append((a, (s, e)))
    if len(out) == 1:
        # "واتهم حزب الله وحركة أمل …  ودعا الحزبان …": the one body of that head named with a partner body joined
        # by و right after it is one of the pair; the partner is the other (session 39)
        a0, (s0, e0) = out[0]
        for a in doc.actors:
            if a.id in (a0.id, ev.source_actor_id) or not a.code or a.kind not in ("organisation", "group", None):
                continue
            for s, e in a.spans:
                if s > e0 and doc.text[e0:s].strip() == "و" and s < (before or ev.trigger_start):
                    out.append((a, (s + 0, e)))
    return out


def _visitors(doc, events: list, ev, prev) -> list:
    """The distinct sources (actor, span) of the visits (042) told in the sentence ``prev``, other than ``ev``'s
    source."""
    out = []
    for e in events:
        if e.cameo != "042" or e.sentence != ev.sentence - 1 or not e.source_actor_id \
                or e.source_actor_id == ev.source_actor_id or any(a.id == e.source_actor_id for a, _ in out):
            continue
        a = next((a for a in doc.actors if a.id == e.source_actor_id and a.code), None)
        if a is not None:
            out.append((a, e.source_span))
    return out
