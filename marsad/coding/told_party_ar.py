""""أبلغ الرئيس اللبناني أمين المجلس الإيراني أن لبنان يرفض أي تدخل": the party told is the target of the teller's
reported act (Arabic, session 43, lead; the English twin is :mod:`marsad.coding.told_party_en`).

A telling verb (kind ``verb`` of ``told_party_ar.tsv``: أبلغ، أخبر …) in verb-first order has its subject (the quote's
speaker) and then its addressee before the أن-clause.  An event of that clause with no target of its own, whose
source is of the teller's country, is aimed at the addressee: the actor that starts right after the speaker (at most a
space between them) and ends before the content, of another country.  The telling verb is also where the act is
told, so its span joins the event's ``also_spans`` (the evidence of an act delivered to a party: "أبلغه أن …" is how
the rejection reached him).  "أبلغ الصحفيين أن …" names no actor; a content with its own object keeps it; an act
inside a condition (hypothetical) is left.  Rule marker ``:tgt-told``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets
from .told_party_en import fill_told

_GAP = 1   # characters between the speaker and the addressee (a space)


def apply(doc, events) -> None:
    verbs = kind_sets("told_party_ar.tsv", ("verb",))["verb"]

    def telling(q) -> bool:
        if q.content_start <= q.speaker_end or q.speaker_start < q.cue_end:
            return False   # (verb-first only: "X أبلغ Y أن" and an elided teller are left)
        cue = normalize(q.cue)
        return cue in verbs or (cue[:1] in "وف" and cue[1:] in verbs)

    fill_told(doc, events, "ar", telling, _addressee, evidence=True)


def _addressee(doc, q, spk):
    """(actor, span) of the actor named right after the speaker's own span (the quote's speaker phrase runs on over
    the addressee: "الرئيس اللبناني جوزاف عون أمين المجلس …"), ending before the reported clause."""
    ends = [e for s, e in spk.spans if q.speaker_start <= s < q.speaker_end]
    if not ends:
        return None
    end, best = min(ends), None
    for a in doc.actors:
        if not a.country:
            continue
        for s, e in a.spans:
            if end < s <= end + _GAP and e <= q.content_start and (best is None or s < best[1][0]):
                best = (a, (s, e))
    return best
