"""A leader's demand that his own forces be ready is a raised alert (session 32 fixar).

"وطالب السيسي القوات بأن تكون جاهزة لتنفيذ أي مهمة داخل حدودنا أو خارجها": an Arabic demand or appeal verb (100 / 020, a verb
event) whose target is the armed forces of the demander's own country (or a bare MIL) and whose words after it, up
to ``_REACH`` words and no sentence mark, hold a readiness word (``alert_order_ar.tsv``: جاهزة، الاستعداد، الجاهزية،
التأهب …) is no demand on another side but a show of military readiness: CAMEO 152 (increase military alert status),
the demander's act toward his forces.  Marker ``:alert-order``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .english import recode_event
from .structure import form_set

_REACH = 10


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("100", "020"))


def apply(doc, events: list) -> None:
    ready = None
    for ev in events:
        if ev.lang != "ar" or ev.cameo not in ACTS_ON or ":verb:" not in ev.rule or not ev.source_country \
                or (ev.target_role or "") != "MIL" or ev.target_country not in (None, ev.source_country):
            continue
        if ready is None:
            ready = form_set("alert_order_ar.tsv")
        words = []
        for tok in doc.text[ev.trigger_end:ev.sentence_end].split():
            if any(c in tok for c in ".؛;:"):
                words.append(normalize(tok.strip(".؛;:،,\"«»")))
                break
            words.append(normalize(tok.strip("،,\"«»")))
            if len(words) >= _REACH:
                break
        if any(w in ready for w in words) and recode_event(ev, "152"):
            ev.rule += ":alert-order"
