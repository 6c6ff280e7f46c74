"""An act told in the passive whose trigger was read as an active verb: the actor after it is the patient (Arabic,
session 20 STR).

"تم طرد السفير الفرنسي من النيجر"، "اعتُقل زعيم المعارضة الروسية في موسكو": the verbal noun after تم / جرى (kind
``aux`` of ``passive_verb_ar.tsv``) has the letters of the perfect (طرد، قصف) and the vocalised passive (a damma
inside the word: اعتُقل، فُرضت، قُتل; not on an imperfect prefix يُ / تُ / نُ, not the final mood vowel) looks like the
active verb, so the verb frame read the actor after it as the subject.  Such a verb event with no target whose source
stands after its trigger takes that actor as the target; the source is then the actor right after an agent phrase
(kind ``agent``: من قبل، على يد) after the trigger in the sentence, else none (``passive_agent`` may fill it from
the speaker, the place or the dateline).  An event with no source (with or without a target) takes the agent the same way.  Rule marker
``:passive-verb``.

Session 21 (GAPA): an attack told in the passive with no agent and no actor at all ("وقصف الجيش مواقع المتمردين. وتم
قصف مخزن للذخيرة في المدينة"، "واستُهدف مخزن …") is the same attacker's next strike when the sentence before tells an
attack of the same root (18 / 19 / 20) with a source: the event takes that source (rule marker ``:prev-attacker``);
with no such attack before it stays actor-less.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import clear_side, copy_side, fill_side, kind_sets

_DAMMA = "\u064f"
_KINDS = ("aux", "agent")
_STRIP = "،,.;؛:!؟?\"«»()"
_WORD = re.compile(r"\S+")


def _vocalised(word: str) -> bool:
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    k = w.find(_DAMMA)
    while k != -1:
        if k < len(w) - 1 and not (k == 1 and w[0] in "يتن"):
            return True
        k = w.find(_DAMMA, k + 1)
    return False


def _agent(doc, ev, phrases):
    """The actor starting on the word right after an agent phrase between the trigger and the sentence end, with
    its span."""
    toks = [(normalize(m.group().strip(_STRIP)), m.start(), m.end())
            for m in _WORD.finditer(doc.text, ev.trigger_end, ev.sentence_end)]
    norms = [t[0] for t in toks]
    for ph in phrases:
        pw = ph.split()
        for k in range(len(toks) - len(pw)):
            if norms[k:k + len(pw)] == pw:
                s0, e0 = toks[k + len(pw)][1], toks[k + len(pw)][2]
                for a in doc.actors:
                    if a.code:
                        sp = next(((s, e) for s, e in a.spans if s0 <= s < e0), None)
                        if sp is not None:
                            return a, sp
    return None


_ATTACK = frozenset(("18", "19", "20"))


def _object_nationality(doc, ev):
    """"فُرضت عقوبات أمريكية على …"، "تم فرض عقوبات أوروبية جديدة على …" (session 22 STR): a passive act whose trigger
    ends on its object noun, with a nationality adjective right after it (one plain adjective may stand between): the
    adjective's country is the agent.  Not a bare verb ("قُتل فلسطينيون": the nationality is the patient's), not the
    target's own country."""
    if " " not in ev.trigger.strip():
        return None
    from ..actors.codes import NONSTATE_TOPS
    from ..actors.lexicon import clean_word, get_lexicon
    lex = get_lexicon()
    words = [w.strip(_STRIP) for w in doc.text[ev.trigger_end:ev.sentence_end].split()[:2]]
    for k, w in enumerate(words):
        if not w:
            return None
        hits = lex.lookup(clean_word(w))
        c = next((e.country for e in hits if e.type == "demonym" and e.country and not e.plural), None)
        if c:
            return c if c != ev.target_country and c not in NONSTATE_TOPS else None   # (أوروبية EUR: no state)
        if hits or k == 1 or w.startswith(("ال", "و")):
            return None   # (an actor or another word: no adjective right after the object)
    return None


def _prev_attacker(events, ev) -> None:
    if ev.root not in _ATTACK or ev.negated:
        return
    prev = [p for p in events if p.sentence == ev.sentence - 1 and p.root == ev.root and p.source_code
            and not p.negated and p.lang == "ar"]
    if not prev:
        return
    p = max(prev, key=lambda e: e.trigger_start)
    copy_side(ev, "source", p)
    ev.source_span = None
    ev.rule += ":passive-verb:prev-attacker"


def apply(doc, events: list) -> None:
    sets = None
    text = doc.text
    for ev in events:
        if ev.lang != "ar" or not (":verb:" in ev.rule or ev.rule.startswith("ar:noun:gen_tgt")):
            continue   # (a masdar after تم: "تم استهداف قافلة …", session 21 GAPA)
        has_tgt = bool(ev.target_code or ev.target_actor_id)
        src_after = not has_tgt and ev.source_span is not None and ev.source_span[0] >= ev.trigger_end
        if ev.source_code and not src_after:
            continue
        passive = _DAMMA in text[ev.trigger_start:ev.trigger_end] and _vocalised(
            text[ev.trigger_start:ev.trigger_end].split(None, 1)[0])
        if not passive:
            seg = text[max(ev.sentence_start, ev.trigger_start - 8):ev.trigger_start]
            if "تم" not in seg and "جر" not in seg:
                continue   # (no auxiliary before: most verbs)
            if sets is None:
                sets = kind_sets("passive_verb_ar.tsv", _KINDS)
            before = seg.split()
            passive = bool(before) and normalize(before[-1].strip(_STRIP)) in sets["aux"]
        if not passive:
            continue
        if sets is None:
            sets = kind_sets("passive_verb_ar.tsv", _KINDS)
        got = _agent(doc, ev, sets["agent"])
        if got is not None and got[0].id == (ev.target_actor_id or ev.source_actor_id):
            got = None
        if got is None and not ev.source_code:
            c = _object_nationality(doc, ev)
            if c:
                if src_after:
                    copy_side(ev, "target", ev, "source")
                    clear_side(ev, "source")
                ev.source_country = ev.source_code = c
                ev.rule += ":passive-verb:src-adj"
                continue
        if not src_after and got is None:
            if not ev.source_code and not has_tgt:
                _prev_attacker(events, ev)
            continue
        if src_after:
            copy_side(ev, "target", ev, "source")
            clear_side(ev, "source")
        if got is not None:
            fill_side(ev, "source", got[0], got[1])
        ev.rule += ":passive-verb"
