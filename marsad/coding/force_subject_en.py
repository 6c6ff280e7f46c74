"""A bare "officers" reported by a police body is that body's police (English, session 21 B8EN).

"The interior ministry said officers had detained 44 people": the reported clause has its own subject, so the
speaker is not the agent (``english._speaker_not_subject``: ``:not-speaker``) and the act was left with no source.
"officers" alone is no actor (it may be soldiers, diplomats, a company's); when the speaker is a police body (a
``speaker`` form of ``force_subject_en.tsv`` in its phrase, or a COP role) and the words between the speech verb
and the trigger are only a ``subject`` form (with "the" and auxiliaries), the source is COP of the speaker's
country (none: the caller's sentence-country fill, then the dateline fill give one).  Rule marker ``:force-subject``.
"""
from __future__ import annotations

from .structure import actor_of, kind_sets

_SPEECH = (" said ", " says ", " told reporters ")


def apply(doc, events) -> list:
    """The events given a police source (the caller gives them the sentence's country)."""
    sets = None
    out = []
    for ev in events:
        if ev.lang != "en" or ev.source_code or ":not-speaker" not in ev.rule or not ev.reported_by_actor_id:
            continue
        head = doc.text[ev.sentence_start:ev.trigger_start]
        k = max(head.rfind(s) for s in _SPEECH)
        if k < 0:
            continue
        k = head.index(" ", k + 1) + 1   # after the speech verb
        if sets is None:
            sets = kind_sets("force_subject_en.tsv", ("subject", "speaker", "aux"))
        mid = [w.strip(",").lower() for w in head[k:].split()]
        if mid and mid[0] == "the":
            mid = mid[1:]
        while mid and mid[-1] in sets["aux"]:
            mid = mid[:-1]
        if " ".join(mid) not in sets["subject"]:
            continue
        sp = actor_of(doc, ev.reported_by_actor_id)
        if sp is None:
            continue
        words = " ".join(doc.text[s:e] for s, e in sp.spans[:1]).lower()
        if sp.role != "COP" and not any(f in words for f in sets["speaker"]):
            continue
        w0 = ev.sentence_start + k + head[k:].lower().find(mid[0])
        ev.source_code = (sp.country or "") + "COP"
        ev.source_country = sp.country
        ev.source_role = "COP"
        ev.source_span = (w0, w0 + len(" ".join(mid)))
        ev.rule += ":force-subject"
        out.append(ev)
    return out
