"""A rejection of a request told before (Arabic, session 24 GAPA3).

"أمهل المجلس العسكري في النيجر السفير الفرنسي 48 ساعة لمغادرة البلاد … ورفضت فرنسا الطلب": the object of the
rejection is a bare definite request noun (``prior_request_ar.tsv`` kind ``noun``: الطلب، الدعوة، المقترح، المهلة …)
right after its subject, with no nationality adjective or genitive naming its author in place; the one rejected is
the author of the request reported before.  A rejection event (root 12, a verb) with a source and no target takes as
its target the source of the nearest earlier asking event (an appeal, offer, demand, threat or ultimatum, an
expulsion: :data:`_ASKING`), in its sentence or the two before, by another country (or, at home, another role) and
not a quoted statement (marker ``:prior-request``); when those sentences hold no such event of any kind by another
actor ("طلبت الحكومة الجزائرية من باريس تسليم المعارض": no event), the first actor of another country in the nearest
of them (marker ``:prior-request-subj``).  "زار الوزير الإيطالي تونس. ورفضت فرنسا الطلب": a visit asks nothing, no
target.  (The relative "وهو ما رفضه" of the same sentence is
:mod:`antecedent_act`.)"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import copy_side, fill_side, kind_sets

_NEXT = re.compile(r"\s*([^\s،,.]+)(?:\s+([^\s،,.]+))?")
_BACK = 2   # sentences before the rejection's
# the roots of an act that asks something of the other side: an appeal (02), an offer (03), a demand (10), a threat
# or an ultimatum (13), an expulsion with a deadline (16)
_ASKING = frozenset(("02", "03", "10", "13", "16"))


def _bare_request(text: str, at: int) -> bool:
    """Does the word at ``at`` read as a request noun of the table, not followed by a nationality adjective that
    names its author in place (الطلب الفرنسي)?"""
    m = _NEXT.match(text, at)
    if m is None or normalize(m.group(1)) not in kind_sets("prior_request_ar.tsv", ("noun",))["noun"]:
        return False
    nxt = normalize(m.group(2) or "")
    return not (nxt.startswith("ال") and nxt.endswith(("ي", "يه", "يين", "يون")))


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("12",))


def apply(doc, evs: list) -> None:
    """Give a rejection of "the request" with no target the author of the request told before (see the module)."""
    text = doc.text
    for ev in evs:
        if ev.root not in ACTS_ON or ev.lang != "ar" or ev.target_code or not ev.source_code or ":verb:" not in ev.rule \
                or not ev.source_span or ev.source_span[0] < ev.trigger_end:
            continue
        if not _bare_request(text, ev.source_span[1]):
            continue
        own = ev.source_country
        window = _window(doc, ev)
        before = [e for e in evs if e is not ev and (e.sentence == ev.sentence or e.sentence in window)
                  and e.trigger_end <= ev.trigger_start and e.source_country and ":quote" not in e.rule
                  and (e.source_country != own or (e.source_code != ev.source_code and e.source_role != ev.source_role))]
        cands = [e for e in before if e.root in _ASKING]
        if cands:
            copy_side(ev, "target", max(cands, key=lambda e: e.trigger_start), "source")
            ev.rule += ":prior-request"
            continue
        subj = None if before else _first_actor(doc, window, own)   # (a request told as no event: "طلبت الحكومة من
        if subj is not None:                                       # باريس تسليم …": the first actor before)
            fill_side(ev, "target", *subj)
            ev.rule += ":prior-request-subj"


def _window(doc, ev) -> list:
    """The indices of the (at most :data:`_BACK`) sentences before ``ev``'s of its segment kind, nearest first
    (a caption or a photo credit between is skipped)."""
    out = []
    for si in range(ev.sentence - 1, -1, -1):
        if len(out) == _BACK:
            break
        if doc.sentences[si].segment_kind == ev.segment_kind:
            out.append(si)
    return out


def _first_actor(doc, window: list, own):
    """(actor, span) of the first actor with a country other than ``own`` in the nearest sentence of ``window`` that
    has one, or None."""
    sents = doc.sentences
    for si in window:
        s0, s1 = sents[si].start, sents[si].end
        spans = sorted(((s, e, a) for a in doc.actors if a.country and a.country != own
                       for s, e in a.spans if s0 <= s < s1), key=lambda t: t[:2])
        if spans:
            s, e, a = spans[0]
            return a, (s, e)
    return None
