""""دخل وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ": a truce or an agreement entering into force is told by the
verb before its noun; the noun event (0871, 057 …) is the happening and the verb is its report word, so the verb's span
joins the event's evidence (``Event.also_spans``), as a retold telling does (``entry_into_force_ar.tsv``; session 33,
lead).  Only a noun event of roots 03-08 right after the verb (one word: the noun itself), with the force word at most
eight words after the noun.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets

_ROOTS = frozenset(("03", "04", "05", "06", "07", "08"))
_REACH = 8   # words between the noun and حيز


def apply(doc, events) -> None:
    """Add the entering verb's span to each such noun event's ``also_spans`` (see the module doc)."""
    text = doc.text
    if "حيز" not in text:
        return
    sets = kind_sets("entry_into_force_ar.tsv", ("verb", "force"))
    for ev in events:
        if ev.lang != "ar" or ev.root not in _ROOTS or ":noun:" not in ev.rule:
            continue
        head = text[max(ev.sentence_start, ev.trigger_start - 12):ev.trigger_start]
        prev = head.split()[-1:] if head.strip() else []
        if not prev or normalize(prev[0]) not in sets["verb"] or not head.rstrip().endswith(prev[0]):
            continue
        after = text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + 120)].split()[:_REACH]
        if not any(normalize(w) in sets["force"] for w in after):
            continue
        vs = ev.trigger_start - len(head) + head.rstrip().rfind(prev[0])
        span = (vs, vs + len(prev[0]))
        if span not in ev.also_spans:
            ev.also_spans = sorted(set(list(ev.also_spans) + [span]))
