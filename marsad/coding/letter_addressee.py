"""The addressee of a letter carries the demand or appeal it states (session 41, lead).

"وطالب وزير الخارجية الإيراني، في رسالة إلى مجلس الأمن الدولي، بالتحرك فورا لمحاسبة إسرائيل": the demand names no
addressee of its own (its object is what is demanded), and the letter's addressee is the body the demand is made of.
An appeal or demand (roots 02, 10) with no target takes the actor right after a letter noun and its preposition
(``letter_addressee.tsv``: رسالة / برقية / letter, إلى / to, a sending verb between allowed) in its sentence after the
trigger (within :data:`_REACH` characters, no full stop between).  Marker ``:tgt-letter``.  English too ("urged, in a
letter to the Security Council, …").
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import fill_side, kind_sets

_ROOTS = frozenset(("02", "10"))
ACTS_ON = _ROOTS
_REACH = 80


def _key(w: str) -> str:
    w = w.strip("،,.:;\"«»()")
    return w.lower() if w.isascii() else normalize(w)


def apply(doc, events: list) -> None:
    todo = [e for e in events if e.root in _ROOTS and not e.target_code and e.source_code and e.lang in ("ar", "en")]
    if not todo:
        return
    sets = kind_sets("letter_addressee.tsv", ("letter", "to", "sent"))
    starts = None
    text = doc.text
    for ev in todo:
        end = min(ev.sentence_end, ev.trigger_end + _REACH)
        seg = text[ev.trigger_end:end]
        pos = ev.trigger_end
        words = []
        for w in seg.split():
            k = text.find(w, pos)
            words.append((k, k + len(w), w))
            pos = k + len(w)
        for n, (s, e, w) in enumerate(words):
            if "." in w[:-1] or w.endswith("."):
                break
            key = _key(w)
            bare = key[1:] if key[:1] in ("و", "ف", "ب") and key[1:] in sets["letter"] else key
            if bare not in sets["letter"]:
                continue
            m = n + 1
            if m < len(words) and _key(words[m][2]) in sets["sent"]:
                m += 1
            if m + 1 >= len(words) or _key(words[m][2]) not in sets["to"]:
                break
            at = words[m + 1][0]
            if starts is None:
                starts = {sp: a for a in doc.actors for sp, _ in a.spans}
                ends = {sp: ep for a in doc.actors for sp, ep in a.spans}
            a = starts.get(at)
            if a is None and text[at:at + 4].lower() == "the ":
                a = starts.get(at + 4)
                at += 4
            if a is not None and a.id != ev.source_actor_id and (a.code or a.country):
                fill_side(ev, "target", a, (at, ends[at]))
                ev.rule += ":tgt-letter"
            break
